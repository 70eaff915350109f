"""The evaluation interchange format (../shared/corpus/GOLD_FORMAT.md) and per-field scoring."""

from __future__ import annotations

from typing import Any

from pipeline.records.models import DocumentRecord


def document_fields(record: DocumentRecord) -> dict[str, Any]:
    """The document's own fields as plain values (ISO date, full issuer name)."""
    signer = record.signer
    return {
        "doc_type": record.doc_type,
        "number": record.number,
        "date": record.date.isoformat() if record.date else None,
        "place": record.place,
        "issuer": record.issuer.name if record.issuer else None,
        "subject": record.subject,
        "signer_name": signer.name if signer else None,
        "signer_title": signer.title if signer else None,
        "recipients": record.recipients,
    }


def to_interchange(record: DocumentRecord, source_name: str) -> dict[str, Any]:
    """One record as the interchange JSON the scorer reads."""
    return {
        "source": source_name,
        "kind": record.kind.value,
        "document": document_fields(record),
        "references": [
            {
                "doc_type": c.doc_type,
                "number": c.number,
                "date": c.date.isoformat() if c.date else None,
                "issuer": c.issuer.name if c.issuer else None,
            }
            for c in record.citations
        ],
        "tasks": [
            {
                "label": t.label,
                "text": t.text,
                "responsible": t.responsible,
                "deadline": t.deadline.date.isoformat() if t.deadline else None,
            }
            for t in record.tasks
        ],
    }
