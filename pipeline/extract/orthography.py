"""Vietnamese spelling checks: tell OCR debris from words, and mend debris from the text itself.

A Vietnamese syllable uses the Latin letters a-y without f, j, w, z (foreign names aside), the
letter đ, and diacritics only on vowels (circumflex, breve, horn; one tone mark). "ñ" or "ø"
in a header line is a scanning error, not a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from pipeline.ingest.normalize import is_plausible_word
from pipeline.vocab import load_table

_FOREIGN_LETTERS = set("fjwzFJWZ")


def is_vietnamese_word(word: str) -> bool:
    """True when `word` is spelt with the Vietnamese alphabet only: the ingest check for
    plausible text (letters, at most one tone), without the letters f, j, w and z."""
    return is_plausible_word(word) and not _FOREIGN_LETTERS & set(word)


@cache
def _syllable() -> re.Pattern[str]:
    table = load_table("orthography")

    def alt(items: list[str]) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    return re.compile(
        f"(?:{alt(table['onsets'])})?(?:{alt(table['nuclei'])})(?:{alt(table['codas'])})?"
    )


def is_vietnamese_syllable(word: str) -> bool:
    """True when `word` has the shape of a Vietnamese syllable (onset, vowels, final): "thường"
    and "Châp" do, the debris "aco", "ik" and "vra" does not."""
    return is_vietnamese_word(word) and _syllable().fullmatch(fold(word)) is not None


def _distance_one(a: str, b: str) -> bool:
    """Same length, exactly one substituted character."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def mend_words(phrase: str, text: str) -> str:
    """Replace each non-Vietnamese word of `phrase` by the one word of `text` (seen at least
    twice) that differs from it in one character; words with no such match stay as they are.
    Codes are not words: "TW" in "36-KL/TW" or a short capitalised abbreviation stays."""
    vocabulary = Counter(w for w in re.findall(r"\w+", text) if is_vietnamese_word(w))

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if is_vietnamese_word(word) or (word.isupper() and len(word) <= 5):
            return word
        if phrase[m.start() - 1 : m.start()] in ("/", "-") or phrase[m.end() : m.end() + 1] in (
            "/",
            "-",
        ):
            return word
        candidates = {w for w, n in vocabulary.items() if n >= 2 and _distance_one(word, w)}
        return candidates.pop() if len(candidates) == 1 else word

    return re.sub(r"\w+", mend, phrase)


def fold(text: str) -> str:
    """Lower case without tone marks or diacritics (for OCR-tolerant comparisons)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two short names: no library needed)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def mend_surname(name: str) -> str:
    """A person's name whose first word is scanning debris, read with the nearest listed family
    name ("ấñng Văn Minh" -> "Đặng Văn Minh"): at most two letters apart, the more common name
    on a tie. A name spelt with the Vietnamese alphabet, or debris near no family name, stays."""
    words = name.split()
    if len(words) < 3 or is_vietnamese_word(words[0]) or not words[0].isalpha():
        return name
    debris = words[0].casefold()
    best: tuple[int, str] | None = None
    for surname in load_table("orthography")["surnames"]:
        distance = _edit_distance(debris, surname.casefold())
        if distance <= 2 and distance < len(debris) and (best is None or distance < best[0]):
            best = (distance, surname)
    if best is None:
        return name
    surname = best[1].upper() if words[0].isupper() else best[1]
    return " ".join([surname, *words[1:]])


def misspelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name, one of them scanned badly: the same words once marks are
    dropped, but for one letter in a name of eight letters or more ('QUANG NGAÀI' ~ 'Quảng Ngãi';
    'Hà Nam' and 'Hà Nội' stay apart)."""
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 8 or fa.count(" ") != fb.count(" "):
        return False
    return _edit_distance(fa, fb) <= 1
