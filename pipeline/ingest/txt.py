"""Plain-text reader: detects UTF-8, UTF-8/16/32 with BOM and Windows-1258.

Order matters: a BOM is proof; strict UTF-8 almost never decodes text in another encoding;
only then is a single-byte code page guessed. Windows-1258 is tried first because our
documents are Vietnamese, and kept only if the result reads as Vietnamese words.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from pipeline.ingest.normalize import vietnamese_score
from pipeline.ingest.readers import IngestError

_BOMS = (  # UTF-32 LE before UTF-16 LE: their BOMs share the first two bytes.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MIN_VIETNAMESE = 0.8  # share of plausible non-ASCII words for a code page to be believed
_MAX_CONTROL = 0.01  # share of control characters above which the "text" is binary data
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_CONVERT_HINT = "save it again as UTF-8 (e.g. in Notepad: Save As, Encoding UTF-8)"


def _control_share(text: str) -> float:
    """Share of characters that never occur in text: controls, unassigned, surrogates."""
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if ch not in _TEXT_CONTROLS and unicodedata.category(ch) in {"Cc", "Cn", "Cs", "Co"}
    )
    return bad / len(text)


def _check_not_binary(path: Path, text: str, encoding: str) -> None:
    if _control_share(text) > _MAX_CONTROL:
        raise IngestError(
            path,
            f"decodes as {encoding} but holds control characters: binary data, not text; "
            "check that this is really a text file",
        )


def _single_byte(path: Path, data: bytes) -> tuple[str, str]:
    """Decide a code page for bytes that are not UTF-8."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        share, judged = vietnamese_score(unicodedata.normalize("NFC", text), non_ascii_only=True)
        if judged and share >= _MIN_VIETNAMESE:
            return text, "cp1258"

    if _looks_tcvn3(data.decode("latin-1")):
        raise IngestError(
            path,
            "the text is in the legacy TCVN3 (ABC) font encoding, not Unicode: convert it to "
            f"Unicode (e.g. with Unikey's converter) and {_CONVERT_HINT}",
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            path, f"cannot decode the text: not UTF-8, UTF-16 or Windows-1258; {_CONVERT_HINT}"
        )
    return str(best), best.encoding


# TCVN3 (ABC) stores Vietnamese letters in the code points of Latin-1 punctuation; read as
# Latin-1, words fill up with these ("§¶ng ñy ph\xadêng" for "Đảng ủy phường").
_TCVN3_MARKS = frozenset("§¶µ¸¹ª®¬\xad©¦¨«")


def _looks_tcvn3(text: str) -> bool:
    """True if many non-ASCII words carry TCVN3 letters; Western text rarely has them."""
    words = [w for w in text.split() if not w.isascii()]
    marked = sum(1 for w in words if any(ch in _TCVN3_MARKS for ch in w))
    return len(words) >= 3 and marked >= 0.3 * len(words)


def decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """Return the decoded text of `data` and the name of the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as err:
                raise IngestError(
                    path, f"starts with a {encoding} byte-order mark but is damaged ({err.reason})"
                ) from err
            _check_not_binary(path, text, encoding)
            return text, encoding
    if b"\x00" in data:
        raise IngestError(
            path,
            "holds NUL bytes: binary data or UTF-16 without a byte-order mark; "
            f"if it is text, {_CONVERT_HINT}",
        )
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _single_byte(path, data)
    _check_not_binary(path, text, encoding)
    return text, encoding


def read_txt(path: Path) -> tuple[str, str]:
    """Read a text file; returns the raw (not yet normalised) text and its encoding."""
    return decode_bytes(path, path.read_bytes())
