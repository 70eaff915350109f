"""Drafts (plan, report, letter) in the official Party and State formats, and template safety."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import typer
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from typer.testing import CliRunner

from pipeline.commands.draft import draft as draft_command
from pipeline.commands.draft import init as init_command
from pipeline.config import CommitteeConfig
from pipeline.records.models import (
    Body,
    Deadline,
    DocumentKind,
    DocumentRecord,
    Evidence,
    Provenance,
    Task,
    TaskStatus,
)
from pipeline.render import make_templates
from pipeline.render.docx_format import (
    PLACEHOLDER_RE,
    effective_format,
    iter_paragraphs,
    iter_tables,
)
from pipeline.render.drafts import (
    DraftKind,
    TemplateError,
    adapt_units,
    asks_for_response,
    draft_all,
    figure_rows,
    find_figures,
    items_from_tasks,
    render_draft,
)

TODAY = dt.date(2021, 9, 20)
KINDS = [(body, kind) for body in ("party", "state") for kind in DraftKind]


def _span() -> Provenance:
    return Provenance(start=0, end=1, rule="test")


def make_directive() -> DocumentRecord:
    """Chỉ thị 06-CT/TU of the Hà Nội Party Standing Committee, four tasks (hand-written)."""
    tasks = [
        Task(
            label="1",
            text="Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, quán triệt cán bộ, đảng viên và "
            "Nhân dân thực hiện nghiêm các biện pháp phòng, chống dịch",
            span=_span(),
            responsible=["Các cấp ủy, tổ chức đảng"],
            recurrence="thường xuyên",
        ),
        Task(
            label="2",
            text="Chính quyền các cấp tổ chức xét nghiệm diện rộng, đẩy nhanh tiến độ tiêm vắc xin "
            "cho người dân từ 18 tuổi trở lên",
            span=_span(),
            responsible=["UBND các quận, huyện, thị xã"],
            cooperating=["Mặt trận Tổ quốc và các đoàn thể"],
            deadline=Deadline(date=dt.date(2021, 9, 30), text="trước ngày 30/9/2021"),
        ),
        Task(
            label="3",
            text="Rà soát, chi trả kịp thời các chính sách hỗ trợ người dân gặp khó khăn do dịch",
            span=_span(),
            responsible=["Ủy ban nhân dân các cấp"],
            deadline=Deadline(date=dt.date(2021, 9, 15), text="trước ngày 15/9/2021"),
        ),
        Task(
            label="4",
            text="Định kỳ hằng tuần báo cáo kết quả thực hiện Chỉ thị về Ban Thường vụ Thành ủy",
            span=_span(),
            responsible=["Các quận ủy, huyện ủy, thị ủy, đảng ủy trực thuộc"],
            recurrence="hằng tuần",
            reporting="báo cáo kết quả về Ban Thường vụ Thành ủy (qua Văn phòng Thành ủy) "
            "vào thứ Sáu hằng tuần",
        ),
    ]
    return DocumentRecord(
        source_path="ct_06_tu.txt",
        content_hash="a" * 64,
        doc_type="CT",
        number="06-CT/TU",
        date=dt.date(2021, 9, 1),
        place="Hà Nội",
        issuer=Body(name="Ban Thường vụ Thành ủy Hà Nội", surface="BTV Thành ủy"),
        subject="Về tiếp tục nâng cao hiệu quả công tác phòng, chống dịch Covid-19",
        tasks=tasks,
        text="(văn bản kiểm thử)",
    )


def make_news() -> DocumentRecord:
    """A news item that reports figures about the directive."""
    return DocumentRecord(
        source_path="tin_ngoc_lam.txt",
        content_hash="b" * 64,
        kind=DocumentKind.news,
        date=dt.date(2021, 9, 25),
        subject="Phường Ngọc Lâm đẩy mạnh xét nghiệm, tiêm chủng",
        text="Thực hiện Chỉ thị số 06-CT/TU, đến ngày 24/9/2021 phường đã xét nghiệm cho "
        "12.500 người, tiêm 8.300 liều vắc xin. Phường đã chi trả hỗ trợ cho 320 hộ với số "
        "tiền 480.000.000 đồng; 5 đồng chí được khen thưởng.",
    )


def make_config(body_kind: str) -> CommitteeConfig:
    """Committee identity for a ward Party committee or a ward People's Committee."""
    if body_kind == "party":
        return CommitteeConfig(
            body_kind="party",
            body_name="Đảng ủy phường Ngọc Lâm",
            superior="Đảng bộ quận Long Biên",
            place="Long Biên",
            signer_name="Nguyễn Văn An",
            units=["Ủy ban nhân dân phường", "Ủy ban MTTQ Việt Nam phường", "Công an phường"],
            chi_bo=["Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 2"],
            recipients_default=["Thường trực Quận ủy Long Biên", "Các chi bộ trực thuộc"],
        )
    return CommitteeConfig(
        body_kind="state",
        body_name="Ủy ban nhân dân phường Ngọc Lâm",
        superior="Ủy ban nhân dân quận Long Biên",
        place="Long Biên",
        signer_name="Trần Thị Bình",
        units=["Công an phường", "Ủy ban MTTQ Việt Nam phường"],
    )


def make_items():
    """Checklist rows: task 2 done with evidence from the news item, task 3 overdue."""
    items = items_from_tasks(make_directive(), TODAY)
    items[1].status = TaskStatus.done_on_time
    items[1].evidence = [
        Evidence(
            document_id="tin-ngoc-lam",
            document_label="Tin ngày 25/9/2021",
            quote="phường đã xét nghiệm cho 12.500 người, tiêm 8.300 liều vắc xin",
        )
    ]
    return items


def render(tmp_path: Path, body_kind: str, kind: DraftKind, **kwargs) -> Path:
    """Render one draft of the hand-built directive into tmp_path."""
    kwargs.setdefault("linked", [make_news()])
    return render_draft(
        kind,
        make_directive(),
        make_items(),
        make_config(body_kind),
        tmp_path / f"{body_kind}_{kind.value}.docx",
        today=TODAY,
        **kwargs,
    )


def texts(doc) -> list[str]:
    """Every paragraph text of the body, tables included, in order."""
    return [p.text for p in iter_paragraphs(doc)]


def find_par(doc, pattern: str):
    """The first paragraph (body or table) whose text matches `pattern`."""
    for p in iter_paragraphs(doc):
        if re.search(pattern, p.text):
            return p
    raise AssertionError(f"no paragraph matches {pattern!r}")


def fmt(doc, par):
    """Effective formats of a paragraph's non-blank runs."""
    return [effective_format(doc, par, r) for r in par.runs if r.text.strip()]


# -- checklist conversion and helpers ---------------------------------------------------------


def test_items_from_tasks_open_with_deadlines():
    items = items_from_tasks(make_directive(), TODAY)
    assert [i.task_id for i in items] == [f"06-CT/TU#{n}" for n in "1234"]
    assert items[0].directive_label == "Chỉ thị số 06-CT/TU"
    assert items[1].deadline == dt.date(2021, 9, 30)
    assert items[1].status == TaskStatus.open_in_time
    assert items[2].status == TaskStatus.open_overdue
    assert items[3].reporting.startswith("báo cáo kết quả")
    assert items[0].source_clause == "Mục 1"


def test_adapt_units_maps_upstream_roles_to_local_units():
    config = make_config("party")
    assert adapt_units(["UBND các quận, huyện, thị xã"], config) == ["Ủy ban nhân dân phường"]
    assert adapt_units(["Các cấp ủy, tổ chức đảng"], config) == ["Các chi bộ trực thuộc"]
    assert adapt_units(["Công an phường"], config) == ["Công an phường"]
    assert adapt_units(["Ban Quản lý chợ"], config) == ["Ban Quản lý chợ"]
    state = adapt_units(["Các cấp ủy, tổ chức đảng"], make_config("state"))
    assert state == ["[Đồng chí ghi đơn vị (văn bản giao: Các cấp ủy, tổ chức đảng)]"]


def test_find_figures_units_and_categories():
    figs = find_figures(make_news().text)
    got = {f.text: f.category for f in figs}
    assert got["12.500 người"] == "Xét nghiệm"
    assert got["8.300 liều vắc xin"] == "Tiêm chủng"
    assert got["480.000.000 đồng"] == "Hỗ trợ, chi trả"
    assert "320 hộ" in got
    assert not any("đồng chí" in t for t in got)
    assert not any(t.startswith(("24/9", "2021")) for t in got)
    (first, _) = find_figures("333  trường hợp với số tiền là\n333.000.000đ")
    assert first.text == "333 trường hợp" and first.category == "Hỗ trợ, chi trả"


def test_figure_rows_from_real_news(shared: Path):
    text = (shared / "corpus/dev/giang_bien_hop_bcd_covid.txt").read_text(encoding="utf-8")
    record = DocumentRecord(
        source_path="giang_bien.txt", content_hash="c" * 64, kind=DocumentKind.news, text=text
    )
    numbers = " | ".join(r["numbers"] for r in figure_rows([record]))
    for expected in ("7.532 người dân", "11.769 mũi tiêm", "184.500.000đ", "333.000.000 đồng"):
        assert expected in numbers


def test_asks_for_response():
    directive = make_directive()
    assert asks_for_response(directive, items_from_tasks(directive, TODAY))
    quiet = directive.model_copy(update={"tasks": directive.tasks[:1], "text": "Không yêu cầu."})
    assert not asks_for_response(quiet, items_from_tasks(quiet, TODAY))


# -- format of every draft ----------------------------------------------------------------------


@pytest.mark.parametrize(("body_kind", "kind"), KINDS)
def test_page_fonts_and_placeholders(tmp_path, body_kind, kind):
    doc = Document(str(render(tmp_path, body_kind, kind)))
    for section in doc.sections:
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
        margins = [section.top_margin, section.bottom_margin, section.left_margin]
        assert [round(m.mm) for m in margins + [section.right_margin]] == [20, 20, 30, 15]
        assert section.different_first_page_header_footer
    placeholders = 0
    for par in iter_paragraphs(doc, headers=True):
        assert "{{" not in par.text and "{%" not in par.text, par.text
        assert "built-in method" not in par.text
        for run in par.runs:
            if not run.text.strip():
                continue
            f = effective_format(doc, par, run)
            assert f.font == "Times New Roman", (run.text, f)
            assert f.size is not None
        spans = [m.span() for m in PLACEHOLDER_RE.finditer(par.text)]
        placeholders += len(spans)
        pos = 0
        for run in par.runs:
            inside = any(s <= pos < e for s, e in spans)
            if run.text.strip():
                highlighted = run.font.highlight_color == WD_COLOR_INDEX.YELLOW
                assert highlighted == inside, (run.text, par.text)
            pos += len(run.text)
    assert placeholders >= 2


@pytest.mark.parametrize(("body_kind", "kind"), KINDS)
def test_header_block(tmp_path, body_kind, kind):
    doc = Document(str(render(tmp_path, body_kind, kind)))
    header = doc.tables[0]
    left, right = header.rows[0].cells
    left_text = [p.text for p in left.paragraphs]
    right_text = [p.text for p in right.paragraphs]
    size = 14 if body_kind == "party" else 13
    if body_kind == "party":
        assert left_text[:3] == ["ĐẢNG BỘ QUẬN LONG BIÊN", "ĐẢNG ỦY PHƯỜNG NGỌC LÂM", "*"]
        motto = find_par(doc, "^ĐẢNG CỘNG SẢN VIỆT NAM$")
        (f,) = fmt(doc, motto)
        assert f.bold and f.underline and f.size == 15
        assert "CỘNG HÒA" not in " ".join(right_text)
    else:
        assert left_text[:2] == [
            "ỦY BAN NHÂN DÂN QUẬN LONG BIÊN",
            "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC LÂM",
        ]
        (nation,) = fmt(doc, find_par(doc, "^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$"))
        (motto,) = fmt(doc, find_par(doc, "^Độc lập - Tự do - Hạnh phúc$"))
        assert nation.bold and nation.size == 13 and motto.bold and motto.size == 14
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in " ".join(right_text)
    (superior,) = fmt(doc, left.paragraphs[0])
    (issuer,) = fmt(doc, left.paragraphs[1])
    assert superior.size == size and not superior.bold
    assert issuer.size == size and issuer.bold
    code = {DraftKind.plan: "KH", DraftKind.report: "BC", DraftKind.letter: "CV"}[kind]
    if body_kind == "party":
        expected = f"Số    -{code}/ĐU"
    else:
        expected = "Số:    /UBND" if kind == DraftKind.letter else f"Số:    /{code}-UBND"
    assert expected in left_text
    date = find_par(doc, r"^Long Biên, ngày")
    assert re.fullmatch(r"Long Biên, ngày {3,}tháng 9 năm 2021", date.text)
    assert all(f.italic and f.size == 14 for f in fmt(doc, date))


@pytest.mark.parametrize(("body_kind", "kind"), KINDS)
def test_signature_and_recipients(tmp_path, body_kind, kind):
    doc = Document(str(render(tmp_path, body_kind, kind)))
    recipients_cell, signature_cell = doc.tables[-1 if kind != DraftKind.plan else -2].rows[0].cells
    sig = [p for p in signature_cell.paragraphs if p.text.strip()]
    authority, title, name = sig
    if body_kind == "party":
        assert (authority.text, title.text, name.text) == ("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An")
        assert not fmt(doc, title)[0].bold
    else:
        assert authority.text == "TM. ỦY BAN NHÂN DÂN"
        assert (title.text, name.text) == ("CHỦ TỊCH", "Trần Thị Bình")
        assert fmt(doc, title)[0].bold
    assert fmt(doc, authority)[0].bold and fmt(doc, name)[0].bold
    assert all(fmt(doc, p)[0].size == 14 for p in sig)
    lines = [p for p in recipients_cell.paragraphs if p.text.strip()]
    (head,) = fmt(doc, lines[0])
    assert lines[0].text == "Nơi nhận:"
    if body_kind == "party":
        assert head.underline and head.size == 14
        assert lines[-1].text == "- Lưu VPĐU."
    else:
        assert head.bold and head.italic and head.size == 12
        assert lines[-1].text == "- Lưu: VT, VP."
    item_size = 12 if body_kind == "party" else 11
    assert all(fmt(doc, p)[0].size == item_size for p in lines[1:])
    assert all(p.text.endswith(";") for p in lines[1:-1])
    if kind == DraftKind.letter:
        assert lines[1].text == "- Như trên;"
    else:
        assert lines[1].text == "- Ban Thường vụ Thành ủy Hà Nội (để báo cáo);"


@pytest.mark.parametrize(("body_kind", "kind"), [k for k in KINDS if k[1] != DraftKind.letter])
def test_type_and_subject(tmp_path, body_kind, kind):
    doc = Document(str(render(tmp_path, body_kind, kind)))
    name = "KẾ HOẠCH" if kind == DraftKind.plan else "BÁO CÁO"
    (type_fmt,) = fmt(doc, find_par(doc, f"^{name}$"))
    assert type_fmt.bold and type_fmt.size == (16 if body_kind == "party" else 14)
    subject = find_par(doc, r"^(thực hiện|Thực hiện|kết quả|Kết quả).*Chỉ thị số 06-CT/TU")
    assert "ngày 01/9/2021 của Ban Thường vụ Thành ủy Hà Nội về tiếp tục" in subject.text
    assert all(f.bold and f.size == 14 for f in fmt(doc, subject))
    body = find_par(doc, r"^I\. ")
    assert all(f.bold and f.size == 14 for f in fmt(doc, body))


# -- content of each kind ----------------------------------------------------------------------


@pytest.mark.parametrize("body_kind", ["party", "state"])
def test_plan_sections_tasks_units_deadlines(tmp_path, body_kind):
    doc = Document(str(render(tmp_path, body_kind, DraftKind.plan)))
    all_text = texts(doc)
    headings = [t for t in all_text if re.match(r"^(I|II|III|IV|V)\. ", t)]
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"]
    assert "1. Mục đích" in all_text and "2. Yêu cầu" in all_text
    joined = "\n".join(all_text)
    assert "2. Chính quyền các cấp tổ chức xét nghiệm diện rộng" in joined
    assert "- Thời gian thực hiện: trước ngày 30/9/2021." in all_text
    assert "- Thời gian thực hiện: hằng tuần." in all_text
    if body_kind == "party":
        assert "- Đơn vị chủ trì: Các chi bộ trực thuộc." in all_text
        assert (
            "- Đơn vị chủ trì: Ủy ban nhân dân phường; phối hợp: Ủy ban MTTQ Việt Nam phường."
            in all_text
        )
        assert "Chi bộ Tổ dân phố số 1, Chi bộ Tổ dân phố số 2" in joined
    assert "Thường trực Thành ủy (qua Văn phòng Thành ủy)" not in joined
    assert "Chế độ báo cáo: Báo cáo kết quả về Ban Thường vụ Thành ủy" in joined
    table = doc.tables[-1]
    head = [c.text for c in table.rows[0].cells]
    assert head == [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    ]
    assert len(table.rows) == 1 + 4
    assert [c.text for c in table.rows[2].cells][0] == "2"
    assert table.rows[2].cells[4].text == "trước ngày 30/9/2021"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize("body_kind", ["party", "state"])
def test_report_sections_status_evidence_figures(tmp_path, body_kind):
    doc = Document(str(render(tmp_path, body_kind, DraftKind.report)))
    all_text = texts(doc)
    headings = [t for t in all_text if re.match(r"^(I|II|III|IV|V)\. ", t)]
    assert headings == [
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        "II. KẾT QUẢ THỰC HIỆN",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    joined = "\n".join(all_text)
    assert "Tổng số 4 nhiệm vụ; trong đó hoàn thành đúng hạn: 1" in joined
    assert "- Tình hình thực hiện: Hoàn thành đúng hạn; thời hạn: trước ngày 30/9/2021." in joined
    assert "Quá hạn, chưa hoàn thành" in joined
    evidence = find_par(doc, r"^- Theo Tin ngày 25/9/2021")
    assert "12.500 người" in evidence.text
    assert any(f.italic for f in fmt(doc, evidence))
    assert "- Số liệu: 12.500 người; 8.300 liều vắc xin." in all_text
    assert "- Nhiệm vụ 3 chưa hoàn thành đúng hạn (trước ngày 15/9/2021)" in joined
    figures = next(t for t in iter_tables(doc) if t.rows[0].cells[0].text == "TT")
    assert [c.text for c in figures.rows[0].cells] == [
        "TT",
        "Lĩnh vực",
        "Số liệu",
        "Trích dẫn",
        "Nguồn",
    ]
    rows = [[c.text for c in r.cells] for r in figures.rows[1:]]
    assert rows[0][1] == "Xét nghiệm, Tiêm chủng"
    assert rows[0][2] == "12.500 người; 8.300 liều vắc xin"
    assert rows[0][4] == "Tin ngày 25/9/2021"
    assert rows[1][2] == "320 hộ; 480.000.000 đồng"
    assert "kính báo cáo Ban Thường vụ Thành ủy Hà Nội./." in joined


def test_report_without_linked_documents_has_no_figure_table(tmp_path):
    doc = Document(str(render(tmp_path, "party", DraftKind.report, linked=[])))
    assert len(doc.tables) == 2
    assert "Các văn bản, tin bài liên quan đã được ghi nhận:" not in texts(doc)


@pytest.mark.parametrize("body_kind", ["party", "state"])
def test_letter_subject_addressee_answers(tmp_path, body_kind):
    doc = Document(str(render(tmp_path, body_kind, DraftKind.letter)))
    vv = find_par(doc, r"^V/v ")
    assert vv.text == "V/v báo cáo việc thực hiện Chỉ thị số 06-CT/TU"
    assert all(f.size == 12 and f.italic == (body_kind == "party") for f in fmt(doc, vv))
    assert find_par(doc, "^Kính gửi: ").text == "Kính gửi: Ban Thường vụ Thành ủy Hà Nội."
    joined = "\n".join(texts(doc))
    assert "1. Về nội dung tại Mục 4: Định kỳ hằng tuần báo cáo" in joined
    assert "- Yêu cầu: Báo cáo kết quả về Ban Thường vụ Thành ủy" in joined
    assert "2. Về" not in joined


def test_unconfigured_committee_is_highlighted(tmp_path):
    out = render_draft(
        DraftKind.plan,
        make_directive(),
        make_items(),
        CommitteeConfig(),
        tmp_path / "x.docx",
        today=TODAY,
    )
    doc = Document(str(out))
    issuer = doc.tables[0].rows[0].cells[0].paragraphs[1]
    assert issuer.text == "[CẦN ĐIỀN]"
    assert issuer.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW


def test_xml_special_characters_are_escaped(tmp_path):
    config = make_config("party").model_copy(update={"body_name": "Đảng ủy Khối A & B <test>"})
    out = render_draft(
        DraftKind.plan, make_directive(), make_items(), config, tmp_path / "x.docx", today=TODAY
    )
    assert "Đảng ủy Khối A & B <test> xây dựng" in "\n".join(texts(Document(str(out))))


def test_draft_all_writes_plan_report_and_letter(tmp_path):
    paths = draft_all(
        make_directive(), make_items(), make_config("party"), tmp_path, [make_news()], today=TODAY
    )
    assert [p.name for p in paths] == [
        "06-CT-TU_ke-hoach.docx",
        "06-CT-TU_bao-cao.docx",
        "06-CT-TU_cong-van.docx",
    ]
    assert all(p.is_file() for p in paths)


# -- templates: reproducible, Word-edited, sandboxed ---------------------------------------------


def test_templates_are_reproducible(tmp_path):
    first = make_templates.build_all(tmp_path / "a")
    second = make_templates.build_all(tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
        committed = make_templates.TEMPLATE_DIR / a.name
        with zipfile.ZipFile(a) as za, zipfile.ZipFile(committed) as zc:
            assert za.read("word/document.xml") == zc.read("word/document.xml"), a.name


def _template(tmp_path: Path, name: str, runs: list[tuple[str, bool]]) -> Path:
    """A one-paragraph template whose text is split into runs, as Word leaves it."""
    doc = Document()
    par = doc.add_paragraph()
    for text, bold in runs:
        run = par.add_run(text)
        run.bold = bold
        run.font.size = Pt(14)
        proof = OxmlElement("w:proofErr")
        proof.set(qn("w:type"), "spellStart")
        par._p.append(proof)
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    doc.save(str(folder / name))
    return folder


def test_tag_split_across_runs_renders(tmp_path):
    folder = _template(
        tmp_path,
        "party_letter.docx",
        [
            ("Kính gửi: ", False),
            ("{", True),
            ("{ letter", False),
            (".t", True),
            ("o }", False),
            ("}", True),
            (" — {{ signer", False),
            (".name }}", True),
        ],
    )
    out = render(tmp_path, "party", DraftKind.letter, template_dir=folder)
    text = Document(str(out)).paragraphs[0].text
    assert text == "Kính gửi: Ban Thường vụ Thành ủy Hà Nội — Nguyễn Văn An"


def test_paragraph_loop_split_across_runs_renders(tmp_path):
    doc = Document()
    for runs in (["{%p for t ", "in tasks %}"], ["{{ t.", "no }}"], ["{%p end", "for %}"]):
        par = doc.add_paragraph()
        for text in runs:
            par.add_run(text)
    folder = tmp_path / "tpl"
    folder.mkdir()
    doc.save(str(folder / "party_plan.docx"))
    out = render(tmp_path, "party", DraftKind.plan, template_dir=folder)
    assert [p.text for p in Document(str(out)).paragraphs] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("tag", "reason"),
    [
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "không được phép"),
        ("{{ body.nmae }}", "không có trong dữ liệu"),
        ("{{ body.name + }}", "sai cú pháp"),
        ("{{ 'x' * 100000000 }}", "không được phép"),
        ("{{ tasks.append(1) }}", "không được phép"),
    ],
)
def test_bad_tags_raise_template_error_naming_file_and_tag(tmp_path, tag, reason):
    folder = _template(tmp_path, "party_plan.docx", [("Đầu ", False), (tag, False)])
    with pytest.raises(TemplateError) as info:
        render(tmp_path, "party", DraftKind.plan, template_dir=folder)
    err = info.value
    assert err.template == "party_plan.docx"
    assert err.tag == tag
    assert reason in str(err) and "party_plan.docx" in str(err) and tag in str(err)


def test_unclosed_loop_names_its_opening_tag(tmp_path):
    folder = _template(tmp_path, "party_plan.docx", [("{% for t in tasks %}{{ t.no }}", False)])
    with pytest.raises(TemplateError) as info:
        render(tmp_path, "party", DraftKind.plan, template_dir=folder)
    assert info.value.tag == "{% for t in tasks %}"


def test_missing_or_broken_template(tmp_path):
    with pytest.raises(TemplateError, match="party_plan.docx"):
        render(tmp_path, "party", DraftKind.plan, template_dir=tmp_path / "none")
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "party_plan.docx").write_text("not a docx")
    with pytest.raises(TemplateError, match="không mở được"):
        render(tmp_path, "party", DraftKind.plan, template_dir=folder)


def test_failed_render_keeps_previous_output(tmp_path):
    out = render(tmp_path, "party", DraftKind.plan)
    before = out.read_bytes()
    folder = _template(tmp_path, "party_plan.docx", [("{{ nothing.here }}", False)])
    with pytest.raises(TemplateError):
        render(tmp_path, "party", DraftKind.plan, template_dir=folder)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["party_plan.docx"]


# -- PDF and PNG through LibreOffice ------------------------------------------------------------


def test_pdf_and_png_rendering(tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office or not shutil.which("pdftoppm"):
        pytest.skip("LibreOffice or pdftoppm is not installed")
    docs = [render(tmp_path, "party", k) for k in DraftKind]
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for doc in docs:
        pdf = doc.with_suffix(".pdf")
        assert pdf.is_file()
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(doc.with_suffix("")),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        assert list(tmp_path.glob(f"{doc.stem}*.png"))
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"],
                check=True,
                capture_output=True,
                timeout=60,
            ).stdout.decode("utf-8")
            for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY PHƯỜNG NGỌC LÂM", "Nguyễn Văn An"):
                assert expected in text


# -- command functions ---------------------------------------------------------------------------


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command("init")(init_command)
    app.command("draft")(draft_command)
    return app


def test_init_and_draft_commands(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    assert (tmp_path / "vanban.toml").is_file()
    again = runner.invoke(cli, ["init"])
    assert again.exit_code == 1 and "--force" in again.output
    assert runner.invoke(cli, ["init", "--force"]).exit_code == 0
    record = tmp_path / "ct.json"
    record.write_text(make_directive().model_dump_json(), encoding="utf-8")
    news = tmp_path / "tin.json"
    news.write_text(make_news().model_dump_json(), encoding="utf-8")
    out = tmp_path / "bc.docx"
    result = runner.invoke(
        cli, ["draft", str(record), "--kind", "report", "-o", str(out), "-l", str(news)]
    )
    assert result.exit_code == 0, result.output
    joined = "\n".join(texts(Document(str(out))))
    assert "12.500 người" in joined and "[CẦN ĐIỀN]" in joined
    assert "Cấu hình còn thiếu" in result.output
    checklist = tmp_path / "checklist.json"
    checklist.write_text(
        "[" + ",".join(i.model_dump_json() for i in make_items()) + "]", encoding="utf-8"
    )
    result = runner.invoke(cli, ["draft", str(record), "--checklist", str(checklist)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "outputs/drafts/06-CT-TU_ke-hoach.docx").is_file()
    bad = runner.invoke(cli, ["draft", str(tmp_path / "missing.json")])
    assert bad.exit_code == 1 and "Lỗi" in bad.output


# -- a real directive from the development corpus -----------------------------------------------


def test_real_resolution_without_number(tmp_path, shared: Path):
    """The Ngọc Lâm resolution (gold tasks, no number, no deadlines) drafts cleanly."""
    import json

    dev = shared / "corpus/dev"
    gold = json.loads((dev / "ngoc_lam_nq_covid.gold.json").read_text(encoding="utf-8"))
    text = (dev / "ngoc_lam_nq_covid.txt").read_text(encoding="utf-8")
    record = DocumentRecord(
        source_path="ngoc_lam_nq_covid.txt",
        content_hash="d" * 64,
        doc_type="NQ",
        issuer=Body(name=gold["document"]["issuer"], surface="Đảng ủy phường"),
        subject=gold["document"]["subject"],
        tasks=[
            Task(label=t["label"], text=t["text"], span=_span(), responsible=t["responsible"])
            for t in gold["tasks"]
        ],
        text=text,
    )
    news_text = (dev / "giang_bien_hop_bcd_covid.txt").read_text(encoding="utf-8")
    news = DocumentRecord(
        source_path="giang_bien.txt", content_hash="e" * 64, kind=DocumentKind.news, text=news_text
    )
    config = make_config("party").model_copy(
        update={"body_name": "Chi bộ Tổ dân phố số 1", "superior": "Đảng bộ phường Ngọc Lâm"}
    )
    items = items_from_tasks(record, TODAY)
    joined = {}
    for kind in DraftKind:
        out = render_draft(
            kind, record, items, config, tmp_path / f"{kind}.docx", [news], today=TODAY
        )
        joined[kind] = "\n".join(texts(Document(str(out))))
        assert "Nghị quyết [số, ký hiệu]" in joined[kind]
        assert "về tăng cường sự lãnh đạo trong công tác phòng, chống dịch Covid-19" in joined[kind]
    assert "7.532 người dân" in joined[DraftKind.report]
    assert "11.769 mũi tiêm" in joined[DraftKind.report]
    plan = Document(str(tmp_path / "plan.docx"))
    assert len(plan.tables[-1].rows) == 1 + len(gold["tasks"])
    assert "- Đơn vị chủ trì: Ủy ban nhân dân phường." in texts(plan)
