"""Score extracted records against gold annotations (the evaluation interchange format).

A library port of the reference scorer (`../shared/eval/score.py`), with nothing imported from
outside the package, so that `vanban eval GOLD_DIR` works on a user's own labelled documents:

* document fields: per-field precision/recall/F1; numbers compared after normalising dashes and
  spaces; names compared case- and tone-placement-insensitively with common abbreviations
  expanded; an issuer matches when the expanded token F1 is at least 0.85;
* recipients: set F1 (equal after folding, or token F1 >= 0.85);
* references: set F1 on (doc_type, number); among matched ones, date and issuer accuracy;
* tasks (documents annotated for tasks only): F1 with tasks matched by label or by word overlap
  (Jaccard >= 0.5 of the first 25 words); among matched tasks, responsible-unit F1 and deadline F1.

Folding, abbreviation expansion, greedy matching, rounding, error lines and the printed report
are kept identical to the reference scorer; `tests/test_scoring.py` checks every figure.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOC_FIELDS = [
    "doc_type",
    "number",
    "date",
    "place",
    "issuer",
    "subject",
    "signer_name",
    "signer_title",
]
SOURCE_SUFFIXES = (".txt", ".docx", ".pdf")
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "btv": "ban thường vụ",
    "bcđ": "ban chỉ đạo",
    "bcd": "ban chỉ đạo",
    "tp": "thành phố",
    "tt": "thường trực",
    "đu": "đảng ủy",
    "qu": "quận ủy",
    "tu": "thành ủy",
    "tw": "trung ương",
    "tư": "trung ương",
    "ubkt": "ủy ban kiểm tra",
    "vp": "văn phòng",
    "vpđu": "văn phòng đảng ủy",
    "ct-xh": "chính trị - xã hội",
    "ct - xh": "chính trị - xã hội",
    "đ/c": "đồng chí",
    "cp": "chính phủ",
}
TASK_WORDS = 25
BODY_F1 = 0.85
TASK_JACCARD = 0.5


# --------------------------------------------------------------------------- normalisation


def fold(text: object) -> str:
    """Case-fold, unify dashes and spacing, drop tone marks (old/new tone placement agree)."""
    if text is None:
        return ""
    out = unicodedata.normalize("NFC", str(text)).replace("\u00d0", "Đ").translate(DASHES)
    out = unicodedata.normalize("NFD", out.casefold())
    out = "".join(ch for ch in out if ch not in TONE_MARKS)
    out = unicodedata.normalize("NFC", out)
    return re.sub(r"\s+", " ", out).strip(" .,;:")


def _abbreviation_patterns() -> list[tuple[re.Pattern[str], str]]:
    ordered = sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0]))
    return [
        (re.compile(rf"(?<![\w-]){re.escape(fold(short))}(?![\w-])"), fold(long))
        for short, long in ordered
    ]


_ABBREVIATION_PATTERNS = _abbreviation_patterns()


def expand(text: object) -> str:
    """`fold` with the common abbreviations (UBND, HĐND, MTTQ, BTV, ĐU, ...) written out."""
    out = fold(text)
    for pattern, long in _ABBREVIATION_PATTERNS:
        out = pattern.sub(lambda _m, long=long: long, out)
    return re.sub(r"\s+", " ", out)


def norm_number(num: object) -> str:
    """A number/symbol without 'Số:', spaces or dash variants, upper case."""
    s = unicodedata.normalize("NFC", num or "").replace("\u00d0", "Đ").translate(DASHES)  # type: ignore[arg-type]
    s = re.sub(r"^\s*(số|so)\s*:?\s*", "", s, flags=re.I)
    return re.sub(r"\s+", "", s).upper()


def token_f1(a: object, b: object) -> float:
    """Token F1 of the expanded forms of two names."""
    ta, tb = Counter(expand(a).split()), Counter(expand(b).split())
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def same_body(gold: object, pred: object) -> bool:
    """Bodies match when their expanded forms are equal or share >= 85% of tokens (F1)."""
    if not gold or not pred:
        return False
    return expand(gold) == expand(pred) or token_f1(gold, pred) >= BODY_F1


def same_body_or_contained(gold: object, pred: object) -> bool:
    """A responsible unit matches when equal, or when one expanded form contains the other."""
    g, p = expand(gold), expand(pred)
    return same_body(gold, pred) or (len(min(g, p, key=len)) >= 6 and (g in p or p in g))


def field_equal(name: str, gold: Any, pred: Any) -> bool:
    """Whether a predicted document field equals the gold one, by the field's rule."""
    if name == "number":
        return norm_number(gold) == norm_number(pred)
    if name == "doc_type":
        return fold(gold).upper() == fold(pred).upper()
    if name == "date":
        return str(gold)[:10] == str(pred or "")[:10]
    if name == "issuer":
        return same_body(gold, pred)
    return fold(gold) == fold(pred)


def ref_key(ref: dict) -> tuple[str, str]:
    """How references are matched: (type code, normalised number)."""
    return fold(ref.get("doc_type")).upper(), norm_number(ref.get("number"))


def task_words(task: dict) -> list[str]:
    """The first 25 expanded words of a task's text."""
    return expand(task.get("text") or "").split()[:TASK_WORDS]


def same_task(g: dict, p: dict) -> bool:
    """Tasks match by equal label, or by Jaccard >= 0.5 of their first 25 words."""
    if g.get("label") and p.get("label") and fold(g["label"]) == fold(p["label"]):
        return True
    gw, pw = set(task_words(g)), set(task_words(p))
    return bool(gw and pw) and len(gw & pw) / len(gw | pw) >= TASK_JACCARD


def same_recipient(a: object, b: object) -> bool:
    return fold(a) == fold(b) or token_f1(a, b) >= BODY_F1


def match_sets(gold: list, pred: list, same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order; returns (gold_index, pred_index) pairs."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


# --------------------------------------------------------------------------- report


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> PRF:
        if not (self.tp or self.fp or self.fn):
            return PRF(None, None, None, 0, 0, 0)
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return PRF(round(p, 4), round(r, 4), round(f, 4), self.tp, self.fp, self.fn)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (None when nothing was counted), with the counts."""

    precision: float | None
    recall: float | None
    f1: float | None
    tp: int
    fp: int
    fn: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class ScoreReport:
    """Every figure the reference scorer reports, plus its error lines.

    `errors` is always filled (the reference scorer fills it only with --show-errors);
    `warnings` holds what kept a document from being predicted (no source beside the gold
    file, a source that could not be read); such a document is scored as an empty prediction.
    """

    documents: int
    fields: dict[str, PRF]
    recipients: PRF
    references: PRF
    reference_date_accuracy: float | None
    reference_issuer_accuracy: float | None
    tasks: PRF
    task_responsible: PRF
    task_deadline: PRF
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        """The reference scorer's `--json` output (with `errors` when asked, as --show-errors)."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "fields": {name: m.to_dict() for name, m in self.fields.items()},
            "recipients": self.recipients.to_dict(),
            "references": self.references.to_dict(),
            "reference_date_accuracy": self.reference_date_accuracy,
            "reference_issuer_accuracy": self.reference_issuer_accuracy,
            "tasks": self.tasks.to_dict(),
            "task_responsible": self.task_responsible.to_dict(),
            "task_deadline": self.task_deadline.to_dict(),
        }
        if errors:
            out["errors"] = list(self.errors)
        return out

    def to_json(self, errors: bool = False) -> str:
        return json.dumps(self.to_dict(errors), ensure_ascii=False, indent=2)


def _empty(value: Any) -> bool:
    return value in (None, "")


def _score(items: Iterable[tuple[str, dict, dict]]) -> ScoreReport:
    """Score (name, gold, prediction) triples; the core shared by every entry point."""
    fields = {f: Tally() for f in DOC_FIELDS}
    recipients, refs, ref_dates, ref_issuers = Tally(), Tally(), Tally(), Tally()
    tasks, task_units, task_deadlines = Tally(), Tally(), Tally()
    errors: list[str] = []
    count = 0
    for name, gold, pred in items:
        count += 1
        pred = pred or {}
        gdoc, pdoc = gold.get("document") or {}, pred.get("document") or {}
        for f in DOC_FIELDS:
            g, p = gdoc.get(f), pdoc.get(f)
            if _empty(g) and _empty(p):
                continue
            if _empty(g):
                fields[f].add(fp=1)
            elif _empty(p):
                fields[f].add(fn=1)
            elif field_equal(f, g, p):
                fields[f].add(tp=1)
                continue
            else:
                fields[f].add(fp=1, fn=1)
            errors.append(f"{name}: document.{f}: gold={g!r} pred={p!r}")

        grec, prec = gdoc.get("recipients") or [], pdoc.get("recipients") or []
        m = match_sets(grec, prec, same_recipient)
        recipients.add(tp=len(m), fp=len(prec) - len(m), fn=len(grec) - len(m))

        grefs, prefs = gold.get("references") or [], pred.get("references") or []
        m = match_sets(grefs, prefs, lambda a, b: ref_key(a) == ref_key(b))
        refs.add(tp=len(m), fp=len(prefs) - len(m), fn=len(grefs) - len(m))
        hit_g, hit_p = {gi for gi, _ in m}, {pi for _, pi in m}
        errors += [
            f"{name}: missed reference {ref_key(r)}" for i, r in enumerate(grefs) if i not in hit_g
        ]
        errors += [
            f"{name}: extra reference {ref_key(r)}" for i, r in enumerate(prefs) if i not in hit_p
        ]
        for gi, pi in m:
            g, p = grefs[gi], prefs[pi]
            if g.get("date"):
                ok = field_equal("date", g["date"], p.get("date"))
                ref_dates.add(tp=int(ok), fn=int(not ok))
                if not ok:
                    errors.append(
                        f"{name}: reference {ref_key(g)} date gold={g['date']} pred={p.get('date')}"
                    )
            if g.get("issuer"):
                ok = same_body(g["issuer"], p.get("issuer"))
                ref_issuers.add(tp=int(ok), fn=int(not ok))
                if not ok:
                    errors.append(
                        f"{name}: reference {ref_key(g)} issuer gold={g['issuer']!r} "
                        f"pred={p.get('issuer')!r}"
                    )

        if gold.get("tasks") is None:
            continue  # not annotated for tasks
        gtasks, ptasks = gold["tasks"], pred.get("tasks") or []
        m = match_sets(gtasks, ptasks, same_task)
        tasks.add(tp=len(m), fp=len(ptasks) - len(m), fn=len(gtasks) - len(m))
        if len(m) != len(gtasks):
            hit = {gi for gi, _ in m}
            errors += [
                f"{name}: missed task {t.get('label') or ' '.join(task_words(t)[:8])}"
                for i, t in enumerate(gtasks)
                if i not in hit
            ]
        for gi, pi in m:
            g, p = gtasks[gi], ptasks[pi]
            gu, pu = g.get("responsible") or [], p.get("responsible") or []
            um = match_sets(gu, pu, same_body_or_contained)
            task_units.add(tp=len(um), fp=len(pu) - len(um), fn=len(gu) - len(um))
            if len(um) != len(gu) or len(um) != len(pu):
                errors.append(f"{name}: task {g.get('label')} responsible gold={gu} pred={pu}")
            if g.get("deadline") or p.get("deadline"):
                ok = field_equal("date", g.get("deadline") or "", p.get("deadline") or "") and bool(
                    g.get("deadline")
                )
                task_deadlines.add(
                    tp=int(ok),
                    fp=int(not ok and bool(p.get("deadline"))),
                    fn=int(not ok and bool(g.get("deadline"))),
                )
    return ScoreReport(
        documents=count,
        fields={f: t.prf() for f, t in fields.items()},
        recipients=recipients.prf(),
        references=refs.prf(),
        reference_date_accuracy=ref_dates.prf().recall,
        reference_issuer_accuracy=ref_issuers.prf().recall,
        tasks=tasks.prf(),
        task_responsible=task_units.prf(),
        task_deadline=task_deadlines.prf(),
        errors=errors,
    )


def _pair_name(gold: dict, index: int) -> str:
    source = gold.get("source")
    if isinstance(source, str) and source:
        return Path(source).stem
    return f"#{index + 1}"


def score_pairs(pairs: list[tuple[dict, dict]], names: list[str] | None = None) -> ScoreReport:
    """Score (gold, prediction) pairs; an empty prediction ({} or None) misses everything.

    Error lines name each pair by `names`, else by the stem of the gold's "source".
    """
    if names is not None and len(names) != len(pairs):
        raise ValueError("names must have one entry per pair")
    return _score(
        (names[i] if names is not None else _pair_name(g, i), g, p)
        for i, (g, p) in enumerate(pairs)
    )


def gold_files(gold_dir: Path) -> list[Path]:
    """The NAME.gold.json files of a directory, sorted by name."""
    return sorted(Path(gold_dir).glob("*.gold.json"))


def gold_name(gold_path: Path) -> str:
    """NAME of NAME.gold.json."""
    return gold_path.name[: -len(".gold.json")]


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def score_dirs(gold_dir: Path, pred_dir: Path) -> ScoreReport:
    """Score NAME.json predictions in `pred_dir` against NAME.gold.json files in `gold_dir`.

    A gold file without a prediction counts every gold item as missed.
    """
    pred_dir = Path(pred_dir)

    def items() -> Iterable[tuple[str, dict, dict]]:
        for gold_path in gold_files(gold_dir):
            name = gold_name(gold_path)
            pred_path = pred_dir / f"{name}.json"
            pred = _read_json(pred_path) if pred_path.exists() else {}
            yield name, _read_json(gold_path), pred

    return _score(items())


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def format_report(report: ScoreReport, show_errors: bool = False) -> str:
    """The reference scorer's printed report, line for line (errors when asked)."""
    lines = [f"documents: {report.documents}"]
    rows = [(f"document.{f}", m) for f, m in report.fields.items()]
    rows += [
        ("recipients", report.recipients),
        ("references", report.references),
        ("tasks", report.tasks),
        ("task_responsible", report.task_responsible),
        ("task_deadline", report.task_deadline),
    ]
    for label, m in rows:
        lines.append(
            f"{label:24s} P={_fmt(m.precision)} R={_fmt(m.recall)} F1={_fmt(m.f1)}"
            f"  (tp={m.tp} fp={m.fp} fn={m.fn})"
        )
    lines.append(f"{'reference_date_accuracy':24s} {_fmt(report.reference_date_accuracy)}")
    lines.append(f"{'reference_issuer_accuracy':24s} {_fmt(report.reference_issuer_accuracy)}")
    if show_errors:
        lines += ["  " + e for e in report.errors]
    return "\n".join(lines)


# --------------------------------------------------------------------------- predict + score


def find_source(gold_path: Path) -> Path | None:
    """The source text beside NAME.gold.json: NAME.txt, NAME.docx or NAME.pdf (in that order),
    else the file its "source" key names, if that sits beside it."""
    gold_path = Path(gold_path)
    name = gold_name(gold_path)
    for suffix in SOURCE_SUFFIXES:
        candidate = gold_path.with_name(name + suffix)
        if candidate.is_file():
            return candidate
    try:
        source = _read_json(gold_path).get("source")
    except (OSError, ValueError, AttributeError):
        return None
    if isinstance(source, str) and source:
        candidate = gold_path.with_name(Path(source).name)
        if candidate.is_file():
            return candidate
    return None


def predict_text(text: str, source_path: Path | str, nlp: Any = None) -> dict[str, Any]:
    """Run the pipeline on one text and return its interchange JSON."""
    from pipeline.evaluate import to_interchange
    from pipeline.records.build import build_record

    if nlp is None:
        from pipeline.nlp import build_nlp

        nlp = build_nlp()
    record = build_record(nlp(text), str(source_path))
    return to_interchange(record, Path(source_path).name)


def predict_file(path: Path, nlp: Any = None) -> dict[str, Any]:
    """Read a source with `pipeline.ingest.read_source` and return its interchange JSON."""
    from pipeline.ingest import read_source

    return predict_text(read_source(path).text, path, nlp)


def predict_gold_dir(
    gold_dir: Path, nlp: Any = None
) -> tuple[list[tuple[str, dict, dict]], list[str]]:
    """(name, gold, prediction) for every gold file, and warnings for sources not predicted."""
    from pipeline.ingest import IngestError

    triples: list[tuple[str, dict, dict]] = []
    warnings: list[str] = []
    for gold_path in gold_files(gold_dir):
        name = gold_name(gold_path)
        gold = _read_json(gold_path)
        source = find_source(gold_path)
        pred: dict = {}
        if source is None:
            warnings.append(
                f"{name}: no source beside {gold_path.name} "
                f"(looked for {', '.join(name + s for s in SOURCE_SUFFIXES)}); scored as empty"
            )
        else:
            try:
                pred = predict_file(source, nlp)
            except IngestError as err:
                warnings.append(f"{name}: {err.reason}; scored as empty")
        triples.append((name, gold, pred))
    return triples, warnings


def evaluate_gold_dir(gold_dir: Path, pred_dir: Path | None = None, nlp: Any = None) -> ScoreReport:
    """Predict every NAME.gold.json's source (NAME.txt/.docx/.pdf beside it) and score it.

    `nlp` defaults to `build_nlp()`; with `pred_dir`, each prediction is also written there as
    NAME.json, so that the reference scorer can be run on the same predictions.
    """
    triples, warnings = predict_gold_dir(Path(gold_dir), nlp)
    if pred_dir is not None:
        pred_dir = Path(pred_dir)
        pred_dir.mkdir(parents=True, exist_ok=True)
        for name, _gold, pred in triples:
            if pred:
                (pred_dir / f"{name}.json").write_text(
                    json.dumps(pred, ensure_ascii=False, indent=2), encoding="utf-8"
                )
    report = _score(triples)
    report.warnings = warnings
    return report


__all__ = [
    "PRF",
    "ScoreReport",
    "evaluate_gold_dir",
    "expand",
    "fold",
    "format_report",
    "norm_number",
    "predict_gold_dir",
    "predict_text",
    "same_body",
    "score_dirs",
    "score_pairs",
]
