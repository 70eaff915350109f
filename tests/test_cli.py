"""`vanban run` / `extract` end to end: outputs, the store without duplicates, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records.store import RecordStore, default_url

runner = CliRunner()

NGHI_QUYET = """ĐẢNG BỘ QUẬN HỒNG HÀ
ĐẢNG ỦY PHƯỜNG BÌNH MINH
*
Số 12-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hồng Hà, ngày 06 tháng 9 năm 2021

NGHỊ QUYẾT
Về tăng cường công tác phòng, chống dịch trên địa bàn phường Bình Minh

Thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021 của Ban thường vụ Thành ủy Hà Nội,
Đảng ủy phường thống nhất:

1. UBND phường xây dựng kế hoạch triển khai, báo cáo kết quả về Đảng ủy phường
trước ngày 15/10/2021.

2. Các chi bộ trực thuộc quán triệt Nghị quyết tới đảng viên.

Nơi nhận:
- Thường trực Quận ủy;
- Các chi bộ trực thuộc;
- Lưu VPĐU.

T/M ĐẢNG ỦY
BÍ THƯ

Trần Văn An
"""


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nq.txt").write_text(NGHI_QUYET, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.docx").write_bytes(b"not a zip file")
    (folder / "notes.odt").write_bytes(b"x")  # not collected from a folder: unsupported
    return folder


def test_run_writes_outputs_reports_failures_and_dedupes(tmp_path: Path) -> None:
    folder, out = _inputs(tmp_path), tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-words"])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output and "broken.docx" in result.output
    record = json.loads((out / "records" / "nq.record.json").read_text(encoding="utf-8"))
    assert record["number"] == "12-NQ/ĐU"
    assert record["issuer"]["name"] == "Đảng ủy phường Bình Minh"
    inter = json.loads((out / "interchange" / "nq.json").read_text(encoding="utf-8"))
    assert inter["document"]["date"] == "2021-09-06"
    assert inter["references"][0]["number"] == "06-CT/TU"
    assert inter["tasks"][0]["deadline"] == "2021-10-15"
    store = RecordStore(default_url(out))
    assert store.count() == 1
    runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-words"])
    assert RecordStore(default_url(out)).count() == 1


def test_unknown_extension_named_file_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.odt"
    bad.write_bytes(b"x")
    result = runner.invoke(app, ["extract", str(bad), "--out", str(tmp_path / "o"), "--no-words"])
    assert result.exit_code == 1
    assert "notes.odt" in result.output


def test_missing_input_is_reported(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.txt" in result.output


def test_extract_interchange_on_dev_scores(shared: Path, tmp_path: Path) -> None:
    """The dev set through the CLI and the official scorer: header fields stay near perfect."""
    import subprocess
    import sys

    out = tmp_path / "pred"
    result = runner.invoke(app, ["extract", str(shared / "corpus/dev"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    scored = subprocess.run(
        [
            sys.executable,
            str(shared / "eval/score.py"),
            str(shared / "corpus/dev"),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(scored.stdout)
    for field in ("doc_type", "number", "date", "issuer"):
        assert scores["fields"][field]["f1"] >= 0.95, (field, scores["fields"][field])
    assert scores["references"]["f1"] >= 0.95
    assert scores["tasks"]["f1"] >= 0.9


def test_inspect_shows_values_and_rules(tmp_path: Path) -> None:
    path = tmp_path / "nq.txt"
    path.write_text(NGHI_QUYET, encoding="utf-8")
    result = runner.invoke(app, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    assert "12-NQ/ĐU" in result.output and "header.number" in result.output


@pytest.mark.skipif(shutil.which("vanban") is None, reason="package not installed")
def test_console_script_help() -> None:
    import subprocess

    done = subprocess.run(["vanban", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "extract" in done.stdout


def test_jobs_give_the_same_outputs_and_failures(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    (folder / "nq2.txt").write_text(NGHI_QUYET.replace("12-NQ/ĐU", "13-NQ/ĐU"), encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    first = runner.invoke(app, ["extract", str(folder), "--out", str(one), "--no-words"])
    second = runner.invoke(
        app, ["extract", str(folder), "--out", str(two), "--no-words", "--jobs", "2"]
    )
    assert first.exit_code == second.exit_code == 1
    assert "broken.docx" in second.output and "empty.txt" in second.output
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir()) == ["nq.json", "nq2.json"]
    for name in names:
        assert (one / name).read_text(encoding="utf-8") == (two / name).read_text(encoding="utf-8")
