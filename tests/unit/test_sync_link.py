"""The rules read from the till's sync state, without a database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.derived_ids import (
    enrolment_bonus_id,
    inactivity_expiry_id,
    lot_expiry_id,
    uuid5,
)
from loyalty_pos.domain.sync_link import read_link
from loyalty_pos.services.shop.server_address import server_url_problem

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
REGISTERED = {"server_url": "https://chain.example", "terminal_token": "t"}


@pytest.mark.parametrize("url", ["https://chain.example", "https://10.0.0.5:8443/", "http://localhost:8000",
                                 "http://127.0.0.1:8000", "http://[::1]:8000"])
def test_accepted_server_addresses(url: str) -> None:
    assert server_url_problem(url) is None


@pytest.mark.parametrize("url", ["http://chain.example", "http://192.168.1.10:8000", "ftp://chain.example",
                                 "chain.example", "https://", "", "http://localhost.evil.example",
                                 "http://127.0.0.1.evil.example", "https://[::1", "https://chain.example:port"])
def test_refused_server_addresses(url: str) -> None:
    assert server_url_problem(url) is not None


def test_plain_http_is_refused_with_a_reason_a_manager_can_act_on() -> None:
    assert "https://" in (server_url_problem("http://chain.example") or "")


def test_offline_follows_the_last_sync() -> None:
    link = read_link(REGISTERED | {"last_sync_at": "2026-12-06T08:44:00Z"})
    assert link.offline(NOW, timedelta(minutes=15)) and not link.offline(NOW, timedelta(minutes=20))
    assert read_link(REGISTERED).offline(NOW, timedelta(minutes=15))  # never synced
    assert read_link(REGISTERED | {"last_sync_at": "garbled"}).offline(NOW, timedelta(minutes=15))


def test_an_unregistered_till_is_never_offline() -> None:
    assert not read_link({"last_sync_at": "2020-01-01T00:00:00Z"}).offline(NOW, timedelta(minutes=1))
    assert not read_link({"server_url": "https://chain.example"}).offline(NOW, timedelta(minutes=1))


def test_clock_warning_beyond_a_minute_either_way() -> None:
    assert not read_link({"clock_skew_ms": "60000"}).clock_off()
    assert read_link({"clock_skew_ms": "60001"}).clock_off() and read_link({"clock_skew_ms": "-61000"}).clock_off()
    assert not read_link({"clock_skew_ms": "x"}).clock_off()


def test_a_revoked_token_reads_as_disconnected() -> None:
    assert read_link(REGISTERED | {"last_error": "token_invalid: revoked"}).disconnected
    assert not read_link(REGISTERED | {"last_error": "connection refused"}).disconnected


def test_only_a_joined_till_authors_elsewhere() -> None:
    assert read_link({"chain_role": "joined"}).authoring_elsewhere
    assert not read_link({"chain_role": "head_office"}).authoring_elsewhere
    assert not read_link({}).authoring_elsewhere


@given(st.text(min_size=1, max_size=36), st.text(min_size=1, max_size=36))
def test_derived_ids_depend_on_every_input(member: str, other: str) -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    assert lot_expiry_id(member, "lot", at) == lot_expiry_id(member, "lot", at)
    if member != other:
        assert lot_expiry_id(member, "lot", at) != lot_expiry_id(other, "lot", at)
        assert enrolment_bonus_id(member, "c") != enrolment_bonus_id(other, "c")
    assert lot_expiry_id(member, "lot", at) != lot_expiry_id(member, "lot", at + timedelta(days=1))
    assert inactivity_expiry_id(member, at) != lot_expiry_id(member, "-", at)


@given(st.binary(min_size=16, max_size=16), st.text(max_size=80))
def test_the_domains_uuid5_is_rfc_4122s(namespace: bytes, name: str) -> None:
    assert uuid5(namespace, name) == str(uuid.uuid5(uuid.UUID(bytes=namespace), name))
