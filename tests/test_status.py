"""User-set statuses: the store, the state words, and statuses surviving re-runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_link import chain_records
from typer.testing import CliRunner

from pipeline.commands.link import register, run_link_stage
from pipeline.link.graph import build_graph
from pipeline.link.status import DONE, OPEN, StatusStore, open_status, parse_status
from pipeline.records.models import TaskStatus
from pipeline.render.checklist import HEADERS, build_checklists

TASK = "dang-uy-phuong-ngoc-lam/NQ/54/2021#5"  # deadline 15/09/2021


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("done", DONE),
        ("Hoàn thành", DONE),
        ("đã hoàn thành", DONE),
        ("open", OPEN),
        ("Chưa hoàn thành", OPEN),
        ("Hoàn thành quá hạn", TaskStatus.done_late.name),
        ("HOÀN THÀNH ĐÚNG HẠN", TaskStatus.done_on_time.name),
        ("Quá hạn, chưa hoàn thành", TaskStatus.open_overdue.name),
        ("open_in_time", TaskStatus.open_in_time.name),
        (TaskStatus.reported, TaskStatus.reported.name),
        ("", None),
    ],
)
def test_parse_status(text: str | TaskStatus, state: str | None) -> None:
    assert parse_status(text) == state


def test_parse_status_rejects_unknown_words() -> None:
    with pytest.raises(ValueError, match="Không rõ trạng thái"):
        parse_status("gần xong")


def test_open_status_against_a_date() -> None:
    deadline = dt.date(2021, 9, 15)
    assert open_status(deadline, dt.date(2021, 9, 15)) is TaskStatus.open_in_time
    assert open_status(deadline, dt.date(2021, 9, 16)) is TaskStatus.open_overdue
    assert open_status(None, dt.date(2030, 1, 1)) is TaskStatus.open_in_time


def test_store_set_get_history(tmp_path: Path) -> None:
    store = StatusStore(out_dir=tmp_path)
    assert (tmp_path / "vanban-status.sqlite").exists()
    saved = store.set(TASK, "done", note="Đã xét nghiệm", done_on=dt.date(2021, 9, 14))
    assert (saved.status, saved.note, saved.done_on) == (
        DONE,
        "Đã xét nghiệm",
        dt.date(2021, 9, 14),
    )
    store.set(TASK, None, note="Đã xét nghiệm 9.126 người")  # a note only keeps the state
    again = store.get(TASK)
    assert again is not None and again.status == DONE and again.note.endswith("9.126 người")
    assert list(store.get_all()) == [TASK]
    assert [h.note for h in store.history(TASK)] == ["Đã xét nghiệm", "Đã xét nghiệm 9.126 người"]
    assert store.clear(TASK) and store.get(TASK) is None and not store.clear(TASK)
    store.close()


def test_done_on_time_or_late_by_the_date_done(tmp_path: Path) -> None:
    store = StatusStore(f"sqlite:///{tmp_path / 's.sqlite'}")
    deadline, as_of = dt.date(2021, 9, 15), dt.date(2021, 10, 1)
    on_time = store.set("a#1", "done", done_on=dt.date(2021, 9, 14))
    late = store.set("a#2", "done", done_on=dt.date(2021, 9, 20))
    reopened = store.set("a#3", "open")
    computed = TaskStatus.reported
    assert on_time.resolve(deadline, as_of, computed) is TaskStatus.done_on_time
    assert late.resolve(deadline, as_of, computed) is TaskStatus.done_late
    assert reopened.resolve(deadline, as_of, computed) is TaskStatus.open_overdue
    assert reopened.resolve(deadline, dt.date(2021, 9, 1), computed) is TaskStatus.open_in_time
    store.close()


def test_user_status_survives_a_rebuild(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'status.sqlite'}"
    store = StatusStore(url)
    store.set(TASK, "done", note="Xong", done_on=dt.date(2021, 9, 14))
    store.close()
    for _ in range(2):  # a new graph, new checklists, a newly opened store: same answer
        records = chain_records()
        reopened = StatusStore(url)
        item = next(
            i
            for i in build_checklists(
                build_graph(records), records, dt.date(2021, 9, 20), reopened
            ).items()
            if i.task_id == TASK
        )
        reopened.close()
        assert item.status is TaskStatus.done_on_time
        assert item.status_set_by_user and item.status_note == "Xong"


def test_rerun_reads_xlsx_edits_and_never_overwrites_them(tmp_path: Path) -> None:
    records = chain_records()
    as_of = dt.date(2021, 9, 20)
    first = run_link_stage(records, tmp_path, as_of=as_of)
    assert first.units["UBND phường Ngọc Lâm"] == (1, 1)
    xlsx = tmp_path / "checklist.xlsx"
    wb = load_workbook(xlsx)
    ws = wb["UBND phường Ngọc Lâm"]
    assert ws.cell(row=2, column=len(HEADERS)).value == TASK
    ws.cell(row=2, column=HEADERS.index("Trạng thái") + 1, value="Hoàn thành quá hạn")
    ws.cell(row=2, column=HEADERS.index("Ghi chú") + 1, value="Xét nghiệm xong ngày 18/9")
    wb.save(xlsx)
    second = run_link_stage(records, tmp_path, as_of=as_of)
    assert second.edits_applied == 1
    assert "UBND phường Ngọc Lâm" not in second.units  # no unfinished task left for the unit
    for _ in range(2):  # later runs keep it, and find no new edit
        again = run_link_stage(chain_records(), tmp_path, as_of=dt.date(2021, 12, 1))
        assert again.edits_applied == 0
        summary = load_workbook(xlsx)["Tổng hợp"]
        row = next(r for r in summary.iter_rows(min_row=2, values_only=True) if r[-1] == TASK)
        assert row[HEADERS.index("Trạng thái")] == "Hoàn thành quá hạn"
        assert row[HEADERS.index("Ghi chú")] == "Xét nghiệm xong ngày 18/9"
    assert (tmp_path / "graph.json").exists()


def test_task_set_command(tmp_path: Path) -> None:
    import typer

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "task",
            "set",
            TASK,
            "done",
            "--note",
            "Đã báo cáo quận",
            "--date",
            "14/09/2021",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    store = StatusStore(out_dir=tmp_path)
    saved = store.get(TASK)
    store.close()
    assert saved is not None and saved.done_on == dt.date(2021, 9, 14)
    bad = runner.invoke(app, ["task", "set", TASK, "gần xong", "--out", str(tmp_path)])
    assert bad.exit_code != 0
