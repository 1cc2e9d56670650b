"""The GUI's translations stay whole: every text the code shows is in each
``resources/i18n/gui_<lang>.ts``, translated, with the same placeholders and
accelerators, and each ``.qm`` is exactly what its ``.ts`` compiles to.

Traditional Chinese is checked for characters Taiwan does not write: every ideograph
must be in Big5 (CP950, Taiwan's national character set; the Simplified forms are
not in it), and the few Simplified forms Big5 does hold, because they are also old
characters with another meaning (后 queen, 里 village, 干 shield...), are named below
with the character Taiwan writes instead. This needs no table downloaded at test
time and no new dependency; a handful of Mainland software words written in
Traditional characters are caught the same way.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from loyalty_pos.i18n import regenerate

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = regenerate.GUI_LANGUAGES

# Texts that read the same in a language on purpose, with the reason.
SAME_EVERYWHERE = {
    "PIN": "the word on every card terminal in all four languages",
    "&PIN": "the word on every card terminal in all four languages",
    "<b>loyalty-pos</b> {version}": "the program's name and its version number",
    "Enter  {action}": "the key's name, and an action translated on its own",
}
INTENDED_SAME = {
    "id": {
        "Back office": "Indonesian retail software keeps the English term (Moka, Pawoon, iReap)",
        "Back office — {manager}": "Indonesian retail software keeps the English term",
        "&Barcode": "the Indonesian word (KBBI: barcode, also 'kode batang', which cashiers do not say)",
        "&Bonus": "the Indonesian word", "Bonus": "the Indonesian word", "&Email": "the Indonesian word", "E&mail": "the Indonesian word",
        "Hash: {hash}": "the technical term, the same in Indonesian",
        "Logo": "the Indonesian word", "Program": "the Indonesian word", "Status": "the Indonesian word",
        "Subtotal": "the Indonesian word", "Total": "the Indonesian word", "Terminal": "the Indonesian word",
        "Terminal {terminal}": "the Indonesian word", "Transfer": "the Indonesian word (transfer poin)",
        "voucher": "what Indonesian shops print and say (KBBI's 'voucer' is not used at the till)",
        "Voucher": "what Indonesian shops print and say (KBBI's 'voucer' is not used at the till)",
        "Volume": "the Indonesian word (KBBI: volume)", "&Volume": "the Indonesian word (KBBI: volume)",
        "Vol. {percent} %": "the Indonesian word's abbreviation",
    },
    "zh_TW": {
        "name@example.com": "an example e-mail address: addresses are written in Latin letters",
        "https://chain.example.com": "an example web address: addresses are written in Latin letters",
    },
    "nb": {
        "&Bonus": "the Norwegian word", "Bonus": "the Norwegian word", "&Person": "the Norwegian word", "Person": "the Norwegian word",
        "Person: {actor}": "the Norwegian word", "Hash: {hash}": "the technical term, the same in Norwegian",
        "Logo": "the Norwegian word", "Problem": "the Norwegian word", "Program": "the Norwegian word",
        "Region": "the Norwegian word", "Start": "the Norwegian word", "Status": "the Norwegian word",
        "Terminal": "the Norwegian word",
        "Terminal {terminal}": "the Norwegian word",
    },
}
# Key names are printed on the keys, and a shortcut passed through tr() must stay a shortcut.
_KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift)\+)*(?:F\d{1,2}|Esc|Enter|Del|[A-Z])(?: / (?:F\d{1,2}|Esc|Enter))?$")
# Placeholders, markup, numbers and punctuation only: nothing there to translate.
_NOTHING_TO_TRANSLATE = re.compile(r"^(?:\{[^}]*\}|<[^>]+>|[\s\d+\-–—·:/()%.,])*$")

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n|L\d+)")
# An accelerator is "&" before a letter or digit; "&&" is a literal ampersand, "&amp;" markup.
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![a-z]+;)(\w)")

# Simplified forms Big5 holds as other old characters, and what Taiwan writes for them.
SIMPLIFIED_IN_BIG5 = {
    # Only characters a Taiwan UI text never needs in their own old sense: 准 (核准,
    # approve) or 谷 (valley) are Traditional words too and are not listed.
    "后": "後", "里": "裡", "干": "乾/幹", "几": "幾", "么": "麼", "于": "於", "范": "範",
}
# Mainland software vocabulary (in Traditional characters) and the Taiwan word.
MAINLAND_WORDS = {
    "打印": "列印", "默認": "預設", "軟件": "軟體", "用戶": "使用者", "設置": "設定", "網絡": "網路",
    "登錄": "登入", "賬戶": "帳戶", "數據": "資料", "菜單": "選單", "屏幕": "螢幕", "程序": "程式",
    "服務器": "伺服器", "導出": "匯出", "導入": "匯入", "信息": "資訊", "視頻": "影片", "質量": "品質",
}


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(I18N / f"gui_{language}.ts")
    return [(context.findtext("name") or "", message)
            for context in tree.iter("context") for message in context.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _pairs(language: str) -> list[tuple[str, str, str]]:
    return [(context, message.findtext("source") or "", text)
            for context, message in _messages(language) for text in _translations(message)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [(context, message.findtext("source")) for context, message in _messages(language)
                  if message.find("translation").get("type") is not None  # type: ignore[union-attr]
                  or not all(text.strip() for text in _translations(message))]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    broken = [(context, source, text) for context, source, text in _pairs(language)
              if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text))]
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_accelerator_and_line_breaks(language: str) -> None:
    broken = [(context, source, text) for context, source, text in _pairs(language)
              if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text))
              or source.count("\n") != text.count("\n")]
    assert broken == []


def test_chinese_accelerators_are_latin_letters_in_brackets() -> None:
    # A Chinese label gets its Alt key as "(&X)": an IME cannot type 名 with Alt.
    wrong = [(source, text) for _, source, text in _pairs("zh_TW")
             if _ACCELERATOR.search(source) and not re.search(r"\(&[A-Z0-9]\)", text)]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_equal_to_english_is_intended(language: str) -> None:
    intended = SAME_EVERYWHERE | INTENDED_SAME[language]
    same = sorted({source for _, source, text in _pairs(language)
                   if text == source and source not in intended
                   and not _KEYS.match(source) and not _NOTHING_TO_TRANSLATE.match(source)})
    assert same == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_intended_list_names_only_texts_that_exist(language: str) -> None:
    sources = {source for _, source, _ in _pairs(language)}
    assert sorted(set(INTENDED_SAME[language]) - sources) == []


def test_traditional_chinese_has_no_simplified_characters() -> None:
    found = []
    for _, source, text in _pairs("zh_TW"):
        for char in text:
            if not "\u2e80" <= char <= "\u9fff":
                continue
            try:
                char.encode("cp950")
            except UnicodeEncodeError:
                found.append((char, "not in Big5", text))
            if char in SIMPLIFIED_IN_BIG5:
                found.append((char, SIMPLIFIED_IN_BIG5[char], text))
        found += [(word, MAINLAND_WORDS[word], text) for word in MAINLAND_WORDS if word in text]
    assert found == []


def test_the_simplified_check_bites() -> None:
    # 设置 (set up, Simplified) and 打印 (print, the Mainland word) must both be refused.
    with pytest.raises(UnicodeEncodeError):
        "设".encode("cp950")
    assert "后".encode("cp950") and "后" in SIMPLIFIED_IN_BIG5
    assert "打印" in MAINLAND_WORDS


def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "gui_xx.ts"
    regenerate.update_ts([fresh])
    in_code = {(context.findtext("name"), message.findtext("source"))
               for context in ET.parse(fresh).iter("context") for message in context.iter("message")}
    for language in LANGUAGES:
        in_ts = {(context, message.findtext("source")) for context, message in _messages(language)}
        assert sorted(in_code - in_ts, key=str) == [], f"run python -m loyalty_pos.i18n.regenerate ({language})"
        assert sorted(in_ts - in_code, key=str) == [], f"run python -m loyalty_pos.i18n.regenerate ({language})"


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda path: path.name)
def test_each_qm_is_what_its_ts_compiles_to(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    regenerate.compile_qm(ts, compiled)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing: run python -m loyalty_pos.i18n.regenerate"
    assert shipped.read_bytes() == compiled.read_bytes(), f"{shipped.name} is stale: run the regenerate script"


def test_the_shipped_qm_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "gui_zh_TW.qm"))
    assert translator.translate("AboutBox", "About loyalty-pos") == "關於 loyalty-pos"


def test_the_wheel_ships_the_compiled_translations() -> None:
    import tomllib
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "loyalty_pos.assets.i18n" in table["packages"]
    assert "*.qm" in table["package-data"]["loyalty_pos.assets.i18n"]
    assert {f"gui_{language}.qm" for language in LANGUAGES} <= {qm.name for qm in I18N.glob("*.qm")}
