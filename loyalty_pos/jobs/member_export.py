"""Writing one member's data to a file: JSON for machines, PDF for the member to read.

The file appears whole or not at all (written beside it, then renamed), so a
crash mid-export never leaves half a member's data lying in a shared folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.durability import fsync_directory, write_file_atomically
from loyalty_pos.printing.member_data_pdf import render_member_data_pdf
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.data_export import member_data
from loyalty_pos.services.ports import UnitOfWork


def format_for(out: Path) -> str:
    """``.pdf`` means the readable PDF; anything else gets JSON."""
    return "pdf" if out.suffix.lower() == ".pdf" else "json"


def export_member(
    make_uow: Callable[[], UnitOfWork], member_id: str, out: Path, *, actor: Actor, clock: Clock,
) -> str:
    """Writes the export to ``out``; returns the format written."""
    fmt = format_for(out)
    document = member_data(make_uow(), member_id, actor=actor, clock=clock, fmt=fmt)
    if fmt == "json":
        write_file_atomically(out, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
        return fmt
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        render_member_data_pdf(document, temporary)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_directory(out.parent)
    return fmt
