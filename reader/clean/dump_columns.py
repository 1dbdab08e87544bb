"""Side-by-side columns in a text dump, read one after the other.

A text browser draws a page laid out as a table (a menu column beside the article, a sidebar on the
right) line by line across all its columns, so one line of the dump holds a menu item, a piece of
an article sentence and a teaser. Such a block is found by its gutter: a run of character positions
that is blank on every line of the block while some lines have text on both sides of it. The block
is then rewritten column by column (left first), so that the article's lines follow each other
again. Runs before whitespace is folded away (normalize_text), on the text as drawn. A column of
running text right of another keeps its place on the line, so that its hard-wrapped lines end near the
page's wrap width and are joined back into paragraphs as the page's others are. A menu's cell that
fills its column leaves one blank before the text beside it (w3m's cell spacing): that line stays in
the block; and a block whose first line's blanks are not its gutter (a search field) starts a line
later.
"""

from __future__ import annotations

from .boilerplate import ALL_STOPWORDS

GUTTER = 2  # blank positions in a row that separate two columns
BLOCK_MIN = 6  # lines a side-by-side block holds at least...
BOTH_MIN = 4  # ...of which this many have text on both sides of a gutter
WIDE_TEXT = 6  # words a column's line needs, on some lines, for the block to be prose beside chrome
WIDE_MIN = 3  # lines with that much text in one column
WRAP_MAX = 110  # the widest line dump_lines._wrap_width reads a wrap width from
PROSE_STOP = 2  # stopwords a column's wide line holds when it is running text, not a table's row


def _prose(col: list[str]) -> bool:
    """The column holds running text: WIDE_MIN lines of WIDE_TEXT words with distinct stopwords among
    them, and such lines are at least half its lines of three words or more (a table's cells, names,
    figures and times, have few; one-letter stopwords are a table's marks as often, "o", "x")."""
    prose = lines = 0
    for line in col:
        words = line.lower().split()
        if len(words) < 3:
            continue
        lines += 1
        if (
            len(words) >= WIDE_TEXT
            and len({w for w in words if len(w) > 1 and w in ALL_STOPWORDS}) >= PROSE_STOP
        ):
            prose += 1
    return prose >= WIDE_MIN and 2 * prose >= lines


def _gutters(free: list[bool]) -> list[tuple[int, int]]:
    """Runs [a, b) of at least GUTTER free positions, not at the start of the line."""
    runs = []
    p = 0
    n = len(free)
    while p < n:
        if free[p]:
            q = p
            while q < n and free[q]:
                q += 1
            if p > 0 and q - p >= GUTTER and q < n:
                runs.append((p, q))
            p = q
        else:
            p += 1
    return runs


def _cells(line: str, cuts: list[int]) -> list[str]:
    edges = [0, *cuts, max(len(line), (cuts[-1] if cuts else 0))]
    return [line[a:b] for a, b in zip(edges[:-1], edges[1:], strict=True)]


def _split_block(lines: list[str], gutters: list[tuple[int, int]], depth: int) -> list[str] | None:
    """The block's lines column by column, or None if it is not prose beside other columns (a table
    of short cells keeps its rows)."""
    cuts = [b for _, b in gutters]
    columns: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    both = 0
    wide = [0] * len(columns)
    for line in lines:
        cells = _cells(line, cuts)
        filled = 0
        for k, cell in enumerate(cells):
            text = cell.rstrip()
            columns[k].append(text)
            if text.strip():
                filled += 1
                if len(text.split()) >= WIDE_TEXT:
                    wide[k] += 1
        if filled >= 2:
            both += 1
    if both < BOTH_MIN or max(wide) < WIDE_MIN:
        return None
    out: list[str] = []
    for k, col in enumerate(columns):
        if not any(c.strip() for c in col):
            continue
        # a column right of another stays where it is drawn, so that its hard-wrapped lines end near
        # the page's wrap width and are joined back into paragraphs (dump_lines.split_units), unless
        # its lines would then be wider than a wrap width is read at; only running text (a table's
        # column, padded, would move the width the page's wrapped paragraphs are read at)
        pad = cuts[k - 1] if k else 0
        if pad and pad + max(len(c) for c in col) <= WRAP_MAX and _prose(col):
            col = [" " * pad + c if c else c for c in col]
        if out:
            out.append("")
        # a column may itself hold columns that the whole block's gutter did not show
        for line in _split(col, depth + 1):
            if line.strip() or (out and out[-1].strip()):
                out.append(line)
    return out


DEPTH = 3  # columns inside columns, this deep


def split_columns(text: str) -> str:
    """The text with every side-by-side block rewritten column by column (see the module docstring)."""
    lines = text.split("\n")
    if not any(len(x) > 40 and "   " in x.strip() for x in lines):
        return text
    return "\n".join(_split(lines, 0))


def _narrow(line: str, gutters: list[tuple[int, int]], after: list[str]) -> set[int]:
    """The positions of `line` in gutters it narrows to one blank just before the next column (its
    cell is full: w3m's cell spacing), when the next column holds nothing on the line or a sentence
    going on, and the line under it has text but leaves the gutter blank and the column goes on in
    the next two lines (else a line of prose across the page would join the block)."""
    out: set[int] = set()
    for a, b in gutters:
        if len(line) < b - 1 or line[b - 2] == " " or (len(line) >= b and line[b - 1] != " "):
            continue
        # (the next column's text on the line, if any, goes on with a sentence from the line above:
        # a table's next row starts a cell of its own)
        rest = line[b:].lstrip()
        if rest and not rest[0].islower():
            continue
        if (
            not after
            or not after[0].strip()
            or after[0][b - GUTTER : b].strip()
            or not any(x[b : b + 1].strip() for x in after)
        ):
            continue
        out.update(range(a, b - 1))
    return out


def _block(lines: list[str], i: int, depth: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(end, gutters) of the side-by-side block that starts at line i, or None."""
    n = len(lines)
    line = lines[i]
    width = max(len(line), 1)
    free = [c == " " for c in line]
    gutters = _gutters(free)
    j = i + 1
    best: tuple[int, list[tuple[int, int]]] | None = None
    while gutters and j <= n:
        if j - i >= BLOCK_MIN:
            best = (j, gutters)
        if j == n:
            break
        nxt = lines[j]
        if len(nxt) > width:
            free += [True] * (len(nxt) - width)
            width = len(nxt)
        # a cell that fills its column leaves one blank before the next column: the line stays in
        # the block if the column goes on under it; only a page's own two columns (a menu beside
        # the text) once they are a block (a table's rows often fill their cells, and a table
        # drawn inside a column is split at a deeper level)
        narrow = (
            _narrow(nxt, gutters, lines[j + 1 : j + 3])
            if depth == 0 and len(gutters) == 1 and j - i >= BLOCK_MIN
            else set()
        )
        for p, c in enumerate(nxt):
            if c != " " and p not in narrow:
                free[p] = False
        gutters = _gutters(free)
        j += 1
    return best


def _opens(line: str) -> bool:
    return bool(line.strip()) and "  " in line.strip()


def _split(lines: list[str], depth: int) -> list[str]:
    if depth >= DEPTH:
        return lines
    out: list[str] = []
    i = 0
    n = len(lines)
    # the block from a line, found once (the line after a block's first is looked at from both)
    known: dict[int, tuple[int, list[tuple[int, int]]] | None] = {}

    def block_at(k: int) -> tuple[int, list[tuple[int, int]]] | None:
        if k not in known:
            known[k] = _block(lines, k, depth)
        return known[k]

    while i < n:
        line = lines[i]
        if not _opens(line):
            out.append(line)
            i += 1
            continue
        best = block_at(i)
        if best is not None and i + 1 < n and _opens(lines[i + 1]):
            # a first line whose blanks are not the block's gutter (a search field's) cuts the block
            # short: the block from the next line goes further
            later = block_at(i + 1)
            if later is not None and later[0] > best[0]:
                out.append(line)
                i += 1
                continue
        if best is not None:
            end, cols = best
            block = _split_block(lines[i:end], cols, depth)
            out.extend(block if block is not None else lines[i:end])
            i = end
            continue
        out.append(line)
        i += 1
    return out
