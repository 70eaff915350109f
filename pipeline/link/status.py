"""Task statuses set by users, kept in a database so that no re-run overwrites them.

A status is set with `vanban task set ID done --note ...` or by editing the status column of the
checklist workbook (read back on the next run). What is stored is what the user said:

- "done" (finished; on time or late is decided from the deadline and the completion date),
- "open" (not finished; in time or overdue is decided from the deadline and the report date),
- one of the five states by name (TaskStatus: done_on_time, done_late, open_in_time,
  open_overdue, reported), kept as given,
- or no state, only a note.

Every change is also appended to a history table, so who changed what stays visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Date, DateTime, Integer, String, Text, create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from pipeline.link.identity import fold
from pipeline.records.models import TaskStatus
from pipeline.vocab import load_table

DONE = "done"
OPEN = "open"
STATUS_FILE = "vanban-status.sqlite"


class _Base(DeclarativeBase):
    pass


class _StatusRow(_Base):
    __tablename__ = "task_status"

    task_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    status: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    set_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(32))


class _HistoryRow(_Base):
    __tablename__ = "task_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(String(512), index=True)
    status: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    set_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(32))


@dataclass(frozen=True)
class UserStatus:
    """What a user said about one task."""

    task_id: str
    status: str | None  # DONE, OPEN, a TaskStatus name, or None (a note only)
    note: str | None
    done_on: dt.date | None
    set_at: dt.datetime
    source: str

    def resolve(self, deadline: dt.date | None, as_of: dt.date, computed: TaskStatus) -> TaskStatus:
        """The state to show: the user's word, with on time/late and in time/overdue by dates."""
        if self.status is None:
            return computed
        if self.status == DONE:
            finished = self.done_on or self.set_at.date()
            late = deadline is not None and finished > deadline
            return TaskStatus.done_late if late else TaskStatus.done_on_time
        if self.status == OPEN:
            return open_status(deadline, as_of)
        return TaskStatus[self.status]


def open_status(deadline: dt.date | None, as_of: dt.date) -> TaskStatus:
    """An unfinished task is overdue once its deadline has passed; without one it never is."""
    if deadline is not None and as_of > deadline:
        return TaskStatus.open_overdue
    return TaskStatus.open_in_time


@cache
def _status_words() -> dict[str, str]:
    """Folded word -> DONE | OPEN | TaskStatus name: every way a user may write a state."""
    words = {fold(k): v for k, v in load_table("checklist")["status_words"].items()}
    for status in TaskStatus:
        words[fold(status.value)] = status.name
        words[fold(status.name)] = status.name
    return words


def parse_status(text: str | TaskStatus | None) -> str | None:
    """'done', 'Hoàn thành', 'Quá hạn, chưa hoàn thành', 'open_overdue' -> a stored state.

    Empty text is None (no state); anything unrecognised raises ValueError.
    """
    if text is None:
        return None
    if isinstance(text, TaskStatus):
        return text.name
    folded = fold(text)
    if not folded:
        return None
    if folded in _status_words():
        return _status_words()[folded]
    raise ValueError(f"Không rõ trạng thái: {text!r}")


def default_url(out_dir: Path) -> str:
    """SQLite file in the output folder, beside the checklists it belongs to."""
    return f"sqlite:///{(out_dir / STATUS_FILE).resolve()}"


class StatusStore:
    """User-set task statuses in SQLite (default) or any SQLAlchemy URL."""

    def __init__(self, url: str | None = None, out_dir: Path | None = None) -> None:
        if url is None:
            folder = out_dir or Path("outputs")
            folder.mkdir(parents=True, exist_ok=True)
            url = default_url(folder)
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        _Base.metadata.create_all(self.engine)

    def set(
        self,
        task_id: str,
        status: str | TaskStatus | None,
        note: str | None = None,
        done_on: dt.date | None = None,
        source: str = "cli",
    ) -> UserStatus:
        """Record a user's status (None keeps the state and changes the note only)."""
        state = parse_status(status)
        now = dt.datetime.now().replace(microsecond=0)
        with Session(self.engine) as session, session.begin():
            row = session.get(_StatusRow, task_id)
            if row is None:
                row = _StatusRow(task_id=task_id, status=None, note=None, source=source)
                session.add(row)
            if state is not None:
                row.status = state
                row.done_on = (
                    done_on
                    if state in (DONE, TaskStatus.done_late.name, TaskStatus.done_on_time.name)
                    else None
                )
            if note is not None:
                row.note = note or None
            if state == DONE and row.done_on is None:
                row.done_on = now.date()
            row.set_at = now
            row.source = source
            session.add(
                _HistoryRow(
                    task_id=task_id,
                    status=row.status,
                    note=row.note,
                    done_on=row.done_on,
                    set_at=now,
                    source=source,
                )
            )
            return _from_row(row)

    def get(self, task_id: str) -> UserStatus | None:
        """The user's status of one task, if any."""
        with Session(self.engine) as session:
            row = session.get(_StatusRow, task_id)
            return _from_row(row) if row else None

    def get_all(self) -> dict[str, UserStatus]:
        """Every user-set status by task id."""
        with Session(self.engine) as session:
            return {r.task_id: _from_row(r) for r in session.scalars(select(_StatusRow))}

    def history(self, task_id: str) -> list[UserStatus]:
        """Every change made to one task, oldest first."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(_HistoryRow).where(_HistoryRow.task_id == task_id).order_by(_HistoryRow.id)
            )
            return [
                UserStatus(r.task_id, r.status, r.note, r.done_on, r.set_at, r.source) for r in rows
            ]

    def clear(self, task_id: str) -> bool:
        """Forget the user's status (the computed one shows again); False when none was set."""
        with Session(self.engine) as session, session.begin():
            row = session.get(_StatusRow, task_id)
            if row is None:
                return False
            session.delete(row)
            now = dt.datetime.now().replace(microsecond=0)
            session.add(
                _HistoryRow(
                    task_id=task_id,
                    status=None,
                    note=None,
                    done_on=None,
                    set_at=now,
                    source="clear",
                )
            )
            return True

    def close(self) -> None:
        """Release the connection pool (SQLite files can then be moved or deleted)."""
        self.engine.dispose()


def _from_row(row: _StatusRow) -> UserStatus:
    return UserStatus(row.task_id, row.status, row.note, row.done_on, row.set_at, row.source)
