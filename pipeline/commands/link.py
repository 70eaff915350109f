"""`vanban link`, `vanban checklist`, `vanban task set`: command functions `pipeline/cli.py`
registers, plus `run_link_stage` for the end of `vanban run`.

They read records through `load_records` (by default the `*.record.json` files `vanban run`
writes into OUT/records); `set_records_loader` lets the CLI hand them records from its store.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.files import atomic_write
from pipeline.link.graph import RELATION_NAMES, DocumentGraph, Relation, build_graph
from pipeline.link.status import DONE, OPEN, StatusStore, parse_status
from pipeline.records.models import DocumentRecord, TaskStatus
from pipeline.render.checklist import (
    FORMATS,
    Checklists,
    apply_status_edits,
    build_checklists,
    read_status_edits,
    write_checklists,
)

console = Console(stderr=True)
DEFAULT_RECORDS = Path("outputs/records")
DEFAULT_OUT = Path("outputs")

RecordsLoader = Callable[[list[Path]], list[DocumentRecord]]


def load_records(inputs: list[Path]) -> list[DocumentRecord]:
    """Records from `*.record.json` files and folders of them (DocumentRecord JSON)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.record.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"Không tìm thấy: {path}")
    return [DocumentRecord.model_validate_json(f.read_text(encoding="utf-8")) for f in files]


_loader: RecordsLoader = load_records


def set_records_loader(loader: RecordsLoader) -> None:
    """Let the CLI supply records (e.g. from its RecordStore) instead of JSON files."""
    global _loader
    _loader = loader


def _records(inputs: list[Path] | None) -> list[DocumentRecord]:
    try:
        return _loader(inputs or [DEFAULT_RECORDS])
    except (FileNotFoundError, ValueError) as err:
        console.print(f"[bold red]Lỗi:[/bold red] {err}", soft_wrap=True, highlight=False)
        raise typer.Exit(1) from err


def parse_date(text: str | None) -> dt.date | None:
    """'20/10/2021' or '2021-10-20' -> date; None for None."""
    if text is None:
        return None
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    try:
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise typer.BadParameter(f"Ngày không hợp lệ: {text!r} (dd/mm/yyyy)") from err


# --- the link stage of `vanban run` ------------------------------------------------------------


@dataclass
class LinkSummary:
    """What `vanban run` prints at its end."""

    documents: int
    stubs: int
    citations: int
    resolved: int
    unresolved: int
    edges: dict[str, int]
    units: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (open, overdue)
    files: list[Path] = field(default_factory=list)
    edits_applied: int = 0
    graph: DocumentGraph | None = field(default=None, repr=False)
    checklists: Checklists | None = field(default=None, repr=False)


def run_link_stage(
    records: list[DocumentRecord],
    out_dir: Path,
    as_of: dt.date | None = None,
    store_url: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    chi_bo: list[str] | None = None,
) -> LinkSummary:
    """Graph JSON and checklists into `out_dir`; statuses edited in the previous workbook are
    stored first, so a re-run never overwrites what users set."""
    out_dir.mkdir(parents=True, exist_ok=True)
    graph = build_graph(records)
    _write_json(out_dir / "graph.json", graph.to_json())
    store = StatusStore(store_url, out_dir=out_dir)
    try:
        edits = read_status_edits(out_dir / "checklist.xlsx", today=as_of)
        applied = apply_status_edits(edits, store, today=as_of)
        checklists = build_checklists(graph, records, as_of=as_of, statuses=store, chi_bo=chi_bo)
        files = write_checklists(checklists, out_dir, formats)
    finally:
        store.close()
    stats = graph.stats
    return LinkSummary(
        documents=stats.documents,
        stubs=stats.stubs,
        citations=stats.citations,
        resolved=stats.resolved,
        unresolved=stats.unresolved,
        edges=stats.edges,
        units=checklists.counts(),
        files=[out_dir / "graph.json", *files],
        edits_applied=applied,
        graph=graph,
        checklists=checklists,
    )


def print_link_summary(summary: LinkSummary, out: Console | None = None) -> None:
    """The closing summary: documents, citations resolved and unresolved, tasks per unit."""
    out = out or console
    out.print(
        f"Văn bản: {summary.documents} (và {summary.stubs} văn bản chỉ biết qua trích dẫn). "
        f"Trích dẫn: {summary.citations}, đã khớp {summary.resolved}, "
        f"chưa có văn bản {summary.unresolved}."
    )
    out.print(f"Quan hệ: {_relations(summary.edges)}.")
    if summary.edits_applied:
        out.print(f"Đã ghi nhận {summary.edits_applied} trạng thái sửa trong tệp XLSX.")
    if summary.units:
        table = Table(title="Nhiệm vụ chưa hoàn thành theo đơn vị")
        table.add_column("Đơn vị")
        table.add_column("Chưa hoàn thành", justify="right")
        table.add_column("Quá hạn", justify="right")
        for name, (open_count, overdue) in summary.units.items():
            table.add_row(name, str(open_count), str(overdue))
        out.print(table)


def _relations(counts: dict[str, int]) -> str:
    return ", ".join(f"{RELATION_NAMES[Relation(k)]} {v}" for k, v in counts.items())


def _write_json(path: Path, payload: dict) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


# --- commands ----------------------------------------------------------------------------------

INPUTS = Annotated[
    list[Path] | None,
    typer.Argument(help="Tệp hoặc thư mục *.record.json (mặc định: outputs/records)"),
]


def link(
    inputs: INPUTS = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Ghi đồ thị liên kết ra tệp JSON")
    ] = None,
    chain: Annotated[
        str | None, typer.Option(help="Hiện chuỗi thực hiện của một văn bản (mã hoặc số hiệu)")
    ] = None,
    unresolved: Annotated[bool, typer.Option(help="Liệt kê trích dẫn chưa có văn bản")] = False,
) -> None:
    """Liên kết các văn bản: nút, quan hệ (trích dẫn, thực hiện, báo cáo, thay thế), chuỗi."""
    graph = build_graph(_records(inputs))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        _write_json(json_out, graph.to_json())
        console.print(f"Đã ghi {json_out}")
    _print_stats(graph)
    if chain:
        _print_chain(graph, chain)
    if unresolved:
        out = Console()
        for item in graph.unresolved():
            out.print(f"{item.source} → {item.label} [{item.reason}]", highlight=False)


def _print_stats(graph: DocumentGraph) -> None:
    stats = graph.stats
    console.print(
        f"Nút: {stats.documents} văn bản, {stats.stubs} chỉ biết qua trích dẫn; "
        f"quan hệ: {_relations(stats.edges)}; "
        f"trích dẫn: {stats.citations} ({stats.resolved} đã khớp, "
        f"{stats.unresolved} chưa có văn bản)."
    )
    for duplicate in graph.duplicates:
        console.print(f"Cùng một văn bản: {duplicate}", soft_wrap=True, highlight=False)


def _print_chain(graph: DocumentGraph, wanted: str) -> None:
    found = [graph.node(wanted)] if graph.resolve(wanted) in graph.nodes else graph.find(wanted)
    if not found:
        console.print(f"[red]Không tìm thấy văn bản {wanted!r}[/red]")
        raise typer.Exit(1)
    out = Console()
    for node in found:
        for line in graph.chain(node.id).lines():
            out.print(line, highlight=False, markup=False)


def checklist(
    inputs: INPUTS = None,
    out: Annotated[Path, typer.Option(help="Thư mục kết quả")] = DEFAULT_OUT,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Tính trạng thái đến ngày (dd/mm/yyyy)")
    ] = None,
    store: Annotated[
        str | None, typer.Option(help="SQLAlchemy URL kho trạng thái (mặc định: SQLite trong OUT)")
    ] = None,
    formats: Annotated[
        str, typer.Option("--formats", help="Định dạng, phân cách bằng dấu phẩy")
    ] = ",".join(FORMATS),
) -> None:
    """Danh mục nhiệm vụ theo văn bản, theo đơn vị, và nhiệm vụ cấp trên chưa triển khai."""
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise typer.BadParameter(f"Định dạng không hỗ trợ: {', '.join(unknown)}")
    summary = run_link_stage(_records(inputs), out, parse_date(as_of), store, chosen)
    for path in summary.files:
        console.print(f"Đã ghi {path}", highlight=False)
    print_link_summary(summary)


def task_set(
    task_id: Annotated[str, typer.Argument(help="Mã nhiệm vụ (cột “Mã nhiệm vụ”)")],
    status: Annotated[
        str,
        typer.Argument(
            help="done | open | done_on_time | done_late | open_in_time | "
            "open_overdue | reported, hoặc tên tiếng Việt"
        ),
    ],
    note: Annotated[str | None, typer.Option(help="Ghi chú")] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Ngày hoàn thành (dd/mm/yyyy), mặc định hôm nay")
    ] = None,
    out: Annotated[Path, typer.Option(help="Thư mục kết quả (chứa kho trạng thái)")] = DEFAULT_OUT,
    store: Annotated[str | None, typer.Option(help="SQLAlchemy URL kho trạng thái")] = None,
) -> None:
    """Đặt trạng thái một nhiệm vụ; lần chạy sau không ghi đè."""
    try:
        parse_status(status)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from err
    status_store = StatusStore(store, out_dir=out)
    try:
        saved = status_store.set(task_id, status, note=note, done_on=parse_date(on))
    finally:
        status_store.close()
    console.print(
        f"Đã đặt {saved.task_id}: {_state_name(saved.status)}"
        + (f" ({saved.done_on:%d/%m/%Y})" if saved.done_on else "")
        + (f" — {saved.note}" if saved.note else ""),
        highlight=False,
    )


def _state_name(state: str | None) -> str:
    """A stored state as users read it."""
    if state == DONE:
        return "Hoàn thành"
    if state == OPEN:
        return "Chưa hoàn thành"
    return TaskStatus[state].value if state else "(giữ trạng thái tự tính)"


task_app = typer.Typer(help="Trạng thái nhiệm vụ do người dùng đặt.", no_args_is_help=True)
task_app.command("set")(task_set)


def register(app: typer.Typer) -> None:
    """Add `link`, `checklist` and `task set` to the `vanban` app."""
    app.command("link")(link)
    app.command("checklist")(checklist)
    app.add_typer(task_app, name="task")
