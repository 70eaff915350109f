"""Checklists: per directive, per unit, coverage, evidence, and the files read back."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from test_link import HN, chain_records, record

from pipeline.link.graph import build_graph
from pipeline.link.identity import as_context
from pipeline.records.models import Level, TaskStatus
from pipeline.render.checklist import (
    HEADERS,
    META_SHEET,
    SUMMARY_SHEET,
    Checklists,
    UnitResolver,
    build_checklists,
    read_status_edits,
    sheet_name,
    source_clause,
    write_checklists,
)

AS_OF = dt.date(2021, 9, 20)


@pytest.fixture(scope="module")
def checklists() -> Checklists:
    records = chain_records()
    return build_checklists(build_graph(records), records, as_of=AS_OF)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, checklists: Checklists) -> Path:
    out = tmp_path_factory.mktemp("checklists")
    write_checklists(checklists, out)
    return out


def _item(checklists: Checklists, task_id: str):  # noqa: ANN202 - a ChecklistItem
    return next(i for i in checklists.items() if i.task_id == task_id)


def test_per_directive_items(checklists: Checklists) -> None:
    titles = [d.title for d in checklists.directives]
    assert titles[0] == "Chỉ thị số 06-CT/TU ngày 01/09/2021 của Ban Thường vụ Thành ủy Hà Nội"
    nq = next(d for d in checklists.directives if d.directive_id.endswith("NQ/54/2021"))
    assert [i.label for i in nq.items] == ["1", "5", "7", "9"]
    item = _item(checklists, "dang-uy-phuong-ngoc-lam/NQ/54/2021#5")
    assert item.responsible == ["UBND phường Ngọc Lâm"]
    assert item.deadline == dt.date(2021, 9, 15)
    assert item.source_clause == "Mục 5"
    assert item.directive_label == "Nghị quyết số 54-NQ/ĐU"


def test_statuses_from_dates_and_reports(checklists: Checklists) -> None:
    # deadline 10/9/2021 passed on 20/9/2021, nothing reports it: overdue
    assert _item(checklists, "thanh-uy-ha-noi/CT/06/2021#1").status is TaskStatus.open_overdue
    # no deadline: open within deadline
    assert _item(checklists, "thanh-uy-ha-noi/CT/06/2021#3").status is TaskStatus.open_in_time
    # the ward report of 30/9 is later than as_of: not yet evidence
    assert _item(checklists, "dang-uy-phuong-ngoc-lam/NQ/54/2021#5").status is (
        TaskStatus.open_overdue
    )
    records = chain_records()
    later = build_checklists(build_graph(records), records, as_of=dt.date(2021, 10, 5))
    item = _item(later, "dang-uy-phuong-ngoc-lam/NQ/54/2021#5")
    assert item.status is TaskStatus.reported
    assert item.evidence[0].document_label == "Báo cáo số 60-BC/ĐU (30/09/2021)"
    assert "tổ chức xét nghiệm diện rộng" in item.evidence[0].quote
    # the report on 54-NQ/ĐU also covers the directive 54-NQ/ĐU implements
    upstream = _item(later, "thanh-uy-ha-noi/CT/06/2021#2")
    assert upstream.status is TaskStatus.reported
    before = build_checklists(build_graph(records), records, as_of=dt.date(2021, 9, 12))
    assert _item(before, "dang-uy-phuong-ngoc-lam/NQ/54/2021#5").status is (TaskStatus.open_in_time)


def test_per_unit_open_tasks_by_deadline(checklists: Checklists) -> None:
    units = {u.name: u for u in checklists.units}
    assert "UBND phường Ngọc Lâm" in units
    assert "Các chi bộ trực thuộc" in units and units["Các chi bộ trực thuộc"].group
    assert "UBND quận Long Biên" in units
    unassigned = checklists.units[-1]
    assert unassigned.name == "Chưa xác định đơn vị"
    deadlines = [i.deadline for i in unassigned.items]
    dated = [d for d in deadlines if d]
    assert dated == sorted(dated) and deadlines[: len(dated)] == dated
    assert checklists.counts()["UBND phường Ngọc Lâm"] == (1, 1)


def test_units_normalised_to_one_key() -> None:
    nq = build_graph(chain_records()).node("dang-uy-phuong-ngoc-lam/NQ/54/2021")
    resolver = UnitResolver(nq)
    assert (
        resolver.resolve("UBND phường").key
        == resolver.resolve("Ủy ban nhân dân phường Ngọc Lâm").key
    )
    assert resolver.resolve("UBND phường").name == "UBND phường Ngọc Lâm"
    chi_bo = resolver.resolve("Các cấp ủy chi bộ trực thuộc")
    assert chi_bo == resolver.resolve("các chi bộ trực thuộc") and chi_bo.group
    assert resolver.resolve("TT UBMTT").name == "Ủy ban MTTQ Việt Nam phường Ngọc Lâm"
    assert resolver.resolve("MTTQ phường").key == resolver.resolve("TT UBMTT").key
    assert resolver.resolve("Công an phường").name == "Công an phường Ngọc Lâm"
    assert resolver.resolve("Chi bộ Tổ dân phố số 5").name == "Chi bộ Tổ dân phố số 5"
    assert resolver.resolve("Văn phòng Đảng ủy tổng hợp kết quả").name == (
        "Văn phòng Đảng ủy phường Ngọc Lâm"
    )
    assert as_context(HN) is not None


def test_coverage_lists_upstream_tasks_not_taken_up(checklists: Checklists) -> None:
    uncovered = {r.task_id for r in checklists.coverage}
    # taken up: 71-KH/QU item 2 and 54-NQ/ĐU item 5 restate the testing task, item 7 the
    # support payments
    assert "thanh-uy-ha-noi/CT/06/2021#2" not in uncovered
    assert "thanh-uy-ha-noi/CT/06/2021#3" not in uncovered
    # nobody below takes up the city propaganda board's follow-up
    assert "thanh-uy-ha-noi/CT/06/2021#4" in uncovered
    row = next(r for r in checklists.coverage if r.task_id == "thanh-uy-ha-noi/CT/06/2021#4")
    assert "Kế hoạch số 71-KH/QU" in row.implemented_by
    # the ward resolution's tasks that the chi bộ plan does not restate
    assert "dang-uy-phuong-ngoc-lam/NQ/54/2021#5" in uncovered
    # the chi bộ plan has no implementer: it is not upstream of anything
    assert not any(r.directive_id.startswith("chi-bo") for r in checklists.coverage)


def test_source_clause_forms() -> None:
    tasks = chain_records()[2].tasks
    assert source_clause(tasks[1]) == "Mục 5"
    unlabelled = tasks[0].model_copy(update={"label": None})
    assert source_clause(unlabelled).startswith("Đoạn: “Tập trung tuyên truyền")
    article = tasks[0].model_copy(update={"label": "Điều 3"})
    assert source_clause(article) == "Điều 3"


def test_xlsx_read_back(written: Path, checklists: Checklists) -> None:
    wb = load_workbook(written / "checklist.xlsx")
    names = wb.sheetnames
    assert names[0] == SUMMARY_SHEET
    unit_names = [u.name for u in checklists.units]
    assert "UBND phường Ngọc Lâm" in names and "Các chi bộ trực thuộc" in names
    assert len(names) == len(unit_names) + 3  # summary, units, coverage, hidden meta
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert len({n.lower() for n in names}) == len(names)
    assert wb[META_SHEET].sheet_state == "hidden"
    ws = wb["UBND phường Ngọc Lâm"]
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:L{ws.max_row}"
    row = [c.value for c in ws[2]]
    assert row[1].startswith("UBND phường khẩn trương lập phương án")
    deadline = ws.cell(row=2, column=HEADERS.index("Thời hạn") + 1)
    assert isinstance(deadline.value, dt.datetime) and deadline.value.date() == dt.date(2021, 9, 15)
    assert deadline.number_format == "dd/mm/yyyy"
    assert row[HEADERS.index("Trạng thái")] == "Quá hạn, chưa hoàn thành"
    assert row[HEADERS.index("Căn cứ (điều, mục)")] == "Mục 5, Nghị quyết số 54-NQ/ĐU"
    assert row[-1] == "dang-uy-phuong-ngoc-lam/NQ/54/2021#5"
    assert ws.column_dimensions["B"].width == 60
    assert ws.cell(row=2, column=2).alignment.wrap_text
    summary = wb[SUMMARY_SHEET]
    assert summary.max_row == len(checklists.items()) + 1
    assert summary.data_validations.dataValidation, "status column offers the states"


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    long = "Các đoàn thể chính trị - xã hội phường Ngọc Lâm"
    first = sheet_name(long, taken)
    assert first == "Đoàn thể CT-XH phường Ngọc Lâm"
    assert sheet_name(long, taken) == "Đoàn thể CT-XH phường Ngọc (2)"
    odd = sheet_name("Tổ công tác [A/B]: kiểm tra*?", taken)
    assert len(odd) <= 31 and not set(odd) & set("[]:*?/\\")


def test_status_edits_read_back(written: Path, tmp_path: Path) -> None:
    assert read_status_edits(written / "checklist.xlsx") == {}
    wb = load_workbook(written / "checklist.xlsx")
    ws = wb["UBND phường Ngọc Lâm"]
    status_col = HEADERS.index("Trạng thái") + 1
    ws.cell(row=2, column=status_col, value="Hoàn thành")
    ws.cell(row=2, column=HEADERS.index("Ghi chú") + 1, value="Đã xét nghiệm 9.126 người")
    summary = wb[SUMMARY_SHEET]
    target = next(
        r
        for r in range(2, summary.max_row + 1)
        if summary.cell(row=r, column=len(HEADERS)).value.endswith("CT/06/2021#3")
    )
    summary.cell(row=target, column=status_col, value="Đang thực hiện trong hạn")  # unchanged
    edited = tmp_path / "checklist.xlsx"
    wb.save(edited)
    edits = read_status_edits(edited, today=dt.date(2021, 9, 14))
    assert set(edits) == {"dang-uy-phuong-ngoc-lam/NQ/54/2021#5"}
    edit = edits["dang-uy-phuong-ngoc-lam/NQ/54/2021#5"]
    assert edit.state == "done" and edit.status is TaskStatus.done_on_time
    assert edit.note == "Đã xét nghiệm 9.126 người"
    late = read_status_edits(edited, today=dt.date(2021, 9, 20))
    assert late["dang-uy-phuong-ngoc-lam/NQ/54/2021#5"].status is TaskStatus.done_late


def test_csv_markdown_docx(written: Path, checklists: Checklists) -> None:
    raw = (written / "checklist.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader((written / "checklist.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0] == list(HEADERS)
    assert len(rows) == len(checklists.items()) + 1
    assert any(r[HEADERS.index("Thời hạn")] == "15/09/2021" for r in rows)
    units = list(csv.reader((written / "checklist_units.csv").read_text("utf-8-sig").splitlines()))
    assert units[0][0] == "Đơn vị"
    md = (written / "checklist.md").read_text("utf-8")
    assert "# Danh mục nhiệm vụ theo dõi thực hiện" in md
    assert "### UBND phường Ngọc Lâm (1 nhiệm vụ chưa hoàn thành, 1 quá hạn)" in md
    assert "| 15/09/2021 |" in md
    doc = Document(str(written / "checklist.docx"))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert tuple(round(m.mm) for m in margins) == (20, 20, 30, 15)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert doc.paragraphs[0].text == "BẢNG THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
    assert len(doc.tables) == len(checklists.directives) + len(checklists.units)
    header = [c.text for c in doc.tables[0].rows[0].cells]
    assert header[:3] == ["STT", "Nhiệm vụ", "Đơn vị chủ trì, phối hợp"]
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs}
    assert fonts == {"Times New Roman"}


def test_writes_are_atomic_and_leave_no_temp_files(written: Path) -> None:
    assert not [p for p in written.iterdir() if p.name.startswith(".")]
    with pytest.raises(ValueError, match="Unknown checklist format"):
        write_checklists(Checklists(AS_OF, [], [], []), written, formats=("pdf",))


def test_news_tasks_and_empty_corpus() -> None:
    text = (
        "Đồng chí Bí thư yêu cầu: các chi bộ trực thuộc tiếp tục phân công đảng viên "
        "tham gia Tổ Covid cộng đồng; UBND phường hoàn thành xét nghiệm trước ngày "
        "30/9/2021. Phường Ngọc Lâm, quận Long Biên, thành phố Hà Nội."
    )
    from test_link import task

    from pipeline.records.models import DocumentKind

    news = record(
        "news",
        text,
        None,
        None,
        dt.date(2021, 9, 21),
        None,
        kind=DocumentKind.news,
        tasks=[
            task(
                "UBND phường hoàn thành xét nghiệm trước ngày 30/9/2021",
                text,
                None,
                ["UBND phường"],
                dt.date(2021, 9, 30),
            )
        ],
    )
    result = build_checklists(build_graph([news]), [news], as_of=AS_OF)
    item = result.items()[0]
    assert item.task_id.startswith("news/") and item.task_id.endswith("#t1")
    assert item.responsible == ["UBND phường Ngọc Lâm"]
    empty = build_checklists(build_graph([]), [], as_of=AS_OF)
    assert empty.items() == [] and empty.units == []
    assert Level.commune  # levels stay importable for callers


def test_chi_bo_group_expands_to_configured_chi_bo() -> None:
    """A task for "các chi bộ trực thuộc" lands on each configured chi bộ's own list."""
    records = chain_records()
    names = ["Chi bộ Tổ dân phố số 1", "Chi bộ Trường Mầm non Ngọc Lâm"]
    grouped = build_checklists(build_graph(records), records, as_of=AS_OF, chi_bo=names)
    units = {u.name: u for u in grouped.units}
    group_tasks = {i.task_id for i in units["Các chi bộ trực thuộc"].items}
    assert group_tasks
    for name in names:
        assert name in units and not units[name].group
        assert {i.task_id for i in units[name].items} == group_tasks
    plain = build_checklists(build_graph(records), records, as_of=AS_OF)
    assert not any(u.name in names for u in plain.units)
