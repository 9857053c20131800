"""Write src/extract/traditional.txt, the traditional characters the clean text reads as simplified ones.

Run by hand when the table should change (it needs OpenCC, which the pipeline itself does not):

    pip install opencc && python tools/make_traditional.py

A character goes in when OpenCC's t2s turns it alone into one other character and simplified text never
uses it (it is outside GB2312): 萬 → 万, 縣 → 县, 寧 → 宁, but not 著 (著名) nor 乾 (乾坤). 於 and 後, inside
GB2312 but in simplified text only as surnames, are added by hand: in running text they are 于 and 后.
"""
from pathlib import Path

import opencc

RANGES = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)]
BY_HAND = {"於": "于", "後": "后"}
OUT = Path(__file__).resolve().parent.parent / "src" / "extract" / "traditional.txt"


def in_gb2312(ch: str) -> bool:
    """Whether simplified text uses a character: it is in GB2312."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def main() -> None:
    t2s = opencc.OpenCC("t2s")
    table = dict(BY_HAND)
    for low, high in RANGES:
        for ch in map(chr, range(low, high)):
            s = t2s.convert(ch)
            if not in_gb2312(ch) and len(s) == 1 and s != ch:
                table[ch] = s
    lines = [f"{t}{s}" for t, s in sorted(table.items())]
    OUT.write_text("# made by tools/make_traditional.py from OpenCC's t2s (Apache-2.0): traditional, simplified\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters -> {OUT}")


if __name__ == "__main__":
    main()
