"""No colour is named in gui/ outside the theme: a colour written into one widget is the one
that stays dark on a dark desktop palette, or white on white in high contrast.

Only string literals and code are read (comments and docstrings may say "red line").
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "loyalty_pos" / "gui"

# Files allowed to name colours, each with why.
ALLOWED = {
    "loyalty_pos/gui/widgets/theme.py": "the one place the themes' colours are named",
}

_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
_CSS_NAME = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-color)?|selection-(?:background-)?color)\s*:[^;\"'}]*"
    r"\b(?:white|black|red|green|blue|yellow|gray|grey|orange|navy|silver)\b", re.IGNORECASE)
_CODE = re.compile(r"Qt\.GlobalColor|Qt\.(?:white|black|red|green|blue|yellow|gray|darkGray|lightGray)\b"
                   r"|QColor\(\s*[\"']")


# From Python 3.12 an f-string is read as pieces, its text in FSTRING_MIDDLE tokens.
_STRINGS = {tokenize.STRING} | ({tokenize.FSTRING_MIDDLE} if hasattr(tokenize, "FSTRING_MIDDLE") else set())


def colour_literals(source: str) -> list[str]:
    """Each colour named in ``source``'s strings and code, as ``line: text``."""
    found = []
    docstring_next = True  # the module's first string, and a def's or class's, is prose
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in _STRINGS:
            if not docstring_next and (_HEX.search(token.string) or _CSS_NAME.search(token.string)):
                found.append(f"{token.start[0]}: {token.string}")
            docstring_next = False
        elif token.type == tokenize.NAME and token.string in ("def", "class"):
            docstring_next = False
        elif token.type == tokenize.OP and token.string == ":":
            docstring_next = True  # a def's or class's body may open with its docstring
        elif token.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT,
                                tokenize.COMMENT):
            docstring_next = False
    for number, line in enumerate(source.splitlines(), start=1):
        code = line.split("#", 1)[0] if "QColor(" not in line else line
        if _CODE.search(code):
            found.append(f"{number}: {line.strip()}")
    return found


def test_no_colour_is_named_in_the_gui_outside_the_theme() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED:
            continue
        found += [f"{relative}:{where}" for where in colour_literals(path.read_text(encoding="utf-8"))]
    assert not found, "colours named outside theme.py (take them from colours() or a theme property):\n" + \
        "\n".join(found)


@pytest.mark.parametrize("line", [
    'label.setStyleSheet("color: #b3261e; font-weight: bold;")',
    'label.setStyleSheet("background: white; border: 1px solid;")',
    '_RETIRED = QColor("#8c959f")',
    "item.setForeground(0, Qt.GlobalColor.gray)",
    "painter.setPen(Qt.gray)",
    "ISSUED = '#1f6feb'",
])
def test_each_way_of_naming_a_colour_is_caught(line: str) -> None:
    assert colour_literals(f"def f():\n    {line}\n")


@pytest.mark.parametrize("line", [
    '"""The red line under a field that needs fixing."""',
    "# a comment may say #ffffff",
    'label.setText(self.tr("Not saved: fix the fields marked in red."))',
    "QColor(colours().muted)",
    'label.setStyleSheet("border: 1px solid;")',
])
def test_prose_and_theme_colours_are_not_caught(line: str) -> None:
    assert not colour_literals(f"def f():\n    {line}\n")
