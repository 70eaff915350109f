"""Vietnamese spelling checks: tell OCR debris from words, and mend debris from the text itself.

A Vietnamese syllable uses the Latin letters a-y without f, j, w, z (foreign names aside), the
letter đ, and diacritics only on vowels (circumflex, breve, horn; one tone mark). "ñ" or "ø"
in a header line is a scanning error, not a word.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.ingest.normalize import is_plausible_word

_FOREIGN_LETTERS = set("fjwzFJWZ")


def is_vietnamese_word(word: str) -> bool:
    """True when `word` is spelt with the Vietnamese alphabet only: the ingest check for
    plausible text (letters, at most one tone), without the letters f, j, w and z."""
    return is_plausible_word(word) and not _FOREIGN_LETTERS & set(word)


def _distance_one(a: str, b: str) -> bool:
    """Same length, exactly one substituted character."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def mend_words(phrase: str, text: str) -> str:
    """Replace each non-Vietnamese word of `phrase` by the one word of `text` (seen at least
    twice) that differs from it in one character; words with no such match stay as they are."""
    vocabulary = Counter(w for w in re.findall(r"\w+", text) if is_vietnamese_word(w))

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if is_vietnamese_word(word):
            return word
        candidates = {w for w, n in vocabulary.items() if n >= 2 and _distance_one(word, w)}
        return candidates.pop() if len(candidates) == 1 else word

    return re.sub(r"\w+", mend, phrase)
