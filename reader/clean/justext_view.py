"""jusText's view of a page's blocks: an independent, language-aware second opinion.

jusText (installed with trafilatura) classes paragraphs as good, near-good, short or bad from
their length, their share of stopwords and their neighbours, with stoplists for 100 languages.
Nobody here tuned it on our pages, which is the point: it is read beside our own scores (as a
feature or a doubt), never as a rule of ours. Pure functions; the stoplists load once.

It is called on blocks of text, not HTML: a w3m dump has no tags left, so the paragraphs are
built directly (`Paragraph` and the two classification passes are jusText's internals: pinned
in pyproject.toml).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
# how many of the page's most frequent words choose its stoplist
_TOP_WORDS = 100


@dataclass(frozen=True)
class BlockView:
    """jusText's classes of one block: context-free (`cf`) and after its neighbours (`final`)."""

    cf: str  # good | neargood | short | bad
    final: str  # good | bad
    stopword_share: float


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext  # lazy: reads 100 files once

    return {
        name: frozenset(w.lower() for w in justext.get_stoplist(name)) for name in justext.get_stoplists()
    }


def page_language(texts: Iterable[str]) -> str:
    """The jusText stoplist that holds most of the page's frequent words (its language, by name)."""
    counts = Counter(w.lower() for t in texts for w in _WORD.findall(t))
    top = counts.most_common(_TOP_WORDS)
    best_name, best = "English", -1
    for name, stop in sorted(_stoplists().items()):
        hits = sum(n for w, n in top if w in stop)
        if hits > best:
            best_name, best = name, hits
    return best_name


class _Path:
    """The DOM position jusText asks a paragraph for: every block is a plain <p>."""

    dom = "html.body.p"
    xpath = "/html[1]/body[1]/p[1]"


def classify(blocks: Sequence[str], language: str | None = None) -> list[BlockView]:
    """jusText's classes for each block, in order (an empty block is 'short' and 'bad')."""
    from justext.core import classify_paragraphs, revise_paragraph_classification
    from justext.paragraph import Paragraph

    lang = language or page_language(blocks)
    stop = _stoplists()[lang]
    paragraphs = []
    for text in blocks:
        p = Paragraph(_Path())
        p.append_text(" ".join(text.split()))
        paragraphs.append(p)
    if not paragraphs:
        return []
    classify_paragraphs(paragraphs, stop)
    revise_paragraph_classification(paragraphs)
    return [
        BlockView(cf=p.cf_class, final=p.class_type, stopword_share=p.stopwords_density(stop))
        for p in paragraphs
    ]
