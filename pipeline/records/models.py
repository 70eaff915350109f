"""Record models: the typed interface between parsing, storage, linking and rendering.

Every extracted value keeps its evidence (a character span in the normalised text and the
rule that produced it) so that `vanban inspect` can show why, and so that an inferred value
(an issuer completed from context) is never mistaken for one printed in the text.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class Provenance(BaseModel):
    """Where a value came from: span [start, end) in the normalised text and the rule."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str
    inferred: bool = Field(
        default=False, description="True when part of the value was completed from context"
    )


class DocumentKind(str, Enum):
    """An issued document (any type) or a news article about a meeting or event."""

    directive = "directive"
    news = "news"


class Level(str, Enum):
    """Administrative level of an issuing body, top to bottom."""

    central = "trung_uong"
    province = "tinh"
    district = "huyen"
    commune = "xa"
    cell = "chi_bo"


class Body(BaseModel):
    """An issuing or responsible body, as printed and as resolved to a full name."""

    name: str = Field(description="Full resolved name, e.g. 'Ban Thường vụ Thành ủy Hà Nội'")
    surface: str = Field(description="The text as printed, e.g. 'BTV Thành ủy'")
    level: Level | None = None
    inferred: bool = Field(
        default=False, description="True when the locality or body was taken from context"
    )


class Signer(BaseModel):
    """The person who signs, their position and the authority form (T/M, KT., TL.)."""

    name: str | None = None
    title: str | None = None
    authority: str | None = Field(default=None, description="e.g. 'T/M ĐẢNG ỦY', 'KT. CHỦ TỊCH'")


class Citation(BaseModel):
    """Another document the text cites, once per cited document, with all its mentions."""

    doc_type: str | None = Field(description="Type code: NQ, CT, KH, TB, QĐ, CV, NĐ, ...")
    number: str | None = Field(description="Number/symbol as normalised: '06-CT/TU', '20/CT-UBND'")
    date: dt.date | None = None
    issuer: Body | None = None
    subject: str | None = None
    mentions: list[Provenance] = Field(default_factory=list)


class Deadline(BaseModel):
    """A due date with the phrase it was read from; relative phrases are resolved."""

    date: dt.date
    text: str
    relative: bool = False


class Task(BaseModel):
    """One assigned task: who must do what, by when, reporting to whom."""

    label: str | None = Field(description="Marker path without punctuation: '1', '2.a', 'II.3'")
    text: str
    span: Provenance
    action: str | None = None
    responsible: list[str] = Field(default_factory=list)
    cooperating: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    recurrence: str | None = None
    reporting: str | None = Field(default=None, description="The reporting duty, as written")
    cited_numbers: list[str] = Field(default_factory=list)


class DocumentRecord(BaseModel):
    """Everything extracted from one source document."""

    source_path: str
    content_hash: str = Field(description="SHA-256 of the normalised text")
    kind: DocumentKind = DocumentKind.directive
    doc_type: str | None = None
    number: str | None = None
    date: dt.date | None = None
    place: str | None = None
    issuer: Body | None = None
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    provenance: dict[str, Provenance] = Field(
        default_factory=dict, description="Evidence per document field, keyed by field name"
    )
    warnings: list[str] = Field(default_factory=list)
    text: str = Field(default="", description="The normalised text every span points into")

    @property
    def label(self) -> str:
        """How a secretary names the document: 'Chỉ thị số 06-CT/TU' or the file name."""
        from pipeline.vocab import type_name

        if self.number:
            name = type_name(self.doc_type) if self.doc_type else "Văn bản"
            return f"{name} số {self.number}"
        return self.subject or self.source_path


class TaskStatus(str, Enum):
    """The states government task tracking uses, plus 'reported' (a later report covers it)."""

    done_on_time = "Hoàn thành đúng hạn"
    done_late = "Hoàn thành quá hạn"
    open_in_time = "Đang thực hiện trong hạn"
    open_overdue = "Quá hạn, chưa hoàn thành"
    reported = "Đã báo cáo"


class Evidence(BaseModel):
    """A later document that mentions doing a task."""

    document_id: str
    document_label: str
    quote: str


class ChecklistItem(BaseModel):
    """One row of a compliance checklist: a task of a directive with its status."""

    task_id: str = Field(description="Stable id: canonical document id + '#' + task label or index")
    directive_id: str
    directive_label: str
    label: str | None
    text: str
    responsible: list[str] = Field(default_factory=list)
    cooperating: list[str] = Field(default_factory=list)
    deadline: dt.date | None = None
    recurrence: str | None = None
    reporting: str | None = None
    source_clause: str = Field(description="Where in the directive: 'Mục 2.a' or the opening words")
    status: TaskStatus = TaskStatus.open_in_time
    status_note: str | None = None
    status_set_by_user: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
