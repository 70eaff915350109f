"""The bundled sample chain, extracted and scored against its gold labels (no ../shared needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.scoring import evaluate_gold_dir

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.fixture(scope="module")
def report():
    return evaluate_gold_dir(SAMPLES)


@pytest.mark.parametrize(
    "field", ["doc_type", "number", "date", "place", "issuer", "subject", "signer_name"]
)
def test_document_fields(report, field: str) -> None:
    assert report.fields[field].f1 >= 0.95, report.fields[field]


def test_references_and_tasks(report) -> None:
    assert report.references.f1 >= 0.95
    assert report.tasks.f1 >= 0.95
    assert report.task_responsible.f1 >= 0.9
    assert report.task_deadline.f1 >= 0.9
