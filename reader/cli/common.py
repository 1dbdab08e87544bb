"""What every command shares: the --db and --annotator options, opening the store, safe output."""

from __future__ import annotations

import functools
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from reader.normalize import json_dumps, normalize_field, normalize_text


def default_annotator() -> str:
    """$READER_ANNOTATOR (a desk sharing one login), else the login name."""
    import os

    chosen = normalize_field(os.environ.get("READER_ANNOTATOR"))
    if chosen:
        return chosen
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment (containers, CI)
        name = ""
    return normalize_field(name) or "annotator"


def _state(ctx: click.Context) -> dict[str, Any]:
    root = ctx.find_root()
    if root.obj is None:
        root.obj = {}
    return root.obj


def _remember(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            _state(ctx)[key] = value
        return value

    return callback


class DbLocation(click.ParamType):
    """A database file, or a PostgreSQL server's URL (postgresql://user@host/dbname) kept as text."""

    name = "PATH|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
            return value
        return click.Path(dir_okay=False, path_type=Path).convert(value, param, ctx)


def db_option(f: Callable) -> Callable:
    """--db PATH or --db postgresql://..., accepted by the group and by every command (the command's wins)."""
    return click.option(
        "--db",
        type=DbLocation(),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_remember("db"),
        help="The database file, or a PostgreSQL server as postgresql://user@host/dbname "
        "(default: $READER_DB, else the user data folder).",
    )(f)


def annotator_option(f: Callable) -> Callable:
    return click.option(
        "--annotator",
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_remember("annotator"),
        help="Who is annotating (default: $READER_ANNOTATOR, else your user name).",
    )(f)


def db_path(ctx: click.Context | None = None) -> Path | str:
    from reader.locations import default_db_path

    ctx = ctx or click.get_current_context()
    return _state(ctx).get("db") or default_db_path()


def annotator(ctx: click.Context | None = None) -> str:
    ctx = ctx or click.get_current_context()
    return normalize_field(_state(ctx).get("annotator")) or default_annotator()


def say(message: str) -> None:
    """One line on stderr, from reader (what it is doing while the command has not answered yet)."""
    click.echo(f"reader: {message}", err=True)


def store_at(path: Path | str):
    """A command's Store: it says on stderr before an upgrade, and when a write waits for another
    program's write lock (else a 30 s wait looks like a hang). Every command opens its library
    here (open_store, reader db copy)."""
    from reader.store import Store

    return Store(path, on_migrate=say, on_wait=say)


def open_store(ctx: click.Context | None = None):
    """The store for this command, closed when the command ends."""
    import os

    ctx = ctx or click.get_current_context()
    path = db_path(ctx)
    # A folder that is not there is made (a new library), but said: a mistyped --db would otherwise
    # hold a new, empty library unnoticed. The default place (no --db, no READER_DB) is no typo: the
    # first run says where the library is.
    chosen = bool(_state(ctx).get("db") or os.environ.get("READER_DB"))
    folder = path.parent if isinstance(path, Path) and not path.parent.exists() else None
    new_default = not chosen and isinstance(path, Path) and not path.exists()
    store = store_at(path)
    ctx.call_on_close(store.close)
    notice = None
    if new_default:
        notice = f"a new library in {field(path)} (the default place; --db or READER_DB chooses another)"
    elif folder is not None and folder.is_dir():
        notice = (
            f"made the folder {field(folder)} for a new library (check the path if you meant an existing one)"
        )
    if notice is not None:
        say(notice)
        ctx.meta.setdefault("reader_notices", []).append(notice)
    return store


def with_store(f: Callable) -> Callable:
    """Pass the opened store as the first argument."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(open_store(), *args, **kwargs)

    return wrapper


# SQLite integers are signed 64-bit: no row can have a larger id (and Python would overflow binding it).
MAX_ID = 2**63 - 1


class RowId(click.ParamType):
    """A whole number naming a row: one no row can have (2^63 or more) is "no article with id N",
    the same one line as an id that is free, not an OverflowError."""

    name = "integer"

    def __init__(self, what: str = "article") -> None:
        self.what = what

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        number = click.INT.convert(value, param, ctx)
        if abs(number) > MAX_ID:
            from reader.errors import NotFound

            raise NotFound(f"no {self.what} with id {number}")
        return number


ARTICLE_ID = RowId("article")


def field(value: object) -> str:
    """A value from the database or a file, made safe to print on one line."""
    if value is None:
        return ""
    return normalize_field(str(value)) or ""


def echo_json(record: object) -> None:
    """One JSON Lines record: every --json output is JSON Lines, one object per line (a list one
    per item, `show` and `stats` their one object). Controls and bidi characters are \\u escapes."""
    click.echo(json_dumps(record))


def text(value: str | None) -> str:
    return normalize_text(value or "")


def console(stderr: bool = False, *, wide: bool = False):
    """Rich output. Piped (not a terminal), text is not hard-wrapped at 80 columns: a paragraph stays
    one line for grep and scripts; wide=True also lets a table's rows run as long as they need."""
    from rich.console import Console

    out = Console(stderr=stderr, highlight=False, markup=False, emoji=False, soft_wrap=False)
    if out.is_terminal:
        return out
    return Console(
        stderr=stderr,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        width=10_000 if wide else None,
    )


class DashTextCommand(click.Command):
    """A command whose arguments may start with "-" (`reader tag 2 "-5% in May" --label QUANTITY`).

    A word starting with a single "-" that is none of the command's options is taken as an argument,
    not refused as an unknown option. Anything else the parser cannot read (an unknown "--word")
    gets a hint: put -- before the argument, after which nothing is read as an option."""

    def __init__(self, *args: Any, dash_example: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dash_example = dash_example or f'reader {self.name} ... -- "--text"'

    def _options(self, ctx: click.Context) -> dict[str, bool]:
        """Every option name -> whether it takes a value."""
        names: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                takes_value = not (param.is_flag or param.count)
                for name in (*param.opts, *param.secondary_opts):
                    names[name] = takes_value
        return names

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = self._options(ctx)
        kept: list[str] = []
        positional: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                positional.extend(args[i + 1 :])
                break
            name = arg.split("=", 1)[0] if arg.startswith("--") else arg
            if name in options:
                kept.append(arg)
                if options[name] and "=" not in arg and i + 1 < len(args):
                    kept.append(args[i + 1])
                    i += 1
            elif arg.startswith("-") and not arg.startswith("--") and len(arg) > 1:
                short = arg[:2]
                # A known short option with its value attached (-lORG), unless it reads as text.
                if options.get(short) and not any(ch.isspace() for ch in arg):
                    kept.append(arg)
                else:
                    positional.append(arg)
            elif arg.startswith("--"):
                kept.append(arg)  # an unknown long option: click says so, with the hint below
            else:
                positional.append(arg)
            i += 1
        try:
            return super().parse_args(ctx, [*kept, "--", *positional] if positional else kept)
        except click.NoSuchOption as e:
            message = f"{e.message.rstrip('.')}; if it is text, put -- before it: {self.dash_example}."
            raise click.NoSuchOption(e.option_name, message, e.possibilities, e.ctx) from None
