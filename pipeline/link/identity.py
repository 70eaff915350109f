"""Canonical identity of documents and issuing bodies.

A document's id is ISSUER/TYPE/NUMBER/YEAR, e.g. "thanh-uy-ha-noi/CT/06/2021":

- ISSUER, the issuer key (`issuer_key`): the body's name folded to ASCII with office titles and
  same-series organs dropped, because "Ban Thường vụ Thành ủy Hà Nội" numbers its directives in
  the series of "Thành ủy Hà Nội" and the Chairman of a People's Committee signs "20/CĐ-UBND" in
  the committee's series. A bare name ("Thành ủy", "UBND phường") is completed with the citing
  document's locality; when the text names no body, the symbol's issuer code does ("71-KH/QU" in
  a Long Biên document is Quận ủy Long Biên). "?" when unknown, "?ubnd" when only the kind is.
- TYPE: the type code printed in the symbol, else the type given; a State symbol without a type
  code ("5633/VPCP-KSTT") is a công văn, CV.
- NUMBER: the serial number with leading zeros dropped, then padded to two digits ("6" = "06");
  a number outside the symbol grammar ("21.4/GĐN") is kept squashed, "/" written "-".
- YEAR: the year printed in the symbol ("30/2020/NĐ-CP"), else the issue date's year, else "?".
  Party numbers run per term and State numbers per calendar year, so with issuer and type the
  year separates documents that reuse a number.

An id containing "?" is partial: the graph resolves it to the one complete node it fits.
Dashes, spaces, "Số:", tone placement ("Uỷ"/"Ủy") and case never change an id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pipeline.extract.bodies import LocalityContext, locality_context
from pipeline.extract.symbols import parse_symbol
from pipeline.records.models import Body, DocumentKind, DocumentRecord, Level
from pipeline.vocab import load_table

UNKNOWN = "?"
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_NUMBER_WORD = re.compile(r"^\s*(?:số|so|Số|SỐ)\s*:?\s*", re.IGNORECASE)
_TYPE_GROUPS = (frozenset({"QĐ", "QĐi", "QyĐ"}), frozenset({"CTr", "CTHĐ"}))
_SCOPES = ("province", "district", "commune")


def normalise(text: str) -> str:
    """NFC, one dash, single spaces: the form every comparison starts from."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(_DASHES.sub("-", text).split())


def fold(text: str) -> str:
    """Lower case ASCII words: 'Uỷ ban Nhân dân' and 'ỦY BAN NHÂN DÂN' -> 'uy ban nhan dan'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def slug(text: str) -> str:
    """A folded phrase as a key part: 'Hà Nội' -> 'ha-noi'."""
    return fold(text).replace(" ", "-")


# --- vocabulary ------------------------------------------------------------------------------


@cache
def _identity() -> dict[str, Any]:
    return load_table("identity")


@cache
def _bodies() -> dict[str, Any]:
    return load_table("bodies")


@cache
def _levels() -> dict[str, Any]:
    return load_table("levels")


def _phrases(items: list[str]) -> list[tuple[str, ...]]:
    """Folded phrases as word tuples, longest first so the longest match wins."""
    out = {tuple(fold(p).split()) for p in items if fold(p)}
    return sorted(out, key=len, reverse=True)


@cache
def _titles() -> list[tuple[str, ...]]:
    table = _bodies()
    return _phrases(table["office_titles"] + _identity()["series_organs"])


@cache
def _staff() -> list[tuple[str, ...]]:
    return _phrases(_identity()["staff_organs"])


@cache
def _heads() -> dict[tuple[str, ...], tuple[str, dict[str, Any]]]:
    """Folded head -> (name as listed, spec); aliases map onto their target head."""
    heads = {tuple(fold(h).split()): (h, spec) for h, spec in _bodies()["heads"].items()}
    for alias, target in _identity()["head_aliases"].items():
        tgt = tuple(target.split())
        if tgt in heads:
            heads[tuple(alias.split())] = heads[tgt]
    return heads


@cache
def _head_phrases() -> list[tuple[str, ...]]:
    return sorted(_heads(), key=len, reverse=True)


@cache
def _aliases() -> list[tuple[tuple[str, ...], str]]:
    items = [(tuple(k.split()), v) for k, v in _identity()["aliases"].items()]
    return sorted(items, key=lambda kv: len(kv[0]), reverse=True)


@cache
def _kinds() -> dict[tuple[str, ...], tuple[str, str]]:
    """Folded locality kind -> (kind as printed in names, scope)."""
    out = {tuple(fold(k).split()): (k, scope) for k, scope in _bodies()["locality_kinds"].items()}
    out[("tp",)] = ("thành phố", "province")
    return out


@cache
def _named(list_name: str) -> list[tuple[str, ...]]:
    return _phrases(_bodies()["named"][list_name])


@cache
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    items = sorted(_bodies()["abbreviations"].items(), key=lambda kv: -len(kv[0]))
    return [(re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), full) for a, full in items]


def expand(text: str) -> str:
    """Expand upper-case abbreviations ('UBND' -> 'Ủy ban nhân dân', 'TP.' -> 'Thành phố')."""
    out = normalise(text)
    for pattern, full in _abbreviations():
        out = pattern.sub(full, out)
    return out


# --- bodies ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    folded: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    out = []
    for m in re.finditer(r"\w+", text):
        f = fold(m.group(0))
        if f:
            out.append(_Word(f, m.start(), m.end()))
    return out


def _match(words: list[_Word], i: int, phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    for phrase in phrases:
        n = len(phrase)
        if tuple(w.folded for w in words[i : i + n]) == phrase:
            return phrase
    return None


@dataclass(frozen=True)
class ParsedBody:
    """A body name split into its parts: [staff organ] head [named] [kind] [place]."""

    text: str
    key: str | None
    head: str | None = None  # the head as listed in bodies.toml ("Ủy ban nhân dân")
    head_folded: str | None = None
    staff: str | None = None
    named: str | None = None
    kind: str | None = None
    place: str | None = None
    inferred: bool = False
    partial: bool = False

    def display(self) -> str:
        """Short name for sheets and tables: 'UBND phường Ngọc Lâm'."""
        if self.head is None:
            return self.text
        short = _identity().get("display_short", {}).get(self.head_folded or "", self.head)
        parts = [self.staff, short, self.named, self.kind, self.place]
        return " ".join(p for p in parts if p)


def parse_body(name: str, context: LocalityContext | None = None) -> ParsedBody:
    """Split a body name and complete a missing locality from `context` (marked inferred)."""
    text = expand(name)
    words = _words(text)
    i = 0
    staff: str | None = None
    while i < len(words):
        alias = next((k for p, k in _aliases() if _match(words, i, [p])), None)
        if alias:
            key = f"{slug(staff)}-{alias}" if staff else alias
            return ParsedBody(text, key, head=text[words[i].start :], head_folded=alias)
        head = _match(words, i, _head_phrases())
        found = _match(words, i, _titles()) or _match(words, i, _strip_words())
        if head and (found is None or len(head) >= len(found)):
            break  # "Thủ tướng Chính phủ" is a head; "Bộ trưởng Bộ Y tế" starts with a title
        if found:
            i += len(found)
            continue
        staff_found = _match(words, i, _staff()) if staff is None else None
        if staff_found:
            staff = text[words[i].start : words[i + len(staff_found) - 1].end]
            i += len(staff_found)
            continue
        break
    rest = words[i:]
    if not rest:
        return ParsedBody(text, slug(staff) if staff else None, staff=staff)
    head = _match(rest, 0, _head_phrases())
    if head is None:
        own = text[rest[0].start :]
        key = slug(own)
        return ParsedBody(text, f"{slug(staff)}-{key}" if staff else key, staff=staff)
    return _parse_headed(text, rest, head, staff, context)


@cache
def _strip_words() -> list[tuple[str, ...]]:
    return [("cac",), ("dong", "chi"), ("d", "c")]


def _parse_headed(
    text: str,
    rest: list[_Word],
    head: tuple[str, ...],
    staff: str | None,
    context: LocalityContext | None,
) -> ParsedBody:
    listed, spec = _heads()[head]
    j = len(head)
    named = None
    if spec.get("named"):
        found = _match(rest, j, _named(spec["named"]))
        if found:
            named = text[rest[j].start : rest[j + len(found) - 1].end]
            j += len(found)
        elif j < len(rest):
            # A ministry or department missing from the table: its name runs to a locality kind.
            end = j
            while end < len(rest) and not _match(rest, end, list(_kinds())):
                end += 1
            named = text[rest[j].start : rest[end - 1].end] if end > j else None
            j = end
    kind = None
    kind_scope = None
    found_kind = _match(rest, j, sorted(_kinds(), key=len, reverse=True))
    if found_kind:
        kind, kind_scope = _kinds()[found_kind]
        j += len(found_kind)
    scope = spec.get("locality")
    if not scope and spec.get("level") != Level.central.value and j < len(rest):
        # A body named without a locality kind ("Chi bộ Khu dân cư số 3"): the rest is its name.
        own = text[rest[j].start :]
        return ParsedBody(
            text,
            _compose_key(" ".join(head), named, kind, own),
            listed,
            " ".join(head),
            staff,
            named,
            kind,
            own,
        )
    stops = set(_identity()["place_stops"])
    end = j
    while end < len(rest) and rest[end].folded not in stops:
        end += 1
    place = text[rest[j].start : rest[end - 1].end] if end > j else None
    if scope == "kind":
        scope = kind_scope or spec.get("default")
    elif kind_scope and scope:
        scope = kind_scope
    inferred = False
    if place is None and scope and context is not None:
        found = context.get(scope)
        if found:
            if spec.get("locality") == "kind" and kind is None:
                kind = found[0]
            place, inferred = found[1], True
    if place and kind is None and spec.get("locality") == "kind":
        kind = _kind_of_place(place, context)
    head_folded = " ".join(head)
    head_folded = _identity()["head_aliases"].get(head_folded, head_folded)
    partial = bool(scope) and place is None
    key = _compose_key(head_folded, named, kind if spec.get("locality") == "kind" else None, place)
    if staff:
        key = f"{slug(staff)}-{key}"
    if partial:
        key = UNKNOWN + key
    return ParsedBody(text, key, listed, head_folded, staff, named, kind, place, inferred, partial)


def _kind_of_place(place: str, context: LocalityContext | None) -> str | None:
    """The kind word of a place printed without one: from context, or a central city."""
    if context is not None:
        for scope in _SCOPES:
            found = context.get(scope)
            if found and fold(found[1]) == fold(place):
                return found[0]
    if fold(place) in {fold(c) for c in _identity()["central_cities"]}:
        return "thành phố"
    return None


def _compose_key(head: str, named: str | None, kind: str | None, place: str | None) -> str:
    parts = [head, fold(named) if named else None, fold(kind) if kind else None]
    parts.append(fold(place) if place else None)
    key = " " + " ".join(p for p in parts if p) + " "
    for phrase, short in sorted(_identity()["key_words"].items(), key=lambda kv: -len(kv[0])):
        key = key.replace(f" {phrase} ", f" {short} ")
    return "-".join(key.split())


def issuer_key(
    issuer: str | Body | None,
    context: LocalityContext | str | None = None,
    codes: tuple[str, ...] = (),
) -> str:
    """The key of an issuing body; from the symbol's issuer codes when no name is given."""
    ctx = as_context(context)
    name = issuer.name if isinstance(issuer, Body) else issuer
    if name and fold(name):
        parsed = parse_body(name, ctx)
        if parsed.key:
            return parsed.key
    return _key_from_codes(codes, ctx)


def _key_from_codes(codes: tuple[str, ...], context: LocalityContext | None) -> str:
    """'QU' + a Long Biên context -> 'quan-uy-long-bien'; 'UBND' alone -> '?ubnd'."""
    table = _identity()["issuer_codes"]
    symbol_bodies = {**_bodies()["symbol_issuers"], **_identity()["symbol_issuers"]}
    for code in reversed(codes):
        if re.fullmatch(r"QH\d*", code):
            return issuer_key("Quốc hội")
        if code in symbol_bodies:
            return issuer_key(symbol_bodies[code])
        spec = table.get(code)
        if spec:
            head = spec["head"]
            scope = spec.get("scope")
            found = context.get(scope) if (context is not None and scope) else None
            if found:
                head = spec.get("head_by_kind", {}).get(found[0], head)
                return issuer_key(f"{head} {found[0]} {found[1]}", context)
            return issuer_key(head, None)
    for code in codes:
        parsed = parse_body(code, None)
        if parsed.head is not None:
            return parsed.key or UNKNOWN
    return UNKNOWN


def as_context(value: LocalityContext | str | None) -> LocalityContext | None:
    """A locality context from a LocalityContext or a phrase like 'quận Long Biên, Hà Nội'."""
    if value is None or isinstance(value, LocalityContext):
        return value
    return locality_context(value, value)


def record_context(record: DocumentRecord) -> LocalityContext:
    """The places a record speaks of; its own issuer and place line weigh most."""
    head = "\n".join(p for p in (record.issuer.name if record.issuer else None, record.place) if p)
    head += "\n" + "\n".join(record.text.split("\n")[:12])
    return locality_context(record.text, head)


# --- levels ----------------------------------------------------------------------------------


def level_of(issuer: str | Body | None, codes: tuple[str, ...] = ()) -> Level | None:
    """Administrative level of a body, table-driven (vocab/levels.toml)."""
    if isinstance(issuer, Body):
        if issuer.level is not None:
            return issuer.level
        issuer = issuer.name
    if issuer:
        words = _words(expand(issuer))
        i = 0
        while i < len(words):
            found = _match(words, i, _titles()) or _match(words, i, _strip_words())
            if not found:
                break
            i += len(found)
        level = _level_by_rules(" ".join(w.folded for w in words[i:]))
        if level is None:
            parsed = parse_body(issuer)
            if parsed.head and parsed.kind:
                level = _level_by_rules(fold(f"{parsed.head} {parsed.kind}"))
        if level is not None:
            return level
    for code in reversed(codes):
        level = _levels()["codes"].get(code)
        if level:
            return Level(level)
    return None


def _level_by_rules(folded: str) -> Level | None:
    padded = f" {folded} "
    for rule in _levels()["rules"]:
        phrase = rule["phrase"]
        hit = folded.startswith(phrase + " ") or folded == phrase
        if not rule.get("at_start"):
            hit = hit or f" {phrase} " in padded
        if hit:
            return Level(rule["level"])
    return None


def level_name(level: Level | None) -> str:
    """Vietnamese name of a level ('Phường/Xã'); empty when unknown."""
    return _levels()["names"].get(level.value, "") if level else ""


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedNumber:
    """A number/symbol reduced to what identity needs."""

    serial: str | None  # None: a draft whose number is left blank
    doc_type: str | None
    codes: tuple[str, ...] = ()
    year: int | None = None


def parse_number(number: str | None) -> ParsedNumber:
    """'Số: 06 – CT/TU' -> serial '06', type 'CT', codes ('TU',); robust to dashes and spaces."""
    if number is None or not number.strip():
        return ParsedNumber(None, None)
    raw = _NUMBER_WORD.sub("", normalise(number))
    squashed = re.sub(r"\s+", "", raw)
    sym = parse_symbol(raw)
    if sym is not None and re.sub(r"\s+", "", raw[sym.start : sym.end]) == squashed:
        doc_type = sym.doc_type or ("CV" if sym.style == "state" else None)
        serial = _serial(sym.number) if sym.number else None
        return ParsedNumber(serial, doc_type, tuple(sym.issuer_codes), sym.year)
    if re.fullmatch(r"\d{1,6}", squashed):
        return ParsedNumber(_serial(squashed), None)
    return ParsedNumber(squashed.upper().replace("/", "-") or None, None)


def _serial(digits: str) -> str:
    return str(int(digits)).zfill(2) if digits.isdigit() else digits


@dataclass(frozen=True)
class DocKey:
    """The parts of a canonical id, kept apart so partial keys can be matched."""

    issuer: str
    doc_type: str
    number: str | None
    year: int | None
    codes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        year = str(self.year) if self.year else UNKNOWN
        return f"{self.issuer}/{self.doc_type}/{self.number or UNKNOWN}/{year}"

    @property
    def complete(self) -> bool:
        """True when no part is unknown."""
        return (
            not self.issuer.startswith(UNKNOWN)
            and self.doc_type != UNKNOWN
            and self.number is not None
            and self.year is not None
        )

    def fits(self, other: DocKey) -> bool:
        """Could both keys name one document? Unknown parts fit anything compatible."""
        if self.number is None or self.number != other.number:
            return False
        if not _types_fit(self.doc_type, other.doc_type):
            return False
        if self.year and other.year and self.year != other.year:
            return False
        if self.codes and other.codes and _fold_codes(self.codes) != _fold_codes(other.codes):
            return False
        return issuers_fit(self.issuer, other.issuer)


def _fold_codes(codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(c) for c in codes)


def _types_fit(a: str, b: str) -> bool:
    if a == b or UNKNOWN in (a, b):
        return True
    return any(a in group and b in group for group in _TYPE_GROUPS)


def issuers_fit(a: str, b: str) -> bool:
    """Equal keys; a partial key ('?ubnd') and one it begins; or one key's words within the
    other's with the same first word ('ubnd-ha-noi' and 'ubnd-tp-ha-noi')."""
    if a == b or UNKNOWN in (a, b):
        return True
    if a.startswith(UNKNOWN) or b.startswith(UNKNOWN):
        part, full = (a, b) if a.startswith(UNKNOWN) else (b, a)
        stem = part[len(UNKNOWN) :]
        return full == stem or full.startswith(stem + "-")
    wa, wb = a.split("-"), b.split("-")
    if wa[0] != wb[0]:
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def doc_key(
    doc_type: str | None,
    number: str | None,
    issuer: str | Body | None,
    date: dt.date | None,
    context_locality: LocalityContext | str | None = None,
) -> DocKey:
    """The identity parts of a document (see the module docstring for the rule)."""
    parsed = parse_number(number)
    year = parsed.year or (date.year if date else None)
    kind = parsed.doc_type or doc_type or UNKNOWN
    key = issuer_key(issuer, context_locality, parsed.codes)
    return DocKey(key, kind, parsed.serial, year, parsed.codes)


def canonical_id(
    doc_type: str | None,
    number: str | None,
    issuer: str | Body | None,
    date: dt.date | None,
    context_locality: LocalityContext | str | None = None,
) -> str:
    """'thanh-uy-ha-noi/CT/06/2021' for Chỉ thị 06-CT/TU of 01/9/2021 of BTV Thành ủy Hà Nội.

    `context_locality` completes bare names: a LocalityContext, or a phrase naming the places of
    the citing document ("thành phố Hà Nội, quận Long Biên, phường Ngọc Lâm").
    """
    return doc_key(doc_type, number, issuer, date, context_locality).id


def record_key(record: DocumentRecord, context: LocalityContext | None = None) -> DocKey | None:
    """The key of a record's own document; None when it has no number (news, blank drafts)."""
    ctx = context if context is not None else record_context(record)
    key = doc_key(record.doc_type, record.number, record.issuer, record.date, ctx)
    return key if key.number is not None else None


def record_id(record: DocumentRecord, context: LocalityContext | None = None) -> str:
    """Canonical id of a record. News and drafts with a blank number have no number to go by:
    they are keyed by their subject line (title) and date, so the same draft read from .docx
    and from .pdf is one document and a revised draft keeps its id (and its tasks' statuses);
    without a subject, by the content hash."""
    ctx = context if context is not None else record_context(record)
    key = record_key(record, ctx)
    if key is not None:
        return key.id
    basis = fold(record.subject or "")
    if basis:
        basis += f"|{record.date.isoformat() if record.date else ''}"
        digest = hashlib.sha256(basis.encode()).hexdigest()[:8]
    else:
        digest = record.content_hash[:8]
    if record.kind == DocumentKind.news:
        return f"news/{digest}"
    issuer = issuer_key(record.issuer, ctx, parse_number(record.number).codes)
    kind = parse_number(record.number).doc_type or record.doc_type or UNKNOWN
    return f"{issuer}/{kind}/draft-{digest}"
