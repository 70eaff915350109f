"""Cited documents: find every mention, resolve short mentions, one Citation per document.

Find (type name + "số" + symbol), then read what follows (date, "của" + issuer, "về" +
subject), then resolve: a later "Nghị quyết 68" or "Chỉ thị số 06-CT/TU" joins the full
mention; anaphora ("Chỉ thị nêu trên", "Kế hoạch này") carry no number and never create one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.bodies import (
    PLACE_NAME,
    UPPER,
    LocalityContext,
    find_bodies,
    match_body_at,
)
from pipeline.extract.dates import date_at
from pipeline.extract.orthography import fold
from pipeline.extract.symbols import (
    Symbol,
    find_symbols,
    normalize_number,
    old_symbol_at,
    parse_symbol,
    type_code,
)
from pipeline.records.models import Body, Citation, Level, Provenance
from pipeline.vocab import load_table, phrase_pattern, type_names_to_code

_NUMBER_WORD = r"(?:số|sô|so|só|Số|SỐ)"
# Words between a type name and its number that qualify the type: "Kế hoạch kiểm tra số ...".
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_QUALIFIER = re.compile(
    rf"(?:(?:{_SPACE}[a-zà-ỹđ]+){{1,14}}|[ \t]*\([^()\n]{{1,12}}\))"  # "(mật)", "kiểm tra"
    rf"{_SPACE}{_NUMBER_WORD}[ \t]*[:.]?[ \t]*"
)
# A law's name between "Luật" and its number: "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công
# cụ hỗ trợ số 42/2024/QH15" (the symbol's "QH" confirms it).
_LAW_NAME = re.compile(
    rf"{_SPACE}[^\W\d](?:[^.;:\n()]|\n(?![ \t]*\n)){{0,120}}?{_SPACE}{_NUMBER_WORD}"
    r"[ \t]*:?[ \t]*(?:\n[ \t]*)?"
)
_SUBJECT_END = re.compile(r"[;\n]|\.(?:\s|$)|,\s+(?:ngày|của)\s")


@cache
def _issued_by_before() -> re.Pattern[str]:
    """What lies between a body and the citation it issues: "UBND tỉnh (khóa X) đã ban hành",
    "Sở Y tế có", "... tại" (verbs from vocab/relations.toml)."""
    table = load_table("relations")
    alt = phrase_pattern(table["issuing_verbs"] + table["issuing_verbs_after_body"], r"[ \t]+")
    return re.compile(
        r"[ \t]*+(?:\([^()\n]{0,60}\)[ \t]*+)?(?:,?[ \t]*+khóa[ \t]++[IVXLC]++[ \t]*+,?[ \t]*+)?"
        rf"(?:(?:đã|vừa)[ \t]+)?(?:{alt})[ \t]*",
        re.IGNORECASE,
    )


_ORG_BEFORE_LETTER = re.compile(
    r"(?P<org>(?:Công[ \t]+ty|Doanh[ \t]+nghiệp|Danh[ \t]+nghiệp|Chi[ \t]+nhánh|Tập[ \t]+đoàn|"
    r"Hợp[ \t]+tác[ \t]+xã)[ \t]+"
    rf"(?:[{UPPER}]|cổ[ \t]+phần|trách[ \t]+nhiệm|tư[ \t]+nhân)[^;:\n]{{0,120}}?)[ \t]+tại[ \t]+$"
)
# A steering board named after "của" ("của Ban Chỉ đạo quốc gia phòng, chống dịch bệnh
# COVID-19"): its name runs in lower case, commas included, to the next clause.
_STEERING_AFTER = re.compile(
    r"(?P<org>Ban[ \t]+[Cc]hỉ[ \t]+đạo[ \t]+[^;:()\n]{3,120}?)"
    r"(?=[ \t]+(?:về|tại|ngày|vừa|đã|đề[ \t]+nghị|ban[ \t]+hành)(?![\w])|[;:.()]|\n|$"
    rf"|,[ \t]+(?:các|những|[{UPPER}]))"
)


@cache
def _org_after() -> re.Pattern[str]:
    """An organisation the body table does not know, after "của": its name runs to the word
    that ends it ("... của Cục Hóa chất gửi Sở Công Thương": vocab/relations.toml)."""
    stops = load_table("relations")["issuer_name_stops"]
    alt = phrase_pattern(stops)
    heads = _agency_heads(r"\s+")
    return re.compile(
        r"(?P<org>(?:Tổng\s+công\s+ty|Công\s+ty|Doanh\s+nghiệp|Chi\s+nhánh|Tập\s+đoàn|"
        rf"{heads})\s+"
        rf"(?:[{UPPER}]|cổ\s+phần|trách\s+nhiệm|tư\s+nhân)[^;:,()]{{0,100}}?)"
        rf"(?=\s+(?:{alt})(?![\w])|[;,.()]|\n\n)"
    )


# An organisation's name ends with its locality: "Cục Thuế tỉnh Hưng Yên [vướng mắc ...]".
_ORG_LOCALITY_END = re.compile(
    rf"(?:\s+(?:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã|xã|phường)[ \t]+(?-i:{PLACE_NAME}))+"
)


# After a bare number, a unit word means a quantity ("Kế hoạch 5 năm", "Phương án 2,7 m").
_QUANTITY = re.compile(
    r"(?:[.,]\d|\s*(?:năm|tháng|ngày|tuần|giờ|km|m|kg|tấn|ha|%|người|lần|bước|điểm)(?![\w]))",
    re.IGNORECASE,
)


@cache
def _type_name_pattern() -> re.Pattern[str]:
    names = sorted(type_names_to_code(), key=len, reverse=True)
    # (a PDF's text may lose the spaces in and after the name: "Tờtrình số", "Chỉ thịsố50")
    alt = "|".join(re.escape(n).replace(r"\ ", r"(?:[ \t]*|[ \t]*\n[ \t]*)") for n in names)
    # (a web copy may glue the name to the word before: "thực hiệnNghị quyết số 04/2018/...")
    start = rf"(?:(?<![\w])|(?<=[^\W\d_])(?-i:(?=[{UPPER}])))"
    end = rf"(?:(?![\w])|(?={_NUMBER_WORD}[ \t]*\d))"
    return re.compile(rf"{start}(?<!Mẫu )(?<!mẫu )(?P<tname>{alt}){end}", re.IGNORECASE)


@cache
def _spaced_type_names() -> dict[str, str]:
    return {"".join(name.split()): name for name in type_names_to_code()}


def _type_name(printed: str) -> str:
    """The listed type name a printed one spells, its spaces lost or doubled ("Tờtrình")."""
    return _spaced_type_names()["".join(printed.lower().split())]


@cache
def _symbol_issuers() -> dict[str, str]:
    return load_table("bodies")["symbol_issuers"]


@dataclass
class CitationMention:
    """One mention of a cited document before mentions are merged."""

    doc_type: str | None
    number: str
    bare: bool  # a number without its symbol: "Nghị quyết số 15"
    start: int
    end: int
    date: dt.date | None = None
    issuer: Body | None = None
    subject: str | None = None
    rule: str = "citation"
    tail_end: int = 0  # where the date, issuer and subject read after the number end


def _number_at(text: str, pos: int) -> tuple[str, Symbol | None, int] | None:
    """The number/symbol starting at `pos`: the symbol grammar or the raw token, the longer."""
    token_m = re.match(r"[^\s,;()]+", text[pos:])
    token = token_m.group(0) if token_m else ""
    # not a closing quote, nor a footnote marker in brackets ("3-CP[8]")
    token = re.sub(r"\[\d{1,3}\]$", "", token).rstrip(".:-\"'”’“")
    sym = next((s for s in find_symbols(text[pos : pos + 60]) if s.start == 0), None)
    sym_len = sym.end if sym else 0
    footnote = bool(sym) and re.fullmatch(r"\d{1,2}", token[sym_len:] or "x") is not None
    if sym and (sym_len >= len(token) or footnote):
        return sym.text, sym, _past_marker(text, pos + max(sym.end, len(token) if footnote else 0))
    old = old_symbol_at(text[pos : pos + 40]) if sym is None else None
    if old:  # "số 84 QĐ/TWĐTN": an old symbol, or one that lost its dash
        return old.text, old, _past_marker(text, pos + old.end)
    if token and re.search(r"\d", token) and not _DATE_TOKEN.fullmatch(token):
        return token, None, _past_marker(text, pos + len(token))
    return None


def _by_national_assembly(sym: Symbol) -> bool:
    """A law or resolution of the National Assembly: "QH15" closes its symbol, or a scan's "QHI1"
    (not "QHXD", a planning office's code)."""
    return any(re.fullmatch(r"QH[\dIl]{0,2}", c) for c in sym.issuer_codes)


def _past_marker(text: str, end: int) -> int:
    """Past a footnote marker in brackets right after a number ("132/2003/NĐ-CP[10] ngày")."""
    m = _FOOTNOTE_MARK.match(text, end)
    return m.end() if m else end


# A legal database's list of related documents above a copied text: "- 3 Nghị quyết
# 68/NQ-CP năm 2021 về chính sách ... do Chính phủ ban hành" (an index, a type, a symbol, its
# year, and "do ... ban hành" closing the line).
_RELATED_LISTING = re.compile(
    r"[ \t]*-[ \t]*\d{1,2}[ \t]*[^\W\d][^\n]{0,40}?\d[^\s]*[ \t]+năm[ \t]+(?:19|20)\d\d[ \t]"
    r"[^\n]*[ \t]do[ \t][^\n]{2,80}[ \t]ban[ \t]+hành[ \t]*$",
    re.MULTILINE,
)
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")


# A date where a number was expected ("tại Thông báo số 25/2/2021 về ..."): the number was lost.
_DATE_TOKEN = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d")
# The text's own short name ("(Gọi tắt là Chương trình 04)") is no citation.
_ALIAS_LEAD = re.compile(
    r"(?:gọi[ \t]+tắt[ \t]+là|sau[ \t]+đây[ \t]+gọi(?:[ \t]+tắt)?[ \t]+là)[ \t]*$", re.I
)


# An agency named before its issuing verb: "Cục Đăng kiểm Việt Nam đã có Văn bản số ...".
# Its name is up to 16 words without a verb; only a verb of issuing follows ("Cục Thuế tỉnh
# đề nghị ... tại Công văn số ..." names no issuer).


@cache
def _agency_before_verb() -> re.Pattern[str]:
    """An agency the body table does not know, just before the verb that issued a document:
    "Cục Đăng kiểm Việt Nam đã có Văn bản số ..." (its heads: vocab/bodies.toml)."""
    heads = _agency_heads(r"[ \t]+")
    return re.compile(
        rf"(?<![\w])(?P<org>(?:{heads})"
        r"(?:[ \t]+(?!(?:đã|vừa|có|đề|yêu|theo|tại|thực|hướng|các)(?![\w]))[\w-]+){1,16})"
        r"[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:có|ban[ \t]+hành|ký|phát[ \t]+hành)[ \t]*$"
    )


def _agency_heads(space: str) -> str:
    """Regex alternatives for the words that open an agency's name, `space` between words."""
    return phrase_pattern(load_table("bodies")["unlisted_agency_heads"], space)


_AT = re.compile(r"(?<![\w])tại[ \t]*$")
# The office holder's name between a titled body and the issuing verb.
_OFFICE_HOLDER = re.compile(rf"[ \t]+(?:[{UPPER}][\w]*[ \t]+){{1,3}}[{UPPER}][\w]*(?=[ \t])")


def _head_office(body: Body) -> Body:
    """The issuing office for a deputy's signature: 'Phó Chủ tịch Thường trực Ủy ban nhân dân
    tỉnh X' -> 'Chủ tịch Ủy ban nhân dân tỉnh X'; a body without an office stays as it is."""
    name = re.sub(r"^Phó[ \t]+", "", body.name)
    name = re.sub(r"^((?:Chủ tịch|Bí thư)) Thường trực ", r"\1 ", name)
    return body.model_copy(update={"name": name}) if name != body.name else body


def _issuer_before(text: str, start: int, context: LocalityContext) -> Body | None:
    """'UBND thành phố Hà Nội đã có Kế hoạch số ...': the body named just before the verb
    that issued the document, read by the first strategy that finds one."""
    window = _clause_before(text, start)
    strategies = (_company_before, _agency_before, _body_before, _office_before, _proposer_before)
    for strategy in strategies:
        found = strategy(window, context)
        if found:
            return found
    return None


def _clause_before(text: str, start: int) -> str:
    """The clause before `start`: it starts after a stop or a blank line; a name may wrap over
    a line break ("Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số ...")."""
    window_start = max(0, start - 120)
    window = text[window_start:start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind(":"), window.rfind("\n\n"))
    clause = text[window_start + cut + 1 : start]
    # an earlier citation in the clause keeps the body named before it ("... của Giám đốc Sở Y
    # tế tại Văn bản số 610/SYT-VP ngày 18/4/2014, kèm theo Văn bản số 312/STP-KSTT ...")
    earlier = find_symbols(clause)
    if earlier:
        clause = clause[earlier[-1].end :]
    return clause.replace("\n", " ")


def _company_before(window: str, context: LocalityContext) -> Body | None:
    """'Công ty TNHH Đại Đồng Tiến theo nội dung đề nghị tại ...': the company (its name ends
    first); not when a body is named after it ('Công ty X theo chỉ đạo của UBND tỉnh tại')."""
    m = _ORG_BEFORE_LETTER.search(window)
    if not m:
        return None
    org = re.split(r"[ \t]+(?:theo|về|nêu|đã|đề[ \t]+nghị)[ \t]", m["org"].strip())[0]
    return None if find_bodies(m["org"][len(org) :], context) else Body(name=org, surface=org)


def _agency_before(window: str, context: LocalityContext) -> Body | None:
    """'Cục Đăng kiểm Việt Nam đã có Văn bản số ...': an agency the body table does not know."""
    m = _agency_before_verb().search(window)
    if not m:
        return None
    org = " ".join(m["org"].split())
    return Body(name=org, surface=org)


def _body_before(window: str, context: LocalityContext) -> Body | None:
    """A listed body before the verb, as itself, through its office holder's name, or with
    its qualifier as printed."""
    for mention in find_bodies(window, context):
        gap = window[mention.end :]
        if _issued_by_before().fullmatch(gap):
            return mention.body
        holder = _OFFICE_HOLDER.match(gap)
        if holder and _issued_by_before().fullmatch(gap[holder.end() :]) and not _AT.search(gap):
            # "Phó Chủ tịch UBND TP Hà Nội Dương Đức Tuấn đã ký ban hành ...": a deputy signs
            # for the head of the body, who issues
            return _head_office(mention.body)
        qualified = _QUALIFIED.match(gap)
        if qualified and _issued_by_before().fullmatch(gap[qualified.end() :]):
            # "Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng ...": the name as printed
            name = " ".join((mention.body.surface + qualified.group(0)).split())
            return Body(name=name, surface=name, level=mention.body.level)
    return None


def _office_before(window: str, context: LocalityContext) -> Body | None:
    """An office printed without its body ('Thủ tướng ban hành Chỉ thị ...'); not an office's
    instruction 'tại Văn bản số ...', which another body passes on."""
    for office, body in _office_bodies():
        m = re.search(rf"(?<![\w])(?:Phó[ \t]+)?{office}(?P<rest>.*)$", window)
        if not m:
            continue
        holder = _OFFICE_HOLDER.match(m["rest"])
        rest = m["rest"][holder.end() if holder else 0 :]
        if _issued_by_before().fullmatch(rest) and not _AT.search(rest):
            return Body(name=body, surface=m.group(0)[: m.start("rest") - m.start()])
    return None


# "Xét đề nghị của Ban chỉ đạo phong trào ... tại Tờ trình số ...": the proposer of a
# submission, whatever its name, submitted it.
_PROPOSER_BEFORE = re.compile(
    r"(?<![\w])đề[ \t]+nghị[ \t]+của[ \t]+(?P<org>[^,;:()\n]{3,160}?)[ \t”\"]*[ \t]tại[ \t]*$",
    re.IGNORECASE,
)


def _proposer_before(window: str, context: LocalityContext) -> Body | None:
    """The proposer named after "đề nghị của" before "tại" the citation; a listed body is
    resolved, any other name is kept as printed."""
    m = _PROPOSER_BEFORE.search(window)
    if not m:
        return None
    org = " ".join(m["org"].replace("“", " ").replace('"', " ").split())
    org = re.sub(r"(?:[ \t]+tại)+$", "", org)  # ("... Môi trường tại tại Tờ trình số")
    if re.search(r"(?<![\w])(?:về|theo|đã)(?![\w])", org) or not org[:1].isupper():
        return None  # a clause or a person ("đề nghị của cử tri tại"), not a body's name
    found = match_body_at(org, 0, context)
    if found and found.end == len(org):
        return found.body
    return Body(name=org, surface=org)


@cache
def _office_bodies() -> list[tuple[str, str]]:
    """(pattern of an office printed alone, the body it stands for) from vocab/bodies.toml."""
    return [
        (re.escape(office).replace(r"\ ", r"[ \t]+"), body)
        for office, body in load_table("bodies")["office_bodies"].items()
    ]


# "Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Công văn số ...": the date leads the clause.
_DATE_LEADS = re.compile(r"(?<![\w])[Nn]gày[ \t]+(?=\d)")


@cache
def _issuing_verb_end() -> re.Pattern[str]:
    """The verb of issue that ends a clause opened by a date (vocab/relations.toml)."""
    alt = phrase_pattern(load_table("relations")["issuing_verbs"], r"[ \t]+")
    return re.compile(rf"(?<![\w])(?:{alt})[ \t]*$", re.IGNORECASE)


_DATE_AFTER_COMMA = re.compile(r"(?<=,)[ \t]*(?=ngày[ \t]+\d)")
_BRACKETED_STAMP = re.compile(r"\s*\([^()\n]{0,30}\)")


def _date_before(text: str, start: int) -> dt.date | None:
    """The date that opens the clause whose verb of issue leads to the citation at `start`."""
    window_start = max(0, start - 160)
    window = text[window_start:start]
    cut = max(window.rfind(". "), window.rfind(";"), window.rfind("\n"))
    window_start += cut + 1
    # The clause may open with a short label ("LTS: Ngày 14-11-2016, ...") or a page's time
    # stamp in brackets ("(08:57:00 03/04/2021) Ngày 12/3/2021, ...").
    stamp = _BRACKETED_STAMP.match(text, window_start, start)
    window_start = stamp.end() if stamp else window_start
    m = _DATE_LEADS.search(text, window_start, min(start, window_start + 16))
    if not m:
        # ... or the date follows a purpose clause: "Để bảo đảm ..., ngày 03/04/2025, Chủ tịch
        # UBND tỉnh ban hành Chỉ thị số 03/CT-UBND" (the last such date before the citation)
        after_comma = [
            d
            for d in _DATE_AFTER_COMMA.finditer(text, window_start, start)
            if not re.search(r"[\d/][^\s,]*,[ \t]*$", text[max(0, d.start() - 30) : d.start()])
        ]  # (not "Kế hoạch số 12/KH-UBND, ngày 05/3/2024 ...": that plan's own date)
        m = after_comma[-1] if after_comma else None
    if not m:
        return None
    found = date_at(text, m.start())
    if not found or not _issuing_verb_end().search(text, found.end, start):
        return None
    return found.date


# A committee named by what it serves: "Đảng ủy cơ quan ...", "Đảng ủy Khối ..." (up to 6 words).
_QUALIFIED = re.compile(
    r"[ \t]+(?:cơ[ \t]+quan|khối|Khối)(?:[ \t]+[^\s,.;:()]+){0,5}?(?=[ \t]+(?:đã|vừa)\b)"
)


# Between two documents issued by the same body: a date or connector and the verb again
# ("... ngày 12/7/2010; Cấp Giấy phép số ...", "... và ban hành Quyết định số ...").
_SAME_ISSUER_GAP = re.compile(
    r"(?:\([^()\n]{0,60}\)|[^\w;.\n]){0,30}?[,;]?\s*(?:và\s+|đồng\s+thời\s+)?(?:(?:đã|vừa)\s+)?"
    r"(?:ban\s+hành|cấp|ký|có)?\s*",
    re.IGNORECASE,
)

_PARTY_CODE_SCOPES = {"TU": "province", "QU": "district", "HU": "district", "ĐU": "commune"}


# A Party committee's organ named without its place: "của Ban Chấp hành Đảng bộ" (folded).
_UNPLACED_PARTY_ORGANS = ("ban chap hanh dang bo", "ban thuong vu dang bo", "dang bo")


def _placed_party_organ(issuer: Body, sym: Symbol, context: LocalityContext) -> Body:
    """'11-NQ/ĐU ... của Ban Chấp hành Đảng bộ' in a commune's text: the commune's Party
    committee ("Ban Chấp hành Đảng bộ xã Hòa Phong"); the symbol's code says whose level (ĐU
    a commune's, HU/QU a district's, TU a province's), the context which place."""
    if fold(issuer.name) not in _UNPLACED_PARTY_ORGANS:
        return issuer
    placed = _party_code_place(sym, context)
    if placed is None:
        return issuer
    _, (kind, place) = placed
    name = f"{issuer.name} {kind} {place}"
    return Body(**{**issuer.model_dump(), "name": name, "inferred": True})


def _party_code_place(sym: Symbol, context: LocalityContext) -> tuple[str, tuple[str, str]] | None:
    """The scope a Party symbol's issuer code names (TU a province, HU/QU a district, ĐU a
    commune) and the context's place of that scope ("xã", "Hòa Phong")."""
    code = sym.issuer_codes[-1] if sym.issuer_codes else ""
    scope = _PARTY_CODE_SCOPES.get(code) if sym.style == "party" else None
    found = context.get(scope) if scope else None
    return (scope, found) if scope and found else None


def is_joint(sym: Symbol) -> bool:
    """A symbol of a document issued jointly: a joint type ("TTLT") or a type code marked
    inter-agency ("24/HDLN-BCA-BQP", "01/KHLT-MTTQ-CA"; vocab/relations.toml)."""
    return sym.doc_type in load_table("relations")["joint_types"] or _joint_type(sym) is not None


def _joint_type(sym: Symbol) -> str | None:
    """The type a joint mark qualifies: "HDLN" -> "HD"; None for any other symbol."""
    first = sym.issuer_codes[0] if sym.issuer_codes and sym.doc_type is None else ""
    for mark in load_table("relations")["joint_type_marks"]:
        if first.endswith(mark) and len(first) > len(mark):
            return type_code(first[: -len(mark)])
    return None


def joint_issuers(sym: Symbol) -> Body | None:
    """The several bodies a joint document's symbol names, or None when it is not joint or
    names fewer than two listed bodies."""
    body = _listed_code_body(sym) if is_joint(sym) else None
    return body if body and "-" in body.surface else None


def _listed_code_body(sym: Symbol) -> Body | None:
    """The national body a symbol's issuer code names by itself ("VPCP", "TTg", "BTC"); a
    joint document's several bodies together ("TTLT-BLĐTBXH-BNV-BTC")."""
    names = []
    for code in reversed(sym.issuer_codes):
        listed = next(
            (
                c
                for c in (
                    code,
                    re.sub(r"\d{1,2}$", "", code),
                    code.replace("D", "Đ"),
                    code.replace("&", ""),
                )
                if c in _symbol_issuers()
            ),
            None,
        )
        if listed:
            names.append((_symbol_issuers()[listed], code))
    if not names:
        return None
    if is_joint(sym) and len(names) > 1:
        joined = ", ".join(name for name, _code in reversed(names))
        surface = "-".join(code for _name, code in reversed(names))
        return Body(name=joined, surface=surface, inferred=True)
    name, code = names[0]
    return Body(name=name, surface=code, inferred=True)


def _issuer_from_codes(
    sym: Symbol, context: LocalityContext, own_issuer: Body | None
) -> Body | None:
    """The body a symbol's issuer code names, completed from the citing document's context:
    '68/NQ-CP' -> Chính phủ; '06-CT/TU' in a Hà Nội text -> Thành ủy Hà Nội; '23/KH-UBND' in a
    text of UBND tỉnh Quảng Ngãi -> that UBND. Always marked inferred."""
    listed = _listed_code_body(sym)  # ("QH15": the 15th Quốc hội)
    if listed:
        return listed
    placed = _party_code_place(sym, context)
    if placed:
        scope, (kind, name) = placed
        head = {
            "province": "Thành ủy" if kind == "thành phố" else "Tỉnh ủy",
            "district": "Quận ủy" if kind == "quận" else "Huyện ủy",
            "commune": f"Đảng ủy {kind}",
        }[scope]
        return Body(name=f"{head} {name}", surface=sym.issuer_codes[-1], inferred=True)
    # "Văn bản số 206/UBND-KT" in a letter of UBND tỉnh X, with no "của": its own UBND; in a
    # letter of one of its departments (Sở), the UBND the department belongs to.
    for code in sym.issuer_codes[:1]:
        if code not in ("UBND", "HĐND") or not own_issuer:
            continue
        if own_issuer.name.startswith(_expand_code(code)):
            return Body(name=own_issuer.name, surface=code, level=own_issuer.level, inferred=True)
        parent = _DEPARTMENT_OF_PROVINCE.match(own_issuer.name)
        if parent and code == "UBND":
            name = f"Ủy ban nhân dân {parent['locality']}"
            return Body(name=name, surface=code, level=Level.province, inferred=True)
    return None


# A provincial department ("Sở Công Thương tỉnh Lào Cai"): a body of that province's UBND.
_DEPARTMENT_OF_PROVINCE = re.compile(r"^Sở .+? (?P<locality>(?:tỉnh|[Tt]hành phố) .+)$")


def _expand_code(code: str) -> str:
    return load_table("bodies")["abbreviations"].get(code, code)


_ONE_BREAK = re.compile(r"(?<!\n)\n(?![ \t]*\n)")


# What leads to the issuer after a number and date: "của", or the conference that passed a
# Party resolution ("29-NQ/TW ngày 04/11/2013 Hội nghị lần thứ XIII Ban Chấp hành Trung ương").
# (not "Tờ trình số 15/TTr-UBND ngày 10/3/2024, Hội nghị Ban Chấp hành ... thống nhất": the
# meeting that heard it, named without its session number). A typist's doubled "của của" is one.
_CONFERENCE = r"Hội[ \t]+nghị[ \t]+lần[ \t]+thứ[ \t]+\w+[ \t]+(?:của[ \t]+)?"
_ISSUED_BY = re.compile(
    # (a title in capitals: "CHỈ THỊ 19-CT/TU NGÀY 19 THÁNG 10 NĂM 2018 CỦA BAN THƯỜNG VỤ")
    rf"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:của|CỦA)(?:[ \t]+của)?(?:[ \t]*\n[ \t]*|[ \t]+)"
    rf"(?:{_CONFERENCE})?"
    rf"|[ \t]*,?[ \t]+{_CONFERENCE}"
)


def _joint_organ_after(text: str, pos: int, issuer: Body) -> tuple[Body, int] | None:
    """The Party's second central organ printed after the first ("của Bộ Chính trị, Ban Bí
    thư"), as one joint issuer, and where it ends."""
    organs = load_table("bodies")["joint_central_organs"]
    if issuer.name not in organs:
        return None
    m = re.match(r"[ \t]*(?:,|và)[ \t]*", text[pos:])
    if m is None:
        return None
    for organ in organs:
        if organ != issuer.name and text.startswith(organ, pos + m.end()):
            end = pos + m.end() + len(organ)
            tail = re.match(r"[ \t]+Trung[ \t]+ương(?:[ \t]+Đảng)?(?![\w])", text[end:])
            end += tail.end() if tail else 0  # "Ban Bí thư Trung ương Đảng"
            if not re.match(r"[ \t]*(?:[,;.:)\n]|về(?![\w])|khóa(?![\w])|$)", text[end:]):
                return None  # "..., Ban Bí thư ban hành ...": the second organ opens a clause
            surface = f"{issuer.surface}{text[pos:end]}"
            return Body(name=f"{issuer.name}, {organ}", surface=surface, level=issuer.level), end
    return None


def _read_tail(
    text: str, pos: int, context: LocalityContext
) -> tuple[dt.date | None, Body | None, str | None, int]:
    """Date, issuer and subject following a number: ', ngày 01/9/2021 của BTV Thành ủy về ...'."""
    date = None
    found = date_at(text, pos)
    if found:
        date, pos = found.date, found.end
        hour = re.match(r"[ \t]+\d{1,2}[:h]\d{2}(?!\d)", text[pos:])  # "ngày 15/3/2024 14:00 của"
        pos += hour.end() if hour else 0
    issuer = None
    if date is None:
        # a date left blank in a draft or lost to the scan: "75-KL/TW, ngày _ / của ..."
        blank = re.match(
            r"[ \t]*,?[ \t]*ngày[ \t_./…-]*(?=[ \t]*(?:\n[ \t]*)?của[ \t\n])", text[pos:]
        )
        if blank:
            pos += blank.end()
        # a day and month without the year ("ngày 15/7"): passed over, never completed
        yearless = re.match(r"[ \t]*,?[ \t]*ngày[ \t]+\d{1,2}[/-]\d{1,2}(?![/\d-])", text[pos:])
        if yearless:
            pos += yearless.end()
    m = _ISSUED_BY.match(text[pos:])
    if m:
        at = pos + m.end()
        # a name may wrap ("của UBND tỉnh\n  Yên Bái"): single line breaks read as spaces
        body = match_body_at(_ONE_BREAK.sub(" ", text[at : at + 200]), 0, context)
        if body:
            issuer, pos = body.body, at + body.end
            joint = _joint_organ_after(text, pos, issuer)
            if joint:
                issuer, pos = joint
        else:
            org = _org_after().match(text, at) or _STEERING_AFTER.match(text, at)
            if org:
                raw, end = org["org"], org.end()
                place = _ORG_LOCALITY_END.search(raw)
                if place:
                    raw, end = raw[: place.end()], org.start("org") + place.end()
                name = re.sub(r"\s+-\s*|\s*-\s+", " - ", " ".join(raw.split()))  # not COVID-19
                issuer, pos = Body(name=name, surface=name), end
    if date is None:
        found = date_at(text, pos)
        if found:
            date, pos = found.date, found.end
    subject = None
    # (a committee's term may stand between: "... Trung ương Đảng khóa XI về ...")
    m = re.match(
        r"(?:[ \t]*,?[ \t]*khóa[ \t]+[IVXLC]+)?[ \t]*,?[ \t]*(?:\n[ \t]*)?về[ \t]+", text[pos:]
    )
    if m:
        start = pos + m.end()
        end_m = _SUBJECT_END.search(text, start)
        end = end_m.start() if end_m else min(len(text), start + 300)
        subject = " ".join(text[start:end].split())[:300] or None
    return date, issuer, subject, pos


def find_citation_mentions(
    text: str, context: LocalityContext, own_issuer: Body | None = None
) -> list[CitationMention]:
    """Every mention of a document by type name and number, in order."""
    mentions: list[CitationMention] = []
    names = type_names_to_code()
    for m in _type_name_pattern().finditer(text):
        if _ALIAS_LEAD.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _RELATED_LISTING.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # a legal database's list of related documents, not the text's citation
        group_issuer: Body | None = None
        after = re.match(
            rf"[ \t]*(?:\n[ \t]*)?(?:{_NUMBER_WORD}[ \t]*[:.]?[ \t]*(?:\n[ \t]*)?)?",
            text[m.end() :],
        )
        pos = m.end() + (after.end() if after else 0)
        got = _number_at(text, pos)
        named_type = names[_type_name(m["tname"])]
        if not got and named_type == "Luật":
            # "Luật Hải quan số 54/2014/QH13": a law is cited by its name, then its number
            after = _LAW_NAME.match(text, m.end())
            if after and _type_name_pattern().search(after.group(0)):
                after = None  # "Luật Đầu tư công, Nghị quyết số 29/2021/QH15": not the law's
            got = _number_at(text, after.end()) if after else None
            if not got or got[1] is None or not _by_national_assembly(got[1]):
                continue
        elif not got and (grouped := _grouped_heading(text, m, context)) is not None:
            # "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1689/QĐ-TTg ...; số ...": a
            # list under one plural heading, each number confirmed by its symbol
            after, group_issuer = grouped
            got = _number_at(text, after.end())
            if not got or got[1] is None or got[1].doc_type not in (named_type, None):
                continue
        elif not got:
            # "Kế hoạch kiểm tra số 1105/KH-ĐKT": taken when the symbol confirms the type (a
            # letter's symbol names none: "Văn bản thẩm định số 312/STP-KSTT")
            after = _QUALIFIER.match(text, m.end())
            if after and _type_name_pattern().search(after.group(0)):
                after = None  # "Công văn này thay thế văn bản số ...": the later name cites
            got = _number_at(text, after.end()) if after else None
            sym = got[1] if got else None
            expected = None if named_type == "CV" else named_type
            if sym is None or (sym.doc_type != expected and _joint_type(sym) != expected):
                continue
            if _by_national_assembly(sym):
                continue  # "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15": a law
        number, sym, end = got
        said_number = bool(after and re.search(_NUMBER_WORD, after.group(0)))
        if sym is not None:
            doc_type = sym.doc_type or (named_type if named_type not in ("CV",) else "CV")
            if sym.doc_type is None and named_type != "CV":
                doc_type = named_type
            if _type_name(m["tname"]) == "công văn" and sym.style == "state":
                doc_type = "CV"  # "Công văn số 123/CT-TTHT": CT is Cục Thuế, not chỉ thị
        else:
            if not said_number and (
                not re.fullmatch(r"\d{1,4}", number)
                or _QUANTITY.match(text, end)
                or m["tname"] in load_table("relations")["type_names_also_verbs"]
                or "\n" in text[m.end() : pos]  # "IV. NGUỒN LỰC THỰC HIỆN ĐỀ ÁN\n1. ..."
            ):
                continue
            doc_type = named_type
        bare = sym is None and re.fullmatch(r"\d{1,5}", number) is not None
        date, issuer, subject, tail_end = _read_tail(text, end, context)
        rule = "citation.of"
        if issuer is None and group_issuer is not None:
            issuer, rule = group_issuer, "citation.group"
        if issuer is not None and sym is not None:
            issuer = _placed_party_organ(issuer, sym, context)
        joint = joint_issuers(sym) if sym is not None and issuer is not None else None
        if joint and issuer.name in joint.name.split(", "):
            # "... TTLT-BYT-BNV ... của Bộ Y tế và Bộ Nội vụ": every body the symbol codes
            issuer, rule = joint, "citation.joint_symbol"
        if date is None:
            date = _date_before(text, m.start())
        if issuer is None:
            issuer, rule = _issuer_before(text, m.start(), context), "citation.issued_by"
            coded = _listed_code_body(sym) if sym and issuer else None
            if coded and fold(coded.name) not in fold(issuer.name):
                # "chỉ đạo của Thủ tướng Chính phủ tại Kết luận số 31/TB-VPCP": the leader's
                # direction, the office's document
                issuer, rule = coded, "citation.symbol_code"
        if issuer is None and mentions and mentions[-1].rule == "citation.issued_by":
            previous_end = max(mentions[-1].end, mentions[-1].tail_end)
            # (not one whose own "của ..." names a body the tables do not know: "..., Công văn
            # số 248/PCTT ngày 31/10/2019 của Ban Chỉ huy phòng chống thiên tai")
            own_of = re.match(r"[^;\n]{0,30}?[ \t]của[ \t]", text[tail_end : tail_end + 40])
            if _SAME_ISSUER_GAP.fullmatch(text[previous_end : m.start()]) and not own_of:
                issuer, rule = mentions[-1].issuer, "citation.issued_by"
        if issuer is None and sym is not None:
            issuer, rule = _issuer_from_codes(sym, context, own_issuer), "citation.symbol_code"
        mentions.append(
            CitationMention(
                doc_type, number, bare, m.start(), end, date, issuer, subject, rule, tail_end
            )
        )
    mentions = _listed_numbers(text, mentions, context, own_issuer)
    _share_issuer_backwards(text, mentions)
    return mentions


# A plural heading's issuer and the first number of its list: "các Quyết định của Thủ tướng
# Chính phủ: Số 1689/QĐ-TTg ...".
_GROUP_HEAD = re.compile(
    rf"[ \t]+của[ \t]+(?P<by>[^:;\n]{{3,80}}?)[ \t]*:[ \t]*(?:\n[ \t]*)?(?:-[ \t]*)?"
    rf"{_NUMBER_WORD}[ \t]*:?[ \t]*"
)


def _grouped_heading(
    text: str, m: re.Match[str], context: LocalityContext
) -> tuple[re.Match[str], Body | None] | None:
    """The "của <body>:" after a plural type name ("các Quyết định"), and that body."""
    if not re.search(r"(?<![\w])(?:các|những)[ \t]+$", text[max(0, m.start() - 8) : m.start()]):
        return None
    head = _GROUP_HEAD.match(text, m.end())
    if head is None:
        return None
    found = match_body_at(head["by"], 0, context)
    return head, found.body if found and found.end == len(head["by"].strip()) else None


# "... số 09/TB-VPCP ngày 10/01/2025; số 328/TB-VPCP ngày ...": one type name, several numbers.
_NEXT_NUMBER = re.compile(
    rf"[ \t]*(?:[;,]|và)[ \t]*(?:và[ \t]+)?(?:\n[ \t]*)?{_NUMBER_WORD}[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    # (or a second symbol printed bare after a comma: "số 2051/QĐ-UBND, 2052/QĐ-UBND", and the
    # Party's: "các Nghị quyết 79-NQ/TW, 80-NQ/TW")
    r"|[ \t]*(?:,|và)[ \t]*(?=\d{1,5}(?:/[^\s,;]*[A-ZĐ]|-[A-ZĐ][^\s,;/]*/[A-ZĐ]))"
)


_NEXT_IN_GROUP = re.compile(rf";[ \t]*{_NUMBER_WORD}[ \t]*:?[ \t]*")


def _listed_numbers(
    text: str,
    mentions: list[CitationMention],
    context: LocalityContext,
    own_issuer: Body | None,
) -> list[CitationMention]:
    """Mentions for the further numbers listed after a citation under the same type name."""
    out = list(mentions)
    starts = {m.start for m in mentions}
    for mention in mentions:
        tail_end = mention.tail_end
        while True:
            nxt = _NEXT_NUMBER.match(text, tail_end)
            if nxt is None and mention.rule == "citation.group":
                # a heading's list goes on past each item's words: "...; số 263/QĐ-TTg ..."
                line_end = text.find("\n", tail_end)
                nxt = _NEXT_IN_GROUP.search(text, tail_end, len(text) if line_end < 0 else line_end)
            if nxt is None:
                break
            got = _number_at(text, nxt.end())
            if not got or got[1] is None or nxt.end() in starts:
                break
            number, sym, end = got
            date, issuer, subject, tail_end = _read_tail(text, end, context)
            doc_type = sym.doc_type or mention.doc_type
            rule = "citation.of"
            if issuer is None and mention.rule == "citation.group":
                issuer, rule = mention.issuer, "citation.group"
            if issuer is None and _issuer_codes(mention.number) == sym.issuer_codes:
                issuer, rule = mention.issuer, "citation.listed"  # same codes, same body
            if issuer is None:
                issuer, rule = _issuer_from_codes(sym, context, own_issuer), "citation.listed"
            out.append(
                CitationMention(
                    doc_type, number, False, nxt.end(), end, date, issuer, subject, rule, tail_end
                )
            )
            starts.add(nxt.end())
    return sorted(out, key=lambda m: m.start)


# Between two citations that share the "của ..." printed after the second: a connector only.
# ("... ngày 15/7/2025 và số 164/SNNMT-KS ...": the second under the same type name)
_COORDINATED = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:số\s*:?\s*)?", re.IGNORECASE)


def _issuer_codes(number: str) -> tuple[str, ...]:
    """The issuer part of a symbol ("QĐ-UBND" -> ("UBND",)); empty for a bare number."""
    sym = parse_symbol(number)
    return sym.issuer_codes if sym else ()


def _symbol_year(number: str) -> int | None:
    sym = parse_symbol(number)
    return int(sym.year) if sym and sym.year else None


def _share_issuer_backwards(text: str, mentions: list[CitationMention]) -> None:
    """'Quyết định số 1883/QĐ-UBND ngày 06/11/2025 và Quyết định số 2867/QĐ-UBND ... của UBND
    tỉnh Lào Cai': the first takes the issuer printed once for both, and so on back along a
    list of three or more."""
    for first, second in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if (
            first.issuer is None
            and second.issuer is not None
            and second.rule in ("citation.of", "citation.of_shared")  # "A, B và C của X"
            and _COORDINATED.fullmatch(text[first.tail_end : second.start])
            and _issuer_codes(first.number)[:1] == _issuer_codes(second.number)[:1]
        ):
            first.issuer, first.rule = second.issuer, "citation.of_shared"
            if first.date is None and second.date is not None and first.doc_type == second.doc_type:
                # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ
                # Chính trị": one date for both, unless the first's symbol names another year
                year = _symbol_year(first.number)
                if year in (None, second.date.year):
                    first.date = second.date


def _key(doc_type: str | None, number: str) -> tuple[str, str]:
    return (doc_type or "", normalize_number(number))


def merge_mentions(
    mentions: list[CitationMention],
    own_number: str | None = None,
    own_date: dt.date | None = None,
    own_type: str | None = None,
    own_issuer: Body | None = None,
) -> list[Citation]:
    """One Citation per cited document; bare numbers join the full symbol of the same type.
    The document's own number is no citation, unless dated and issued otherwise: a province's
    plan that a district's plan of the same number implements ("Căn cứ Kế hoạch số 07-KH/UBH
    ngày 23/10/2018 của Ủy ban Hội ... tỉnh")."""
    own = normalize_number(own_number) if own_number else None
    own_symbol = parse_symbol(own_number) if own_number else None
    own_bare = own_symbol.number if own_symbol else None
    full: dict[tuple[str, str], Citation] = {}
    order: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.bare:
            continue
        key = _key(mention.doc_type, mention.number)
        other = (
            None not in (own_date, mention.date, own_issuer, mention.issuer)
            and mention.date != own_date
            and fold(mention.issuer.name) != fold(own_issuer.name)
        )
        if own and key[1] == own and not other:
            continue
        numbers = {_key(m.doc_type, m.number): m.number for m in mentions if not m.bare}
        dates = {_key(m.doc_type, m.number): m.date for m in mentions if not m.bare and m.date}
        fixed = _completed(_without_footnote(key, list(numbers)), list(numbers))
        fixed = _with_year(fixed, dates, mention.date)
        # (a dateless mention named by its own "của ..." keeps its spelling: "45/BC-BDT của Ban
        # Dân tộc" beside "45/BC-BĐT ngày ... của Ban Đô thị")
        named = mention.date is None and mention.rule == "citation.of"
        fixed = fixed if named else _first_spelling(fixed, dates, mention.date)
        spelt = mention.number
        if fixed != key:
            key, mention.number = fixed, numbers[fixed]
        retyped = next((k for k in order if k[1] == key[1] and k[0] != key[0]), None)
        dated = retyped and None not in (full[retyped].date, mention.date)
        if key not in full and retyped and not (dated and full[retyped].date != mention.date):
            key = retyped  # one symbol under a second type name: "Nghị quyết liên tịch số 101/..."
        _add(full, order, key, mention)
        if spelt.count("Đ") > full[key].number.count("Đ") and "Đ" in spelt:
            full[key].number = spelt  # "25-HD/BCDTW" then "25-HD/BCĐTW": the barred spelling
    for mention in mentions:
        if not mention.bare:
            continue
        target = _resolve_bare(mention, full, order)
        if not target and mention.number == own_bare and mention.doc_type == own_type:
            continue  # "Kế hoạch 77: ..." on the page of plan 77/KH-BTV: itself
        key = target if target else _key(mention.doc_type, mention.number)
        _add(full, order, key, mention)
    return [full[k] for k in order]


def _completed(key: tuple[str, str], keys: list[tuple[str, str]]) -> tuple[str, str]:
    """'118/TB' cut at a line's end ("Thông báo số 118/TB-" and the column lost) beside
    '118/TB-TCT' printed whole: the same notice."""
    longer = [k for k in keys if k[0] == key[0] and k[1].startswith((key[1] + "-", key[1] + "/"))]
    return longer[0] if len(longer) == 1 else key


def _with_year(
    key: tuple[str, str], dates: dict[tuple[str, str], dt.date], date: dt.date | None
) -> tuple[str, str]:
    """'178/NĐ-CP ngày 01/7/2025' beside '178/2025/NĐ-CP ngày 01/7/2025': the year left out of
    one mention of the same document (same date; a province numbers its normative decisions
    apart from the others, so "12/QĐ-UBND" and "12/2025/QĐ-UBND" of other dates differ)."""
    m = re.fullmatch(r"(\d+)/(?!(?:19|20)\d\d/)(.+)", key[1])
    if not m or date is None:
        return key
    pattern = re.compile(rf"{m[1]}/(?:19|20)\d\d/{re.escape(m[2])}")
    same = [k for k, d in dates.items() if k[0] == key[0] and pattern.fullmatch(k[1]) and d == date]
    return same[0] if len(same) == 1 else key


def _first_spelling(
    key: tuple[str, str], dates: dict[tuple[str, str], dt.date], date: dt.date | None
) -> tuple[str, str]:
    """'60/NQ-TW ngày 12/4/2025' after '60-NQ/TW ngày 12/4/2025': one resolution typed with the
    State's separators where the Party's belong, or with "D" for "Đ" ('25-HD/BCDTW' and
    '25-HD/BCĐTW'); the same date makes it the same document, and a mention with no date
    is the one dated document so spelt."""

    def bare(number: str) -> str:
        return re.sub(r"[-/]", "", number).replace("Đ", "D")

    same = [
        other
        for other, when in dates.items()
        if other[0] == key[0] and bare(other[1]) == bare(key[1]) and date in (None, when)
    ]
    return same[0] if same and (date is not None or len(same) == 1) else key


def _without_footnote(key: tuple[str, str], keys: list[tuple[str, str]]) -> tuple[str, str]:
    """'42/2024/QH151' beside '42/2024/QH15' is the same law with footnote 1 glued on."""
    for other in keys:
        if (
            other[0] == key[0]
            and key[1] != other[1]
            and re.fullmatch(re.escape(other[1]) + r"\d{1,2}", key[1])
        ):
            return other
    return key


def _resolve_bare(
    mention: CitationMention, full: dict[tuple[str, str], Citation], order: list[tuple[str, str]]
) -> tuple[str, str] | None:
    for key in order:
        if key[0] != (mention.doc_type or ""):
            continue
        other = full[key].issuer
        if mention.issuer and other and mention.issuer.name.lower() != other.name.lower():
            continue
        if re.match(rf"0*{int(mention.number)}(?=[-/])", key[1]):
            return key
    return None


def _add(
    full: dict[tuple[str, str], Citation],
    order: list[tuple[str, str]],
    key: tuple[str, str],
    mention: CitationMention,
) -> None:
    prov = Provenance(start=mention.start, end=mention.end, rule=mention.rule)
    cit = full.get(key)
    if cit is None:
        full[key] = Citation(
            doc_type=mention.doc_type,
            number=mention.number,
            date=mention.date,
            issuer=mention.issuer,
            subject=mention.subject,
            mentions=[prov],
        )
        order.append(key)
        return
    cit.mentions.append(prov)
    if cit.date is None and mention.date is not None:
        cit.date = mention.date
    if mention.issuer is not None and (
        cit.issuer is None
        or (cit.issuer.inferred and not mention.issuer.inferred)
        # "119-KH/TU" read as the Tỉnh ủy's by its code, then "của Ban Thường vụ Tỉnh ủy":
        # the organ of that committee the text names
        or _organ_of(mention.issuer.name, cit.issuer.name)
    ):
        cit.issuer = mention.issuer
    if cit.subject is None and mention.subject:
        cit.subject = mention.subject


def _organ_of(name: str, committee: str) -> bool:
    """Whether `name` is a governing organ of `committee`: "Ban Thường vụ Tỉnh ủy Kon Tum" of
    "Tỉnh ủy Kon Tum" (not its inspection committee, nor an office holder: "Bộ trưởng Bộ Xây
    dựng"; bodies.toml: governing_organs)."""
    organ = name[: -len(committee)].strip() if name.endswith(" " + committee) else ""
    return organ.lower() in _governing_organs()


@cache
def _governing_organs() -> frozenset[str]:
    return frozenset(o.lower() for o in load_table("bodies")["governing_organs"])


def find_citations(
    text: str,
    context: LocalityContext,
    own_number: str | None = None,
    own_issuer: Body | None = None,
    own_date: dt.date | None = None,
    own_type: str | None = None,
) -> list[Citation]:
    """Every document `text` cites, once each, in order of first mention."""
    mentions = find_citation_mentions(text, context, own_issuer)
    found = mentions + _symbols_completing_bare(text, mentions)
    return merge_mentions(found, own_number, own_date, own_type, own_issuer)


def _codes_name(sym: Symbol, issuer: Body) -> bool:
    """Whether a symbol's issuer codes can stand for `issuer` ('UBND' for a UBND's chairman)."""
    name = issuer.name.lower()
    for code in sym.issuer_codes:
        full = _symbol_issuers().get(code) or _expand_code(code)
        if full.lower() in name or name in full.lower():
            return True
    return False


def _symbols_completing_bare(text: str, mentions: list[CitationMention]) -> list[CitationMention]:
    """A symbol printed alone that completes a bare mention: "quyết định số 18 ..." and later
    "Thông tin chi tiết tham khảo tại: 18/2026/QĐ-UBND"."""
    bare = [m for m in mentions if m.bare and m.doc_type and m.number.isdigit()]
    if not bare:
        return []
    taken = [(m.start, max(m.end, m.tail_end)) for m in mentions]
    out: list[CitationMention] = []
    for sym in find_symbols(text):
        if not (sym.number or "").isdigit() or any(a <= sym.start < b for a, b in taken):
            continue
        for mention in bare:
            if sym.doc_type != mention.doc_type or int(sym.number) != int(mention.number):
                continue
            if mention.date and sym.year and sym.year != mention.date.year:
                continue  # "Quyết định số 18 ngày 05/01/2010" is not 18/2021/QĐ-UBND
            if mention.issuer and not _codes_name(sym, mention.issuer):
                continue
            out.append(
                CitationMention(
                    mention.doc_type,
                    sym.text,
                    False,
                    sym.start,
                    sym.end,
                    rule="citation.symbol_completes_bare",
                )
            )
            break
    return out


__all__ = [
    "CitationMention",
    "find_citation_mentions",
    "find_citations",
    "merge_mentions",
]
