"""Checklists from the document graph: per directive, per unit, and coverage of upstream tasks.

- Per directive: every task of every processed document with tasks, its units, deadline,
  recurrence, reporting duty, source clause, status and evidence.
- Per unit (UBND phường, MTTQ, each chi bộ, ...): its unfinished tasks across all directives,
  by deadline. Units are normalised (vocab/units.toml; bodies resolved like issuers), so "UBND
  phường" in a ward resolution and "Ủy ban nhân dân phường Bình Minh" are one unit.
- Coverage: tasks of a directive that some document implements, which none of those documents
  takes up.

Status (the states of government task tracking, models.TaskStatus) against `as_of`: a user's
status wins (StatusStore, or the edited XLSX status column read back); otherwise "reported"
when a later report or news item that reports on the directive (or on a document implementing
it) mentions doing the task; otherwise open within deadline or overdue by the deadline.

Evidence matching is deliberately simple so a secretary can check it: the task's key phrase and
each sentence of a later linked document are reduced to content syllables (vocab/checklist.toml
drops function words and boilerplate), and a sentence matches when it shares enough consecutive
syllable pairs with the key phrase (EVIDENCE_MIN_SHARED, EVIDENCE_MIN_SHARE). The sentence is
quoted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.extract.bodies import LocalityContext
from pipeline.files import atomic_write
from pipeline.link.graph import DocumentGraph, Node, Relation, sentence_starts
from pipeline.link.identity import expand, fold, parse_body, slug
from pipeline.link.status import StatusStore, UserStatus, open_status, parse_status
from pipeline.records.models import (
    ChecklistItem,
    DocumentRecord,
    Evidence,
    Level,
    Task,
    TaskStatus,
)
from pipeline.vocab import load_table

FORMATS = ("xlsx", "csv", "md", "docx")
BASENAME = "checklist"

EVIDENCE_MIN_SHARED = 3
"""A sentence is evidence for a task when it shares at least this many consecutive content-
syllable pairs with the task's key phrase ("làm sạch", "sạch dữ", "dữ liệu" is three): fewer
catches sentences that only share a topic word."""

EVIDENCE_MIN_SHARE = 0.25
"""... and at least this share of the key phrase's pairs, so a long task is not matched by a
sentence that repeats one of its side remarks."""

KEY_SYLLABLES = 16
"""The key phrase of a task: its first clause, at most this many content syllables (the action
and its object; what follows is detail that later documents rarely repeat word for word)."""

QUOTE_CHARS = 300
"""Longest evidence quote shown."""

EVIDENCE_TYPES = frozenset({"BC"})
"""Evidence of doing is read in records of what was done: reports (these types), news items,
and any document that reports on the directive. Plans and resolutions implementing it take a
task up rather than do it; that shows in the coverage, not as evidence."""

HEADERS = (
    "STT",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Định kỳ",
    "Báo cáo",
    "Căn cứ (điều, mục)",
    "Trạng thái",
    "Ghi chú",
    "Minh chứng",
    "Mã nhiệm vụ",
)
"""Columns of every task sheet; "Mã nhiệm vụ" is the stable id the status edits are read by."""

WIDTHS = (6, 60, 26, 26, 12, 16, 26, 30, 24, 28, 50, 36)
COVERAGE_HEADERS = (
    "STT",
    "Văn bản",
    "Căn cứ (điều, mục)",
    "Nhiệm vụ",
    "Văn bản triển khai",
    "Mã nhiệm vụ",
)
COVERAGE_WIDTHS = (6, 34, 14, 70, 50, 36)
SUMMARY_SHEET = "Tổng hợp"
COVERAGE_SHEET = "Chưa triển khai"
META_SHEET = "_vanban"
DATE_FORMAT = "dd/mm/yyyy"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_OPEN = (TaskStatus.open_in_time, TaskStatus.open_overdue, TaskStatus.reported)


# --- data ------------------------------------------------------------------------------------


@dataclass
class DirectiveChecklist:
    """The tasks of one document, in the document's order."""

    directive_id: str
    label: str
    issuer: str | None
    level: Level | None
    date: dt.date | None
    subject: str | None
    items: list[ChecklistItem] = field(default_factory=list)

    @property
    def title(self) -> str:
        """'Chỉ thị số 14-CT/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy Hà Nội'."""
        out = self.label
        if self.date:
            out += f" ngày {_short_date(self.date)}"
        if self.issuer:
            out += f" của {self.issuer}"
        return out


@dataclass
class UnitChecklist:
    """A unit's unfinished tasks across all directives, by deadline (none last)."""

    key: str
    name: str
    group: bool
    items: list[ChecklistItem] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.status == TaskStatus.open_overdue)


@dataclass(frozen=True)
class CoverageRow:
    """An upstream task that no implementing document takes up."""

    directive_id: str
    directive_label: str
    task_id: str
    label: str | None
    source_clause: str
    text: str
    implemented_by: tuple[str, ...]


@dataclass
class Checklists:
    """Everything the writers need, computed once against `as_of`."""

    as_of: dt.date
    directives: list[DirectiveChecklist]
    units: list[UnitChecklist]
    coverage: list[CoverageRow]

    def items(self) -> list[ChecklistItem]:
        """All items, directive by directive."""
        return [item for d in self.directives for item in d.items]

    def counts(self) -> dict[str, tuple[int, int]]:
        """Unit name -> (unfinished tasks, overdue tasks)."""
        return {u.name: (len(u.items), u.overdue) for u in self.units}


# --- units -----------------------------------------------------------------------------------


@cache
def _units_table() -> dict[str, Any]:
    return load_table("units")


@dataclass(frozen=True)
class Unit:
    """A normalised unit: stable key, display name, and whether it is a collective addressee."""

    key: str
    name: str
    group: bool = False


_SCOPE_OF_LEVEL = {
    Level.province: "province",
    Level.district: "district",
    Level.commune: "commune",
    Level.cell: "commune",
}


@cache
def _scope_of_kind() -> list[tuple[str, str]]:
    """Folded locality kind -> scope, longest first, from vocab/bodies.toml ("tp" added)."""
    kinds = {fold(k): v for k, v in load_table("bodies")["locality_kinds"].items()}
    kinds["tp"] = "province"
    return sorted(kinds.items(), key=lambda kv: -len(kv[0]))


class UnitResolver:
    """Normalises the units of one directive's tasks, in that directive's locality."""

    def __init__(self, node: Node) -> None:
        self.context = node.context or LocalityContext()
        if node.level is not None:
            self.local = self._locality(_SCOPE_OF_LEVEL.get(node.level))
        else:  # news: the narrowest place the text speaks of
            scopes = ("commune", "district", "province")
            self.local = next((x for x in map(self._locality, scopes) if x), "")

    def _locality(self, scope: str | None) -> str:
        found = self.context.get(scope) if scope else None
        return f"{found[0]} {found[1]}" if found else ""

    def resolve(self, text: str) -> Unit:
        """'UBND phường' -> Unit('ubnd-phuong-binh-minh', 'UBND phường Bình Minh')."""
        cleaned = _cut_action(_strip_leading(" ".join(text.split()).strip(" ;,.:-")))
        folded = f" {fold(expand(cleaned))} "
        for rule in _units_table()["unit"]:
            if any(folded.startswith(f" {p} ") for p in rule.get("starts", [])):
                if rule.get("keep_name"):
                    name = cleaned[:1].upper() + cleaned[1:]
                    return Unit(slug(name), name, bool(rule.get("group")))
            if any(f" {p} " in folded for p in rule.get("phrases", [])):
                local = self._rule_locality(folded)
                name = rule["name"].replace("{local}", local).strip()
                key = rule["key"] + (
                    f"-{slug(local)}" if "{local}" in rule["name"] and local else ""
                )
                return Unit(key, name, bool(rule.get("group")))
        parsed = parse_body(cleaned, None)
        if parsed.head and parsed.place:
            return Unit(parsed.key or slug(cleaned), parsed.display())
        if parsed.head:
            resolved = parse_body(cleaned, self.context)
            return Unit(
                resolved.key.lstrip("?") if resolved.key else slug(cleaned), resolved.display()
            )
        name = cleaned[:1].upper() + cleaned[1:]
        return Unit(slug(name) or "don-vi", name)

    def _rule_locality(self, folded: str) -> str:
        """The locality named by a kind word in the unit ('Công an phường'), else the issuer's."""
        for kind, scope in _scope_of_kind():
            if f" {kind} " in folded:
                return self._locality(scope) or self.local
        return self.local


@cache
def _cut_regex() -> re.Pattern[str]:
    verbs = set(_units_table()["cut"]["verbs"]) | set(load_table("tasks").get("unit_stops", []))
    alts = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True)
    )
    return re.compile(rf"\s(?:{alts})(?!\w)")


def _cut_action(text: str) -> str:
    """'Văn phòng Đảng ủy tổng hợp kết quả' -> 'Văn phòng Đảng ủy' (lower-case verbs only)."""
    m = _cut_regex().search(text)
    return text[: m.start()].rstrip(" ,;") if m and m.start() > 0 else text


def _strip_leading(text: str) -> str:
    words = text.split()
    leading = [tuple(p.split()) for p in _units_table()["strip"]["leading"]]
    changed = True
    while changed and words:
        changed = False
        folded = [fold(w) for w in words]
        for phrase in sorted(leading, key=len, reverse=True):
            n = len(phrase)
            if tuple(" ".join(folded[:n]).split()) == phrase and len(words) > n:
                words = words[n:]
                changed = True
                break
    return " ".join(words)


def unassigned_unit() -> Unit:
    """The unit of tasks whose text names none."""
    row = _units_table()["unassigned"]
    return Unit(row["key"], row["name"], True)


# --- matching --------------------------------------------------------------------------------


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in load_table("checklist")["stopwords"])


@cache
def _drop_regex() -> re.Pattern[str]:
    phrases = load_table("checklist")["drop_phrases"]
    alts = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def content_syllables(text: str) -> list[str]:
    """Lower-case syllables with body names, function words, numbers and punctuation dropped."""
    words = re.findall(r"[^\W\d_]+", _drop_regex().sub(" ", text).lower())
    stop = _stopwords()
    return [w for w in words if w not in stop]


def _pairs(syllables: list[str]) -> set[tuple[str, str]]:
    return set(zip(syllables, syllables[1:], strict=False))


@dataclass(frozen=True)
class Key:
    """What a task is matched by: its key phrase's syllable pairs minus the directive's topic
    (the subject line's pairs: every sentence about "chuyển đổi số" shares those)."""

    pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, task: Task, topic: str | None = None) -> Key:
        pairs = _pairs(key_phrase(task))
        if topic:
            pairs -= _pairs(content_syllables(topic))
        return cls(frozenset(pairs))


def key_phrase(task: Task) -> list[str]:
    """The task's first clause minus its responsible units, as content syllables."""
    text = " ".join(task.text.split())
    for unit in sorted(task.responsible, key=len, reverse=True):
        if text.lower().startswith(unit.lower()):
            text = text[len(unit) :]
            break
    clause = re.split(r"[;:]|\.(?:\s|$)", text, maxsplit=1)[0]
    return content_syllables(clause)[:KEY_SYLLABLES]


def match_score(key: Key | list[str], sentence: str) -> tuple[int, float]:
    """(shared pairs, share of the key's pairs) between a key phrase and a sentence."""
    wanted = key.pairs if isinstance(key, Key) else _pairs(key)
    if not wanted:
        return 0, 0.0
    shared = len(wanted & _pairs(content_syllables(sentence)))
    return shared, shared / len(wanted)


def matches(key: Key | list[str], sentence: str) -> bool:
    """True when a sentence says enough of the key phrase (see the thresholds' docstrings)."""
    shared, share = match_score(key, sentence)
    return shared >= EVIDENCE_MIN_SHARED and share >= EVIDENCE_MIN_SHARE


def sentences(text: str, skip: list[tuple[int, int]] | None = None) -> list[str]:
    """The text cut into sentences and list items, whitespace collapsed; parts inside a `skip`
    span (a later document's own tasks: what it asks for, not what was done) are left out."""
    starts = sentence_starts(text)
    skip = skip or []
    out = []
    for a, b in zip(starts, [*starts[1:], len(text)], strict=False):
        pos = a
        for part in re.split(r"(;\s+)", text[a:b]):
            begin, pos = pos, pos + len(part)
            clean = " ".join(part.split())
            if not clean or clean == ";":
                continue
            middle = begin + len(part) // 2
            if any(s <= middle < e for s, e in skip):
                continue
            out.append(clean)
    return out


# --- building --------------------------------------------------------------------------------


def _expand_groups(units: list[Unit], chi_bo: list[str] | None) -> list[Unit]:
    """The group "các chi bộ trực thuộc" plus each configured chi bộ by name."""
    out = list(units)
    if chi_bo and any(u.key == CHI_BO_GROUP for u in units):
        for name in chi_bo:
            unit = Unit(slug(name), name)
            if unit not in out:
                out.append(unit)
    return out


# The key of the group every chi bộ belongs to (vocab/units.toml).
CHI_BO_GROUP = "chi-bo-truc-thuoc"


def build_checklists(
    graph: DocumentGraph,
    records: list[DocumentRecord] | None = None,
    as_of: dt.date | None = None,
    statuses: StatusStore | dict[str, UserStatus] | None = None,
    chi_bo: list[str] | None = None,
) -> Checklists:
    """Per-directive and per-unit checklists and coverage, statuses against `as_of` (today).

    `chi_bo`: the committee's chi bộ (from its config); a task for "các chi bộ trực thuộc"
    then appears on each chi bộ's own list as well as the group's."""
    as_of = as_of or dt.date.today()
    user = statuses.get_all() if isinstance(statuses, StatusStore) else dict(statuses or {})
    nodes = _task_nodes(graph, records)
    directives: list[DirectiveChecklist] = []
    units: dict[str, UnitChecklist] = {}
    coverage: list[CoverageRow] = []
    for node in nodes:
        record = node.record
        assert record is not None
        resolver = UnitResolver(node)
        later = _later_documents(graph, node, as_of)
        reporters = _reporters(graph, node)
        checklist = DirectiveChecklist(
            node.id, node.label, node.issuer, node.level, node.date, node.subject
        )
        implementers = [graph.node(i) for i in graph.downstream(node.id)]
        implementers = [n for n in implementers if n.record is not None]
        for task_id, task in _task_ids(node.id, record.tasks):
            responsible = _units(resolver, task.responsible)
            cooperating = _units(resolver, task.cooperating)
            key = Key.of(task, node.subject)
            evidence = _evidence(key, later, reporters)
            deadline = task.deadline.date if task.deadline else None
            status = open_status(deadline, as_of)
            if any(e.document_id in reporters for e in evidence):
                status = TaskStatus.reported
            mine = user.get(task_id)
            item = ChecklistItem(
                task_id=task_id,
                directive_id=node.id,
                directive_label=node.label,
                label=task.label,
                text=" ".join(task.text.split()),
                responsible=[u.name for u in responsible],
                cooperating=[u.name for u in cooperating],
                deadline=deadline,
                recurrence=task.recurrence,
                reporting=task.reporting,
                source_clause=source_clause(task),
                status=mine.resolve(deadline, as_of, status) if mine else status,
                status_note=mine.note if mine else None,
                status_set_by_user=bool(mine and mine.status),
                evidence=evidence,
            )
            checklist.items.append(item)
            for unit in _expand_groups(responsible + cooperating, chi_bo) or [unassigned_unit()]:
                entry = units.setdefault(unit.key, UnitChecklist(unit.key, unit.name, unit.group))
                if item.status in _OPEN and item not in entry.items:
                    entry.items.append(item)
            if implementers and not _taken_up(key, implementers):
                coverage.append(
                    CoverageRow(
                        node.id,
                        node.label,
                        task_id,
                        task.label,
                        item.source_clause,
                        item.text,
                        tuple(n.label for n in implementers),
                    )
                )
        directives.append(checklist)
    for entry in units.values():
        entry.items.sort(key=lambda i: (i.deadline or dt.date.max, i.directive_id, i.task_id))
    ordered = sorted(units.values(), key=lambda u: (u.key == unassigned_unit().key, u.name))
    return Checklists(as_of, directives, [u for u in ordered if u.items], coverage)


def _task_nodes(graph: DocumentGraph, records: list[DocumentRecord] | None) -> list[Node]:
    """Processed documents with tasks, oldest first (undated last)."""
    wanted = {r.content_hash for r in records} if records is not None else None
    nodes = [
        n
        for n in graph.records()
        if n.record is not None
        and n.record.tasks
        and (wanted is None or n.record.content_hash in wanted)
    ]
    return sorted(nodes, key=lambda n: (n.date or dt.date.max, n.id))


def _task_ids(node_id: str, tasks: list[Task]) -> Iterable[tuple[str, Task]]:
    """Stable ids: document id + '#' + label ('#II.1.a'), or '#tN' for unlabelled tasks."""
    seen: dict[str, int] = {}
    for index, task in enumerate(tasks, start=1):
        base = f"{node_id}#{task.label}" if task.label else f"{node_id}#t{index}"
        seen[base] = seen.get(base, 0) + 1
        yield (base if seen[base] == 1 else f"{base}~{seen[base]}"), task


def _units(resolver: UnitResolver, names: list[str]) -> list[Unit]:
    out: list[Unit] = []
    for name in names:
        unit = resolver.resolve(name)
        if unit.key not in {u.key for u in out}:
            out.append(unit)
    return out


def source_clause(task: Task) -> str:
    """Where in the document: 'Mục 2.a', 'Điều 3', or the opening words of an unlabelled task."""
    if task.label:
        label = task.label.strip()
        if label.lower().startswith(("điều", "khoản", "mục", "phần")):
            return label[:1].upper() + label[1:]
        return f"Mục {label}"
    words = " ".join(task.text.split()).split()
    return "Đoạn: “" + " ".join(words[:8]) + ("…”" if len(words) > 8 else "”")


def _later_documents(graph: DocumentGraph, node: Node, as_of: dt.date) -> list[Node]:
    """Reports and news linked to this document or to one implementing it, dated from this
    one's date to `as_of` (undated ones count): where doing a task can be read."""
    targets = {node.id, *graph.downstream(node.id)}
    found: dict[str, Node] = {}
    for target in targets:
        for edge in graph.in_edges(target):
            source = graph.node(edge.source)
            if source.record is None or source.id == node.id:
                continue
            if source.date and node.date and source.date < node.date:
                continue
            if source.date and source.date > as_of:
                continue
            reports = edge.relation is Relation.reports_on
            if reports or source.kind == "news" or source.doc_type in EVIDENCE_TYPES:
                found[source.id] = source
    return list(found.values())


def _reporters(graph: DocumentGraph, node: Node) -> set[str]:
    """Documents reporting on this one or on a document implementing it."""
    out: set[str] = set()
    for target in [node.id, *graph.downstream(node.id)]:
        out.update(e.source for e in graph.in_edges(target, {Relation.reports_on}))
    return out


_SENTENCE_CACHE: dict[tuple[str, bool], list[str]] = {}


def _node_sentences(node: Node, without_tasks: bool) -> list[str]:
    """Sentences of a record (cached by content), optionally without its own tasks."""
    assert node.record is not None
    key = (node.record.content_hash, without_tasks)
    if key not in _SENTENCE_CACHE:
        if len(_SENTENCE_CACHE) > 4096:
            _SENTENCE_CACHE.clear()
        spans = [(t.span.start, t.span.end) for t in node.record.tasks] if without_tasks else []
        _SENTENCE_CACHE[key] = sentences(node.record.text, spans)
    return _SENTENCE_CACHE[key]


def _evidence(key: Key, later: list[Node], reporters: set[str]) -> list[Evidence]:
    """The best matching sentence of each later document, reports first."""
    found: list[tuple[bool, float, Evidence]] = []
    for node in later:
        assert node.record is not None
        best: tuple[int, float, str] | None = None
        for sentence in _node_sentences(node, without_tasks=True):
            shared, share = match_score(key, sentence)
            if shared >= EVIDENCE_MIN_SHARED and share >= EVIDENCE_MIN_SHARE:
                if best is None or (shared, share) > best[:2]:
                    best = (shared, share, sentence)
        if best is not None:
            quote = best[2] if len(best[2]) <= QUOTE_CHARS else best[2][:QUOTE_CHARS] + "…"
            label = node.label + (f" ({_short_date(node.date)})" if node.date else "")
            found.append(
                (
                    node.id in reporters,
                    best[1],
                    Evidence(document_id=node.id, document_label=label, quote=quote),
                )
            )
    found.sort(key=lambda f: (not f[0], -f[1]))
    return [f[2] for f in found]


def _taken_up(key: Key, implementers: list[Node]) -> bool:
    """Does an implementing document take the task up (a task or sentence of it matches)?"""
    for node in implementers:
        assert node.record is not None
        texts = [t.text for t in node.record.tasks] or _node_sentences(node, without_tasks=False)
        if any(matches(key, text) for text in texts):
            return True
    return False


# --- formatting helpers ----------------------------------------------------------------------


def _short_date(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def _evidence_text(item: ChecklistItem) -> str:
    return "\n".join(f"{e.document_label}: “{e.quote}”" for e in item.evidence)


def _clause_text(item: ChecklistItem) -> str:
    return f"{item.source_clause}, {item.directive_label}"


def _row(index: int, item: ChecklistItem) -> list[Any]:
    """One task row in HEADERS order; the deadline stays a date."""
    return [
        index,
        item.text,
        "; ".join(item.responsible),
        "; ".join(item.cooperating),
        item.deadline,
        item.recurrence or "",
        item.reporting or "",
        _clause_text(item),
        item.status.value,
        item.status_note or "",
        _evidence_text(item),
        item.task_id,
    ]


def sheet_name(name: str, taken: set[str]) -> str:
    """An Excel sheet name: no []:*?/\\ characters, at most 31 characters, unique."""
    base = " ".join(_BAD_SHEET_CHARS.sub(" ", name).split())
    for long, short in _units_table()["sheet_abbreviations"].items():
        if len(base) <= 31:
            break
        base = re.sub(rf"(?<!\w){re.escape(long)}(?!\w)", short, base)
    base = base.strip("'") or "Đơn vị"
    candidate = base[:31].strip()
    n = 2
    while candidate.lower() in {t.lower() for t in taken} or candidate == META_SHEET:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)].strip() + suffix
        n += 1
    taken.add(candidate)
    return candidate


# --- writers ---------------------------------------------------------------------------------


def write_checklists(
    checklists: Checklists, out_dir: Path, formats: Iterable[str] = FORMATS
) -> list[Path]:
    """Write the chosen formats into `out_dir`, each file atomically (temp file, then rename)."""
    writers: dict[str, Callable[[Checklists, Path], list[Path]]] = {
        "xlsx": _write_xlsx,
        "csv": _write_csv,
        "md": _write_md,
        "docx": _write_docx,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for fmt in formats:
        if fmt not in writers:
            raise ValueError(f"Unknown checklist format: {fmt!r} (use {', '.join(FORMATS)})")
        paths.extend(writers[fmt](checklists, out_dir))
    return paths


_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_STATUS_FILLS = {
    TaskStatus.open_overdue: PatternFill("solid", fgColor="FFC7CE"),
    TaskStatus.done_on_time: PatternFill("solid", fgColor="C6EFCE"),
    TaskStatus.done_late: PatternFill("solid", fgColor="FFEB9C"),
    TaskStatus.reported: PatternFill("solid", fgColor="DDEBF7"),
}


def _write_xlsx(checklists: Checklists, out_dir: Path) -> list[Path]:
    wb = Workbook()
    taken: set[str] = set()
    summary = wb.active
    assert summary is not None
    summary.title = sheet_name(SUMMARY_SHEET, taken)
    _task_sheet(summary, checklists.items())
    for unit in checklists.units:
        _task_sheet(wb.create_sheet(sheet_name(unit.name, taken)), unit.items)
    _coverage_sheet(wb.create_sheet(sheet_name(COVERAGE_SHEET, taken)), checklists.coverage)
    _meta_sheet(wb, checklists)
    for ws in wb.worksheets:
        if ws.title != META_SHEET:
            _status_validation(ws)
    return [atomic_write(out_dir / f"{BASENAME}.xlsx", lambda tmp: wb.save(tmp))]


def _header(ws: Worksheet, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    ws.append(list(headers))
    for col, width in enumerate(widths, start=1):
        cell = ws.cell(row=1, column=col)
        cell.font = Font(name="Times New Roman", bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32


def _body_style(ws: Worksheet, date_cols: set[int]) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.font = Font(name="Times New Roman")
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = _BORDER
            if cell.column in date_cols and isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(horizontal="center", vertical="top")
    last = get_column_letter(ws.max_column)
    ws.auto_filter.ref = f"A1:{last}{max(ws.max_row, 1)}"


def _task_sheet(ws: Worksheet, items: list[ChecklistItem]) -> None:
    _header(ws, HEADERS, WIDTHS)
    status_col = HEADERS.index("Trạng thái") + 1
    for index, item in enumerate(items, start=1):
        ws.append(_row(index, item))
    _body_style(ws, {HEADERS.index("Thời hạn") + 1})
    for row, item in enumerate(items, start=2):
        fill = _STATUS_FILLS.get(item.status)
        if fill:
            ws.cell(row=row, column=status_col).fill = fill
        ws.cell(row=row, column=len(HEADERS)).font = Font(name="Times New Roman", color="808080")


def _coverage_sheet(ws: Worksheet, rows: list[CoverageRow]) -> None:
    _header(ws, COVERAGE_HEADERS, COVERAGE_WIDTHS)
    for index, row in enumerate(rows, start=1):
        ws.append(
            [
                index,
                row.directive_label,
                row.source_clause,
                row.text,
                "; ".join(row.implemented_by),
                row.task_id,
            ]
        )
    _body_style(ws, set())


def _meta_sheet(wb: Workbook, checklists: Checklists) -> None:
    """Hidden: what was written (to tell a user's edit from our own value) and the state list."""
    ws = wb.create_sheet(META_SHEET)
    ws.append(["task_id", "status", "note", "deadline", "", "states", "as_of"])
    for item in checklists.items():
        ws.append([item.task_id, item.status.value, item.status_note or "", item.deadline])
    for row, status in enumerate(TaskStatus, start=2):
        ws.cell(row=row, column=6, value=status.value)
    ws.cell(row=2, column=7, value=checklists.as_of).number_format = DATE_FORMAT
    ws.sheet_state = "hidden"


def _status_validation(ws: Worksheet) -> None:
    if ws.max_row < 2 or "Trạng thái" not in [c.value for c in ws[1]]:
        return
    col = get_column_letter(HEADERS.index("Trạng thái") + 1)
    rows = len(TaskStatus) + 1
    dv = DataValidation(
        type="list",
        formula1=f"'{META_SHEET}'!$F$2:$F${rows}",
        allow_blank=True,
        showErrorMessage=False,
        promptTitle="Trạng thái",
        prompt="Chọn trạng thái hoặc gõ “Hoàn thành”.",
    )
    dv.showInputMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{col}2:{col}{ws.max_row}")


def _write_csv(checklists: Checklists, out_dir: Path) -> list[Path]:
    """UTF-8 with BOM so Excel opens the Vietnamese text correctly; dates dd/mm/yyyy."""

    def table(headers: tuple[str, ...], rows: list[list[Any]]) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_short_date(v) if isinstance(v, dt.date) else v for v in row])
        return buf.getvalue()

    items = [_row(i, item) for i, item in enumerate(checklists.items(), start=1)]
    units = [
        [u.name, *_row(i, item)]
        for u in checklists.units
        for i, item in enumerate(u.items, start=1)
    ]
    coverage = [
        [i, r.directive_label, r.source_clause, r.text, "; ".join(r.implemented_by), r.task_id]
        for i, r in enumerate(checklists.coverage, start=1)
    ]
    files = {
        f"{BASENAME}.csv": table(HEADERS, items),
        f"{BASENAME}_units.csv": table(("Đơn vị", *HEADERS), units),
        f"{BASENAME}_coverage.csv": table(COVERAGE_HEADERS, coverage),
    }
    return [
        atomic_write(
            out_dir / name, lambda tmp, text=text: tmp.write_text(text, encoding="utf-8-sig")
        )
        for name, text in files.items()
    ]


def _md_cell(value: Any) -> str:
    if isinstance(value, dt.date):
        return _short_date(value)
    return str(value or "").replace("|", "\\|").replace("\n", "<br>")


def _md_table(headers: tuple[str, ...], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return out


def _write_md(checklists: Checklists, out_dir: Path) -> list[Path]:
    cols = HEADERS[:-1]
    lines = [
        "# Danh mục nhiệm vụ theo dõi thực hiện",
        "",
        f"Tính đến ngày {_short_date(checklists.as_of)}.",
        "",
        "## I. Theo văn bản",
    ]
    for d in checklists.directives:
        lines += ["", f"### {d.title}", ""]
        lines += _md_table(cols, [_row(i, it)[:-1] for i, it in enumerate(d.items, start=1)])
    lines += ["", "## II. Theo đơn vị"]
    for u in checklists.units:
        lines += [
            "",
            f"### {u.name} ({len(u.items)} nhiệm vụ chưa hoàn thành, {u.overdue} quá hạn)",
            "",
        ]
        lines += _md_table(cols, [_row(i, it)[:-1] for i, it in enumerate(u.items, start=1)])
    lines += ["", "## III. Nhiệm vụ của văn bản cấp trên chưa được văn bản nào triển khai", ""]
    if checklists.coverage:
        rows = [
            [i, r.directive_label, r.source_clause, r.text, "; ".join(r.implemented_by)]
            for i, r in enumerate(checklists.coverage, start=1)
        ]
        lines += _md_table(COVERAGE_HEADERS[:-1], rows)
    else:
        lines.append("Không có.")
    text = "\n".join(lines) + "\n"
    return [atomic_write(out_dir / f"{BASENAME}.md", lambda tmp: tmp.write_text(text, "utf-8"))]


# --- docx ------------------------------------------------------------------------------------

DOCX_MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
"""A4 margins of HD 36-HD/VPTW and NĐ 30/2020 (REFERENCE.md §6.3, §7)."""
_DOCX_COLUMNS = (
    ("STT", 10),
    ("Nhiệm vụ", 62),
    ("Đơn vị chủ trì, phối hợp", 30),
    ("Thời hạn", 18),
    ("Trạng thái", 20),
    ("Minh chứng, ghi chú", 25),
)


def _write_docx(checklists: Checklists, out_dir: Path) -> list[Path]:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = Mm(DOCX_MARGINS_MM["top"])
    section.bottom_margin = Mm(DOCX_MARGINS_MM["bottom"])
    section.left_margin = Mm(DOCX_MARGINS_MM["left"])
    section.right_margin = Mm(DOCX_MARGINS_MM["right"])
    for style_name in ("Normal", "Table Grid"):
        style = doc.styles[style_name]
        style.font.name = "Times New Roman"
        _force_font(style.element.get_or_add_rPr())
    doc.styles["Normal"].font.size = Pt(13)

    def para(
        text: str, bold: bool = False, italic: bool = False, size: int = 13, center: bool = False
    ) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)
        _force_font(run._element.get_or_add_rPr())
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("BẢNG THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", bold=True, size=14, center=True)
    para(f"(Tính đến ngày {_short_date(checklists.as_of)})", italic=True, center=True)
    para("I. NHIỆM VỤ THEO VĂN BẢN", bold=True)
    for d in checklists.directives:
        para(d.title, bold=True)
        _docx_table(doc, d.items)
    para("II. NHIỆM VỤ CHƯA HOÀN THÀNH THEO ĐƠN VỊ", bold=True)
    for u in checklists.units:
        para(f"{u.name} ({len(u.items)} nhiệm vụ, {u.overdue} quá hạn)", bold=True)
        _docx_table(doc, u.items)
    para("III. NHIỆM VỤ CỦA VĂN BẢN CẤP TRÊN CHƯA ĐƯỢC VĂN BẢN NÀO TRIỂN KHAI", bold=True)
    if not checklists.coverage:
        para("Không có.")
    for r in checklists.coverage:
        para(f"- {r.directive_label}, {r.source_clause}: {r.text}", size=12)
    return [atomic_write(out_dir / f"{BASENAME}.docx", lambda tmp: doc.save(str(tmp)))]


def _docx_table(doc: Any, items: list[ChecklistItem]) -> None:
    from docx.shared import Mm, Pt

    table = doc.add_table(rows=1, cols=len(_DOCX_COLUMNS))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for cell, (title, width) in zip(table.rows[0].cells, _DOCX_COLUMNS, strict=True):
        cell.width = Mm(width)
        _cell_text(cell, title, bold=True)
    _repeat_header(table.rows[0])
    for index, item in enumerate(items, start=1):
        units = "; ".join(item.responsible)
        if item.cooperating:
            units += ("\n" if units else "") + "Phối hợp: " + "; ".join(item.cooperating)
        notes = "\n".join(x for x in (item.status_note, _evidence_text(item)) if x)
        values = (
            str(index),
            f"{item.text}\n({_clause_text(item)})",
            units,
            _short_date(item.deadline) if item.deadline else (item.recurrence or ""),
            item.status.value,
            notes,
        )
        cells = table.add_row().cells
        for cell, value, (_, width) in zip(cells, values, _DOCX_COLUMNS, strict=True):
            cell.width = Mm(width)
            _cell_text(cell, value, size=Pt(11))


def _cell_text(cell: Any, text: str, bold: bool = False, size: Any = None) -> None:
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = size or Pt(11)
    _force_font(run._element.get_or_add_rPr())


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def _force_font(rpr: Any) -> None:
    """Times New Roman in all four font slots, so Vietnamese text never falls back."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), "Times New Roman")


# --- reading edits back ----------------------------------------------------------------------


@dataclass(frozen=True)
class StatusEdit:
    """A change a user made in the workbook: the state to show now, what to store, the note."""

    status: TaskStatus | None
    state: str | None  # what StatusStore keeps: "done", "open", a TaskStatus name, or None
    note: str | None


def read_status_edits(xlsx_path: Path, today: dt.date | None = None) -> dict[str, StatusEdit]:
    """Status and note cells a user changed since we wrote the workbook, by task id.

    A cell counts as edited when it differs from the value we wrote (kept in the hidden sheet).
    Where one task was edited on several sheets, the last sheet read wins. Unknown status
    words are ignored. "Hoàn thành" is resolved against the task's deadline and `today`.
    """
    if not xlsx_path.exists():
        return {}
    today = today or dt.date.today()
    wb = load_workbook(xlsx_path)
    written: dict[str, tuple[str, str, dt.date | None]] = {}
    if META_SHEET in wb.sheetnames:
        for row in wb[META_SHEET].iter_rows(min_row=2, values_only=True):
            if row and row[0]:
                deadline = row[3].date() if isinstance(row[3], dt.datetime) else row[3]
                written[str(row[0])] = (str(row[1] or ""), str(row[2] or ""), deadline)
    edits: dict[str, StatusEdit] = {}
    for ws in wb.worksheets:
        if ws.title == META_SHEET:
            continue
        header = [str(c.value or "") for c in ws[1]]
        if not {"Mã nhiệm vụ", "Trạng thái", "Ghi chú"} <= set(header):
            continue
        id_col, st_col = header.index("Mã nhiệm vụ"), header.index("Trạng thái")
        note_col = header.index("Ghi chú")
        for row in ws.iter_rows(min_row=2, values_only=True):
            task_id = row[id_col]
            if not task_id:
                continue
            task_id = str(task_id)
            old_status, old_note, deadline = written.get(task_id, ("", "", None))
            status_text = str(row[st_col] or "").strip()
            note_text = str(row[note_col] or "").strip()
            status_changed = status_text != old_status
            note_changed = note_text != old_note
            if not (status_changed or note_changed):
                continue
            try:
                state = parse_status(status_text) if status_changed else None
            except ValueError:
                state = None
            shown = _shown(state, deadline, today)
            if state is None and not note_changed:
                continue
            edits[task_id] = StatusEdit(shown, state, note_text if note_changed else None)
    return edits


def _shown(state: str | None, deadline: dt.date | None, today: dt.date) -> TaskStatus | None:
    if state is None:
        return None
    if state == "done":
        late = deadline is not None and today > deadline
        return TaskStatus.done_late if late else TaskStatus.done_on_time
    if state == "open":
        return open_status(deadline, today)
    return TaskStatus[state]


def apply_status_edits(
    edits: dict[str, StatusEdit], store: StatusStore, today: dt.date | None = None
) -> int:
    """Store the workbook edits as user statuses; returns how many were stored."""
    for task_id, edit in edits.items():
        done_on = today if edit.state == "done" else None
        store.set(
            task_id,
            edit.state,
            note=edit.note if edit.note is not None else None,
            done_on=done_on,
            source="xlsx",
        )
    return len(edits)


__all__ = [
    "Checklists",
    "CoverageRow",
    "DirectiveChecklist",
    "FORMATS",
    "HEADERS",
    "StatusEdit",
    "UnitChecklist",
    "UnitResolver",
    "apply_status_edits",
    "build_checklists",
    "read_status_edits",
    "write_checklists",
]
