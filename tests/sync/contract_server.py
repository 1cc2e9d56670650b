"""An in-process fake of the chain server, written from docs/SYNC_PROTOCOL.md only.

It speaks the contract over an ``httpx.MockTransport``: enrolment codes, bearer tokens,
idempotent atomic push, paged pull in ``seq`` order. The till's sync scenarios run
against it; at merge the same scenarios take the real server's transport instead.
Faults a network gives are switches on the server: ``down`` (connection refused), and
``lose_next_answers`` (the request is processed, then the answer is lost).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

MAX_EVENTS = 1_000
MAX_BODY = 2 * 1024 * 1024


@dataclass
class Terminal:
    terminal_id: str
    name: str
    shop_id: str
    head_office: bool = False
    token_hash: str | None = None
    revoked: bool = False
    chain_head: dict[str, Any] | None = None


@dataclass
class ContractServer:
    shop_id: str = "chain-shop"
    now: datetime = field(default_factory=lambda: datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    terminals: dict[str, Terminal] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # code -> terminal_id
    events: list[dict[str, Any]] = field(default_factory=list)  # with seq and origin_terminal
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    down: bool = False
    lose_next_answers: int = 0
    requests: int = 0
    publications: list[dict[str, Any]] = field(default_factory=list)  # head office's, version n at n - 1

    # -- the server's own commands (serve add-terminal / revoke-terminal) --
    def add_terminal(self, name: str, *, head_office: bool = False) -> str:
        terminal_id = f"T{len(self.terminals) + 1:03d}"
        self.terminals[terminal_id] = Terminal(terminal_id, name, self.shop_id, head_office)
        code = secrets.token_hex(6).upper()
        self.codes[code] = terminal_id
        return code

    def revoke(self, name: str) -> None:
        for terminal in self.terminals.values():
            if terminal.name == name:
                terminal.revoked = True

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    # -- HTTP --
    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        response = self._route(request)
        if self.lose_next_answers > 0:
            self.lose_next_answers -= 1
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path == "/v1/health":
            return self._json(200, {"status": "ok", "version": "fake", "server_time": self._time()})
        if request.method == "POST" and path == "/v1/terminals/enrol":
            return self._enrol(request)
        terminal = self._authenticate(request)
        if terminal is None:
            return self._error(401, "token_invalid", "The token is unknown or revoked.")
        if request.method == "POST" and path == "/v1/push":
            return self._push(request, terminal)
        if request.method == "GET" and path == "/v1/pull":
            return self._pull(request, terminal)
        if request.method == "PUT" and path == "/v1/published":
            return self._publish(request, terminal)
        if request.method == "GET" and path == "/v1/published":
            if not self.publications:
                return self._error(404, "not_published", "Head office has not published the shop yet.")
            newer = len(self.publications) > int(request.url.params.get("known", "0"))
            return self._json(200, {"version": len(self.publications), "published_at": self._time(),
                                    "document": self.publications[-1] if newer else None,
                                    "server_time": self._time()})
        if request.method == "GET" and path.startswith("/v1/members/") and path.endswith("/balance"):
            return self._balance(path.split("/")[3])
        return self._error(404, "not_found", "No such endpoint.")

    def _time(self) -> str:
        return self.now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.now.microsecond // 1000:03d}Z"

    @staticmethod
    def _json(status: int, body: dict[str, Any]) -> httpx.Response:
        return httpx.Response(status, json=body)

    def _error(self, status: int, code: str, detail: str) -> httpx.Response:
        return self._json(status, {"error": code, "detail": detail})

    def _body(self, request: httpx.Request) -> Any:
        if len(request.content) > MAX_BODY:
            return None
        try:
            return json.loads(request.content)
        except ValueError:
            return None

    def _enrol(self, request: httpx.Request) -> httpx.Response:
        body = self._body(request)
        if not isinstance(body, dict) or not isinstance(body.get("code"), str):
            return self._error(422, "invalid_body", "An enrolment names its code.")
        terminal_id = self.codes.pop(body["code"], None)
        if terminal_id is None:
            return self._error(403, "code_invalid", "The enrolment code is unknown, used or expired.")
        token = secrets.token_urlsafe(32)
        self.terminals[terminal_id].token_hash = hashlib.sha256(token.encode()).hexdigest()
        return self._json(200, {"terminal_id": terminal_id, "token": token, "shop_id": self.shop_id,
                                "server_time": self._time(), "head_office": self.terminals[terminal_id].head_office})

    def _authenticate(self, request: httpx.Request) -> Terminal | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return None
        digest = hashlib.sha256(header[7:].encode()).hexdigest()
        return next((t for t in self.terminals.values() if t.token_hash == digest and not t.revoked), None)

    def _push(self, request: httpx.Request, terminal: Terminal) -> httpx.Response:
        if len(request.content) > MAX_BODY:
            return self._error(413, "batch_too_large", "At most 2 MiB a request.")
        body = self._body(request)
        if not isinstance(body, dict) or not isinstance(body.get("events"), list):
            return self._error(422, "invalid_body", "A push holds a list of events.")
        if len(body["events"]) > MAX_EVENTS:
            return self._error(413, "batch_too_large", "At most 1,000 events a request.")
        fresh, duplicates = [], 0
        for event in body["events"]:
            if not isinstance(event, dict) or not all(isinstance(event.get(name), str) for name in
                                                      ("event_id", "kind", "key", "at", "hlc")):
                return self._error(422, "invalid_body", "An event has an id, kind, key, time and hlc.")
            known = self.by_id.get(event["event_id"])
            if known is not None:
                if {k: v for k, v in known.items() if k not in ("seq", "origin_terminal")} != event:
                    return self._error(409, "event_conflict", "An event id was sent again with another body.")
                duplicates += 1
            else:
                fresh.append(event)
        for event in fresh:  # all of the batch or none: nothing above stored anything
            stored = {**event, "seq": len(self.events) + 1, "origin_terminal": terminal.terminal_id}
            self.events.append(stored)
            self.by_id[event["event_id"]] = stored
        terminal.chain_head = body.get("chain_head")
        return self._json(200, {"accepted": len(fresh), "duplicates": duplicates, "server_time": self._time()})

    def _publish(self, request: httpx.Request, terminal: Terminal) -> httpx.Response:
        if not terminal.head_office:
            return self._error(403, "not_head_office", "Head office publishes the shop.")
        body = self._body(request)
        if not isinstance(body, dict) or set(body) != {"document"} or not isinstance(body["document"], dict):
            return self._error(422, "invalid_body", "A publication is {\"document\": ...}.")
        if not self.publications or self.publications[-1] != body["document"]:
            self.publications.append(body["document"])
        return self._json(200, {"version": len(self.publications), "server_time": self._time()})

    def _pull(self, request: httpx.Request, terminal: Terminal) -> httpx.Response:
        try:
            since = int(request.url.params.get("since", "0"))
            limit = int(request.url.params.get("limit", "1000"))
        except ValueError:
            return self._error(422, "invalid_query", "since and limit are whole numbers.")
        if not 1 <= limit <= 5000 or since < 0:
            return self._error(422, "invalid_query", "limit is 1..5000.")
        page = self.events[since:since + limit]  # seq n is at index n - 1
        next_cursor = page[-1]["seq"] if page else since
        return self._json(200, {"events": page, "next_cursor": next_cursor,
                                "more": next_cursor < len(self.events), "server_time": self._time()})

    def _balance(self, member_id: str) -> httpx.Response:
        entries = {e["payload"]["id"]: e["payload"]["points"] for e in self.events  # the union, by entry id
                   if e["kind"] == "ledger_entry" and e["payload"]["member_id"] == member_id}
        return self._json(200, {"member_id": member_id, "balance": sum(entries.values()), "entries": len(entries)})

    def balance(self, member_id: str) -> int:
        return json.loads(self._balance(member_id).content)["balance"]
