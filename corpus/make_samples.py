"""Generate the two binary samples of the corpus chain (see corpus/README.md).

    python corpus/make_samples.py

writes

* ``corpus/samples/03_ke_hoach_quan_uy.docx`` - Kế hoạch số 58-KH/QU of Ban Thường vụ
  Quận ủy Hồng Hà (Party format, header and signature as two-column borderless tables,
  Times New Roman), built with python-docx;
* ``corpus/samples/05_ke_hoach_ubnd_phuong.pdf`` - Kế hoạch số 112/KH-UBND of UBND phường
  Bình Minh (State format), a PDF with a real text layer built with fpdf2 and the DejaVu
  TrueType fonts, so Vietnamese glyphs embed with a ToUnicode map; three pages with a page
  number at the bottom of every page (page furniture).

This script is the committed source of those two documents: the text lives here.
Output is deterministic (fixed metadata dates, fixed zip timestamps), so re-running it
yields the same bytes with the same library versions (python-docx 1.x, fpdf2 2.8.x).
Everything in the documents is invented: Quận Hồng Hà and phường Bình Minh do not exist.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ICT = timezone(timedelta(hours=7))

# --------------------------------------------------------------------------------------
# 03 - Kế hoạch số 58-KH/QU (Party, .docx)
# --------------------------------------------------------------------------------------
# Block kinds: "para" (justified body paragraph, first-line indent), "head" (bold section
# heading, e.g. "I. MỤC ĐÍCH, YÊU CẦU"), "sub" (bold-italic sub-heading "1. Mục đích").

KH_QU = {
    "superior": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
    "issuer": "QUẬN ỦY HỒNG HÀ",
    "number": "Số 58-KH/QU",
    "motto": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "place_date": "Hồng Hà, ngày 29 tháng 9 năm 2021",
    "type": "KẾ HOẠCH",
    "subject": [
        "thực hiện Chỉ thị số 14-CT/TU ngày 20/9/2021",
        "của Ban Thường vụ Thành ủy về đẩy mạnh chuyển đổi số ở cấp xã,",
        "phường, thị trấn trên địa bàn Thành phố giai đoạn 2021 - 2025",
    ],
    "body": [
        (
            "para",
            "Thực hiện Chỉ thị số 14-CT/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy Hà Nội "
            "về đẩy mạnh chuyển đổi số ở cấp xã, phường, thị trấn trên địa bàn Thành phố "
            "giai đoạn 2021 - 2025 (sau đây gọi tắt là Chỉ thị số 14-CT/TU) và Kế hoạch số "
            "231/KH-UBND ngày 27/9/2021 của Ủy ban nhân dân Thành phố về thực hiện Chỉ thị "
            "số 14-CT/TU, Ban Thường vụ Quận ủy Hồng Hà xây dựng Kế hoạch thực hiện như sau:",
        ),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("sub", "1. Mục đích"),
        (
            "para",
            "- Quán triệt sâu sắc nội dung Chỉ thị số 14-CT/TU đến cán bộ, đảng viên và "
            "Nhân dân; tạo sự thống nhất cao trong nhận thức và hành động của cả hệ thống "
            "chính trị quận về chuyển đổi số.",
        ),
        (
            "para",
            "- Xác định rõ nhiệm vụ, lộ trình và trách nhiệm của từng cơ quan, đơn vị, "
            "cấp ủy cơ sở trong tổ chức thực hiện.",
        ),
        ("sub", "2. Yêu cầu"),
        (
            "para",
            "- Triển khai nghiêm túc, đồng bộ, sát với tình hình thực tế của từng phường; "
            "gắn trách nhiệm của người đứng đầu cấp ủy, chính quyền với kết quả thực hiện.",
        ),
        (
            "para",
            "- Phấn đấu đến hết năm 2022, 12/12 phường trên địa bàn quận hoàn thành các "
            "chỉ tiêu về chuyển đổi số theo Chỉ thị nêu trên.",
        ),
        ("head", "II. NHIỆM VỤ TRỌNG TÂM"),
        (
            "para",
            "1. Tổ chức quán triệt, tuyên truyền sâu rộng nội dung Chỉ thị nêu trên đến "
            "toàn thể cán bộ, đảng viên và Nhân dân bằng hình thức phù hợp; hoàn thành việc "
            "quán triệt trước ngày 15/10/2021.",
        ),
        ("para", "2. Lãnh đạo triển khai đồng bộ các nội dung chuyển đổi số ở 12 phường:"),
        (
            "para",
            "a) Đẩy mạnh tiếp nhận, giải quyết thủ tục hành chính trực tuyến mức độ 3, 4 "
            "tại Bộ phận Tiếp nhận và trả kết quả các phường; phấn đấu đến hết năm 2021 đạt "
            "tối thiểu 30% hồ sơ được tiếp nhận trực tuyến.",
        ),
        (
            "para",
            "b) Hoàn thành việc thu thập, cập nhật, làm sạch dữ liệu dân cư trên địa bàn "
            "quận trước ngày 15/12/2021.",
        ),
        (
            "para",
            "c) Thành lập Tổ hỗ trợ chuyển đổi số cộng đồng tại 100% tổ dân phố, hoàn thành "
            "trước ngày 31/10/2021.",
        ),
        (
            "para",
            "3. Xây dựng mô hình điểm \u201cPhường chuyển đổi số\u201d tại phường Bình Minh; "
            "tổ chức rút kinh nghiệm, nhân rộng ra các phường trong năm 2022.",
        ),
        ("head", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "para",
            "1. Ban Tuyên giáo Quận ủy chủ trì, phối hợp với Trung tâm Chính trị quận hướng "
            "dẫn việc quán triệt Chỉ thị số 14-CT/TU; định hướng công tác tuyên truyền trên "
            "Cổng thông tin điện tử và hệ thống truyền thanh của quận.",
        ),
        ("para", "2. Ủy ban nhân dân quận:"),
        (
            "para",
            "a) Ban hành kế hoạch thực hiện Kế hoạch số 231/KH-UBND của Ủy ban nhân dân "
            "Thành phố, hoàn thành trước ngày 10/10/2021.",
        ),
        (
            "para",
            "b) Chỉ đạo Phòng Văn hóa và Thông tin quận hướng dẫn, hỗ trợ các phường về hạ "
            "tầng, nhân lực công nghệ thông tin; bố trí kinh phí thực hiện trong dự toán "
            "ngân sách năm 2022.",
        ),
        (
            "para",
            "c) Chỉ đạo Công an quận hướng dẫn Công an các phường hoàn thành việc làm sạch "
            "dữ liệu dân cư theo đúng tiến độ.",
        ),
        (
            "para",
            "3. Ban Dân vận Quận ủy, Ủy ban Mặt trận Tổ quốc Việt Nam quận và các đoàn thể "
            "chính trị - xã hội quận tuyên truyền, vận động đoàn viên, hội viên và Nhân dân "
            "tích cực tham gia chuyển đổi số; gắn với cuộc vận động \u201cToàn dân đoàn kết "
            "xây dựng nông thôn mới, đô thị văn minh\u201d.",
        ),
        (
            "para",
            "4. Đảng ủy các phường ban hành nghị quyết chuyên đề hoặc kế hoạch thực hiện "
            "Chỉ thị, hoàn thành trước ngày 10/10/2021; chỉ đạo các chi bộ trực thuộc phân "
            "công đảng viên gương mẫu, đi đầu trong chuyển đổi số; hằng quý báo cáo kết quả "
            "về Ban Thường vụ Quận ủy (qua Văn phòng Quận ủy).",
        ),
        (
            "para",
            "5. Văn phòng Quận ủy chủ trì, phối hợp với Ban Tuyên giáo Quận ủy theo dõi, "
            "đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu Ban Thường vụ Quận ủy "
            "báo cáo Ban Thường vụ Thành ủy trước ngày 20/12/2021.",
        ),
        ("para", "Kế hoạch này được phổ biến đến chi bộ."),
    ],
    "recipients": [
        "- Thường trực Thành ủy (để báo cáo);",
        "- Ban Tuyên giáo Thành ủy;",
        "- Văn phòng Thành ủy;",
        "- Các đồng chí Quận ủy viên;",
        "- Các ban xây dựng Đảng Quận ủy;",
        "- UBND quận, UBMTTQ, các đoàn thể quận;",
        "- Các đảng ủy, chi bộ trực thuộc Quận ủy;",
        "- Lưu Văn phòng Quận ủy.",
    ],
    "authority": "T/M BAN THƯỜNG VỤ",
    "position": "PHÓ BÍ THƯ",
    "signer": "Vũ Mạnh Cường",
    "created": datetime(2021, 9, 29, 8, 30, 0),
}

# --------------------------------------------------------------------------------------
# 05 - Kế hoạch số 112/KH-UBND (State, .pdf)
# --------------------------------------------------------------------------------------
# Block kinds: "para" (justified, first-line indent), "basis" (italic căn cứ line),
# "head" (bold section heading), "sub" (bold sub-heading).

KH_PHUONG = {
    "issuer": ["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH MINH"],
    "number": "Số: 112/KH-UBND",
    "motto": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    "place_date": "Bình Minh, ngày 07 tháng 10 năm 2021",
    "type": "KẾ HOẠCH",
    "subject": [
        "Triển khai thực hiện Nghị quyết số 27-NQ/ĐU ngày 04/10/2021",
        "của Đảng ủy phường về lãnh đạo đẩy mạnh chuyển đổi số",
        "trên địa bàn phường Bình Minh giai đoạn 2021 - 2025",
    ],
    "body": [
        (
            "basis",
            "Thực hiện Kế hoạch số 231/KH-UBND ngày 27/9/2021 của UBND Thành phố Hà Nội về "
            "thực hiện Chỉ thị số 14-CT/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy về đẩy "
            "mạnh chuyển đổi số ở cấp xã, phường, thị trấn trên địa bàn Thành phố giai đoạn "
            "2021 - 2025;",
        ),
        (
            "basis",
            "Thực hiện Kế hoạch số 296/KH-UBND ngày 05/10/2021 của UBND quận Hồng Hà về "
            "đẩy mạnh chuyển đổi số trên địa bàn quận Hồng Hà giai đoạn 2021 - 2025;",
        ),
        (
            "basis",
            "Thực hiện Nghị quyết số 27-NQ/ĐU ngày 04/10/2021 của Đảng ủy phường Bình Minh "
            "về lãnh đạo đẩy mạnh chuyển đổi số trên địa bàn phường giai đoạn 2021 - 2025,",
        ),
        ("para", "Ủy ban nhân dân phường Bình Minh xây dựng Kế hoạch thực hiện như sau:"),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("sub", "1. Mục đích"),
        (
            "para",
            "- Cụ thể hóa các nhiệm vụ, giải pháp nêu tại Nghị quyết số 27-NQ/ĐU; phân công "
            "rõ nhiệm vụ cho các bộ phận chuyên môn, công chức phường và tổ dân phố.",
        ),
        (
            "para",
            "- Nâng cao chất lượng phục vụ người dân trên môi trường số; hoàn thành các chỉ "
            "tiêu chuyển đổi số năm 2021 - 2022 của phường.",
        ),
        ("sub", "2. Yêu cầu"),
        (
            "para",
            "- Triển khai kịp thời, đồng bộ, bám sát thực tế địa bàn; phát huy vai trò của "
            "các Tổ hỗ trợ chuyển đổi số cộng đồng.",
        ),
        (
            "para",
            "- Gắn trách nhiệm của người đứng đầu các bộ phận với kết quả thực hiện; thường "
            "xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc.",
        ),
        ("head", "II. NHIỆM VỤ CỤ THỂ"),
        ("sub", "1. Văn phòng - Thống kê phường:"),
        (
            "para",
            "a) Tham mưu UBND phường quyết định thành lập Tổ hỗ trợ chuyển đổi số cộng đồng "
            "tại 18 tổ dân phố, hoàn thành trong 07 ngày kể từ ngày ký Kế hoạch này.",
        ),
        (
            "para",
            "b) Phối hợp với Bộ phận Tiếp nhận và trả kết quả hướng dẫn, hỗ trợ người dân "
            "nộp hồ sơ trực tuyến mức độ 3, 4; thực hiện số hóa hồ sơ, kết quả giải quyết "
            "thủ tục hành chính.",
        ),
        (
            "para",
            "c) Hằng tháng tổng hợp kết quả thực hiện của các bộ phận, báo cáo UBND phường "
            "trước ngày 25.",
        ),
        ("sub", "2. Công an phường:"),
        (
            "para",
            "a) Hoàn thành việc thu thập, cập nhật, làm sạch dữ liệu dân cư trên địa bàn "
            "trước ngày 30/11/2021.",
        ),
        (
            "para",
            "b) Tổ chức cấp thẻ Căn cước công dân gắn chíp lưu động tại nhà cho người cao "
            "tuổi, người khuyết tật, hoàn thành trước ngày 15/11/2021.",
        ),
        (
            "para",
            "3. Trạm Y tế phường hướng dẫn người dân cài đặt, sử dụng ứng dụng sổ sức khỏe "
            "điện tử; cập nhật đầy đủ dữ liệu tiêm chủng vắc xin phòng Covid-19 của người "
            "dân lên hệ thống trước ngày 31/10/2021.",
        ),
        (
            "para",
            "4. Công chức Văn hóa - Xã hội phối hợp với Ban Quản lý chợ Bình Minh vận động "
            "các hộ kinh doanh đăng ký mã thanh toán QR, áp dụng thanh toán không dùng tiền "
            "mặt, hoàn thành trước ngày 15/12/2021.",
        ),
        (
            "para",
            "5. Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch "
            "từ nguồn ngân sách phường năm 2021 và dự toán năm 2022.",
        ),
        ("sub", "6. Tổ trưởng các tổ dân phố:"),
        (
            "para",
            "a) Phối hợp với Tổ hỗ trợ chuyển đổi số cộng đồng lập danh sách hộ gia đình "
            "cần hỗ trợ sử dụng dịch vụ số, hoàn thành trước ngày 15/10/2021.",
        ),
        (
            "para",
            "b) Hằng tháng lồng ghép tuyên truyền về chuyển đổi số trong các buổi họp tổ dân phố.",
        ),
        ("head", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "para",
            "1. Các bộ phận chuyên môn thuộc UBND phường căn cứ nhiệm vụ được giao triển khai "
            "thực hiện nghiêm túc Kế hoạch này; báo cáo kết quả về UBND phường (qua Văn "
            "phòng - Thống kê) trước ngày 15/12/2021.",
        ),
        (
            "para",
            "2. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể chính trị - xã hội "
            "phường phối hợp tuyên truyền, vận động Nhân dân tham gia thực hiện; giám sát "
            "việc thực hiện Kế hoạch.",
        ),
        (
            "para",
            "3. Giao Văn phòng - Thống kê phường theo dõi, đôn đốc việc thực hiện; tham mưu "
            "UBND phường báo cáo kết quả về Đảng ủy phường trước ngày 20/12/2021 và báo cáo "
            "UBND quận theo quy định.",
        ),
        (
            "para",
            "Trên đây là Kế hoạch triển khai thực hiện Nghị quyết số 27-NQ/ĐU của Đảng ủy "
            "phường về lãnh đạo đẩy mạnh chuyển đổi số trên địa bàn phường Bình Minh. Trong "
            "quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận kịp thời báo cáo "
            "UBND phường (qua Văn phòng - Thống kê) để xem xét, giải quyết./.",
        ),
    ],
    "recipients": [
        "- UBND quận Hồng Hà (để báo cáo);",
        "- Thường trực Đảng ủy phường (để báo cáo);",
        "- Thường trực HĐND phường;",
        "- Chủ tịch, các PCT UBND phường;",
        "- UBMTTQ và các đoàn thể phường;",
        "- Công an phường, Trạm Y tế phường;",
        "- Các tổ dân phố;",
        "- Lưu: VT, VP.",
    ],
    "authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
    "position": "PHÓ CHỦ TỊCH",
    "signer": "Ngô Đức Thành",
    "created": datetime(2021, 10, 7, 9, 15, 0, tzinfo=ICT),
}


# --------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------


def _docx_font(run, size: float, bold=False, italic=False, underline=False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Times New Roman")


def _docx_par(
    container,
    text: str,
    size=14,
    bold=False,
    italic=False,
    underline=False,
    align="center",
    indent_cm=0.0,
    before=0,
    after=0,
):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = container.add_paragraph()
    p.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_cm:
        pf.first_line_indent = Cm(indent_cm)
    if text:
        _docx_font(p.add_run(text), size, bold, italic, underline)
    return p


def _borderless_table(doc, widths_cm):
    from docx.shared import Cm

    from pipeline.render.docx_format import remove_table_borders

    table = doc.add_table(rows=1, cols=len(widths_cm))
    table.autofit = False
    remove_table_borders(table)
    for cell, w in zip(table.rows[0].cells, widths_cm, strict=True):
        cell.width = Cm(w)
        # a fresh cell holds one empty paragraph: drop it, paragraphs are added below
        cell._tc.remove(cell.paragraphs[0]._p)
    return table


def _deterministic_zip(data: bytes, stamp: datetime) -> bytes:
    """Re-pack a zip with fixed timestamps and permissions, keeping the entry order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(spec: dict, path: Path) -> None:
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)

    # the document starts with one empty paragraph in python-docx's template: remove it
    body = doc.element.body
    for p in list(body.iterchildren()):
        if p.tag.endswith("}p"):
            body.remove(p)

    # header: two-column borderless table
    head = _borderless_table(doc, [7.0, 9.5])
    left, right = head.rows[0].cells
    _docx_par(left, spec["superior"], 14)
    _docx_par(left, spec["issuer"], 14, bold=True)
    _docx_par(left, "*", 14)
    _docx_par(left, spec["number"], 14)
    _docx_par(right, spec["motto"], 15, bold=True, underline=True)
    _docx_par(right, "", 14)
    _docx_par(right, "", 14)
    _docx_par(right, spec["place_date"], 14, italic=True)

    _docx_par(doc, spec["type"], 16, bold=True, before=18)
    for line in spec["subject"]:
        _docx_par(doc, line, 14, bold=True)
    _docx_par(doc, "-----", 14, after=12)

    for kind, text in spec["body"]:
        if kind == "head":
            _docx_par(doc, text, 14, bold=True, align="justify", indent_cm=1.0, before=6, after=6)
        elif kind == "sub":
            _docx_par(
                doc,
                text,
                14,
                bold=True,
                italic=True,
                align="justify",
                indent_cm=1.0,
                before=6,
                after=6,
            )
        else:
            _docx_par(doc, text, 14, align="justify", indent_cm=1.0, before=6, after=6)

    # Nơi nhận + signature: two-column borderless table
    _docx_par(doc, "", 14)
    foot = _borderless_table(doc, [8.5, 8.0])
    left, right = foot.rows[0].cells
    _docx_par(left, "Nơi nhận:", 14, underline=True, align="left")
    for item in spec["recipients"]:
        _docx_par(left, item, 12, align="left")
    _docx_par(right, spec["authority"], 14, bold=True)
    _docx_par(right, spec["position"], 14)
    for _ in range(3):
        _docx_par(right, "", 14)
    _docx_par(right, spec["signer"], 14, bold=True)

    cp = doc.core_properties
    cp.author = "Văn phòng Quận ủy Hồng Hà"
    cp.last_modified_by = "Văn phòng Quận ủy Hồng Hà"
    cp.title = "Kế hoạch số 58-KH/QU"
    cp.subject = " ".join(spec["subject"])
    cp.comments = "Văn bản mẫu tự soạn (hư cấu) của dự án vanban"
    cp.created = spec["created"]
    cp.modified = spec["created"]
    cp.last_printed = spec["created"]
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue(), spec["created"]))


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------


def build_pdf(spec: dict, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class PlanPDF(FPDF):
        def footer(self):  # page number at the bottom of every page
            self.set_y(-14)
            self.set_font("Serif", "", 11)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = PlanPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(left=30, top=20, right=15)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Serif", "BI", str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_creation_date(spec["created"])
    pdf.set_title("Kế hoạch số 112/KH-UBND")
    pdf.set_author("Ủy ban nhân dân phường Bình Minh")
    pdf.set_subject(" ".join(spec["subject"]))
    pdf.set_creator("corpus/make_samples.py")
    pdf.set_lang("vi")
    pdf.add_page()

    text_w = pdf.w - pdf.l_margin - pdf.r_margin  # 165 mm
    lx, lw = pdf.l_margin - 8, 66  # left header column
    rx, rw = lx + lw, text_w + 8 - lw  # right header column

    def centred(x, w, y, text, style="", size=12):
        pdf.set_font("Serif", style, size)
        pdf.set_xy(x, y)
        pdf.cell(w, 6, text, align="C")

    def rule(x, w, y, frac):
        length = w * frac
        pdf.line(x + (w - length) / 2, y, x + (w + length) / 2, y)

    y0 = pdf.t_margin
    centred(lx, lw, y0, spec["issuer"][0], "B", 11.5)
    centred(rx, rw, y0, spec["motto"][0], "B", 11)
    centred(lx, lw, y0 + 5.5, spec["issuer"][1], "B", 11.5)
    centred(rx, rw, y0 + 5.5, spec["motto"][1], "B", 12)
    pdf.set_line_width(0.3)
    rule(lx, lw, y0 + 12.6, 0.35)
    rule(rx, rw, y0 + 12.6, 0.62)
    centred(lx, lw, y0 + 16, spec["number"], "", 12)
    centred(rx, rw, y0 + 16, spec["place_date"], "I", 12)

    y = y0 + 29
    centred(pdf.l_margin, text_w, y, spec["type"], "B", 13.5)
    y += 7
    for line in spec["subject"]:
        centred(pdf.l_margin, text_w, y, line, "B", 12.5)
        y += 6
    # the subject must fit the text width (a wider line would run off the page)
    pdf.set_font("Serif", "B", 12.5)
    assert all(pdf.get_string_width(line) < text_w for line in spec["subject"])
    rule(pdf.l_margin, text_w, y + 2, 0.25)
    pdf.set_xy(pdf.l_margin, y + 7)

    with pdf.text_columns(text_align="J", line_height=1.45) as cols:
        for kind, text in spec["body"]:
            style = {"basis": "I", "head": "B", "sub": "B"}.get(kind, "")
            pdf.set_font("Serif", style, 12.5)
            with cols.paragraph(first_line_indent=10, bottom_margin=2.2) as par:
                par.write(text)

    # Nơi nhận (left) and signature (right), side by side, kept on one page
    block_h = 6 + 5 * len(spec["recipients"]) + 4
    if pdf.get_y() + block_h > pdf.h - pdf.b_margin:
        pdf.add_page()
    y = pdf.get_y() + 6
    pdf.set_xy(pdf.l_margin, y)
    pdf.set_font("Serif", "BI", 11)
    pdf.cell(80, 5.5, "Nơi nhận:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 10)
    for item in spec["recipients"]:
        pdf.cell(80, 5, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    sx, sw = pdf.l_margin + 80, text_w - 80
    sy = y
    for line in spec["authority"]:
        centred(sx, sw, sy, line, "B", 12)
        sy += 5.8
    centred(sx, sw, sy, spec["position"], "B", 12)
    centred(sx, sw, sy + 24, spec["signer"], "B", 12.5)

    pdf.output(str(path))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / "03_ke_hoach_quan_uy.docx"
    pdf_path = OUT / "05_ke_hoach_ubnd_phuong.pdf"
    build_docx(KH_QU, docx_path)
    build_pdf(KH_PHUONG, pdf_path)
    for p in (docx_path, pdf_path):
        print(f"wrote {p.relative_to(HERE.parent)} ({p.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
