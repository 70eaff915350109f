"""Batch processing: which files to read, one file -> one record, failures collected not fatal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from pipeline.ingest import SUPPORTED_SUFFIXES, IngestError, read_source
from pipeline.records.build import build_record
from pipeline.records.models import DocumentRecord


@dataclass(frozen=True)
class Failure:
    """A file the batch could not process, and why (in words a user can act on)."""

    path: Path
    reason: str


def collect_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Files to process: given files as they are, folders searched for supported documents."""
    files: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED_SUFFIXES
                    and not p.name.startswith((".", "~$"))
                )
            )
        elif path.exists():
            files.append(path)
        else:
            failures.append(Failure(path, "no such file or folder"))
    return files, failures


def parse_text(
    text: str, source_path: str, words: bool = True, ner: bool = False
) -> DocumentRecord:
    """Parse normalised text into a record. NER is off by default: no rule reads it, and it
    costs more than the rest of the pipeline together (see bench/extract.py)."""
    from pipeline.nlp import build_nlp

    return build_record(build_nlp(words=words, ner=ner)(text), source_path)


def parse_file(path: Path, words: bool = True, ner: bool = False) -> DocumentRecord:
    """Read, normalise and parse one file; raises IngestError for unreadable input."""
    source = read_source(path)
    return parse_text(source.text, str(path), words=words, ner=ner)


def _parse_one(
    path: Path, words: bool, ner: bool
) -> tuple[Path, DocumentRecord | None, Failure | None]:
    try:
        return path, parse_file(path, words=words, ner=ner), None
    except IngestError as err:
        return path, None, Failure(path, err.reason)
    except Exception as err:  # noqa: BLE001 - a parser bug on one file must not stop the batch
        return path, None, Failure(path, f"internal error while parsing: {err!r}")


def parse_files(
    files: list[Path], words: bool = True, ner: bool = False, jobs: int = 1
) -> Iterator[tuple[Path, DocumentRecord | None, Failure | None]]:
    """Parse each file, yielding a record or a failure in input order; one bad file never
    stops the batch. `jobs` > 1 parses in that many processes (each loads the models once)."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield _parse_one(path, words, ner)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        yield from pool.map(_parse_one, files, repeat(words), repeat(ner))


def output_name(path: Path, taken: set[str]) -> str:
    """A unique output stem for an input file (same stems in two folders get a suffix)."""
    stem = path.stem
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem}-{n}", n + 1
    taken.add(name)
    return name
