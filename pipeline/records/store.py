"""The record store: SQLite by default, any SQLAlchemy URL (PostgreSQL) when given.

One row per distinct source text (keyed by content hash), so re-running on the same inputs
adds nothing; a changed file is a new text and replaces the row of its path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import DateTime, String, Text, create_engine, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from pipeline.records.models import DocumentRecord


class _Base(DeclarativeBase):
    pass


class DocumentRow(_Base):
    __tablename__ = "documents"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_path: Mapped[str] = mapped_column(String(1024), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(128), index=True)
    issuer: Mapped[str | None] = mapped_column(String(512))
    record_json: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)


def default_url(out_dir: Path) -> str:
    return f"sqlite:///{(out_dir / 'vanban.sqlite').resolve()}"


class RecordStore:
    """Add and read DocumentRecords."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        _Base.metadata.create_all(self.engine)

    def add(self, record: DocumentRecord) -> bool:
        """Store a record; False when the same text is already stored (nothing changes)."""
        with Session(self.engine) as session, session.begin():
            if session.get(DocumentRow, record.content_hash) is not None:
                return False
            session.execute(
                delete(DocumentRow).where(DocumentRow.source_path == record.source_path)
            )
            session.add(
                DocumentRow(
                    content_hash=record.content_hash,
                    source_path=record.source_path,
                    doc_type=record.doc_type,
                    number=record.number,
                    issuer=record.issuer.name if record.issuer else None,
                    record_json=record.model_dump_json(),
                    stored_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )
            )
        return True

    def has(self, content_hash: str) -> bool:
        with Session(self.engine) as session:
            return session.get(DocumentRow, content_hash) is not None

    def get(self, content_hash: str) -> DocumentRecord | None:
        with Session(self.engine) as session:
            row = session.get(DocumentRow, content_hash)
            return DocumentRecord.model_validate_json(row.record_json) if row else None

    def records(self) -> list[DocumentRecord]:
        with Session(self.engine) as session:
            rows = session.scalars(select(DocumentRow).order_by(DocumentRow.source_path)).all()
            return [DocumentRecord.model_validate_json(r.record_json) for r in rows]

    def count(self) -> int:
        with Session(self.engine) as session:
            return len(session.scalars(select(DocumentRow.content_hash)).all())
