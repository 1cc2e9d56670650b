"""Writing one member's data to a file: JSON for machines, PDF for the member to read.

The file appears whole or not at all (written beside it, then renamed), so a
crash mid-export never leaves half a member's data lying in a shared folder; it is
never one of the shop's own files (``output_files``) and is readable by its owner
only, as it holds a person's data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.output_files import write_output
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
    data_dir: Path | None,
) -> str:
    """Writes the export to ``out``; returns the format written. ``data_dir``: the shop's
    folder, whose files the export may never replace."""
    fmt = format_for(out)
    document = member_data(make_uow(), member_id, actor=actor, clock=clock, fmt=fmt)
    if fmt == "json":
        data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        write_output(out, data_dir, lambda partial: partial.write_bytes(data), mode=0o600)
    else:
        write_output(out, data_dir, lambda partial: render_member_data_pdf(document, partial), mode=0o600)
    return fmt
