"""The real chain server (FastAPI on PostgreSQL, on a loopback port) behind the same face
as the contract server, so the till's scenarios run against both unchanged.

The tills keep talking to ``https://chain.example``: the transport sends each request to
the API's loopback port instead. The network's faults are made here, around real HTTP:
``down`` refuses before anything is sent; ``lose_next_answers`` lets the server process
the request and commit, then drops its answer, as a cut connection would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import sqlalchemy as sa

from loyalty_pos.sync.server import queries, terminals
from loyalty_pos.sync.server import tables as t


class _ToLoopback(httpx.HTTPTransport):
    def __init__(self, server: RealServer) -> None:
        super().__init__()
        self._server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        server = self._server
        server.requests += 1
        if server.down:
            raise httpx.ConnectError("connection refused", request=request)
        api = httpx.URL(server.base)
        request.url = request.url.copy_with(scheme=api.scheme, host=api.host, port=api.port)
        response = super().handle_request(request)
        if server.lose_next_answers > 0:
            server.lose_next_answers -= 1
            response.read()
            response.close()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


@dataclass
class RealServer:
    base: str  # http://127.0.0.1:PORT of the API thread
    engine: sa.engine.Engine
    shop_id: str = "main"
    down: bool = False
    lose_next_answers: int = 0
    requests: int = 0
    _transports: list[httpx.HTTPTransport] = field(default_factory=list, repr=False)

    def add_terminal(self, name: str, *, head_office: bool = False) -> str:
        return terminals.add_terminal(self.engine, name, shop_id=self.shop_id, head_office=head_office).code

    def revoke(self, name: str) -> None:
        terminals.revoke_terminal(self.engine, name)

    def transport(self) -> httpx.BaseTransport:
        made = _ToLoopback(self)
        self._transports.append(made)
        return made

    @property
    def events(self) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(t.events.c.event_id, t.events.c.kind, t.events.c.seq)
                                      .order_by(t.events.c.seq))
            return [row._asdict() for row in rows]

    def balance(self, member_id: str) -> int:
        with self.engine.connect() as connection:
            return queries.balance(connection, member_id)[0]

    def close(self) -> None:
        for made in self._transports:
            made.close()
