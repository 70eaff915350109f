"""The tokenizer keeps symbols, dates and numbers whole; offsets equal character offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import build_nlp
from pipeline.nlp.segment import analyse, sentences
from pipeline.nlp.tokenizer import VietnameseTokenizer

WHOLE = [
    ("Thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021", "06-CT/TU"),
    ("Chỉ thị số 20/CT-UBND của UBND Thành phố", "20/CT-UBND"),
    ("theo Nghị định 30/2020/NĐ-CP của Chính phủ", "30/2020/NĐ-CP"),
    ("Quy định số 05-QĐi/TW ngày", "05-QĐi/TW"),
    ("văn bản số 1371/MTTQ-BTT ngày 09/9/2021", "1371/MTTQ-BTT"),
    ("Kế hoạch số 324/KH-UBND của UBND Quận", "324/KH-UBND"),
    ("Thông báo số 467-TB/QU ngày 05/9/2021", "467-TB/QU"),
    ("Chương trình 147-CTHĐ/TU của Tỉnh ủy", "147-CTHĐ/TU"),
    ("ngày 01/9/2021 của Ban", "01/9/2021"),
    ("ngày 01-9-2021 của Ban", "01-9-2021"),
    ("Chiều ngày 27/9/2021, Ban Chỉ đạo", "27/9/2021"),
    ("hỗ trợ 7.532 người", "7.532"),
    ("chi trả 184.500.000đ cho", "184.500.000đ"),
    ("đạt 97,5% kế hoạch", "97,5%"),
    ("trong tháng 10/2021 hoàn thành", "10/2021"),
]


@pytest.fixture(scope="module")
def tokenizer() -> VietnameseTokenizer:
    return build_nlp(words=False).tokenizer


@pytest.mark.parametrize(("text", "token"), WHOLE, ids=[t for _, t in WHOLE])
def test_kept_whole(tokenizer: VietnameseTokenizer, text: str, token: str) -> None:
    assert token in [t.text for t in tokenizer(text)]


def test_punctuation_split(tokenizer: VietnameseTokenizer) -> None:
    words = [t.text for t in tokenizer("Nơi nhận: - Thường trực QU; - Lưu VPĐU.")]
    assert words[:3] == ["Nơi", "nhận", ":"]
    assert ";" in words and words[-1] == "."


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("aăâđêôơư ÁàĐ06-/CTU.,;:\n\t ") + ["ủy", "ngày", "06-CT/TU", "1/9/2021"]
        ),
        max_size=40,
    ).map("".join)
)
def test_tokens_reconstruct_text(text: str) -> None:
    doc = build_nlp(words=False).tokenizer(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


def test_sentences_cover_real_text(shared) -> None:
    text = (shared / "corpus/dev/ngoc_lam_nq_covid.txt").read_text(encoding="utf-8")
    for offset, sentence in sentences(text):
        assert text[offset : offset + len(sentence)] == sentence


@settings(max_examples=8, deadline=None)
@given(st.data())
def test_underthesea_offsets_round_trip_on_real_text(shared, data) -> None:
    """Every word underthesea returns sits exactly at its span in the real text."""
    names = sorted(p.name for p in (shared / "corpus/dev").glob("*.txt"))
    name = data.draw(st.sampled_from(names))
    text = (shared / "corpus/dev" / name).read_text(encoding="utf-8")
    start = data.draw(st.integers(0, max(0, len(text) - 600)))
    chunk = text[start : start + 600]
    words = analyse(chunk, with_ner=data.draw(st.booleans()))
    assert words, name
    for w in words:
        assert chunk[w.start : w.end] == w.text
    assert [w.start for w in words] == sorted(w.start for w in words)
