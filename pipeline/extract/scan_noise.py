"""Scanning noise in the fixed words of a header.

OCR of a scanned header misreads tone marks more than letters: "ỦY BAN NHÂN DẪN", "TÍNH QUẢNG
NGÃI", "ỦY BẠN NHÂN DÂN", "TỉNH", "TỎNG CỤC THUÊ". The words that open a header line come from a
closed list (heads of body names, ministries and departments, organs, locality kinds in
vocab/bodies.toml; staff units in vocab/layout.toml), so a line that spells one of
them with the right letters and wrong marks is put back to the listed spelling. The repair keeps
every character's offset (a folded letter stands for exactly one printed letter), so positions
found in the repaired text hold in the original.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.bodies import MOTTO
from pipeline.extract.orthography import fold
from pipeline.vocab import load_table

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(folded words, upper-case words) of every phrase that may open a header line, longest
    first. Single-word heads ("Sở", "Bộ") are left out: "SỐ" and "BỘ" fold alike."""
    table = load_table("bodies")
    named = [
        f"{head} {name}"
        for head, spec in table["heads"].items()
        if spec.get("named")
        for name in table["named"][spec["named"]]
    ]
    units = load_table("layout")["zones"]["unit_names"]
    phrases = [*named, *units, *table["heads"], *table["organs"], *table["locality_kinds"]]
    single = set(load_table("layout")["scan_repair_single_words"])
    out = {}
    for phrase in phrases:
        words = tuple(_WORD.findall(phrase.upper()))
        if len(words) > 1 or phrase in single:
            out[tuple(fold(w) for w in words)] = words
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


# Only the start of a line is mended: a head, then its kind ("ỦY BAN NHÂN DÂN TỈNH ...").
_MAX_WORDS = 12


def _mostly_caps(line: str) -> bool:
    """A header line in capitals, allowing a letter or two that OCR got in lower case."""
    letters = [ch for ch in line if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return len(letters) >= 4 and upper >= 0.8 * len(letters)


def _repair_line(line: str) -> str:
    # (the left column of a header flattened into rows: "TÍNH QUẢNG NGÃI      Độc lập - ...")
    column = re.split(r"[ \t]{3,}|\t", MOTTO.split(line)[0].strip())[0]
    words = [w for _, w in zip(range(_MAX_WORDS), _WORD.finditer(line), strict=False)]
    folded = [fold(w.group(0)) for w in words]
    out = list(line)
    i = 0
    while i < len(words):
        for key, spelling in _phrases():
            n = len(key)
            # A kind alone is a kind only before a name: "TỈNH QUẢNG NGÃI", not a lone "XÃ",
            # nor a heading that opens like one ("TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ...").
            lone = n == 1 and (len(folded) < i + 2 or (i == 0 and len(column.split()) > 6))
            if tuple(folded[i : i + n]) != key or lone:
                continue
            for word, fixed in zip(words[i : i + n], spelling, strict=True):
                if len(word.group(0)) == len(fixed):
                    out[word.start() : word.end()] = fixed
            i += n
            break
        else:
            break
    return "".join(out)


def repair_header(text: str, lines: int) -> str:
    """`text` with the fixed words of its first `lines` capitalised lines put back to their
    listed spelling; same length, same offsets."""
    head = text.split("\n", lines)
    for k, line in enumerate(head[:lines]):
        if _mostly_caps(MOTTO.split(line)[0]):
            head[k] = _repair_line(line)
    repaired = "\n".join(head)
    return repaired if len(repaired) == len(text) else text
