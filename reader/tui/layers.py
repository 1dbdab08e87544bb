"""Other annotators' tags in the reading view (T): each colleague gets a colour of their own, so
their tags are told apart from yours and from each other's, in the text, the list and the legend.

Your tags are filled with their label's light colour and drawn in dark ink. A colleague's tag is
the other way round: the label's colour as the text's colour, on a dark fill that is that
colleague's, underlined. Suggestions (not stored yet) have no fill at all. The colours are dark
hues none of the label colours use; a name keeps its colour from article to article unless two
names in one article would share it."""

from __future__ import annotations

from collections.abc import Iterable
from zlib import crc32

from rich.style import Style
from rich.text import Text

from reader.models import Annotation
from reader.tui.safe import shorten

# Dark fills, one per colleague, each far from the others in hue; light label colours read on all.
OTHER_FILLS = ["#23507a", "#7a2350", "#2f5e1d", "#6e4a08", "#4a2a80", "#125e5a", "#6b1f1f", "#4d4d4d"]
NAME_INK = "#f2f2f2"  # a colleague's name on their fill (the list and the legend)


def others_colours(annotations: Iterable[Annotation], me: str | None) -> dict[str, str]:
    """Each other annotator of `annotations` (not `me`, not a tag with no name) and their fill.
    A name's fill follows from the name, so it stays the same in every article; two names that
    would share one in this article are given the next free fills, in name order. Beyond
    len(OTHER_FILLS) names the fills repeat (the legend still names each)."""
    names = sorted({a.annotator for a in annotations if a.annotator and a.annotator != me})
    out: dict[str, str] = {}
    taken: set[int] = set()
    n = len(OTHER_FILLS)
    for name in names:
        slot = crc32(name.encode("utf-8")) % n
        if len(taken) < n:
            while slot in taken:
                slot = (slot + 1) % n
        taken.add(slot)
        out[name] = OTHER_FILLS[slot]
    return out


def other_tag_style(label_colour: str, fill: str) -> Style:
    """A colleague's tag in the text: the label's colour on their fill, underlined."""
    return Style(color=label_colour, bgcolor=fill, underline=True)


def name_style(fill: str) -> Style:
    return Style(color=NAME_INK, bgcolor=fill, italic=True)


def others_legend(colours: dict[str, str], shown: int = 8) -> Text:
    """The legend's lines naming whose tag is whose: a heading, then each name on their fill."""
    out = Text(no_wrap=True, overflow="ellipsis")
    if not colours:
        return out
    out.append("Others' tags (T): ", "bold")
    out.append("underlined", Style(underline=True))
    for name, fill in list(colours.items())[:shown]:
        out.append("\n ")
        out.append(f" {shorten(name, 24)} ", name_style(fill))
    if len(colours) > shown:
        out.append(f"\n and {len(colours) - shown} more (colours repeat)", "dim")
    return out
