"""Document number/symbols: Party style (06-CT/TU) and State style (20/CT-UBND, 30/2020/NĐ-CP).

Grammar from HD 36-HD/VPTW and NĐ 30/2020 (REFERENCE.md §3), widened for what real text holds:
spaces and line breaks around "-" and "/", a blank number in unsigned drafts ("Số:   /KH-SCT").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.vocab import doc_types, load_table

# One code segment: an upper-case letter, then letters (lower case allowed: QĐi, CTr, TTg, ThU).
# ("Ư": a scan's "ƯBND"; "&" inside a code: "TT-BGD&ĐT", "PGD&ĐT")
_SEG = r"[A-ZĐƯ](?:[A-ZĐƯƠÂĂÊÔa-zđ0-9]|&(?=[A-ZĐ])){0,13}"
# Spaces, or a line break (a blank line where a PDF page or paragraph split the symbol:
# "10-\n\nNQ/TW"), around a separator.
SEP = r"[ \t]*(?:\n[ \t]*){0,2}"
_CODES = rf"{_SEG}(?:{SEP}-{SEP}{_SEG})*"
# State codes may chain "/" too ("05/2026/VLN/CV-LV", an enterprise's own numbering); a scan
# may double a dash ("889/CD- -TTg").
_STATE_CODES = rf"{_SEG}(?:{SEP}(?:-[ \t]*-|[-/]){SEP}{_SEG})*"

PARTY_SYMBOL = re.compile(
    rf"(?<![\w/-])(?P<num>\d{{1,4}}){SEP}-{SEP}(?P<type>{_SEG}){SEP}/{SEP}(?P<issuer>{_CODES})(?![\w])"
)
STATE_SYMBOL = re.compile(
    # (a scan may split the year: "91/201 4/NĐ-CP")
    # (a number may carry a letter: "06b/NQ-TLĐ", an issue inserted after number 6)
    rf"(?<![\w/.:-])(?P<num>\d{{1,5}}(?:\.\d{{1,3}}|[a-e])?)"
    rf"(?:{SEP}/{SEP}(?P<year>(?:19|20)\d[ ]?\d))?"
    rf"{SEP}/{SEP}(?P<codes>{_STATE_CODES})(?![\w])"
)
# A symbol of the years before 2004, or one whose dash was lost: number, a space, codes joined
# by "/" ("số 84 QĐ/TWĐTN", "số 38 TC/TCCB"). Read only where "số" has just been said.
OLD_SYMBOL = re.compile(  # (a first code of two letters or more: "45 V/V ..." is no symbol)
    rf"(?P<num>\d{{1,5}})[ \t]+(?P<codes>(?=\w\w){_SEG}/{_SEG}(?:/{_SEG})?)(?![\w/-])"
)
# A draft's blank number: "Số:      /UBND-XD", "Số      -KH/ĐU".
BLANK_STATE = re.compile(rf"/{SEP}(?P<codes>{_CODES})(?![\w])")
BLANK_PARTY = re.compile(rf"-{SEP}(?P<type>{_SEG}){SEP}/{SEP}(?P<issuer>{_CODES})(?![\w])")


@dataclass(frozen=True)
class Symbol:
    """A parsed number/symbol. `number` is None for a draft whose number is left blank."""

    text: str  # normalised: no spaces, "-" and "/" as printed
    number: str | None
    doc_type: str | None  # the type code, None for a State công văn (no code in its symbol)
    issuer_codes: tuple[str, ...]
    year: int | None
    style: str  # "party" | "state"
    start: int
    end: int


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@cache
def _footnote_re() -> re.Pattern[str]:
    codes = "|".join(re.escape(c) for c in load_table("bodies")["footnote_safe_codes"])
    return re.compile(rf"^(?:{codes})(?=\d{{1,2}}$)")


def _drop_footnote(codes: list[str]) -> tuple[list[str], int]:
    """Strip a footnote number glued to the last code; returns the codes and chars removed."""
    m = _footnote_re().match(codes[-1]) if codes else None
    if not m:
        return codes, 0
    cut = len(codes[-1]) - m.end()
    return [*codes[:-1], codes[-1][: m.end()]], cut


def type_code(code: str) -> str | None:
    """The canonical type code for a code segment, or None when it is not a type code."""
    table = doc_types()
    if code in table:
        return code
    upper = {k.upper(): k for k in table}
    # A scan or a keyboard without Vietnamese drops the bar of Đ: "QD" is QĐ, "ND" is NĐ; a
    # scan may double it ("QĐĐ", from "QĐÐ").
    return (
        upper.get(code.upper())
        or upper.get(code.upper().replace("D", "Đ"))
        or upper.get(code.upper().replace("ĐĐ", "Đ"))
    )


def _glued_type(code: str) -> tuple[str, tuple[str, ...]] | None:
    """A type code run into its issuer code: 'NĐCP' -> ('NĐ', ('CP',)) (vocab/bodies.toml:
    glued_symbol_codes; 'QDTTg' with an unbarred D too)."""
    glued = load_table("bodies")["glued_symbol_codes"]
    pair = glued.get(code) or glued.get(code.replace("D", "Đ"))
    return (pair[0], (pair[1],)) if pair else None


def _from_party(m: re.Match[str], offset: int = 0) -> Symbol | None:
    code = type_code(m["type"])
    if code is None:
        return None
    codes, cut = _drop_footnote(_squash(m["issuer"]).split("-"))
    issuers = tuple(codes)
    num = m.groupdict().get("num")
    text = f"{num or ''}-{m['type']}/{'-'.join(issuers)}"
    return Symbol(
        text, num, code, issuers, None, "party", m.start() + offset, m.end() + offset - cut
    )


def _unscanned(codes: str) -> str:
    """Codes as printed before the scan misread a letter ("QĐ-ƯBND" -> "QĐ-UBND";
    vocab/bodies.toml: scanned_codes)."""
    fixes = load_table("bodies")["scanned_codes"]
    return re.sub(r"[^\W\d_]+", lambda w: fixes.get(w.group(0), w.group(0)), codes)


def _from_state(m: re.Match[str], offset: int = 0) -> Symbol:
    squashed = _unscanned(re.sub(r"-{2,}", "-", _squash(m["codes"])))
    prefix, _, last = squashed.rpartition("/")
    codes, cut = _drop_footnote(last.split("-"))
    squashed = squashed[: len(squashed) - cut]
    num = m.groupdict().get("num")
    year = (m.groupdict().get("year") or "").replace(" ", "") or None
    code = type_code(codes[0]) if len(codes) > 1 else None
    if code and codes[0].upper() != code.upper():
        codes = [code, *codes[1:]]  # printed "QD" written as the code it stands for
    issuers = tuple(codes[1:] if code else codes)
    glued = _glued_type(codes[0]) if len(codes) == 1 and not prefix else None
    if glued:  # "181/2024/NĐCP": the dash between type and issuer left out, kept as printed
        code, issuers = glued
    body = (prefix + "/" if prefix else "") + "-".join(codes)
    if prefix:
        code = None
        issuers = tuple(squashed.replace("/", "-").split("-"))
    text = f"{num or ''}/{year + '/' if year else ''}{body}"
    return Symbol(
        text,
        num,
        code,
        issuers,
        int(year) if year else None,
        "state",
        m.start() + offset,
        m.end() + offset - cut,
    )


def find_symbols(text: str) -> list[Symbol]:
    """All number/symbols in `text`, in order; Party style wins where both patterns overlap."""
    found: list[Symbol] = []
    taken: list[tuple[int, int]] = []
    for m in PARTY_SYMBOL.finditer(text):
        sym = _from_party(m)
        if sym:
            found.append(sym)
            taken.append((sym.start, sym.end))
    for m in STATE_SYMBOL.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(_from_state(m))
    return sorted(found, key=lambda s: s.start)


def parse_symbol(text: str) -> Symbol | None:
    """Parse one symbol (with or without its number); None when `text` holds none."""
    stripped = re.sub(r"^\s*(?:Số|số|SỐ)\s*:?\s*", "", text)
    offset = len(text) - len(stripped)
    for sym in find_symbols(stripped):
        if sym.start == 0:
            return replace(sym, start=sym.start + offset, end=sym.end + offset)
    m = BLANK_PARTY.match(stripped)
    if m:
        sym = _from_party(m, offset)
        if sym:
            return sym
    m = BLANK_STATE.match(stripped)
    if m:
        return _from_state(m, offset)
    return old_symbol_at(stripped, offset)


def old_symbol_at(text: str, offset: int = 0) -> Symbol | None:
    """An old-style symbol at the start of `text` (`OLD_SYMBOL`), kept without its space. Its
    type is left to the type name printed before it: a first code may be a type ("84 QĐ/TWĐTN")
    or an issuer ("38 TC/TCCB", the Ministry of Finance). A type code before a Party
    committee's code is a Party symbol that lost its dash ("29 NQ/TW")."""
    m = OLD_SYMBOL.match(text)
    if not m:
        return None
    codes = m["codes"].split("/")
    issuers = tuple(codes[1:] if type_code(codes[0]) else codes)
    party = load_table("bodies")["party_committee_codes"]
    if len(codes) == 2 and type_code(codes[0]) and codes[1].endswith(tuple(party)):
        # a Party number that lost its dash: "29 NQ/TW" is 29-NQ/TW
        number = f"{m['num']}-{m['codes']}"
        end = m.end() + offset
        return Symbol(number, m["num"], type_code(codes[0]), issuers, None, "party", offset, end)
    number = f"{m['num']}{m['codes']}"
    return Symbol(number, m["num"], None, issuers, None, "state", offset, m.end() + offset)


def normalize_number(text: str) -> str:
    """A symbol as compared across documents: no spaces, 'Số' dropped, upper case."""
    text = re.sub(r"^\s*(?:Số|số|SỐ)\s*:?\s*", "", text)
    return _squash(text).upper().replace("&", "")  # ("BGD&ĐT" is printed "BGDĐT" too)
