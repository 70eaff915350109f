"""Word (.docx) reader: paragraphs and tables in body order, one line per paragraph.

The document XML is walked directly rather than through python-docx's `Paragraph.text`,
which drops text inside smart tags ("VIỆT <smartTag>NAM</smartTag>" in many official
templates) and shows no list numbers (the "TT" column of task tables is often numbered by
Word). Layout tables (the header with issuer and national motto, "Kính gửi", "Nơi nhận" and
signature) come out cell by cell, left block then right block; data tables with more than
two filled columns come out one row per line, cells joined by " | ".
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from pipeline.ingest.normalize import continues, normalize_text
from pipeline.ingest.readers import IngestError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_SDT, _SDT_CONTENT, _CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
_TXBX = f"{_W}txbxContent"
_VAL = f"{_W}val"
# Subtrees that hold no visible text of the paragraph: properties, deleted or moved-away
# text, field codes, and the VML duplicate of a drawing.
_SKIP = frozenset(
    f"{_W}{name}" for name in ("pPr", "rPr", "del", "moveFrom", "instrText", "delInstrText")
) | {_MC_FALLBACK}
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n"}
_RUN_TEXT |= {f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}

# Markers of the header, address and signature tables that must be read as blocks of lines.
_LAYOUT_MARKERS = re.compile(
    r"CỘNG HÒA|ĐẢNG CỘNG SẢN|Độc lập|Nơi nhận|Kính gửi|^Số\s*:|^(?:T/?M|KT|TL|TUQ)\.",
    re.MULTILINE,
)
_LAYOUT_MAX_ROWS = 8
_SPECIAL_DOCX = {b"\xd0\xcf\x11\xe0": "an old Word .doc file renamed to .docx"}


class _Numbering:
    """Renders Word list numbers ("1.", "a)", "-") the way Word shows them."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._style_num: dict[str, tuple[str | None, int]] = {}
        self._style_parent: dict[str, str] = {}
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    @staticmethod
    def _read_levels(parent: etree._Element) -> dict[int, tuple[str, str, int]]:
        levels = {}
        for lvl in parent.iter(f"{_W}lvl"):
            ilvl = _int(lvl.get(f"{_W}ilvl"), 0)
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[ilvl] = (
                fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                text.get(_VAL, "") if text is not None else "",
                _int(start.get(_VAL), 1) if start is not None else 1,
            )
        return levels

    def _read_numbering(self, root: etree._Element) -> None:
        abstract = {
            a.get(f"{_W}abstractNumId"): self._read_levels(a) for a in root.iter(f"{_W}abstractNum")
        }
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(ref.get(_VAL) if ref is not None else None, {}))
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                levels.update(self._read_levels(override))
                start = override.find(f"{_W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _int(start.get(_VAL), 1))
            self._levels[num.get(f"{_W}numId", "")] = levels

    def _read_styles(self, root: etree._Element) -> None:
        for style in root.iter(f"{_W}style"):
            style_id = style.get(f"{_W}styleId", "")
            based = style.find(f"{_W}basedOn")
            if based is not None:
                self._style_parent[style_id] = based.get(_VAL, "")
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                self._style_num[style_id] = _num_pr(num_pr)

    def _from_style(self, style_id: str | None) -> tuple[str | None, int] | None:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._style_num:
                return self._style_num[style_id]
            style_id = self._style_parent.get(style_id)
        return None

    def label(self, paragraph: etree._Element) -> str:
        """The list label of `paragraph` (advancing the list's counters), or ""."""
        ppr = paragraph.find(f"{_W}pPr")
        if ppr is None:
            return ""
        style = ppr.find(f"{_W}pStyle")
        num_id, ilvl = self._from_style(style.get(_VAL) if style is not None else None) or (
            None,
            0,
        )
        num_pr = ppr.find(f"{_W}numPr")
        if num_pr is not None:
            own_id, own_lvl = _num_pr(num_pr)
            num_id = own_id or num_id
            ilvl = own_lvl if num_pr.find(f"{_W}ilvl") is not None else ilvl
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels or not 0 <= ilvl < 10:
            return ""
        counters = self._counters.setdefault(num_id or "", [None] * 10)
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl][2] if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return text if text in {"-", "+", "*"} else "-"

        def number(found: re.Match[str]) -> str:
            level = int(found.group(1)) - 1
            level_fmt, _, start = levels.get(level, ("decimal", "", 1))
            value = counters[level] if 0 <= level < len(counters) else None
            return _format_number(start if value is None else value, level_fmt)

        return re.sub(r"%(\d)", number, text)


def _int(value: str | None, default: int) -> int:
    """An integer attribute; hand-edited files sometimes hold junk, which must not crash."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _num_pr(num_pr: etree._Element) -> tuple[str | None, int]:
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    value = num_id.get(_VAL) if num_id is not None else None
    return (None if value == "0" else value), _int(ilvl.get(_VAL), 0) if ilvl is not None else 0


def _format_number(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    parts = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")]
    parts += [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for number, symbol in parts:
        count, value = divmod(value, number)
        out += symbol * count
    return out


class _Walker:
    """Turns body XML into lines, keeping numbering state across the whole document."""

    def __init__(self, numbering: _Numbering) -> None:
        self._numbering = numbering

    def blocks(self, container: etree._Element) -> list[str]:
        """Lines of the paragraphs and tables directly in `container`, in order."""
        lines: list[str] = []
        for child in container:
            if child.tag == _P:
                lines.extend(self.paragraph(child))
            elif child.tag == _TBL:
                lines.extend(self.table(child))
            elif child.tag in {_SDT, _CUSTOM_XML}:
                content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if content is not None:
                    lines.extend(self.blocks(content))
        return lines

    def paragraph(self, paragraph: etree._Element) -> list[str]:
        """The paragraph's lines, then its text boxes.

        A manual line break starts a new line ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") unless it only
        wraps a sentence, which some authors do to justify body text by hand.
        """
        parts: list[str] = []
        boxes: list[etree._Element] = []
        _collect(paragraph, parts, boxes)
        label = self._numbering.label(paragraph)
        text = "".join(parts)
        if label:
            text = f"{label} {text}" if text.strip() else label
        lines: list[str] = []
        for piece in text.split("\n"):
            if lines and continues(lines[-1], piece):
                lines[-1] = f"{lines[-1].rstrip()} {piece.lstrip()}"
            else:
                lines.append(piece)
        for box in boxes:
            lines.extend(self.blocks(box))
        return lines

    def _cell(self, cell: etree._Element) -> list[str]:
        lines = self.blocks(cell)
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        return lines

    def table(self, table: etree._Element) -> list[str]:
        rows = [[self._cell(cell) for cell in _row_cells(row)] for row in _table_rows(table)]
        if _is_layout(rows):
            return [line for row in rows for cell in row for line in cell]
        lines = []
        for row in rows:
            cells = [_inline(cell) for cell in row]
            if any(cells):
                lines.append(" | ".join(cells))
        return lines


def _collect(element: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    """Append the visible text under `element` to `parts`; text boxes go to `boxes`."""
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag in _RUN_TEXT:
            fixed = _RUN_TEXT[tag]
            parts.append((child.text or "") if fixed is None else fixed)
        elif tag == _TXBX:
            boxes.append(child)
        else:
            _collect(child, parts, boxes)


def _table_rows(table: etree._Element) -> Iterator[etree._Element]:
    for child in table:
        if child.tag == _TR:
            yield child
        elif child.tag in {_SDT, _CUSTOM_XML}:
            yield from _table_rows(child.find(_SDT_CONTENT) if child.tag == _SDT else child)


def _row_cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag in {_SDT, _CUSTOM_XML}:
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _row_cells(content)


def _is_layout(rows: list[list[list[str]]]) -> bool:
    """A table laid out for looks (header, signature) rather than a table of data."""
    filled = max((sum(1 for cell in row if cell) for row in rows), default=0)
    if filled <= 2:
        return True
    if len(rows) > _LAYOUT_MAX_ROWS:
        return False
    text = "\n".join(normalize_text(line) for row in rows for cell in row for line in cell)
    return bool(_LAYOUT_MARKERS.search(text))


def _inline(cell: list[str]) -> str:
    """A data cell on one line: its lines joined by "; " unless punctuation already ends one."""
    out = ""
    for line in (line.strip() for line in cell):
        if not line:
            continue
        if out:
            out += " " if out[-1] in ".;:," else "; "
        out += line
    return out


def read_docx(path: Path) -> str:
    """Read a .docx file; returns the raw (not yet normalised) text."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    with path.open("rb") as handle:
        head = handle.read(4)
    if head in _SPECIAL_DOCX:
        raise IngestError(path, f"{_SPECIAL_DOCX[head]}; open it in Word and save it as .docx")
    if not zipfile.is_zipfile(path):
        raise IngestError(
            path, "damaged .docx: not a ZIP archive; open it in Word and save it again"
        )
    try:
        document = docx.Document(str(path))
    except (KeyError, PackageNotFoundError, zipfile.BadZipFile) as err:
        raise IngestError(
            path, "damaged .docx: no word/document.xml inside; open it in Word and save it again"
        ) from err
    except (ValueError, etree.XMLSyntaxError) as err:
        raise IngestError(
            path, f"not a readable Word document ({err}); open it in Word and save it as .docx"
        ) from err
    try:
        numbering_element = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering_element = None
    numbering = _Numbering(numbering_element, document.styles.element)
    return "\n".join(_Walker(numbering).blocks(document.element.body))
