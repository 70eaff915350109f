"""JSON Schemas of the record models, written to `schemas/` and kept in sync by a test."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from pipeline.records.models import ChecklistItem, Citation, DocumentRecord, Task

MODELS: dict[str, type[BaseModel]] = {
    "document_record": DocumentRecord,
    "citation": Citation,
    "task": Task,
    "checklist_item": ChecklistItem,
}


def schema_texts() -> dict[str, str]:
    """File name -> schema JSON text, exactly as written to disk."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2)
        + "\n"
        for name, model in MODELS.items()
    }


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
