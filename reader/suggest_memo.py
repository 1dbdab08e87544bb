"""The rule-based suggester's output, kept for the few texts last asked about.

Everything that changes what is pending (a tag, an accept, a reject, an undo) asks again for the
article's suggestions; on a 300,000-word article the suggester takes about 40 s, so running it
again each time would make every later action wait that long, and stack runs that compete for the
CPU. Its output depends only on the text, the language and the dateline: keep it for the last few.
Two threads asking for the same text at once share one run. No Textual."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from reader.suggest import Suggestion

KEEP = 4  # texts kept; a long article's suggestions are a few MB

_Key = tuple[str, str | None, str | None]
_kept: OrderedDict[_Key, tuple[Suggestion, ...]] = OrderedDict()
_running: dict[_Key, threading.Lock] = {}
_lock = threading.Lock()


def _key(text: str, language: str | None, dateline: str | None) -> _Key:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return (digest, language, dateline)


def rule_suggestions(text: str, language: str | None, dateline: str | None) -> list[Suggestion]:
    """reader.suggest.suggest(text, language, dateline), computed once per text (a new list each call)."""
    import reader.suggest

    key = _key(text, language, dateline)
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return list(_kept[key])
        running = _running.setdefault(key, threading.Lock())
    with running:  # a second caller for the same text waits for the first one's result
        with _lock:
            if key in _kept:
                return list(_kept[key])
        found = tuple(reader.suggest.suggest(text, language=language, dateline=dateline))
        with _lock:
            _kept[key] = found
            _kept.move_to_end(key)
            while len(_kept) > KEEP:
                _kept.popitem(last=False)
            _running.pop(key, None)
    return list(found)


def forget() -> None:
    """Drop every kept result (tests; a changed rule set in a long-running process)."""
    with _lock:
        _kept.clear()
