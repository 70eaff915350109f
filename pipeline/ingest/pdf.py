"""PDF reader for PDFs with a text layer: lines rebuilt from word positions, page furniture
removed, wrapped lines re-joined into paragraphs.

What it refuses, with the reason, instead of returning wrong text: scanned PDFs (page images,
no text layer: they need OCR) and PDFs whose fonts have no usable Unicode map (pdfminer gives
"(cid:123)" glyphs, or legacy-font garbage).

Layout of official documents that shapes the rules: a two-column header (issuer and number
left, national motto and place-date right) and a two-column signature block ("Nơi nhận" left,
signature right). Such a region is read as its left block, then its right block, like the
header table of a .docx.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.ingest.normalize import continues, is_item_start, vietnamese_score
from pipeline.ingest.readers import IngestError

if TYPE_CHECKING:
    from pdfplumber.page import Page

_OCR_HINT = "it needs OCR (e.g. tesseract with the 'vie' language) before it can be read"
_MIN_PAGE_CHARS = 40  # fewer visible characters than this on an image page: a scanned page
_MAX_CID_SHARE = 0.02  # share of glyphs without a Unicode mapping that makes text unusable
_MIN_PLAUSIBLE = 0.6  # share of plausible Vietnamese words below which the text is garbage
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:trang|page)\s*\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)

# First words of a header or signature column: national or Party motto, number, place-date,
# recipients, authority forms.
_BLOCK_START = re.compile(
    r"CỘNG|ĐẢNG|Độc|Số|Nơi|Kính|T/?M\b|TM\.|KT\.|TL\.|TUQ\.|[A-ZĐ]\w*(?: \w+)*, ngày"
)


@dataclass(frozen=True)
class _Line:
    """A run of words on one visual line (or one column of it), with its position."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    page: int
    fixed: bool = False  # a table row: never joined with its neighbours
    cells: tuple[str, ...] = ()  # a table row's cell texts


def _to_line(words: list[dict], page_no: int) -> _Line:
    return _Line(
        text=" ".join(w["text"] for w in words),
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        size=statistics.median(float(w.get("size") or 10) for w in words),
        page=page_no,
    )


def _split_at_gutter(words: list[dict], page_no: int, width: float) -> list[_Line]:
    """Split a row into left and right columns at its widest gap that crosses the gutter.

    The gap must sit between a left part ending before 60% of the page and a right part
    starting after 35% (blanks inside one column, "Số:     /KH", are no gutter), and be wide:
    two characters, or less when one side opens a header or signature block.
    """
    best, best_gap = None, 0.0
    for i in range(1, len(words)):
        gap = words[i]["x0"] - words[i - 1]["x1"]
        size = float(words[i].get("size") or 10)
        if gap <= best_gap or words[i - 1]["x1"] > 0.6 * width or words[i]["x0"] < 0.35 * width:
            continue
        marked = _BLOCK_START.match(words[0]["text"]) or _BLOCK_START.match(
            " ".join(w["text"] for w in words[i : i + 3])
        )
        if gap >= 2 * size or (marked and gap >= 0.8 * size):
            best, best_gap = i, gap
    if best is None:
        return [_to_line(words, page_no)]
    return [_to_line(words[:best], page_no), _to_line(words[best:], page_no)]


def _table_rows(page: Page, page_no: int) -> tuple[list[list[_Line]], list[tuple]]:
    """Ruled data tables (three or more filled columns): one line per row, cells joined by
    " | ", as for .docx. Narrower ruled tables are left to the column logic."""
    if len(page.edges) < 8:  # no grid: skip the (comparatively slow) table finder
        return [], []
    rows: list[list[_Line]] = []
    boxes = []
    for table in page.find_tables():
        cells = [[(c or "").replace("\n", " ").strip() for c in row] for row in table.extract()]
        wide_rows = sum(1 for row in cells if sum(1 for c in row if c) >= 3)
        if len(cells) < 2 or wide_rows < max(2, len(cells) // 2):
            continue  # boxes and rules around ordinary text, not a table of data
        boxes.append(table.bbox)
        for row, texts in zip(table.rows, cells, strict=False):
            if any(texts):
                x0, top, x1, _ = row.bbox
                line = _Line(" | ".join(texts), x0, x1, top, 10.0, page_no, True, tuple(texts))
                rows.append([line])
    return rows, boxes


def _drop_note_marks(row: list[dict]) -> list[dict]:
    """Drop footnote reference marks: small raised digits inside a line of normal text.

    A mark opening the row is kept: that is a footnote's own number at the page foot."""
    if len(row) < 2:
        return row
    size = statistics.median(float(w.get("size") or 10) for w in row)
    bottom = statistics.median(float(w["bottom"]) for w in row)
    return row[:1] + [
        w
        for w in row[1:]
        if not (
            w["text"].isdigit()
            and float(w.get("size") or 10) <= 0.8 * size
            and float(w["bottom"]) < bottom - 0.15 * size
        )
    ]


def _split_notes(pages: list[list[list[_Line]]]) -> tuple[list[list[list[_Line]]], list[_Line]]:
    """Take footnotes (the smaller-type rows at a page's foot) out of the text flow, so that
    they do not split a paragraph running on to the next page; they go after the text."""
    sizes = [line.size for rows in pages for row in rows for line in row if not line.fixed]
    if not sizes:
        return pages, []
    body = statistics.median(sizes)
    notes: list[_Line] = []
    kept = []
    for rows in pages:
        end = len(rows)
        while end > 0 and all(not ln.fixed and ln.size <= 0.85 * body for ln in rows[end - 1]):
            end -= 1
        page_notes = [line for row in rows[end:] for line in row]
        if page_notes and re.match(r"\d", page_notes[0].text):
            notes.extend(page_notes)
            kept.append(rows[:end])
        else:
            kept.append(rows)
    return kept, notes


def _page_rows(page: Page, page_no: int) -> list[list[_Line]]:
    """The page's visual rows, top to bottom: words grouped by baseline, plus table rows."""
    table_rows, boxes = _table_rows(page, page_no)
    words = [
        w
        for w in page.extract_words(x_tolerance=2, y_tolerance=3, extra_attrs=["size"])
        if not any(
            b[0] <= (w["x0"] + w["x1"]) / 2 <= b[2] and b[1] <= (w["top"] + w["bottom"]) / 2 <= b[3]
            for b in boxes
        )
    ]
    grouped: list[list[dict]] = []
    band = (0.0, 0.0)
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        center = (word["top"] + word["bottom"]) / 2
        if grouped and band[0] <= center <= band[1]:
            grouped[-1].append(word)  # same line, superscripts included
        else:
            grouped.append([word])
            band = (word["top"], word["bottom"])
    grouped = [_drop_note_marks(sorted(row, key=lambda w: w["x0"])) for row in grouped]
    rows = [
        _split_at_gutter(sorted(row, key=lambda w: w["x0"]), page_no, float(page.width))
        for row in grouped
    ]
    return sorted(rows + table_rows, key=lambda row: row[0].top)


def _furniture_key(row: list[_Line]) -> str:
    text = " ".join(line.text for line in row).lower()
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text)).strip()


def _remove_furniture(pages: list[list[list[_Line]]]) -> list[list[list[_Line]]]:
    """Drop page numbers and running headers/footers: rows at the top or bottom of a page
    that are a bare page number, or that repeat (digits aside) on most pages."""
    edge = 2
    counts: Counter[tuple[str, str]] = Counter()
    for rows in pages:
        seen = {("top", _furniture_key(r)) for r in rows[:edge]}
        seen |= {("bottom", _furniture_key(r)) for r in rows[-edge:]}
        counts.update(seen)
    needed = max(2, (len(pages) + 1) // 2)
    cleaned = []
    for rows in pages:
        keep = []
        for index, row in enumerate(rows):
            end = "top" if index < edge else "bottom" if index >= len(rows) - edge else None
            if end is not None:
                text = " ".join(line.text for line in row).strip()
                if _PAGE_NUMBER.match(text):
                    continue
                key = _furniture_key(row)
                if len(key) <= 120 and counts[(end, key)] >= needed:
                    continue
            keep.append(row)
        cleaned.append(keep)
    return cleaned


@dataclass
class _Region:
    """A two-column block being collected: left column lines, right column lines."""

    left: list[_Line]
    right: list[_Line]

    @property
    def right_x0(self) -> float:
        return min(line.x0 for line in self.right)

    @property
    def right_center(self) -> float:
        return sum((line.x0 + line.x1) / 2 for line in self.right) / len(self.right)

    def in_right(self, line: _Line) -> bool:
        """Right of everything in the left column, and centred under the right column's
        lines (motto, signature) or aligned with its left edge."""
        if line.x0 < max(left.x1 for left in self.left) + 0.5 * line.size:
            return False
        width = max(right.x1 for right in self.right) - self.right_x0
        center = (line.x0 + line.x1) / 2
        aligned = abs(line.x0 - self.right_x0) <= line.size
        return aligned or abs(center - self.right_center) <= max(0.25 * width, 3 * line.size)

    def in_left(self, line: _Line) -> bool:
        return line.x1 <= self.right_x0 - 0.5 * line.size

    def take(self, row: list[_Line]) -> bool:
        """Add `row` to the region if it fits the two columns."""
        if len(row) == 2:
            self.left.append(row[0])
            self.right.append(row[1])
        elif self.in_left(row[0]):
            self.left.append(row[0])
        elif self.in_right(row[0]):
            self.right.append(row[0])
        else:
            return False
        return True


def _reading_order(rows: list[list[_Line]]) -> list[_Line]:
    """Flatten rows into lines; a two-column region gives its left block, then its right.

    A region starts at a row split at the gutter and goes on while rows fit the columns
    and follow closely (a wide vertical gap ends the header block).
    """
    out: list[_Line] = []
    i = 0
    while i < len(rows):
        if len(rows[i]) != 2:
            out.extend(rows[i])
            i += 1
            continue
        region = _Region([rows[i][0]], [rows[i][1]])
        # A right-column line just above the first split row ("TM. ỦY BAN NHÂN DÂN" above
        # "Nơi nhận: | KT. CHỦ TỊCH") belongs to the right block.
        while (
            out
            and not out[-1].fixed
            and out[-1].page == rows[i][1].page
            and region.right[0].top - out[-1].top <= 2.2 * out[-1].size
            and region.in_right(out[-1])
        ):
            region.right.insert(0, out.pop())
        previous_top = rows[i][0].top
        i += 1
        while i < len(rows):
            first = rows[i][0]
            if (
                first.fixed
                or first.page != region.left[0].page
                or first.top - previous_top > 2.2 * first.size
                or not region.take(rows[i])
            ):
                break
            previous_top = first.top
            i += 1
        out.extend(region.left + region.right)
    return out


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Re-join wrapped lines into paragraphs; headings, items and short lines stay alone."""
    if not lines:
        return []
    long_lines = [line for line in lines if len(line.text) >= 30] or lines
    left = Counter(round(line.x0) for line in long_lines).most_common(1)[0][0]
    right = Counter(round(line.x1) for line in long_lines).most_common(1)[0][0]
    # With first-line indents, a line at the margin never opens a paragraph.
    indents = sum(1 for line in long_lines if 0.5 * line.size < line.x0 - left <= 4 * line.size)
    indented = indents >= max(2, 0.05 * len(long_lines))
    out: list[_Line] = []
    for line in lines:
        if out and _row_continues(out[-1], line):
            cells = tuple(
                f"{a} {b}".strip() for a, b in zip(out[-1].cells, line.cells, strict=True)
            )
            out[-1] = replace(out[-1], text=" | ".join(cells), cells=cells)
        elif out and _joins(out[-1], line, left, right, indented):
            prev = out[-1]
            # "05/NQ-" + "HĐND": a symbol broken at its hyphen or slash closes up again.
            glue = "" if re.search(r"\S[-/]$", prev.text) else " "
            out[-1] = replace(prev, text=f"{prev.text}{glue}{line.text}", x1=line.x1, top=line.top)
        else:
            out.append(line)
    return [line.text for line in out]


def _row_continues(prev: _Line, line: _Line) -> bool:
    """A table row broken by a page break: the new page's first row has no number cell."""
    return (
        prev.fixed
        and line.fixed
        and prev.page != line.page
        and len(prev.cells) == len(line.cells)
        and not line.cells[0]
        and bool(prev.cells[0])
    )


def _joins(prev: _Line, line: _Line, left: float, right: float, indented: bool) -> bool:
    """True if `line` continues the paragraph `prev` ends with."""
    if prev.fixed or line.fixed:
        return False
    if continues(prev.text, line.text):
        return True
    if is_item_start(line.text) or abs(line.x0 - left) > line.size:  # indented: new paragraph
        return False
    # A line filling the width wraps, even after ";" or ":" (justified text ends exactly at
    # the margin; ragged text, within a word of it, only when no sentence ended). A heading
    # in capitals goes on only in capitals.
    end = prev.text.rstrip(" \"'”’»)")[-1:]
    sentence_ended = end in ".!?…" and line.text[:1].isupper() and not indented
    if prev.x1 >= right - 0.5 * prev.size and not sentence_ended:
        return _is_caps(prev.text) == _is_caps(line.text)
    if _is_caps(prev.text) or _is_caps(line.text):
        return False
    return end not in ".!?:;…" and prev.x1 >= right - max(3 * prev.size, 30)


def _open_error(path: Path, err: Exception) -> IngestError:
    names = {type(err).__name__} | {type(a).__name__ for a in err.args if isinstance(a, Exception)}
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return IngestError(
            path, "the PDF is password-protected; remove the protection and try again"
        )
    return IngestError(
        path, f"damaged PDF, cannot be parsed ({type(err).__name__}); get a fresh copy"
    )


def read_pdf(path: Path) -> tuple[str, int]:
    """Read a text-layer PDF; returns the raw (not yet normalised) text and the page count."""
    import pdfplumber

    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise IngestError(path, "not a PDF file (no %PDF header); check the file type")
    try:
        with pdfplumber.open(path) as pdf:
            page_count = len(pdf.pages)
            if page_count == 0:
                raise IngestError(path, "the PDF has no pages; get a complete copy")
            _check_text_layer(path, pdf.pages)
            pages = [_page_rows(page, number) for number, page in enumerate(pdf.pages)]
    except IngestError:
        raise
    except Exception as err:  # pdfminer raises many unrelated types for damaged files
        raise _open_error(path, err) from err
    pages, notes = _split_notes(_remove_furniture(pages))
    lines = _reading_order([row for rows in pages for row in rows])
    text = "\n".join(_paragraphs(lines) + _paragraphs(notes))
    share, judged = vietnamese_score(text)
    if judged >= 20 and share < _MIN_PLAUSIBLE:
        raise IngestError(
            path,
            "the text layer is unreadable (mostly non-Vietnamese garbage: a font with a wrong "
            "or legacy TCVN3/VNI encoding); export the PDF again with Unicode fonts, or "
            f"{_OCR_HINT}",
        )
    return text, page_count


def _check_text_layer(path: Path, pages: list[Page]) -> None:
    """Refuse scanned PDFs and PDFs whose glyphs cannot be mapped to Unicode."""
    image_pages = 0
    visible = 0
    unmapped = 0
    for page in pages:
        chars = [c for c in page.chars if not c["text"].isspace()]
        visible += len(chars)
        unmapped += sum(1 for c in chars if c["text"].startswith("(cid:"))
        area = float(page.width) * float(page.height) or 1.0
        covered = sum(float(img["width"]) * float(img["height"]) for img in page.images)
        if len(chars) < _MIN_PAGE_CHARS and covered >= 0.5 * area:
            image_pages += 1
    if image_pages * 2 >= len(pages) and image_pages:
        raise IngestError(
            path,
            f"scanned PDF without a text layer ({image_pages} of {len(pages)} pages are "
            f"images only); {_OCR_HINT}",
        )
    if visible == 0:
        raise IngestError(path, f"the PDF has no text layer (no text on any page); {_OCR_HINT}")
    if unmapped / visible > _MAX_CID_SHARE:
        raise IngestError(
            path,
            f"the text is unreadable: {unmapped} of {visible} glyphs come out as '(cid:N)' "
            "because a font has a broken Unicode map; export the PDF again with embedded "
            f"Unicode fonts, or {_OCR_HINT}",
        )
