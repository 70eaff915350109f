"""A spaCy tokenizer for Vietnamese administrative text.

spaCy's rule-based tokenizer splits "06-CT/TU" at "-" and "/" and "01/9/2021" at "/". Here the
document grammar comes first: symbols, dates and numbers are single tokens, then syllables and
punctuation. Tokens are syllables (Vietnamese writes one syllable per space-separated unit);
word segmentation into multi-syllable words is a separate layer of spans (see `segment.py`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extract.symbols import PARTY_SYMBOL, SEP, STATE_SYMBOL

_SYMBOL_TIGHT = "|".join(
    re.sub(r"\(\?P<\w+>", "(?:", p.pattern.replace(SEP, "")) for p in (PARTY_SYMBOL, STATE_SYMBOL)
)
TOKEN = re.compile(
    rf"(?P<symbol>{_SYMBOL_TIGHT})"
    r"|(?P<date>(?<!\d)\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}(?!\d)|\d{1,2}/\d{4}(?![\d/]))"
    r"|(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:đ|đồng)?|\d+(?:,\d+)?%?(?:đ(?!\w))?)"
    r"|(?P<marker>T/M|K/T|T/L|V/v|Đ/c|đ/c)"
    r"|(?P<word>\w+)"
    r"|(?P<punct>\S)"
)


class VietnameseTokenizer:
    """Callable tokenizer: str -> Doc with symbols, dates and numbers kept whole."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        matches = list(TOKEN.finditer(text))
        for i, m in enumerate(matches):
            words.append(m.group(0))
            nxt = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            gap = text[m.end() : nxt]
            spaces.append(gap == " ")
            if gap not in ("", " "):
                # Keep all other whitespace (newlines, runs) as whitespace tokens so that
                # token offsets equal character offsets in the original text.
                if gap.startswith(" "):
                    spaces[-1] = True
                    gap = gap[1:]
                words.append(gap)
                spaces.append(False)
        if matches and matches[0].start() > 0:
            words.insert(0, text[: matches[0].start()])
            spaces.insert(0, False)
        if not matches and text:
            words, spaces = [text], [False]
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> VietnameseTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> VietnameseTokenizer:
        return self
