"""Helpers shared by the command modules.

Command modules import their heavy dependencies (SQLAlchemy, the importers,
numpy) inside their handlers, never at module level: registering a command
must cost nothing, so that ``--help`` and every other command start quickly.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_app.storage.db import Database


def open_db(args: argparse.Namespace) -> Database:
    from observer_app.storage.db import Database

    return Database.open(args.db)


def add_election_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--election", metavar="CODE", help="election code (default: the newest in the database)"
    )
