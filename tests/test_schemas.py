"""The checked-in JSON Schemas match the record models."""

from __future__ import annotations

from pathlib import Path

from pipeline.records.schemas import schema_texts

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_schemas_in_sync() -> None:
    expected = schema_texts()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert set(on_disk) == set(expected), "run `vanban schemas` to regenerate schemas/"
    for name, text in expected.items():
        assert on_disk[name] == text, f"{name} is stale: run `vanban schemas`"
