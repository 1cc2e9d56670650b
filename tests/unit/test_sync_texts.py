"""Sync errors read in the till's or the CLI's language (issue #23 part 2): raised, as a
round's sentence, and as the English ``last_error`` a till stored (this release or earlier)."""

from __future__ import annotations

import pytest

from loyalty_pos.i18n.catalogue import MESSAGES, error_key, placeholders, text
from loyalty_pos.i18n.sync_texts import (
    _wordings,
    last_error_text,
    sync_error_text,
    sync_message_text,
)
from loyalty_pos.sync.errors import Refused, ServerUnreachable, SyncError
from loyalty_pos.sync.till_link import RegistrationRefused

SAMPLE = {"url": "https://chain.example:8443", "reason": "[Errno 111] Connection refused", "status": "503",
          "problem": "members.0.id: field required", "detail": "Unknown enrolment code", "after": "M001",
          "asked": "M009"}


def _errors() -> list[SyncError]:
    return [SyncError(template=MESSAGES[key], code=key.split(".")[1],
                      **{name: SAMPLE[name] for name in placeholders(MESSAGES[key])})
            for key, _pattern, _quoted in _wordings()]


def test_every_sync_wording_is_found_raised_and_read_back_from_its_stored_english() -> None:
    errors = _errors()
    assert len(errors) == 22
    for error in errors:
        norwegian = sync_error_text(error, "nb")
        assert norwegian != error.message, error.template
        assert sync_message_text(error.message, "nb") == norwegian
        assert last_error_text(f"{error.code}: {error.message}", "nb") == norwegian


def test_every_sync_wording_is_a_variant_of_the_registration_refusal_too() -> None:
    for error in _errors():
        refused = RegistrationRefused(error)
        assert error_key(refused) is not None, error.template
        assert refused.message == error.message


def test_the_servers_refusal_reads_in_the_language_with_the_servers_own_words() -> None:
    refused = Refused(template="The chain server refused the request: {detail}", detail="Unknown enrolment code",
                      code="code_invalid")
    assert sync_error_text(refused, "id") == "Server jaringan menolak permintaan: Unknown enrolment code"
    assert refused.code == "code_invalid"


@pytest.mark.parametrize("stored", [
    "",  # never failed
    "token_invalid: revoked",  # another release's wording: shown as stored
    "conflict: The member changed meanwhile",  # a store refusal, not a sync one
])
def test_a_last_error_the_catalogue_has_no_sync_wording_for_is_shown_as_stored(stored: str) -> None:
    assert last_error_text(stored, "nb") == stored


def test_a_quoted_value_is_read_back_without_its_quotes() -> None:
    error = SyncError(template="{problem} (not {url!r})", code="insecure_url", problem="Use https://",
                      url="http://chain.example")
    assert last_error_text(f"insecure_url: {error.message}", "zh_TW") == text(
        "error.insecure_url", "zh_TW", problem="Use https://", url="http://chain.example")


def test_an_unreachable_server_reads_in_indonesian() -> None:
    error = ServerUnreachable(template="The chain server cannot be reached ({url}).", url="https://chain.example")
    assert sync_error_text(error, "id") == "Server jaringan tidak dapat dihubungi (https://chain.example)."
    assert str(error) == "The chain server cannot be reached (https://chain.example)."
