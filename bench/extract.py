#!/usr/bin/env python3
"""Throughput and memory of the extraction pipeline, against underthesea segmentation alone.

    python bench/extract.py [PATH ...] [--no-words] [--ner] [--limit N]
        [--skip-segmentation] [--skip-tracemalloc]

PATH: folders (their .txt, .docx and .pdf files) or files; default ../shared/corpus/pool.

One run measures, over the same documents:
  1. the full pipeline per document: ingest (`pipeline.ingest.read_source`, or reading the
     .txt directly when ingest is not available), `build_nlp()(text)`, `build_record`;
     documents/s and characters/s, after a warm-up call that loads the models (reported apart);
  2. peak memory: `ru_maxrss` of the process after the pipeline pass, and the tracemalloc peak of
     a second, separate pipeline pass (tracemalloc slows Python down, so it is not timed; it sees
     Python allocations only, not the C++ memory of the underthesea models);
  3. `pipeline.nlp.segment.segment_words` alone over the same texts (underthesea word
     segmentation: the floor the pipeline is compared with) and the ratio pipeline/segmentation.

The default measures what `vanban run` runs: underthesea segmentation and POS, no NER.
--ner adds underthesea NER; --no-words measures `build_nlp(words=False)`: the rules only.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "pool"
SUFFIXES = (".txt", ".docx", ".pdf")
MIB = 1024 * 1024


def _importable() -> None:
    """Run from a checkout without installing: put the project root on the path."""
    try:
        import pipeline  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT))


def source_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit(f"{path}: no such file or folder")
    return files


def reader() -> tuple[Callable[[Path], str], str]:
    """`read_source(path).text`, or plain .txt reading when pipeline.ingest is absent."""
    try:
        from pipeline.ingest import read_source
    except ImportError:
        return (lambda p: p.read_text(encoding="utf-8")), "Path.read_text (pipeline.ingest absent)"
    return (lambda p: read_source(p).text), "pipeline.ingest.read_source"


def max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MIB if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


@dataclass
class PipelinePass:
    documents: int = 0
    characters: int = 0
    ingest: float = 0.0
    nlp: float = 0.0
    record: float = 0.0
    failed: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.ingest + self.nlp + self.record


def run_pipeline(files: list[Path], read: Callable[[Path], str], nlp) -> PipelinePass:
    from pipeline.records.build import build_record

    out = PipelinePass()
    for path in files:
        t0 = time.perf_counter()
        try:
            text = read(path)
        except Exception as err:  # an unreadable source is reported, not fatal
            out.failed.append(f"{path.name}: {err}")
            continue
        t1 = time.perf_counter()
        doc = nlp(text)
        t2 = time.perf_counter()
        build_record(doc, str(path))
        t3 = time.perf_counter()
        out.documents += 1
        out.characters += len(text)
        out.ingest += t1 - t0
        out.nlp += t2 - t1
        out.record += t3 - t2
    return out


def rate(count: float, seconds: float, digits: int = 1) -> str:
    return f"{count / seconds:,.{digits}f}" if seconds > 0 else "inf"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument(
        "--no-words", action="store_true", help="rules only: build_nlp(words=False)"
    )
    parser.add_argument(
        "--ner", action="store_true", help="also underthesea NER (off in vanban run)"
    )
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    parser.add_argument(
        "--skip-segmentation", action="store_true", help="do not time segment_words alone"
    )
    parser.add_argument(
        "--skip-tracemalloc", action="store_true", help="no second pass under tracemalloc"
    )
    args = parser.parse_args(argv)

    _importable()
    from pipeline.nlp import build_nlp
    from pipeline.nlp.segment import segment_words

    files = source_files(args.paths)
    if args.limit:
        files = files[: args.limit]
    if not files:
        raise SystemExit("no .txt/.docx/.pdf files to measure")
    read, read_name = reader()
    words, ner = not args.no_words, args.ner

    t0 = time.perf_counter()
    nlp = build_nlp(words=words, ner=ner)
    t_build = time.perf_counter() - t0
    warm_text = read(files[0])
    t0 = time.perf_counter()
    nlp(warm_text[:2000])  # first call: loads the underthesea models when words=True
    t_warm = time.perf_counter() - t0

    timed = run_pipeline(files, read, nlp)
    rss_pipeline = max_rss_mib()

    traced = "not measured (--skip-tracemalloc)"
    if not args.skip_tracemalloc:
        gc.collect()
        tracemalloc.start()
        run_pipeline(files, read, nlp)
        peak = tracemalloc.get_traced_memory()[1] / MIB
        traced = f"{peak:.1f} MiB (Python allocations, separate pass)"
        tracemalloc.stop()

    config = f"build_nlp(words={words}, ner={ner})" if words else "build_nlp(words=False)"
    print(f"corpus:       {', '.join(map(str, args.paths))}")
    print(f"documents:    {timed.documents} ({timed.characters:,} characters)")
    print(f"pipeline:     {read_name} + {config} + build_record")
    print(f"startup:      build_nlp {t_build:.2f} s, first call (model load) {t_warm:.2f} s")
    print(
        f"pipeline:     {timed.total:.2f} s -> {rate(timed.documents, timed.total)} documents/s, "
        f"{rate(timed.characters, timed.total, 0)} characters/s"
    )
    print(
        f"  breakdown:  ingest {timed.ingest:.2f} s, nlp {timed.nlp:.2f} s, "
        f"build_record {timed.record:.2f} s"
    )
    print(
        f"peak memory:  tracemalloc {traced}, "
        f"ru_maxrss {rss_pipeline:.1f} MiB (process, after the pipeline pass)"
    )
    for line in timed.failed:
        print(f"  not read:   {line}")

    if args.skip_segmentation:
        return 0
    texts = [read(p) for p in files if not any(f.startswith(p.name + ":") for f in timed.failed)]
    segment_words(texts[0][:2000])  # load the model before timing
    t0 = time.perf_counter()
    n_words = sum(len(segment_words(text)) for text in texts)
    t_seg = time.perf_counter() - t0
    print(
        f"segmentation: underthesea segment_words alone {t_seg:.2f} s -> "
        f"{rate(len(texts), t_seg)} documents/s, {rate(sum(map(len, texts)), t_seg, 0)} "
        f"characters/s ({n_words:,} words)"
    )
    ratio = timed.total / t_seg if t_seg > 0 else float("inf")
    print(f"ratio:        pipeline / segmentation = {ratio:.2f}")
    print(f"ru_maxrss:    {max_rss_mib():.1f} MiB at the end of the run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
