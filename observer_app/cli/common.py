"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse

from observer_app.storage.db import Database


def open_db(args: argparse.Namespace) -> Database:
    return Database.open(args.db)


def add_election_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--election", metavar="CODE", help="election code (default: the newest in the database)"
    )
