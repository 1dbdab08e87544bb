"""The PostgreSQL dialect: the store's SQL is written once, for SQLite, and translated here for
PostgreSQL (placeholders, upserts, RETURNING for the new row's id, case-insensitive comparison, JSON
lists of ids, aggregates), so both backends run the same statements. Full-text queries are
translated too: what a user types (or FTS5 syntax with --raw) becomes a tsquery.

The translation is by pattern over the statements this package holds, not a general SQL converter:
a statement written in a new SQLite idiom needs a rule here (the both-backends tests show it)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reader.errors import InvalidInput

# Tables whose rows have an id the caller reads back (lastrowid): their INSERTs return it.
ID_TABLES = {
    "articles",
    "labels",
    "annotations",
    "sessions",
    "events",
    "set_aside_annotations",
    "entities",
    "evidence",
}
# Each table's key, for INSERT OR REPLACE.
PRIMARY_KEYS = {"set_aside_annotations": "id", "settings": "key"}

# String literals and quoted names are copied as they are; only what is outside them is rewritten.
_LITERAL = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"")
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)\s*(\(([^)]*)\))?", re.I | re.S)
_JSON_EACH = re.compile(r"json_each\(\?\)", re.I)
_NOCASE_EQ = re.compile(r"([\w.]+)\s*=\s*\?\s+COLLATE\s+NOCASE", re.I)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE", re.I)
_SUM_BOOL = re.compile(r"\bsum\(([\w.]+\s*=\s*'[^']*')\)", re.I)
_MAX2 = re.compile(r"\bmax\(([^(),]+),([^(),]+)\)", re.I)
_COUNT_TRUTH = re.compile(r"CASE\s+WHEN\s+count\(\*\)\s+THEN", re.I)
_GROUP_CONCAT = re.compile(r"\bgroup_concat\(([^(),]+),\s*\?\)", re.I)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.I)


def _outside_literals(sql: str, rewrite: Callable[[str], str]) -> str:
    """sql with rewrite applied to each stretch outside string literals and quoted names."""
    out, at = [], 0
    for m in _LITERAL.finditer(sql):
        out.append(rewrite(sql[at : m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(rewrite(sql[at:]))
    return "".join(out)


def _wrap_call(sql: str, name: str, make: Callable[[str], str]) -> str:
    """Each call name(...) replaced by make(inner), matching parentheses."""
    pattern = re.compile(rf"\b{name}\(", re.I)
    while True:
        m = pattern.search(sql)
        if not m:
            return sql
        depth, i = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            i += 1
        sql = sql[: m.start()] + make(sql[m.end() : i - 1]) + sql[i:]


def _args(inner: str) -> list[str]:
    """A call's arguments, split at its own commas (not those of calls inside it)."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(inner):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "," and depth == 0:
            out.append(inner[start:i])
            start = i + 1
    return [*out, inner[start:]]


def _substr(inner: str) -> str:
    # PostgreSQL's substr takes int positions; the store's arithmetic on bigint columns is bigint.
    first, *rest = _args(inner)
    return "substring_of(" + ", ".join([first, *(f"({a.strip()})::int" for a in rest)]) + ")"


@functools.lru_cache(maxsize=512)
def translate(sql: str, named: bool = False) -> str:
    """A statement of this package, written for SQLite, as PostgreSQL runs it (psycopg's %s
    placeholders, or %(name)s when named)."""
    stripped = sql.strip()
    upper = stripped[:20].upper()
    if upper.startswith("BEGIN"):
        return "BEGIN"
    returning = ""
    insert = _INSERT.match(stripped)
    conflict = ""
    if insert:
        verb, table, columns = (insert.group(2) or "").upper(), insert.group(3), insert.group(5)
        stripped = (
            f"INSERT INTO {table} "
            + (f"({columns})" if columns is not None else "")
            + stripped[insert.end() :]
        )
        if verb == "IGNORE":
            conflict = " ON CONFLICT DO NOTHING"
        elif verb == "REPLACE":
            key = PRIMARY_KEYS[table]
            cols = [c.strip().strip('"') for c in (columns or "").split(",")]
            sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != key)
            conflict = f" ON CONFLICT ({key}) DO UPDATE SET {sets}"
        if table in ID_TABLES and "RETURNING" not in stripped.upper():
            returning = " RETURNING id"

    def rewrite(part: str) -> str:
        part = _JSON_EACH.sub(
            "(SELECT je_v::bigint AS value, je_k AS key FROM json_array_elements_text(?::json) "
            "WITH ORDINALITY AS je(je_v, je_k)) AS je_list",
            part,
        )
        part = _NOCASE_EQ.sub(r"lower(\1) = lower(?)", part)
        part = _NOCASE.sub(r"lower(\1)", part)
        part = _MAX2.sub(r"greatest(\1,\2)", part)
        part = _COUNT_TRUTH.sub("CASE WHEN count(*) > 0 THEN", part)
        part = _GROUP_CONCAT.sub(r"string_agg(\1, ?::text)", part)
        part = re.sub(r"\bunicode\(", "ascii(", part, flags=re.I)
        part = _INDEXED_BY.sub("", part)  # SQLite's index choice: the server plans for itself
        if named:
            part = _NAMED.sub(r"%(\1)s", part)
        return part.replace("?", "%s")

    # Every statement is run with parameters (maybe none), so a literal % is written %%.
    out = _outside_literals(stripped.replace("%", "%%"), rewrite)
    # The letter comparison of the export's neutralising (">= 'A'") in byte order, as on SQLite.
    out = out.replace(">= 'A' ", ">= 'A' COLLATE \"C\" ")
    out = _SUM_BOOL.sub(r"sum((\1)::int)", out)
    out = _wrap_call(out, "json_group_array", lambda inner: f"json_agg({inner})::text")
    out = _wrap_call(out, "json_array", lambda inner: f"json_build_array({inner})")
    out = _wrap_call(out, "substr", _substr).replace("substring_of(", "substr(")
    return out + conflict + returning


# -- full-text search ---------------------------------------------------------------------------

_FTS_TOKEN = re.compile(r'\s*(?:(")((?:[^"]|"")*)"|(\()|(\))|(\w+)(\*?)|(\S))')


def _lexeme(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'"


def tsquery_words(user_text: str, prefix_min: int = 3) -> str | None:
    """What a user types, as reader.store.search.fts_query reads it: every word must be there, the
    last one as a prefix once it has prefix_min characters and the text does not end in a space."""
    words = re.findall(r"\w+", user_text)
    if not words:
        return None
    parts = [_lexeme(w) for w in words]
    if len(words[-1]) >= prefix_min and not user_text.endswith(" "):
        parts[-1] += ":*"
    return " & ".join(parts)


def tsquery_phrase(words: list[str]) -> str:
    """Words one after the other, as an FTS5 "phrase"."""
    return " <-> ".join(_lexeme(w) for w in words)


def tsquery_raw(query: str) -> str:
    """FTS5 query syntax (AND, OR, NOT, "phrases", prefix*, parentheses) as a tsquery; anything
    else is an InvalidInput, as SQLite refuses it."""
    out: list[str] = []
    operand_last = False
    pos = 0
    for m in _FTS_TOKEN.finditer(query):
        if m.start() != pos:
            break
        pos = m.end()
        quote, phrase, open_, close, word, star, other = m.groups()
        if other:
            raise InvalidInput(f"cannot search for {query!r}: syntax error near {other!r}")
        if word and word.upper() in ("AND", "OR", "NOT") and not star:
            if not operand_last:
                raise InvalidInput(f"cannot search for {query!r}: {word} needs something before it")
            out.append({"AND": "&", "OR": "|", "NOT": "& !"}[word.upper()])
            operand_last = False
            continue
        if operand_last and (quote or open_ or word):
            out.append("&")  # FTS5 reads terms side by side as AND
        if quote:
            words = re.findall(r"\w+", phrase.replace('""', '"'))
            if not words:
                raise InvalidInput(f"cannot search for {query!r}: an empty phrase")
            out.append("(" + tsquery_phrase(words) + ")")
            operand_last = True
        elif open_:
            out.append("(")
            operand_last = False
        elif close:
            out.append(")")
            operand_last = True
        elif word:
            out.append(_lexeme(word) + (":*" if star else ""))
            operand_last = True
    if pos != len(query.rstrip()) and query[pos:].strip():
        raise InvalidInput(f"cannot search for {query!r}: syntax error")
    if not out:
        return ""
    if not operand_last:
        raise InvalidInput(f"cannot search for {query!r}: the query ends in an operator")
    return " ".join(out)
