"""Build the .docx draft templates (Party and State; plan, report, letter) with python-docx.

Run `python -m pipeline.render.make_templates` to regenerate `pipeline/render/templates/`.
The templates hold docxtpl/Jinja tags ({{ ... }}, {%p ... %}, {%tr ... %}) and named
paragraph styles ("VB Nội dung", "VB Đề mục", ...), so a secretary can change wording and
formatting in Word. Text in square brackets is a place the secretary must write; it is
highlighted in yellow here and again after rendering.
"""

from __future__ import annotations

import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from pipeline.render.docx_format import (
    add_page_number,
    force_font,
    highlight_all_placeholders,
    keep_row_together,
    paragraph_rule,
    remove_table_borders,
    set_cell_margins,
    set_column_widths,
    set_language,
    set_page,
    set_table_grid_borders,
)

TEMPLATE_DIR = Path(__file__).parent / "templates"

Part = str | tuple[str, str]
"""A run: plain text, or (text, flags) with flags among b (bold), i (italic), u (underline)."""


@dataclass(frozen=True)
class Spec:
    """Type sizes and wording that differ between Party (HD 36) and State (NĐ 30) documents."""

    kind: str
    header_size: float
    title_size: float
    first_line_mm: float
    recipients_title_size: float
    recipients_item_size: float
    header_widths: tuple[float, float]
    signature_widths: tuple[float, float]


PARTY = Spec("party", 14, 16, 10, 14, 12, (85, 80), (80, 85))
STATE = Spec("state", 13, 14, 12.7, 12, 11, (62, 103), (80, 85))

S_HEADER = "VB Đầu văn bản"
S_TITLE = "VB Tên loại"
S_SUBJECT = "VB Trích yếu"
S_BODY = "VB Nội dung"
S_HEADING = "VB Đề mục"
S_SUBHEADING = "VB Tiểu mục"
S_RECIPIENTS = "VB Nơi nhận"
S_SIGNATURE = "VB Chữ ký"
S_TABLE = "VB Bảng"
S_TABLE_HEAD = "VB Bảng tiêu đề"
S_CONTROL = "VB Lệnh mẫu"
S_RULE = "VB Đường kẻ"


class Builder:
    """Accumulates one template document."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.doc: DocxDocument = Document()
        set_page(self.doc)
        self._styles()
        self._page_numbers()

    # -- styles and page -------------------------------------------------------------------
    def _styles(self) -> None:
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        force_font(rpr)
        set_language(rpr)
        normal = styles["Normal"]
        normal.font.name = "Times New Roman"
        force_font(normal.element.get_or_add_rPr())
        normal.font.size = Pt(14)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        for rfonts in list(styles.element.iter(qn("w:rFonts"))):
            force_font(rfonts.getparent())

        def add(
            name: str,
            size: float,
            align: WD_ALIGN_PARAGRAPH,
            bold: bool = False,
            before: float = 0,
            after: float = 0,
            first_line_mm: float = 0,
            exact_line: float | None = None,
            keep_with_next: bool = False,
        ) -> None:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.style_id = _ascii_id(name)
            style.base_style = normal
            style.quick_style = True
            style.font.size = Pt(size)
            style.font.bold = bold
            force_font(style.element.get_or_add_rPr())
            fmt = style.paragraph_format
            fmt.alignment = align
            fmt.space_before = Pt(before)
            fmt.space_after = Pt(after)
            fmt.first_line_indent = Mm(first_line_mm) if first_line_mm else None
            fmt.keep_with_next = keep_with_next or None
            if exact_line:
                fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                fmt.line_spacing = Pt(exact_line)
            else:
                fmt.line_spacing = 1.0

        sp = self.spec
        center, left, justify = (
            WD_ALIGN_PARAGRAPH.CENTER,
            WD_ALIGN_PARAGRAPH.LEFT,
            WD_ALIGN_PARAGRAPH.JUSTIFY,
        )
        add(S_HEADER, sp.header_size, center)
        add(S_TITLE, sp.title_size, center, bold=True, before=18)
        add(S_SUBJECT, 14, center, bold=True)
        add(S_BODY, 14, justify, before=6, after=6, first_line_mm=sp.first_line_mm, exact_line=18)
        for name in (S_HEADING, S_SUBHEADING):
            add(
                name,
                14,
                justify,
                bold=True,
                before=6,
                after=6,
                first_line_mm=sp.first_line_mm,
                exact_line=18,
                keep_with_next=True,
            )
        add(S_RECIPIENTS, sp.recipients_item_size, left)
        add(S_SIGNATURE, 14, center, bold=True)
        add(S_TABLE, 13, left, before=2, after=2)
        add(S_TABLE_HEAD, 13, center, bold=True, before=2, after=2)
        add(S_CONTROL, 10, left)
        add(S_RULE, 2, center)

    def _page_numbers(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        par = section.header.paragraphs[0]
        par.style = self.doc.styles[S_HEADER]
        add_page_number(par, self.spec.header_size)

    # -- paragraphs ------------------------------------------------------------------------
    def p(
        self,
        style: str,
        *parts: Part,
        into: _Cell | None = None,
        size: float | None = None,
        align: WD_ALIGN_PARAGRAPH | None = None,
    ) -> Paragraph:
        """Add a paragraph of runs to the body or to a table cell."""
        if into is not None and _is_blank_first(into):
            par = into.paragraphs[0]
        else:
            par = (into if into is not None else self.doc).add_paragraph()
        par.style = self.doc.styles[style]
        if align is not None:
            par.alignment = align
        for part in parts:
            text, flags = (part, "") if isinstance(part, str) else part
            run = par.add_run(text)
            if "b" in flags:
                run.bold = True
            if "n" in flags:
                run.bold = False
            if "i" in flags:
                run.italic = True
            if "u" in flags:
                run.underline = True
            if size is not None:
                run.font.size = Pt(size)
        return par

    def control(self, tag: str, into: _Cell | None = None) -> Paragraph:
        """A paragraph holding only a docxtpl paragraph tag ({%p ... %}); it is removed."""
        return self.p(S_CONTROL, tag, into=into)

    def body(self, *parts: Part) -> Paragraph:
        """A body paragraph (justified, first-line indent)."""
        return self.p(S_BODY, *parts)

    # -- blocks ----------------------------------------------------------------------------
    def header(self, number: str, letter: bool) -> None:
        """Two-column header: issuer and number on the left, motto and date on the right."""
        sp = self.spec
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        remove_table_borders(table)
        set_cell_margins(table)
        set_column_widths(table, list(sp.header_widths))
        left, right = table.rows[0].cells
        date_line = "{{ body.place }}, ngày      tháng {{ date.month }} năm {{ date.year }}"
        if sp.kind == "party":
            self.p(S_HEADER, "{{ body.superior_upper }}", into=left)
            self.p(S_HEADER, ("{{ body.name_upper }}", "b"), into=left)
            self.p(S_HEADER, "*", into=left)
            self.p(S_HEADER, number, into=left)
            if letter:
                self.p(S_HEADER, ("V/v {{ letter.subject }}", "i"), into=left, size=12)
            self.p(S_HEADER, ("ĐẢNG CỘNG SẢN VIỆT NAM", "bu"), into=right, size=15)
            self.p(S_HEADER, "", into=right)
            self.p(S_HEADER, (date_line, "i"), into=right, size=14)
        else:
            self.p(S_HEADER, "{{ body.superior_upper }}", into=left)
            self.p(S_HEADER, ("{{ body.name_upper }}", "b"), into=left)
            self.rule(20, into=left)
            num = self.p(S_HEADER, number, into=left)
            num.paragraph_format.space_before = Pt(6)
            if letter:
                vv = self.p(S_HEADER, "V/v {{ letter.subject }}", into=left, size=12)
                vv.paragraph_format.space_before = Pt(6)
            self.p(S_HEADER, ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), into=right, size=13)
            self.p(S_HEADER, ("Độc lập - Tự do - Hạnh phúc", "b"), into=right, size=14)
            self.rule(20, into=right)
            date = self.p(S_HEADER, (date_line, "i"), into=right, size=14)
            date.paragraph_format.space_before = Pt(6)

    def rule(self, indent_mm: float, into: _Cell | None = None) -> Paragraph:
        """A short solid rule, centred by equal left and right indents."""
        par = self.p(S_RULE, into=into)
        par.paragraph_format.left_indent = Mm(indent_mm)
        par.paragraph_format.right_indent = Mm(indent_mm)
        paragraph_rule(par)
        return par

    def title(self, type_name: str, subject: str) -> None:
        """Type name, subject and the short rule under them."""
        self.p(S_TITLE, type_name)
        self.p(S_SUBJECT, subject)
        if self.spec.kind == "party":
            self.p(S_SUBJECT, ("-----", "n"))
        else:
            self.rule(62)
        self.p(S_SUBJECT, "")

    def signature(self, recipients_first: str | None = None) -> None:
        """Nơi nhận on the left, the signature block with the configured signer on the right."""
        sp = self.spec
        for par in self.doc.paragraphs[-2:]:
            par.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        remove_table_borders(table)
        set_cell_margins(table)
        set_column_widths(table, list(sp.signature_widths))
        keep_row_together(table)
        left, right = table.rows[0].cells
        flags = "u" if sp.kind == "party" else "bi"
        self.p(S_RECIPIENTS, ("Nơi nhận:", flags), into=left, size=sp.recipients_title_size)
        if recipients_first:
            self.p(S_RECIPIENTS, f"- {recipients_first};", into=left)
        self.control("{%p for r in recipients %}", into=left)
        self.p(S_RECIPIENTS, "- {{ r }};", into=left)
        self.control("{%p endfor %}", into=left)
        self.p(S_RECIPIENTS, "- {{ archive }}.", into=left)
        self.p(S_SIGNATURE, "{{ signer.authority }}", into=right)
        title_flags = "n" if sp.kind == "party" else "b"
        self.p(S_SIGNATURE, ("{{ signer.title_upper }}", title_flags), into=right)
        for _ in range(4):
            self.p(S_SIGNATURE, "", into=right)
        self.p(S_SIGNATURE, "{{ signer.name }}", into=right)

    def page_break(self) -> None:
        """Start a new page (for the appendix)."""
        par = self.doc.add_paragraph()
        par.style = self.doc.styles[S_CONTROL]
        par.add_run().add_break(WD_BREAK.PAGE)

    def data_table(
        self,
        heads: list[str],
        cells: list[str],
        widths: list[float],
        loop: str,
    ) -> None:
        """A bordered table: header row, then one row per item of `loop` ({%tr %} rows)."""
        table = self.doc.add_table(rows=4, cols=len(heads))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_grid_borders(table)
        set_column_widths(table, widths)
        for cell, head in zip(table.rows[0].cells, heads, strict=True):
            self.p(S_TABLE_HEAD, head, into=cell)
        self.p(S_TABLE, f"{{%tr for {loop} %}}", into=table.rows[1].cells[0])
        for i, (cell, text) in enumerate(zip(table.rows[2].cells, cells, strict=True)):
            self.p(S_TABLE, text, into=cell, align=WD_ALIGN_PARAGRAPH.CENTER if i == 0 else None)
        self.p(S_TABLE, "{%tr endfor %}", into=table.rows[3].cells[0])
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = tr_pr.makeelement(qn("w:tblHeader"), {})
        tr_pr.append(header)

    def save(self, path: Path, title: str) -> None:
        """Highlight placeholders, preserve spaces, fix metadata and write reproducibly."""
        highlight_all_placeholders(self.doc)
        for t in self.doc.element.body.iter(qn("w:t")):
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        props = self.doc.core_properties
        props.title = title
        props.author = "vanban"
        props.last_modified_by = "vanban"
        props.comments = "Mẫu dự thảo do vanban tạo; có thể sửa trong Word."
        props.revision = 1
        props.created = props.modified = _EPOCH
        props.last_printed = _EPOCH
        self.doc.save(path)
        _normalise_zip(path)


_EPOCH = datetime(2024, 1, 1)


def _ascii_id(name: str) -> str:
    """'VBNoiDung' from 'VB Nội dung': style ids stay ASCII, as Word writes them."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if ch.isascii())
    return "".join(word[:1].upper() + word[1:] for word in plain.split() if word.isalnum())


def _is_blank_first(cell: _Cell) -> bool:
    """True while a new cell still holds only the empty paragraph python-docx gives it."""
    pars = cell.paragraphs
    return len(pars) == 1 and not pars[0].runs and pars[0].style.name == "Normal"


def _normalise_zip(path: Path) -> None:
    """Rewrite the .docx with fixed timestamps so regenerating gives identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    tmp.replace(path)


# -- the three kinds ---------------------------------------------------------------------------


def _number(spec: Spec, type_code: str | None) -> str:
    """The number line with the number left blank for the clerk."""
    if spec.kind == "party":
        return f"Số    -{type_code or 'CV'}/{{{{ body.code }}}}"
    if type_code:
        return f"Số:    /{type_code}-{{{{ body.code }}}}"
    return "Số:    /{{ body.code }}"


def build_plan(spec: Spec) -> Builder:
    """Kế hoạch thực hiện: I. Mục đích, yêu cầu; II. Nội dung, nhiệm vụ; III. Tổ chức thực hiện."""
    b = Builder(spec)
    b.header(_number(spec, "KH"), letter=False)
    lead = "thực hiện" if spec.kind == "party" else "Thực hiện"
    b.title("KẾ HOẠCH", f"{lead} {{{{ directive.ref }}}}")
    b.body(
        "Thực hiện {{ directive.ref }}; căn cứ tình hình thực tế, {{ body.name }} xây dựng "
        "Kế hoạch thực hiện như sau:"
    )
    b.p(S_HEADING, "I. MỤC ĐÍCH, YÊU CẦU")
    b.p(S_SUBHEADING, "1. Mục đích")
    b.body(
        "- Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả {{ directive.label }} "
        "đến cán bộ, đảng viên và Nhân dân trên địa bàn {{ body.locality }}."
    )
    b.body(
        "- Cụ thể hóa các nhiệm vụ của cấp trên phù hợp với tình hình thực tế của địa phương; "
        "xác định rõ đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành."
    )
    b.body("- [Đồng chí bổ sung mục đích cụ thể của địa phương (nếu có)]")
    b.p(S_SUBHEADING, "2. Yêu cầu")
    b.body(
        "- Các đơn vị được giao nhiệm vụ chủ động xây dựng kế hoạch, tổ chức thực hiện nghiêm "
        "túc, đúng tiến độ; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."
    )
    b.body(
        "- Thường xuyên kiểm tra, đôn đốc; kịp thời báo cáo khó khăn, vướng mắc để được chỉ "
        "đạo, giải quyết."
    )
    b.p(S_HEADING, "II. NỘI DUNG, NHIỆM VỤ")
    b.body("[Đồng chí rà soát, cụ thể hóa từng nhiệm vụ dưới đây cho phù hợp với địa phương]")
    b.control("{%p for t in tasks %}")
    b.body(("{{ t.no }}. ", "b"), "{{ t.text }}")
    b.body(
        "- Đơn vị chủ trì: {{ t.lead }}{% if t.support %}; phối hợp: {{ t.support }}{% endif %}."
    )
    b.body("- Thời gian thực hiện: {{ t.when }}.")
    b.control("{%p endfor %}")
    b.p(S_HEADING, "III. TỔ CHỨC THỰC HIỆN")
    b.control("{%p for u in assignments %}")
    b.body(("{{ loop.index }}. {{ u.unit }}", "b"), ": {{ u.duty }}")
    b.control("{%p endfor %}")
    if spec.kind == "party":
        b.body(
            ("{{ assignments|length + 1 }}. Các chi bộ trực thuộc", "b"),
            "{% if chi_bo %} ({{ chi_bo }}){% endif %}: tổ chức quán triệt Kế hoạch này đến "
            "toàn thể đảng viên; phân công nhiệm vụ cụ thể cho từng đảng viên"
            "{% if chi_bo_tasks %}; chủ trì thực hiện nhiệm vụ số {{ chi_bo_tasks }}{% endif %}"
            "; định kỳ báo cáo kết quả về Đảng ủy (qua {{ body.office }}).",
        )
    else:
        b.body(
            ("{{ assignments|length + 1 }}. Các ban, ngành, đoàn thể", "b"),
            ": căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể"
            "{% if chi_bo_tasks %}; chủ trì thực hiện nhiệm vụ số {{ chi_bo_tasks }}{% endif %}"
            "; định kỳ báo cáo kết quả về Ủy ban nhân dân (qua {{ body.office }}).",
        )
    b.body(
        ("{{ assignments|length + 2 }}. {{ body.office }}", "b"),
        ": theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu "
        "báo cáo {{ directive.issuer }} theo quy định.",
    )
    b.body(("Chế độ báo cáo: ", "i"), "{{ reporting }}")
    b.body(
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời "
        "báo cáo Thường trực {{ body.short }} để được chỉ đạo, giải quyết./."
    )
    b.p(S_BODY, "")
    b.signature()
    b.page_break()
    b.p(S_TITLE, "PHỤ LỤC")
    b.p(S_SUBJECT, "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ")
    appendix_ref = _number(spec, "KH").replace("Số    -", "số    -").replace("Số:", "số")
    b.p(
        S_HEADER,
        (
            f"(Kèm theo Kế hoạch {appendix_ref}, ngày      tháng {{{{ date.month }}}} năm "
            "{{ date.year }} của {{ body.name }})",
            "i",
        ),
        size=14,
    )
    b.p(S_HEADER, "")
    b.data_table(
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["{{ t.no }}", "{{ t.text }}", "{{ t.lead }}", "{{ t.support }}", "{{ t.when }}"],
        [10, 72, 30, 28, 25],
        "t in tasks",
    )
    return b


def build_report(spec: Spec) -> Builder:
    """Báo cáo kết quả thực hiện: sections I to V of REFERENCE.md §10.2."""
    b = Builder(spec)
    b.header(_number(spec, "BC"), letter=False)
    lead = "kết quả" if spec.kind == "party" else "Kết quả"
    b.title("BÁO CÁO", f"{lead} thực hiện {{{{ directive.ref }}}}")
    b.body("Thực hiện {{ directive.ref }}, {{ body.name }} báo cáo kết quả thực hiện như sau:")
    b.p(S_HEADING, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    b.body("[Đồng chí ghi việc quán triệt, ban hành văn bản cụ thể hóa, công tác tuyên truyền]")
    b.control("{%p if linked_docs %}")
    b.body("Các văn bản, tin bài liên quan đã được ghi nhận:")
    b.control("{%p for d in linked_docs %}")
    b.body("- {{ d.label }}{{ d.about }}.")
    b.control("{%p endfor %}")
    b.control("{%p endif %}")
    b.p(S_HEADING, "II. KẾT QUẢ THỰC HIỆN")
    b.body("{{ summary }}")
    b.control("{%p for t in tasks %}")
    b.p(S_SUBHEADING, "{{ t.no }}. {{ t.text }}")
    b.body(
        "- Tình hình thực hiện: {{ t.status }}{% if t.note %} ({{ t.note }}){% endif %}; "
        "thời hạn: {{ t.when }}."
    )
    b.control("{%p for e in t.evidence %}")
    b.body("- Theo {{ e.source }}: ", ("“{{ e.quote }}”", "i"), ".")
    b.control("{%p endfor %}")
    b.control("{%p if t.figures %}")
    b.body("- Số liệu: {{ t.figures }}.")
    b.control("{%p endif %}")
    b.body("- Kết quả: [Đồng chí ghi kết quả thực hiện, đối chiếu với yêu cầu của nhiệm vụ]")
    b.control("{%p endfor %}")
    b.control("{%p if figures %}")
    b.p(S_SUBHEADING, "Số liệu từ các văn bản, tin bài liên quan")
    b.data_table(
        ["TT", "Lĩnh vực", "Số liệu", "Trích dẫn", "Nguồn"],
        ["{{ f.no }}", "{{ f.area }}", "{{ f.numbers }}", "{{ f.quote }}", "{{ f.source }}"],
        [10, 28, 30, 64, 33],
        "f in figures",
    )
    b.control("{%p endif %}")
    b.body("[Đồng chí kiểm tra số liệu, so sánh với chỉ tiêu được giao]")
    b.p(S_HEADING, "III. ĐÁNH GIÁ CHUNG")
    b.p(S_SUBHEADING, "1. Ưu điểm")
    b.body("[Đồng chí ghi ưu điểm]")
    b.p(S_SUBHEADING, "2. Hạn chế, khuyết điểm")
    b.control("{%p for t in overdue %}")
    b.body("- Nhiệm vụ {{ t.no }} chưa hoàn thành đúng hạn ({{ t.when }}): {{ t.short }}")
    b.control("{%p endfor %}")
    b.body("[Đồng chí ghi hạn chế, khuyết điểm]")
    b.p(S_SUBHEADING, "3. Nguyên nhân")
    b.body("- Nguyên nhân khách quan: [Đồng chí ghi nguyên nhân khách quan]")
    b.body("- Nguyên nhân chủ quan: [Đồng chí ghi nguyên nhân chủ quan]")
    b.p(S_SUBHEADING, "4. Bài học kinh nghiệm")
    b.body("[Đồng chí ghi bài học kinh nghiệm]")
    b.p(S_HEADING, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
    b.control("{%p for t in open_tasks %}")
    b.body("- Tiếp tục thực hiện nhiệm vụ {{ t.no }}: {{ t.short }}")
    b.control("{%p endfor %}")
    b.body("[Đồng chí bổ sung nhiệm vụ trọng tâm thời gian tới]")
    b.p(S_HEADING, "V. ĐỀ XUẤT, KIẾN NGHỊ")
    b.body("[Đồng chí ghi đề xuất, kiến nghị với cấp trên (nếu có)]")
    b.body(
        "Trên đây là báo cáo kết quả thực hiện {{ directive.label }} của {{ body.name }}, "
        "kính báo cáo {{ directive.issuer }}./."
    )
    b.p(S_BODY, "")
    b.signature()
    return b


def build_letter(spec: Spec) -> Builder:
    """Công văn acknowledging or answering a directive that asks for a response."""
    b = Builder(spec)
    b.header(_number(spec, "CV" if spec.kind == "party" else None), letter=True)
    b.p(S_SUBJECT, "")
    to_flags = "i" if spec.kind == "party" else ""
    b.p(S_HEADER, ("Kính gửi: ", to_flags), "{{ letter.to }}.", size=14)
    b.p(S_HEADER, "")
    b.body(
        "Ngày [Đồng chí ghi ngày nhận văn bản], {{ body.name }} nhận được {{ directive.ref }}. "
        "{{ body.name }} đã [Đồng chí ghi việc quán triệt, triển khai thực hiện]."
    )
    b.body("Theo yêu cầu của văn bản, {{ body.name }} báo cáo như sau:")
    b.control("{%p for r in responses %}")
    b.p(S_SUBHEADING, "{{ r.no }}. Về {{ r.topic }}")
    b.control("{%p if r.request %}")
    b.body("- Yêu cầu: {{ r.request }}")
    b.control("{%p endif %}")
    b.body("- Tình hình thực hiện: {{ r.status }}.")
    b.body("- Nội dung trả lời: [Đồng chí ghi nội dung báo cáo, trả lời]")
    b.control("{%p endfor %}")
    b.body("[Đồng chí ghi đề xuất, kiến nghị (nếu có)]")
    b.body("{{ body.name }} trân trọng báo cáo./.")
    b.p(S_BODY, "")
    b.signature(recipients_first="Như trên")
    return b


BUILDERS = {"plan": build_plan, "report": build_report, "letter": build_letter}
TITLES = {
    "plan": "Mẫu Kế hoạch thực hiện",
    "report": "Mẫu Báo cáo kết quả thực hiện",
    "letter": "Mẫu Công văn trả lời",
}


def build_all(out_dir: Path = TEMPLATE_DIR) -> list[Path]:
    """Write the six templates `{party,state}_{plan,report,letter}.docx` into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in (PARTY, STATE):
        for kind, build in BUILDERS.items():
            path = out_dir / f"{spec.kind}_{kind}.docx"
            build(spec).save(path, TITLES[kind])
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: optional output directory."""
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else TEMPLATE_DIR
    for path in build_all(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
