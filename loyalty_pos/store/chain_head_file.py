"""The chain's head kept outside the database: ``<database>.head`` beside it, and beside
every backup.

Someone who can edit the database can also recompute its whole chain, or cut records
off its end and leave a consistent chain behind; only a head kept somewhere else shows
that. The file is written after the commit (a new file renamed over the old one), so a
crash in between leaves it one transaction behind the database: ``check`` accepts a
file head that is an earlier link of the database's chain and says how far behind it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from loyalty_pos.domain.chain import Head
from loyalty_pos.durability import fsync_directory

SUFFIX = ".head"


def head_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def write_head(db_path: Path, heads: list[Head]) -> Path:
    target = head_path(db_path)
    partial = target.with_name(f".{target.name}.partial")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"heads": [head.to_plain() for head in heads]}, handle, separators=(",", ":"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    fsync_directory(target.parent)
    return target


class HeadFileUnreadable(ValueError):
    pass


def read_head(db_path: Path) -> list[Head] | None:
    """The heads in the file beside ``db_path``; None when there is no such file."""
    path = head_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise HeadFileUnreadable(f"{path} cannot be read: {error}") from None
    try:
        data = json.loads(text)
        return [Head.from_plain(item) for item in data["heads"]]
    except (ValueError, KeyError, TypeError) as error:
        raise HeadFileUnreadable(f"{path} is not a chain head file: {error}") from None
