"""Doc -> DocumentRecord: gather what the pipeline components found into the record model."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from pipeline.records.models import DocumentKind, DocumentRecord


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the identity of a source across runs."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_record(doc: Doc, source_path: str) -> DocumentRecord:
    """Assemble the record of one parsed document."""
    header = doc._.header
    symbol = header.symbol
    return DocumentRecord(
        source_path=source_path,
        content_hash=content_hash(doc.text),
        kind=DocumentKind(header.kind),
        doc_type=header.doc_type,
        number=symbol.text if symbol else None,
        date=header.date,
        place=header.place,
        issuer=header.issuer,
        subject=header.subject,
        signer=header.signer,
        recipients=header.recipients,
        citations=doc._.citations or [],
        tasks=doc._.tasks or [],
        provenance=header.provenance,
        text=doc.text,
    )
