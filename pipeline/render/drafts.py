"""Draft the documents a committee must produce for an incoming directive, as .docx.

Three kinds: a Kế hoạch thực hiện (plan), a Báo cáo kết quả thực hiện (result report) and a
Công văn (letter) answering a directive that asks for a response. Each is a docxtpl template
(`templates/{party,state}_{kind}.docx`, built by `make_templates.py`) rendered in a Jinja
sandbox; places the secretary must write are bracketed and highlighted in yellow.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pipeline.config import CommitteeConfig
from pipeline.files import atomic_write
from pipeline.ingest.normalize import place_tones
from pipeline.records.models import ChecklistItem, DocumentKind, DocumentRecord, TaskStatus
from pipeline.render.docx_format import highlight_all_placeholders
from pipeline.vocab import type_name

TEMPLATE_DIR = Path(__file__).parent / "templates"
MAX_FIGURE_ROWS = 40
SHORT_TEXT = 180


class DraftKind(StrEnum):
    """What to draft: implementation plan, result report or answering letter."""

    plan = "plan"
    report = "report"
    letter = "letter"


class TemplateError(Exception):
    """A template cannot be opened or rendered; names the template file and the bad tag."""

    def __init__(self, template: str, tag: str | None, reason: str) -> None:
        self.template = template
        self.tag = tag
        self.reason = reason
        where = f"thẻ {tag}" if tag else "không xác định được thẻ gây lỗi"
        super().__init__(f"Mẫu {template}: {where}: {reason}")


# -- text helpers ------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str | None) -> str:
    """One line of text: NFC, control characters dropped, whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", _CONTROL_CHARS.sub(" ", text))
    return " ".join(text.split())


def fold(text: str) -> str:
    """Matching form: lower case, NFC, old-style tone placement ('uỷ') moved ('ủy')."""
    return place_tones(clean(text).lower())


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whole-word, case- and tone-placement-insensitive phrase search."""
    needle = re.escape(fold(phrase))
    return re.search(rf"(?<!\w){needle}(?!\w)", fold(haystack)) is not None


def slash_date(day: dt.date) -> str:
    """In-text date as official prose writes it: '01/9/2021'."""
    return f"{day.day:02d}/{day.month}/{day.year}"


def header_month(day: dt.date) -> str:
    """Month of the header date line: '01' and '02' padded, others not (NĐ 30, Phụ lục I)."""
    return f"{day.month:02d}" if day.month < 3 else str(day.month)


def shorten(text: str, limit: int = SHORT_TEXT) -> str:
    """Cut a text at a word boundary, with an ellipsis when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop."""
    text = clean(text).rstrip(" ,;:")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _about(subject: str | None) -> str:
    """'về ...' from a subject line ('Về tăng cường ...', 'V/v ...', 'tăng cường ...')."""
    subject = clean(subject).rstrip(" .")
    if not subject:
        return ""
    subject = re.sub(r"^(v/v|về việc|về)\s+", "", subject, flags=re.IGNORECASE)
    first = subject.split(" ", 1)[0]
    if not (first.isupper() and len(first) > 1):
        subject = subject[0].lower() + subject[1:]
    return f"về {subject}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def document_label(record: DocumentRecord) -> str:
    """'Chỉ thị số 06-CT/TU', 'Nghị quyết [số, ký hiệu]', or a news title."""
    name = type_name(record.doc_type) if record.doc_type else None
    if record.number:
        return f"{name or 'Văn bản'} số {record.number}"
    if record.kind == DocumentKind.news:
        title = clean(record.subject) or Path(record.source_path).stem
        return f"tin “{shorten(title, 120)}”"
    if name:
        return f"{name} [số, ký hiệu]"
    return clean(record.subject) or Path(record.source_path).name


def document_id(record: DocumentRecord) -> str:
    """A stable id for checklist rows: the number/symbol, else the content hash prefix."""
    return record.number or record.content_hash[:16]


def locality(body_name: str) -> str:
    """'phường Ngọc Lâm' from 'Đảng ủy phường Ngọc Lâm' or 'Ủy ban nhân dân phường Ngọc Lâm'."""
    name = clean(body_name)
    pattern = r"^(ban thường vụ\s+)?(đảng (?:ủy|uỷ)|chi bộ|(?:ủy|uỷ) ban nhân dân|ubnd)\s+"
    stripped = re.sub(pattern, "", name, flags=re.IGNORECASE)
    return stripped or name


def short_body(body_name: str) -> str:
    """'Đảng ủy phường' from 'Đảng ủy phường Ngọc Lâm' (for 'Thường trực Đảng ủy phường')."""
    name = clean(body_name)
    m = re.match(r"^(.*?\b(?:xã|phường|thị trấn|đặc khu))\b", name, flags=re.IGNORECASE)
    return m.group(1) if m else name


# -- data tables ---------------------------------------------------------------------------------


@cache
def _table(name: str) -> dict[str, Any]:
    with (TEMPLATE_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


# -- figures -------------------------------------------------------------------------------------

_NUMBER = r"(?<![\w.,/])(\d+/\d+|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


@dataclass(frozen=True)
class Figure:
    """A number with its unit, the category it belongs to and its offset in the clause."""

    value: str
    unit: str
    category: str
    start: int

    @property
    def text(self) -> str:
        """'7.532 người', '184.500.000đ', '100%'."""
        glue = "" if self.unit in ("%", "đ") else " "
        return f"{self.value}{glue}{self.unit}"


@cache
def _figure_regex() -> re.Pattern[str]:
    units = sorted(_table("figures")["units"], key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in unit.split()) for unit in units)
    return re.compile(rf"{_NUMBER}\s*({alts})(?![\w/-])", re.IGNORECASE)


def _category(unit: str, clause: str, start: int) -> str:
    cats = _table("figures").get("category", [])
    for cat in cats:
        if any(fold(unit) == fold(u) for u in cat.get("units", [])):
            return cat["name"]
    folded = fold(clause)
    best, best_distance = "Khác", float("inf")
    for cat in cats:
        for keyword in cat.get("keywords", []):
            for m in re.finditer(rf"(?<!\w){re.escape(fold(keyword))}(?!\w)", folded):
                # keywords before the number count first; after it, only when none precede
                distance = start - m.end() if m.end() <= start else len(folded) + m.start()
                if distance < best_distance:
                    best, best_distance = cat["name"], distance
    return best


def find_figures(text: str) -> list[Figure]:
    """Numbers followed by a unit word of `templates/figures.toml`, with their category.

    Offsets (`Figure.start`) refer to `clean(text)`.
    """
    text = clean(text)
    ignore = [fold(p) for p in _table("figures").get("ignore", [])]
    found = []
    for m in _figure_regex().finditer(text):
        tail = fold(text[m.start(2) : m.start(2) + 40])
        if any(tail.startswith(p) for p in ignore):
            continue
        unit = clean(m.group(2))
        found.append(Figure(m.group(1), unit, _category(unit, text, m.start()), m.start()))
    return found


def _clauses(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+|[()\n]", text)
    return [c for c in (clean(p).strip(" ,;:-") for p in parts) if c]


def _trim_around(clause: str, figures: list[Figure], limit: int = 260) -> str:
    if len(clause) <= limit:
        return clause
    start = max(0, figures[0].start - 110)
    end = min(len(clause), max(start + limit, figures[-1].start + 60))
    piece = clause[start:end]
    if start > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if end < len(clause):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece


def figure_rows(records: Iterable[DocumentRecord]) -> list[dict[str, Any]]:
    """One row per clause with figures, across the linked documents (deduplicated)."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for record in records:
        if record.kind == DocumentKind.news and record.date:
            source = f"Tin ngày {slash_date(record.date)}"
        else:
            source = _capitalise(document_label(record))
            if record.date:
                source += f" ngày {slash_date(record.date)}"
        for clause in _clauses(record.text):
            figures = find_figures(clause)
            if not figures or fold(clause) in seen:
                continue
            seen.add(fold(clause))
            areas = list(dict.fromkeys(f.category for f in figures))
            if len(areas) > 1 and "Khác" in areas:
                areas.remove("Khác")
            rows.append(
                {
                    "no": len(rows) + 1,
                    "area": ", ".join(areas),
                    "numbers": "; ".join(f.text for f in figures),
                    "quote": _capitalise(_trim_around(clause, figures)),
                    "source": source,
                }
            )
            if len(rows) >= MAX_FIGURE_ROWS:
                return rows
    return rows


# -- checklist items and responsible units -------------------------------------------------------


def items_from_tasks(record: DocumentRecord, today: dt.date | None = None) -> list[ChecklistItem]:
    """Checklist rows built straight from a record's tasks, all still open.

    A task whose deadline is already past `today` is "Quá hạn, chưa hoàn thành"; the others
    are "Đang thực hiện trong hạn".
    """
    today = today or dt.date.today()
    doc_id = document_id(record)
    items = []
    for index, task in enumerate(record.tasks, start=1):
        key = task.label or str(index)
        deadline = task.deadline.date if task.deadline else None
        overdue = deadline is not None and deadline < today
        items.append(
            ChecklistItem(
                task_id=f"{doc_id}#{key}",
                directive_id=doc_id,
                directive_label=document_label(record),
                label=task.label,
                text=clean(task.text),
                responsible=list(task.responsible),
                cooperating=list(task.cooperating),
                deadline=deadline,
                recurrence=task.recurrence,
                reporting=task.reporting,
                source_clause=f"Mục {task.label}" if task.label else shorten(task.text, 40),
                status=TaskStatus.open_overdue if overdue else TaskStatus.open_in_time,
            )
        )
    return items


def adapt_units(names: Sequence[str], config: CommitteeConfig) -> list[str]:
    """Map the units a directive names to this committee's own units (`drafting.toml`).

    A name that is already one of the configured units is kept; a name no role matches is
    kept as written; a role with no configured counterpart gives a placeholder naming the
    unit of the directive.
    """
    out: list[str] = []
    configured = {fold(u): u for u in config.units}
    chi_bo_label = "Các chi bộ trực thuộc" if config.body_kind == "party" else None
    for name in names:
        name = clean(name)
        if not name:
            continue
        if fold(name) in configured:
            out.append(configured[fold(name)])
            continue
        mapped: list[str] = []
        matched_role = False
        for role in _table("drafting").get("role", []):
            if not any(contains_phrase(name, w) for w in role["upstream"]):
                continue
            matched_role = True
            for local in role["local"]:
                if local == "@chi_bo" and chi_bo_label:
                    mapped.append(chi_bo_label)
                elif local == "@office":
                    mapped.append(config.office)
                else:
                    mapped.extend(u for u in config.units if contains_phrase(u, local))
        if not matched_role:
            mapped = [name]
        elif not mapped:
            mapped = [f"[Đồng chí ghi đơn vị (văn bản giao: {name})]"]
        out.extend(mapped)
    return list(dict.fromkeys(out))


def asks_for_response(directive: DocumentRecord, items: Sequence[ChecklistItem]) -> bool:
    """True when the directive asks for a report, an answer or comments."""
    if any(item.reporting for item in items):
        return True
    phrases = _table("drafting").get("response_phrases", [])
    texts = [directive.text] + [item.text for item in items]
    return any(contains_phrase(t, p) for t in texts for p in phrases)


# -- context ---------------------------------------------------------------------------------------


def _when(item: ChecklistItem) -> str:
    if item.deadline:
        return f"trước ngày {slash_date(item.deadline)}"
    if item.recurrence:
        return clean(item.recurrence)
    return "[Đồng chí ghi thời hạn]"


def _directive_context(directive: DocumentRecord) -> dict[str, str]:
    label = document_label(directive)
    issuer = clean(directive.issuer.name) if directive.issuer else ""
    date = f"ngày {slash_date(directive.date)}" if directive.date else ""
    about = _about(directive.subject)
    ref = label
    if date:
        ref += f", {date}"
    ref += f" của {issuer}" if issuer else " của [Đồng chí ghi cơ quan ban hành]"
    if about:
        ref += f" {about}"
    return {
        "label": label,
        "number": directive.number or "",
        "date": date,
        "issuer": issuer or "[Đồng chí ghi cơ quan ban hành]",
        "about": about,
        "ref": ref,
    }


def _task_context(no: int, item: ChecklistItem, config: CommitteeConfig) -> dict[str, Any]:
    lead = adapt_units(item.responsible, config)
    support = [u for u in adapt_units(item.cooperating, config) if u not in lead]
    evidence = [
        {"quote": shorten(e.quote, 400).rstrip("."), "source": clean(e.document_label)}
        for e in item.evidence
    ]
    figures = [f.text for e in item.evidence for f in find_figures(e.quote)]
    return {
        "no": no,
        "label": item.label or str(no),
        "clause": item.source_clause,
        "text": sentence(item.text),
        "short": sentence(shorten(item.text)),
        "lead": ", ".join(lead) if lead else "[Đồng chí ghi đơn vị chủ trì]",
        "lead_units": lead,
        "support": ", ".join(support),
        "when": _when(item),
        "status": item.status.value,
        "note": clean(item.status_note),
        "evidence": evidence,
        "figures": "; ".join(dict.fromkeys(figures)),
        "request": clean(item.reporting),
        "overdue": item.status == TaskStatus.open_overdue,
        "open": item.status in (TaskStatus.open_in_time, TaskStatus.open_overdue),
    }


def _assignments(tasks: list[dict[str, Any]], config: CommitteeConfig) -> list[dict[str, str]]:
    """Per configured unit, which tasks it leads and supports (for III. Tổ chức thực hiện)."""
    skip = {"Các chi bộ trực thuộc", config.office}
    units: dict[str, dict[str, list[str]]] = {}
    for t in tasks:
        for unit in t["lead_units"]:
            if unit not in skip and not unit.startswith("["):
                units.setdefault(unit, {"lead": [], "support": []})["lead"].append(str(t["no"]))
        for unit in [u for u in t["support"].split(", ") if u]:
            if unit not in skip and not unit.startswith("["):
                units.setdefault(unit, {"lead": [], "support": []})["support"].append(str(t["no"]))
    out = []
    for unit, roles in units.items():
        parts = []
        if roles["lead"]:
            parts.append(f"chủ trì thực hiện nhiệm vụ số {', '.join(roles['lead'])}")
        if roles["support"]:
            parts.append(f"phối hợp thực hiện nhiệm vụ số {', '.join(roles['support'])}")
        out.append(
            {
                "unit": unit,
                "duty": "; ".join(parts) + "; báo cáo kết quả theo quy định.",
            }
        )
    return out


def _summary(tasks: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for t in tasks:
        counts[t["status"]] = counts.get(t["status"], 0) + 1
    if not tasks:
        return "Văn bản chưa có nhiệm vụ được trích xuất. [Đồng chí ghi kết quả thực hiện]"
    parts = [f"{s.value.lower()}: {counts[s.value]}" for s in TaskStatus if s.value in counts]
    return f"Tổng số {len(tasks)} nhiệm vụ; trong đó {'; '.join(parts)}."


def build_context(
    kind: DraftKind,
    directive: DocumentRecord,
    items: Sequence[ChecklistItem],
    config: CommitteeConfig,
    linked: Sequence[DocumentRecord] = (),
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Everything the templates can use, as plain dicts, lists and strings."""
    today = today or dt.date.today()
    d = _directive_context(directive)
    tasks = [_task_context(i, item, config) for i, item in enumerate(items, start=1)]
    chi_bo_tasks = [str(t["no"]) for t in tasks if "Các chi bộ trực thuộc" in t["lead_units"]]
    reporting = list(dict.fromkeys(t["request"] for t in tasks if t["request"]))
    recipients: list[str] = []
    if kind != DraftKind.letter and directive.issuer:
        recipients.append(f"{d['issuer']} (để báo cáo)")
    recipients += [clean(r) for r in config.recipients_default if clean(r)]
    responses = [t for t in tasks if t["request"]] or tasks
    linked_docs = [
        {
            "label": _capitalise(document_label(r))
            + (f" ngày {slash_date(r.date)}" if r.date else ""),
            "about": f" {_about(r.subject)}" if r.subject and r.kind != DocumentKind.news else "",
        }
        for r in linked
    ]
    return {
        "kind": kind.value,
        "body": {
            "name": clean(config.body_name),
            "name_upper": clean(config.body_name).upper(),
            "superior_upper": clean(config.superior).upper(),
            "code": clean(config.body_code),
            "place": clean(config.place),
            "locality": locality(config.body_name),
            "short": short_body(config.body_name),
            "office": clean(config.office),
        },
        "signer": {
            "name": clean(config.signer_name),
            "title_upper": clean(config.signer_title).upper(),
            "authority": clean(config.authority).upper(),
        },
        "date": {"month": header_month(today), "year": str(today.year)},
        "directive": d,
        "tasks": tasks,
        "overdue": [t for t in tasks if t["overdue"]],
        "open_tasks": [t for t in tasks if t["open"]],
        "summary": _summary(tasks),
        "assignments": _assignments(tasks, config),
        "chi_bo": ", ".join(clean(c) for c in config.chi_bo),
        "chi_bo_tasks": ", ".join(chi_bo_tasks),
        "reporting": " ".join(sentence(r) for r in reporting)
        or "[Đồng chí ghi thời hạn, chế độ báo cáo]",
        "figures": figure_rows(linked),
        "linked_docs": linked_docs,
        "recipients": recipients,
        "archive": clean(config.archive).rstrip("."),
        "letter": {
            "subject": f"báo cáo việc thực hiện {d['label']}",
            "to": d["issuer"],
        },
        "responses": [
            {
                "no": i,
                "topic": f"nội dung tại {t['clause']}: {t['short']}",
                "request": sentence(t["request"]) if t["request"] else "",
                "status": t["status"],
            }
            for i, t in enumerate(responses, start=1)
        ],
    }


# -- sandboxed rendering ---------------------------------------------------------------------------

_MAX_REPEAT = 100_000


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja sandbox that also refuses huge repetitions and powers (memory exhaustion)."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Check `*` and `**` operands before computing them."""
        if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise SecurityError("lũy thừa quá lớn trong mẫu")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int):
                    if len(seq) * count > _MAX_REPEAT:
                        raise SecurityError("chuỗi lặp quá dài trong mẫu")
        return super().call_binop(context, operator, left, right)


def sandbox() -> ImmutableSandboxedEnvironment:
    """The Jinja environment templates are rendered in: sandboxed, strict, XML-escaping."""
    return _Sandbox(undefined=StrictUndefined, autoescape=True)


_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPENERS = {"for", "if", "macro", "call", "filter", "with", "block", "raw", "autoescape"}


def _template_tags(path: Path) -> list[str]:
    """Jinja tags of a template after docxtpl's cleaning, in render order."""
    tpl = DocxTemplate(str(path))
    docx = tpl.get_docx()
    xml = tpl.patch_xml(tpl.get_xml())
    for rel in docx.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and not rel.is_external:
            xml += tpl.patch_xml(tpl.get_part_xml(rel.target_part))
    return [" ".join(tag.split()) for tag in _TAG_RE.findall(xml)]


def _template_line(exc: BaseException) -> int | None:
    lineno = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


def _unclosed(tags: list[str]) -> str | None:
    stack: list[str] = []
    for tag in tags:
        m = re.match(r"\{%-?\s*(\w+)", tag)
        if not m:
            continue
        word = m.group(1)
        if word in _OPENERS:
            stack.append(tag)
        elif word.startswith("end") and stack:
            stack.pop()
    return stack[-1] if stack else None


def _locate_tag(path: Path, context: dict[str, Any], exc: BaseException) -> str | None:
    """Re-run the template's tags alone, one per line, to find the one that fails."""
    try:
        tags = _template_tags(path)
    except Exception:  # diagnosis must never hide the original error
        return None
    skeleton = "\n".join(tags)
    env = sandbox()
    try:
        env.from_string(skeleton).render(context)
    except TemplateSyntaxError as err:
        if "end of template" in (err.message or "").lower():
            return _unclosed(tags)
        line = err.lineno
    except Exception as err:  # any runtime failure points at a tag
        line = _template_line(err)
    else:
        line = None
    if line and 1 <= line <= len(tags):
        return html.unescape(tags[line - 1])
    names = re.findall(r"'([^']+)'", str(exc))
    for name in names:
        for tag in tags:
            if name in tag:
                return html.unescape(tag)
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SecurityError):
        return f"thao tác không được phép trong mẫu ({exc})"
    if isinstance(exc, UndefinedError):
        return f"tên không có trong dữ liệu dự thảo ({exc})"
    if isinstance(exc, TemplateSyntaxError):
        return f"sai cú pháp ({exc.message})"
    return f"lỗi khi điền mẫu ({type(exc).__name__}: {exc})"


def template_path(kind: DraftKind, config: CommitteeConfig, template_dir: Path | None) -> Path:
    """`{template_dir}/{party|state}_{kind}.docx`."""
    return Path(template_dir or TEMPLATE_DIR) / f"{config.body_kind}_{kind.value}.docx"


def _namespace(value: Any) -> Any:
    """Dicts become attribute-only namespaces, so `{{ f.values }}` never finds a dict method."""
    if isinstance(value, dict):
        return SimpleNamespace(**{k: _namespace(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [_namespace(v) for v in value]
    return value


def render_template(path: Path, context: dict[str, Any], out_path: Path) -> Path:
    """Render one docxtpl template in the sandbox and write it atomically."""
    context = {k: _namespace(v) for k, v in context.items()}
    if not path.is_file():
        raise TemplateError(path.name, None, f"không tìm thấy tệp mẫu {path}")
    tpl = DocxTemplate(str(path))
    try:
        tpl.get_docx()
    except Exception as exc:  # any unreadable file is a template error
        raise TemplateError(path.name, None, f"không mở được tệp .docx ({exc})") from exc
    try:
        tpl.render(context, sandbox())
    except Exception as exc:  # a user-edited template can fail in any way
        raise TemplateError(path.name, _locate_tag(path, context, exc), _reason(exc)) from exc
    highlight_all_placeholders(tpl.docx)
    return atomic_write(Path(out_path), lambda tmp: tpl.save(str(tmp)))


def render_draft(
    kind: DraftKind,
    directive: DocumentRecord,
    items: list[ChecklistItem],
    config: CommitteeConfig,
    out_path: Path,
    linked: Sequence[DocumentRecord] = (),
    template_dir: Path | None = None,
    today: dt.date | None = None,
) -> Path:
    """Draft one document of `kind` for `directive` into `out_path` (.docx, atomic write)."""
    kind = DraftKind(kind)
    context = build_context(kind, directive, items, config, linked, today)
    return render_template(template_path(kind, config, template_dir), context, out_path)


def draft_filename(directive: DocumentRecord, kind: DraftKind) -> str:
    """'06-CT-TU_ke-hoach.docx': safe file name from the directive number or source name."""
    base = directive.number or Path(directive.source_path).stem or directive.content_hash[:12]
    base = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", base)).strip("-")
    suffix = {"plan": "ke-hoach", "report": "bao-cao", "letter": "cong-van"}[DraftKind(kind).value]
    return f"{base}_{suffix}.docx"


def draft_all(
    directive: DocumentRecord,
    items: list[ChecklistItem],
    config: CommitteeConfig,
    out_dir: Path,
    linked: Sequence[DocumentRecord] = (),
    template_dir: Path | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Plan and report for a directive, plus a letter when it asks for a response."""
    kinds = [DraftKind.plan, DraftKind.report]
    if asks_for_response(directive, items):
        kinds.append(DraftKind.letter)
    return [
        render_draft(
            kind,
            directive,
            items,
            config,
            Path(out_dir) / draft_filename(directive, kind),
            linked,
            template_dir,
            today,
        )
        for kind in kinds
    ]
