"""Lines inside a page dump's chosen article region that are not the story, left out at the end:
promotion lines (html_filter.is_promo_line, the rules the HTML body is filtered by: "READ MORE: ...",
"Follow X on Facebook and Instagram ...", "You must be logged in to comment", "More information at
www...."), and a picture's credit label ("Foto:", "Photo: Jane Doe") with the caption just above it,
or a caption that ends in its credit ("... Photograph: Jane Doe/Agency") and the same caption shown
bare just above. Read from shape and language-wide word classes only.

Applied to the kept units only: nothing here is a feature of the learned unit scorer (dump_model), so
the region the page's article is chosen by does not move."""

from __future__ import annotations

import re

from .dump_lines import Unit
from .html_filter import is_promo_line

INSIDE_STORY = True  # switch (benchmarks/ablate_dump.py-style "before" runs)
CAPTION_WORDS = 40  # a caption above a credit label is at most this long
CREDITED_CAPTION_WORDS = 50  # a caption that ends in its credit is at most this long
GALLERY_CREDITS = 3  # credit labels in the region that make it a gallery of captions
CREDIT_NAME_WORDS = 4  # the name on the line under a bare credit label ("Foto:" / "WITTERS")

# A credit label alone, or with a name: "Foto:", "Photo: Jane Doe", "Bild: dpa", "Zdjęcie: PAP".
_CREDIT_LABEL = re.compile(
    r"^\W{0,3}(?:fotos?|photos?|photograph(?:ie|y)?|fotograf(?:ía|ia|ie)|bild(?:er)?|image|credits?|crédits?"
    r"|crédit photo|zdjęci[ea]|foto di|beeld)\s*[:©]\s*(?P<name>[^.!?]{0,60})$",
    re.I,
)
# A caption's credit at its end: "... last year. Photograph: Jane Doe/Agency"
_CREDIT_AT_END = re.compile(
    r"[.!?\"”»)]\s+(?:photograph(?:ie|y)?|fotograf(?:ía|ia|ie)|foto(?:grafie)?|photo|bild|zdjęcie|credit)\s*:"
    r"\s*[^.!?:]{1,60}$",
    re.I,
)


def _name(u: Unit) -> bool:
    return 1 <= u.words <= CREDIT_NAME_WORDS and u.text.rstrip()[-1] not in ".!?:;"


def left_out(units: list[Unit], start: int, end: int) -> set[int]:
    """Indices in [start, end) of units that are not the story (see the module's docstring)."""
    out: set[int] = set()
    if not INSIDE_STORY:
        return out
    # three pictures or more with a credit each: a gallery, whose captions are the text (dump_gallery)
    labels = sum(1 for u in units[start:end] if u.words <= 8 and _CREDIT_LABEL.match(u.text))
    for m in range(start, end):
        u = units[m]
        # (a line ending in a colon introduces what follows it, which a dump still holds: "Click the
        # link above so you can:", "Das Papier finden Sie hier:" and their list or link stay)
        if u.words and u.text.rstrip()[-1] != ":" and is_promo_line(u.text):
            out.add(m)
        label = _CREDIT_LABEL.match(u.text) if u.words <= 8 else None
        if label is not None:
            out.add(m)
            if not label["name"].strip() and m + 1 < end and _name(units[m + 1]):
                out.add(m + 1)  # the name under a bare label
            k = m - 1
            if (
                labels < GALLERY_CREDITS
                and k >= start
                and 0 < units[k].words <= CAPTION_WORDS
                and k not in out
            ):
                out.add(k)  # the caption above its credit
        elif u.words <= CREDITED_CAPTION_WORDS and _CREDIT_AT_END.search(u.text):
            out.add(m)
            bare = u.text[: _CREDIT_AT_END.search(u.text).start() + 1]  # type: ignore[union-attr]
            for k in range(max(start, m - 2), m):
                if units[k].text == bare:
                    out.add(k)  # the same caption shown without its credit
    return out
