"""Assigned tasks: segment the operative part into items, then read who, what, by when.

Segmentation follows GOLD_FORMAT.md: in a directive-type document each item at the deepest
numbered or lettered level is a task ("-"/"+" bullets stay inside it), within Roman sections
whose titles are operative ("NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"); in reports, letters
and news, the sentences that request or assign ("đề nghị ...", "yêu cầu: ...; ...") are tasks.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Doc

from pipeline.extract.dates import make_date
from pipeline.extract.header import Header
from pipeline.extract.orthography import fold
from pipeline.extract.symbols import find_symbols
from pipeline.records.models import Deadline, Provenance, Task
from pipeline.vocab import load_table, phrase_pattern, type_names_to_code

_ROMAN = "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII"
_MARKER = re.compile(
    # (a scanned page's running header, a file name "18.KLTW7S.DOC 5", is no item 18)
    rf"^[ \t]*(?:(?P<roman>{_ROMAN})[.\-][ \t]+|"
    r"(?P<num>\d{1,2})[.)](?!\d|\w+\.[A-Za-z]{3,4}\b)[ \t]*|"
    r"(?P<dec>\d{1,2}\.\d{1,2})\.?[ \t]+|"
    r"(?P<letter>[a-zđ])\)[ \t]+|(?P<article>Điều[ \t]+\d{1,2})[.:][ \t]*)"
)
_ROMAN_VALUES = {r: i for i, r in enumerate(_ROMAN.split("|"), 1)}


@cache
def _vocab() -> dict:
    return load_table("tasks")


# "giao" assigns unless it makes a noun ("Giao thông vận tải", "giao ban", "bàn giao").
_GIAO_NOUNS = "|".join(w.replace(" ", r"[ \t]+") for w in load_table("tasks")["giao_nouns"])
_BRIEFING = "".join(rf"(?<!{w} )" for w in load_table("tasks")["giao_ban_after"])
_ASSIGN = (  # "Giao Ban X" and "giao ban quản lý ..." assign
    rf"(?<!bàn )(?:{_BRIEFING}giao|giao(?![ \t]+ban(?![\w])))"
    rf"(?![ \t]+(?-i:{_GIAO_NOUNS})(?![\w]))"
)


_SPACES = re.compile(r"\s*")
_BLANKS = re.compile(r"[ \t]*")  # spaces within a line


def _past_spaces(text: str, pos: int, end: int | None = None) -> int:
    """Where the text after `pos` (up to `end`) stops being white space."""
    return _SPACES.match(text, pos, len(text) if end is None else end).end()


@dataclass
class Item:
    """A numbered item: its marker path, heading line and full text span."""

    kind: str
    marker: str
    path: list[str]
    start: int
    text_start: int
    end: int = 0
    children: list[Item] = field(default_factory=list)
    parent: Item | None = None


def _items(text: str, start: int, end: int) -> list[Item]:
    """Numbered items of text[start:end] as a tree (Roman > number > letter)."""
    rank = {"roman": 0, "article": 0, "num": 1, "dec": 2, "letter": 3}
    roots: list[Item] = []
    stack: list[Item] = []
    pos = start
    for line in text[start:end].split("\n"):
        m = _MARKER.match(line)
        if m:
            kind = next(k for k in ("roman", "num", "dec", "letter", "article") if m.group(k))
            marker = " ".join(m.group(kind).split())
            if kind == "dec":
                marker = marker.split(".")[1]  # "3.1" under item 3 is its sub-item 1
            while stack and rank[stack[-1].kind] >= rank[kind]:
                stack.pop().end = pos
            parent = stack[-1] if stack else None
            path = [*(parent.path if parent else []), marker]
            item = Item(kind, marker, path, pos, pos + m.end(), parent=parent)
            (parent.children if parent else roots).append(item)
            stack.append(item)
        pos += len(line) + 1
    for item in stack:
        item.end = end
    return _scanned_one(roots)


def _scanned_one(roots: list[Item]) -> list[Item]:
    """A scan that read item "1." as "I." ("I. Tổ chức ...", "2. Rà soát ...") made a Roman
    section of the whole list: the lone "I" followed by item 2 is item 1."""
    romans = [r for r in roots if r.kind == "roman"]
    first = romans[0] if len(romans) == 1 else None
    if not first or first.marker != "I" or not first.children:
        return roots
    if first.children[0].kind != "num" or first.children[0].marker != "2":
        return roots
    one = Item("num", "1", ["1"], first.start, first.text_start, first.children[0].start)
    promoted: list[Item] = [one]
    for child in first.children:
        child.parent = None
        _reroot(child, [])
        promoted.append(child)
    at = roots.index(first)
    return roots[:at] + promoted + roots[at + 1 :]


def _reroot(item: Item, parent_path: list[str]) -> None:
    item.path = [*parent_path, item.marker]
    for child in item.children:
        _reroot(child, item.path)


def _all_items(items: list[Item]) -> list[Item]:
    """Every item of the tree, parents before their children."""
    out: list[Item] = []
    for item in items:
        out.extend([item, *_all_items(item.children)])
    return out


def _leaves(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        out.extend(_leaves(item.children) if item.children else [item])
    return out


def _heading(text: str, item: Item) -> str:
    line_end = text.find("\n", item.text_start)
    return text[item.text_start : line_end if line_end >= 0 else item.end]


def _states_aims(text: str, item: Item, heading: str) -> bool:
    """Whether an item's heading is a plan's statement of its aims (tasks.toml:
    purpose_headings); "Yêu cầu:" only after its "Mục đích" or "Mục tiêu" (a conclusion's
    "2. Yêu cầu: a) Phòng Tài nguyên và Môi trường hoàn thành ..." assigns)."""
    if heading not in _vocab()["purpose_headings"]:
        return False
    before = fold(text[max(0, item.start - 4000) : item.start])
    aims = [h for h in _vocab()["purpose_headings"] if h != "yeu cau"]
    return heading != "yeu cau" or any(h in before for h in aims)


def _operative(text: str, item: Item) -> bool:
    """A Roman section counts when its title says it holds tasks; an article of a decision
    when its title does or it assigns duties ("chịu trách nhiệm thi hành"), not when it only
    approves."""
    title = fold(_heading(text, item)).strip()
    if _states_aims(text, item, re.split(r"[:.]", title)[0].strip()):
        return False  # "2. Mục đích: - Tổ chức các hoạt động ...", a plan's aims
    if item.kind == "roman":
        if title.startswith(tuple(_vocab()["reviewing_section_openers"])):
            return False
        return any(word in title for word in _vocab()["operative_sections"])
    if item.kind == "article":
        title = fold(_heading(text, item)).strip(" .:")
        if any(title.startswith(w) for w in _vocab()["assigning_article_titles"]):
            return True  # "Điều 3. Tổ chức thực hiện", "Điều 4. Trách nhiệm của các cơ quan"
        body = fold(text[item.text_start : item.end])
        return any(phrase in body for phrase in _vocab()["assigning_article_phrases"])
    return True


@cache
def _unit_regex() -> re.Pattern[str]:
    """A unit head at the cursor, not one of the look-alike phrases ("Ban hành")."""
    return re.compile(
        rf"(?!(?:{phrase_pattern(_vocab()['unit_head_exclusions'])})(?![\w]))(?:{phrase_pattern(_vocab()['unit_heads'])})(?![\w])",
        re.IGNORECASE,
    )


@cache
def _unit_start_regex() -> re.Pattern[str]:
    """A unit head as printed (case-sensitive): where a list of units starts its next unit."""
    return re.compile(
        rf"(?!(?:{phrase_pattern(_vocab()['unit_head_exclusions'])})(?![\w]))(?:{phrase_pattern(_vocab()['unit_heads'])})(?![\w])"
    )


@cache
def _internal_verb_regex() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{phrase_pattern(_vocab()['unit_internal_verbs'])})(?![\w])", re.IGNORECASE
    )


@cache
def _stop_regex() -> re.Pattern[str]:
    """A stop phrase ends a unit, unless a plural marker makes it a noun ("các tổ chức")."""
    return re.compile(
        rf"(?<![\w])(?<!các )(?<!những )(?:{phrase_pattern(_vocab()['unit_stops'])})(?![\w])"
    )


def _verbs(verb_spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [a for a, b in verb_spans if start < a < end]


def units_at(text: str, pos: int, verbs: list[tuple[int, int]]) -> tuple[list[str], int]:
    """Units named at `pos` ("UBND phường", "MTTQ và các đoàn thể"), and where they end."""
    head = _unit_regex().match(text, pos)
    if not head:
        return [], pos
    limit = min(len(text), pos + 250)
    colon = text.find(":", pos, limit)
    if colon >= 0 and _NAMES_FOLLOW.search(text, pos, colon):
        colon = text.find(":", colon + 1, limit)  # "Giám đốc các Sở: Tài chính, Xây dựng; ..."
    # A line break ends the units unless the line wraps mid-phrase (next line in lower case).
    newline = next(
        (
            m.start()
            for m in re.finditer(r"\n", text[pos:limit])
            if not _soft_wrap(text, pos + m.start())
        ),
        -1,
    )
    newline = pos + newline if newline >= 0 else -1
    candidates = [x for x in (colon, newline) if x >= 0]
    for stop in _stop_regex().finditer(text, head.end(), limit):
        # "tổ chức đảng" is a unit, "tổ chức thực hiện" an action: a head here is not a stop.
        if not _unit_start_regex().match(text, stop.start()):
            candidates.append(stop.start())
            break
    lower_verbs = [
        a
        for a in _verbs(verbs, head.end(), limit)
        if text[a].islower()
        and not _internal_verb_regex().match(text, a)
        and not _unit_start_regex().match(text, a)
        and not _inside_unit_head(text, a)
        # "thành phô"/"thành phế": a scanned "thành phố" in a list of units, not a verb
        and not re.match(r"thành[ \t]+ph", text[a : a + 12], re.IGNORECASE)
        and not re.search(r"(?<![\w])thành[ \t]+$", text[max(0, a - 8) : a], re.IGNORECASE)
    ]
    if lower_verbs:
        candidates.append(lower_verbs[0])
    sentence = re.compile(r"\.\s").search(text, pos, limit)
    if sentence:
        candidates.append(sentence.start())
    end = min(candidates) if candidates else limit
    phrase = text[pos:end]
    if phrase.count("(") > phrase.count(")"):  # an aside cut by the end: "ngành (theo quy định"
        phrase = phrase[: phrase.rfind("(")]
    phrase = phrase.strip(" \t,;")
    if not phrase or len(phrase.split()) > 60:
        return [], pos
    return _split_units(phrase), end


# A plural head whose names follow a colon: "Giám đốc các Sở: Tài chính, Xây dựng, Công Thương".
_NAMES_FOLLOW = re.compile(r"(?<![\w])các[ \t]+(?:Sở|Bộ|Vụ|Cục|Phòng|Ban)[ \t]*$", re.IGNORECASE)


def _inside_unit_head(text: str, pos: int) -> bool:
    """A word tagged as a verb inside a unit head ("ban" of "Ủy ban nhân dân")."""
    start = max(0, pos - 16)
    return any(
        m.start() < pos < m.end() for m in _unit_start_regex().finditer(text, start, pos + 24)
    )


def _soft_wrap(text: str, newline: int) -> bool:
    """A line break inside a phrase: the line ends with a comma, or the next starts lower case."""
    nxt = text[newline + 1 : newline + 2]
    before = text[max(0, newline - 40) : newline].rstrip(" \t")
    prev = before[-1:]
    joined = re.search(r"(?<![\w])(?:và|của|-)$", before) is not None  # "Sở Nông nghiệp và\n"
    if re.match(r"[ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•])", text[newline + 1 : newline + 8]):
        return False  # the next line opens an item: "a) ...", "2. ...", "- ..."
    if prev == ";" and _unit_start_regex().match(text, newline + 1):
        return True  # a list of units, one per line: "Giám đốc Sở Công Thương;\nGiám đốc ..."
    return bool(nxt) and (prev == "," or joined or (nxt.islower() and prev not in (".", ";", ":")))


def _split_units(phrase: str) -> list[str]:
    """Split a list of units at ',', ';' and 'và' where the next part starts a unit."""
    parts: list[str] = []
    current = ""
    for piece in re.split(r"(\s*[,;]\s*|\s+và\s+)", phrase):
        if re.fullmatch(r"\s*[,;]\s*|\s+và\s+", piece or ""):
            current_sep = piece
            parts.append(current)
            parts.append(current_sep)
            current = ""
        else:
            current += piece
    parts.append(current)
    units: list[str] = []
    buffer = parts[0]
    for i in range(1, len(parts), 2):
        sep, nxt = parts[i], parts[i + 1]
        # "các Vụ, Cục, đơn vị thuộc Tổng cục Thuế", "các Sở, Ban, ngành": heads sharing "các"
        shared = re.fullmatch(r"[Cc]ác\s+\w+(?:,\s*\w+)*", buffer.strip()) and "," in sep
        if _unit_start_regex().match(nxt.strip()) and not (shared and len(nxt.split()) == 1):
            units.append(buffer.strip())
            buffer = nxt
        else:
            buffer += sep + nxt
    units.append(buffer.strip())
    return [" ".join(u.split()) for u in units if u.strip()]


_DEADLINE = re.compile(
    r"(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?(?:\s+đến)?|hạn chót|hoàn thành\s+trước|không quá)"
    r"\s+(?:ngày\s+)?"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>\d{4}))?)"
    r"|trong\s+tháng\s+(?P<mm>\d{1,2})\s*[/-]\s*(?P<my>\d{4})"
    r"|(?:trong\s+)?quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|năm\s+)(?P<qy>\d{4})"
    r"|trong\s+(?:thời\s+hạn\s+)?(?P<rel>\d{1,3})\s+ngày(?P<work>\s+làm\s+việc)?\s*,?\s*"
    r"kể\s+từ\s+ngày\s+"
    r"(?:ký|ban\s+hành)",
    re.IGNORECASE,
)
_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def find_deadline(text: str, doc_date: dt.date | None) -> Deadline | None:
    """The deadline a task states; relative ones resolve against the document date."""
    m = _DEADLINE.search(text)
    if not m:
        return None
    phrase = " ".join(m.group(0).split())
    day, month, given_year = m["d"] or m["wd"], m["m"] or m["wm"], m["y"] or m["wy"]
    if day:
        year = given_year or (doc_date.year if doc_date else None)
        date = make_date(year, month, day) if year else None
        if date and not given_year and doc_date and date < doc_date:
            date = make_date(doc_date.year + 1, month, day)
        return Deadline(date=date, text=phrase) if date else None
    if m["mm"]:
        month, year = int(m["mm"]), int(m["my"])
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        return Deadline(date=dt.date(year, month, last), text=phrase)
    if m["q"]:
        quarter, year = _QUARTER[m["q"].upper()], int(m["qy"])
        month = quarter * 3
        return Deadline(date=dt.date(year, month, calendar.monthrange(year, month)[1]), text=phrase)
    if m["rel"] and doc_date:
        days = int(m["rel"])
        due = _add_working_days(doc_date, days) if m["work"] else doc_date + dt.timedelta(days)
        return Deadline(date=due, text=phrase, relative=True)
    return None


def _add_working_days(start: dt.date, days: int) -> dt.date:
    """`days` working days after `start`, skipping Saturdays and Sundays (public holidays are
    not known here, so the result can be early by the holidays in between)."""
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def find_recurrence(text: str) -> str | None:
    low = text.lower()
    for phrase, canon in sorted(_vocab()["recurrence"].items(), key=lambda kv: -len(kv[0])):
        if phrase in low:
            return canon
    return None


# "Trách nhiệm của chủ đầu tư", "Nhiệm vụ của UBND phường": a heading naming whose duties follow.
_DUTY_OF = re.compile(r"(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+của\s+", re.IGNORECASE)
_REPORTING = re.compile(r"báo\s+cáo[^.;\n]{0,160}?\b(?:về|cho|lên)\s+[^.;\n]{3,120}", re.IGNORECASE)
_COOPERATING = re.compile(r"phối\s+hợp(?:\s+chặt\s+chẽ)?\s+với\s+", re.IGNORECASE)


def _action(words: list[tuple[int, int, str]], start: int, end: int, text: str) -> str | None:
    """The main verb phrase: from the first verb to the next punctuation (at most 10 words)."""
    for a, _b, pos in words:
        if start <= a < end and pos == "V":
            stop = re.compile(r"[,;:.\n(]").search(text, a, end)
            phrase = text[a : stop.start() if stop else end]
            return " ".join(phrase.split()[:10]) or None
    return None


def _cooperating(text: str, verbs: list[tuple[int, int]]) -> list[str]:
    m = _COOPERATING.search(text)
    if not m:
        return []
    units, _ = units_at(text, m.end(), [(a - 0, b) for a, b in verbs])
    return units


_ALSO_CALLED = re.compile(r"\s*\([^()\n]{0,120}\)")  # "(sau đây gọi là Bộ, cơ quan trung ương)"
_AND = re.compile(r"\s*(?:,|;|và)\s*")


def _addressees_at(text: str, at: int, verbs: list[tuple[int, int]]) -> tuple[list[str], int]:
    """Units a lead-in addresses, read across a bracketed short name that interrupts them:
    'các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ) và Ủy ban nhân dân các tỉnh tập trung ...'."""
    units, end = units_at(text, at, verbs)
    while units:
        aside = _ALSO_CALLED.match(text, end)
        joint = _AND.match(text, aside.end()) if aside else None
        more, more_end = units_at(text, joint.end(), verbs) if joint else ([], end)
        if not more:
            break
        units, end = units + more, more_end
    return units, end


def _request_units(text: str, start: int, end: int, verbs: list[tuple[int, int]]) -> list[str]:
    """Addressees of 'đề nghị / yêu cầu / giao X ...' inside text[start:end]."""
    for m in _request_regex().finditer(text, start, end):
        gap = re.compile(r"\s*:?\s*").match(text, m.end())
        units, _ = _addressees_at(text, gap.end() if gap else m.end(), verbs)
        if units:
            return units
    return []


@dataclass
class _Context:
    text: str
    doc_date: dt.date | None
    words: list[tuple[int, int, str]]
    resolution: bool = False  # a resolution's items may only approve ("Tán thành ...")

    @cached_property
    def verbs(self) -> list[tuple[int, int]]:
        """Spans of the words tagged as verbs (computed once per document)."""
        return [(a, b) for a, b, p in self.words if p == "V"]


def _make_task(
    ctx: _Context,
    label: str | None,
    start: int,
    end: int,
    inherited: list[str],
    rule: str,
    named: list[str] | None = None,
) -> Task:
    """A task of text[start:end]; `named` are units its own heading named ("Sở Y tế: ...")."""
    text = ctx.text
    body = text[start:end].strip()
    start = _past_spaces(text, start, end)
    own, own_end = (named, start) if named else units_at(text, start, ctx.verbs)
    # "UBND phường Cự Khối đề nghị các tổ dân phố ...": the body asks; its addressees act
    asks = _asking_regex().search(text, start, min(own_end, end)) or (
        own_end < end and _asking_regex().match(text, _past_spaces(text, own_end, end))
    )
    if own and not named and asks:
        own = _request_units(text, asks.start(), min(end, asks.start() + 200), ctx.verbs) or own
    duty = _DUTY_OF.match(text, start)
    if not own and duty:
        own = units_at(text, duty.end(), ctx.verbs)[0]
    if not own:
        own = _units_under_title(ctx, start, end)
    if not own:
        own = _request_units(text, start, min(end, start + 200), ctx.verbs)
    responsible = own or inherited
    chunk = text[start:end]
    cited = [s.text for s in find_symbols(chunk) if s.number]
    reporting = _REPORTING.search(chunk)
    return Task(
        label=label,
        text=" ".join(body.split()),
        span=Provenance(start=start, end=start + len(body), rule=rule),
        action=_action(ctx.words, start, end, text),
        responsible=responsible,
        cooperating=_cooperating(chunk, [(a - start, b - start) for a, b in ctx.verbs]),
        deadline=find_deadline(chunk, ctx.doc_date),
        recurrence=find_recurrence(chunk),
        reporting=" ".join(reporting.group(0).split()) if reporting else None,
        cited_numbers=cited,
    )


def _units_under_title(ctx: _Context, start: int, end: int) -> list[str]:
    """Units opening the line under an item's own title line: '3. Tổ chức thực hiện\nThủ
    trưởng các sở, ban, ngành ...; Chủ tịch UBND các xã ... chịu trách nhiệm ...'."""
    newline = ctx.text.find("\n", start, end)
    if newline < 0:
        return []
    title = ctx.text[start:newline].strip()
    topic = title.endswith(":") and fold(title).startswith("ve ")  # "1. Về công tác ...:"
    if not title or len(title.split()) > 12 or (title[-1] in ".;:," and not topic):
        return []
    if re.search(r"(?<![\w])(?:với|và|của|cho|các|về|tại|trong|để|theo)$", title):
        return []  # a first line that wraps on ("Tăng cường phối hợp với / UBND các huyện ...")
    at = _past_spaces(ctx.text, newline)
    return units_at(ctx.text, at, ctx.verbs)[0] if at < end else []


def _lead_text(ctx: _Context, item: Item) -> str:
    """An item's own text: up to its first sub-item, or all of it."""
    end = item.children[0].start if item.children else item.end
    return ctx.text[item.text_start : end].strip()


_REGARDING = re.compile(r"Đối[ \t]+với[ \t]+", re.IGNORECASE)


def _heading_units(ctx: _Context, item: Item) -> list[str]:
    """'1. Sở Công Thương:', 'a) Cục Thi hành án dân sự tỉnh:' or '3. Đối với các Bộ quản lý
    chuyên ngành:' name who carries sub-items."""
    regarding = _REGARDING.match(ctx.text, item.text_start)
    units, end = units_at(ctx.text, regarding.end() if regarding else item.text_start, ctx.verbs)
    if units and (ctx.text[end : end + 1] == ":" or item.children):
        return units
    if not units and item.children:
        units = _request_units(ctx.text, item.text_start, item.children[0].start, ctx.verbs)
    return units if item.children else []


def _colon_units(ctx: _Context, item: Item) -> list[str]:
    """A leaf that names units and ends with ':' introduces the siblings that follow it."""
    if item.children or not _lead_text(ctx, item).endswith(":"):
        return []
    units, _ = units_at(ctx.text, item.text_start, ctx.verbs)
    return units or _request_units(ctx.text, item.text_start, item.end, ctx.verbs)


def _numbered_tasks(
    ctx: _Context,
    items: list[Item],
    directive: bool,
    report: bool = False,
    addressees: list[str] | None = None,
) -> list[Task]:
    """Tasks from numbered items. In a report, a section of recommendations ("KIẾN NGHỊ")
    gives only its explicit requests; `addressees` are the units a lead-in names
    ("đề nghị Công ty X hoàn thiện các nội dung sau:"), carried to items naming none."""
    tasks: list[Task] = []

    def walk(nodes: list[Item], inherited: list[str], in_section: bool) -> None:
        sibling_units: list[str] = []
        for node in nodes:
            if not _operative(ctx.text, node):
                continue
            carried = _heading_units(ctx, node) or inherited
            if node.children:
                requests_only = report and node.kind == "roman" and _recommends(ctx.text, node)
                walk(
                    node.children,
                    carried,
                    (in_section or node.kind == "roman") and not requests_only,
                )
                continue
            label = ".".join(node.path)
            start = node.text_start
            opening = fold(ctx.text[start : start + 80])
            if not in_section and _states_a_field(opening):  # informs; a request still counts
                tasks.extend(_request_sentences(ctx, start, node.end, label, carried))
                continue
            if ctx.resolution and _only_approves(ctx.text, start, node.end):
                continue  # "1. Tán thành bản báo cáo kiểm điểm ...": approves, assigns nothing
            if any(clause in opening for clause in _vocab()["non_task_clauses"]):
                # "Điều 3. Quyết định này có hiệu lực ... Chánh Văn phòng ... chịu trách nhiệm
                # thi hành": the duty clause after the entry-into-force sentence is the task
                duty = _duty_after_clause(ctx.text, start, node.end)
                if duty is None:
                    continue
                start = duty
            named, end = units_at(ctx.text, start, ctx.verbs)
            if named and ctx.text[end : end + 1] == ":":
                start = end + 1
            else:
                named = []
            introduced = _colon_units(ctx, node)
            if directive or in_section:
                task = _make_task(
                    ctx, label, start, node.end, sibling_units or carried, "task.item", named
                )
                tasks.append(task)
            else:
                tasks.extend(_request_sentences(ctx, start, node.end, label, carried))
            sibling_units = introduced or sibling_units

    walk(items, addressees or [], False)
    return tasks


def _states_a_field(opening: str) -> bool:
    """Whether a folded item opening only states a field of the event: "thoi gian: tu 07h00",
    "dia diem ngung cap dien: TDP ..." (tasks.toml: information_fields)."""
    return _field_regex().match(opening) is not None


@cache
def _field_regex() -> re.Pattern[str]:
    fields = "|".join(re.escape(f) for f in _vocab()["information_fields"])
    return re.compile(rf"(?:{fields})(?:[ \w]{{0,30}})?:")


def _duty_after_clause(text: str, start: int, end: int) -> int | None:
    """Where the sentence that assigns execution starts, after an item's opening clause."""
    stop = re.compile(r"\.(?=\s)").search(text, start, end)
    if not stop:
        return None
    rest = fold(text[stop.end() : end])
    if not any(phrase in rest for phrase in _vocab()["assigning_article_phrases"]):
        return None
    return _past_spaces(text, stop.end(), end)


def _recommends(text: str, item: Item) -> bool:
    """A section of conclusions or recommendations ("KẾT LUẬN, KIẾN NGHỊ")."""
    title = fold(_heading(text, item))
    return any(word in title for word in _vocab()["recommendation_sections"])


# A lead-in that turns the numbered items after it into requirements ("UBND tỉnh yêu cầu:").
_LEAD_VERB = re.compile(
    rf"(?<![\w])(?:yêu\s+cầu|đề\s+nghị|{_ASSIGN}|chỉ\s+đạo)(?![\w])", re.IGNORECASE
)
_LEAD_IN = re.compile(rf"{_LEAD_VERB.pattern}[^.\n]{{0,120}}:\s*$", re.IGNORECASE)
# Where the sentence before a lead-in's colon ends: a full stop or a blank line.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
_LEAD_IN_SPAN = 900  # characters a lead-in sentence may run over (five or six wrapped lines)


def _lead_in(ctx: _Context, start: int, first_item: int) -> tuple[int, int] | None:
    """The span of the sentence that turns the numbered items after it into requirements.

    A short one ("UBND tỉnh yêu cầu:") counts as it is. A sentence wrapped over lines ("... đề
    nghị Ủy ban nhân dân các tỉnh, thành phố ... chỉ đạo các cơ quan ... thực hiện các quy định
    ..., cụ thể như sau:") counts when its verb names units and what they are to do.
    """
    m = _LEAD_IN.search(ctx.text, max(start, first_item - 300), first_item)
    if m:
        return m.span()
    colon = ctx.text.rfind(":", start, first_item)
    if colon < 0 or ctx.text[colon + 1 : first_item].strip():
        return None
    window = max(start, colon - _LEAD_IN_SPAN)
    ends = list(_SENTENCE_END.finditer(ctx.text, window, colon))
    sentence = ends[-1].end() if ends else window
    not_actions = _vocab()["lead_in_non_actions"]
    for verb in _LEAD_VERB.finditer(ctx.text, sentence, colon):
        at = _past_spaces(ctx.text, verb.end())
        units, units_end = _addressees_at(ctx.text, at, ctx.verbs)
        # The units are followed by what they are to do ("triển khai thực hiện ..."), not by
        # "nội dung như sau:" (a letter that reports and proposes).
        action = _stop_regex().match(ctx.text, units_end)
        if units and action and " ".join(action.group(0).split()) not in not_actions:
            return verb.start(), colon + 1
    return None


@cache
def _asking_regex() -> re.Pattern[str]:
    """A verb by which a body asks others to act ("đề nghị", "yêu cầu"), not one it acts by
    itself ("Công an phường phân công cán bộ trực", "... giao ban với các đơn vị")."""
    return re.compile(rf"(?<![\w])(?:{phrase_pattern(_vocab()['asking_verbs'])})(?![\w])", re.I)


@cache
def _request_regex() -> re.Pattern[str]:
    """A verb of request or assignment (vocab/tasks.toml: request_verbs), not a noun made
    with "giao"."""
    verbs = [v for v in _vocab()["request_verbs"] if v != "giao"]
    return re.compile(rf"(?<![\w])(?:{phrase_pattern(verbs)}|{_ASSIGN})(?![\w])", re.IGNORECASE)


def _only_approves(text: str, start: int, end: int) -> bool:
    """A resolution's item that approves ("Tán thành ...", "Thông qua ...") and asks nothing
    (no "giao", "yêu cầu", "đề nghị" in it)."""
    opening = fold(text[start : start + 80]).lstrip(" -*")
    approves = opening.startswith(tuple(_vocab()["approving_openers"]))
    return approves and _request_regex().search(text, start, end) is None


# A sentence of a request: it ends at a full stop before a space or the closing "/." ("... thực
# hiện./."), at a lead-in's colon, or at a blank line (an item typed without its stop); a dot
# inside a word ("5.575", "TP.HCM") does not end it.
_REQUEST_SENTENCE = re.compile(
    r"(?:[^.!?:\n]|\n(?![ \t]*\n)|[.!?](?![\s/]|$)|:(?!\s*\n))+"
    r"(?:[.!?](?=[\s/]|$)|:(?=\s*\n)|(?=\n[ \t]*\n)|$)"
)


def _request_sentences(
    ctx: _Context, start: int, end: int, label: str | None, inherited: list[str]
) -> list[Task]:
    """Sentences of text[start:end] that ask a named unit to act (reports, letters)."""
    out: list[Task] = []
    for m in _REQUEST_SENTENCE.finditer(ctx.text[start:end]):
        s, e = start + m.start(), start + m.end()
        sentence = ctx.text[s:e]
        if not _request_regex().search(sentence) or sentence.rstrip().endswith(":"):
            continue  # a lead-in ("... yêu cầu ... như sau:") introduces tasks, it is not one
        units = _request_units(ctx.text, s, e, ctx.verbs)
        if not units:
            continue
        out.append(_make_task(ctx, label, s, e, units or inherited, "task.request"))
    return out


_LIST_FOLLOWS = re.compile(rf"\s*\n(?:{_MARKER.pattern[1:]}|[ \t]*[-+•])")
_PROSE_LIST = re.compile(rf"(?:yêu\s+cầu|đề\s+nghị|{_ASSIGN})\s*:\s*", re.IGNORECASE)


@cache
def _aside_regex() -> re.Pattern[str]:
    """A time or condition between a request verb and its addressees (vocab: request_asides)."""
    asides = phrase_pattern(_vocab()["request_asides"])
    return re.compile(rf",?[ \t]*(?:{asides})(?![\w])[^,.;:\n]{{0,50}},[ \t]*", re.IGNORECASE)


def _heads_a_line(text: str, at: int) -> bool:
    """Whether `at` opens its line, after an item's marker if any: a heading, not a verb."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    marker = _MARKER.match(line)
    return not line.strip() or (marker is not None and marker.end() == len(line))


def _prose_list_starts(
    ctx: _Context, start: int, end: int, reported: bool
) -> list[tuple[int, list[str], bool]]:
    """Where a prose list of requirements begins, the units it is addressed to, and whether it
    ends with its sentence:
    'yêu cầu: ...' (none named yet) or 'UBND tỉnh yêu cầu các Sở, ngành, UBND các huyện: ...'.
    News (`reported`) also writes it without the colon: 'UBND Thành phố yêu cầu Sở Xây dựng
    chủ trì ...; tổ chức lập ...', 'giao UBND huyện chịu trách nhiệm ...': the list then
    begins with the units."""
    starts: dict[int, list[str]] = {
        m.end(): []
        for m in _PROSE_LIST.finditer(ctx.text, start, end)
        # ("2. Yêu cầu:" heads a plan's aims; "Đề nghị:" over a list still asks)
        if not (_heads_a_line(ctx.text, m.start()) and m.group(0).startswith("Yêu cầu"))
    }
    sentence_only: set[int] = set()  # a list without a colon ends with its sentence
    for m in _request_regex().finditer(ctx.text, start, end):
        at = _BLANKS.match(ctx.text, m.end()).end()
        units, units_end = units_at(ctx.text, at, ctx.verbs)
        aside = None if units else _aside_regex().match(ctx.text, at)
        if aside:  # "đề nghị trong thời gian tới, UBND huyện chủ động ..."
            at = aside.end()
            units, units_end = units_at(ctx.text, at, ctx.verbs)
        if not units:
            continue
        # The list runs on after the colon (a list set out below it is read as items).
        colon = re.compile(r"[ \t]*:[ \t]*(?=[^\s(])").match(ctx.text, units_end)
        if colon and colon.end() not in starts:
            starts[colon.end()] = units
        elif reported and not colon and not re.match(r"[ \t]*:", ctx.text[units_end:]):
            starts.setdefault(at, units)
            sentence_only.add(at)
    return [(at, units, at in sentence_only) for at, units in sorted(starts.items())]


def _prose_tasks(ctx: _Context, start: int, end: int, reported: bool = False) -> list[Task]:
    """'... yêu cầu: A làm X; làm Y. Làm Z' -> one task per segment; units carry forward."""
    tasks: list[Task] = []
    taken = 0  # a list runs to its paragraph's end: a later start inside it adds nothing
    for list_start, addressees, sentence_only in _prose_list_starts(ctx, start, end, reported):
        if list_start < taken:
            continue
        if _LIST_FOLLOWS.match(ctx.text, list_start):
            continue
        para_end = ctx.text.find("\n\n", list_start)
        para_end = end if para_end < 0 else min(para_end, end)
        if sentence_only:
            stop = re.compile(r"\.(?=\s|$)").search(ctx.text, list_start, para_end)
            para_end = stop.end() if stop else para_end
        taken = para_end
        carried: list[str] = addressees
        for seg in re.finditer(r"(?:[^;.]|\.(?![\s/]|$))+", ctx.text[list_start:para_end]):
            s = list_start + seg.start()
            e = list_start + seg.end()
            piece = ctx.text[s:e].strip(" ;.\n")
            if len(piece.split()) < 3:
                continue
            units, _ = units_at(ctx.text, _past_spaces(ctx.text, s, e), ctx.verbs)
            if units:
                carried = units
            task = _make_task(ctx, None, s, e, carried, "task.prose")
            task.text = task.text.rstrip(";. ")
            tasks.append(task)
    return tasks


def find_tasks(doc: Doc, header: Header | None) -> list[Task]:
    """Tasks of a parsed document (a spaCy Doc with our spans)."""
    text = doc.text
    spans = doc.spans
    words = [(s.start_char, s.end_char, s.label_) for s in spans.get("words", [])]
    doc_date = header.date if header else None
    ctx = _Context(text, doc_date, words, header is not None and header.doc_type == "NQ")
    start = header.body_start if header else 0
    end = len(text)
    for field_name in ("recipients", "signer"):
        prov = header.provenance.get(field_name) if header else None
        if prov and start < prov.start < end:
            end = prov.start
    items = _items(text, start, end)
    news = header is None or header.kind == "news"
    report = not news and header.doc_type in _vocab()["report_types"]
    lead_in = _lead_in(ctx, start, items[0].start) if items and not report else None
    if news and lead_in is None:
        return _prose_tasks(ctx, start, end, reported=True)
    # (news that sets out a directive's numbered requirements after its lead-in gives them)
    directive = news or _directs(header) or lead_in is not None
    addressees = _request_units(text, *lead_in, ctx.verbs) if lead_in else []
    tasks = _numbered_tasks(ctx, items, directive, report, addressees) if items else []
    # the items that gave tasks, from their markers ("b) Chủ trì ..." is item 1.b, not prose),
    # and their parents' headings ("1. Các Bộ: Công Thương, ...:")
    labels = {t.label or "" for t in tasks}
    gave = [
        i
        for i in _all_items(items)
        if any(lb == ".".join(i.path) or lb.startswith(".".join(i.path) + ".") for lb in labels)
    ]
    covered = [(i.start, i.end) for i in gave]
    covered += [(t.span.start, t.span.end) for t in tasks]
    if lead_in:
        covered.append((lead_in[0], lead_in[1] + 1))  # the lead-in introduces, it is no task
    # Before a lead-in, a sentence whose subject is a document reports what that document
    # assigned: "Quyết định có hiệu lực ... và giao UBND các tỉnh ...".
    context_end = lead_in[0] if lead_in else start
    extra = [
        t
        for t in (_prose_tasks(ctx, start, end, news) + _tail_requests(ctx, items, start, end))
        if not any(a <= t.span.start < b for a, b in covered)
        and not (t.span.start < context_end and _reported_by_a_document(text, t.span.start))
    ]
    # the plan or regulation a decision issues, printed after its signature: its items are
    # the tasks the decision sets
    issued = header is not None and header.doc_type == "QĐ"  # (not a submission's draft)
    attached = header.attached if header else None
    if issued and attached and attached.start > end and attached.doc_type in _vocab()["plan_types"]:
        items = _items(text, attached.start, attached.end)
        tasks += _numbered_tasks(ctx, items, True)
    return sorted(tasks + _dedupe(extra), key=lambda t: t.span.start)


def _reported_by_a_document(text: str, at: int) -> bool:
    """Whether the sentence holding `at` opens with a document's type name ("Quyết định ...")."""
    stop = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at), text.rfind("\n\n", 0, at))
    opening = text[stop + 1 : stop + 80].lstrip().lower()
    return opening.startswith(tuple(type_names_to_code()))


def _directs(header: Header) -> bool:
    """Whether the document's numbered items are tasks by its type (and, for a notice, its
    subject: conclusions direct, results inform)."""
    if header.doc_type not in _vocab()["directive_types"]:
        return False
    if header.doc_type != "TB":
        return True
    subject = fold(header.subject or "")
    return not subject or any(w in subject for w in _vocab()["directing_notice_words"])


def _tail_requests(ctx: _Context, items: list[Item], start: int, end: int) -> list[Task]:
    """Requests in prose outside numbered items (a letter's closing 'Đề nghị ...')."""
    spans = [(i.start, i.end) for i in items]
    out = []
    for task in _request_sentences(ctx, start, end, None, []):
        if not any(a <= task.span.start < b for a, b in spans):
            out.append(task)
    return out


def _dedupe(tasks: list[Task]) -> list[Task]:
    seen: set[int] = set()
    out = []
    for t in sorted(tasks, key=lambda t: t.span.start):
        if t.span.start not in seen:
            seen.add(t.span.start)
            out.append(t)
    return out


__all__ = ["find_deadline", "find_recurrence", "find_tasks", "units_at"]
