"""underthesea word segmentation, POS and NER as spaCy spans with exact character offsets.

underthesea returns strings, not offsets, and is far faster sentence by sentence than on a
whole document. So: split the text into sentences ourselves (lines, then ". " boundaries),
run underthesea per sentence, and align each returned word back to the text by searching
forward from the previous word's end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.symbols import PARTY_SYMBOL, STATE_SYMBOL

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?;:](?=\s)|$)", re.MULTILINE)
_MAX_SENTENCE = 600


@dataclass(frozen=True)
class WordSpan:
    """A segmented word with its POS tag and NER label, and its character span."""

    start: int
    end: int
    text: str
    pos: str
    ner: str


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs covering the text's non-blank content."""
    for m in _SENTENCE.finditer(text):
        chunk = m.group(0)
        if not chunk.strip():
            continue
        for i in range(0, len(chunk), _MAX_SENTENCE):
            yield m.start() + i, chunk[i : i + _MAX_SENTENCE]


def _fixed_words(sentence: str) -> list[str]:
    """Symbols underthesea would split ("06-CT/TU"), passed to it as fixed words."""
    return [m.group(0) for p in (PARTY_SYMBOL, STATE_SYMBOL) for m in p.finditer(sentence)]


def _align(sentence: str, offset: int, words: list[str]) -> Iterator[tuple[int, int, int]]:
    """Yield (index, start, end) for each word found in order in the sentence."""
    pos = 0
    for i, word in enumerate(words):
        at = sentence.find(word, pos)
        if at < 0:
            # underthesea may normalise spacing inside a word; match its syllables loosely.
            pattern = r"\s+".join(re.escape(part) for part in word.split())
            m = re.compile(pattern).search(sentence, pos) if pattern else None
            if not m:
                continue
            at, end = m.start(), m.end()
        else:
            end = at + len(word)
        pos = end
        yield i, offset + at, offset + end


def analyse(text: str, with_ner: bool = True) -> list[WordSpan]:
    """Segment, POS-tag and (optionally) NER-tag `text`, sentence by sentence."""
    from underthesea import ner, pos_tag

    out: list[WordSpan] = []
    for offset, sentence in sentences(text):
        fixed = _fixed_words(sentence)
        if with_ner:
            tagged = [(w, p, n) for w, p, _chunk, n in ner(sentence)]
        else:
            tagged = [(w, p, "O") for w, p in pos_tag(sentence)]
        if fixed:
            tagged = _merge_fixed(tagged, fixed)
        for i, start, end in _align(sentence, offset, [w for w, _, _ in tagged]):
            word, pos, label = tagged[i]
            out.append(WordSpan(start, end, text[start:end], pos, label))
    return out


def _merge_fixed(
    tagged: list[tuple[str, str, str]], fixed: list[str]
) -> list[tuple[str, str, str]]:
    """Rejoin pieces of a symbol that the tagger split, tagging the whole as a proper noun."""
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(tagged):
        merged = False
        for sym in fixed:
            acc, j = "", i
            while j < len(tagged) and len(acc) < len(sym) and sym.startswith(acc + tagged[j][0]):
                acc += tagged[j][0]
                j += 1
            if acc == sym and j - i > 1:
                out.append((sym, "Ny", "O"))
                i, merged = j, True
                break
        if not merged:
            out.append(tagged[i])
            i += 1
    return out


def segment_words(text: str) -> list[tuple[int, int]]:
    """Word segmentation alone (the floor our pipeline is measured against)."""
    from underthesea import word_tokenize

    spans: list[tuple[int, int]] = []
    for offset, sentence in sentences(text):
        words = word_tokenize(sentence, fixed_words=_fixed_words(sentence))
        spans.extend((start, end) for _, start, end in _align(sentence, offset, words))
    return spans
