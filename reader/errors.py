"""Errors a user can cause. The CLI prints their message on one line and exits non-zero."""


class ReaderError(Exception):
    """Base class: the message is written for the user."""


class StoreError(ReaderError):
    """The database cannot be opened, is locked, corrupt, read-only or full."""


class NotFound(ReaderError):
    """An article, label or annotation id that does not exist."""


class InvalidInput(ReaderError):
    """A value the user gave that cannot be used (unknown label, text not found, bad query...)."""
