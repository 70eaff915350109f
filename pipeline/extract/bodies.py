"""Issuing bodies: find them in text and resolve them to full names in the document's context.

A body is written [office title] [organ] HEAD [locality kind] [locality name]:
"Chủ tịch UBND Thành phố Hà Nội", "Ban thường vụ Thành ủy", "Sở Công Thương tỉnh Lào Cai".
A head printed without its locality ("Thành ủy", "UBND tỉnh") is completed from the places
the document itself names most (`LocalityContext`), and the result is marked inferred.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from pipeline.extract.orthography import is_vietnamese_syllable, misspelt_alike
from pipeline.records.models import Body, Level
from pipeline.vocab import load_table

UPPER = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_WORD_CAP = rf"[{UPPER}][\w]*(?:['’][\w]+)?"  # ("Ea H’leo", "Đắk R’lấp")
# A proper place name: one to four capitalised syllables, optionally "X - Y" (Bà Rịa - Vũng Tàu).
PLACE_NAME = (
    rf"{_WORD_CAP}(?:[ \t]+{_WORD_CAP}){{0,3}}"
    rf"(?:[ \t]*-[ \t]*{_WORD_CAP}(?:[ \t]+{_WORD_CAP}){{0,2}})?"
)
# Numbered urban units are named by their number ("Quận 3", "Phường 12").
NUMBERED = r"\d{1,2}(?![\d/.,-])"
_NUMBERED_KINDS = ("quận", "phường")
_NOT_NAME_START = {"ủy", "uỷ", "ban", "về", "đảng", "ubnd", "hđnd", "mttq", "nhân", "và"}
_LEVEL_OF_SCOPE = {"province": Level.province, "district": Level.district, "commune": Level.commune}


def title_case_caps(text: str) -> str:
    """'QUẢNG NGÃI' -> 'Quảng Ngãi'; abbreviations (UBND) stay; mixed-case text is unchanged."""
    if any(ch.islower() for ch in text):
        return text
    keep = _table()["abbreviations"]
    return " ".join(
        w if w in keep or _abbreviation(w) else w[:1].upper() + w[1:].lower()
        for w in text.split(" ")
    )


def _abbreviation(word: str) -> bool:
    """Initials, as no Vietnamese syllable spells them: "MTQG", "THPT", "BCĐ" (unmarked
    letters, no vowel); not a place's name in capitals ("ĐẮK", "KRÔNG", "GLONG", "EA TAR")."""
    letters = word.strip(".,;:()")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    if any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ" for ch in letters):
        return False
    return not any(ch in "AEIOUY" for ch in letters) and not is_vietnamese_syllable(letters)


@dataclass
class LocalityContext:
    """The places a document names most at each level: (kind word, name)."""

    province: tuple[str, str] | None = None
    district: tuple[str, str] | None = None
    commune: tuple[str, str] | None = None
    # the name most spoken of for each kind word, for a kind the level's winner does not have
    # (a Hà Nội ward's history names "tỉnh Lạng Sơn" more often than "Thành phố Hà Nội")
    by_kind: dict[str, str] = field(default_factory=dict)
    # the institution whose Party committee issued the document ("Trường Đại học Vinh")
    institution: str | None = None

    def get(self, scope: str) -> tuple[str, str] | None:
        return getattr(self, scope, None)

    def of_kind(self, scope: str, kind: str) -> tuple[str, str] | None:
        """The place of `scope` printed with `kind`: the level's winner if it has that kind,
        else the place most named with that kind ("thành phố" Biên Hòa under "tỉnh" Đồng Nai)."""
        found = self.get(scope)
        if (found is None or found[0] != kind) and kind in self.by_kind:
            return kind, self.by_kind[kind]
        return found


@cache
def _table() -> dict:
    return load_table("bodies")


def _alt(words: list[str]) -> str:
    return "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True))


_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a space, or a line break where a name wraps


def _phrase(text: str) -> str:
    """Regex for a phrase where each expanded abbreviation may also be printed abbreviated."""
    out = re.escape(text).replace(r"\ ", _GAP)
    for abbr, full in sorted(_table()["abbreviations"].items(), key=lambda kv: -len(kv[1])):
        full_re = re.escape(full).replace(r"\ ", _GAP)
        if full_re in out and abbr.isupper():
            out = out.replace(full_re, f"(?:{full_re}|{re.escape(abbr)})")
    return out


@cache
def body_pattern() -> re.Pattern[str]:
    """One regex for a body mention, built from the vocabulary table."""
    table = _table()
    heads = []
    for head, spec in sorted(table["heads"].items(), key=lambda kv: -len(kv[0])):
        named = spec.get("named")
        if spec.get("name_pattern"):
            name = table[spec["name_pattern"]].replace("{PLACE}", f"(?-i:{PLACE_NAME})")
            heads.append(f"{_phrase(head)}(?:{_GAP}{name})?")
        elif named:
            heads.append(f"{_phrase(head)}{_GAP}(?:{_alt(table['named'][named])})")
        elif spec.get("short"):  # "Trung ương Đoàn", the short form of the name
            tails = _alt(table["organisation_tails"])
            heads.append(f"{_phrase(spec['short'])}(?:{_GAP}(?:{tails}))?")
        elif spec.get("needs_kind"):  # "Đoàn xã X", never "Đoàn kiểm tra"
            kinds = _kinds_alternatives()
            heads.append(rf"{_phrase(head)}(?={_GAP}(?:{kinds})(?![\w]))")
        elif spec.get("exact_case"):
            heads.append(rf"(?-i:{_phrase(head)})")
        elif spec.get("capitalised"):  # "Thành đoàn Hà Nội", not "trở thành đoàn viên"
            heads.append(rf"(?-i:(?=[{UPPER}])){_phrase(head)}")
        elif spec.get("institutions"):  # "Đảng ủy Trường Đại học Vinh"
            heads.append(f"{_phrase(head)}(?:{_GAP}(?:{_institution()}))?")
        else:
            heads.append(_phrase(head))
    kinds = _kinds_alternatives()
    whole = [_phrase(h) for h, spec in table["heads"].items() if spec.get("whole")]
    not_whole = rf"(?!(?:{'|'.join(whole)})(?![\w]))" if whole else ""
    return re.compile(
        rf"(?:(?P<office>{_alt(table['office_titles'])}){_GAP})?"
        rf"(?:{not_whole}(?P<organ>{_alt(table['organs'])}){_GAP})?"
        rf"(?P<head>{'|'.join(heads)})"
        # ("TP.HCM": an abbreviated kind's dot may stand for the space)
        rf"(?:{_GAP}(?P<kind>{kinds})(?:(?<=\.)|(?![\w])))?"
        rf"(?:(?:[ \t]+|(?<=\.))(?P<name>(?-i:{PLACE_NAME})|{NUMBERED}))?",
        re.IGNORECASE,
    )


@cache
def _institution() -> str:
    """Regex for an institution after a Party head: its kind, a school's number, then its proper
    name in capitals, which may wrap to the header's next line ("TRƯỜNG ĐẠI HỌC / KỸ THUẬT CÔNG
    NGHIỆP"); or "Trường" alone, the document's own (bodies.toml: institution_kinds)."""
    kinds = _alt(_table()["institution_kinds"])
    # (a locality kind after the school's level is its place: "TRƯỜNG MẦM NON XÃ MỸ HƯNG")
    place = rf"(?!(?:{_kinds_alternatives()})(?![\w]))"
    # (a name stops where a place name does: "... TRƯỜNG ĐẠI HỌC VINH KHÓA XXXI VỀ ...")
    stops = "|".join(re.escape(w) for w in _table()["place_name_stops"])
    word = rf"(?!(?i:{stops})(?![\w])){_WORD_CAP}"
    name = rf"{place}(?-i:{word}(?:[ \t]+{word}){{0,5}})"
    own = rf"trường(?![\w])(?![ \t]+(?:học|hợp)(?![\w]))(?![ \t]+(?-i:[{UPPER}\d]))"
    return rf"(?:{kinds})(?![\w])(?:[ \t]+số[ \t]+\d{{1,3}}(?![\d/]))?(?:{_GAP}{name})?|{own}"


def _institution_case(printed: str) -> str:
    """'TRƯỜNG ĐẠI HỌC VINH' or 'Trường Đại Học Vinh' -> 'Trường Đại học Vinh': the kind as
    the table spells it, the proper name title-cased."""
    words = title_case_caps(" ".join(printed.split())).split()
    kinds = _table()["institution_kinds"]
    count = _leading_phrase(words, [k.lower() for k in kinds])
    if not count:
        return "Trường"
    kind = next(k for k in kinds if k.lower().split() == [w.lower() for w in words[:count]])
    rest = words[count:]
    if rest and rest[0].lower() == "số":
        rest = ["số", *rest[1:]]
    return " ".join([kind, *rest])


def institution_in(name: str) -> str | None:
    """The institution a body's name ends with ("Đảng ủy Trường Đại học Vinh" -> "Trường Đại
    học Vinh"), which its documents then call "Trường" for short."""
    kinds = _alt(_table()["institution_kinds"])
    m = re.search(rf"(?<![\w])(?:{kinds})(?![\w]).*", name)
    return m.group(0) if m else None


def _own_institution(
    printed: str, text: str, end: int, context: LocalityContext
) -> tuple[str, int]:
    """An institution printed short is the document's own when its own header names one that
    begins so: "Đảng bộ Trường" or "Đảng ủy Trường Đại học Kỹ" (the capitals' end, before
    "thuật Công nghiệp") is the header's "Trường Đại học Kỹ Thuật Công Nghiệp"."""
    own = context.institution
    if not own or not own.lower().startswith(printed.lower() + " "):
        return printed, end
    rest = own.split()[len(printed.split()) :]
    words = r"\s+".join(re.escape(w) for w in rest)
    m = re.match(rf"\s+{words}(?![\w])", text[end:], re.IGNORECASE)
    return own, end + (m.end() if m else 0)


def same_case_run(name: str, last: bool = False) -> str:
    """Where layout text joins two header columns on one line, a name runs from one column
    into the next: 'NGỌC LÂM Long Biên'. Keep the first (or last) run of words in one case."""
    words = name.split()
    kinds = _table()["locality_kind_abbreviations"]  # "TP." and "TP" are neither case
    caps = [w.isupper() and len(w) > 1 and not w.endswith(".") and w not in kinds for w in words]
    if all(caps) or not any(caps):
        return name
    if last:
        words, caps = words[::-1], caps[::-1]
    cut = next(i for i, c in enumerate(caps) if c != caps[0])
    run = words[:cut]
    return " ".join(run[::-1] if last else run)


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    alias = _table()["place_aliases"].get(name.strip())
    if alias:
        return alias  # "UBND TP HCM"
    words = same_case_run(name).split()
    if words and words[0].lower() in _NOT_NAME_START:
        return None
    if [w.lower() for w in words[:2]] == ["việt", "nam"]:
        return None  # "Ủy ban Mặt trận Tổ quốc Việt Nam": the country, no place ("xã Việt Hồng")
    # A name runs into the next words when they are capitalised (a title in capitals, a new
    # sentence): cut at words no place name holds (vocab/bodies.toml: place_name_stops).
    stops = _table()["place_name_stops"]
    for i, w in enumerate(words):
        if w.lower() in stops:
            words = words[:i]
            break
    return title_case_caps(" ".join(words)) or None


@cache
def _listed_provinces() -> frozenset[str]:
    return frozenset(p.lower() for p in _table()["provinces"])


def _misspelling_of(name: str, other: str) -> bool:
    """`name` and `other` spell one place, one of them scanned badly; two listed provinces
    that differ by a letter (Quảng Ninh, Quảng Bình) are two places."""
    listed = _listed_provinces()
    if name.lower() in listed and other.lower() in listed:
        return False
    return misspelt_alike(name, other)


@cache
def province_name(printed: str) -> str | None:
    """The province a name after "tỉnh" names: the longest listed province it starts with
    ("Bình Định Nguyễn Tuấn Thanh" -> "Bình Định"), or one it misspells ("Quang Ngaài");
    None when it names none (a person: "Đoàn Văn Phi")."""
    words = " ".join(printed.replace("-", " - ").split()).split(" ")
    for size in range(min(len(words), 5), 0, -1):
        head = " ".join(words[:size])
        for province in _table()["provinces"]:
            if head.lower() == province.lower():
                return province
    for size in range(min(len(words), 5), 0, -1):
        head = " ".join(words[:size])
        for province in _table()["provinces"]:
            if len(province.split()) == size and misspelt_alike(head, province):
                return province
    return None


def expand_abbreviations(text: str) -> str:
    """`text` with each listed abbreviation written in full ("UBND" -> "Ủy ban nhân dân")."""
    out = text
    for abbr, full in sorted(_table()["abbreviations"].items(), key=lambda kv: -len(kv[0])):
        out = re.sub(rf"(?<![\w]){re.escape(abbr)}(?![\w])", full, out)
    return out


def _cell_case(name: str) -> str:
    """'Tổ Dân Phố Số 5' (a title-cased header line) -> 'Tổ dân phố số 5', 'Thôn Nam' -> 'Thôn
    Nam', 'Trường Tiểu Học Đông La' -> 'Trường Tiểu học Đông La' (bodies.toml: cell_kinds,
    school_levels); a name already in mixed case keeps its capitals ("thôn Nà Lốc")."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return name
    kind = _leading_phrase(words, _table()["cell_kinds"])
    if not kind:
        return name
    out = [words[0]] + [w.lower() for w in words[1:kind]]
    rest = words[kind:]
    if out[0].lower() == "trường":
        level = _leading_phrase(rest, _table()["school_levels"])
        out += [rest[0]] + [w.lower() for w in rest[1:level]] if level else []
        rest = rest[level:]
    elif rest and rest[0].lower() == "số":
        out, rest = out + ["số"], rest[1:]
    return " ".join(out + rest)


def _leading_phrase(words: list[str], phrases: list[str]) -> int:
    """How many of `words` a listed phrase covers at their start (0: none)."""
    lowered = [w.lower() for w in words]
    for phrase in sorted(phrases, key=len, reverse=True):
        parts = phrase.split()
        if lowered[: len(parts)] == parts:
            return len(parts)
    return 0


def _canonical_head(head: str) -> tuple[str, dict]:
    """Match a printed head to its table entry (case-insensitive, abbreviations expanded);
    a named department or ministry takes the table's spelling ("Sở Nông nghiệp và Môi trường")."""
    expanded = expand_abbreviations(" ".join(head.split()))
    heads = _table()["heads"]
    for key in sorted(heads, key=len, reverse=True):
        short = heads[key].get("short")
        if short and expanded.lower().startswith(short.lower()):
            return key, heads[key]
        if expanded.lower().startswith(key.lower()):
            rest = expanded[len(key) :].strip()
            named = heads[key].get("named")
            if heads[key].get("name_pattern"):
                rest = _cell_case(rest)
            elif heads[key].get("institutions") and rest:
                return key, heads[key] | {"institution": _institution_case(rest)}
            elif named:
                rest = next(
                    (n for n in _table()["named"][named] if n.lower() == rest.lower()), rest
                )
            return f"{key} {rest}".strip(), heads[key]
    return expanded, {}


def _as_listed(printed: str | None, listed: list[str]) -> str | None:
    """The table's spelling of a printed office or organ ('Ban thường vụ' -> 'Ban Thường vụ')."""
    if not printed:
        return None
    expanded = expand_abbreviations(" ".join(printed.split()))
    for item in listed:
        if item.lower() == expanded.lower():
            return item
    return expanded


@dataclass
class BodyMention:
    """A body found in text: its resolved record and its span."""

    body: Body
    start: int
    end: int


def _wrapped_name(text: str, end: int, name: str, context: LocalityContext) -> tuple[str, int]:
    """A place name cut by a line wrap ('Tỉnh ủy Lào\nCai') is completed when the document's
    own context knows the whole name; other names are left as printed."""
    for scope in ("province", "district", "commune"):
        found = context.get(scope)
        if not found or not found[1].startswith(name + " "):
            continue
        rest = found[1][len(name) :].split()
        m = re.match(r"\s+" + r"\s+".join(re.escape(w) for w in rest) + r"(?![\w])", text[end:])
        if m:
            return found[1], end + m.end()
    return name, end


def _takes_name(spec: dict) -> bool:
    """Whether a place name may follow the head directly ("Thành ủy Hà Nội", "Sở Y tế Lào
    Cai"); national bodies ("Chính phủ", "Bộ Xây dựng Quy định ...") take none."""
    national = spec.get("level") == "trung_uong"
    return bool(
        spec.get("locality") or spec.get("name_pattern") or (spec.get("named") and not national)
    )


def _takes_kind(spec: dict, head_text: str) -> bool:
    """State bodies carry the kind of their locality ("Sở X tỉnh Lào Cai"); Party committees
    carry the name alone ("Quận ủy Long Biên")."""
    return (
        spec.get("locality") == "kind"
        or spec.get("named") == "departments"
        or bool(spec.get("takes_kind"))
    )


def listed_office(printed: str) -> str | None:
    """The listed name of a department or office printed with a dash or "&" for "và"
    ("GIÁO DỤC-ĐÀO TẠO", "GD & ĐT" -> "Giáo dục và Đào tạo"); a name listed with its dash
    ("Tài chính - Kế hoạch") keeps it."""

    def key(name: str) -> str:
        expanded = expand_abbreviations(re.sub(r"\s*&\s*", "&", name))
        return " ".join(re.sub(r"\s*(?:[-–&]|\bvà\b)\s*", " và ", expanded).lower().split())

    names = [n for group in _table()["named"].values() for n in group]
    exact = next((n for n in names if n.lower() == " ".join(printed.split()).lower()), None)
    return exact or next((n for n in names if key(n) == key(printed)), None)


def _school_of_commune(cell: str, context: LocalityContext) -> str | None:
    """'Chi bộ Trường Mầm non' -> 'Chi bộ Trường Mầm non Mỹ Hưng': a school printed by its level
    alone bears the commune's name (bodies.toml: school_levels)."""
    words = cell.split()
    commune = context.get("commune")
    if len(words) < 4 or commune is None or words[2].lower() != "trường":
        return None
    if _leading_phrase(words[3:], _table()["school_levels"]) != len(words) - 3:
        return None
    return f"{cell} {commune[1]}"


def resolve_body(m: re.Match[str], context: LocalityContext, offset: int = 0) -> BodyMention:
    """Build the full name of a matched body, completing its locality from context."""
    head_text, spec = _canonical_head(m["head"])
    office = _as_listed(m["office"], _table()["office_titles"])
    organ = _as_listed(m["organ"], _table()["organs"])
    kind = _kind_of(m["kind"]) if m["kind"] else None
    name = _clean_name(m["name"])
    end = m.end()
    if name and m["name"] and m["name"].strip() not in _table()["place_aliases"]:
        kept = len(re.findall(r"[^\W\d_]+", name))
        if kept < len(re.findall(r"[^\W\d_]+", m["name"])):
            end = _end_of_words(m, kept)  # cut at a stop: "... NGA SƠN ĐẢNG ỦY XÃ NGA HẢI"
    city = province_name(name) if kind == "thành phố" and name else None
    if city and city != name and name.startswith(city + " "):
        # "UBND TP Hà Nội Dương Đức Tuấn": a centrally-run city, then its office holder
        end = _end_of_words(m, len(re.findall(r"[^\W\d_]+", city)))
        name = city
    # "Thành phố Hà Nội" (a centrally-run city) keeps its capital when printed with it or
    # abbreviated (NĐ 30/2020 Phụ lục II); other kinds are in lower case ("tỉnh Quảng Ngãi").
    abbreviated = bool(m["kind"]) and m["kind"].upper().startswith("TP")
    capital = m["kind"] and (m["kind"].startswith("Thành") or (abbreviated and _central_city(name)))
    shown_kind = "Thành phố" if kind == "thành phố" and capital else kind
    if m["name"] and not m["kind"] and not _takes_name(spec):
        name = None  # "Chính phủ Quy định ...": a national body has no place name after it
    if m["name"] and not name:
        end = m.end("kind") if m["kind"] else m.end("head")
    if name and m.end("name") == end:
        name, end = _wrapped_name(m.string, end, name, context)
    institution = spec.get("institution")
    if institution:  # "Đảng ủy Trường Đại học Vinh": the institution's, placed by its name
        if not m["kind"]:
            institution, end = _own_institution(institution, m.string, m.end("head"), context)
            name = None
        head_text = f"{head_text} {institution}"
    kinds = _table()["locality_kinds"]
    level = Level(spec["level"]) if spec.get("level") else None
    inferred = False
    locality = ""
    scope = spec.get("locality")
    if scope == "kind":
        scope = kinds.get(kind) if kind else spec.get("default")
        if scope == "lowest":
            scope = next(
                (sc for sc in ("commune", "district", "province") if context.get(sc)), None
            )
        if kind and level is None:
            level = _LEVEL_OF_SCOPE.get(kinds[kind])
    if kind and name and name.isdigit() and kind not in _NUMBERED_KINDS:
        name, end = None, m.end("kind")  # "Thành phố 4 an" is a slogan, not a place
    if kind == "tỉnh" and name and m.end("name") == end and province_name(name) is None:
        # "Cục Thuế tỉnh Bình\nDương": a province cut by a line wrap, completed from the list
        nxt = re.match(r"[ \t]*\n[ \t]*(\S+)(?:[ \t]+(\S+))?", m.string[end:])
        for words in ((nxt.group(1), nxt.group(2)), (nxt.group(1),)) if nxt else ():
            joined = " ".join([name, *[w for w in words if w]])
            if province_name(joined) == joined:
                name, end = joined, end + nxt.end(len([w for w in words if w]))
                break
    if kind == "tỉnh" and name:
        listed = province_name(name)
        if listed is None:
            end = m.end("kind")
        elif len(listed.split()) < len(name.split()) and m.end("name") >= end:
            end = _end_of_words(m, len(re.findall(r"[^\W\d_]+", listed)))
        name = listed
    if kind and name and not name.isdigit():
        found = context.get(kinds[kind])
        if found and found[1] != name and _misspelling_of(name, found[1]):
            name = found[1]
    if kind:
        if name and name.isdigit():
            locality = f"{kind.capitalize()} {name}"
        elif name:
            locality = f"{shown_kind} {name}"
        else:
            found = context.of_kind(kinds[kind], kind)
            locality = f"{shown_kind} {found[1]}" if found else shown_kind
            inferred = found is not None
    elif name:
        found = context.get(scope) if scope and _takes_kind(spec, head_text) else None
        locality = f"{found[0]} {name}" if found and found[1] == name else name
    elif scope and not institution:
        found = context.get(scope)
        if found:
            inferred = True
            if _takes_kind(spec, head_text):
                locality = f"{found[0]} {found[1]}"
            else:
                locality = found[1]
            if level is None:
                level = _LEVEL_OF_SCOPE.get(scope)
    if spec.get("name_pattern") and not locality:
        school = _school_of_commune(head_text, context)
        if school:
            head_text, inferred = school, True
    parts = [p for p in (office, organ, head_text, locality) if p]
    full = " ".join(parts)
    surface = m.string[m.start() : end]
    return BodyMention(
        Body(name=full, surface=" ".join(surface.split()), level=level, inferred=inferred),
        m.start() + offset,
        end + offset,
    )


def _kinds_alternatives() -> str:
    """Regex alternatives for the locality kinds; abbreviations only as printed ("TP.")."""
    kinds = _alt(list(_table()["locality_kinds"]))
    abbreviations = _alt(list(_table()["locality_kind_abbreviations"]))
    return f"{kinds}|(?-i:{abbreviations})"


def _kind_of(printed: str) -> str:
    """The locality kind a printed kind word stands for ("TP." -> "thành phố")."""
    printed = " ".join(printed.split())
    return _table()["locality_kind_abbreviations"].get(printed) or printed.lower()


def _central_city(name: str | None) -> bool:
    """Whether `name` is a centrally-run city (vocab/bodies.toml: central_cities)."""
    return name in _table()["central_cities"]


def _end_of_words(m: re.Match[str], count: int) -> int:
    """Where the first `count` words of the printed name end."""
    words = list(re.finditer(r"[^\W\d_]+", m.string[m.start("name") : m.end("name")]))
    return m.start("name") + words[min(count, len(words)) - 1].end()


def match_body_at(text: str, pos: int, context: LocalityContext) -> BodyMention | None:
    """The body that starts exactly at `pos`, if any."""
    m = body_pattern().match(text, pos)
    if not m:
        return None
    return resolve_body(m, context)


def find_bodies(text: str, context: LocalityContext) -> list[BodyMention]:
    """Every body mention in `text`."""
    return [resolve_body(m, context) for m in body_pattern().finditer(text)]


@cache
def _locality_pattern() -> re.Pattern[str]:
    kinds = _kinds_alternatives()
    party = r"Thành[ \t]+ủy|Tỉnh[ \t]+ủy|Quận[ \t]+ủy|Huyện[ \t]+ủy|Thị[ \t]+ủy"
    return re.compile(
        rf"(?<![\w])(?P<kind>{party}|{kinds})[ \t]+(?P<name>(?-i:{PLACE_NAME})|{NUMBERED})",
        re.IGNORECASE,
    )


_PARTY_SCOPE = {
    "thành ủy": "province",
    "tỉnh ủy": "province",
    "quận ủy": "district",
    "huyện ủy": "district",
    "thị ủy": "district",
}
_PARTY_KIND = {
    "thành ủy": "thành phố",
    "tỉnh ủy": "tỉnh",
    "quận ủy": "quận",
    "huyện ủy": "huyện",
    "thị ủy": "thị xã",
}
# The mottos, tolerant of OCR slips ("CỘNG HÒA XÃ HỌI"), so their "XÃ" is never a commune.
YOUTH_UNION_MOTTO = (
    r"(?-i:ĐOÀN[ \t]+(?:TNCS|THANH[ \t]+NIÊN[ \t]+CỘNG[ \t]+SẢN)[ \t]+HỒ[ \t]+CHÍ[ \t]+MINH)"
)
MOTTO = re.compile(
    # (a narrow column wraps it: "... CHỦ NGHĨA VIỆT" / "NAM", or "CỘNG" / "HÒA XÃ ...")
    r"C\S{0,3}NG[ \t]+H\S{1,3}[ \t]+X\S[ \t]+H\S{1,3}(?:[ \t]+CH\S{1,2}[ \t]+"
    r"NGH\S{1,3}(?:[ \t]+VI\S{1,3}(?:[ \t]+NAM)?)?)?"
    # (a scan that broke "HỘI CHỦ": "CỘNG HOÀ XÃ : HỦ NGHĨA")
    r"|(?<![\w])C\S{0,3}NG[ \t]+H\S{1,3}[ \t]+X\S[^\n\w]{1,4}\S{1,4}[ \t]+NGH\S{1,3}"
    r"(?:[ \t]+VI\S{1,3}(?:[ \t]+NAM)?)?"
    # (or in capitals after "CỘNG" alone: "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; not the "... dân chủ
    # xã hội chủ nghĩa" of a sentence)
    r"|(?-i:(?<![\w])H\S{1,3}[ \t]+X\S[ \t]+H\S{1,3}[ \t]+CH\S{1,2}[ \t]+NGH\S{1,3}"
    r"(?:[ \t]+VI\S{1,3}(?:[ \t]+NAM)?)?)"
    r"|Đ\S{1,2}NG[ \t]+C\S{1,2}NG[ \t]+S\S{1,2}N[ \t]+VI\S{1,2}T[ \t]+NAM"
    r"|Đ\S{1,2}c[ \t]+l\S{1,2}p[ \t]*-[ \t]*T\S[ \t]+do[ \t]*-[ \t]*H\S{1,2}nh[ \t]+ph\S{1,2}c",
    re.IGNORECASE,
)


@dataclass
class _Votes:
    counts: dict[str, Counter] = field(
        default_factory=lambda: {"province": Counter(), "district": Counter(), "commune": Counter()}
    )


def is_locality_line(text: str) -> bool:
    """A line that only names places, as a site's banner prints them: "QUẬN 5 - THÀNH PHỐ HỒ
    CHÍ MINH"."""
    named = title_case_caps(" ".join(text.split()))
    rest = _locality_pattern().sub(" ", named)
    return rest != named and re.fullmatch(r"[\s,-]*", rest) is not None


def locality_context(text: str, header: str = "") -> LocalityContext:
    """The province, district and commune a document speaks of most (header counts thrice)."""
    votes = _Votes()
    kinds = _table()["locality_kinds"]
    for weight, chunk in ((3, header), (1, text)):
        lines = [title_case_caps(line) for line in MOTTO.sub(" ", chunk).split("\n")]
        for m in _locality_pattern().finditer("\n".join(lines)):
            kind = _kind_of(m["kind"])
            name = _clean_name(m["name"])
            if not name or (name.isdigit() and kind not in _NUMBERED_KINDS):
                continue
            if kind in _PARTY_SCOPE:
                scope, kind = _PARTY_SCOPE[kind], _PARTY_KIND[kind]
            else:
                scope = kinds[kind]
            if kind == "tỉnh":
                name = province_name(name)
                if name is None:
                    continue
            elif kind == "thành phố" and province_name(name) is None:
                scope = "district"  # a city of a province (Biên Hòa), not a province's peer
            votes.counts[scope][(kind, name)] += weight
    ctx = LocalityContext()
    by_kind: Counter = Counter()
    for counter in votes.counts.values():
        by_kind.update(counter)
    for (kind, name), _n in by_kind.most_common()[::-1]:
        ctx.by_kind[kind] = name  # (the most voted last: it wins)
    for scope, counter in votes.counts.items():
        if counter:
            by_name: Counter = Counter()
            for (_kind, name), n in counter.items():
                by_name[name] += n
            best = by_name.most_common(1)[0][0]
            # A scanned header may misspell the name the body spells right ('QUANG NGAÀI'):
            # of the spellings alike, the one printed most often in the whole text wins.
            alike = [nm for nm in by_name if nm == best or _misspelling_of(nm, best)]
            if len(alike) > 1:
                lowered = text.lower()
                best = max(alike, key=lambda nm: (lowered.count(nm.lower()), by_name[nm]))
            kind = max((k for k, nm in counter if nm == best), key=lambda k: counter[(k, best)])
            setattr(ctx, scope, (kind, best))
    return ctx
