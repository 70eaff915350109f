"""Text normalisation applied to every source, and a plausibility check for Vietnamese text.

All character offsets downstream point into the output of `normalize_text`, so it must be
deterministic and idempotent: normalising normalised text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import util
from pathlib import Path

from pipeline.vocab import load_table

# Characters rewritten before composition. Done first so that removing an invisible character
# between a letter and its combining tone mark lets NFC compose them.
_CHAR_MAP: dict[int, str] = {
    # Line breaks of other systems and editors (form feed: pdftotext page break).
    **dict.fromkeys(map(ord, "\x0b\x0c\x85\u2028\u2029"), "\n"),
    # Spaces: tab, no-break and typographic spaces, zero-width space (a word break).
    **dict.fromkeys(map(ord, "\t\xa0\u1680\u202f\u205f\u3000\u200b"), " "),
    **{cp: " " for cp in range(0x2000, 0x200B)},
    # Invisible characters that carry no text: soft hyphen, BOM, joiners, word joiner.
    **dict.fromkeys(map(ord, "\xad\ufeff\u200c\u200d\u2060"), ""),
    # Dash variants: hyphen, non-breaking hyphen, figure/en/em dash, bar, minus, small/wide.
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"),
    # Fraction and division slashes an OCR or a typesetter puts in symbols ("31⁄2013⁄QH13").
    0x2044: "/",
    0x2215: "/",
    # Look-alikes of the Vietnamese D with stroke (Icelandic eth, African D).
    0x00D0: "\u0110",
    0x0189: "\u0110",
    0x00F0: "\u0111",
}

# Tone placement. Two styles are in use for the open syllables oa, oe, uy: the traditional one
# puts the tone on the first vowel ("hòa", "khỏe", "ủy", "thủy"), the "new" one on the second
# ("hoà", "khoẻ", "uỷ", "thuỷ"). The project standard is the traditional style: it is what
# the national motto "CỘNG HÒA ..." and "Ủy ban", "Thành ủy" are written with in most of our
# documents. Only a syllable that ends right after the pair is touched: "hoàn", "ngoài",
# "khuya", "tuyển", "khuỷu" keep their tone where it is, and after "q" the "u" is part of the
# onset, so "quý", "quỳ" are already right.
_ONSET = "bcdđghklmnprstvx"
_TONED_A_E = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_OA_OE = re.compile(
    rf"{_NOT_LETTER_BEFORE}([{_ONSET}]*)(o)([{_TONED_A_E}]){_NOT_LETTER_AFTER}", re.IGNORECASE
)
_UY = re.compile(
    rf"{_NOT_LETTER_BEFORE}([{_ONSET}]*)(?<![qQ])(u)([{_TONED_Y}]){_NOT_LETTER_AFTER}",
    re.IGNORECASE,
)

# Cyrillic letters an OCR engine reads for their Latin twins ("ВСТ-ВТC" for "BCT-BTC").
# Only rewritten inside a word that also holds Latin letters, digits or a symbol's "/":
# a word wholly in Cyrillic is left for the plausibility check to flag as a wrong decoding.
_CYRILLIC_TWINS = str.maketrans("АВСЕНКМОРТХаеорсух", "ABCEHKMOPTXaeopcyx")
_MIXED_CYRILLIC = re.compile(r"\S*[А-Яа-я]\S*")
_LATIN_OR_SYMBOL = re.compile(r"[A-Za-z0-9/]")

_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def _move_tone(match: re.Match[str]) -> str:
    """Move the tone mark from the second vowel of the pair to the first, keeping case."""
    following = match.string[match.end() : match.end() + 1]
    if following and unicodedata.combining(following):
        return match.group(0)  # a stray mark would compose with the vowel we free
    onset, first, second = match.groups()
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    return onset + unicodedata.normalize("NFC", first + tone) + base


def normalize_text(text: str) -> str:
    """Return `text` in the project's canonical form; line structure is kept.

    - Unicode NFC (Windows-1258 and some PDFs give decomposed tone marks).
    - One tone-placement style for oa/oe/uy: "hòa", "khỏe", "ủy", "thủy" (see `_OA_OE`).
    - Dash variants -> "-", Ð/ð look-alikes -> Đ/đ. Quotes stay as printed (“phong trào”):
      they are visible text, and subjects are kept as printed.
    - CRLF/CR, the escape text "\\r\\n" of scraped pages and other line separators -> LF;
      tabs, no-break and zero-width spaces -> space;
      Cyrillic look-alikes inside Latin words and symbols -> Latin;
      soft hyphens, BOMs and joiners removed; runs of spaces collapsed; lines stripped;
      at most one blank line in a row; no blank lines at the start or end.
    - Words a PDF's text ran together get their space back: "Đảng uỷUBND", "vụĐảng uỷyêu
      cầu" (see `_unglue_abbreviations`, `_unglue_syllables`).
    """
    # (a scraped page may hold its line breaks as the escape text "\r\n": line breaks too)
    text = text.replace("\\r\\n", "\n")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHAR_MAP)
    text = unicodedata.normalize("NFC", text)
    text = _MIXED_CYRILLIC.sub(_latin_twins, text)
    lines = [_SPACE_RUN.sub(" ", line).strip(" ") for line in text.split("\n")]
    text = _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
    return place_tones(_unglue_syllables(_unglue_abbreviations(text)))


@cache
def _glued_abbreviation() -> re.Pattern[str]:
    codes = [a for a in load_table("bodies")["abbreviations"] if a.isalpha() and a.isupper()]
    alt = "|".join(sorted(codes, key=len, reverse=True))
    # (the word before, from its first letter, then a listed abbreviation that ends the run)
    return re.compile(rf"(?<![^\W\d_])(?P<word>[^\W\d_]+?)(?=(?:{alt})(?![^\W\d_]))")


def _unglue_abbreviations(text: str) -> str:
    """A space where a PDF's text glued a body's abbreviation to the word before: "Đảng
    uỷUBND xã", "các Ban củaHĐND tỉnh". Only after a syllable in lower case: "QĐUBND" is a
    symbol, "ĐUUBND" and "BNNvPTNT" codes, "vpUBND@..." an address."""

    def spaced(m: re.Match[str]) -> str:
        word = m["word"]
        return f"{word} " if word[-1].islower() and is_syllable(word) else word

    return _glued_abbreviation().sub(spaced, text)


def _latin_twins(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_CYRILLIC_TWINS) if _LATIN_OR_SYMBOL.search(word) else word


def place_tones(text: str) -> str:
    """Only the tone-placement step of `normalize_text`: "hoà", "uỷ" -> "hòa", "ủy"."""
    return _UY.sub(_move_tone, _OA_OE.sub(_move_tone, text))


# Letters of the Vietnamese alphabet with every tone, plus f, j, w, z for loan words and codes.
_TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VIET_LETTERS = frozenset(
    "abcdđefghijklmnopqrstuvwxyzABCDĐEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(
        unicodedata.normalize("NFC", base + tone)
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        for tone in _TONE_MARKS
    )
)
_TONED = frozenset(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for tone in _TONE_MARKS[1:]
)
_TOKEN_INNER = frozenset("0123456789-/.,:;()%'\"&+")
_TOKEN_EDGE = "\"'“”‘’()[]{}<>.,:;!?…*-–—/"


def is_plausible_word(token: str) -> bool:
    """True if `token` could be a Vietnamese syllable, number, code or symbol ("06-CT/TU").

    Used to tell real text from a wrong decoding or a broken PDF font map: those give
    characters outside the Vietnamese alphabet ("Ð¶ng", "§¶ng") or several tones in a word.
    """
    word = token.strip(_TOKEN_EDGE)
    if not word:
        return True
    if any(ch not in _VIET_LETTERS and ch not in _TOKEN_INNER for ch in word):
        return False
    return sum(ch in _TONED for ch in word) <= 1 or "-" in word or "/" in word


FOREIGN_LETTERS = frozenset("fjwzFJWZ")


def fold(text: str) -> str:
    """Lower case without tone marks or diacritics (for OCR-tolerant comparisons)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@cache
def _syllable() -> re.Pattern[str]:
    table = load_table("orthography")

    def alt(items: list[str]) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    return re.compile(
        f"(?:{alt(table['onsets'])})?(?:{alt(table['nuclei'])})(?:{alt(table['codas'])})?"
    )


@lru_cache(maxsize=1 << 16)  # (every word of every text asks: most are asked again)
def is_syllable(word: str) -> bool:
    """True when `word` has the shape of a Vietnamese syllable: an optional onset, vowels and
    an optional final, in the alphabet without f, j, w, z, with one tone at most."""
    return (
        is_plausible_word(word)
        and not FOREIGN_LETTERS & set(word)
        and _syllable().fullmatch(fold(word)) is not None
    )


# A run of letters no longer than four glued syllables can be (longer runs are never cut).
_WORD_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,28}(?![^\W\d_])")
_MAX_PARTS = 4


def _unglue_syllables(text: str) -> str:
    """A space between syllables a PDF's text ran together ("Ban Thường vụĐảng uỷyêu cầu",
    "chủtrì", "Quốchội"). A run of letters with marks that is no syllable, nor a word of the
    dictionary underthesea ships ("bô-xít", "Xơ-đăng"), is cut into syllables of that
    dictionary, each in one case style; of the cuts, the one whose neighbours make the most
    dictionary words wins ("Quốc|hội", not "Quố|chội"; "nghệ|thông", not "nghệt|hông").
    Plain ASCII runs (names, codes, addresses) stay as they are."""
    return _WORD_RUN.sub(lambda m: " ".join(_syllables_of(m.group(0)) or [m.group(0)]), text)


def _syllables_of(run: str) -> list[str] | None:
    """The best cut of `run` into dictionary syllables, or None to leave it whole."""
    if run.isascii() or FOREIGN_LETTERS & set(run) or is_syllable(run):
        return None
    syllables, pairs, words = _lexicon()
    if _lexicon_key(run) in words:
        return None
    best: tuple[tuple[int, int], list[str]] | None = None
    for parts in _cuts(run, syllables):
        keys = [_lexicon_key(p) for p in parts]
        joined = [f"{a} {b}" in pairs for a, b in zip(keys, keys[1:], strict=False)]
        # (a part that opens with a vowel must make a word with the one before: "cấp|ủy")
        if any(_opens_with_vowel(p) and not j for p, j in zip(parts[1:], joined, strict=True)):
            continue
        score = (sum(joined), sum(_onset_length(p) for p in parts[1:]))
        if best is None or score > best[0]:
            best = (score, parts)
    return best[1] if best else None


def _cuts(run: str, syllables: frozenset[str]) -> Iterator[list[str]]:
    """Every cut of `run` into two to four dictionary syllables in one case style."""

    def cut(rest: str, room: int) -> Iterator[list[str]]:
        for i in range(1, len(rest)):
            head = rest[:i]
            if _one_case(head) and _lexicon_key(head) in syllables:
                tail = rest[i:]
                if _one_case(tail) and _lexicon_key(tail) in syllables:
                    yield [head, tail]
                if room > 2:
                    yield from ([head, *more] for more in cut(tail, room - 1))

    yield from cut(run, _MAX_PARTS)


def _one_case(part: str) -> bool:
    return part.islower() or (part[0].isupper() and part[1:].islower())


@lru_cache(maxsize=1 << 16)  # (each prefix of each glued run asks)
def _lexicon_key(text: str) -> str:
    """A dictionary key: lower case, tones placed as in our text ("uỷ" -> "ủy")."""
    return place_tones(text.lower())


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The syllables, the pairs of syllables that follow each other inside a word, and the
    hyphenated loan words written as one ("bô-xít" -> "bôxít"), of underthesea's Vietnamese
    dictionary (Viet74K, shipped with the package); empty if it cannot be read."""
    # (found without importing underthesea, whose import takes seconds)
    spec = util.find_spec("underthesea")
    try:
        if spec is None or spec.origin is None:
            raise OSError("underthesea is not installed")
        raw = (Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt").read_text("utf-8")
    except OSError:
        return frozenset(), frozenset(), frozenset()
    syllables: set[str] = set()
    pairs: set[str] = set()
    words: set[str] = set()
    for line in _lexicon_key(raw).splitlines():
        parts = line.replace("-", " ").split()
        syllables.update(p for p in parts if is_syllable(p))
        pairs.update(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False))
        if "-" in line:
            words.add("".join(parts))
    return frozenset(syllables), frozenset(pairs), frozenset(words)


@cache
def _onsets() -> tuple[str, ...]:
    return tuple(sorted([*load_table("orthography")["onsets"], "đ"], key=len, reverse=True))


def _opens_with_vowel(part: str) -> bool:
    """No consonant first ("ủy", "ứng"); the "y" of "yêu" is taken as one."""
    return _onset_length(part) == 0 and part[:1].lower() != "y"


def _onset_length(part: str) -> int:
    low = part.lower()
    return next((len(o) for o in _onsets() if low.startswith(o)), 0)


def vietnamese_score(text: str, *, non_ascii_only: bool = False) -> tuple[float, int]:
    """Share of plausible words in `text` and how many words were judged.

    With `non_ascii_only`, only words holding a non-ASCII character count: those are the ones
    that tell one single-byte code page from another.
    """
    words = text.split()
    if non_ascii_only:
        words = [w for w in words if not w.isascii()]
    if not words:
        return 1.0, 0
    good = sum(is_plausible_word(w) for w in words)
    return good / len(words), len(words)


# A line that opens a list item or a numbered heading: it starts a paragraph of its own.
_ITEM_START = re.compile(
    r"^(?:(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|\(\d{1,3}\))(?=\s|$)"
    r"|[-+•*·–—]|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)",
)
_SENTENCE_END = tuple(".!?:;…")


def continues(previous: str, line: str) -> bool:
    """True if `line` is the rest of the sentence `previous` broke off (a wrapped line).

    The rule from the layout of official documents: the previous line does not end a sentence
    and this one starts in lower case and is not a list item ("a)", "-", "1.").
    """
    previous, line = previous.rstrip(), line.lstrip()
    if not previous or not line or previous.endswith(_SENTENCE_END):
        return False
    return line[0].islower() and not _ITEM_START.match(line)


def is_item_start(line: str) -> bool:
    """True if `line` opens a list item or numbered heading ("1.", "a)", "-", "II.", "Điều 3")."""
    return bool(_ITEM_START.match(line.lstrip()))
