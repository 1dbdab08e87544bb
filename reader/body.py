"""The journalist's own choice of an article's body, from the page as it was saved (issue 11).

The page is shown as text (a dump as it is, HTML rendered with a blank line between blocks) and cut
into paragraphs. A BodySpec names where the article starts and ends (a phrase each) and the
paragraphs inside to drop (a phrase of each). The new body replaces the article's text; every tag is
re-anchored as `reader reclean` does, and a tag that no longer has a place is set aside in the store
(listed by `reader show`), never dropped. The spec is stored with the article, so reclean applies it
again instead of the automatic cleaner, and the fix is one undo step (reader.history).

Phrases are matched with white space folded (a line break is a space) and, when that keeps every
offset in place, without regard to case."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from reader.anchor import context, reanchor
from reader.errors import InvalidInput
from reader.normalize import normalize_field, normalize_text

# Elements that start a block of their own when an HTML page is rendered as text.
_BLOCKS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td "
    "tfoot th thead title tr ul".split()
)
_SKIP = frozenset("script style noscript template head svg iframe object button select option".split())
_SHOWN = 40  # characters of a phrase quoted in a message
MAX_PHRASE_WORDS = 60  # a phrase the page view makes grows at most this long to be found once


@dataclass
class BodySpec:
    """Where the article starts and ends in the page, and the paragraphs inside it to leave out."""

    start: str
    end: str
    drop: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> BodySpec:
        value = json.loads(data)
        return cls(str(value["start"]), str(value["end"]), [str(d) for d in value.get("drop", [])])


@dataclass
class Paragraph:
    """One paragraph of the page text: page[start:end], and its text on one line."""

    start: int
    end: int
    text: str


@dataclass
class BodyChoice:
    text: str  # the new body: paragraphs separated by one blank line
    kept: list[Paragraph]
    dropped: list[Paragraph]
    region: tuple[int, int]  # page offsets of the start of the first phrase and the end of the last


# -- the page as text ---------------------------------------------------------------------------


def page_text(raw: str, fmt: str) -> str:
    """The stored page as a journalist reads it: a text dump as it is, Markdown as its text (the
    cleaner's reading: links keep their text, emphasis and code marks out, a block a paragraph;
    its raw syntax never reaches an article's text), HTML rendered as text with a blank line
    between blocks, a JSON record's html or text."""
    if fmt == "json":
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            return normalize_text(raw)
        if isinstance(record, dict):
            if isinstance(record.get("html"), str) and record["html"].strip():
                return html_as_text(record["html"])
            if isinstance(record.get("text"), str):
                return normalize_text(record["text"])
        return normalize_text(raw)
    if fmt == "html":
        return html_as_text(raw)
    if fmt == "markdown":
        from reader.clean.markdown import strip_markdown

        return "\n\n".join(strip_markdown(raw)[0])
    return normalize_text(raw)


def html_as_text(raw: str) -> str:
    """HTML -> text: each block element on lines of its own, blocks separated by a blank line,
    <br> a line break, scripts, styles and the head left out."""
    import lxml.html  # lazy: only the page view and body fixes need it

    try:
        root = lxml.html.document_fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return normalize_text(re.sub(r"<[^>]*>", " ", raw))
    parts: list[str] = []

    def walk(el) -> None:  # noqa: ANN001
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP:
            if el.tail:
                parts.append(el.tail)
            return
        if tag == "br":
            parts.append("\x01")
        elif tag in _BLOCKS:
            parts.append("\x00")
        if isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\x00")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    # The page's own white space (line breaks too) is one space; block ends (\x00) and <br> (\x01)
    # are the only breaks. Both control characters were taken out of the page's text first.
    text = re.sub(
        r"\s+",
        " ",
        "".join(p if p in "\x00\x01" else p.replace("\x00", "").replace("\x01", "") for p in parts),
    )
    blocks = []
    for block in text.split("\x00"):
        lines = [line.strip() for line in block.split("\x01")]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
    return normalize_text("\n\n".join(blocks))


def _paragraph_text(text: str) -> str:
    """A paragraph on one line, without a text browser's link marks ("[12]", "[IMG]") or a list
    bullet, as the cleaner reads a dump (so tags find their words again)."""
    from reader.clean.dump_lines import _BULLET, _LINK_MARKER

    text = " ".join(_LINK_MARKER.sub(" ", text).split())
    bullet = _BULLET.match(text)
    return normalize_field(text[bullet.end() :] if bullet else text) or ""


def paragraphs(page: str) -> list[Paragraph]:
    """The paragraphs of a page text: lines between blank lines, with the lines of a hard-wrapped
    paragraph (a w3m or lynx dump) joined back; in a page that is not wrapped each line is one."""
    from reader.clean.dump_lines import _BULLET, _SENTENCE_END, _wrap_width  # the cleaner's own rules

    lines = page.split("\n")
    width = _wrap_width(lines)
    out: list[Paragraph] = []
    offset = 0
    prev_len = 0  # length of the line before, 0 after a blank line
    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            prev_len = 0
            continue
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        if (
            width is not None
            and out
            and prev_len
            and not _BULLET.match(stripped)
            and (
                # the cleaner's rule (reader.clean.dump_lines.split_units): the first word would not have
                # fitted on the line before, or that line is full and ends no sentence
                prev_len + 1 + len(stripped.split(" ", 1)[0]) > width - 2
                or (
                    prev_len >= width - 12
                    and not _SENTENCE_END.search(page[out[-1].start : end - len(line) - 1][-12:])
                    and not stripped[0].isupper()
                )
            )
        ):
            out[-1].end = end
        else:
            out.append(Paragraph(start + lead, end, ""))
        prev_len = len(line.rstrip())
    for p in out:
        p.end = p.start + len(page[p.start : p.end].rstrip())
        p.text = _paragraph_text(page[p.start : p.end])
    return [p for p in out if p.text]


# -- finding phrases ----------------------------------------------------------------------------


class _Folded:
    """The page with white space runs folded to one space, and where each character came from."""

    def __init__(self, page: str) -> None:
        from reader.clean.dump_lines import _LINK_MARKER

        # A link mark is white space here (offsets unchanged): "the [3]mayor" is found as "the mayor".
        page = _LINK_MARKER.sub(lambda m: " " * len(m.group()), page)
        chars: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(page):
            if ch.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    where.append(i)
                continue
            chars.append(ch)
            where.append(i)
        text = "".join(chars)
        lower = text.lower()
        self.caseless = len(lower) == len(text)  # lower() can change a length (İ): then match case
        self.text = lower if self.caseless else text
        self.where = where
        self.page_len = len(page)

    def fold(self, phrase: str) -> str:
        from reader.clean.dump_lines import _LINK_MARKER

        folded = " ".join(_LINK_MARKER.sub(" ", phrase).split())
        return folded.lower() if self.caseless else folded

    def find_all(self, phrase: str) -> list[tuple[int, int]]:
        """Page spans (start, end) of every occurrence of the phrase."""
        needle = self.fold(phrase)
        spans = []
        i = self.text.find(needle) if needle else -1
        while i != -1:
            spans.append((self.where[i], self.where[i + len(needle) - 1] + 1))
            i = self.text.find(needle, i + 1)
        return spans


def _shown(phrase: str) -> str:
    phrase = normalize_field(phrase) or ""
    return phrase if len(phrase) <= _SHOWN else phrase[: _SHOWN - 1] + "…"


def _one(folded: _Folded, phrase: str, option: str, after: int = 0) -> tuple[int, int]:
    if not phrase.strip():
        raise InvalidInput(f"{option} needs some words of the page")
    spans = [s for s in folded.find_all(phrase) if s[0] >= after]
    if not spans:
        where = "after --from " if after else ""
        raise InvalidInput(f"{option} “{_shown(phrase)}” is not in the page {where}(as the page shows it)")
    if len(spans) > 1:
        raise InvalidInput(f"{option} “{_shown(phrase)}” is in the page {len(spans)} times; give more words")
    return spans[0]


def choose_body(page: str, spec: BodySpec) -> BodyChoice:
    """The body spec picks from the page text: InvalidInput, in one line, when a phrase is not in the
    page, is there more than once, or a --drop phrase names no paragraph (or two different ones)."""
    folded = _Folded(page)
    start, _ = _one(folded, spec.start, "--from")
    _, end = _one(folded, spec.end, "--to", after=start)
    inside: list[Paragraph] = []
    for p in paragraphs(page):
        if p.end <= start or p.start >= end:
            continue
        s, e = max(p.start, start), min(p.end, end)
        text = _paragraph_text(page[s:e])
        if text:
            inside.append(Paragraph(s, e, text))
    dropped: set[int] = set()
    texts = [folded.fold(p.text) for p in inside] if spec.drop else []  # (once: a spec may drop hundreds)
    for phrase in spec.drop:
        needle = folded.fold(phrase)
        if not needle:
            raise InvalidInput("--drop needs some words of the paragraph to leave out")
        hits = [i for i, text in enumerate(texts) if needle in text]
        # A whole paragraph given ("Advertisement", as the page view does) names that one, even
        # when longer paragraphs hold the same words.
        hits = [i for i in hits if texts[i] == needle] or hits
        if not hits:
            raise InvalidInput(f"--drop “{_shown(phrase)}” is in no paragraph between --from and --to")
        if len({texts[i] for i in hits}) > 1:
            raise InvalidInput(
                f"--drop “{_shown(phrase)}” is in {len(hits)} different paragraphs; give more words"
            )
        dropped.update(hits)  # the same paragraph repeated (an ad label) goes every time
    kept = [p for i, p in enumerate(inside) if i not in dropped]
    if not kept:
        raise InvalidInput("nothing is left of the article between --from and --to")
    return BodyChoice(
        "\n\n".join(p.text for p in kept), kept, [inside[i] for i in sorted(dropped)], (start, end)
    )


def unique_phrase(page: str, start: int, end: int, *, backwards: bool = False, after: int = 0) -> str:
    """The shortest run of whole words from `start` on (or up to `end`, when backwards, not before
    `after`) that the page holds only once (from `after` on): how the page view turns a marked
    paragraph into a phrase of a BodySpec. It begins with three words (or the paragraph
    page[start:end] when shorter) and grows, past the paragraph if need be (a short heading that the
    page repeats), up to MAX_PHRASE_WORDS."""
    from reader.clean.dump_lines import _LINK_MARKER

    folded = _Folded(page)
    blank = _LINK_MARKER.sub(lambda m: " " * len(m.group()), page)  # same offsets, no link marks
    own = len(blank[start:end].split()) or 1
    if backwards:
        words = list(re.finditer(r"\S+", blank[after:end]))[::-1]
        base = after
    else:
        words = []
        for m in re.finditer(r"\S+", blank[start:]):
            words.append(m)
            if len(words) >= MAX_PHRASE_WORDS:
                break
        base = start
    if not words:
        return ""
    phrase = ""
    for n in range(min(3, own), min(len(words), MAX_PHRASE_WORDS) + 1):
        if backwards:
            s, e = base + words[n - 1].start(), base + words[0].end()
        else:
            s, e = base + words[0].start(), base + words[n - 1].end()
        phrase = " ".join(blank[s:e].split())
        if len([sp for sp in folded.find_all(phrase) if sp[0] >= after]) == 1:
            break
    return phrase


# -- applying a body to a stored article -------------------------------------------------------


@dataclass
class BodyReport:
    article_id: int
    choice: BodyChoice
    changed: bool  # the text or the stored choice changed
    paragraphs_before: int
    moved: list = field(default_factory=list)  # Annotation: placed at a new offset
    set_aside: list = field(default_factory=list)  # Annotation: no place in the new text, kept aside
    brought_back: list = field(default_factory=list)  # Annotation: set aside before, its words back


def body_for(store, article_id: int, spec: BodySpec) -> BodyChoice:  # noqa: ANN001
    """The body the spec picks from the article's stored page."""
    article = store.get_article(article_id, with_raw=True)
    if not article.raw:
        raise InvalidInput(f"article {article_id} has no stored page to choose its body from")
    return choose_body(page_text(article.raw, store.article_format(article_id) or "text"), spec)


def _placements(store, article_id: int, old_text: str, new_text: str, known: dict | None = None):  # noqa: ANN001, ANN202
    """(placements, not placed) of the article's annotations in new_text: `known` offsets first
    (id -> (start, end, quote), used while the quote is still there), else re-anchored."""
    placements: dict[int, tuple[int, int]] = {}
    unplaced = []
    for ann in store.annotations(article_id):
        if known and ann.id in known:
            s, e, quote = known[ann.id]
            if new_text[s:e] == quote == ann.text:
                placements[ann.id] = (s, e)
                continue
        span = (ann.start, ann.end) if new_text == old_text else None
        if span is None:
            span = reanchor(new_text, ann.text, ann.prefix, ann.suffix, ann.start)
        if span is None:
            unplaced.append(ann)
        else:
            placements[ann.id] = span
    return placements, unplaced


def _rejected_in(store, article_id: int, old_text: str, new_text: str) -> set[tuple[str, int, int]]:  # noqa: ANN001
    """Rejected suggestions move with the text (or they would come back), as in reclean."""
    moved = set()
    for label, start, end in store.rejected_suggestions(article_id):
        prefix, suffix = context(old_text, start, end)
        span = reanchor(new_text, old_text[start:end], prefix, suffix, start)
        if span is not None:
            moved.add((label, *span))
    return moved


def fix_body(store, article_id: int, spec: BodySpec, history=None, by: str | None = None) -> BodyReport:  # noqa: ANN001
    """Give article_id the body spec picks from its page, keep the spec for reclean, re-anchor every
    tag (the ones with no place are set aside). With a reader.history.History the fix is one undo
    step: undo puts back the old text, the tags where they were and the ones set aside. by: who
    fixes it (default: the history's annotator), named to a colleague tagging the old text."""
    choice = body_for(store, article_id, spec)
    # A body the journalist chose is the article: nothing left for the cleaner to be unsure of.
    return _apply(store, article_id, choice, spec.to_json(), 1.0, None, history, "fix the body of", by)


def automatic_body(store, article_id: int, history=None, by: str | None = None) -> BodyReport:  # noqa: ANN001
    """Forget the body chosen by hand: the cleaner's text again, with its confidence, tags moved
    (or set aside) as by fix_body, one undo step with a History."""
    from reader.importing.formats import clean_raw

    article = store.get_article(article_id, with_raw=True)
    if not article.raw:
        raise InvalidInput(f"article {article_id} has no stored page to clean again")
    new = clean_raw(article.raw, store.article_format(article_id) or "text", article.source).clean
    kept = [Paragraph(0, 0, p) for p in new.text.split("\n\n") if p.strip()]
    choice = BodyChoice(new.text, kept, [], (0, 0))
    return _apply(
        store, article_id, choice, None, new.confidence, new.reason, history, "the cleaner's text for", by
    )


def _apply(store, article_id, choice, spec_json, confidence, reason, history, what, by=None) -> BodyReport:  # noqa: ANN001
    article = store.get_article(article_id)
    by = by if by is not None else getattr(history, "annotator", None)
    old_text, new_text = article.text, choice.text
    report = BodyReport(article_id, choice, False, len([p for p in old_text.split("\n\n") if p.strip()]))
    if new_text == old_text and article.body_choice == spec_json:
        return report
    before = {a.id: a for a in store.annotations(article_id)}
    placements, unplaced = _placements(store, article_id, old_text, new_text)
    rejected = _rejected_in(store, article_id, old_text, new_text)
    old_rejected = store.rejected_suggestions(article_id)
    # Tags set aside by an earlier fix come back when their words are in the text again.
    back: dict[int, tuple[int, int]] = {}
    for ann in store.set_aside_annotations(article_id):
        if ann.field != "body":
            continue  # a title, byline or dateline tag set aside by reclean: not the body's
        span = reanchor(new_text, ann.text, ann.prefix, ann.suffix, ann.start)
        if span is not None:
            back[ann.id] = span
            report.brought_back.append(ann)
    store.replace_body(
        article_id,
        new_text,
        body_choice=spec_json,
        confidence=confidence,
        reason=reason,
        placements=placements,
        set_aside=[a.id for a in unplaced],
        bring_back=back,
        rejected=rejected,
        expect_text=old_text,
        changed_by=by,
    )
    report.changed = True
    report.moved = [before[i] for i, span in placements.items() if span != (before[i].start, before[i].end)]
    report.set_aside = unplaced
    if history is not None:
        aside = [a.id for a in unplaced]
        old_spans = {i: (a.start, a.end, a.text) for i, a in before.items()}
        new_spans = {i: (s, e, before[i].text) for i, (s, e) in placements.items()}

        def switch(frm: str, to: str, choice_json, confidence, reason, spans, set_aside, bring_back, rej):  # noqa: ANN001, ANN202
            def run() -> None:
                places, loose = _placements(store, article_id, frm, to, spans)
                still_aside = {a.id for a in store.set_aside_annotations(article_id)}
                store.replace_body(
                    article_id,
                    to,
                    body_choice=choice_json,
                    confidence=confidence,
                    reason=reason,
                    placements={i: s for i, s in places.items() if i not in set_aside},
                    set_aside=sorted(set(set_aside) | {a.id for a in loose}),
                    bring_back={i: s for i, s in bring_back.items() if i in still_aside},
                    rejected=rej,
                    expect_text=frm,
                    changed_by=by,
                )

            return run

        undo = switch(
            new_text,
            old_text,
            article.body_choice,
            article.confidence,
            article.confidence_reason,
            old_spans,
            list(back),
            dict.fromkeys(aside),
            old_rejected,
        )
        redo = switch(old_text, new_text, spec_json, confidence, reason, new_spans, aside, back, rejected)
        history.record_action(f"{what} article {article_id}", undo, redo, article_id=article_id)
    return report
