"""The till's HTTP client for the chain server (docs/SYNC_PROTOCOL.md).

Retries what a network does to a request (refused connection, timeout, 502/503/504)
with exponential backoff and full jitter, so a dozen tills coming back online after an
outage do not hit the server in step; anything else is an answer and is not retried.
A push retried after a lost answer carries the same events, which the server counts as
duplicates: retrying is always safe.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx

from loyalty_pos.services.shop.server_address import NO_HOST, server_url_problem
from loyalty_pos.sync.errors import (
    BadCertificate,
    Disconnected,
    InsecureUrl,
    Refused,
    ServerUnreachable,
    SyncError,
)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
ATTEMPTS = 4
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 8.0
_RETRIED_STATUSES = frozenset({502, 503, 504})
DISCONNECTED_MESSAGE = Disconnected.template
# server_address's two sentences, each a whole refusal of its own (a translation words all of it).
_NO_HOST_REFUSED = (
    "The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})")
_PLAIN_HTTP_REFUSED = (
    "Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})")


def check_url(url: str) -> str:
    """``url`` without a trailing slash, or InsecureUrl: tokens never cross a network in clear text."""
    problem = server_url_problem(url)
    if problem is not None:
        raise InsecureUrl(template=_NO_HOST_REFUSED if problem == NO_HOST else _PLAIN_HTTP_REFUSED,
                          problem=problem, url=url)
    return url.strip().rstrip("/")


# The transport a client uses when none is given (None: httpx's own, the network). Only
# tests set it, to run the command line against the in-process contract server.
default_transport: httpx.BaseTransport | None = None


def pause(seconds: float) -> None:
    """Between attempts; looked up at each call so tests can take the waiting out."""
    time.sleep(seconds)


def backoff_delay(attempt: int, rng: random.Random) -> float:
    """Full jitter: uniform over [0, min(cap, base * 2**attempt)]."""
    return rng.uniform(0.0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** attempt))


class SyncClient:
    def __init__(self, base_url: str, token: str | None = None, *, transport: httpx.BaseTransport | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, attempts: int = ATTEMPTS,
                 sleep: Callable[[float], None] | None = None, rng: random.Random | None = None) -> None:
        self.base_url = check_url(base_url)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout,
                                  transport=transport or default_transport)
        self._attempts = attempts
        self._sleep = sleep
        self._rng = rng or random.Random()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/v1/health")

    def enrol(self, code: str, terminal_name: str, app_version: str) -> dict[str, Any]:
        return self._request("POST", "/v1/terminals/enrol",
                             json={"code": code, "terminal_name": terminal_name, "app_version": app_version})

    def push(self, batch_id: str, events: list[dict[str, Any]], chain_head: dict[str, Any] | None) -> dict[str, Any]:
        return self._request("POST", "/v1/push", json={"batch_id": batch_id, "events": events,
                                                       "chain_head": chain_head})

    def pull(self, since: int, limit: int, snapshot: int = 0) -> dict[str, Any]:
        params = {"since": since, "limit": limit}
        if snapshot > since:  # only then does it leave anything out; older servers never see it
            params["snapshot"] = snapshot
        return self._request("GET", "/v1/pull", params=params)

    def snapshot(self, after: str, limit: int) -> dict[str, Any]:
        # Columns (docs/SYNC_PROTOCOL.md, "Snapshot"); a server from before them ignores
        # the parameter and sends its members list, which the till still reads.
        return self._request("GET", "/v1/snapshot", params={"after": after, "limit": limit, "shape": "columns"})

    def publish(self, document: dict[str, Any]) -> dict[str, Any]:
        return self._request("PUT", "/v1/published", json={"document": document})

    def published(self, known: int = 0) -> dict[str, Any]:
        return self._request("GET", "/v1/published", params={"known": known})

    def lease_codes(self, rewards: dict[str, int]) -> dict[str, Any]:
        return self._request("POST", "/v1/partner-codes/lease", json={"rewards": rewards})

    def _request(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        for attempt in range(self._attempts):
            last = attempt == self._attempts - 1
            try:
                response = self._http.request(method, path, **options)
            except httpx.ConnectError as error:
                if _certificate_problem(error):
                    raise BadCertificate(template="The server's certificate was not accepted ({url}): {reason}",
                                         url=self.base_url, reason=_reason(error)) from error
                if last:
                    raise ServerUnreachable(template="The chain server cannot be reached ({url}).",
                                            url=self.base_url) from error
            except httpx.TimeoutException as error:
                if last:
                    raise ServerUnreachable(template="The chain server did not answer in time ({url}).",
                                            url=self.base_url) from error
            except httpx.TransportError as error:
                if last:
                    # The transport's own words: httpx names the failure, nothing in the catalogue can.
                    raise ServerUnreachable(template="The connection to the chain server failed: {reason}",
                                            reason=str(error)) from error
            else:
                if response.status_code not in _RETRIED_STATUSES or last:
                    return _answer(response)
            (self._sleep or pause)(backoff_delay(attempt, self._rng))
        raise AssertionError("unreachable: the last attempt returns or raises")


def _certificate_problem(error: httpx.ConnectError) -> bool:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


def _reason(error: BaseException) -> str:
    return str(error).split("] ")[-1] or type(error).__name__


def _answer(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.is_success and isinstance(body, dict):
        return body
    code = body.get("error") if isinstance(body, dict) else None
    detail = body.get("detail") if isinstance(body, dict) else None
    if response.status_code == 401:
        raise Disconnected()
    if response.status_code in _RETRIED_STATUSES:
        raise ServerUnreachable(template="The chain server is unavailable (HTTP {status}); try again later.",
                                status=str(response.status_code))
    if response.is_success:
        raise SyncError(template="The chain server answered something that is not the protocol (HTTP {status}).",
                        status=str(response.status_code))
    # The server's detail is its own sentence (English, for whoever reads its log too); the
    # till's part of the sentence is the catalogue's.
    raise Refused(template="The chain server refused the request: {detail}",
                  detail=str(detail or code or f"HTTP {response.status_code}"),
                  code=str(code or f"http_{response.status_code}"))
