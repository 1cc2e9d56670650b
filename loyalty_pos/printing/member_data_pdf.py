"""A member's data as a readable A4 PDF: the same document the JSON export holds,
laid out as headed tables a member can read without a program to open JSON."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from loyalty_pos.printing.qt_app import ensure_gui_application

_STYLE = (
    "body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; "
    "margin-top: 14px; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 4px; } "
    "th { background: #eee; text-align: left; }"
)


def _minor(value: int, currency: str) -> str:
    # Two decimals for every currency the till sells in (NOK, EUR, SEK, DKK, GBP, USD).
    sign = "-" if value < 0 else ""
    return f"{sign}{currency} {abs(value) // 100:,}.{abs(value) % 100:02d}"


def _when(text: str | None, zone: ZoneInfo) -> str | None:
    """ISO instants as the shop's local time, to the minute: what a member reads on a receipt."""
    if not text:
        return None
    return datetime.fromisoformat(text).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "<p><i>None.</i></p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers) if any(headers) else ""
    body = "".join("<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table width='100%'>{f'<tr>{head}</tr>' if head else ''}{body}</table>"


def member_data_html(document: dict[str, Any]) -> str:
    member = document["member"]
    zone = _zone(document.get("time_zone", "UTC"))
    profile = [[label, _when(member.get(key), zone) if key == "enrolled_at" else member.get(key)]
               for label, key in (
        ("Member id", "id"), ("Name", "name"), ("Phone", "phone"), ("Email", "email"), ("Birthday", "birthday"),
        ("Tier", "tier"), ("Status", "status"), ("Enrolled", "enrolled_at"))]
    profile.append(["Points balance", f"{document['balance']:,}"])
    profile.append(["Marketing consent", "yes" if member["consents"]["marketing"] else "no"])
    profile.append(["Data processing consent", "yes" if member["consents"]["data_processing"] else "no"])
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>Your data held by the loyalty program</h1>",
        f"<p>Exported {escape(_when(document['exported_at'], zone) or '')} by {escape(document['exported_by'])}. "
        f"Times are the shop's local time ({escape(str(zone))}).</p>",
        "<h2>Profile</h2>", _table(["", ""], profile),
        "<h2>Consents given and withdrawn</h2>",
        _table(["When", "Consent", "Given", "How", "Recorded by"],
               [[_when(r["at"], zone), r["kind"], "given" if r["granted"] else "withdrawn", r["source"], r["actor"]]
                for r in document["consent_history"]]),
        "<h2>Cards</h2>",
        _table(["Number", "Status", "Issued"], [[c["number"], c["status"], _when(c["issued_at"], zone)] for c in document["cards"]]),
        "<h2>Points history</h2>",
        _table(["When", "Kind", "Points", "Reason", "Expires"],
               [[_when(e["at"], zone), e["kind"], f"{e['points']:+,}", e["reason"] or e["reward_id"],
                 _when(e["expires_at"], zone)]
                for e in document["ledger"]]),
        "<h2>Purchases and returns</h2>",
        _table(["When", "Receipt", "Kind", "Items", "Total", "Points earned", "Points spent"],
               [[_when(s["at"], zone), s["receipt_no"], s["kind"],
                 "; ".join(f"{line['quantity']} x {line['name']}" for line in s["lines"]),
                 _minor(s["total_minor"], s["currency"]), s["points_earned"], s["points_redeemed"]]
                for s in document["sales"]]),
        "</body></html>",
    ]
    return "".join(parts)


def render_member_data_pdf(document: dict[str, Any], out: Path) -> None:
    """Writes ``out`` directly: the caller renders into a temporary name and renames it."""
    ensure_gui_application()
    writer = QPdfWriter(str(out))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"Member data {document['member']['id']}")
    text = QTextDocument()
    text.setHtml(member_data_html(document))
    text.print_(writer)
