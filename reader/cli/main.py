"""The `reader` command: a click group whose bare form opens the library (the TUI).

`reader PATH...` and `reader open PATH...` import those paths first. Every error a user can cause
ends as one line on stderr, `reader: error: ...`, with exit status 1."""

from __future__ import annotations

import os
import sqlite3
import sys

import click
from click_default_group import DefaultGroup

from reader import __version__
from reader.cli.common import annotator, annotator_option, db_option, db_path, field, open_store
from reader.errors import ReaderError


class UserError(click.ClickException):
    """A ReaderError, database or file-system error, shown as one line."""

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"reader: error: {field(self.message)}", err=True)


def as_user_error(e: BaseException) -> UserError:
    if isinstance(e, ReaderError):
        return UserError(str(e))
    if isinstance(e, sqlite3.Error):
        return UserError(f"database error: {e}")
    if isinstance(e, OSError):
        where = f": {e.filename}" if getattr(e, "filename", None) else ""
        return UserError(f"{e.strerror or e}{where}")
    return UserError(str(e))


class ReaderGroup(DefaultGroup):
    """DefaultGroup that turns user errors raised by any command into UserError."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `reader list | head`: whoever read the output has what they wanted. Point stdout at
            # /dev/null so the flush at exit does not fail again, and stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return None
        except (ReaderError, sqlite3.Error, OSError) as e:
            raise as_user_error(e) from None


@click.group(cls=ReaderGroup, default="open", default_if_no_args=True, invoke_without_command=True)
@click.version_option(__version__, prog_name="reader")
@db_option
@annotator_option
@click.pass_context
def cli(ctx: click.Context) -> None:
    """reader: clean saved news pages, read them, tag entities and claims.

    Run `reader` alone to open the library (the terminal interface: your articles, then each one to
    read and tag), `reader PATH...` to import files and open it, or one of the commands below."""
    # `reader --db X` has options but no command left: open, as a bare `reader` does.
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_command)


@cli.command("open")
@click.argument("paths", nargs=-1)
@db_option
@annotator_option
def open_command(paths: tuple[str, ...]) -> None:
    """Open the library (the TUI), importing PATHS (files, folders, URLs, - for stdin) first."""
    store = open_store()  # fails here, on one line, if the database cannot be used
    try:
        from reader.tui.keymap import load_keymap
    except ImportError as e:
        raise UserError(f"the terminal interface (TUI) is not available in this installation ({e})") from None
    keymap = load_keymap()  # and here if the keys file is wrong, before anything is imported
    notice: list[str] = list(click.get_current_context().meta.get("reader_notices", []))
    highlight: list[int] = []
    if paths:
        from reader.cli.importing import print_report, report_lines, run_import

        report = run_import(store, paths)
        if not report.imported and not report.duplicates:
            from reader.cli.importing import nothing_imported

            error = nothing_imported(report, listed=False)  # each refusal said once
            hint = _command_hint(paths)
            raise ReaderError(f"{error}; {hint}") if hint else error
        print_report(report, err=True)
        notice += report_lines(report)  # shown in the TUI too: the terminal above is hidden by it
        # the library opens on what was imported (a duplicate only: the article it already is)
        highlight = list(report.imported) or [stored for _, stored in report.duplicates]
    store.close()
    try:
        from reader.tui.app import run_app
    except ImportError as e:
        raise UserError(f"the terminal interface (TUI) is not available in this installation ({e})") from None
    run_app(db_path(), annotator(), keymap, notice=notice, highlight=highlight)


def _command_hint(paths: tuple[str, ...]) -> str | None:
    """`reader opne`: a bare word that is no file is likely a mistyped command (the default command
    takes it for a path to import); name the command it is close to."""
    import difflib
    import re

    if len(paths) != 1 or not re.fullmatch(r"[a-z][a-z-]{1,30}", paths[0]) or os.path.exists(paths[0]):
        return None
    close = difflib.get_close_matches(paths[0], list(cli.commands), n=1, cutoff=0.6)
    return f"no command is called “{paths[0]}” either: did you mean `reader {close[0]}`?" if close else None


def _register() -> None:
    from reader.cli import (
        body,
        cleaning,
        exporting,
        importing,
        keys,
        labels,
        reading,
        reclean,
        stats,
        tagging,
    )

    for module in (importing, cleaning, reading, tagging, labels, keys, stats, reclean, body, exporting):
        for command in module.COMMANDS:
            cli.add_command(command)
    from reader.cli import db, deleting, desk, entities, factcheck, suggesting

    for module in (suggesting, entities, factcheck, desk, db, deleting):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def tolerant_output() -> None:
    """An output that cannot encode every character (PYTHONIOENCODING=cp1252, a Windows console or
    redirect) shows what it cannot as "?" instead of failing on reader's own ■ · “ or on a title."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if reconfigure is not None and encoding not in ("utf8", "utf8sig"):
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a stream that cannot be changed any more: leave it
                pass


def main(argv: list[str] | None = None) -> None:
    """Console entry point: never a traceback for something the user can fix."""
    tolerant_output()
    try:
        code = cli.main(args=argv, prog_name="reader", standalone_mode=False)
    except click.UsageError as e:
        # One line, like every other error, with where to look (click would print a usage block).
        where = (
            f"reader {e.ctx.command_path.split(' ', 1)[1]}"
            if e.ctx and " " in e.ctx.command_path
            else "reader"
        )
        click.echo(f"reader: error: {field(e.format_message())} (see `{where} --help`)", err=True)
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("reader: stopped", err=True)
        sys.exit(1)
    except (ReaderError, sqlite3.Error, OSError) as e:  # raised outside a command (should not happen)
        as_user_error(e).show()
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
