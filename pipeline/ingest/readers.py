"""The ingest contract: `read_source` turns one file into normalised text or an `IngestError`.

Every failure a secretary can meet (missing file, wrong type, damaged or scanned file) becomes
an `IngestError` that names the file and says what to do, never a library traceback.
The per-format readers are imported lazily so that reading a .txt does not load pdfplumber.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.normalize import normalize_text

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf")


@dataclass(frozen=True)
class SourceText:
    """One source file as normalised text; all downstream offsets point into `text`."""

    path: Path
    text: str
    format: str  # "txt" | "docx" | "pdf"
    encoding: str | None  # .txt only: the detected encoding, e.g. "utf-8", "cp1258"
    pages: int | None  # .pdf only: page count


class IngestError(Exception):
    """A file that cannot be read; `reason` is plain English: what is wrong, what to do."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[Path, str]]:
        # Keeps the error picklable across worker processes despite the two-argument init.
        return (type(self), (self.path, self.reason))


def _check_file(path: Path, max_bytes: int) -> int:
    """Fail early on what needs no parsing: missing, not a file, wrong type, empty, too big."""
    if not path.exists():
        raise IngestError(path, "file not found; check the path and the file name")
    if not path.is_file():
        raise IngestError(path, "not a regular file (a folder?); give the path of a document")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        legacy = suffix in {".doc", ".rtf", ".odt"}
        hint = " (open it in Word and save it as .docx)" if legacy else ""
        raise IngestError(
            path,
            f"unsupported file type {suffix or '(no extension)'!r}; supported types are "
            f"{', '.join(SUPPORTED_SUFFIXES)}{hint}",
        )
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "file is empty (0 bytes); check that it was copied completely")
    if size > max_bytes:
        raise IngestError(
            path,
            f"file too large: {size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; "
            "split the document or raise max_bytes",
        )
    return size


def read_source(path: Path | str, max_bytes: int = 20_000_000) -> SourceText:
    """Read a .txt, .docx or .pdf file and return its normalised text.

    Raises `IngestError` for anything that stops the file from being read as text.
    """
    path = Path(path)
    _check_file(path, max_bytes)
    suffix = path.suffix.lower()
    encoding: str | None = None
    pages: int | None = None
    try:
        if suffix == ".txt":
            from pipeline.ingest.txt import read_txt

            raw, encoding = read_txt(path)
        elif suffix == ".docx":
            from pipeline.ingest.docx import read_docx

            raw = read_docx(path)
        else:
            from pipeline.ingest.pdf import read_pdf

            raw, pages = read_pdf(path)
    except OSError as err:
        raise IngestError(
            path, f"cannot read the file: {err.strerror or err}; check that it is accessible"
        ) from err
    text = normalize_text(raw)
    if not text:
        raise IngestError(path, "the file holds no text (only whitespace); check the file")
    return SourceText(path=path, text=text, format=suffix[1:], encoding=encoding, pages=pages)
