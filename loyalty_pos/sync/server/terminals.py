"""Terminals: created by an operator with a one-time code, enrolled for a token, revoked.

Codes and tokens are stored only as their SHA-256: a copy of the database lets nobody
enrol a till or act as one. A code is 12 characters of an alphabet without look-alikes
(no 0/O, 1/I/L), read aloud or typed at a till.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.errors import AdminRefused, CodeInvalid, TokenInvalid

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
CODE_LIFETIME = timedelta(hours=24)
DEFAULT_SHOP = "main"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    # Typed at a till: spaces, dashes and lower case are forgiven.
    return re.sub(r"[\s-]", "", code).upper()


@dataclass(frozen=True, slots=True)
class Terminal:
    terminal_id: str
    name: str
    shop_id: str
    head_office: bool


@dataclass(frozen=True, slots=True)
class NewCode:
    terminal: Terminal
    code: str
    expires_at: datetime


def _next_terminal_id(connection: sa.engine.Connection) -> str:
    ids = connection.execute(sa.select(t.terminals.c.terminal_id)).scalars().all()
    numbers = [int(value[1:]) for value in ids if value[1:].isdigit()]
    return f"T{max(numbers, default=0) + 1:03d}"


def add_terminal(engine: sa.engine.Engine, name: str, *, shop_id: str | None = None, head_office: bool = False,
                 now: datetime | None = None) -> NewCode:
    if not _NAME.match(name):
        raise AdminRefused("a terminal's name is 1-64 letters, digits, spaces, dots, dashes or underscores")
    shop = shop_id or DEFAULT_SHOP
    if not re.match(r"^[A-Za-z0-9._-]{1,64}$", shop):
        raise AdminRefused("a shop id is 1-64 letters, digits, dots, dashes or underscores")
    now = now or datetime.now(UTC)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    with engine.begin() as connection:
        if connection.execute(sa.select(t.terminals.c.terminal_id).where(t.terminals.c.name == name)).first():
            raise AdminRefused(f"there is already a terminal called {name!r} (list-terminals shows them)")
        terminal = Terminal(_next_terminal_id(connection), name, shop, head_office)
        connection.execute(t.terminals.insert().values(
            terminal_id=terminal.terminal_id, name=name, shop_id=shop, head_office=head_office, created_at=now))
        connection.execute(t.enrolment_codes.insert().values(
            code_hash=digest(code), terminal_id=terminal.terminal_id, expires_at=now + CODE_LIFETIME))
    return NewCode(terminal, code, now + CODE_LIFETIME)


def revoke_terminal(engine: sa.engine.Engine, name: str, *, now: datetime | None = None) -> Terminal:
    now = now or datetime.now(UTC)
    with engine.begin() as connection:
        row = connection.execute(sa.select(t.terminals).where(t.terminals.c.name == name)).first()
        if row is None:
            raise AdminRefused(f"no terminal is called {name!r} (list-terminals shows them)")
        connection.execute(t.terminals.update().where(t.terminals.c.terminal_id == row.terminal_id)
                           .values(revoked_at=now))
        connection.execute(t.tokens.delete().where(t.tokens.c.terminal_id == row.terminal_id))
        connection.execute(t.enrolment_codes.update().where(t.enrolment_codes.c.terminal_id == row.terminal_id,
                                                            t.enrolment_codes.c.used_at.is_(None))
                           .values(used_at=now))
    return Terminal(row.terminal_id, row.name, row.shop_id, row.head_office)


def list_terminals(engine: sa.engine.Engine) -> list[sa.Row]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(t.terminals).order_by(t.terminals.c.terminal_id)))


def enrol(connection: sa.engine.Connection, code: str, app_version: str, now: datetime) -> tuple[Terminal, str]:
    """Exchange a code for a token, once: the code is spent in the same statement that checks it."""
    code_hash = digest(normalise_code(code))
    spent = connection.execute(
        t.enrolment_codes.update()
        .where(t.enrolment_codes.c.code_hash == code_hash, t.enrolment_codes.c.used_at.is_(None),
               t.enrolment_codes.c.expires_at > now)
        .values(used_at=now)
        .returning(t.enrolment_codes.c.terminal_id)
    ).first()
    if spent is None:
        raise CodeInvalid("the enrolment code is unknown, used or expired: ask for a new one (serve add-terminal)")
    row = connection.execute(sa.select(t.terminals).where(t.terminals.c.terminal_id == spent.terminal_id,
                                                          t.terminals.c.revoked_at.is_(None))).first()
    if row is None:
        raise CodeInvalid("the enrolment code's terminal was revoked: ask for a new one (serve add-terminal)")
    token = secrets.token_urlsafe(32)
    connection.execute(t.tokens.insert().values(token_hash=digest(token), terminal_id=row.terminal_id, created_at=now))
    connection.execute(t.terminals.update().where(t.terminals.c.terminal_id == row.terminal_id)
                       .values(enrolled_at=now, app_version=app_version))
    return Terminal(row.terminal_id, row.name, row.shop_id, row.head_office), token


def authenticate(connection: sa.engine.Connection, authorization: str | None) -> Terminal:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenInvalid("send the terminal's token as 'Authorization: Bearer <token>'")
    row = connection.execute(
        sa.select(t.terminals).join(t.tokens, t.tokens.c.terminal_id == t.terminals.c.terminal_id)
        .where(t.tokens.c.token_hash == digest(token.strip()), t.terminals.c.revoked_at.is_(None))
    ).first()
    if row is None:
        raise TokenInvalid("the token is unknown or its terminal was revoked: enrol the till again")
    return Terminal(row.terminal_id, row.name, row.shop_id, row.head_office)
