"""Errors sorted the qutebrowser way: the user's input or environment versus a bug.

Anything raised as :class:`UserError` (or a subclass) is shown as a plain
message naming what and where; any other exception is a bug and is shown with
details to copy.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix: a bad file, a wrong option, a missing resource."""


class InputError(UserError):
    """Refused input: a malformed file, a bad value, an unknown station.

    ``where`` names the file, row and column when known.
    """

    def __init__(self, message: str, *, where: str = "") -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class DatabaseError(UserError):
    """The database cannot be used: written by a newer version, unreachable, corrupt."""


class Cancelled(Exception):
    """Long work stopped by the user; everything it did was rolled back."""
