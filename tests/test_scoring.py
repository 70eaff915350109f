"""pipeline.scoring agrees with the reference scorer (../shared/eval/score.py) figure for figure.

Predictions are produced on the dev set by the pipeline itself (full and rules-only), and by
perturbing the gold files (so that deadlines, missing predictions, wrong dates, wrong issuers,
extra and missed items are all exercised); each prediction directory is scored by score.py
in a subprocess (--json --show-errors, and the printed report) and by the port.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import scoring
from pipeline.scoring import (
    PRF,
    ScoreReport,
    evaluate_gold_dir,
    expand,
    fold,
    format_report,
    norm_number,
    same_body,
    score_dirs,
    score_pairs,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
DEV = SHARED / "corpus" / "dev"

needs_shared = pytest.mark.skipif(
    not (SCORER.is_file() and DEV.is_dir()), reason="../shared (reference scorer, dev set) absent"
)


def reference(pred_dir: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCORER), str(DEV), str(pred_dir), *flags],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )


def assert_agrees(pred_dir: Path, report: ScoreReport | None = None) -> ScoreReport:
    """Every figure, every error line and the printed report agree with score.py."""
    report = report if report is not None else score_dirs(DEV, pred_dir)
    expected = json.loads(reference(pred_dir, "--json", "--show-errors").stdout)
    assert report.to_dict(errors=True) == expected
    assert report.to_dict() == json.loads(reference(pred_dir, "--json").stdout)
    printed = reference(pred_dir).stdout.rstrip("\n")
    assert format_report(report) == printed
    printed_errors = reference(pred_dir, "--show-errors").stdout.rstrip("\n")
    assert format_report(report, show_errors=True) == printed_errors
    return report


def _predict_dev(pred_dir: Path, words: bool) -> ScoreReport:
    from pipeline.nlp import build_nlp

    nlp = build_nlp(words=words)
    try:
        import pipeline.ingest  # noqa: F401
    except ImportError:  # ingest not there yet: read the .txt sources directly
        pred_dir.mkdir(parents=True, exist_ok=True)
        for gold_path in sorted(DEV.glob("*.gold.json")):
            name = gold_path.name[: -len(".gold.json")]
            source = DEV / f"{name}.txt"
            pred = scoring.predict_text(source.read_text(encoding="utf-8"), source, nlp)
            (pred_dir / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False))
        return score_dirs(DEV, pred_dir)
    return evaluate_gold_dir(DEV, pred_dir=pred_dir, nlp=nlp)


@pytest.fixture(scope="module")
def full_predictions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ScoreReport]:
    pred_dir = tmp_path_factory.mktemp("pred_full")
    return pred_dir, _predict_dev(pred_dir, words=True)


@needs_shared
def test_agrees_on_pipeline_predictions(full_predictions: tuple[Path, ScoreReport]) -> None:
    pred_dir, report = full_predictions
    assert report.documents == len(list(DEV.glob("*.gold.json")))
    assert report.warnings == []
    assert_agrees(pred_dir, report)
    assert assert_agrees(pred_dir) == report  # score_dirs on the written files: same report


@needs_shared
def test_agrees_on_rules_only_predictions(tmp_path: Path) -> None:
    report = _predict_dev(tmp_path, words=False)
    assert_agrees(tmp_path, report)


def _golds() -> dict[str, dict]:
    return {
        p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(DEV.glob("*.gold.json"))
    }


def _write(pred_dir: Path, preds: dict[str, dict]) -> Path:
    pred_dir.mkdir(parents=True, exist_ok=True)
    for name, pred in preds.items():
        (pred_dir / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
    return pred_dir


@needs_shared
def test_agrees_on_gold_as_prediction(tmp_path: Path) -> None:
    report = assert_agrees(_write(tmp_path, _golds()))
    assert report.references.f1 == 1.0
    assert report.errors == []


def _perturb(golds: dict[str, dict]) -> dict[str, dict]:
    """Gold files damaged in every way the scorer distinguishes."""
    preds: dict[str, dict] = {}
    for k, (name, gold) in enumerate(golds.items()):
        if k == 0:
            continue  # a gold file without a prediction
        pred = copy.deepcopy(gold)
        doc = pred["document"]
        if k % 2:
            doc["date"] = "1999-01-01" if doc.get("date") else "2021-09-06"
            doc["issuer"] = (doc.get("issuer") or "") + " Hà Nội Long Biên"
            doc["number"] = (doc.get("number") or "").replace("-", " – ") or None
            doc["place"] = None
        else:
            doc["subject"] = (doc.get("subject") or "x").upper()
            doc["signer_title"] = "Phó Bí thư"
            doc["doc_type"] = (doc.get("doc_type") or "kh").lower()
        doc["recipients"] = [r.upper() for r in (doc.get("recipients") or [])[1:]] + ["Lưu VT"]
        refs = pred.get("references") or []
        for i, ref in enumerate(refs):
            if i % 3 == 0:
                ref["date"] = "2000-01-01"
            if i % 3 == 1:
                ref["issuer"] = "UBND tỉnh"
            if i % 4 == 3:
                ref["number"] = "Số: " + (ref.get("number") or "")
        pred["references"] = refs[1:] + [{"doc_type": "CT", "number": "99-CT/TW"}]
        tasks = pred.get("tasks")
        if tasks is not None:
            for i, task in enumerate(tasks):
                if i % 2:
                    task["label"] = None
                if i % 3 == 0:
                    task["deadline"] = "2026-10-31"
                if i % 3 == 1:
                    task["responsible"] = [*task.get("responsible", [])[:1], "UBND xã"]
                if i % 5 == 4:
                    task["text"] = "nội dung khác hẳn " + str(i)
                    task["label"] = "Z"
            pred["tasks"] = tasks[: max(0, len(tasks) - 1)]
        elif k % 3 == 0:
            pred["tasks"] = [{"label": "1", "text": "Làm gì đó", "responsible": []}]
        preds[name] = pred
    return preds


@needs_shared
def test_agrees_on_perturbed_gold(tmp_path: Path) -> None:
    report = assert_agrees(_write(tmp_path, _perturb(_golds())))
    assert report.task_deadline.fp > 0 and report.errors
    assert report.reference_date_accuracy is not None and report.reference_date_accuracy < 1


@needs_shared
def test_agrees_on_empty_prediction_dir(tmp_path: Path) -> None:
    report = assert_agrees(tmp_path)
    assert report.references.tp == 0 and report.references.fn > 0


@needs_shared
def test_score_pairs_equals_score_dirs(tmp_path: Path) -> None:
    golds = _golds()
    preds = _perturb(golds)
    pred_dir = _write(tmp_path, preds)
    by_pairs = score_pairs([(g, preds.get(n, {})) for n, g in golds.items()], names=list(golds))
    assert by_pairs == score_dirs(DEV, pred_dir)


@needs_shared
def test_evaluate_gold_dir_finds_sources_and_warns(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    src = DEV / "skillsct_023.txt"
    (gold_dir / "a.gold.json").write_bytes((DEV / "skillsct_023.gold.json").read_bytes())
    (gold_dir / "a.txt").write_bytes(src.read_bytes())
    (gold_dir / "b.gold.json").write_bytes((DEV / "pages_006.gold.json").read_bytes())
    from pipeline.nlp import build_nlp

    report = evaluate_gold_dir(gold_dir, pred_dir=tmp_path / "pred", nlp=build_nlp(words=False))
    assert report.documents == 2
    assert len(report.warnings) == 1 and report.warnings[0].startswith("b:")
    assert (tmp_path / "pred" / "a.json").is_file()
    assert not (tmp_path / "pred" / "b.json").exists()
    rescored = score_dirs(gold_dir, tmp_path / "pred")
    assert report.to_dict(errors=True) == rescored.to_dict(errors=True)
    assert rescored.warnings == []


# ------------------------------------------------------------------ normalisation, no ../shared


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Hòa Bình", "hoà bình", id="tone-placement"),
        pytest.param("Ủy ban", "Uỷ ban", id="uy-tone"),
        pytest.param("  Lưu   VPĐU. ", "lưu vpđu", id="spaces-punct"),
        pytest.param("CT – XH", "ct - xh", id="en-dash"),
    ],
)
def test_fold_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        pytest.param("UBND Thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", id="ubnd"),
        pytest.param("BTV Thành ủy", "Ban Thường vụ Thành ủy", id="btv"),
        pytest.param("TT MTTQ", "Thường trực Mặt trận Tổ quốc", id="tt-mttq"),
        pytest.param("các đoàn thể CT-XH", "các đoàn thể chính trị - xã hội", id="ct-xh"),
        pytest.param("Đ/c Bí thư ĐU", "đồng chí Bí thư Đảng ủy", id="dc-du"),
    ],
)
def test_expand_abbreviations(short: str, long: str) -> None:
    assert expand(short) == expand(long)


def test_expand_keeps_words_containing_abbreviations() -> None:
    assert expand("TTg") == "ttg"  # not "thường trựcg"
    assert expand("UBND-VX") == "ubnd-vx"  # inside a symbol, not expanded


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Số: 20/CT-UBND", "20/CT-UBND", True, id="so-colon"),
        pytest.param("54 - NQ/ĐU", "54-NQ/ĐU", True, id="spaces"),
        pytest.param("54\u2013NQ/\u00d0U", "54-NQ/ĐU", True, id="en-dash-eth"),
        pytest.param("06-ct/tu", "06-CT/TU", True, id="case"),
        pytest.param("6-CT/TU", "06-CT/TU", False, id="leading-zero-matters"),
    ],
)
def test_norm_number(a: str, b: str, same: bool) -> None:
    assert (norm_number(a) == norm_number(b)) is same


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        pytest.param("Ủy ban nhân dân Thành phố Hà Nội", "UBND TP Hà Nội", True, id="abbr"),
        pytest.param("Ban Thường vụ Thành ủy Hà Nội", "Ban thường vụ Thành ủy", False, id="short"),
        pytest.param("Đảng ủy phường Ngọc Lâm", "Đảng ủy phường Ngọc Thụy", False, id="other"),
        pytest.param("Chính phủ", None, False, id="none"),
    ],
)
def test_same_body(gold: str, pred: str | None, same: bool) -> None:
    assert same_body(gold, pred) is same


def test_score_pairs_counts_and_format() -> None:
    gold = {
        "source": "x.txt",
        "document": {"doc_type": "CT", "number": "06-CT/TU", "date": "2021-09-01"},
        "references": [{"doc_type": "NQ", "number": "68/NQ-CP", "date": "2021-07-01"}],
        "tasks": [
            {
                "label": "1",
                "text": "a b c",
                "responsible": ["UBND phường"],
                "deadline": "2021-10-15",
            }
        ],
    }
    pred = {
        "document": {
            "doc_type": "CT",
            "number": "06 - CT/TU",
            "date": "2021-09-02",
            "place": "Hà Nội",
        },
        "references": [{"doc_type": "NQ", "number": "68/NQ-CP", "date": None}],
        "tasks": [
            {
                "label": "1",
                "text": "z",
                "responsible": ["Ủy ban nhân dân phường Ngọc Lâm"],
                "deadline": "2021-10-15",
            }
        ],
    }
    report = score_pairs([(gold, pred)])
    assert report.fields["number"] == PRF(1.0, 1.0, 1.0, 1, 0, 0)
    assert report.fields["date"] == PRF(0.0, 0.0, 0.0, 0, 1, 1)
    assert report.fields["place"] == PRF(0.0, 1.0, 0.0, 0, 1, 0)
    assert report.fields["issuer"] == PRF(None, None, None, 0, 0, 0)
    assert report.reference_date_accuracy == 0.0
    assert report.reference_issuer_accuracy is None
    assert report.task_responsible.tp == 1 and report.task_deadline.tp == 1
    assert "x: document.date: gold='2021-09-01' pred='2021-09-02'" in report.errors
    text = format_report(report)
    assert text.splitlines()[0] == "documents: 1"
    assert "document.issuer          P=  n/a R=  n/a F1=  n/a  (tp=0 fp=0 fn=0)" in text
    assert "x: document.date" not in text
    assert "  x: document.date" in format_report(report, show_errors=True)


def test_tasks_null_in_gold_are_skipped() -> None:
    gold = {"document": {}, "references": [], "tasks": None}
    report = score_pairs([(gold, {"tasks": [{"label": "1", "text": "x"}]})])
    assert report.tasks.tp == report.tasks.fp == report.tasks.fn == 0
