"""Vietnamese spelling checks: tell OCR debris from words, and mend debris from the text itself.

A Vietnamese syllable uses the Latin letters a-y without f, j, w, z (foreign names aside), the
letter đ, and diacritics only on vowels (circumflex, breve, horn; one tone mark). "ñ" or "ø"
in a header line is a scanning error, not a word.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.ingest.normalize import FOREIGN_LETTERS, fold, is_plausible_word, is_syllable
from pipeline.vocab import load_table


def is_vietnamese_word(word: str) -> bool:
    """True when `word` is spelt with the Vietnamese alphabet only: the ingest check for
    plausible text (letters, at most one tone), without the letters f, j, w and z."""
    return is_plausible_word(word) and not FOREIGN_LETTERS & set(word)


def is_vietnamese_syllable(word: str) -> bool:
    """True when `word` has the shape of a Vietnamese syllable (onset, vowels, final): "thường"
    and "Châp" do, the debris "aco", "ik" and "vra" does not."""
    return is_syllable(word)


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


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two short names: no library needed)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def mend_surname(name: str) -> str:
    """A person's name whose first word is scanning debris, read with a listed family name.

    A scan loses the capitals that open the name ("ạm Trường Thọ", "ran Đình Liệu": the word
    is the end of "Phạm", "Trần") or garbles them ("ấñng Văn Minh", "Zuyến Xuân Phúc",
    "Neuyén Thanh Binh"): the family name that ends with what is left, else the one at most two
    letters away, the more common on a tie. Stray marks before the name go ("š Zuyến ...").
    A name that opens with a capitalised Vietnamese word, or debris near no family name, stays.
    """
    words = name.split()
    while words and not any(c.isalpha() for c in words[0]):
        words = words[1:]
    if words:
        words[0] = words[0].lstrip("‘’'\"“”`´")
    if len(words) >= 4 and len(words[0]) == 1 and not is_vietnamese_word(words[0]):
        words = words[1:]  # a stray letter of the stamp: "š"
    first = words[0] if words else ""
    if len(words) < 3 or not first.isalpha():
        return name
    surnames = load_table("orthography")["surnames"]
    if first[0].isupper() and is_vietnamese_syllable(first):
        return name
    if is_vietnamese_word(first) and first.islower():
        # a word's end ("ạm", "ran"), but not the "ông" or "anh" before a whole name
        if first in load_table("orthography")["forms_of_address"]:
            return name
        found = _surname_ending(first, surnames)
    elif is_vietnamese_word(first):
        # letters of the alphabet that make no syllable: one letter off a family name
        # ("Neuyén"), not a name of the Central Highlands ("Kpă", "Ksor")
        near = [
            sn for sn in surnames if len(first) >= 4 and _edit_distance(fold(first), fold(sn)) <= 1
        ]
        found = near[0] if near else None
    else:
        found = _surname_ending(first, surnames) or _surname_ending(first[1:], surnames)
        if found is None:
            found = _nearest_surname(first, surnames)
    if found is None:
        return name
    surname = found.upper() if first.isupper() and len(first) > 1 else found
    return " ".join([surname, *words[1:]])


def _nearest_surname(debris: str, surnames: list[str]) -> str | None:
    """The family name at most two letters from `debris` (and nearer than its length)."""
    best: tuple[int, str] | None = None
    for surname in surnames:
        distance = _edit_distance(debris.casefold(), surname.casefold())
        if distance <= 2 and distance < len(debris) and (best is None or distance < best[0]):
            best = (distance, surname)
    return best[1] if best else None


def _surname_ending(tail: str, surnames: list[str]) -> str | None:
    """The one family name that `tail` ends, its first letters lost: with its marks, else
    without ("ạm" -> "Phạm", "ran" -> "Trần"); two letters at least, never a whole name, and
    None when several end alike ("ng": Hoàng, Đặng, Phùng ...)."""
    if len(tail) < 2 or not tail.islower():
        return None
    for key in (str.casefold, fold):
        end = key(tail)
        found = [sn for sn in surnames if key(sn).endswith(end) and len(key(sn)) > len(end)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


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
