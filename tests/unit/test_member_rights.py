"""Which member fields a cashier may not change alone (no database)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.member_rights import MemberDetails, fields_needing_a_manager

ADA = MemberDetails("Ada Lovelace", "+4798765432", "ada@example.com", date(1990, 12, 10))
BLANK = MemberDetails("Ada Lovelace", None, None, None)

texts = st.one_of(st.none(), st.text(min_size=1, max_size=12))


@given(texts, texts, st.one_of(st.none(), st.dates()))
def test_adding_what_is_missing_never_needs_a_manager(phone: str | None, email: str | None,
                                                      birthday: date | None) -> None:
    assert fields_needing_a_manager(BLANK, MemberDetails(BLANK.name, phone, email, birthday)) == ()


@given(texts)
def test_changing_or_removing_a_phone_on_record_needs_a_manager(phone: str | None) -> None:
    after = MemberDetails(ADA.name, phone, ADA.email, ADA.birthday)
    assert fields_needing_a_manager(ADA, after) == (() if phone == ADA.phone else ("phone",))


def test_a_typo_in_the_name_is_the_cashiers_to_fix_a_new_name_is_not() -> None:
    for fixed in ("Ada Lovlace", "ada lovelace", "Ada  Lovelace", "Ada Lovealce", "Adda Lovelacee"):
        assert fields_needing_a_manager(MemberDetails(fixed, None, None, None), BLANK) == (), fixed
    for renamed in ("Bo Ek", "Ada Byron", "Ada"):
        assert fields_needing_a_manager(BLANK, MemberDetails(renamed, None, None, None)) == ("name",), renamed
