"""The fixed zones of an official document: header, title, subject, signature, Nơi nhận.

Real texts come as clean lines, as `pdftotext -layout` output where the two header columns
share lines, as OCR with noise, and as docx table rows joined with " | " (cells) and " / "
(lines in a cell). Each zone reader works on logical lines: a shared line is split into its
cells, and the mottos of the right column are removed from header lines.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from pipeline.extract.bodies import (
    MOTTO,
    PLACE_NAME,
    UPPER,
    YOUTH_UNION_MOTTO,
    BodyMention,
    LocalityContext,
    body_pattern,
    find_bodies,
    institution_in,
    is_locality_line,
    listed_office,
    locality_context,
    match_body_at,
    province_name,
    resolve_body,
    same_case_run,
    title_case_caps,
)
from pipeline.extract.citations import CitationMention, find_citation_mentions, joint_issuers
from pipeline.extract.dates import MONTH_WORD, YEAR_WORD, find_dates, make_date
from pipeline.extract.orthography import (
    fold,
    is_vietnamese_syllable,
    is_vietnamese_word,
    mend_surname,
    mend_words,
)
from pipeline.extract.scan_noise import repair_header
from pipeline.extract.symbols import Symbol, parse_symbol, type_code
from pipeline.records.models import Body, Level, Provenance, Signer
from pipeline.vocab import doc_types, load_table, phrase_pattern, type_names_to_code

HEADER_LINES = 30
# "Số:", and its scanned forms "SỐ", "sÓ"; lower-case "số" is running text, not the number line.
# ("Số" and what scans make of it before its colon: "S6:4093/QĐ-SHTT", "Sổ:")
_SO = r"(?:S[ốôỐÔóÓ]|s[ỐÔÓ]|^[ \t]*s[ốô](?=[ \t]*:)|S[6ổỔ](?=[ \t]*:))"
# Between "Số:" and the symbol, scanning specks or an unreadable number: one to three stray
# letters ("Số: đ /CT-UBND", "Số: GIF /TCT-TTKT"), a dotted blank ("Số :........ /BHXH"),
# digits run into a speck ("Số: 454? /QĐ-TCT")
# or into letters no number has ("Số: Z32Ø/BTC-QLCS"; "12a/" is a number).
# The symbol is then read without its number, as in an unsigned draft.
_NUMBER_LINE = re.compile(
    rf"(?<![\w]){_SO}[ \t]*:?[ \t]*"
    r"(?:\d{1,5}[^\w\s/.,-]+(?=[ \t]*/)|[^\W\d]{1,3}(?=[ \t]+/)|[.…_]{4,}"
    r"|(?=[^\s/.,-]*\d)(?!\d{1,5}(?:[a-zA-ZđĐ]|[A-ZĐ]{2,5})?[ \t]*/)[^\s/.,-]{2,6}(?=[ \t]*/)"
    r"|[^\w\s/-]{0,3})[ \t]*"
    r"(?=[\d/-]|\s*[/-])"
)
_PLACE_DATE = re.compile(
    rf"(?<![\w/-])(?P<place>(?-i:(?:(?:Thành[ \t]+phố|TP\.?|Tp\.)[ \t]*)?{PLACE_NAME}"
    # (a numbered urban district or ward: "Quận 6, ngày 16 tháng 10 năm 2019")
    rf"|(?:Quận|Phường|QUẬN|PHƯỜNG)[ \t]+\d{{1,2}}(?!\d)))"
    # "," as printed; "." as scans give it, then only before a lower-case "ngày" (a sentence
    # that ends on a place and opens with "Ngày 5 tháng 3 ..." is no place-date line)
    r"[ \t]*(?:,|\.(?=[ \t]*(?-i:n)))[ \t]*ng\S{1,4}?"
    rf"(?P<d>[ \t][^\n]{{0,8}}?|\d[^\n]{{0,6}}?){MONTH_WORD}(?P<m>[^\n]{{0,8}}?)"
    rf"{YEAR_WORD}[ \t]*(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_PLACE_GARBLED_DATE = re.compile(
    rf"(?<![\w/-])(?P<place>(?-i:{PLACE_NAME}))[ \t]*(?:,|\.(?=[ \t]*(?-i:n)))[ \t]*"
    r"ng[aàáạảã]y\S*[ \t]*\S{0,4}[ \t]*th[^\n]*(?:19|20)\d\d",
    re.IGNORECASE,
)
# "Nơi nhận:", and what scans make of it ("Noi nhận", "Nơi nhân", ".Vơi nhận", "Not nhận").
_RECIPIENTS = re.compile(r"(?:^|\s)\S?[NV][ơoóớờ][it][ \t]+nh[ậâaạéẹê]n[ \t]*:", re.IGNORECASE)
# A letter names its addressee: "Kính gửi: ..." (a letter whose header was not copied).
_KINH_GUI = re.compile(r"^\s*Kính[ \t]+gửi\b", re.IGNORECASE)
# "V/v" and what scans make of it ("Vw", "V/w").
# ("._ V/v ...": scanning specks before it)
_VV = re.compile(r"^\s*(?:[._,'‘`~-]{1,3}[ \t]*)?V(?:/[vw]|w)(?![\w])[ \t]*:?[ \t]*", re.IGNORECASE)
_VV_BESIDE_NUMBER = re.compile(r"(?<=[\s*])\*?V/v[ \t]*:?[ \t]*")
# A Party công văn prints its subject as "về việc ..." under the number, with no "V/v".
_ABOUT = re.compile(
    r"^\s*(?=[Vv]ề[ \t]+việc[ \t]+(?!(?:này|đó|trên|nêu)(?![\w]))\w|VỀ[ \t]+VIỆC[ \t]+\w)"
)
# The label of a post's own date line (not the day the page was shown).
_POSTED_ON = re.compile(r"ngày[ \t]+đăng|cập[ \t]+nhật", re.IGNORECASE)
_NEWS_DATE_LINE = re.compile(
    r"ngày đăng|cập nhật|\(\d{4}-\d\d-\d\d\)|^\d{1,2}/\d{1,2}/\d{4}"
    r"|^\(\d{1,2}:\d\d(?::\d\d)?[ \t]+\d{1,2}/\d{1,2}/\d{4}\)",  # "(08:57:00 03/04/2021) ..."
    re.I,
)
_EXPORT_DATE_LINE = re.compile(r"\(\d{4}-\d\d-\d\d\)")
# The Youth Union's name where the Party prints its motto: a header line's end, or a line alone.
_YOUTH_MOTTO_END = re.compile(rf"{YOUTH_UNION_MOTTO}[ \t|]*$")
_YOUTH_MOTTO_ALONE = re.compile(rf"[ \t|]*{YOUTH_UNION_MOTTO}[ \t|]*")
_PARTY_MOTTO = re.compile(r"ĐẢNG[ \t]+CỘNG[ \t]+SẢN[ \t]+VIỆT[ \t]+NAM")
# A title line that says what the document is about: "về ...", "VỀ ...".
_ABOUT_UNDER_NUMBER = re.compile(r"^\s*(?:Về[ \t]*:[ \t]*|(?=Về[ \t]+[a-zđà-ỹ]))")
_ABOUT_LINE = re.compile(r"(?:[Vv]ề|VỀ)[ \t]")
# A part of the body in capitals ("A. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ NHẤT ..."), which no title
# runs on into across a blank line.
_PART_HEADING = re.compile(r"(?:[A-ZĐ][.)][ \t]|[IVXLC]+[.)\-][ \t]*|\d{1,2}[.)][ \t]|PHẦN[ \t])")
# A report's part heading on its own line: "PHẦN I", "Phần thứ nhất", "PHẦN THỨ HAI:".
_REPORT_PART = re.compile(
    r"(?:PHẦN|Phần)[ \t]+(?:(?:[IVX]+|\d{1,2}|(?:THỨ|thứ)[ \t]+\w+)(?:[ \t]*[.:\-–][ \t]*\S.*)?"
    r"|MỞ[ \t]+ĐẦU|mở[ \t]+đầu)[ \t]*[.:]?[ \t]*$"
)
# A section heading of the body ("I. MỤC ĐÍCH, YÊU CẦU", "I- Khái quát tình hình").
_SECTION_HEADING = re.compile(r"(?:[IVXLC]+|\d{1,2})[ \t]*[.)\-]")
_PERSON_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*[ \t]+){1,4}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")


@dataclass
class Line:
    """A logical line and where it starts in the text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# A PDF viewer's page mark run into the first line of the page: "Trang 1UỶ BAN NHÂN DÂN".
_GLUED_PAGE_MARK = re.compile(r"^(?:Trang|TRANG|Page)[ \t]*\d{1,3}(?=[A-ZĐÀ-Ỹ]{2})")


def logical_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Lines of text[start:end], table rows split into cells (" | ") and cell lines (" / ")."""
    out: list[Line] = []
    pos = start
    for raw in text[start:end].split("\n"):
        for m in re.finditer(r"[^|]+", raw):
            cell, cell_start = m.group(0), pos + m.start()
            for part in re.finditer(r"(?:[^/]|/(?! )|(?<! )/)+", cell):
                piece = part.group(0)
                stripped = _GLUED_PAGE_MARK.sub("", piece.strip(" \t*"))
                if stripped:
                    offset = piece.find(stripped)
                    out.append(Line(stripped, cell_start + part.start() + offset))
        pos += len(raw) + 1
    return out


@cache
def _type_titles() -> dict[str, str]:
    """Folded upper-case type name -> type code ('chi thi' -> 'CT')."""
    titles: dict[str, str] = {}
    for code, row in doc_types().items():
        titles.setdefault(fold(row["name"]), code)
    titles[fold("Chương trình hành động")] = "CTr"
    return titles


@cache
def _layout() -> dict:
    return load_table("layout")


@dataclass(frozen=True)
class AttachedDocument:
    """A document printed after the signature of the one that issues it: its type and the
    span of its text below its title and note."""

    doc_type: str
    start: int
    end: int


@dataclass
class Header:
    """What the fixed zones give; each value with its evidence."""

    kind: str = "directive"
    doc_type: str | None = None
    symbol: Symbol | None = None
    date: dt.date | None = None
    place: str | None = None
    issuer: Body | None = None
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    body_start: int = 0
    # a document printed after the signature ("KẾ HOẠCH ... (Ban hành kèm theo Quyết định số
    # ...)"), which the decision issues
    attached: AttachedDocument | None = None


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


# Scanning debris at the start of a wrapped subject line: quote-led fragments, lone letters
# and dashes ('"cụ Ì — trên địa bàn ...').
# (an opening quote before a word is the title's own: '"NGƯỜI VIỆT NAM ƯU TIÊN ..."')
_LINE_DEBRIS = re.compile(
    rf"^(?:(?:[\"'`“](?![{UPPER}][^\W\d_]+[ \t])\S*|[{UPPER}]|[-—–_|]+)[ \t]+)+(?=\w{{2,}})"
)


@cache
def _stamp() -> re.Pattern[str]:
    """The words of the incoming-document stamp (vocab/layout.toml: stamp_words)."""
    words = "|".join(re.escape(w) for w in _layout()["stamp_words"])
    return re.compile(rf"(?:{words})[ \t]*[:|]")


@cache
def _folded(key: str) -> frozenset[str]:
    """A word list of layout.toml as `fold` spells it, for lookups ("weekdays", ...)."""
    return frozenset(fold(word) for word in _layout()[key])


def _is_caption(line: str) -> bool:
    """A photo caption, a credit or a site banner: never a headline."""
    folded = fold(line)
    openers = (*_layout()["caption_openers"], *_layout()["site_banners"])
    if folded.strip(" :") in _folded("section_labels"):
        return True  # a site's section label: "Tin chỉ đạo điều hành"
    if re.fullmatch(_layout()["page_line"], line.strip()):
        return True
    return folded.startswith(tuple(fold(o) for o in openers))


def _photo_credit(line: str) -> bool:
    """A photo's credit line ("Ảnh: Hoàng Luân"), under the photo's caption."""
    credits = [fold(o) for o in _layout()["caption_openers"] if o.startswith("Ảnh:")]
    return fold(line.strip(" *#")).startswith(tuple(credits))


def _debris_words(line: str) -> int:
    """How many words of `line` no Vietnamese spelling allows (scanning debris)."""
    return sum(not is_vietnamese_word(w) for w in line.split() if any(c.isalpha() for c in w))


def _after_debris(line: str) -> str:
    """The words after the last piece of scanning debris, without stray single letters."""
    words = line.split()
    last = max((i for i, w in enumerate(words) if not is_vietnamese_word(w)), default=-1)
    tail = words[last + 1 :]
    while tail and len(tail[0]) == 1:
        tail = tail[1:]
    return " ".join(tail) if len(tail) >= 3 else ""


def _title_line(lines: list[Line]) -> tuple[int, str, str | None] | None:
    """The type line in capitals: ("CHỈ THỊ") or with its title ("QUYẾT ĐỊNH CHẤP THUẬN ...").

    Returns the line index, the type code, and the title phrase after the type, if any.
    """
    found = list(_title_candidates(lines))
    if len(found) > 1:
        # a web page's own heading repeats the title above the document's header ("KẾ HOẠCH
        # CHỈ ĐẠO ... CỦA CHI BỘ ..." above "ĐẢNG BỘ XÃ ..."): the title below the motto wins
        if _above_motto(lines, found[0][0]):
            return next((t for t in found if not _above_motto(lines, t[0])), found[0])
    return found[0] if found else None


def _above_motto(lines: list[Line], index: int) -> bool:
    """The line at `index` stands above the motto: a page's heading, not the document's title."""
    motto = next((i for i, ln in enumerate(lines[:HEADER_LINES]) if _motto_line(ln)), None)
    return motto is not None and index < motto


def _title_candidates(lines: list[Line]) -> Iterator[tuple[int, str, str | None]]:
    titles = _type_titles()
    by_length = sorted(titles, key=len, reverse=True)
    for i, line in enumerate(lines[:HEADER_LINES]):
        text = " ".join(line.text.strip(" *_").split())
        if not _is_caps(text) or MOTTO.search(text):
            continue
        text = re.sub(r"^(?:\(?DỰ THẢO\)?|DỰ THẢO[ \t]*[:-])[ \t]*(?=\S)", "", text)  # a draft's
        folded = fold(text)
        if folded.strip(" :") in _folded("section_labels") and folded not in titles:
            continue  # a site's section: "THÔNG BÁO CHUNG" above a post
        if folded in titles:
            yield i, titles[folded], None
            continue
        for name in by_length:
            if folded.startswith(name + " ") and len(name.split()) >= 2:
                rest = text[len(name) :].strip()
                if fold(rest) in _layout()["type_title_qualifiers"]:
                    yield i, titles[name], None  # "HƯỚNG DẪN LIÊN NGÀNH": still the type
                else:
                    yield i, titles[name], rest[:1] + rest[1:].lower()
                break


# The codes a wrapped symbol carries onto the next line, alone or before the other column.
_WRAPPED_CODES = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,11}(?:-[A-ZĐ][A-ZĐ0-9]{1,11})*(?=[ \t]|$)")


def _number(lines: list[Line], text: str) -> Symbol | None:
    """The document's number/symbol; a "Số:" with its colon wins over a "SỐ" without one
    (a unit's name may cite its founding decision: "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ
    1050/QĐ-SCT" above "Số: 1105/KH-ĐKT")."""
    found = list(_number_candidates(lines, text))
    # a site's metadata block ("Số kí hiệu Số: 218 /BC-UBND") above the copied header
    own = [(sym, colon) for sym, colon in found if not _metadata_field(text, sym.start)]
    found = own or found
    labelled = [sym for sym, colon in found if colon]
    return labelled[0] if labelled else (found[0][0] if found else None)


def _metadata_field(text: str, at: int) -> bool:
    """Whether `at` is on a line of a web page's metadata block, which opens with a field's
    label (layout.toml: metadata_labels): "Số kí hiệu Số: 218 /BC-UBND"."""
    line = text[text.rfind("\n", 0, at) + 1 : at].strip(" \t|")
    return any(fold(line).startswith(fold(label)) for label in _layout()["metadata_labels"])


def _number_candidates(lines: list[Line], source: str) -> Iterator[tuple[Symbol, bool]]:
    """Every number line of the header, and whether it was labelled "Số:" with its colon."""
    for k, line in enumerate(lines[:HEADER_LINES]):
        m = _NUMBER_LINE.search(line.text)
        if not m and re.fullmatch(rf"[ \t]*{_SO}[ \t]*:[ \t]*", line.text) and k + 1 < len(lines):
            line = lines[k + 1]  # a flattened header cell: "Số:" / "88-KH/TU"
            m = re.compile(r"[ \t]*(?=\d)").match(line.text)
            if not m and re.fullmatch(r"[ \t]*/[ \t]*", source[lines[k].end : line.start]):
                # a draft's blank number, its " / " read as a cell break: "Số:    / TB-UBND"
                sym = parse_symbol("/" + line.text)
                if sym and sym.doc_type:
                    yield replace(sym, start=lines[k].start, end=line.end), True
                continue
        if not m or _in_running_text(line.text[: m.start()], line.text[m.start() : m.end()]):
            continue
        # A scanning speck after the number ("Số: 93. /KH-UBND") stands where a space was; a
        # scan may split the number ("Số: 3 70 /TCHQ-TXNK") or read its slash as a space
        # ("Số: 4451 CT-KK").
        rest = re.sub(r"^(\d{1,5})[.,](?=[ \t]*/)", r"\1 ", line.text[m.end() :])
        rest = re.sub(r"^(\d{1,3}) (\d{1,3})(?=[ \t]*/)", r"\1\2", rest)
        rest = re.sub(r"^(\d{1,5})[ \t]+(?=[A-ZĐ]{1,6}-[A-ZĐ])", r"\1/", rest)
        # ... or lose a Party number's dash: "Số 09 KH/ĐU" is 09-KH/ĐU
        lost = re.match(r"(\d{1,4})[ \t]+([A-ZĐ][A-Za-zĐđ]{0,4})[ \t]*/", rest)
        if lost and type_code(lost.group(2)):
            rest = f"{lost.group(1)}-{rest[lost.start(2) :]}"
        sym = parse_symbol(rest)
        if sym:
            at = line.start + m.end()
            colon = ":" in line.text[: m.end()] or line is not lines[k]
            end = sym.end + at
            wrapped = _WRAPPED_CODES.match(lines[k + 1].text) if k + 1 < len(lines) else None
            if wrapped and re.match(r"-(?:[ \t]|$)", rest[sym.end :]):
                # a narrow cell wraps a joint symbol after its dash: "Số: 24/HDLN-BCA-BQP-BYT-"
                # / "BCT-BTC-VKSNDTC-TANDTC"
                joined = parse_symbol(rest[: sym.end] + "-" + wrapped.group(0))
                if joined and joined.end > sym.end:
                    sym, end = joined, lines[k + 1].start + wrapped.end()
            yield replace(sym, start=sym.start + at, end=end), colon


# The signer as a legal database lists it above the text.
_SIGNED_BY = re.compile(
    # "Người ký: X", "| Người ký: | X |", or a field line without its colon: "Người ký X"; a
    # portal's "Người ký văn bản:" with "X - Phó Chủ tịch UBND phường ..." below it
    r"(?:Người[ \t]+ký(?:[ \t]+văn[ \t]+bản)?[ \t]*[:|](?:[ \t]*\|)?(?:[ \t]*\n){0,3}"
    r"|(?:^|(?<=\n))[ \t]*Người[ \t]+ký(?=[ \t]))[ \t]*"
    r"(?P<name>[A-ZĐÀ-Ỹ][a-zđà-ỹ]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})"
    r"(?=[ \t]*(?:\||\n|$|[-–][ \t]+(?P<title>[^\n]+)))"
)


def _motto_line(line: Line) -> bool:
    """A line that prints the motto as a header does, not a sentence naming the State ("... nước
    Cộng hòa xã hội chủ nghĩa Việt Nam ra đời ..."), nor a slogan ("- Nước Cộng hòa xã hội chủ
    nghĩa Việt Nam muôn năm!")."""
    if line.text.rstrip().endswith("!"):
        return False
    m = MOTTO.search(line.text)
    if m is not None and re.match(r"[ \t]*[(,;]", line.text[m.end() :]):
        return False  # a title naming the Party: "... THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930"
    if m is not None and (_is_caps(m.group(0)) or len(line.text) - len(m.group(0)) < 60):
        return True
    # the Youth Union's name where the Party prints its motto: alone, or after the left
    # column's body ("THỊ ĐOÀN PHƯỚC LONG   ĐOÀN TNCS HỒ CHÍ MINH"), never inside a title
    youth = _YOUTH_MOTTO_END.search(line.text)
    before = line.text[: youth.start()].strip(" \t|*") if youth else ""
    return youth is not None and (
        not before or body_pattern().fullmatch(title_case_caps(before)) is not None
    )


def _in_running_text(before: str, label: str) -> bool:
    """A "Số" inside a sentence, not the number line: "...; Công văn Số 508/UBND-YT ngày ..."
    (after a type name, or after a word in lower case without the colon)."""
    before = before.rstrip(" \t*|")
    folded = fold(before)
    if any(folded.endswith(" " + t) or folded == t for t in _type_titles()):
        return True
    last = before.split()[-1] if before.split() else ""
    return ":" not in label and any(ch.islower() for ch in last)


def _unstarred(text: str) -> str:
    """Markdown emphasis dropped: "*Hà Nội, ngày 02 tháng* *5 năm 2024*" -> "Hà Nội, ngày 02
    tháng 5 năm 2024" (a date split by italics)."""
    return " ".join(text.replace("*", " ").split()) if "*" in text else text


_NUMBER_THEN_DATE = re.compile(
    rf"^[ \t*|]*{_SO}[ \t]*:?[ \t]*\d{{1,5}}[ \t]*[-/][^\s,]+[ \t]*,[ \t]*ngày(?=[ \t]+\d)"
)


_PLACE_WITHOUT_COMMA = re.compile(
    rf"^[ \t*|]*(?P<place>(?-i:{PLACE_NAME}))"
    r"(?=[ \t]+ngày[ \t]+\d[^\n]*(?:19|20)\d\d[ \t.*|]*$)"
)
_DOTTED_PLACE_DATE = re.compile(r"^[ \t*|]*[.…_]{3,}[ \t]*,[ \t]*ngày(?=[ \t]+\d)")


def _place_date(lines: list[Line]) -> tuple[str | None, dt.date | None, Line | None]:
    for k, line in enumerate(lines[:HEADER_LINES]):
        m = _PLACE_DATE.search(_unstarred(line.text))
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if not m and nxt and re.search(r",[ \t]*ngày(?:[ \t]+\d{1,2})?[ \t]*$", line.text):
            # the line breaks inside the date: "Hà Nội, ngày 24" / "tháng 8 năm 2018"
            m = _PLACE_DATE.search(f"{line.text} {nxt.text}")
        if not m and nxt and re.search(r",[ \t]*ngày.*tháng[ \t]*\d{1,2}[ \t]*$", line.text):
            # ... or before the year: "La, ngày 16 tháng 11" / "năm 2018"
            m = _PLACE_DATE.search(f"{line.text} {nxt.text}")
        if not m and nxt and re.search(r",[ \t]*$", line.text) and nxt.text.lstrip()[:4] == "ngày":
            # ... or after the place: "Thọ Xuân," / "ngày 17 tháng 7 năm 2018"
            m = _PLACE_DATE.search(f"{line.text} {nxt.text}")
        bare = None if m else _PLACE_WITHOUT_COMMA.match(line.text)
        if bare and fold(bare["place"].split()[0]) in _folded("date_phrase_openers"):
            bare = None  # "Từ ngày 01 tháng 02 năm 2024", "Chiều ngày 12 tháng 3 năm 2024"
        if bare:
            # a scan lost the comma: "Hà Nội ngày 20 tháng 01 năm 2017", a line of its own
            m = _PLACE_DATE.search(f"{line.text[: bare.end()]}, {line.text[bare.end() :]}")
        if not m or fold(m["place"].strip()) in _folded("weekdays"):
            continue  # "Thứ Năm, ngày 25 tháng 7 năm 2024": the day a web page was shown
        day, month = m["d"].strip(), m["m"].strip()
        date = None
        if re.fullmatch(r"\d{1,2}", day) and re.fullmatch(r"\d{1,2}", month):
            date = make_date(m["y"], month, day)
        place = _respelt(title_case_caps(same_case_run(m["place"].strip(), last=True)))
        previous = lines[k - 1].text.strip(" *|") if k else ""
        if m.start("place") == len(line.text) - len(line.text.lstrip(" *|")) and previous:
            # a narrow cell wraps the name: "Bà Rịa - Vũng" / "Tàu, ngày 08 tháng 01 ..."
            joined = f"{previous} {place}"
            if province_name(joined) == joined or re.fullmatch(r"TP\.?|Tp\.|Thành phố", previous):
                place = joined  # ... or "TP." / "Hồ Chí Minh, ngày 24 tháng 12 năm 2021"
        return place, date, line
    for line in lines[:HEADER_LINES]:
        # a letter that prints its date after its number, with no place: "Số: 550/SGDĐT-GDTX,
        # ngày 14 tháng 4 năm 2017"; a form whose place is left dotted: ".........., ngày 20
        # tháng 6 năm 2018"
        m = _NUMBER_THEN_DATE.search(line.text) or _DOTTED_PLACE_DATE.search(line.text)
        found = find_dates(line.text[m.end() - 4 :]) if m else []
        if found:
            return None, found[0].date, line
    for line in lines[:HEADER_LINES]:
        # a scan garbled the date but not the place: "Ha Nội, ngày AS thang 11 năm 2024"
        m = _PLACE_GARBLED_DATE.search(line.text)
        if m and fold(m["place"].strip()) not in _folded("weekdays"):
            place = title_case_caps(same_case_run(m["place"].strip(), last=True))
            return province_name(place) or place, None, line
    return None, None, None


def _respelt(place: str) -> str:
    """A province's name as listed when a scan or keyboard lost its tone marks: "Ha Nội" ->
    "Hà Nội" (not "Bình Minh" -> "Bình Định", nor "Phù Yên" -> "Phú Yên": a town may be
    named like a province, and only a word printed without any mark is mended)."""
    words = place.split()
    for province in load_table("bodies")["provinces"]:
        listed = province.split()
        if len(listed) == len(words) and all(
            w in (p, _unmarked(p)) for w, p in zip(words, listed, strict=True)
        ):
            return province
    return place


def _unmarked(word: str) -> str:
    """A word without any of its marks: "Hà" -> "Ha", "Nội" -> "Noi"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare.replace("Đ", "D").replace("đ", "d")


def _subject(
    lines: list[Line], title_index: int | None, source: str = ""
) -> tuple[str | None, Line | None]:
    openers = tuple(_layout()["zones"]["body_openers"])
    if title_index is not None:
        parts: list[str] = []
        first: Line | None = None
        previous: Line | None = None
        window = lines[title_index + 1 : title_index + 6]
        about_follows = any(_ABOUT_LINE.match(ln.text.strip(" *")) for ln in window[1:4])
        spaced = False  # a blank line between the type line and the title's first line
        for line in window:
            text = line.text.strip(" *")
            if re.fullmatch(r"[-_=.*\s—–]+", text) or not text:
                if parts:
                    break
                continue
            if (
                parts
                and previous
                and "\n\n" in source[previous.end : line.start]
                and not re.search(r"(?<![\w])(?:và|của|về|cho|với|,|-)$", parts[-1], re.I)
                and not text[:1].islower()
                and not (
                    spaced
                    and _is_caps(parts[-1])
                    and _is_caps(text)
                    and not _PART_HEADING.match(text)
                )
            ):
                # a blank line ends the subject, unless a line ended on "và" or "," or the next
                # goes on in lower case, or the title in capitals goes on where every line of
                # the title was its own paragraph (web pages print each line as a paragraph)
                break
            if not parts and text:
                spaced = "\n\n" in source[lines[title_index].end : line.start]
            previous = line
            hard_stop = text.startswith(("Căn cứ", "Kính gửi")) or text == "Căn"  # "Căn / cứ"
            hard_stop = hard_stop or _TELEGRAM.match(text) is not None  # "BỘ TRƯỞNG ..., điện:"
            if hard_stop or (parts and text.startswith(openers)) or len(text) > 300:
                break
            if not parts and _announcing_body(text, LocalityContext()):
                continue  # "THÔNG BÁO" / "UBND XÃ HẢI TRẠCH THÔNG BÁO" / "V/v ...": who, not what
            motto = MOTTO.search(text)
            if motto and not re.search(r"NƯỚC[ \t]+$", text[: motto.start()], re.IGNORECASE):
                break  # (not "... GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ...")
            if parts and _ends_caps_title(parts, text, source[line.end : line.end + 80]):
                break
            if parts and text.endswith(":") and not parts[-1].endswith((",", "và")):
                break  # "Kết quả thực hiện trong 2 tuần qua ...:": the body's lead-in
            if parts and _SECTION_HEADING.match(text) and not re.match(r"\d+[-/.]\w*/", text):
                break  # "I- TÌNH HÌNH VÀ NGUYÊN NHÂN" (not "75-KL/TW NGÀY ..." wrapped on)
            if parts and _REPORT_PART.match(text):
                break  # a report's first part: "PHẦN I", "Phần thứ nhất"
            if not parts and _is_caps(text) and (about_follows or fold(text).startswith("cua ")):
                # "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về ...", "KẾT LUẬN / HỘI NGHỊ LẦN
                # THỨ BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIV / về ...": who, not what;
                # "CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG ...": what follows "VỀ" on the same line
                about = re.search(r"(?<![\w])VỀ[ \t]", text)
                if about is None:
                    continue
                text = text[about.start() :]
            if not parts:
                about = re.search(r"(?<![\w])Về[ \t]", text)
                if about and about.start() > 0:
                    text = text[about.start() :]
                text = _VV.sub("", text)  # "THÔNG BÁO / V/v triển khai ...": without "V/v"
                first = line
            else:
                text = _LINE_DEBRIS.sub("", text)
                if _stamp().search(text) or _debris_words(text) >= 2:
                    # the incoming-document stamp scanned over the subject: keep the words
                    # after its debris ("CỤ T§6 .J}LŸ-2 ị trên địa bàn tỉnh ..."), then stop
                    tail = _after_debris(text)
                    if tail and not _stamp().search(tail):
                        parts.append(tail)
                    break
            parts.append(text)
            if text.endswith((".", ":")):
                break
        if parts:
            return _joined_symbols(" ".join(" ".join(parts).split())), first
    for i, line in enumerate(lines[:HEADER_LINES]):
        m = _VV.match(line.text) or _ABOUT.match(line.text)
        if not m and i and _NUMBER_LINE.search(lines[i - 1].text):
            # "Số: 2865/GDĐT-KT&KĐCL" / "Về: tham gia ý kiến ...": a letter's subject under its
            # number, opened by "Về" (its "Về:" is a label like "V/v:")
            m = _ABOUT_UNDER_NUMBER.match(line.text)
        if not m and _NUMBER_LINE.search(line.text):
            m = _VV_BESIDE_NUMBER.search(line.text)  # one table cell: "Số: 683/BTC-CST *V/v ...*"
        if not m and i and _NUMBER_LINE.search(lines[i - 1].text) and _bare_letter_subject(line):
            m = re.match(r"\s*", line.text)  # "Số -CV/ĐU" / "Mời dự làm việc với ...": no label
        if not m:
            continue
        first_part = line.text[m.end() :]
        # the place-date column beside the subject ("V/v triển khai ... Hà Nội, ngày ...")
        beside = _PLACE_DATE.search(first_part) or _PLACE_GARBLED_DATE.search(first_part)
        if beside and beside.start() > 0:
            first_part = first_part[: beside.start()]
        parts = [first_part.strip(" *")]
        previous = line
        following = lines[i + 1 : i + 7]
        for k, nxt in enumerate(following):
            text = nxt.text.strip()
            gap = "\n\n" in source[previous.end : nxt.start]
            # (in two columns the subject's short next line may come after a blank one)
            gap = gap and not (beside and previous is line and len(text) <= 60)
            # (a page that prints every line as a paragraph: the V/v's second line, then the
            # addressee: "V/v Hướng dẫn thực hiện nhiệm vụ" / "Giáo dục trung học ..." / "Kính
            # gửi: ...")
            after = following[k + 1].text.strip() if k + 1 < len(following) else ""
            gap = gap and not (
                previous is line
                and i
                and "\n\n" in source[lines[i - 1].end : line.start]
                and len(text) <= 80
                and not text.endswith((".", ";", ":"))
                and after.startswith("Kính gửi")
            )
            if (
                not text
                or (gap and not text[:1].islower())
                or text.startswith(openers)
                or _PLACE_DATE.search(text)
                or _is_caps(text)
                or MOTTO.search(text)
                or parts[-1].endswith((".", ":"))
            ):
                break
            parts.append(text)
            previous = nxt
        subject = " ".join(" ".join(parts).split())
        # a scan runs the addressee line into the subject: "... xăng E5 Cole ... Kính gửi:"
        subject = re.split(r"[ \t]*Kính[ \t]+gửi\b", subject)[0]
        return _joined_symbols(subject.rstrip(". ")), line
    return None, None


def _unquoted(subject: str) -> str:
    """A subject a copy wrapped in quotation marks ("“V/v tạm thời đóng cửa ...”"): its words,
    without the marks and the "V/v" label."""
    m = re.fullmatch(r"[“\"](?P<inner>[^“”\"]+)[”\"]", subject.strip())
    return _VV.sub("", m["inner"]).strip() if m else subject


def _joined_symbols(subject: str) -> str:
    """A symbol that a line break cut after its dash is one word again: 'Quyết định số
    1696/QĐ- UBND' -> '1696/QĐ-UBND'."""
    return re.sub(r"(\d/[A-ZĐ][\wĐđ/-]*-) (?=[A-ZĐ0-9])", r"\1", subject)


def _ends_caps_title(parts: list[str], text: str, after: str) -> bool:
    """Whether `text` is past the end of a title printed in capitals: a sentence-case line
    ("VỀ TĂNG CƯỜNG ... TRÊN ĐỊA BÀN TỈNH / Do tác động của ...") or the decision's authority
    line before its grounds ("... GIAI ĐOẠN 2021 - 2025 / ỦY BAN NHÂN DÂN TỈNH / Căn cứ ..."),
    which also ends a subject in sentence case ("Về việc chấp nhận đơn hợp lệ" / "CỤC TRƯỞNG
    CỤC SỞ HỮU TRÍ TUỆ" / "Căn cứ ...")."""
    if not all(_is_caps(p) for p in parts):
        return _is_caps(text) and _authority_line(text, after)
    if not _is_caps(text) and re.match(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*[ \t]+[a-zđà-ỹ]", text):
        return True
    return _authority_line(text, after)


def _authority_line(text: str, after: str) -> bool:
    """The line of a decision's authority before its grounds: a body, or an office and its body
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI" / "Căn cứ ...")."""
    after = after.lstrip(" \t\n*_")
    grounds = re.match(r"Căn(?:\s+cứ|[ \t]*$)", after) or _SESSION.match(after)  # ("Căn" / "cứ")
    return grounds is not None and _authority_name(text) is not None


# A council's session under its authority line: "KHÓA XVIII, KỲ HỌP THỨ 4" (a scan may break it
# inside a word: "KH" / "ÓA XVIII, ...").
_SESSION = re.compile(r"K\s*H\s*[ÓO]\s*A[ \t]+[IVXLC]+\b[^\n]{0,12}K[ỲY][ \t]+HỌP", re.IGNORECASE)


def _authority_name(text: str) -> str | None:
    """The body an authority line names, without the office holder before it."""
    named = title_case_caps(text)
    office = next(
        (t for t in load_table("bodies")["office_titles"] if fold(named).startswith(fold(t) + " ")),
        None,
    )
    if office:  # "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": an office holder decides
        named = named[len(office) :].strip()
    return named if body_pattern().fullmatch(named) else None


def _authority_body(
    lines: list[Line], start: int, text: str, context: LocalityContext
) -> Body | None:
    """The body a decision's authority line names in full ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI
    PHÒNG" / "Căn cứ ..."), between the title and the grounds."""
    for k, line in enumerate(lines[start : start + 8], start=start):
        printed = line.text.strip(" *")
        if k and _KINH_GUI.match(lines[k - 1].text):
            continue  # "Kính gửi:" / "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG": the addressee
        if _is_caps(printed) and _authority_line(printed, text[line.end : line.end + 80]):
            named = _authority_name(printed)
            found = match_body_at(named, 0, context) if named else None
            return found.body if found and found.end == len(named) else None
    return None


def _bare_letter_subject(line: Line) -> bool:
    """A letter's subject printed under its number with no "V/v" (a commune Party committee's
    "Số -CV/ĐU" / "Mời dự làm việc với Uỷ ban MTTQVN và các"): a sentence's opening in mixed
    case, not the place and date, the motto, the addressee, a body's name or the body's start."""
    text = line.text.strip(" *")
    words = text.split()
    return (
        len(words) >= 3
        and text[0].isupper()
        and not _is_caps(text)
        and not text.endswith((":", ";"))
        and not _PLACE_DATE.search(text)
        and not _PLACE_WITHOUT_COMMA.match(text)  # "Đông Anh ngày 20 tháng 01 năm 2024"
        and not _NUMBER_LINE.search(text)  # (under a heading that reads like one: "SỐ 8")
        and not _KINH_GUI.match(text)
        and not MOTTO.search(text)
        and not text.startswith(tuple(_layout()["zones"]["body_openers"]))
        and not body_pattern().match(text)
        and all(is_vietnamese_word(w) for w in re.findall(r"[^\W\d_]+", text))
    )


def _title_subject(lines: list[Line], index: int, rest: str) -> tuple[str, Line]:
    """The title phrase after the type, with the lines in capitals that continue it."""
    parts = [rest]
    following = lines[index + 1 : index + 5]
    for k, line in enumerate(following[:3]):
        text = " ".join(line.text.strip(" *").split())
        if not _is_caps(text.split("(")[0]) or MOTTO.search(text):
            break
        if k + 1 < len(following) and _authority_line(text, following[k + 1].text):
            break  # "GIẤY PHÉP SỬ DỤNG ... / CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI / Căn cứ ..."
        parts.append(text.lower())
    return " ".join(parts), lines[index]


def _first_paragraph(lines: list[Line], place_date: Line | None) -> int:
    """Where the header ends when no type line closes it: the first paragraph of running text
    below the place-date line (the signature's "PHÓ CHỦ TỊCH UBND HUYỆN" of a short letter is
    no header line)."""
    below = next((i for i, ln in enumerate(lines) if ln is place_date), None)
    if below is None:
        return HEADER_LINES
    for i, line in enumerate(lines[below + 1 : HEADER_LINES], start=below + 1):
        if len(line.text.strip()) > 80 and not _is_caps(line.text):
            return i
    return HEADER_LINES


def _header_issuer(
    lines: list[Line], stop: int, context: LocalityContext, text: str, place: str | None = None
) -> Body | None:
    """The last body named in the header's left column: 'UBND TỈNH X / SỞ Y' -> Sở Y tỉnh X."""
    left: list[str] = []
    wrapped_motto = False  # the motto's "NAM" went to the next line, beside this column
    for line in lines[:stop]:
        cleaned = MOTTO.sub(" ", line.text)
        # (the Youth Union prints its name where the Party prints its motto)
        cleaned = _YOUTH_MOTTO_END.sub(" ", cleaned)
        if wrapped_motto:
            cleaned = re.sub(r"[ \t]+NAM[ \t]*$", " ", cleaned)
        motto = MOTTO.search(line.text)
        wrapped_motto = bool(motto and re.search(r"VI\S{1,3}$", motto.group(0), re.IGNORECASE))
        cleaned = _PLACE_DATE.sub(_before_place, cleaned)
        # the number beside the column: "Số: 5/...", "Số 17-KH/..." (not "... THEO QUYẾT ĐỊNH
        # SỐ 1050/QĐ-SCT", a unit's name in capitals)
        cleaned = re.sub(rf"(?:{_SO}[ \t]*:|Số[ \t]*(?=\d)).*", " ", cleaned)
        cleaned = cleaned.strip(" *|")
        if re.fullmatch(r"\d*[ \t]*/[^\s/]+(?:/[^\s/]+)?", cleaned):
            continue  # the number's symbol wrapped below an empty "Số:" ("/KH-UBND")
        if _is_caps(cleaned):
            left.append(title_case_caps(cleaned))
    left = [ln for ln in left if not re.fullmatch(r"[-_=*\s]*", ln)]
    joined = "\n".join(left)
    mentions = [m for m in _body_matches(joined, context) if not _inside_unit_name(joined, m)]
    if mentions:
        organ = _organ_below(joined[mentions[-1].end() :], resolve_body(mentions[-1], context))
        if organ:
            return organ
    unit = _unit_line(joined, mentions[-1].end() if mentions else 0)
    if unit and mentions:
        # "UBND TỈNH LÀO CAI / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP": a unit of a local UBND
        # carries its locality, as a Sở does ("Sở Xây dựng tỉnh Lào Cai")
        superior = resolve_body(mentions[-1], context).body.name
        local = re.match(rf"(?:Ủy ban nhân dân|Đảng ủy) ((?:{_LOCALITY_KINDS}) .+)$", superior)
        named = rf"(?<![\w])(?:{_LOCALITY_KINDS})[ \t]+[{UPPER}\d]"  # (not "Công tác xã hội")
        if local and not re.search(named, unit.name):
            # (a unit that names its level bare, "BAN CHỈ HUY QUÂN SỰ XÃ", takes the name once)
            bare = re.sub(rf"[ \t]+(?:{_LOCALITY_KINDS})$", "", unit.name)
            unit = unit.model_copy(update={"name": f"{bare} {local.group(1)}"})
    if unit:
        return unit
    if not mentions:
        return None
    m = mentions[-1]
    mention = resolve_body(m, context)
    body = mention.body
    above = resolve_body(mentions[-2], context).body if len(mentions) > 1 else None
    organisation = _organisation_of_central_organ(body, above, lines, stop)
    if organisation:
        return Body(name=f"{body.name} {organisation}", surface=body.surface, level=body.level)
    if above and body.name.startswith("Ủy ban Hội ") and above.name.startswith("Hội "):
        # "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM / ỦY BAN HỘI HUYỆN BÙ ĐĂNG": its committee
        named = f"Ủy ban {above.name}{body.name[len('Ủy ban Hội') :]}"
        return Body(name=named, surface=body.surface, level=body.level)
    council = next(
        (h for h in ("Ủy ban nhân dân", "Hội đồng nhân dân") if body.name.startswith(h)), None
    )
    if council and not m["kind"] and not m["name"] and (body.name == council or body.inferred):
        kind = _own_level_word(text, council)
        central = place in load_table("bodies")["central_cities"]
        if place and _is_province(place) and (kind in (None, "tỉnh") or central):
            # a copy that lost the header's second line ("TỈNH SƠN LA"): the place-date line
            # names the province (NĐ 30/2020: a body's place is its locality's name), whatever
            # cities the body speaks of ("Thành phố Hồ Chí Minh, Thành phố Hà Nội")
            name = f"{council} {'Thành phố' if central else 'tỉnh'} {place}"
            return Body(name=name, surface=body.surface, level=Level.province, inferred=True)
        if kind and body.name == council:
            scope = load_table("bodies")["locality_kinds"][kind]
            found = context.get(scope)
            name = f"{body.name} {kind}" + (f" {found[1]}" if found else "")
            body = Body(name=name, surface=body.surface, level=body.level, inferred=True)
    return body


def _organisation_of_central_organ(
    organ: Body, above: Body | None, lines: list[Line], stop: int
) -> str | None:
    """Whose "BAN CHẤP HÀNH TRUNG ƯƠNG" a header prints: the national organisation named on the
    line above it ("HỘI NÔNG DÂN VIỆT NAM"), or the Youth Union's name where the Party prints
    its motto; the Party's own when neither (bodies.toml: central_organs)."""
    table = load_table("bodies")
    if organ.name not in table["central_organs"]:
        return None
    organisations = table["national_organisations"]
    if above is not None and above.name in organisations:
        return above.name
    # (the right column's cell: a line of its own, or the end of a header line that layout
    # text joined to the left column's)
    if any(_PARTY_MOTTO.search(line.text) for line in lines[:HEADER_LINES]):
        return None  # the Party's motto: its own Central Committee
    if any(_YOUTH_MOTTO_END.search(line.text) for line in lines[:stop]) or any(
        _YOUTH_MOTTO_ALONE.fullmatch(line.text) for line in lines[:HEADER_LINES]
    ):
        return organisations[0]
    return None


def _bare_body_name(text: str) -> bool:
    """A line that is only a body's name with no place: a site's banner, not a headline that
    opens with a body ("HỘI NÔNG DÂN XÃ TÂN LẬP TỔNG KẾT ...")."""
    named = title_case_caps(" ".join(text.split()))
    found = match_body_at(named, 0, LocalityContext())
    if found is None or found.end != len(named):
        return False
    kinds = "|".join(load_table("bodies")["locality_kinds"])
    return re.search(rf"(?<![\w])(?:{kinds})(?![\w])", found.body.name, re.IGNORECASE) is None


def _before_place(m: re.Match[str]) -> str:
    """What a place-date match took from the column beside it: "BAN CHỈ ĐẠO QUY CHẾ DÂN CHỦ
    Tân Phong, ngày ..." keeps "DÂN CHỦ" (the place is the last run of words in one case)."""
    place = m["place"]
    run = same_case_run(place.strip(), last=True)
    return place[: place.rfind(run)] + " " if run and run in place else " "


def _is_province(place: str) -> bool:
    """A province's or centrally-run city's name (a body at that level is placed by it), not
    a town's: "Biên Hòa" gives no "Ủy ban nhân dân phường Biên Hòa"."""
    return province_name(place) == place


def _inside_unit_name(joined: str, m: re.Match[str]) -> bool:
    """A body named inside a unit's name on its header line: "BAN CHỈ ĐẠO ĐIỀU TRA CƠ SỞ HÀNH
    CHÍNH TRUNG ƯƠNG" is the steering committee, not "Trung ương"."""
    prefix = joined[joined.rfind("\n", 0, m.start()) + 1 : m.start()]
    folded = fold(prefix)
    return bool(prefix.strip()) and any(
        folded.startswith(fold(word) + " ") for word in _layout()["zones"]["unit_words"]
    )


def _body_matches(text: str, context: LocalityContext) -> list[re.Match[str]]:
    """Body mentions in order, each search resuming where the resolved name ends: "UBND TỈNH
    LÀO CAI SỞ NÔNG NGHIỆP ..." on one line is two bodies, the province's name ending at
    "Lào Cai"."""
    found: list[re.Match[str]] = []
    pos = 0
    while m := body_pattern().search(text, pos):
        found.append(m)
        pos = max(resolve_body(m, context).end, m.start() + 1)
    return found


_PARTY_CENTRE = ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "Trung ương Đảng")


def _organ_below(rest: str, superior: BodyMention) -> Body | None:
    """A committee's staff organ printed alone below it ('TỈNH ỦY LÀO CAI / BAN TUYÊN GIÁO',
    'BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG'): the organ of that committee."""
    printed = " ".join(rest.split())
    organ = next((o for o in load_table("bodies")["organs"] if fold(o) == fold(printed)), None)
    if organ is None or organ in ("Ban Chấp hành", "Ban chấp hành"):
        return None
    body = superior.body
    if body.name in _PARTY_CENTRE:  # the central organs' own names: "Văn phòng Trung ương Đảng"
        central = load_table("bodies")["symbol_issuers"].values()
        named = next((n for n in central if n.startswith(f"{organ} Trung ương")), None)
        named = named or f"{organ} Trung ương"
    else:
        named = f"{organ} {body.name}"
    found = match_body_at(named, 0, LocalityContext())
    if found and found.end == len(named):
        return Body(**{**found.body.model_dump(), "surface": printed})
    return Body(name=named, surface=printed, level=body.level)


_LOCALITY_KINDS = "tỉnh|[Tt]hành phố|huyện|[Qq]uận|thị xã|xã|[Pp]hường|thị trấn"


def _unit_line(joined: str, after: int) -> Body | None:
    """A staff unit printed below its superior ('BỘ CÔNG THƯƠNG / CỤC HÓA CHẤT'), which the
    body table cannot know by name: the header lines from an organisation word on."""
    words = "|".join(re.escape(w) for w in _layout()["zones"]["unit_words"])
    m = re.compile(rf"(?:^|\n)(?:{words})(?![\w])", re.IGNORECASE).search(joined, after)
    if not m:
        return None
    raw = " ".join(joined[m.start() :].split())
    for listed in _layout()["zones"]["unit_names"]:
        if fold(listed) == fold(raw):
            return Body(name=listed, surface=raw)
    words = _layout()["zones"]["unit_words"]
    word = max((w for w in words if fold(raw).startswith(fold(w) + " ")), key=len, default=None)
    if word is None:
        return None
    rest = raw[len(word) :].split()
    if not rest:
        return None
    listed = listed_office(" ".join(rest))
    if listed:
        return Body(name=f"{word} {listed}", surface=raw)
    first = (
        rest[0].lower()
        if rest[0].lower() in ("các", "và")
        else rest[0][:1].upper() + rest[0][1:].lower()
    )
    spelt = [_abbreviations().get(w, w) if _kept_caps(w) else w.lower() for w in rest[1:]]
    if _kept_caps(rest[0]):
        first = _abbreviations().get(rest[0], rest[0])  # "BAN CHỈ HUY PCTT"
    name = " ".join([word, first, *spelt])
    name = re.sub(r"(?<![\w])trung ương(?![\w])", "Trung ương", name)  # a proper name's part
    return Body(name=name, surface=raw)


@cache
def _abbreviations() -> dict[str, str]:
    return load_table("bodies")["abbreviations"]


def _kept_caps(word: str) -> bool:
    """An abbreviation inside a unit's name keeps its capitals ("Chương trình MTQG")."""
    return len(word) > 1 and word.isupper()


def _own_level_word(text: str, head: str) -> str | None:
    """Which level the text calls its own body: 'Chủ tịch UBND tỉnh yêu cầu' -> 'tỉnh'."""
    kinds = load_table("bodies")["locality_kinds"]
    abbr = "UBND" if head.startswith("Ủy") else "HĐND"
    counts: dict[str, int] = {}
    pattern = rf"(?:{head}|{abbr})[ \t]+({'|'.join(kinds)})(?![\w])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if re.search(r"của[ \t]+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "Kế hoạch số 45/KH-UBND của UBND tỉnh": the body cited, not its own
        kind = m.group(1).lower()
        counts[kind] = counts.get(kind, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _is_person_name(text: str, caps: bool = False) -> bool:
    """Two to five capitalised Vietnamese words ("Nguyễn Văn Tuấn"), not OCR debris. With
    `caps`, a name printed in capitals ("NGUYỄN VĂN TUẤN") counts too, unless it is a title or
    names a body."""
    words = text.split()
    if caps and _is_caps(text) and 2 <= len(words) <= 4:
        return (
            all(
                is_vietnamese_word(w) and len(w) >= 2 and w.replace("'", "").isalpha()
                for w in words
            )
            and fold(text) not in _type_titles()  # "QUYẾT ĐỊNH:" opens a decision's articles
            and not _canonical_title(text)
            and not body_pattern().search(text)
            and not MOTTO.search(text)
        )
    return (
        bool(_PERSON_NAME.match(text))
        # each word capitalised, not a code in capitals ("TGĐ Cổng TTĐT" is no name)
        and all(
            w[0].isupper() and (len(w) == 1 or w[1:].islower()) and is_vietnamese_word(w)
            for w in words
        )
        and not _is_caps(text)
        and not _canonical_title(text)
    )


def _person_name(text: str) -> str:
    """The name as written in records: 'NGUYỄN VĂN TUẤN' -> 'Nguyễn Văn Tuấn'."""
    return title_case_caps(text) if _is_caps(text) else text


def _signer_name(text: str, caps: bool = False) -> str | None:
    """The person's name a signature line holds, its family name read through scanning debris
    ("ấñng Văn Minh" is Đặng Văn Minh); None for any other line."""
    for cand in dict.fromkeys((text, mend_surname(text))):
        if _is_person_name(cand, caps):
            return _person_name(cand)
    return None


def _leading_title(words: list[str], rest: bool = False) -> tuple[str, int] | None:
    """The longest listed signer title that opens `words`, and how many words it takes; with
    `rest`, only a title that more words follow ("PHÓ CHỦ TỊCH" / "UBND HUYỆN")."""
    for title in sorted(_layout()["signer_titles"], key=len, reverse=True):
        count = len(title.split())
        if fold(" ".join(words[:count])) == fold(title) and (len(words) > count or not rest):
            return title, count
    return None


def _canonical_title(text: str) -> str | None:
    # ("P. GIÁM ĐỐC": "P." stands for "Phó" in signature blocks; "Q. CHỦ TỊCH" for "Quyền",
    # one acting in the office, which any listed title may take)
    folded = re.sub(r"^p\.[ \t]*", "pho ", " ".join(fold(text).split()))
    acting = re.match(r"(?:q\.|quyen)[ \t]*", folded)
    for title in _layout()["signer_titles"]:
        if fold(title) == folded:
            return title
        if acting and fold(title) == folded[acting.end() :]:
            return f"Quyền {title}"
    return None


def _title_of_unnamed_body(text: str, also_named: bool = False) -> str | None:
    """A signature's title with its body unnamed: "PHÓ CHỦ TỊCH UBND HUYỆN" (the header's body;
    not the authority line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" of a decision); with
    `also_named`, also a body named whole, where a person's name below makes it a
    signature."""
    words = text.split()
    leading = _leading_title(words, rest=True)
    if leading is None:
        return None
    title, count = leading
    body = body_pattern().fullmatch(title_case_caps(" ".join(words[count:])))
    return title if body and (also_named or not body["name"]) else None


def _ending_title(text: str) -> str | None:
    """The title that closes an authority line run together with it, as layout text and OCR
    print it: 'ỦY BAN NHÂN DÂN KT.CHỦ TỊCH PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch',
    'CHỦ TỊCH CHÁNH VĂN PHÒNG' -> 'Chánh Văn phòng'. None when the line is only a title."""
    folded = " ".join(fold(text).replace(".", ". ").split())
    for title in sorted(_layout()["signer_titles"], key=len, reverse=True):
        ending = fold(title)
        if folded.endswith(" " + ending) and len(folded) > len(ending) + 1:
            return title
    return None


def _title_column(text: str) -> str:
    """A line that may hold the signer's title beside the Nơi nhận heading or a dash:
    'Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM' -> 'BỘ TRƯỞNG, CHỦ NHIỆM'."""
    text = text.strip(" *")
    heading = _RECIPIENTS.match(" " + text)
    if heading:
        text = text[heading.end() - 1 :]
    return text.lstrip("".join(_layout()["recipient_bullets"]) + " \t")


def _right_column(text: str) -> str:
    """The signature column of a line it shares with Nơi nhận ('- Lưu VP. Phạm Quang Thịnh').

    Layout text puts recipients on the left and the signature block on the right of the same
    line; the right part follows the item's closing punctuation.
    """
    text = text.strip(" *")
    if not text.startswith(("-", "+", "•")):
        # A wrapped recipient line may carry the column too: '... địa phương); Nguyễn Xuân Nhẫn'.
        m = re.search(r"[;)]\s+([^;.:()]+)$", text)
        return m.group(1).strip(" *") if m and _is_person_name(m.group(1).strip(" *")) else text
    m = re.search(r"[;.:)]\s+([^;.:()]+)$", text)
    if m:
        return m.group(1).strip(" *")
    # after a comma only a column in capitals beside an item that is not: "- Bộ Chính trị,
    # BÍ THƯ" (not "- BỘ TRƯỞNG, CHỦ NHIỆM", a title alone)
    m = re.search(r",\s+([^;.:(),]+)$", text)
    if m and _is_caps(m.group(1)) and not _is_caps(text[: m.start()].lstrip("-+•~ \t")):
        return m.group(1).strip(" *")
    # a title in capitals ending a wrapped item: "- Văn phòng Sở (Bố trí kinh phí, phương
    # TRƯỞNG ĐOÀN"
    words = text.split()
    caps = len(words)
    while caps > 0 and words[caps - 1].isupper() and len(words[caps - 1]) > 1:
        caps -= 1
    tail = " ".join(words[caps:])
    before = words[caps - 1] if caps else ""
    if caps > 1 and len(words) - caps >= 2 and before.islower() and is_vietnamese_word(before):
        return tail if _canonical_title(tail) else ""  # (not after scanning debris "==ss„LONG")
    return ""


@cache
def _authority_alternatives() -> str:
    """Regex alternatives for 'TM.', 'KT.', 'T/M' ...; a prefix printed without its dot must be
    followed by a space ('KT CHỦ TỊCH'), so that 'KTHT' (a filing code) is not one."""
    return "|".join(
        re.escape(p) + ("" if p.endswith(".") else r"(?=[ \t])")
        for p in sorted(_layout()["authority_prefixes"], key=len, reverse=True)
    )


def _squashed_block(rest: str) -> tuple[str, str | None]:
    """A signature block squashed into one table cell or line: the authority's titles in
    capitals, then the signer's name ('BỘ TRƯỞNG THỨ TRƯỞNG     Lê Công Thành |' ->
    ('BỘ TRƯỞNG THỨ TRƯỞNG', 'Lê Công Thành')); no name when the rest is anything else."""
    words = rest.replace("|", " ").replace("*", " ").split()
    caps = 0
    while caps < len(words) and (
        words[caps].isupper() or not any(c.isalpha() for c in words[caps])
    ):
        caps += 1
    name = " ".join(words[caps:])
    if caps == 0 or not _is_person_name(name):
        return rest, None
    return " ".join(words[:caps]), name


def _unglued_name(line: Line) -> list[Line]:
    """A title in capitals run into the signer's name by a conversion ("CHÁNH VĂN PHÒNGThái Hữu
    Phép"): two lines again."""
    text = line.text
    for i in range(4, len(text) - 2):
        if text[i - 1].isupper() and text[i].isupper() and text[i + 1].islower():
            if _is_caps(text[:i]) and _is_person_name(text[i:]):
                return [Line(text[:i], line.start), Line(text[i:], line.start + i)]
            break
    return [line]


def _signature(
    lines: list[Line], context: LocalityContext
) -> tuple[Signer | None, Body | None, int]:
    """Signer (authority, title, name) from the end of the document; also the body in 'T/M X'."""
    auth_re = re.compile(
        rf"(?<![\w])(?P<auth>{_authority_alternatives()})[ \t]*(?P<rest>[A-ZĐÀ-Ỹ][^\n]*)$"
    )
    tail = lines[:-40] + [part for line in lines[-40:] for part in _unglued_name(line)]
    for i in range(len(tail) - 1, -1, -1):
        m = auth_re.search(tail[i].text)
        if not m:
            continue
        rest, inline_name = m["rest"].strip(" |*"), None
        if not _is_caps(rest):
            rest, inline_name = _squashed_block(rest)
            if inline_name is None:
                continue
        authority = f"{m['auth']} {rest}"
        rest_title = _canonical_title(rest)
        title = None
        name = None
        k = i + 1
        while k < len(tail) and k <= i + 3:
            cand = _right_column(tail[k].text)
            canon = _canonical_title(cand)
            if canon:
                title = canon
                k += 1
                break
            k += 1
        if title and title == rest_title and m["auth"].upper().startswith("K"):
            # "KT. CHỦ TỊCH" over "CHỦ TỊCH": the scan lost the deputy's "PHÓ"
            title = _layout()["deputy_titles"].get(title) or f"Phó {title}"
        if title is None and rest_title is None:
            title = _ending_title(rest)
            k = i + 1
        if title is None:
            if m["auth"].upper().startswith("K"):
                if rest_title:
                    deputy = _layout()["deputy_titles"].get(rest_title)
                    title = deputy or f"Phó {rest_title}"
            elif rest_title and m["auth"].upper().startswith("Q"):
                title = f"Quyền {rest_title}"  # "Q. CHỦ TỊCH": acting in the office
            elif rest_title and not m["auth"].upper().startswith("T"):
                title = rest_title
            k = i + 1
        for cand_line in tail[k : k + 12] if inline_name is None else ():
            cand = _right_column(cand_line.text)
            whole_line = cand == cand_line.text.strip(" *")  # not a column of a shared line
            name = _signer_name(cand, caps=title is not None and whole_line)
            if name:
                break
        name = inline_name or name
        issuer = None
        bm = body_pattern().match(title_case_caps(rest))
        if bm and m["auth"].upper().startswith("T"):
            issuer = resolve_body(bm, context).body
        return Signer(name=name, title=title, authority=authority), issuer, tail[i].start
    # No authority line: a title alone in capitals near the end ("GIÁM ĐỐC"), then the name.
    for i in range(len(tail) - 1, max(-1, len(tail) - 40), -1):
        text = _title_column(tail[i].text)
        caps, name = _squashed_block(text)
        if name and _canonical_title(caps):  # one table cell: "THỦ TƯỚNG     Phạm Minh Chính"
            return Signer(name=name, title=_canonical_title(caps)), None, tail[i].start
        if _is_caps(text) and _canonical_title(text):
            name = None
            for cand_line in tail[i + 1 : i + 16]:
                cand = _right_column(cand_line.text)
                name = _signer_name(cand, caps=True)
                if name:
                    break
            title = _canonical_title(text)
            if i and re.fullmatch(r"[ \t|*]*K\.?/?T\.?[ \t|*]*", tail[i - 1].text):
                # "KT." alone above "BỘ TRƯỞNG": a deputy signs
                title = _layout()["deputy_titles"].get(title) or f"Phó {title}"
            return Signer(name=name, title=title), None, tail[i].start
        # ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU" over "Đặng Mai Sơn": no "TM." line)
        titled = _title_of_unnamed_body(text, also_named=True) if _is_caps(text) else None
        below = [_right_column(ln.text) for ln in tail[i + 1 : i + 4]]
        named = next(filter(None, (_signer_name(c, caps=True) for c in below)), None)
        if titled and named:
            return Signer(name=named, title=titled), None, tail[i].start
    # Only the name survived (OCR lost the title): a person's name as the last line, page marks
    # of the extraction aside ("===== Trang 3 =====").
    while tail and _PAGE_MARK.fullmatch(tail[-1].text.strip()):
        tail = tail[:-1]
    last = _signer_name(tail[-1].text.strip(" *")) if tail else None
    if last:
        return Signer(name=last), None, tail[-1].start
    return None, None, -1


_PAGE_MARK = re.compile(
    r"=+[ \t]*(?:Trang|TRANG|Page)[ \t]*\d+[ \t]*=+|-+[ \t]*page break[ \t]*-+|\d{1,3}"
)


def _before_annex(lines: list[Line]) -> list[Line]:
    """The lines up to an annex or an attached document that follows the Nơi nhận block
    ("PHỤ LỤC / DANH SÁCH ...", "KẾ HOẠCH / ... / (Ban hành kèm theo ...)"): the signature is
    read above it."""
    heading = next(
        (i for i in range(len(lines) - 1, -1, -1) if _RECIPIENTS.search(" " + lines[i].text)), None
    )
    if heading is None:
        return lines
    for i in range(heading + 1, len(lines)):
        text = lines[i].text.strip(" *")
        if _annex_heading(lines[i]):
            return lines[:i]
        attached = any(_ATTACHED.match(ln.text) for ln in lines[i + 1 : i + 4])
        if attached and _is_caps(text) and fold(text) in _type_titles():
            return lines[:i]  # "KẾ HOẠCH / ... / (Ban hành kèm theo Quyết định số ...)"
    return lines


def _annex_heading(line: Line) -> bool:
    """An annex's heading in capitals: "PHỤ LỤC ...", "DANH MỤC ..." (layout.toml)."""
    text = line.text.strip(" *")
    return _is_caps(text) and fold(text).startswith(tuple(_folded("annex_headings")))


# The note under the title of a document attached to another one.
_ATTACHED = re.compile(r"[ \t*]*\((?:Ban hành )?[Kk]èm theo")


def _attached_document(lines: list[Line], after: int) -> AttachedDocument | None:
    """The type and text span of the document a decision issues, when it is printed after the
    decision's signature: below its title in capitals ("KẾ HOẠCH HÀNH ĐỘNG ...", "QUY CHẾ")
    and its note "(Ban hành kèm theo Quyết định số ...)", up to an annex ("PHỤ LỤC ...")."""
    for i, line in enumerate(lines):
        if line.start < after or not _is_caps(line.text.strip(" *")):
            continue
        named = _type_name_words(title_case_caps(line.text.strip(" *")), rest=False)
        if not named:
            continue
        for k, note in enumerate(lines[i : i + 5], start=i):
            found = _ATTACHED.search(note.text)
            if not found:
                continue
            close = note.text.find(")", found.end())
            start = note.start + close + 1 if close >= 0 else note.end
            end = next((ln.start for ln in lines[k + 1 :] if _annex_heading(ln)), lines[-1].end)
            return AttachedDocument(_type_titles()[fold(" ".join(named))], start, end)
    return None


def _recipients(text: str) -> tuple[list[str], int]:
    """Items of the Nơi nhận block, without dashes and trailing punctuation."""
    matches = list(_RECIPIENTS.finditer(text))
    if not matches:
        return [], -1
    m = matches[-1]
    items: list[str] = []
    bullets = tuple(_layout()["recipient_bullets"])
    open_item = False  # the last item's line ended without ";" or ".": it may wrap
    joins = False  # the last item line ended on a comma or "và": the next line continues it
    undashed = False  # a scan that lost every dash: "Như Điều 4;\nCT, PCT UBND tỉnh;\nLưu: VT"
    for t in _recipient_lines(text, m.end()):
        if not items and fold(t.strip(" *:")) in _type_titles():
            break  # a portal's empty "Nơi nhận:" field above the document's own title
        if items and re.match(r"\(\*{1,3}\)", t):
            break  # a footnote under the block: "(*) Trong trường hợp đơn có nhiều chủ đơn ..."
        if not items and not t.startswith(bullets) and t.endswith((";", ":")) and not _is_caps(t):
            undashed = True
        if undashed and t and not t.startswith(bullets) and not _canonical_title(t.strip(";:.")):
            if not (items and items[-1].lower().startswith("lưu")) and (
                t.endswith((";", ":", ".")) or fold(t).startswith("luu")
            ):
                t = "- " + t
        if t.startswith(bullets):
            if items and items[-1].lower().startswith("lưu"):
                break  # "Lưu ..." is always the last line
            item = _without_signature_column(t.lstrip("".join(bullets) + " \t").strip())
            if _is_caps(item) and _canonical_title(item):
                continue  # the signature column's title printed beside a dash
            open_item = not item.endswith((";", ".", ":"))  # OCR reads ";" as ":"
            items.append(item)
            joins = _WRAPS_ON.search(item) is not None
        elif (
            items
            and open_item
            and t
            and (
                t[0].islower()
                or t[0] == "("
                # "- Các đồng chí Ủy viên\nBan Chấp hành Trung ương Đảng;": a wrap that closes
                or ((joins or t.endswith((";", ".", ",", ":"))) and not _is_caps(t))
            )
            and not _is_person_name(t)
        ):
            if not all(is_vietnamese_word(w) for w in re.findall(r"\w+", t)) or "\\" in t:
                break  # scanning debris or the file's path ("d:\\2011\\CV\\..."), not a wrap
            t = _without_signature_column(t)
            items[-1] = f"{items[-1]} {t}"
            joins = _WRAPS_ON.search(t) is not None
            open_item = not t.endswith((";", ".", ":"))
        elif items and (t.startswith(tuple(_layout()["authority_prefixes"])) or _is_caps(t)):
            # the signature column: no later line continues an item; an annex ends the block
            open_item = joins = False
            if fold(t).startswith(tuple(_folded("annex_headings"))):
                break
            continue
        elif items and _is_person_name(t):
            open_item = joins = False  # the signer's name
        elif items and items[-1].lower().startswith("lưu"):
            break
    items = [_without_debris(i).rstrip(" ;.,:") for i in items]
    return [i for i in items if i], m.start()


# A recipient line that ends on a comma or "và" (OCR "va") continues on the next line.
_WRAPS_ON = re.compile(r"(?:,|(?<![\w])(?:và|va))$")


def _recipient_lines(text: str, start: int) -> list[str]:
    """The lines after the Nơi nhận heading; a table cell holding the whole list on one line
    ("Thủ tướng Chính phủ; - Các Phó Thủ tướng; - ...") gives one line per item."""
    out: list[str] = []
    for line in logical_lines(text, start):
        cell, last = line.text.strip(), 0
        for m in _ITEM_END_IN_CELL.finditer(cell):
            out.append(cell[last : m.end()].rstrip())
            last = m.end()
        out.append(cell[last:])
    return out


# The end of one item in a list on one line: its ";" or "." and a bracketed note the line
# prints after it ("- Bộ Lao động - TB và XH; (báo cáo) - Thường trực Tỉnh ủy; ..."), before
# the next dash.
_ITEM_END_IN_CELL = re.compile(r"[;.](?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?=-[ \t])")


def _without_signature_column(item: str) -> str:
    """A Nơi nhận line without the signature column that layout text runs into it:
    '- Như trên; KT. CHỦ TỊCH', '... địa phương); Nguyễn Xuân Nhẫn', '- Lưu VP. Phạm Quang Thịnh'.
    A second unit after ';' ('Các phòng: Kinh tế, Hạ tầng; Văn hóa - Xã hội') stays."""
    prefixes = _authority_alternatives()
    m = re.search(rf"(?:^|[ \t;])(?:{prefixes})[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t]+\S+)*$", item)
    # (a text on one line runs the signer's name in too: "... (10b) KT CHỦ TỊCH PHÓ CHỦ TỊCH Lưu
    # Văn Bản"; a company's "TM", thương mại, is no prefix: "Công ty TNHH TM Hoàng Long")
    titles = _without_trailing_name(m.group(0)) if m else ""
    if m and (_is_caps(m.group(0)) or (_is_caps(titles) and len(titles.split()) >= 3)):
        item = item[: m.start()]
    archive = fold(item).startswith("luu")  # "Lưu: VT, KTTH": codes in capitals, not a column

    def column(part: str) -> bool:
        # (codes in capitals are units: "...; các Vụ: TH, KTTH; CTTCP", "các Vụ: TH, PL,")
        codes = re.fullmatch(r"(?:[A-ZĐ]{1,6}[,;]?[ \t]*)+", part) is not None
        caps = _is_caps(part) and not archive and len(part.split()) >= 2 and not codes
        return bool(_is_person_name(part) or caps or _canonical_title(part))

    right = _right_column("- " + item)
    if right and item.endswith(right) and item != right and column(right):
        item = item[: -len(right)].rstrip()
    if ";" in item.rstrip(";"):
        head, _, tail = item.rstrip(";").rpartition(";")
        tail = tail.strip(" .")
        if tail and column(tail):
            item = head + ";"  # the signature column
    return _without_debris(item).rstrip(" \t")


def _without_trailing_name(text: str) -> str:
    """`text` without a person's name that ends it ("PHÓ CHỦ TỊCH Lưu Văn Bản")."""
    words = text.split()
    for size in (4, 3, 2):
        if len(words) > size and _is_person_name(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return text


def _without_debris(item: str) -> str:
    """The item up to the stop after which only scanning debris follows: "Lưu: VT, KSTT().vra",
    "Như trên; =e eee" (not the dots of an address: "Website: thanhhoa.gdt.gov.vn")."""
    for end in re.finditer(r"[;.]", item):
        if re.search(r"\w\.\w+\.(?:vn|gov|com|org|net)\b", item[max(0, end.start() - 30) :]):
            continue
        if item[: end.start()].count("(") > item[: end.start()].count(")"):
            continue  # a stop inside brackets: "Các Sở, ngành (t.h)", "KT (Ng.)"
        if _is_debris(item[end.end() :]):
            return item[: end.end()]
    return item


def _is_debris(text: str) -> bool:
    """Scanning debris: no initials or copies with a count ("KGVX.th50", "KK. (3b)"), and
    either no word of two letters or more that is a syllable, a code in capitals or a
    capitalised word ("Kh", "Phunt": a typist's initials), or lower-case non-words with no
    lower-case word beside them ("ACO b ik")."""
    if not text.strip() or re.search(r"[^\W\d_]\d|\d[^\W\d_]", text):
        return False
    words = re.findall(r"[^\W\d_]{2,}", text)
    lower = [w for w in words if w.islower()]
    if any(not is_vietnamese_syllable(w) for w in lower) and not any(
        is_vietnamese_syllable(w) and len(w) >= 3 for w in lower
    ):
        return True
    return not any(
        is_vietnamese_syllable(w) or re.fullmatch(r"[A-ZĐ]{2,}|[A-ZĐ][a-zđ]+", w) for w in words
    )


def _news_title(lines: list[Line], source: str) -> tuple[str | None, Line | None]:
    """The headline: the line just above the date line if there is one, else the first long line."""
    for line, nxt in zip(lines[:8], lines[1:9], strict=False):
        meta = len(nxt.text) < 80 and (
            _NEWS_DATE_LINE.search(nxt.text)
            or (len(nxt.text.split()) <= 10 and find_dates(nxt.text))
        )
        # (a short title is a headline too where a site's export prints the post's date alone
        # under it: "Giới thiệu" / "(2025-07-01)")
        exported = line is lines[0] and _EXPORT_DATE_LINE.fullmatch(nxt.text.strip())
        # (a lead-in "... Bí thư Tỉnh ủy chỉ đạo:" above a dated photo caption is no headline)
        if (
            meta
            and (len(line.text.split()) >= 4 or exported)
            and not line.text.rstrip(" *").endswith(":")
            and not _is_caption(line.text.strip(" *#"))  # a section label above the date
        ):
            return " ".join(line.text.strip(" *#").split()), line
    if lines and re.match(r"\([^()\n]{2,40}\)[ \t]*-", lines[0].text):
        return None, None  # the body opens with its source tag: the headline was not copied
    for line, nxt in zip(lines[:12], lines[1:13], strict=False):
        # "Cập nhật lúc: 19/07/2021" / the headline: a site that prints the date above it
        text = nxt.text.strip(" *#")
        if (
            _POSTED_ON.search(line.text)
            and len(line.text) < 60
            and find_dates(line.text)  # (not a sidebar's "Tin mới cập nhật")
            and len(text.split()) >= 6
            and len(text) <= 250
            and not text.endswith((".", ":", ";", ","))
            and not _is_caption(text)
        ):
            return " ".join(text.split()), nxt
    for k, line in enumerate(lines[:8]):
        text = line.text.strip(" *#")
        above = lines[k - 1] if k else None
        if (
            above is not None
            and len(above.text.split()) == 1
            and _is_caps(above.text.strip(" *#"))
            and is_vietnamese_syllable(above.text.strip(" *#").lower())  # (not "MENU")
            and "\n\n" not in source[above.end : line.start]
        ):
            text = f"{above.text.strip(' *#')} {text}"  # a headline wrapped after one word: "ĐẠI"
        if (
            len(text.split()) >= 5
            and _is_caps(text)
            and not MOTTO.search(text)
            and not _SECTION_HEADING.match(text)
            and not _is_caption(text)
            and not _bare_body_name(text)  # the banner's body ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM")
            and not is_locality_line(text)  # ... and its places ("QUẬN 5 - THÀNH PHỐ ...")
        ):
            return " ".join(text.split()), line  # "PHƯỜNG 1 TỔ CHỨC HỘI NGHỊ ..." under a banner
    for k, line in enumerate(lines[:8]):
        text = line.text.strip(" *#")
        words = text.split()
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        before = lines[k - 1].text.strip(" *#") if k else ""
        if len(before.split()) >= 8 and before.endswith((".", ":")):
            break  # the body has begun: what follows is a caption or a body line
        # A body line that wraps onto the next is no headline, nor is an excerpt's cut last line.
        wraps = (
            nxt is not None
            and "\n\n" not in source[line.end : nxt.start]
            and (nxt.text[:1].islower() or nxt.text[:1].isdigit())
        )
        if (
            len(words) >= 4
            # the first line may be a long headline (below a site's labels)
            and len(text) <= (250 if all(_is_caption(ln.text) for ln in lines[:k]) else 160)
            and not _SECTION_HEADING.match(text)
            and text[0].isupper()
            and not text.endswith((".", ":", ",", ";"))
            and nxt is not None
            and not wraps
            and not _NEWS_DATE_LINE.search(text)
            and not (len(words) <= 10 and find_dates(text))  # "Thứ Tư, 11/09/2019 12:06"
            and not _is_caption(text)
            and not _photo_credit(nxt.text)  # a photo's caption over "Ảnh: Hoàng Luân"
            and not body_pattern().fullmatch(title_case_caps(text))  # "ỦY BAN NHÂN DÂN"
        ):
            return " ".join(words), line
    # A headline a site closed with a full stop, alone above the dated lead: "BTV Huyện ủy duyệt
    # đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020." / "Sáng ngày 11/3/2015, ..."
    if len(lines) > 1 and "\n\n" in source[lines[0].end : lines[1].start]:
        first = lines[0].text.strip(" *#")
        one_sentence = (
            first[:1].isupper() and first.endswith(".") and not re.search(r"[.!?:;][ \t]", first)
        )
        if one_sentence and 5 <= len(first.split()) <= 25 and _news_lead().match(lines[1].text):
            return " ".join(first.rstrip(".").split()), lines[0]
    return None, None


@cache
def _publisher_pattern() -> re.Pattern[str]:
    openers = phrase_pattern(_layout()["publisher_openers"], " ")
    verb = _layout()["publisher_verb"]
    return re.compile(
        rf"(?<![\w])(?P<name>(?:{openers})[ \t]+[^\n.,;:]{{2,60}}?)[ \t]+{verb}", re.IGNORECASE
    )


def _news_publisher(text: str) -> tuple[Body, int] | None:
    """The site or paper that says, at the start of a sentence, that it presents the text:
    "Báo X xin giới thiệu toàn văn ..." (not "... đại diện Báo Nhân Dân giới thiệu kinh
    nghiệm"); with where its name starts."""
    for m in _publisher_pattern().finditer(text, 0, 5000):
        before = text[max(0, m.start() - 3) : m.start()]
        if not m["name"][0].isupper() or not (
            m.start() == 0 or re.search(r"(?:[.!?:]\s|\n)$", before)
        ):
            continue
        if any(fold(m["name"]).startswith(t + " ") for t in _type_titles()):
            continue  # "Báo cáo viên ... giới thiệu" is no paper
        name = " ".join(m["name"].split())
        for short, full in _layout()["publisher_spelled_out"].items():
            if name.startswith(short + " "):
                name = full + name[len(short) :]  # "Trang TTĐT huyện ...": written in full
        return Body(name=name, surface=m["name"]), m.start()
    return None


def _news_date(lines: list[Line], after: int) -> tuple[dt.date | None, Line | None]:
    """The publication date: a short metadata line near the title ("Ngày đăng 28/09/2021",
    "09/03/2020 11:09"), below it or, on pages without a headline, above the first sentence."""
    window = lines[after : after + 4] + lines[: min(after, 6)]
    grounds = tuple(_layout()["grounds_openers"])
    for line in window:
        if len(line.text) > 60 and not _NEWS_DATE_LINE.search(line.text):
            continue
        if line.text.startswith(grounds):
            continue  # "Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;": a law's date
        found = find_dates(line.text)
        if found and lines and line is lines[0] and _page_date_line(line.text, any_language=True):
            # the day the page was shown ("Chủ nhật, ngày 17 tháng 08 năm 2025", "Thursday,
            # 18/07/2024") above the post's own date line ("Ngày đăng: 21/01/2021")
            for own in [*window, *lines[max(6, after - 4) : after]]:
                if own is line or not _NEWS_DATE_LINE.search(own.text) or len(own.text) > 60:
                    continue
                posted = find_dates(own.text)
                if posted:
                    return posted[0].date, own
        if found:
            return found[0].date, line
    for line in reversed(lines[-6:]):  # some pages print "Ngày đăng: 02/03/2021" at the end
        found = find_dates(line.text) if _NEWS_DATE_LINE.search(line.text) else []
        if found and len(line.text) <= 60:
            return found[0].date, line
    return None, None


def read_document_header(text: str) -> tuple[LocalityContext, Header]:
    """The document's locality context and header, read after mending scanning noise in the
    header's fixed words (offsets stay those of `text`)."""
    text = repair_header(text, HEADER_LINES)
    context = locality_context(text, "\n".join(text.split("\n")[:HEADER_LINES]))
    head = read_header(text, context)
    if head.issuer:
        context.institution = institution_in(head.issuer.name)
    return context, head


def _from_late_header(lines: list[Line]) -> list[Line]:
    """The lines from the document's header on, when a legal database's preamble (search box,
    login prompt, paywall notice) pushes its motto to the end of the header window or past it;
    the lines keep their offsets in the text."""
    motto = next((i for i, ln in enumerate(lines[: 3 * HEADER_LINES]) if _motto_line(ln)), None)
    if motto is None or motto < HEADER_LINES - 6:
        return lines
    return lines[max(0, motto - 6) :]


def read_header(text: str, context: LocalityContext) -> Header:
    """Read every fixed zone of `text`."""
    lines = _from_late_header(logical_lines(text))
    head = Header()
    title = _title_line(lines)
    symbol = _number(lines, text)
    place, date, pd_line = _place_date(lines)
    addressed = any(_KINH_GUI.match(ln.text) for ln in lines[:HEADER_LINES])
    official = bool(symbol or pd_line or title or addressed or any(map(_motto_line, lines[:12])))
    page = None if official else _page_titled_by_its_document(lines, context)
    if page:
        return _signed(_page_document(head, page, text), lines, text, context)
    posted = None if official else _posted_document(lines, text, context)
    if posted:
        return _signed(_posted_header(head, posted, text, context), lines, text, context)
    declared = None if official else _declared_opening(text, context)
    declared = declared or (None if official else _declared_closing(text, context))
    official = official or declared is not None
    signer, signer_body, sig_start = _signature(_before_annex(lines), context)
    if signer is None or signer.name is None:
        listed = _SIGNED_BY.search(text, 0, 3000)
        # (a capital typed inside a word is a slip: "Phạm ĐÌnh Nam")
        name = " ".join(w[:1] + w[1:].lower() for w in listed["name"].split()) if listed else ""
        if listed and _is_person_name(name):
            # a legal database's metadata: "| Người ký | Nguyễn Khắc Toàn |", "Người ký: X"
            signer = Signer(**{**(signer.model_dump() if signer else {}), "name": name})
            # "Phạm Đình Nam - Phó Chủ tịch UBND phường Phúc La": the title that opens the rest
            held = _leading_title(listed["title"].split()) if listed["title"] else None
            if held and signer.title is None:
                signer = Signer(**{**signer.model_dump(), "title": held[0]})
            sig_start = listed.start("name") if sig_start < 0 else sig_start
    recipients, rec_start = _recipients(text)
    # A name alone on the last line is a news article's byline unless the text is official.
    byline = signer is not None and signer.title is None and signer.authority is None
    if not official and (signer is None or byline) and not recipients:
        signer = None
        head.kind = "news"
        subject, subject_line = _news_title(lines, text)
        head.subject = mend_words(subject, text) if subject else None
        if subject_line:
            head.provenance["subject"] = Provenance(
                start=subject_line.start, end=subject_line.end, rule="news.title"
            )
        publisher = _news_publisher(text)
        if publisher:
            head.issuer, at = publisher
            head.provenance["issuer"] = Provenance(
                start=at, end=at + len(head.issuer.surface), rule="news.publisher"
            )
        after = lines.index(subject_line) + 1 if subject_line else 0
        head.date, date_line = _news_date(lines, after)
        if date_line:
            head.provenance["date"] = Provenance(
                start=date_line.start, end=date_line.end, rule="news.date_line"
            )
        return head
    head.symbol = symbol
    if symbol:
        head.provenance["number"] = Provenance(
            start=symbol.start, end=symbol.end, rule="header.number"
        )
    head.place, head.date = place, date
    if pd_line:
        prov = Provenance(start=pd_line.start, end=pd_line.end, rule="header.place_date")
        if place:
            head.provenance["place"] = prov
        if date:
            head.provenance["date"] = prov
    if title:
        head.doc_type = title[1]
        head.provenance["doc_type"] = Provenance(
            start=lines[title[0]].start, end=lines[title[0]].end, rule="header.title"
        )
    elif (
        symbol
        and symbol.doc_type
        and not (
            symbol.doc_type in _layout()["unit_like_type_codes"]
            and any(_VV.match(ln.text) for ln in lines[:HEADER_LINES])
        )
    ):
        # (a letter's "V/v" line outranks a unit code that reads like a type: "1864/CT-TTHT"
        # is Cục Thuế's letter, not a chỉ thị; "245/BC-UBND" with a V/v is still a report)
        head.doc_type = symbol.doc_type
        head.provenance["doc_type"] = Provenance(
            start=symbol.start, end=symbol.end, rule="header.symbol_type"
        )
    elif declared and declared[0]:
        head.doc_type = declared[0]
        head.provenance["doc_type"] = Provenance(start=0, end=0, rule="body.declared_type")
    elif symbol or addressed or any(_VV.match(ln.text) for ln in lines[:HEADER_LINES]):
        head.doc_type = "CV"
        head.provenance["doc_type"] = Provenance(
            start=symbol.start if symbol else 0,
            end=symbol.end if symbol else 0,
            rule="header.cong_van",
        )
    credit = _source_credit(text, context, head.doc_type) if declared and not symbol else None
    if credit and declared and not _may_be_one_body(credit.issuer, declared[1]):
        credit = None  # "(Nguồn: Hướng dẫn số 125-HD/BTGTW ...)": what the text relays
    if credit and parse_symbol(credit.number):
        at = Provenance(start=credit.start, end=credit.end, rule="page.source_line")
        head.symbol = replace(parse_symbol(credit.number), start=credit.start, end=credit.end)
        head.provenance["number"] = at
        if head.doc_type is None:
            head.doc_type, head.provenance["doc_type"] = credit.doc_type, at
        if credit.date:
            head.date, head.provenance["date"] = credit.date, at
    subject, subject_line = _subject(lines, title[0] if title else None, text)
    heading = title is not None and _above_motto(lines, title[0])
    if title and title[2] and heading:
        # a page's heading above the header it copies: its own words only ("HƯỚNG DẪN
        # NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW")
        subject = re.split(r",?[ \t]+(?:SỐ|Số|số)[ \t]*:?[ \t]*\d", title[2])[0]
        subject_line = lines[title[0]]
    elif title and title[2]:
        subject, subject_line = _title_subject(lines, title[0], title[2])
    if subject is None and declared:
        said = text.find("như sau:", 0, 800)
        opening = next((ln for ln in lines if ln.start <= said < ln.end), None)
        subject_line = _headline_above_grounds(lines, opening)
        subject = subject_line.text.strip() if subject_line else None
    shown = declared and subject_line and subject and subject in subject_line.text
    own = _HEADLINE_NUMBER.search(subject) if shown else None
    sym = parse_symbol(own["number"]) if own and head.symbol is None else None
    if own and subject_line and sym:  # a post's "Về việc ... (3585/VP-KTN, ngày 23/10/2017)"
        at = subject_line.start + subject_line.text.find(subject)
        start, end = at + own.start("number"), at + own.end()
        head.symbol = replace(sym, start=start, end=end)
        head.provenance["number"] = Provenance(start=start, end=end, rule="page.headline")
        dates = find_dates(own["date"])
        if dates and head.date is None:
            head.date = dates[0].date
            head.provenance["date"] = Provenance(start=start, end=end, rule="page.headline")
        subject = subject[: own.start()]
    head.subject = mend_words(_unquoted(subject), text) if subject else None
    if subject_line:
        head.provenance["subject"] = Provenance(
            start=subject_line.start, end=subject_line.end, rule="header.subject"
        )
    stop = title[0] if title and not heading else _first_paragraph(lines, pd_line)
    number_idx = next(
        (
            i
            for i, ln in enumerate(lines[:stop])
            if symbol and ln.start <= symbol.start < ln.end + 1
        ),
        None,
    )
    # (a text declared by its own sentences has no header: its capitals lines are its title or
    # its signature, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU")
    issuer = (
        None
        if declared
        else _header_issuer(
            lines, (number_idx + 1) if number_idx is not None else stop, context, text, place
        )
    )
    rule = "header.issuer"
    joint = joint_issuers(symbol) if symbol else None
    if joint:
        # a joint document's header stacks its bodies in one column; its symbol lists them all
        issuer, rule = joint, "header.joint_symbol"
    if issuer is None and signer_body is not None:
        issuer, rule = signer_body, "signature.authority"
        issuer = _inferred(issuer)
    below = title[0] + 1 if title else (number_idx or 0)
    authority = _authority_body(lines, below, text, context)
    if authority and (issuer is None or (issuer.inferred and _same_head(issuer, authority))):
        # the header lost its locality line; the authority line prints the name whole
        issuer, rule = authority, "header.authority_line"
    if issuer:
        opening = lines[below].start if below < len(lines) else len(text)
        acting = _enacting_organ(text, opening, issuer, context)
        if acting:  # "BAN CHẤP HÀNH TRUNG ƯƠNG" / ... "Ban Bí thư Trung ương Đoàn ban hành"
            issuer, rule = acting, "header.acting_organ"
    if issuer is None and title:
        issuer, rule = _issuer_in_title(lines, title[0], context), "header.title_issuer"
    if issuer is None and declared:
        issuer, rule = declared[1], "body.declared_type"
    if issuer is None:
        issuer, rule = _self_reference(text, context, head.doc_type), "body.self_reference"
    if issuer is None and head.doc_type == "NQ":
        congress = _congress(text, context)
        if congress:
            issuer, rule = congress[0], "body.congress"
            if head.date is None and congress[1]:
                head.date = congress[1]
                head.provenance["date"] = Provenance(
                    start=congress[2], end=congress[2], rule="body.congress_closed", inferred=True
                )
    if issuer and signer and signer.authority:
        issuer = _with_signing_organ(issuer, signer.authority)
    if issuer and title:
        issuer = _titled_by(issuer, lines[title[0] + 1 : title[0] + 3], context)
    head.issuer = issuer
    if issuer:
        at = text.find(issuer.surface)
        head.provenance["issuer"] = Provenance(
            start=max(at, 0),
            end=max(at, 0) + len(issuer.surface),
            rule=rule,
            inferred=issuer.inferred,
        )
    _record_signature(head, signer, sig_start, recipients, rec_start)
    head.body_start = subject_line.end if subject_line else (lines[title[0]].end if title else 0)
    signed = [p.start for k, p in head.provenance.items() if k in ("signer", "recipients")]
    head.attached = _attached_document(lines, min(signed)) if signed else None
    return head


# A Party congress that passes its own resolution: "Đại hội đại biểu Đảng bộ Quận 9 nhiệm kỳ
# III", "Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX" (its sessions: "họp từ ngày 12/10/2005 đến
# ngày 14/10/2005").
_CONGRESS = re.compile(
    r"(?<![\w])Đại[ \t]+hội[ \t]+(?:(?:đại|Đại)[ \t]+biểu[ \t]+)?(?:Đảng|đảng)[ \t]+bộ[ \t]+"
    r"(?P<place>[^\n()]{2,60}?)[ \t]+(?P<term>(?:lần[ \t]+thứ|nhiệm[ \t]+kỳ|khóa|khoá)[ \t]+"
    r"(?:[IVXLC]+|\d{1,2}))(?![\w])"
)
# What a congress does in the sentence that opens its resolution.
_CONGRESS_MET = re.compile(
    r"(?<![\w])(?:họp|tiến[ \t]+hành|diễn[ \t]+ra|khai[ \t]+mạc|bế[ \t]+mạc|thảo[ \t]+luận"
    r"|quyết[ \t]+nghị|QUYẾT[ \t]+NGHỊ|thông[ \t]+qua)(?![\w])"
)
# A sentence's full stop (not the dot inside "5.575 đảng viên").
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_CONGRESS_CLOSED = re.compile(
    r"từ[ \t]+ngày(?:[^.\n]{1,40}?đến[ \t]+(?P<last>ngày[ \t]+\d[^.;,\n]{0,30})"
    r"|[ \t]+\d{1,2}[ \t]*[-–][ \t]*(?P<day>\d{1,2}/\d{1,2}/\d{4}))"  # "từ ngày 14 - 16/10/2020"
)


def _congress(text: str, context: LocalityContext) -> tuple[Body, dt.date | None, int] | None:
    """The congress a headerless resolution names in its opening (the body that passed it), the
    last day of its sessions when the same sentence gives them, and where that date stands."""
    window = text[:2500]
    for m in _CONGRESS.finditer(window):
        place = m["place"].strip()
        if _is_caps(m.group(0)):
            continue  # the title in capitals: the opening sentence spells the name
        if not is_locality_line(place):
            continue  # "Đại hội Đảng bộ các cấp tiến tới ...": no congress of one place
        if not re.search(r"(?:^|[\n.])[ \t]*$", window[max(0, m.start() - 20) : m.start()]):
            continue  # "Thực hiện Nghị quyết Đại hội ...": a cited congress, not the opening's
        stop = _SENTENCE_STOP.search(window, m.end())
        sentence = window[m.end() : stop.start() if stop else len(window)]
        if not _CONGRESS_MET.search(sentence):
            continue  # "Đại hội ... đã đề ra mục tiêu ...": the congress is not meeting here
        name = f"{m.group(0)[: m.start('place') - m.start()]}{place} {m['term']}"
        body = Body(name=" ".join(name.split()), surface=m.group(0), inferred=True)
        closed = _CONGRESS_CLOSED.search(sentence)
        if closed is None:
            return body, None, m.end()
        found = find_dates(closed["last"] or f"ngày {closed['day']}")
        return body, found[0].date if found else None, m.end() + closed.start()
    return None


def _same_head(one: Body, other: Body) -> bool:
    """Both names open with the same three words: "Ủy ban nhân dân ..."."""
    return fold(one.name).split()[:3] == fold(other.name).split()[:3]


def _announcing_body(text: str, context: LocalityContext) -> Body | None:
    """The body of a line that announces the document in capitals under its type line, as
    web copies print it: "UBND XÃ HẢI TRẠCH THÔNG BÁO" (the body, then the type's name)."""
    words = text.strip(" .:").split()
    if not _is_caps(text) or len(words) < 3:
        return None
    for n in (3, 2, 1):
        if fold(" ".join(words[-n:])) in _type_titles():
            named = title_case_caps(" ".join(words[:-n]))
            found = match_body_at(named, 0, context)
            return found.body if found and found.end == len(named) else None
    return None


def _issuer_in_title(lines: list[Line], index: int, context: LocalityContext) -> Body | None:
    """The body a headerless document's title names after "CỦA": "QUY CHẾ LÀM VIỆC CỦA BAN
    CHẤP HÀNH / ĐẢNG BỘ HUYỆN BÌNH CHÁNH LẦN THỨ IX" is that committee's; or the body that
    announces it on the line below ("UBND XÃ HẢI TRẠCH THÔNG BÁO")."""
    below = next((ln for ln in lines[index + 1 : index + 3] if ln.text.strip()), None)
    announcing = _announcing_body(below.text.strip(" *"), context) if below else None
    if announcing:
        return _inferred(announcing)
    caps = []
    for line in lines[index : index + 3]:
        text = line.text.strip(" *")
        if not _is_caps(text):
            break
        caps.append(text)
    title = title_case_caps(" ".join(caps))
    of = re.search(r"(?<![\w])Của[ \t]+", title)
    found = match_body_at(title, of.end(), context) if of else None
    return _inferred(found.body) if found else None


def _titled_by(issuer: Body, below_title: list[Line], context: LocalityContext) -> Body:
    """The organ a title names under the header's body: "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ" under
    "BAN CHẤP HÀNH TRUNG ƯƠNG" is the Bộ Chính trị's; "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH
    ỦY" under "TỈNH ỦY LÀO CAI" is its Ban Thường vụ's."""
    for line in below_title:
        text = line.text.strip(" *")
        if not (_is_caps(text) and fold(text).startswith("cua ")):
            continue
        by = match_body_at(title_case_caps(text[4:].split(" VỀ ")[0].strip()), 0, context)
        if not by:
            return issuer
        named = by.body
        central = issuer.level == Level.central and named.level == Level.central
        if central or (named.name != issuer.name and named.name.endswith(issuer.name)):
            return Body(**{**named.model_dump(), "surface": text})
    return issuer


_PARTY_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy(?![\w])")


def _acts_for(organ: Body, committee: Body) -> bool:
    """'Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh' acts for 'Ban Chấp hành Trung ương Đoàn
    TNCS Hồ Chí Minh' (layout.toml: acting_organs)."""
    rest = re.sub(r"^Ban [Cc]hấp hành ", "", committee.name)
    if rest == committee.name:
        return False
    return any(organ.name == f"{o} {rest}" for o in _layout()["acting_organs"])


@cache
def _enacting() -> re.Pattern[str]:
    """What follows the enacting organ: its verb, or the grounds its authority line opens."""
    verbs = phrase_pattern(_layout()["enacting_verbs"], r"[ \t]+")
    return re.compile(rf"[ \t]+(?:{verbs})(?![\w])|[ \t]*[-–]?[ \t]*Căn[ \t]+cứ", re.IGNORECASE)


def _enacting_organ(
    text: str, start: int, committee: Body, context: LocalityContext
) -> Body | None:
    """The organ acting for the header's committee that opens the enacting sentence ("..., Ban
    Bí thư Trung ương Đoàn ban hành Kế hoạch ...") or an authority line run into the grounds
    ("BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ ...")."""
    if not committee.name.lower().startswith("ban chấp hành "):
        return None
    body = text[start : start + 3000]
    for mention in find_bodies(body, context):
        opens = re.search(r"(?:^|[.;:,\n])[ \t]*$", body[: mention.start])  # not "Giao Ban ..."
        acts = _enacting().match(body, mention.end)
        if opens and acts and _acts_for(mention.body, committee):
            return mention.body
    return None


def _with_signing_organ(issuer: Body, authority: str) -> Body:
    """'T/M BAN THƯỜNG VỤ' under a Thành ủy header: the issuer is its Ban Thường vụ; so too
    'T/L BAN THƯỜNG VỤ' over its office's head, who signs by the board's order."""
    m = re.match(r"T/?[ML]\.?\s+(.+)$", authority)
    if not m:
        return issuer
    signed_for = title_case_caps(m.group(1).strip())
    if fold(signed_for) == fold("Ban Chấp hành") and _PARTY_COMMITTEE.match(issuer.name):
        return issuer  # a Party committee is its Ban Chấp hành: "Tỉnh ủy Lào Cai"
    for organ in load_table("bodies")["organs"]:
        if fold(organ) == fold(signed_for) and not fold(issuer.name).startswith(fold(organ)):
            return Body(**{**issuer.model_dump(), "name": f"{organ} {issuer.name}"})
    # 'T/M BỘ CHÍNH TRỊ' under the header of the Ban Chấp hành Trung ương: a central organ
    # that signs for itself is the issuer.
    for head, spec in load_table("bodies")["heads"].items():
        if spec.get("level") == "trung_uong" and fold(head) == fold(signed_for):
            if fold(head) != fold(issuer.name):
                return Body(name=head, surface=signed_for, level=issuer.level)
    return issuer


def _self_reference(
    text: str, context: LocalityContext, doc_type: str | None = None
) -> Body | None:
    """A body that speaks of itself: 'Đảng ủy phường thống nhất ...' (issuer without header);
    in a text known to be of `doc_type`, also the verb that names the type ('Ủy ban nhân dân
    xã Quảng Phú báo cáo công tác ...' in a report)."""
    own_verb = _declaring_verb_of(doc_type) if doc_type else None
    for mention in find_bodies(text, context):
        before = text[max(0, mention.start - 8) : mention.start]
        if re.search(r"(?<![\w])(?:của|thuộc)[ \t]+$", before):
            # "Quyết định số 1896/QĐ-TTg ... của Thủ tướng Chính phủ ban hành ...": cited;
            # "đảng ủy trực thuộc Trung ương chỉ đạo ...": whose committees
            continue
        after = text[mention.end : mention.end + 200]  # (to the declaring verb's "như sau")
        verb = _self_reference_verb().match(after) or (own_verb and own_verb.match(after))
        if verb and not _NUMBERED_DOCUMENT.match(text, mention.end + verb.end()):
            return _inferred(mention.body)
    return None


# "... ban hành Quyết định số 523/QĐ-TTg": the body issued another document, cited by number.
_NUMBERED_DOCUMENT = re.compile(
    r"[ \t]*\w+(?:[ \t]+\w+){0,3}?[ \t]+số[ \t]*:?[ \t]*\d", re.IGNORECASE
)


def _declaring_verb_of(code: str) -> re.Pattern[str] | None:
    """A declaring verb that names the type `code`, in the sentence that declares the text ("Ủy
    ban nhân dân xã ... báo cáo công tác ... như sau:"; not "... báo cáo tại kỳ họp")."""
    return _verb_naming(code, "declaring_type_verbs", r"(?=[^.\n]{0,150}như[ \t]+sau)")


@cache
def _self_reference_verb() -> re.Pattern[str]:
    verbs = phrase_pattern(_layout()["self_reference_verbs"], " ")
    # ("UBND phường xin thông báo"; "... xây dựng Kế hoạch ..." with the type's capital)
    return re.compile(rf"[ \t]+(?:xin[ \t]+)?(?:{verbs})(?![\w])", re.IGNORECASE)


@cache
def _news_lead() -> re.Pattern[str]:
    """What opens a news report after its headline: a source tag ("(GLO)-", "CTTĐT -") or a
    dated lead ("Ngày 6/8, ...", "Chiều 16/10, ..."; the times of day in layout.toml)."""
    times = phrase_pattern(_layout()["news_lead_times"], " ")
    return re.compile(rf"\s*(?:\(|[A-ZĐ]{{2,}}[ \t]*-|(?:{times})[ \t]+(?:ngày[ \t]+)?\d)")


def _page_titled_by_its_document(
    lines: list[Line], context: LocalityContext
) -> CitationMention | None:
    """A page titled by the full citation of the document it carries ("Chỉ thị số 01-CT/TU
    ngày 04/12/2015 của Ban Thường vụ Thành ủy về ..."), then that document's text, not a news
    lead: the page is the document."""
    filled = [ln for ln in lines[:12] if ln.text.strip()]
    for k, line in enumerate(filled[:4]):
        if k >= 2 and any(len(ln.text) > 40 for ln in filled[:k]):
            break  # (after a page's short menu lines only: "Văn bản chỉ đạo", "Quay lại")
        found = find_citation_mentions(line.text, context)
        m = found[0] if found else None
        at_start = m is not None and not line.text[: m.start].strip(" *#")
        if not (at_start and not m.bare and m.date and m.issuer and m.subject):
            continue
        following = filled[k + 1 : k + 8]
        if not following or _news_lead().match(following[0].text):
            return None
        if re.search(r"(?<![\w])vừa(?![\w])", following[0].text):
            return None  # "Tổng Bí thư Tô Lâm vừa ký ...": a report of the document
        if not any(_ITEM_OR_LEAD_IN.match(ln.text) for ln in following):
            return None  # no numbered part nor lead-in: prose about the document
        return replace(m, start=m.start + line.start, end=m.end + line.start)
    return None


# A document's own text: a numbered part ("1. ...", "II. ...", "2/ ...") or a lead-in line
# ("... Ban Thường vụ Thành ủy chỉ thị:").
_ITEM_OR_LEAD_IN = re.compile(r"\s*(?:(?:\d{1,2}|[IVX]{1,4})[.)/][ \t]|.*:[ \t]*$)")


@dataclass
class _Posted:
    """A document posted under a web title that names its type ("Thông Báo về việc ...")."""

    doc_type: str
    subject: str | None
    title: Line
    sender: Body | None = None


# A telegram's sender form: "CHỦ TỊCH UBND THỊ XÃ BA ĐỒN" / "ĐIỆN:" (or "... điện:").
_TELEGRAM = re.compile(r"^(?P<sender>[^\n]*?)[ \t]*(?:ĐIỆN|điện)[ \t]*:[ \t]*$")


def _posted_document(lines: list[Line], text: str, context: LocalityContext) -> _Posted | None:
    """A headerless page whose title opens with a type name (or "V/v ..." over a body that
    declares the type), below the site's menu lines if need be, and whose text has a document's
    form (grounds "Căn cứ"/"Thực hiện", its own first part "I. ...", "Điều 1.", "PHẦN THỨ
    NHẤT", a congress's opening, or a telegram's "ĐIỆN:"): the page is that document."""
    filled = [ln for ln in lines[:16] if ln.text.strip()]
    if len(filled) > 1 and _page_date_line(filled[0].text):
        filled = filled[1:]  # "Thứ Tư, ngày 31 tháng 5 năm 2023": the day the page was shown
    if len(filled) > 1 and len(filled[0].text.split()) <= 3:
        # a site's section label above the post ("thông báo", "tin tức khác"); a label that
        # is a type name gives the type of a title printed without one ("Về việc ...")
        label = _type_titles().get(fold(filled[0].text.strip(" .:")))
        filled = filled[1:]
    else:
        label = None
    if not filled:
        return None
    at = _posted_title_at(filled)
    if at is None:
        return None
    title, filled = filled[at], filled[at:]
    if len(filled) > 2 and not _is_page_date(filled[1].text) and _is_page_date(filled[2].text):
        return None  # another headline with its own date follows: the typed line was a link
    named = _type_name_words(title.text)
    if named:
        code = _type_titles()[fold(" ".join(named))]
        rest = " ".join(title.text.split()[len(named) :]).rstrip(" .")
    elif label and _ABOUT.match(title.text):
        code, rest = label, title.text.strip().rstrip(" .")
    elif _VV.match(title.text) or _ABOUT.match(title.text):
        # "V/v Di dời Trụ sở ..." over "... Ủy ban nhân dân huyện Chợ Gạo thông báo như sau:"
        declared_code = _declared_type(text, title.end, context)
        if declared_code is None:
            return None
        code, rest = declared_code, title.text.strip().rstrip(" .")
    else:
        return None
    sender = None
    for k, line in enumerate(filled[1:6], start=1):
        m = _TELEGRAM.match(line.text)
        if m:
            printed = (m["sender"] or (filled[k - 1].text if k > 1 else "")).strip()
            found = match_body_at(title_case_caps(printed), 0, context)
            if found:
                sender = Body(**{**found.body.model_dump(), "surface": printed})
                break
    # the text below the title, without the post's date line or the title printed again
    body = [ln for ln in filled[1:9] if not _is_page_date(ln.text) and ln.text != title.text]
    first = body[0].text.strip() if body else ""
    if body and any(ln is body[0] for ln in filled[1:4]):
        if _news_lead().match(body[0].text):
            return None  # "Sáng ngày 18/12/2024, HĐND phường tổ chức ...": a report, not the text
        if re.search(r"(?<![\w])vừa(?![\w])(?![ \t]+(?:qua|rồi))", body[0].text):
            return None  # "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình ...": a report of it
    declared = sender is None and _declares_its_type(text, title.end, code, context)
    own_parts = any(_OWN_PART.match(ln.text) for ln in body[1:6])
    congress = code == "NQ" and _CONGRESS.match(first) is not None  # "Đại hội ... họp từ ..."
    if not (sender or declared):
        grounds = tuple(_layout()["grounds_openers"])
        opens = (
            any(ln.text.startswith(grounds) for ln in body[:4])
            or _OWN_PART.match(first) is not None
            or congress
        )
        if not opens and not _leads_in_items(filled[1:8], context):
            return None
    if not (rest.lower().startswith(("về", "v/v")) or sender or declared or own_parts or congress):
        return None
    rest = _VV.sub("", rest)  # "Thông báo V/v giải tỏa ...": the subject without "V/v"
    attribution = re.search(r"[ \t]+của[ \t]+(?P<by>.+)$", rest)
    by = match_body_at(attribution["by"], 0, context) if attribution else None
    if attribution and by and by.end == len(attribution["by"].rstrip()):
        # "... cơn bão số 4 của Chủ tịch UBND thị xã" (not "... tháng 6 của Thường trực HĐND,
        # Lãnh đạo UBND huyện": whose reception day the notice is about)
        rest = rest[: attribution.start()]
    return _Posted(code, rest or None, title, sender)


# The first part of a document's own text: "Điều 1." of a decision, "I. MỤC ĐÍCH, YÊU CẦU" of
# a plan, "PHẦN THỨ NHẤT" of a report, "QUYẾT NGHỊ:" of a resolution.
_OWN_PART = re.compile(
    r"\s*(?:Điều[ \t]+1[ \t]*[.:]|I[ \t]*[.)/-][ \t]*\w"
    r"|(?:PHẦN|Phần)[ \t]+(?:I|1|THỨ[ \t]+NHẤT|thứ[ \t]+nhất)(?![\w])"
    r"|QUYẾT[ \t]+NGHỊ[ \t]*:?[ \t]*$)"
)


def _posted_title_at(filled: list[Line]) -> int | None:
    """Where a post's title is among its first lines: the first line when it opens with a type
    name (or, under a type label, "Về việc ..."), else the first such line under the site's
    menu and banner lines ("Chi tiết tin", "Thống kê truy cập", "• Hôm nay 28") with the
    post's date just below it or among those lines."""
    for k, line in enumerate(filled[:12]):
        text = line.text.strip()
        if _is_caption(text):
            continue  # a site's section or banner: "THÔNG BÁO CHUNG"
        titled = bool(_type_name_words(text)) or bool(_VV.match(text)) or bool(_ABOUT.match(text))
        below = filled[k + 1].text if k + 1 < len(filled) else ""
        dated = _is_page_date(below) or any(_is_page_date(ln.text) for ln in filled[:k])
        if titled and (k == 0 or dated):
            return k
        if text.endswith((".", ":", ";", ",")) or (len(text) > 60 and not _is_caps(text)):
            return None  # a sentence: the text has begun without a typed title
    return None


def _is_page_date(line: str) -> bool:
    """A post's date line: "30/08/2022", "Ngày cập nhật 10/01/2020", "7:28, Thứ Năm, 12-5-2022"."""
    return bool(_NEWS_DATE_LINE.search(line)) or (
        len(line) <= 40 and len(line.split()) <= 6 and bool(find_dates(line))
    )


def _declared_type(text: str, start: int, context: LocalityContext) -> str | None:
    """The type a body declares its text to be in the sentence that opens it ("Ủy ban nhân dân
    huyện Chợ Gạo thông báo như sau:")."""
    window = text[start : start + 2000]
    for mention in find_bodies(window, context):
        says = _declaring_verb().match(window, mention.end)
        if says and re.match(r"[^.\n]{0,120}như[ \t]+sau[ \t]*:", window[says.end() :]):
            return _type_titles()[fold(says.group(1))]
    return None


# A headerless telegram's first words: its sender, then "điện:" and the addressees.
# (the sender must be a body's whole name: "Ban Chỉ huy Phòng, chống thiên tai tỉnh điện:")
_TELEGRAM_OPENING = re.compile(r"\s*(?P<sender>[^\n:;.]{3,120}?)[ \t]+(?:điện|ĐIỆN)[ \t]*:")


def _page_date_line(line: str, any_language: bool = False) -> bool:
    """A page's date line: "Thứ Tư, ngày 31 tháng 5 năm 2023" (with `any_language`, also
    "Thursday, 18/07/2024")."""
    weekday = fold(line.split(",")[0].strip())
    english = _folded("weekdays_english") if any_language else frozenset()
    named = weekday in _folded("weekdays") or weekday in english
    return named and bool(find_dates(line)) and len(line) <= 45


def _leads_in_items(lines: list[Line], context: LocalityContext) -> bool:
    """A body's lead-in and the numbered items it opens: "Do đó Ban Thường vụ Quận ủy yêu cầu:"
    / "1/ Các Chi Đảng bộ trực thuộc ..." (the document's own text, not a report of it)."""
    for k, line in enumerate(lines[:-1]):
        if line.text.rstrip().endswith(":") and _self_reference(line.text, context):
            return bool(re.match(r"(?:\d{1,2}|[IVX]{1,4})[.)/][ \t]", lines[k + 1].text))
    return False


def _declares_its_type(text: str, start: int, code: str, context: LocalityContext) -> bool:
    """The post's body says the type's verb of itself: "UBND phường Bồ Đề thông báo tới toàn
    thể nhân dân ..." under "Thông báo lịch tiêm ..." (the notice, not news of one)."""
    says, issues = _type_verb(code), _issuing_verb(code)
    window = text[start : start + 2000]
    return any(
        (says and says.match(window, m.end)) or issues.match(window, m.end)
        for m in find_bodies(window, context)
    )


@cache
def _issuing_verb(code: str) -> re.Pattern[str]:
    """A body that issues this very text: "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức ...
    như sau:" (not "... ban hành Kế hoạch số 45/KH-UBND", another one)."""
    names = [n for n, c in type_names_to_code().items() if c == code] or [code]
    alternatives = phrase_pattern(names, r"[ \t]+")
    verbs = phrase_pattern(_layout()["self_issuing_verbs"], r"[ \t]+")
    return re.compile(
        rf"[ \t]+(?:{verbs})[ \t]+(?:{alternatives})(?![\w])"
        rf"(?![ \t]+số)(?=[^.\n]{{0,300}}như[ \t]+sau)",
        re.IGNORECASE,
    )


def _type_verb(code: str) -> re.Pattern[str] | None:
    """The self-reference verbs that name the type `code` ("thông báo" for TB), or None."""
    return _verb_naming(code, "self_reference_verbs")


@cache
def _verb_naming(code: str, verbs_key: str, tail: str = "") -> re.Pattern[str] | None:
    """The verbs of layout.toml's list `verbs_key` that name the type `code`, said after a body
    (optionally "xin ..."), then `tail`; None when the list names no such verb."""
    verbs = [v for v in _layout()[verbs_key] if _type_titles().get(fold(v)) == code]
    if not verbs:
        return None
    alternatives = phrase_pattern(verbs, r"[ \t]+")
    return re.compile(rf"[ \t]+(?:xin[ \t]+)?(?:{alternatives})(?![\w]){tail}")


def _type_name_words(title: str, rest: bool = True) -> list[str]:
    """The words of the type name that opens `title` (the longest listed name); with `rest`,
    only a name that more words follow."""
    words = title.split()
    after = 1 if rest else 0
    for n in (3, 2, 1):
        if len(words) >= n + after and fold(" ".join(words[:n])) in _type_titles():
            return words[:n]
    return []


def _posted_header(head: Header, posted: _Posted, text: str, context: LocalityContext) -> Header:
    """The header of a posted document (`_posted_document`); its issuer is the telegram's
    sender or the body that speaks of itself in the text."""
    prov = Provenance(start=posted.title.start, end=posted.title.end, rule="page.posted_title")
    head.doc_type, head.subject = posted.doc_type, posted.subject
    head.provenance["doc_type"] = prov
    if posted.subject:
        head.provenance["subject"] = prov
    head.issuer = posted.sender or _self_reference(text, context, posted.doc_type)
    congress = _congress(text, context) if head.issuer is None and posted.doc_type == "NQ" else None
    if congress:  # a congress's resolution posted by the committee's site
        head.issuer, head.date = congress[0], congress[1]
        if congress[1]:
            head.provenance["date"] = Provenance(
                start=congress[2], end=congress[2], rule="body.congress_closed", inferred=True
            )
    if head.issuer:
        at = max(text.find(head.issuer.surface), 0)
        head.provenance["issuer"] = Provenance(
            start=at, end=at + len(head.issuer.surface), rule="page.posted_issuer", inferred=True
        )
    own = _posted_number(text, posted, context)
    if own:
        sym = parse_symbol(own.number)
        at = Provenance(start=own.start, end=own.end, rule="page.posted_number")
        if sym:
            head.symbol = replace(sym, start=own.start, end=own.end)
            head.provenance["number"] = at
        if own.date:
            head.date = own.date
            head.provenance["date"] = at
    head.body_start = posted.title.end
    return head


# The line by which a site credits the document it posts: "(Nguồn: Thông báo số 81/TB-UBND ...)".
_SOURCE_LINE = re.compile(r"^\(?[ \t]*Nguồn[ \t]*:", re.MULTILINE)


def _posted_number(text: str, posted: _Posted, context: LocalityContext) -> CitationMention | None:
    """The posted document's own number and date, as the page cites it: on a line of its own
    just below the title ("Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã ... V/v
    ..."), or in the site's source line."""
    below = text[posted.title.end : posted.title.end + 400]
    for m in find_citation_mentions(below, context):
        line_start = below.rfind("\n", 0, m.start) + 1
        above = [ln for ln in below[:line_start].split("\n") if ln.strip()]
        if len(above) > 1 or any(ln.rstrip().endswith(":") for ln in above):
            break  # (not a document listed under "Căn cứ:", nor one further down)
        if m.doc_type == posted.doc_type and not m.bare and not below[line_start : m.start].strip():
            return replace(m, start=m.start + posted.title.end, end=m.end + posted.title.end)
    return _source_credit(text, context, posted.doc_type)


def _may_be_one_body(one: Body | None, other: Body | None) -> bool:
    """Whether two readings may name one body: either unknown, or one name within the other."""
    if one is None or other is None:
        return True
    a, b = fold(one.name), fold(other.name)
    return a in b or b in a


def _source_credit(text: str, context: LocalityContext, code: str | None) -> CitationMention | None:
    """The document a site's source line credits ("(Nguồn: Từ Công văn số 1150/UBND-VP ngày
    22/04/2021)"), of type `code` when the text's type is known."""
    for source in _SOURCE_LINE.finditer(text):
        line_end = text.find("\n", source.end())
        line = text[source.end() : len(text) if line_end < 0 else line_end]
        found = [m for m in find_citation_mentions(line, context) if code in (None, m.doc_type)]
        if found and not found[0].bare:
            shift = source.end()
            return replace(found[0], start=found[0].start + shift, end=found[0].end + shift)
    return None


def _signed(head: Header, lines: list[Line], text: str, context: LocalityContext) -> Header:
    """A headerless page's signature block and Nơi nhận, when the page carries them; "T/M BAN
    THƯỜNG VỤ" makes the committee's standing board the issuer."""
    signer, _body, sig_start = _signature(_before_annex(lines), context)
    if signer is None or signer.name is None:
        return head
    if head.issuer and signer.authority:
        head.issuer = _with_signing_organ(head.issuer, signer.authority)
    _record_signature(head, signer, sig_start, *_recipients(text))
    return head


def _record_signature(
    head: Header, signer: Signer | None, sig_start: int, recipients: list[str], rec_start: int
) -> None:
    """The signer and the Nơi nhận items on the header, with where each was read."""
    head.signer = signer
    if signer and sig_start >= 0:
        head.provenance["signer"] = Provenance(start=sig_start, end=sig_start, rule="signature")
    head.recipients = recipients
    if rec_start >= 0:
        head.provenance["recipients"] = Provenance(start=rec_start, end=rec_start, rule="noi_nhan")


def _page_document(head: Header, page: CitationMention, text: str) -> Header:
    """The header of a page titled by its own document (`_page_titled_by_its_document`)."""
    prov = Provenance(start=page.start, end=page.end, rule="page.title")
    head.doc_type, head.date, head.issuer = page.doc_type, page.date, page.issuer
    sym = parse_symbol(page.number)
    head.symbol = replace(sym, start=page.start, end=page.end) if sym else None
    head.subject = mend_words(f"về {page.subject}", text) if page.subject else None
    for name in ("doc_type", "number", "date", "issuer", "subject"):
        head.provenance[name] = prov
    head.body_start = text.find("\n", page.end) + 1 or len(text)
    return head


def _headline_above_grounds(lines: list[Line], opening: Line | None = None) -> Line | None:
    """A headerless document's own headline: the line above its grounds ("Lịch tiếp công dân
    định kỳ ... năm 2025" / "Căn cứ Luật tiếp công dân ...") or above the `opening` sentence
    that declares it, past the post's date line ("Định hướng công tác tuyên truyền tháng
    11/2017" / "Ngày đăng 10/11/2017 | 09:35")."""
    filled = [ln for ln in lines[:6] if ln.text.strip()]
    openers = tuple(_layout()["grounds_openers"])
    at = next(
        (i for i, ln in enumerate(filled) if ln.text.startswith(openers) or ln == opening), None
    )

    def headline(line: str) -> bool:  # (not "Lượt xem: 162", nor the time cut off "09:35")
        words = re.findall(r"[^\W\d_]+", line)
        return len(words) >= 3 and not (_is_page_date(line) or _is_caption(line))

    above = [ln for ln in filled[: at or 0] if headline(ln.text)]
    if not above or (at > 1 and opening is None):
        return None
    first = above[-1].text.strip()
    return above[-1] if len(first) <= 200 and not first.endswith((".", ";", ":")) else None


@cache
def _declaring_verb() -> re.Pattern[str]:
    """A type name said as the verb that issues it ("... thông báo ... như sau:")."""
    verbs = phrase_pattern(_layout()["declaring_type_verbs"], r"[ \t]+")
    return re.compile(rf"[ \t]+({verbs})(?![\w])(?![ \t]+số)")


# A post's headline that ends with the document's number and date in brackets.
_HEADLINE_NUMBER = re.compile(
    r"[ \t]*\((?P<number>[^()\s,]*\d[^()\s,]*/[^()\s,]+),?[ \t]*(?P<date>[^()]*)\)[ \t]*$"
)
# A letter's subject as a post's headline: "Về việc báo cáo tình hình ...", "V/v ...".
_ABOUT_HEADLINE = re.compile(r"(?:V/v|Về[ \t]+việc)(?![\w])", re.IGNORECASE)
# A document's last sentence ends with its closing mark ("... được biết./.", "... này ./").
_CLOSING_MARK = re.compile(r"\.?[ \t]*/[ \t]*\.?[ \t]*$")


@cache
def _closing_words() -> dict[str, re.Pattern[str]]:
    """The closing formula's words (layout.toml): a courtesy before the verb, what follows the
    verb (to whom it informs, or the closing mark itself), a closing request's opening."""
    layout = _layout()
    courtesies = phrase_pattern(layout["closing_courtesies"], r"[ \t]+")
    addressees = phrase_pattern(layout["closing_addressee_words"], r"[ \t]+")
    requests = phrase_pattern(layout["closing_request_openers"], r"[ \t]+")
    return {
        "courtesy": re.compile(rf"[ \t]+(?:{courtesies})(?=[ \t])"),
        "informs": re.compile(rf"[ \t]+(?:{addressees})(?![\w])|[ \t]*\.?[ \t]*/"),
        "request": re.compile(rf"(?:{requests})[ \t]+"),
    }


def _after_cua(text: str, start: int) -> bool:
    """Whether the body named at `start` follows "của": another document's issuer ("... theo
    Kế hoạch số 12/KH-UBND của UBND huyện"), not the body that speaks."""
    return re.search(r"(?<![\w])của[ \t]+$", text[max(0, start - 8) : start]) is not None


def _inferred(body: Body) -> Body:
    """`body` marked as read from the text's sentences, not printed as its issuer."""
    return body.model_copy(update={"inferred": True})


def _bylined(paragraphs: list[str]) -> bool:
    """Whether a text ends with a reporter's byline ("Minh Hà", "Phóng viên Hoài Thu"): news,
    whatever its sentences say; a signature prints its title above the name."""
    if not paragraphs:
        return False
    last = re.sub(r"^(?:Phóng viên|PV|Tin|Bài|Theo)[ \t:.]+", "", paragraphs[-1].strip("() "))
    titled = any(_is_caps(p) for p in paragraphs[-3:-1])
    return _is_person_name(last) and not titled


def _declared_closing(text: str, context: LocalityContext) -> tuple[str, Body | None] | None:
    """The type and issuer of a headerless excerpt that closes as its document does, which no
    news report does: "UBND xã thông báo để các cơ quan ... được biết./." is that body's
    notice; "... thực hiện nghiêm tinh thần Thông báo này ./" and "Nhận được Công văn này, đề
    nghị ..." name the text's own type, its issuer the body that asks in that sentence; under a
    "Về việc ..." headline the informing formula closes a letter (NĐ 30/2020: a công văn's
    subject opens "V/v")."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if _bylined(paragraphs):
        return None
    # (the signer's title and name may follow: "... trân trọng thông báo./." / "CHỦ TỊCH ...")
    closing = [p for p in paragraphs[-4:] if _CLOSING_MARK.search(p)]
    last = closing[-1] if closing else (paragraphs[-1] if paragraphs else "")
    if not (closing or _closing_words()["request"].match(last)):
        return None
    for mention in find_bodies(last, context):
        if _after_cua(last, mention.start):
            continue
        courtesy = _closing_words()["courtesy"].match(last, mention.end)
        says = _declaring_verb().match(last, courtesy.end() if courtesy else mention.end)
        if says and _closing_words()["informs"].match(last, says.end()):
            by = _inferred(mention.body)
            headline = next((p for p in paragraphs if not _is_caption(p)), "")
            if _ABOUT_HEADLINE.match(headline):  # an office's letter that informs
                return "CV", by
            return _type_titles()[fold(says.group(1))], by
    folded = fold(last)
    for name, code in sorted(_type_titles().items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![\w]){re.escape(name)} nay(?![\w])", folded):
            return code, _self_reference(last, context)
    return None


def _declared_opening(text: str, context: LocalityContext) -> tuple[str | None, Body | None] | None:
    """The type and issuer of a headerless excerpt whose first sentence issues it: "Thực hiện
    ..., Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:" is that body's plan,
    "... Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:" its notice (not "...
    ban hành Kế hoạch số 45/KH-UBND ...", a numbered one, nor what a body after "của" issued);
    a text that opens "Thủ tướng Chính phủ điện: ..." is that sender's telegram."""
    opening = _TELEGRAM_OPENING.match(text)
    if opening:  # "Thủ tướng Chính phủ điện: Bộ Y tế; Bộ Giao thông vận tải; ..."
        sender = opening["sender"]
        found = match_body_at(title_case_caps(sender), 0, context)
        if found and found.end == len(sender):
            return _type_titles()[fold("công điện")], Body(
                **{**found.body.model_dump(), "inferred": True}
            )
    end = text.find("như sau:", 0, 800)
    if end < 0 or re.search(r"[.!?][ \t]*\n|[.!?][ \t]+[A-ZĐÀ-Ỹ]", text[:end]):
        return None
    sentence = text[:end]
    for mention in find_bodies(sentence, context):
        if _after_cua(sentence, mention.start):
            continue
        by = _inferred(mention.body)
        says = _declaring_verb().match(sentence, mention.end)
        if says:  # "Ủy ban nhân dân xã Tây Sơn thông báo lịch tiếp công dân ... như sau:"
            return _type_titles()[fold(says.group(1))], by
        m = re.match(r"[ \t]+ban[ \t]+hành[ \t]+((?:\w+\s+){0,2}\w+)", sentence[mention.end :])
        if not m or _NUMBERED_DOCUMENT.match(sentence, mention.end + m.start(1) - 1):
            continue
        named = _type_name_words(m.group(1), rest=False)
        if named:
            return _type_titles()[fold(" ".join(named))], by
    if _bylined([p.strip() for p in text.split("\n") if p.strip()]):
        return None  # a report's lead that sets out a body's requests, signed by its reporter
    for mention in find_bodies(sentence, context):
        # "Ban Tuyên giáo quận ủy định hướng một số nội dung ..., cụ thể như sau: 1. ...": the
        # body's own items, of a type the excerpt does not name
        speaks = _self_reference_verb().match(sentence, mention.end)
        if speaks and _NUMBERED_DOCUMENT.match(sentence, speaks.end()):
            continue  # "... ban hành Kế hoạch số 45/KH-UBND với các nội dung như sau:"
        if speaks and _ITEMS_FOLLOW.match(text, end + len("như sau:")):
            return None, _inferred(mention.body)
    return None


# The numbered items that follow a declaring sentence's "như sau:" ("1. ...", "I. ...").
_ITEMS_FOLLOW = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]")
