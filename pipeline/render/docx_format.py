"""Formatting helpers shared by the template builder, the draft renderer and the tests.

Geometry and type sizes follow Hướng dẫn 36-HD/VPTW (Party) and Nghị định 30/2020/NĐ-CP
(State), see REFERENCE.md §6 and §7: A4 portrait, margins 20/20/30/15 mm, Times New Roman.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

FONT = "Times New Roman"
PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}

PLACEHOLDER_RE = re.compile(r"\[[^\[\]]*[^\W\d_][^\[\]]*\]")
"""A place where the secretary must write: bracketed text containing at least one letter."""

_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def force_font(rpr: object) -> None:
    """Set all four font slots of an `w:rPr` element to Times New Roman, dropping theme fonts."""
    rfonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)  # type: ignore[attr-defined]
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        rfonts.set(qn(attr), FONT)


def set_language(rpr: object, lang: str = "vi-VN") -> None:
    """Mark text as Vietnamese so Word's proofing does not flag every word."""
    el = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)  # type: ignore[attr-defined]
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)


@dataclass(frozen=True)
class RunFormat:
    """The formatting a run actually shows, after styles and document defaults."""

    font: str | None
    size: float | None
    bold: bool
    italic: bool
    underline: bool
    highlight: WD_COLOR_INDEX | None


def _rfonts_ascii(rpr: object | None) -> str | None:
    if rpr is None:
        return None
    rfonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if rfonts is None:
        return None
    if rfonts.get(qn("w:asciiTheme")) is not None:
        return "(theme)"
    return rfonts.get(qn("w:ascii"))


def _doc_defaults_rpr(document: DocxDocument) -> object | None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return None
    rpr_default = defaults.find(qn("w:rPrDefault"))
    return None if rpr_default is None else rpr_default.find(qn("w:rPr"))


def effective_format(document: DocxDocument, paragraph: Paragraph, run: Run) -> RunFormat:
    """Resolve a run's font, size, bold, italic, underline and highlight through its styles."""
    chain = []
    if run.style is not None and run.style.name != "Default Paragraph Font":
        chain.append(run.style)
    style = paragraph.style
    while style is not None:
        chain.append(style)
        style = style.base_style
    font = _rfonts_ascii(run._r.rPr)
    size = run.font.size.pt if run.font.size is not None else None
    bold, italic, underline = run.font.bold, run.font.italic, run.font.underline
    for st in chain:
        font = font or _rfonts_ascii(st.element.rPr)
        if size is None and st.font.size is not None:
            size = st.font.size.pt
        bold = st.font.bold if bold is None else bold
        italic = st.font.italic if italic is None else italic
        underline = st.font.underline if underline is None else underline
    defaults = _doc_defaults_rpr(document)
    font = font or _rfonts_ascii(defaults)
    if size is None and defaults is not None:
        sz = defaults.find(qn("w:sz"))  # type: ignore[attr-defined]
        size = int(sz.get(qn("w:val"))) / 2 if sz is not None else None
    return RunFormat(
        font=font,
        size=size,
        bold=bool(bold),
        italic=bool(italic),
        underline=bool(underline),
        highlight=run.font.highlight_color,
    )


def iter_tables(document: DocxDocument) -> Iterator[Table]:
    """Every table of the body, nested tables included, in document order."""
    for tbl in document.element.body.iter(qn("w:tbl")):
        yield Table(tbl, document._body)


def iter_paragraphs(document: DocxDocument, headers: bool = False) -> Iterator[Paragraph]:
    """Body paragraphs and table-cell paragraphs in document order (and headers if asked)."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document._body)
        elif child.tag == qn("w:tbl"):
            yield from _table_paragraphs(Table(child, document._body))
    if headers:
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.footer):
                if not part.is_linked_to_previous:
                    yield from part.paragraphs


def _table_paragraphs(table: Table) -> Iterator[Paragraph]:
    for tr in table._tbl.iterchildren(qn("w:tr")):
        for tc in tr.iterchildren(qn("w:tc")):
            cell = _Cell(tc, table)
            for child in tc.iterchildren():
                if child.tag == qn("w:p"):
                    yield Paragraph(child, cell)
                elif child.tag == qn("w:tbl"):
                    yield from _table_paragraphs(Table(child, cell))


def _only_text(r: object) -> bool:
    """True when a `w:r` holds nothing but properties and text."""
    return all(
        child.tag in (qn("w:rPr"), qn("w:t"))
        for child in r.iterchildren()  # type: ignore[attr-defined]
    )


def _set_run_text(r: object, text: str) -> None:
    for t in r.findall(qn("w:t")):  # type: ignore[attr-defined]
        r.remove(t)  # type: ignore[attr-defined]
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)  # type: ignore[attr-defined]


def _highlight(r: object) -> None:
    Run(r, None).font.highlight_color = WD_COLOR_INDEX.YELLOW  # type: ignore[arg-type]


def highlight_placeholders(paragraph: Paragraph) -> int:
    """Highlight in yellow every "[...]" placeholder of a paragraph, even across runs.

    Runs are split at the brackets so that only the placeholder is highlighted. Returns the
    number of placeholders found.
    """
    text = paragraph.text
    spans = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
    if not spans:
        return 0
    inside = [False] * len(text)
    for start, end in spans:
        for i in range(start, end):
            inside[i] = True
    pos = 0
    for run in list(paragraph.runs):
        run_text = run.text
        flags = inside[pos : pos + len(run_text)]
        pos += len(run_text)
        if not any(flags):
            continue
        if all(flags) or not _only_text(run._r):
            _highlight(run._r)
            continue
        pieces: list[tuple[str, bool]] = []
        for ch, flag in zip(run_text, flags, strict=True):
            if pieces and pieces[-1][1] == flag:
                pieces[-1] = (pieces[-1][0] + ch, flag)
            else:
                pieces.append((ch, flag))
        anchor = run._r
        for piece, flag in pieces:
            new_r = copy.deepcopy(run._r)
            _set_run_text(new_r, piece)
            if flag:
                _highlight(new_r)
            anchor.addnext(new_r)
            anchor = new_r
        run._r.getparent().remove(run._r)
    return len(spans)


def highlight_all_placeholders(document: DocxDocument) -> int:
    """Highlight the placeholders of every paragraph of the document; return how many."""
    return sum(highlight_placeholders(p) for p in iter_paragraphs(document, headers=True))


def set_page(document: DocxDocument) -> None:
    """A4 portrait with the official margins; page numbers from page 2, top centre."""
    for section in document.sections:
        section.page_width = PAGE_WIDTH
        section.page_height = PAGE_HEIGHT
        section.top_margin = Mm(MARGINS_MM["top"])
        section.bottom_margin = Mm(MARGINS_MM["bottom"])
        section.left_margin = Mm(MARGINS_MM["left"])
        section.right_margin = Mm(MARGINS_MM["right"])
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)


def add_page_number(paragraph: Paragraph, size: float = 14) -> None:
    """Append a PAGE field to a paragraph."""
    run = paragraph.add_run()
    run.font.size = Pt(size)
    force_font(run._r.get_or_add_rPr())
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2")):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def paragraph_rule(paragraph: Paragraph, position: str = "bottom", size_eighths: int = 6) -> None:
    """Draw a solid rule above or below a paragraph (its indents set the rule's length)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
        _order_ppr(ppr)
    edge = OxmlElement(f"w:{position}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), "1")
    edge.set(qn("w:color"), "000000")
    borders.append(edge)


_PPR_ORDER = """
    pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr
    suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct
    topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind
    contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
    textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange
""".split()


_TBLPR_ORDER = """
    tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc
    tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption
    tblDescription tblPrChange
""".split()


def _order(parent: object, order: list[str]) -> None:
    """Reorder children into schema order (Word rejects out-of-order elements)."""
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = list(parent)  # type: ignore[call-overload]
    children.sort(key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        parent.append(child)  # type: ignore[attr-defined]


def _order_ppr(ppr: object) -> None:
    _order(ppr, _PPR_ORDER)


def _set_table_borders(table: Table, **attrs: str) -> None:
    """Replace a table's borders: every edge gets the same w:* attributes."""
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    if borders is not None:
        tbl_pr.remove(borders)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        for name, value in attrs.items():
            el.set(qn(f"w:{name}"), value)
        borders.append(el)
    tbl_pr.append(borders)
    _order(tbl_pr, _TBLPR_ORDER)


def remove_table_borders(table: Table) -> None:
    """Make a layout table invisible (header and signature blocks)."""
    _set_table_borders(table, val="nil")


def set_table_grid_borders(table: Table) -> None:
    """Give a data table single black borders on every edge."""
    _set_table_borders(table, val="single", sz="4", space="0", color="000000")


def set_cell_margins(table: Table, left_mm: float = 1, right_mm: float = 1) -> None:
    """Narrow the left and right cell margins of a layout table."""
    tbl_pr = table._tbl.tblPr
    mar = tbl_pr.find(qn("w:tblCellMar"))
    if mar is None:
        mar = OxmlElement("w:tblCellMar")
        tbl_pr.append(mar)
    for edge, width in (("left", left_mm), ("right", right_mm)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(Mm(width).twips)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    _order(tbl_pr, _TBLPR_ORDER)


def keep_row_together(table: Table) -> None:
    """Forbid page breaks inside the rows of a table (signature block)."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


def set_column_widths(table: Table, widths_mm: list[float]) -> None:
    """Fix column widths (both the grid and every cell, as Word and LibreOffice each read one)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        table._tbl.tblPr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    tbl_w.set(qn("w:type"), "dxa")
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        table._tbl.tblPr.append(layout)
    layout.set(qn("w:type"), "fixed")
    _order(table._tbl.tblPr, _TBLPR_ORDER)
