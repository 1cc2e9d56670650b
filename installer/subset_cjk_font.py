"""Builds resources/fonts/NotoSansCJKtc-Subset.otf, the Traditional Chinese font the till ships.

Noto Sans CJK TC (SIL OFL 1.1) is 16 MB a weight; the till needs the characters Taiwanese
shops write names, products and receipts with. Big5's first level (0xA440-0xC67E, 5,401
characters) is the Ministry of Education's list of commonly used characters as Taiwan's
computers have encoded them since 1984, so it is the character list: it comes with
Python's ``big5`` codec, and nobody has to keep a second copy in step. To it: Big5's
symbols (0xA140-0xA3BF: punctuation, full-width forms, bopomofo), ASCII and Latin-1 (a
name mixing scripts keeps one look), CJK punctuation, bopomofo and the full-width forms
block. fontTools is a tool for this script only, not a dependency of the till:

    pip install fonttools
    sudo apt-get install fonts-noto-cjk      # the source: NotoSansCJK-Regular.ttc
    python installer/subset_cjk_font.py [--source PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FAMILY = "Noto Sans CJK TC"
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansCJKtc-Subset.otf"
# Big5 lead bytes of the level-1 characters and of the symbols before them; trail bytes.
_BIG5_LEADS = range(0xA1, 0xC7)
_BIG5_TRAILS = (*range(0x40, 0x7F), *range(0xA1, 0xFF))
_BLOCKS = (
    range(0x20, 0x7F),  # ASCII
    range(0xA0, 0x100),  # Latin-1
    range(0x2010, 0x2070),  # general punctuation: dashes, quotes, ellipsis
    range(0x3000, 0x3040),  # CJK symbols and punctuation
    range(0x3100, 0x3130),  # bopomofo
    range(0xFF01, 0xFFF0),  # half- and full-width forms
)


def big5_common() -> set[int]:
    """Big5's symbols and its level-1 (commonly used) characters."""
    found = set()
    for lead in _BIG5_LEADS:
        for trail in _BIG5_TRAILS:
            if (lead, trail) > (0xC6, 0x7E):
                return found  # level 2 (less common characters) starts at 0xC940
            try:
                found.add(ord(bytes((lead, trail)).decode("big5")))
            except UnicodeDecodeError:
                continue  # an unassigned code in the range
    return found


def characters() -> set[int]:
    return big5_common() | {code for block in _BLOCKS for code in block}


def build(source: Path, target: Path) -> int:
    collection = TTCollection(str(source))
    font = next(face for face in collection.fonts if face["name"].getDebugName(1) == FAMILY)
    options = subset.Options()
    options.layout_features = ["vert", "vrt2", "kern", "palt", "halt", "ccmp"]  # vertical forms, spacing
    options.name_IDs = ["*"]  # the copyright and licence notices travel with the font (OFL 2)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints add size and FreeType draws these well without them
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters()))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    size = build(args.source, args.target)
    print(f"{args.target}: {len(characters())} characters, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
