"""`vanban init` and `vanban draft`: command functions that `pipeline/cli.py` registers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from pydantic import TypeAdapter, ValidationError
from rich.console import Console
from rich.markup import escape

from pipeline.config import CommitteeConfig, ConfigError, load_config, write_default_config
from pipeline.link.graph import DocumentGraph
from pipeline.records.models import ChecklistItem, DocumentRecord
from pipeline.render.checklist import Checklists
from pipeline.render.drafts import (
    DraftKind,
    TemplateError,
    document_id,
    draft_all,
    draft_filename,
    items_from_tasks,
    render_draft,
)

console = Console(stderr=True)
DRAFTS_DIR = Path("outputs/drafts")


def _fail(message: str) -> typer.Exit:
    console.print(f"[bold red]Lỗi:[/bold red] {escape(message)}", soft_wrap=True, highlight=False)
    return typer.Exit(1)


def init(
    path: Annotated[Path, typer.Argument(help="Tệp cấu hình sẽ tạo")] = Path("vanban.toml"),
    force: Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có")] = False,
    kind: Annotated[
        str, typer.Option("--kind", help="party (cơ quan Đảng) hoặc state (cơ quan nhà nước)")
    ] = "party",
) -> None:
    """Tạo tệp cấu hình vanban.toml (tên cơ quan, người ký, chi bộ...) có chú thích."""
    if kind not in ("party", "state"):
        raise _fail("--kind phải là party hoặc state.")
    body_kind: Literal["party", "state"] = "party" if kind == "party" else "state"
    try:
        write_default_config(path, force=force, body_kind=body_kind)
    except FileExistsError as err:
        raise _fail(str(err)) from err
    except OSError as err:
        raise _fail(f"không ghi được {path}: {err}") from err
    console.print(f"Đã tạo {path}. Hãy mở tệp và điền các giá trị “[cần điền]”.", markup=False)


def load_record(path: Path) -> DocumentRecord:
    """Read a DocumentRecord JSON file (as `vanban run` writes in records/)."""
    return DocumentRecord.model_validate_json(Path(path).read_text(encoding="utf-8"))


def load_checklist(path: Path, record: DocumentRecord) -> list[ChecklistItem]:
    """Checklist rows for `record` from a JSON list (or an object with an "items" list)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("items", [])
    items = TypeAdapter(list[ChecklistItem]).validate_python(data)
    own = [i for i in items if i.directive_id == document_id(record)]
    return own or items


def _warn_config(config: CommitteeConfig) -> None:
    if config.source is None:
        console.print(
            "Chưa có vanban.toml: dùng giá trị mặc định “[cần điền]”. "
            "Chạy `vanban init` để tạo tệp cấu hình.",
            style="yellow",
            markup=False,
            highlight=False,
        )
    missing = config.missing_fields()
    if missing:
        console.print(
            f"Cấu hình còn thiếu: {', '.join(missing)} (tô vàng trong dự thảo).",
            style="yellow",
            markup=False,
            highlight=False,
        )


def draft(
    record_json: Annotated[Path, typer.Argument(help="Tệp JSON DocumentRecord của văn bản")],
    kind: Annotated[
        DraftKind, typer.Option("--kind", "-k", help="plan (kế hoạch), report, letter")
    ] = DraftKind.plan,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Tệp .docx sẽ ghi")] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Tệp cấu hình (mặc định ./vanban.toml)")
    ] = None,
    checklist_json: Annotated[
        Path | None, typer.Option("--checklist", help="Danh mục nhiệm vụ (JSON)")
    ] = None,
    linked: Annotated[
        list[Path] | None,
        typer.Option("--linked", "-l", help="Văn bản, tin bài liên quan (JSON), lặp lại được"),
    ] = None,
    templates: Annotated[
        Path | None, typer.Option("--templates", help="Thư mục mẫu .docx đã sửa")
    ] = None,
) -> None:
    """Soạn dự thảo Kế hoạch, Báo cáo hoặc Công văn (.docx) cho một văn bản chỉ đạo."""
    try:
        cfg = load_config(config)
        record = load_record(record_json)
        items = (
            load_checklist(checklist_json, record) if checklist_json else items_from_tasks(record)
        )
        linked_records = [load_record(p) for p in linked or []]
    except ConfigError as err:
        raise _fail(str(err)) from err
    except OSError as err:
        raise _fail(f"không đọc được tệp: {err}") from err
    except (ValidationError, ValueError) as err:
        raise _fail(f"tệp JSON không hợp lệ: {err}") from err
    _warn_config(cfg)
    target = out or DRAFTS_DIR / draft_filename(record, kind)
    try:
        written = render_draft(kind, record, items, cfg, target, linked_records, templates)
    except TemplateError as err:
        raise _fail(str(err)) from err
    except OSError as err:
        raise _fail(f"không ghi được {target}: {err}") from err
    console.print(f"Đã ghi {written}", highlight=False)


def run_draft_stage(
    graph: DocumentGraph,
    checklists: Checklists,
    config: CommitteeConfig,
    out_dir: Path,
    today: dt.date | None = None,
) -> list[Path]:
    """Drafts for every incoming directive with tasks: its plan and report (and a letter when
    it asks for a response), with the documents that implement, cite or report on it."""
    written: list[Path] = []
    for checklist in checklists.directives:
        node = graph.node(checklist.directive_id)
        directive = node.record
        if directive is None or not checklist.items or directive.kind.value != "directive":
            continue  # news reports carry requirements but are not answered with a plan
        if directive.issuer and directive.issuer.name.lower() == config.body_name.lower():
            continue  # the committee's own document: nothing to answer
        linked = [
            graph.node(edge.source).record
            for edge in graph.edges.values()
            if graph.resolve(edge.target) == node.id and graph.node(edge.source).record
        ]
        written += draft_all(
            directive, checklist.items, config, out_dir, [r for r in linked if r], today=today
        )
    return written
