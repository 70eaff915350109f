"""Ingest: every reader, every encoding, every bad input, and the real originals in ../shared.

Fixtures are generated here: .txt bytes in each encoding, .docx with python-docx, and small
PDFs written by `_pdf_bytes` (a Type0 font whose codes are Unicode code points, so the text
layer can hold any Vietnamese text without embedding a font).
"""

from __future__ import annotations

import io
import pickle
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from pipeline.ingest import (
    SUPPORTED_SUFFIXES,
    IngestError,
    SourceText,
    normalize_text,
    read_source,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
BINARY = SHARED / "corpus" / "binary"
needs_shared = pytest.mark.skipif(not BINARY.is_dir(), reason="../shared/corpus/binary absent")

SENTENCE = "Đảng ủy phường Ngọc Lâm triển khai Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy."
PARAGRAPH = (
    "Thực hiện Chỉ thị số 06-CT/TU ngày 01/9/2021 của Ban Thường vụ Thành ủy Hà Nội, "
    "Đảng ủy phường yêu cầu các chi bộ trực thuộc khẩn trương quán triệt và tổ chức thực "
    "hiện nghiêm túc các nội dung sau đây; báo cáo kết quả về Văn phòng Đảng ủy trước "
    "ngày 15/9/2021."
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _expect_error(path: Path, *fragments: str, **kwargs: int) -> IngestError:
    """Read `path`, expect an IngestError naming the file and containing each fragment."""
    with pytest.raises(IngestError) as info:
        read_source(path, **kwargs)
    err = info.value
    assert err.path == path
    assert str(err) == f"{path}: {err.reason}"
    for fragment in fragments:
        assert fragment.lower() in err.reason.lower(), err.reason
    return err


# --- errors common to every format -------------------------------------------------------


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".docx", ".pdf")


def test_missing_file(tmp_path: Path) -> None:
    _expect_error(tmp_path / "khong_co.txt", "not found")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "thu_muc.txt"
    folder.mkdir()
    _expect_error(folder, "not a regular file")


@pytest.mark.parametrize("name", ["van_ban.doc", "van_ban.rtf", "van_ban", "anh.png"])
def test_unknown_extension_lists_supported(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")
    err = _expect_error(path, "unsupported file type", ".txt, .docx, .pdf")
    if name.endswith((".doc", ".rtf")):
        assert "save it as .docx" in err.reason


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rong{suffix}"
    path.write_bytes(b"")
    _expect_error(path, "empty (0 bytes)")


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    path.write_bytes(b"a" * 3_000_000)
    err = _expect_error(path, "too large: 3.0 MB > limit 1.0 MB", max_bytes=1_000_000)
    assert "max_bytes" in err.reason


def test_error_is_picklable(tmp_path: Path) -> None:
    err = IngestError(tmp_path / "a.txt", "file not found")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.reason, str(copy)) == (err.path, err.reason, str(err))


def test_accepts_str_path_and_upper_case_suffix(tmp_path: Path) -> None:
    path = tmp_path / "VAN_BAN.TXT"
    path.write_text(SENTENCE, encoding="utf-8")
    source = read_source(str(path))
    assert isinstance(source, SourceText)
    assert source.path == path
    assert (source.format, source.encoding, source.pages) == ("txt", "utf-8", None)


# --- .txt --------------------------------------------------------------------------------


def _cp1258(text: str) -> bytes:
    """Encode like Windows does: base letters precomposed, tone marks as combining bytes."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("encoding", "data", "detected"),
    [
        ("utf-8", SENTENCE.encode("utf-8"), "utf-8"),
        ("utf-8-sig", SENTENCE.encode("utf-8-sig"), "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "utf-16-le"),
        ("utf-16-be", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), "utf-16-be"),
        ("utf-16", SENTENCE.encode("utf-16"), "utf-16-le"),
        ("utf-32", SENTENCE.encode("utf-32"), "utf-32-le"),
        ("cp1258", _cp1258(SENTENCE), "cp1258"),
    ],
)
def test_txt_encodings(tmp_path: Path, encoding: str, data: bytes, detected: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.text == SENTENCE
    assert source.encoding == detected
    assert "\ufeff" not in source.text


def test_cp1258_uses_combining_marks_and_is_composed(tmp_path: Path) -> None:
    data = _cp1258(PARAGRAPH + "\r\n" + SENTENCE)
    assert b"\xd2" in data or b"\xec" in data  # hook / acute as separate bytes
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.encoding == "cp1258"
    assert source.text == f"{PARAGRAPH}\n{SENTENCE}"
    assert unicodedata.is_normalized("NFC", source.text)


def test_utf8_is_not_taken_for_cp1258(tmp_path: Path) -> None:
    # Every byte sequence here also decodes as cp1258 (as mojibake); UTF-8 must win.
    path = tmp_path / "utf8.txt"
    sample = "Ủy ban nhân dân tỉnh Lào Cai, hòa bình, năm 2021, Thành ủy Hà Nội.\n" * 3
    path.write_bytes(sample.encode("utf-8"))
    assert path.read_bytes().decode("cp1258", errors="strict")
    source = read_source(path)
    assert source.encoding == "utf-8"
    assert source.text == sample.strip()


def test_non_vietnamese_single_byte_text_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Größe und Maß, café crème, naïve façade. ".encode("cp1252") * 5)
    source = read_source(path)
    assert source.encoding != "cp1258"
    assert "Größe" in source.text


def test_txt_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "thuong.txt"
    raw = "ỦY BAN NHÂN DÂN\r\n\r\n\r\n\r\nHoà  bình\t– “Thành uỷ”   \r\n"
    path.write_bytes(raw.encode("utf-8"))
    assert read_source(path).text == "ỦY BAN NHÂN DÂN\n\nHòa bình - “Thành ủy”"


def test_txt_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "nhi_phan.txt"
    path.write_bytes(b"\x00\x01PK\x03\x04" + bytes(range(256)) * 4)
    _expect_error(path, "NUL bytes", "binary")


def test_txt_control_garbage_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rac.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"abc")
    _expect_error(path, "binary data")


def test_txt_whitespace_only(tmp_path: Path) -> None:
    path = tmp_path / "trang.txt"
    path.write_bytes(" \r\n\t\u00a0\r\n".encode())
    _expect_error(path, "no text")


def test_txt_damaged_utf16(tmp_path: Path) -> None:
    path = tmp_path / "hong.txt"
    path.write_bytes(b"\xff\xfe" + "Đảng".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    _expect_error(path, "byte-order mark", "damaged")


# --- .docx -------------------------------------------------------------------------------


def _save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


def _fill(cell: docx.table._Cell, *lines: str) -> None:
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _official_docx(path: Path) -> Path:
    """A Party resolution laid out like the real ones: header table, body, data table,
    recipients/signature table."""
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    _fill(header.cell(0, 0), "ĐẢNG BỘ QUẬN LONG BIÊN", "ĐẢNG ỦY PHƯỜNG NGỌC LÂM", "*")
    _fill(header.cell(0, 1), "ĐẢNG CỘNG SẢN VIỆT NAM")
    _fill(header.cell(1, 0), "Số 54-NQ/ĐU")
    _fill(header.cell(1, 1), "Long Biên, ngày 06 tháng 9 năm 2021")
    document.add_paragraph("NGHỊ QUYẾT")
    document.add_paragraph("Về tăng cường công tác phòng, chống dịch Covid-19")
    document.add_paragraph(PARAGRAPH)
    document.add_paragraph("1. Các chi bộ tổ chức quán triệt.")
    document.add_paragraph("a) Báo cáo Đảng ủy trước ngày 15/9/2021.")
    data = document.add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"),
            ("1", "Rà soát kế hoạch", "UBND phường", "Tháng 9/2021"),
            ("2", "Tổ chức kiểm tra", "", "Quý IV/2021"),
        ]
    ):
        for c, value in enumerate(row):
            data.cell(r, c).text = value
    footer = document.add_table(rows=1, cols=2)
    _fill(footer.cell(0, 0), "Nơi nhận:", "- Thường trực Quận ủy,", "- Lưu VPĐU.")
    _fill(footer.cell(0, 1), "T/M ĐẢNG ỦY", "BÍ THƯ", "", "Nguyễn Văn Tuấn")
    return _save(document, path)


def test_docx_official_layout(tmp_path: Path) -> None:
    source = read_source(_official_docx(tmp_path / "nghi_quyet.docx"))
    assert (source.format, source.encoding, source.pages) == ("docx", None, None)
    assert source.text.split("\n") == [
        "ĐẢNG BỘ QUẬN LONG BIÊN",
        "ĐẢNG ỦY PHƯỜNG NGỌC LÂM",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 54-NQ/ĐU",
        "Long Biên, ngày 06 tháng 9 năm 2021",
        "NGHỊ QUYẾT",
        "Về tăng cường công tác phòng, chống dịch Covid-19",
        PARAGRAPH,
        "1. Các chi bộ tổ chức quán triệt.",
        "a) Báo cáo Đảng ủy trước ngày 15/9/2021.",
        "TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn",
        "1 | Rà soát kế hoạch | UBND phường | Tháng 9/2021",
        "2 | Tổ chức kiểm tra | | Quý IV/2021",
        "Nơi nhận:",
        "- Thường trực Quận ủy,",
        "- Lưu VPĐU.",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "",
        "Nguyễn Văn Tuấn",
    ]


def test_docx_header_table_with_spacer_column(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.add_table(rows=2, cols=3)
    _fill(header.cell(0, 0), "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI")
    _fill(header.cell(0, 2), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    _fill(header.cell(1, 0), "Số:           /UBND-KT")
    _fill(header.cell(1, 2), "Lào Cai, ngày       tháng       năm 2026")
    text = read_source(_save(document, tmp_path / "cong_van.docx")).text
    assert text.split("\n") == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÀO CAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /UBND-KT",
        "Lào Cai, ngày tháng năm 2026",
    ]


def test_docx_nested_table(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    _fill(outer.cell(0, 0), "Kính gửi:")
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "- Các sở, ban, ngành;"
    inner.cell(1, 0).text = "- UBND các xã, phường."
    lines = read_source(_save(document, tmp_path / "long.docx")).text.split("\n")
    assert lines == ["Kính gửi:", "- Các sở, ban, ngành;", "- UBND các xã, phường."]


def test_docx_nested_table_inside_data_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "1"
    table.cell(0, 1).text = "Kiểm tra"
    inner = table.cell(0, 2).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Công an tỉnh"
    text = read_source(_save(document, tmp_path / "long2.docx")).text
    assert text == "1 | Kiểm tra | Công an tỉnh"


def test_docx_smart_tags_line_breaks_and_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ")
    tagged = paragraph.add_run("NAM")
    smart = etree.SubElement(paragraph._p, qn("w:smartTag"))
    smart.set(qn("w:element"), "country-region")
    smart.append(tagged._r)  # python-docx's own Paragraph.text would drop this run
    signature = document.add_paragraph("KT. CHỦ TỊCH")
    signature.add_run().add_break()
    signature.add_run("PHÓ CHỦ TỊCH")
    wrapped = document.add_paragraph("Chủ trì, phối hợp rà soát, đôn")
    wrapped.add_run().add_break()
    wrapped.add_run("đốc các đơn vị thực hiện.")
    document.add_paragraph("Sở Y tế", style="List Number")
    document.add_paragraph("Sở Tài chính", style="List Number")
    document.add_paragraph("phối hợp thực hiện", style="List Bullet")
    lines = read_source(_save(document, tmp_path / "the.docx")).text.split("\n")
    assert lines == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Chủ trì, phối hợp rà soát, đôn đốc các đơn vị thực hiện.",
        "1. Sở Y tế",
        "2. Sở Tài chính",
        "- phối hợp thực hiện",
    ]


def test_docx_deleted_revision_text_is_skipped(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Giữ lại ")
    deleted = etree.SubElement(paragraph._p, qn("w:del"))
    run = etree.SubElement(deleted, qn("w:r"))
    etree.SubElement(run, qn("w:delText")).text = "đã xóa"
    assert read_source(_save(document, tmp_path / "sua.docx")).text == "Giữ lại"


def test_docx_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"day khong phai la zip" * 10)
    _expect_error(path, "not a ZIP archive")


def test_docx_zip_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "thieu.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "khong co word/document.xml")
    _expect_error(path, "damaged .docx", "document.xml")


def test_docx_truncated(tmp_path: Path) -> None:
    data = _official_docx(tmp_path / "goc.docx").read_bytes()
    path = tmp_path / "cat.docx"
    path.write_bytes(data[: len(data) // 2])
    _expect_error(path, "damaged .docx")


def test_docx_that_is_an_old_doc(tmp_path: Path) -> None:
    path = tmp_path / "cu.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    _expect_error(path, "old Word .doc", "save it as .docx")


def test_docx_without_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    _expect_error(_save(document, tmp_path / "trong.docx"), "no text")


# --- .pdf --------------------------------------------------------------------------------

W, H = 595.0, 842.0
SIZE = 12.0
LEFT, RIGHT = 70.0, 530.0  # text block; DW 500 makes every glyph 6 pt wide at 12 pt
Run = tuple[float, float, str, float]  # x, top, text, extra character spacing (Tc)


def _pdf_bytes(
    pages: list[list[Run]], *, unicode_map: bool = True, image: bool = False, size: float = SIZE
) -> bytes:
    """A minimal PDF: each run drawn at (x, top) with a font whose codes are code points."""
    chars = sorted({ch for page in pages for run in page for ch in run[2]})
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)

    catalog = add(b"")
    pages_id = add(b"")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /Test /Flags 32 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 "
        b"/FontDescriptor %d 0 R >>" % descriptor
    )
    to_unicode = b""
    if unicode_map:
        entries = b"".join(
            b"%d beginbfchar\n%s\nendbfchar\n"
            % (
                len(chunk),
                b"\n".join(b"<%04X> <%04X>" % (ord(c), ord(c)) for c in chunk),
            )
            for chunk in (chars[i : i + 100] for i in range(0, len(chars), 100))
        )
        cmap = (
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n%s"
            b"endcmap CMapName currentdict /CMap defineresource pop end end" % entries
        )
        to_unicode = b" /ToUnicode %d 0 R" % add(stream(cmap))
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R]%s >>" % (cid_font, to_unicode)
    )
    picture = add(
        stream(
            b"\x80",
            b"/Type /XObject /Subtype /Image /Width 1 /Height 1 "
            b"/ColorSpace /DeviceGray /BitsPerComponent 8",
        )
    )
    kids = []
    for page in pages:
        ops = [b"q %g 0 0 %g 0 0 cm /Im1 Do Q" % (W, H)] if image else []
        for x, top, text, spacing in page:
            hex_text = "".join(f"{ord(c):04X}" for c in text).encode()
            baseline = H - top - 0.8 * size
            ops.append(
                b"BT /F1 %g Tf %g Tc 1 0 0 1 %g %g Tm <%s> Tj ET"
                % (size, spacing, x, baseline, hex_text)
            )
        content = add(stream(b"\n".join(ops)))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (pages_id, W, H, content, font, picture)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _justified(text: str, first_indent: float = 30.0) -> list[tuple[float, str, float]]:
    """Wrap `text` into justified lines (x, text, Tc) across LEFT..RIGHT; the last line is
    ragged and the first indented, as in official documents."""
    per_char = 500 * SIZE / 1000
    lines: list[tuple[float, str, float]] = []
    words = text.split()
    x0 = LEFT + first_indent
    current: list[str] = []
    for word in words:
        trial = " ".join([*current, word])
        if current and x0 + len(trial) * per_char > RIGHT:
            line = " ".join(current)
            spacing = (RIGHT - x0 - len(line) * per_char) / (len(line) - 1)
            lines.append((x0, line, spacing))
            x0, current = LEFT, [word]
        else:
            current.append(word)
    lines.append((x0, " ".join(current), 0.0))
    return lines


BODY_2 = (
    "Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh "
    "nếu để xảy ra tình trạng khai thác khoáng sản trái phép trên địa bàn mà không kịp thời "
    "phát hiện, ngăn chặn và xử lý theo quy định của pháp luật hiện hành."
)


def _official_pdf() -> bytes:
    """Three pages: two-column header, subject, body paragraphs (one running across a page
    break), items, running header and page numbers, and a two-column signature block."""
    page1: list[Run] = [
        (LEFT, 50, "ỦY BAN NHÂN DÂN", 0),
        (300, 50, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0),
        (LEFT, 65, "TỈNH QUẢNG NGÃI", 0),
        (320, 65, "Độc lập - Tự do - Hạnh phúc", 0),
        (LEFT, 95, "Số: 12/CT-UBND", 0),
        (300, 95, "Quảng Ngãi, ngày 05 tháng 3 năm 2024", 0),
        (260, 140, "CHỈ THỊ", 0),
        (140, 160, "Về tăng cường công tác phòng, chống", 0),
        (180, 175, "dịch bệnh trên địa bàn tỉnh", 0),
    ]
    top = 210.0
    for x, text, spacing in _justified(PARAGRAPH):
        page1.append((x, top, text, spacing))
        top += 16
    page1 += [(LEFT + 30, top, "1. Sở Y tế:", 0), (LEFT + 30, top + 16, "a) Chủ trì;", 0)]
    page1.append((LEFT + 30, top + 32, "- Phối hợp các đơn vị;", 0))
    body2 = _justified(BODY_2)
    page1 += [(x, top + 48 + 16 * i, text, sp) for i, (x, text, sp) in enumerate(body2[:2])]
    page1.append((280, 800, "Trang 1/3", 0))
    page2: list[Run] = [(200, 30, "CHỈ THỊ SỐ 12/CT-UBND", 0), (290, 45, "2", 0)]
    page2 += [(x, 70 + 16 * i, text, sp) for i, (x, text, sp) in enumerate(body2[2:])]
    page2.append((LEFT + 30, 120, "2. Sở Tài chính bố trí kinh phí.", 0))
    page2.append((280, 800, "Trang 2/3", 0))
    page3: list[Run] = [
        (200, 30, "CHỈ THỊ SỐ 12/CT-UBND", 0),
        (290, 45, "- 3 -", 0),
        (LEFT + 30, 70, "3. Giao Văn phòng theo dõi, đôn đốc thực hiện./.", 0),
        (360, 110, "TM. ỦY BAN NHÂN DÂN", 0),
        (LEFT, 125, "Nơi nhận:", 0),
        (390, 125, "CHỦ TỊCH", 0),
        (LEFT, 140, "- Như trên;", 0),
        (LEFT, 155, "- Lưu: VT.", 0),
        (370, 185, "Nguyễn Văn An", 0),
        (280, 800, "Trang 3/3", 0),
    ]
    return _pdf_bytes([page1, page2, page3])


def test_pdf_text_layer_reads_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "chi_thi.pdf"
    path.write_bytes(_official_pdf())
    source = read_source(path)
    assert (source.format, source.encoding, source.pages) == ("pdf", None, 3)
    assert source.text.split("\n") == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/CT-UBND",
        "Quảng Ngãi, ngày 05 tháng 3 năm 2024",
        "CHỈ THỊ",
        "Về tăng cường công tác phòng, chống dịch bệnh trên địa bàn tỉnh",
        PARAGRAPH,
        "1. Sở Y tế:",
        "a) Chủ trì;",
        "- Phối hợp các đơn vị;",
        BODY_2,
        "2. Sở Tài chính bố trí kinh phí.",
        "3. Giao Văn phòng theo dõi, đôn đốc thực hiện./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
    ]


def test_pdf_page_furniture_removed(tmp_path: Path) -> None:
    path = tmp_path / "chi_thi.pdf"
    path.write_bytes(_official_pdf())
    text = read_source(path).text
    assert "Trang" not in text
    assert "CHỈ THỊ SỐ 12/CT-UBND" not in text
    assert not re.search(r"^(?:- )?\d+(?: -)?$", text, re.MULTILINE)


def test_pdf_data_table_rows(tmp_path: Path) -> None:
    """A ruled table with three filled columns comes out one row per line, like .docx."""
    path = tmp_path / "bang.pdf"
    rows = [("TT", "Nhiệm vụ", "Thời hạn"), ("1", "Rà soát", "Quý II"), ("2", "Kiểm tra", "")]
    runs: list[Run] = [(LEFT, 50, "PHỤ LỤC", 0)]
    grid = []
    for r, row in enumerate(rows):
        top = 100 + 20 * r
        for c, value in enumerate(row):
            if value:
                runs.append((LEFT + 5 + 150 * c, top + 4, value, 0))
    for r in range(len(rows) + 1):  # horizontal rules
        y = H - (100 + 20 * r)
        grid.append(b"%g %g m %g %g l S" % (LEFT, y, LEFT + 450, y))
    for c in range(4):  # vertical rules
        x = LEFT + 150 * c
        grid.append(b"%g %g m %g %g l S" % (x, H - 100, x, H - 160))
    data = _pdf_bytes([runs])
    marker = b"BT /F1"
    data = data.replace(marker, b"\n".join(grid) + b"\n" + marker, 1)
    data = _fix_xref(data)
    path.write_bytes(data)
    lines = read_source(path).text.split("\n")
    assert lines == [
        "PHỤ LỤC",
        "TT | Nhiệm vụ | Thời hạn",
        "1 | Rà soát | Quý II",
        "2 | Kiểm tra |",
    ]


def _fix_xref(data: bytes) -> bytes:
    """Rebuild offsets and stream lengths after editing a generated PDF in place."""
    body = data[: data.index(b"xref\n")]
    objects = re.findall(rb"(\d+) 0 obj\n(.*?)\nendobj\n", body, re.S)
    fixed = []
    for number, content in objects:
        match = re.match(rb"<< /Length \d+ (.*?)>>\nstream\n(.*)\nendstream$", content, re.S)
        if match:
            content = b"<< /Length %d %s>>\nstream\n%s\nendstream" % (
                len(match.group(2)),
                match.group(1),
                match.group(2),
            )
        fixed.append((int(number), content))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, content in fixed:
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(fixed) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(fixed) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_scanned_pages_need_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_bytes([[], [], [(500, 20, "Ký bởi: UBND", 0)]], image=True))
    _expect_error(path, "scanned PDF without a text layer", "3 of 3 pages", "OCR")


def test_pdf_without_any_text(tmp_path: Path) -> None:
    path = tmp_path / "trang.pdf"
    path.write_bytes(_pdf_bytes([[], []]))
    _expect_error(path, "no text layer", "OCR")


def test_pdf_broken_font_map(tmp_path: Path) -> None:
    path = tmp_path / "cid.pdf"
    path.write_bytes(_pdf_bytes([[(LEFT, 100, SENTENCE, 0)]], unicode_map=False))
    _expect_error(path, "(cid:", "broken Unicode map")


def test_pdf_legacy_font_garbage(tmp_path: Path) -> None:
    garbage = "§¶ng ñy ph­êng Ngäc L©m triÓn khai ChØ thÞ sè 06 cña Ban Th­êng vô Thµnh ñy"
    path = tmp_path / "tcvn3.pdf"
    path.write_bytes(_pdf_bytes([[(LEFT, 100 + 16 * i, garbage, 0) for i in range(6)]]))
    _expect_error(path, "unreadable", "TCVN3")


def test_pdf_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "gia.pdf"
    path.write_bytes(b"<html>khong phai pdf</html>")
    _expect_error(path, "not a PDF file")


def test_pdf_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    _expect_error(path, "damaged PDF")


def test_pdf_truncated(tmp_path: Path) -> None:
    data = _official_pdf()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(IngestError) as info:
        read_source(path)
    assert info.value.path == path


# --- the real originals ------------------------------------------------------------------

REAL_DOCX = sorted(BINARY.glob("*.docx")) if BINARY.is_dir() else []
SCANS = sorted(BINARY.glob("qngai_*.pdf")) if BINARY.is_dir() else []


@needs_shared
@pytest.mark.parametrize("path", REAL_DOCX, ids=lambda p: p.name)
def test_real_docx(path: Path) -> None:
    source = read_source(path)
    text = source.text
    assert source.format == "docx"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert re.search(r"^Số:", text, re.MULTILINE)
    assert "Nơi nhận:" in text
    assert "(cid:" not in text and "\ufffd" not in text
    assert "CỘNG HOÀ" not in text and "Uỷ" not in text  # one tone style
    assert normalize_text(text) == text
    assert not re.search(r"^(?:Trang )?\d{1,3}(?:/\d+)?$", text, re.MULTILINE)
    lines = text.split("\n")
    # Header reading order: issuing body first, then the motto and number lines.
    motto = lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    number = next(i for i, line in enumerate(lines) if line.startswith("Số:"))
    assert 0 < motto < 4 and 0 < number < 8
    # The recipients block comes before the signature block.
    assert lines.index("Nơi nhận:") < max(
        i for i, line in enumerate(lines) if re.match(r"(?:KT|TM|T/M)\. ", line)
    )


@needs_shared
def test_real_docx_data_table() -> None:
    text = read_source(BINARY / "skillsct_020_KH-2242-SCT.docx").text
    assert "TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú" in text
    assert "1. | Rà soát việc đáp ứng các điều kiện của học viên | Đỗ Mạnh Cường; " in text


@needs_shared
@pytest.mark.parametrize("path", SCANS, ids=lambda p: p.name)
def test_real_scanned_pdfs_need_ocr(path: Path) -> None:
    _expect_error(path, "scanned PDF without a text layer", "OCR")


@needs_shared
def test_real_broken_font_pdf() -> None:
    path = BINARY / "skillsct_extra_TB-1894-SCT-ban-ky_broken-font-cid.pdf"
    _expect_error(path, "(cid:", "broken Unicode map")


def test_in_memory_docx_bytes_round_trip(tmp_path: Path) -> None:
    """A .docx saved to bytes and written back reads the same (no path-only assumptions)."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    document.save(buffer)
    path = tmp_path / "bo_nho.docx"
    path.write_bytes(buffer.getvalue())
    assert read_source(path).text == SENTENCE


def test_txt_legacy_tcvn3_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.txt"
    legacy = "§¶ng ñy ph\xadêng Ngäc L©m triÓn khai ChØ thÞ sè 06 cña Ban Th\xadêng vô Thµnh ñy. "
    path.write_bytes(legacy.encode("cp1252") * 5)
    _expect_error(path, "TCVN3", "Unicode")
