"""normalize_text: composition, one tone-placement style, dashes, quotes, whitespace, and
idempotence (offsets downstream point into its output, so a second pass must change nothing).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import normalize_text
from pipeline.ingest.normalize import continues, is_item_start, vietnamese_score


def test_nfc_composes_combining_tone_marks() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng ủy phường Ngọc Lâm")
    assert decomposed != "Đảng ủy phường Ngọc Lâm"
    assert normalize_text(decomposed) == "Đảng ủy phường Ngọc Lâm"


@pytest.mark.parametrize(
    ("other_style", "standard"),
    [
        ("hoà", "hòa"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("hoạ", "họa"),
        ("loã", "lõa"),
        ("khoẻ", "khỏe"),
        ("xoè", "xòe"),
        ("uỷ", "ủy"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("Thành uỷ", "Thành ủy"),
        ("thuỷ", "thủy"),
        ("Thuỵ", "Thụy"),
        ("tuỳ", "tùy"),
        ("luỹ kế", "lũy kế"),
        ("huỷ bỏ", "hủy bỏ"),
        ("toà án", "tòa án"),
        ("Hoà-Bình", "Hòa-Bình"),
        ("(hoà)", "(hòa)"),
    ],
)
def test_tone_moves_to_the_first_vowel_of_open_oa_oe_uy(other_style: str, standard: str) -> None:
    assert normalize_text(other_style) == standard
    assert normalize_text(standard) == standard


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("Đảng uỷUBND xã Công Hải", "Đảng ủy UBND xã Công Hải"),  # a commune programme's PDF
        ("các Ban củaHĐND tỉnh", "các Ban của HĐND tỉnh"),
        ("Quyết định số 2468/QĐUBND", "Quyết định số 2468/QĐUBND"),  # a symbol: left alone
        ("BNNvPTNT, vpUBND@gmail.com", "BNNvPTNT, vpUBND@gmail.com"),  # a code, an address
        ("UBND tỉnh", "UBND tỉnh"),
    ],
)
def test_abbreviation_glued_to_the_word_before(glued: str, spaced: str) -> None:
    assert normalize_text(glued) == spaced
    assert normalize_text(spaced) == spaced


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        # a commune Party committee's PDFs (gh12, gh13) lose the space after a syllable
        ("Ban Thường vụĐảng uỷyêu cầu", "Ban Thường vụ Đảng ủy yêu cầu"),
        ("ĐềnghịĐảng uỷUBND xã", "Đề nghị Đảng ủy UBND xã"),
        ("Ban Xây dựng Đảng chủtrì", "Ban Xây dựng Đảng chủ trì"),
        ("Tờtrình số 46-TTr/ĐU", "Tờ trình số 46-TTr/ĐU"),
        # of the cuts, the one that makes dictionary words (a reviewer's cases)
        ("nghệthông tin, tựphê bình", "nghệ thông tin, tự phê bình"),
        ("Quốchội, thựchiện, tổnghợp, vănhóa", "Quốc hội, thực hiện, tổng hợp, văn hóa"),
        ("cấpủy, đápứng, phụchồi, cấphuyện", "cấp ủy, đáp ứng, phục hồi, cấp huyện"),
        # what stays: syllables, plain ASCII, names of the Highlands, codes, scanning debris,
        # loan words and peoples the dictionary writes with a hyphen
        ("Krông Búk, Đắk Lắk, hanoi.gov.vn", "Krông Búk, Đắk Lắk, hanoi.gov.vn"),
        ("bôxít, Xơđăng", "bôxít, Xơđăng"),
        ("KGVXth96, ĐUUBND, Facebook", "KGVXth96, ĐUUBND, Facebook"),
        ("ượo", "ượo"),
    ],
)
def test_syllables_glued_by_a_pdf(glued: str, spaced: str) -> None:
    assert normalize_text(glued) == spaced
    assert normalize_text(spaced) == spaced


@pytest.mark.parametrize(
    "word",
    [
        "quý",
        "Quý",
        "QUÝ",
        "quỳ",
        "quỹ",
        "quyết",
        "tuyển",
        "Quyền",
        "hoàn",
        "hoạch",
        "ngoài",
        "khoảng",
        "khuya",
        "uyên",
        "khuỷu",
        "thuở",
        "hòa",
        "ủy",
        "hoa",
        "uy",
        "Hoằng",
    ],
)
def test_other_syllables_are_untouched(word: str) -> None:
    assert normalize_text(word) == word


def test_d_with_stroke_look_alikes() -> None:
    assert normalize_text("\u00d0ảng \u00f0oàn \u0189ội") == "Đảng đoàn Đội"


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2012", "\u2212", "\u2010", "\u2011"])
def test_dashes(dash: str) -> None:
    assert normalize_text(f"Độc lập {dash} Tự do{dash}Hạnh phúc") == "Độc lập - Tự do-Hạnh phúc"


def test_fraction_slash_in_symbols() -> None:
    assert normalize_text("Luật số 31\u20442013\u2044QH13") == "Luật số 31/2013/QH13"


def test_quotes_stay_as_printed() -> None:
    """A headline quotes a campaign's name; the subject is kept as printed."""
    assert (
        normalize_text("phong trào “Toàn dân đoàn kết” ‘bốn’")
        == "phong trào “Toàn dân đoàn kết” ‘bốn’"
    )


def test_whitespace() -> None:
    raw = "  Số:\t\t06-CT/TU\u00a0\u00a0ngày  \r\n\r\n\r\n\r\n"
    raw += "Nơi\u200bnhận\u00ad:\ufeff  \r\rX\x0cY  "
    assert normalize_text(raw) == "Số: 06-CT/TU ngày\n\nNơi nhận:\n\nX\nY"


def test_line_structure_is_kept() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/UBND\nLào Cai, ngày 01 tháng 2 năm 2026"
    assert normalize_text(text) == text


def test_other_content_left_alone() -> None:
    text = "**Chỉ thị** số 06-CT/TU… (1) 50% #tag"
    assert normalize_text(text) == text


def test_empty_and_blank() -> None:
    assert normalize_text("") == ""
    assert normalize_text(" \n\t\n\u00a0") == ""


# Pieces that exercise the rules: letters, tone marks (combining and precomposed), both tone
# styles, spaces and invisible characters of every kind.
_PIECES = list("aăâeêioôơuưyqkhtlnmgdđAĂÂEÊIOÔƠUƯYQĐ -–“”\t\n\r\u00a0\u00ad\u200b\ufeff")
_PIECES += ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u00d0", "òa", "oà", "uỷ", "ủy"]
_VIETNAMESE = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _VIETNAMESE))
def test_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), _VIETNAMESE))
def test_output_invariants(text: str) -> None:
    out = normalize_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\t" not in out and "  " not in out and "\n\n\n" not in out
    assert all(line == line.strip(" ") for line in out.split("\n"))
    assert not out.startswith("\n") and not out.endswith("\n")


def test_continues() -> None:
    assert continues("Thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ", "Thành ủy") is False
    assert continues("V/v tăng cường công tác quản", "lý bảo vệ khoáng sản")
    assert not continues("Kính gửi:", "các sở, ban, ngành")
    assert not continues("1. Sở Y tế", "a) chủ trì")
    assert not continues("yêu cầu như sau", "- phối hợp")


def test_is_item_start() -> None:
    for line in ["1. Sở", "1.2. Công tác", "a) Chủ trì", "II. NHIỆM VỤ", "- Phối hợp", "Điều 3."]:
        assert is_item_start(line), line
    for line in ["20.429.461.000 đồng.", "Sở Y tế", "năm 2026"]:
        assert not is_item_start(line), line


def test_vietnamese_score() -> None:
    assert vietnamese_score("Đảng ủy phường Ngọc Lâm, Chỉ thị số 06-CT/TU.") == (1.0, 9)
    share, judged = vietnamese_score("§¶ng ñy ph\xadêng Ngäc L©m", non_ascii_only=True)
    assert judged == 5 and share < 0.5


def test_escaped_line_breaks_of_a_scraped_page() -> None:
    """A Lạng Sơn plan scraped with its line breaks left as the text '\\r\\n'."""
    text = "số 1896/QĐ-TTg\\r\\nngày 25/12/2019"
    assert normalize_text(text) == "số 1896/QĐ-TTg\nngày 25/12/2019"


def test_cyrillic_look_alikes_in_symbols_are_latin() -> None:
    """An OCR engine reads B, C, T of a scanned symbol as Cyrillic ("ВСТ-ВТC")."""
    assert normalize_text("ВСТ-ВТC-VKSNDTC") == "BCT-BTC-VKSNDTC"
    assert normalize_text("Lưu: VT, C04-ВСА.") == "Lưu: VT, C04-BCA."
    assert normalize_text("Москва") == "Москва"  # a word wholly in Cyrillic stays


def test_a_russian_name_with_a_hyphen_stays_cyrillic() -> None:
    assert normalize_text("Санкт-Петербург") == "Санкт-Петербург"
