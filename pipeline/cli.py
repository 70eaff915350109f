"""The `vanban` command: run, extract, inspect, schemas, eval (and link, checklist, draft)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from pipeline.batch import (
    Failure,
    collect_inputs,
    output_name,
    parse_file,
    parse_files,
)
from pipeline.evaluate import document_fields, to_interchange
from pipeline.files import atomic_write_text
from pipeline.records.models import DocumentRecord

app = typer.Typer(
    help="vanban: văn bản Đảng và Nhà nước -> hồ sơ, liên kết, danh mục nhiệm vụ, dự thảo.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)

INPUTS = Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .docx, .pdf)")]


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
        console=console,
        transient=True,
    )


def _report_failures(failures: list[Failure]) -> None:
    """A closing list of every file that failed, one per line (easy to grep in batch logs)."""
    if not failures:
        return
    console.print(f"[bold red]{len(failures)} file(s) failed:[/bold red]")
    for f in failures:
        console.print(f"  {f.path}: {f.reason}", soft_wrap=True, markup=False, highlight=False)


def _parse_all(
    inputs: list[Path], words: bool, ner: bool = False, jobs: int = 1
) -> tuple[list[tuple[Path, DocumentRecord]], list[Failure]]:
    files, failures = collect_inputs(inputs)
    parsed: list[tuple[Path, DocumentRecord]] = []
    with _progress() as progress:
        task = progress.add_task("Đang xử lý", total=len(files), name="")
        for path, record, failure in parse_files(files, words=words, ner=ner, jobs=jobs):
            progress.update(task, advance=1, name=path.name)
            if failure:
                console.print(f"✗ {failure.path}: {failure.reason}", soft_wrap=True, markup=False)
                failures.append(failure)
            elif record:
                parsed.append((path, record))
    return parsed, failures


@app.command(
    help="Trích xuất từng văn bản ra NAME.json (định dạng interchange để chấm điểm, "
    "hoặc hồ sơ đầy đủ)."
)
def extract(
    inputs: INPUTS,
    out: Annotated[Path, typer.Option(help="Output folder")] = Path("outputs/extract"),
    format: Annotated[str, typer.Option(help="interchange | record")] = "interchange",
    words: Annotated[bool, typer.Option(help="Run underthesea segmentation and POS")] = True,
    ner: Annotated[
        bool, typer.Option(help="Also run underthesea NER (slow; no rule uses it)")
    ] = False,
    jobs: Annotated[int, typer.Option(help="Parse in this many processes")] = 1,
) -> None:
    """Write NAME.json per input: interchange format (for scoring) or the full record."""
    if format not in ("interchange", "record"):
        raise typer.BadParameter("format must be 'interchange' or 'record'")
    parsed, failures = _parse_all(inputs, words, ner, jobs)
    taken: set[str] = set()
    for path, record in parsed:
        name = output_name(path, taken)
        if format == "interchange":
            payload = json.dumps(to_interchange(record, path.name), ensure_ascii=False, indent=2)
        else:
            payload = record.model_dump_json(indent=2)
        atomic_write_text(out / f"{name}.json", payload + "\n")
    console.print(f"{len(parsed)} file(s) written to {out}")
    _report_failures(failures)
    if failures:
        raise typer.Exit(1)


@app.command(
    help="Việc chính: đọc, trích xuất, lưu kho, liên kết văn bản, lập danh mục nhiệm vụ và dự thảo."
)
def run(
    inputs: INPUTS,
    out: Annotated[Path, typer.Option(help="Output folder")] = Path("outputs"),
    store: Annotated[
        str | None, typer.Option(help="SQLAlchemy URL (default: SQLite in OUT)")
    ] = None,
    words: Annotated[bool, typer.Option(help="Run underthesea segmentation and POS")] = True,
    ner: Annotated[
        bool, typer.Option(help="Also run underthesea NER (slow; no rule uses it)")
    ] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date statuses are judged against (dd/mm/yyyy)")
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Committee config (default ./vanban.toml)")
    ] = None,
    jobs: Annotated[int, typer.Option(help="Parse in this many processes")] = 1,
) -> None:
    """The main job: ingest -> parse -> store -> link -> checklists and drafts."""
    from pipeline.commands.link import parse_date
    from pipeline.records.store import RecordStore, default_url

    as_of_date = parse_date(as_of) if as_of else None
    out.mkdir(parents=True, exist_ok=True)
    record_store = RecordStore(store or default_url(out))
    parsed, failures = _parse_all(inputs, words, ner, jobs)
    taken: set[str] = set()
    added = 0
    for path, record in parsed:
        name = output_name(path, taken)
        record_json = record.model_dump_json(indent=2) + "\n"
        atomic_write_text(out / "records" / f"{name}.record.json", record_json)
        interchange = json.dumps(to_interchange(record, path.name), ensure_ascii=False, indent=2)
        atomic_write_text(out / "interchange" / f"{name}.json", interchange + "\n")
        added += record_store.add(record)
    _summary(parsed, added, record_store.count())
    failures += _link_and_draft(record_store.records(), out, store, as_of_date, config)
    _report_failures(failures)
    if failures:
        raise typer.Exit(1)


def _link_and_draft(
    records: list[DocumentRecord],
    out: Path,
    store: str | None,
    as_of: dt.date | None,
    config_path: Path | None,
) -> list[Failure]:
    """Link every stored record, write checklists, then the drafts for incoming directives."""
    from pipeline.commands.draft import run_draft_stage
    from pipeline.commands.link import print_link_summary, run_link_stage
    from pipeline.config import ConfigError, load_config
    from pipeline.render.drafts import TemplateError

    try:
        config = load_config(config_path)
    except ConfigError as err:
        return [Failure(config_path or Path("vanban.toml"), str(err))]
    summary = run_link_stage(records, out, as_of=as_of, store_url=store, chi_bo=config.chi_bo)
    print_link_summary(summary)
    try:
        drafts = run_draft_stage(summary.graph, summary.checklists, config, out / "drafts", as_of)
    except TemplateError as err:
        return [Failure(out / "drafts", str(err))]
    console.print(f"Dự thảo: {len(drafts)} tệp trong {out / 'drafts'}.")
    if config.missing_fields():
        console.print("Chưa có cấu hình cơ quan: chạy `vanban init` rồi điền vanban.toml.")
    return []


def _summary(parsed: list[tuple[Path, DocumentRecord]], added: int, stored: int) -> None:
    table = Table(title="Kết quả xử lý")
    for col in ("Tệp", "Loại", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích dẫn", "Nhiệm vụ"):
        table.add_column(col)
    for path, r in parsed:
        table.add_row(
            path.name,
            r.doc_type or ("tin" if r.kind.value == "news" else "-"),
            r.number or "-",
            r.date.strftime("%d/%m/%Y") if r.date else "-",
            r.issuer.name if r.issuer else "-",
            str(len(r.citations)),
            str(len(r.tasks)),
        )
    console.print(table)
    console.print(f"Kho: {stored} văn bản ({added} mới).")


@app.command(help="Xem từng giá trị trích xuất cạnh đoạn văn bản gốc và quy tắc đã dùng.")
def inspect(file: Annotated[Path, typer.Argument(help="A .txt, .docx or .pdf file")]) -> None:
    """Show each extracted value beside the text it came from."""
    from pipeline.ingest import IngestError

    try:
        record = parse_file(file)
    except IngestError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(1) from err
    out = Console()
    text = record.text

    def quote(start: int, end: int) -> str:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        snippet = text[line_start : line_end if line_end >= 0 else len(text)]
        return " ".join(snippet.split())[:160]

    table = Table(title=str(file), show_lines=True)
    table.add_column("Trường")
    table.add_column("Giá trị")
    table.add_column("Quy tắc")
    table.add_column("Văn bản gốc")
    values = document_fields(record)
    values["recipients"] = "; ".join(record.recipients) or None
    if record.signer:
        values["signer"] = " / ".join(
            x for x in (record.signer.authority, record.signer.title, record.signer.name) if x
        )
    for field, value in values.items():
        prov = record.provenance.get("signer" if field.startswith("signer") else field)
        rule = (prov.rule + (" (suy luận)" if prov.inferred else "")) if prov else "-"
        table.add_row(
            field, str(value) if value else "-", rule, quote(prov.start, prov.end) if prov else ""
        )
    for c in record.citations:
        m = c.mentions[0]
        issuer = c.issuer.name if c.issuer else "-"
        table.add_row(
            "citation",
            f"{c.doc_type} {c.number} {c.date or ''} {issuer}",
            f"{m.rule} ×{len(c.mentions)}",
            quote(m.start, m.end),
        )
    for t in record.tasks:
        detail = f"[{t.label or '-'}] {', '.join(t.responsible) or '-'}"
        if t.deadline:
            detail += f" · hạn {t.deadline.date:%d/%m/%Y}"
        table.add_row("task", detail, t.span.rule, " ".join(t.text.split())[:160])
    out.print(table)


@app.command(help="Ghi JSON Schema của các mô hình hồ sơ vào thư mục schemas/.")
def schemas(
    out: Annotated[Path, typer.Option(help="Folder for the JSON Schemas")] = Path("schemas"),
) -> None:
    """Write the JSON Schemas of the record models."""
    from pipeline.records.schemas import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")


@app.command(
    "eval", help="Chấm điểm trích xuất trên các văn bản đã gán nhãn (NAME.gold.json cạnh NAME.txt)."
)
def evaluate(
    gold_dir: Annotated[
        Path, typer.Argument(help="Folder of NAME.gold.json beside NAME.txt/.docx/.pdf")
    ],
    show_errors: Annotated[bool, typer.Option(help="List every mismatch")] = False,
) -> None:
    """Extract the labelled documents in GOLD_DIR and print per-field scores."""
    from pipeline.scoring import evaluate_gold_dir, format_report

    if not gold_dir.is_dir():
        console.print(f"{gold_dir}: no such folder", markup=False)
        raise typer.Exit(1)
    report = evaluate_gold_dir(gold_dir)
    for warning in report.warnings:
        console.print(f"! {warning}", soft_wrap=True, markup=False)
    print(format_report(report, show_errors=show_errors))


def _register_commands() -> None:
    """Commands written in their own modules (drafts, linking)."""
    from pipeline.commands.draft import draft, init
    from pipeline.commands.link import register

    app.command("init")(init)
    app.command("draft")(draft)
    register(app)


_register_commands()
