"""Where the TUI reads its keys: Textual reads them from stdin, which `echo text | reader -` has
used up for the article. Then they come from the terminal (/dev/tty), or reader refuses."""

from __future__ import annotations

import os
import sys

from reader.errors import InvalidInput


def keys_from_terminal() -> None:
    """Make stdin the terminal when it is not one (a pipe, a file), or refuse in one line."""
    stdin = sys.__stdin__
    try:
        if stdin is not None and stdin.isatty():
            return
    except ValueError:  # closed
        pass
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise InvalidInput(
            "the reading view reads keys from a terminal, and stdin is not one (there is none to "
            "open instead); what was imported is kept: run `reader` in a terminal to read it"
        ) from None
    os.dup2(fd, 0)
    os.close(fd)
