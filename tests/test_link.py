"""Identity, graph, relations and chains on small graphs built from real-form texts.

The records are written by hand the way the extraction stage produces them (number, issuer,
citations with their mention spans, tasks), in the forms Hà Nội ward, district and city
documents of 2021 use. `chain_records()` is shared with test_checklist.py and test_status.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.link.graph import Relation, build_graph, detect_relations
from pipeline.link.identity import (
    as_context,
    canonical_id,
    doc_key,
    issuer_key,
    level_of,
    parse_body,
)
from pipeline.records.models import (
    Body,
    Citation,
    Deadline,
    DocumentKind,
    DocumentRecord,
    Level,
    Provenance,
    Task,
)

HN = "thành phố Hà Nội, quận Long Biên, phường Ngọc Lâm"
_TYPE_NAMES = (
    r"(?:Chỉ thị|Kế hoạch|Nghị quyết|Công điện|Thông báo kết luận|Thông báo|Báo cáo|"
    r"Nghị định|Quyết định|Công văn|Văn bản)(?:\s+số)?:?\s*"
)


def cite(
    text: str,
    doc_type: str,
    number: str,
    date: dt.date | None = None,
    issuer: str | None = None,
    find: str | None = None,
) -> Citation:
    """A Citation with a mention at every place `find` (default: the number) occurs in `text`;
    a mention starts at the type name before the number, as the extraction's spans do."""
    mentions = []
    for m in re.finditer(re.escape(find or number), text):
        start = m.start()
        before = re.search(_TYPE_NAMES + r"$", text[max(0, start - 40) : start], re.IGNORECASE)
        if before:
            start -= len(before.group(0))
        mentions.append(Provenance(start=start, end=m.end(), rule="test"))
    assert mentions, f"{number} not in text"
    body = Body(name=issuer, surface=issuer) if issuer else None
    return Citation(doc_type=doc_type, number=number, date=date, issuer=body, mentions=mentions)


def task(
    text: str,
    whole: str,
    label: str | None,
    responsible: list[str] | None = None,
    deadline: dt.date | None = None,
    cooperating: list[str] | None = None,
) -> Task:
    """A Task whose span points at its text inside the whole document text."""
    start = whole.index(text)
    return Task(
        label=label,
        text=text,
        span=Provenance(start=start, end=start + len(text), rule="test"),
        responsible=responsible or [],
        cooperating=cooperating or [],
        deadline=Deadline(date=deadline, text=f"trước ngày {deadline:%d/%m/%Y}")
        if deadline
        else None,
    )


def record(
    name: str,
    text: str,
    doc_type: str | None,
    number: str | None,
    date: dt.date | None,
    issuer: str | None,
    level: Level | None = None,
    citations: list[Citation] | None = None,
    tasks: list[Task] | None = None,
    subject: str | None = None,
    kind: DocumentKind = DocumentKind.directive,
) -> DocumentRecord:
    return DocumentRecord(
        source_path=f"corpus/{name}.txt",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        kind=kind,
        doc_type=doc_type,
        number=number,
        date=date,
        issuer=Body(name=issuer, surface=issuer, level=level) if issuer else None,
        subject=subject,
        citations=citations or [],
        tasks=tasks or [],
        text=text,
    )


# --- the chain: Thành ủy -> Quận ủy -> Đảng ủy phường -> chi bộ, and a ward report ------------

CT_TEXT = """THÀNH ỦY HÀ NỘI                     ĐẢNG CỘNG SẢN VIỆT NAM
       *
Số 06-CT/TU                      Hà Nội, ngày 01 tháng 9 năm 2021

CHỈ THỊ
Về tiếp tục nâng cao hiệu quả công tác phòng, chống dịch Covid-19 trên địa bàn Thành phố

Thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, Ban Thường vụ Thành ủy yêu cầu \
các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:

1. Các cấp ủy trực thuộc Thành ủy tổ chức quán triệt, xây dựng kế hoạch thực hiện Chỉ thị, \
hoàn thành trước ngày 10/9/2021.

2. Tổ chức xét nghiệm diện rộng, sẵn sàng tiêm vắc xin cho toàn dân trên địa bàn Thành phố Hà Nội.

3. Rà soát các đối tượng được hưởng chế độ hỗ trợ, chi trả kịp thời, không để người dân bị \
thiếu đói.

4. Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy hướng dẫn, theo dõi, đôn đốc \
việc thực hiện Chỉ thị; định kỳ hằng năm báo cáo Ban Thường vụ Thành ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""

KH_TEXT = """ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY LONG BIÊN
*
Số 71-KH/QU                      Long Biên, ngày 05 tháng 9 năm 2021

KẾ HOẠCH
thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021 của Ban Thường vụ Thành ủy Hà Nội
-----
Thực hiện Chỉ thị số 06 – CT/TU, ngày 01/9/2021 của Ban thường vụ Thành ủy về tiếp tục nâng \
cao hiệu quả công tác phòng, chống dịch Covid-19 trên địa bàn Thành phố, Ban Thường vụ Quận ủy \
Long Biên xây dựng Kế hoạch thực hiện như sau:

1. Các đảng ủy phường xây dựng nghị quyết chuyên đề, hoàn thành trước ngày 08/9/2021.

2. UBND quận tổ chức xét nghiệm diện rộng, sẵn sàng tiêm vắc xin cho toàn dân trên địa bàn quận.
"""

NQ_TEXT = """ĐẢNG BỘ QUẬN LONG BIÊN
ĐẢNG ỦY PHƯỜNG NGỌC LÂM
*
Số 54-NQ/ĐU                      Long Biên, ngày 06 tháng 9 năm 2021

NGHỊ QUYẾT
Về tăng cường sự lãnh đạo trong công tác phòng, chống dịch Covid-19 trên địa bàn phường Ngọc Lâm

Thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021 của Ban thường vụ Thành ủy về tiếp tục nâng cao \
hiệu quả công tác phòng chống dịch Covid-19 trên địa bàn Thành phố; Chỉ thị số 20/CT-UBND, ngày \
03/9/2021 của UBND Thành phố Hà Nội về tăng cường các biện pháp phòng, chống dịch Covid-19; \
Kế hoạch số 71-KH/QU, ngày 05/9/2021 của Quận ủy Long Biên về thực hiện Chỉ thị số 06-CT/TU; \
Công điện số 20/CĐ-UBND, ngày 06/9/2021 của Chủ tịch UBND Thành phố Hà Nội về việc tăng tốc \
kiểm soát tình hình dịch Covid-19. Đảng ủy phường thống nhất các nội dung trọng tâm chỉ đạo sau:

1. Tập trung tuyên truyền, thực hiện nghiêm túc Chỉ thị số 06-CT/TU của Ban thường vụ Thành ủy.

5. UBND phường khẩn trương lập phương án, xây dựng kế hoạch tổ chức xét nghiệm diện rộng, \
hoàn thành trước ngày 15/9/2021.

7. Tập trung rà soát các đối tượng được hưởng chế độ theo Nghị quyết số 68/NQ-CP, ngày \
01/7/2021 của Chính phủ.

9. Các cấp ủy chi bộ trực thuộc phân công nhiệm vụ cho từng đảng viên tham gia Tổ Covid cộng đồng.

T/M ĐẢNG ỦY
BÍ THƯ
"""

CB_TEXT = """ĐẢNG BỘ PHƯỜNG NGỌC LÂM
CHI BỘ TỔ DÂN PHỐ SỐ 5
*
Số 03-KH/CB                      Ngọc Lâm, ngày 10 tháng 9 năm 2021

KẾ HOẠCH
Thực hiện Nghị quyết số 54-NQ/ĐU ngày 06/9/2021 của Đảng ủy phường Ngọc Lâm

Thực hiện Nghị quyết số 54-NQ/ĐU ngày 06/9/2021 của Đảng ủy phường Ngọc Lâm, Chi ủy chi bộ xây \
dựng kế hoạch như sau:

1. Phân công mỗi đảng viên tham gia Tổ Covid cộng đồng tại tổ dân phố số 5.
"""

BC_TEXT = """ĐẢNG BỘ QUẬN LONG BIÊN
ĐẢNG ỦY PHƯỜNG NGỌC LÂM
*
Số 60-BC/ĐU                      Long Biên, ngày 30 tháng 9 năm 2021

BÁO CÁO
Kết quả thực hiện Nghị quyết số 54-NQ/ĐU của Đảng ủy phường Ngọc Lâm

Sau khi Nghị quyết số 54-NQ/ĐU được ban hành, các chi bộ đã quán triệt đến đảng viên.

UBND phường đã lập phương án và tổ chức xét nghiệm diện rộng cho 9.126 nhân khẩu trong hai ngày.

Các chi bộ trực thuộc đã phân công 126 đảng viên tham gia Tổ Covid cộng đồng ở 15 tổ dân phố.
"""


def chain_records() -> list[DocumentRecord]:
    """Six documents: 06-CT/TU <- 71-KH/QU <- 54-NQ/ĐU <- 03-KH/CB, and a report on 54-NQ/ĐU."""
    ct = record(
        "ct_06",
        CT_TEXT,
        "CT",
        "06-CT/TU",
        dt.date(2021, 9, 1),
        "Ban Thường vụ Thành ủy Hà Nội",
        Level.province,
        citations=[cite(CT_TEXT, "NQ", "68/NQ-CP", dt.date(2021, 7, 1), "Chính phủ")],
        tasks=[
            task(
                "Các cấp ủy trực thuộc Thành ủy tổ chức quán triệt, xây dựng kế hoạch thực hiện "
                "Chỉ thị, hoàn thành trước ngày 10/9/2021.",
                CT_TEXT,
                "1",
                ["Các cấp ủy trực thuộc Thành ủy"],
                dt.date(2021, 9, 10),
            ),
            task(
                "Tổ chức xét nghiệm diện rộng, sẵn sàng tiêm vắc xin cho toàn dân trên địa bàn "
                "Thành phố Hà Nội.",
                CT_TEXT,
                "2",
            ),
            task(
                "Rà soát các đối tượng được hưởng chế độ hỗ trợ, chi trả kịp thời, không để "
                "người dân bị thiếu đói.",
                CT_TEXT,
                "3",
            ),
            task(
                "Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy hướng dẫn, "
                "theo dõi, đôn đốc việc thực hiện Chỉ thị; định kỳ hằng năm báo cáo Ban Thường "
                "vụ Thành ủy.",
                CT_TEXT,
                "4",
                ["Ban Tuyên giáo Thành ủy"],
                cooperating=["Văn phòng Thành ủy"],
            ),
        ],
        subject="Về tiếp tục nâng cao hiệu quả công tác phòng, chống dịch Covid-19 trên địa bàn "
        "Thành phố",
    )
    kh = record(
        "kh_71",
        KH_TEXT,
        "KH",
        "71-KH/QU",
        dt.date(2021, 9, 5),
        "Ban Thường vụ Quận ủy Long Biên",
        Level.district,
        # the extraction merges "06-CT/TU" and the dash variant "06 – CT/TU" into one citation
        citations=[
            Citation(
                doc_type="CT",
                number="06-CT/TU",
                date=dt.date(2021, 9, 1),
                issuer=Body(name="Ban Thường vụ Thành ủy", surface="Ban thường vụ Thành ủy"),
                mentions=cite(KH_TEXT, "CT", "06-CT/TU").mentions
                + cite(KH_TEXT, "CT", "06 – CT/TU").mentions,
            )
        ],
        tasks=[
            task(
                "Các đảng ủy phường xây dựng nghị quyết chuyên đề, hoàn thành trước ngày "
                "08/9/2021.",
                KH_TEXT,
                "1",
                ["Các đảng ủy phường"],
                dt.date(2021, 9, 8),
            ),
            task(
                "UBND quận tổ chức xét nghiệm diện rộng, sẵn sàng tiêm vắc xin cho toàn dân trên "
                "địa bàn quận.",
                KH_TEXT,
                "2",
                ["UBND quận"],
            ),
        ],
        subject="thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021 của Ban Thường vụ Thành ủy Hà Nội",
    )
    nq = record(
        "nq_54",
        NQ_TEXT,
        "NQ",
        "54-NQ/ĐU",
        dt.date(2021, 9, 6),
        "Đảng ủy phường Ngọc Lâm",
        Level.commune,
        citations=[
            cite(NQ_TEXT, "CT", "06-CT/TU", dt.date(2021, 9, 1), "Ban Thường vụ Thành ủy Hà Nội"),
            cite(
                NQ_TEXT, "CT", "20/CT-UBND", dt.date(2021, 9, 3), "Ủy ban nhân dân Thành phố Hà Nội"
            ),
            cite(NQ_TEXT, "KH", "71-KH/QU", dt.date(2021, 9, 5), "Quận ủy Long Biên"),
            cite(
                NQ_TEXT,
                "CĐ",
                "20/CĐ-UBND",
                dt.date(2021, 9, 6),
                "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội",
            ),
            cite(NQ_TEXT, "NQ", "68/NQ-CP", dt.date(2021, 7, 1), "Chính phủ"),
        ],
        tasks=[
            task(
                "Tập trung tuyên truyền, thực hiện nghiêm túc Chỉ thị số 06-CT/TU của Ban thường "
                "vụ Thành ủy.",
                NQ_TEXT,
                "1",
            ),
            task(
                "UBND phường khẩn trương lập phương án, xây dựng kế hoạch tổ chức xét nghiệm diện "
                "rộng, hoàn thành trước ngày 15/9/2021.",
                NQ_TEXT,
                "5",
                ["UBND phường"],
                dt.date(2021, 9, 15),
            ),
            task(
                "Tập trung rà soát các đối tượng được hưởng chế độ theo Nghị quyết số 68/NQ-CP, "
                "ngày 01/7/2021 của Chính phủ.",
                NQ_TEXT,
                "7",
            ),
            task(
                "Các cấp ủy chi bộ trực thuộc phân công nhiệm vụ cho từng đảng viên tham gia Tổ "
                "Covid cộng đồng.",
                NQ_TEXT,
                "9",
                ["Các cấp ủy chi bộ trực thuộc"],
            ),
        ],
        subject="Về tăng cường sự lãnh đạo trong công tác phòng, chống dịch Covid-19 trên địa bàn "
        "phường Ngọc Lâm",
    )
    cb = record(
        "kh_cb5",
        CB_TEXT,
        "KH",
        "03-KH/CB",
        dt.date(2021, 9, 10),
        "Chi bộ Tổ dân phố số 5",
        Level.cell,
        citations=[cite(CB_TEXT, "NQ", "54-NQ/ĐU", dt.date(2021, 9, 6), "Đảng ủy phường Ngọc Lâm")],
        tasks=[
            task(
                "Phân công mỗi đảng viên tham gia Tổ Covid cộng đồng tại tổ dân phố số 5.",
                CB_TEXT,
                "1",
            )
        ],
    )
    bc = record(
        "bc_60",
        BC_TEXT,
        "BC",
        "60-BC/ĐU",
        dt.date(2021, 9, 30),
        "Đảng ủy phường Ngọc Lâm",
        Level.commune,
        citations=[cite(BC_TEXT, "NQ", "54-NQ/ĐU", None, "Đảng ủy phường Ngọc Lâm")],
        subject="Kết quả thực hiện Nghị quyết số 54-NQ/ĐU của Đảng ủy phường Ngọc Lâm",
    )
    return [ct, kh, nq, cb, bc]


# --- identity --------------------------------------------------------------------------------


def test_canonical_id_party_symbol() -> None:
    cid = canonical_id("CT", "06-CT/TU", "Ban Thường vụ Thành ủy Hà Nội", dt.date(2021, 9, 1))
    assert cid == "thanh-uy-ha-noi/CT/06/2021"


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("06-CT/TU", "Ban Thường vụ Thành ủy Hà Nội"),
        ("Số: 06 – CT/TU", "Ban thường vụ Thành ủy"),  # en dash, spaces, "Số:", bare name
        ("Số 6-CT/TU", "Thành ủy"),
        ("06 ‑ CT / TU", "BTV Thành uỷ Hà Nội"),  # non-breaking hyphen, old tone placement
        ("06", "Ban Thường vụ Thành ủy Hà Nội"),  # cited without its symbol
    ],
)
def test_same_document_written_differently_is_one_id(number: str, issuer: str) -> None:
    cid = canonical_id("CT", number, issuer, dt.date(2021, 9, 1), HN)
    assert cid == "thanh-uy-ha-noi/CT/06/2021"


def test_same_number_other_type_or_issuer_stays_distinct() -> None:
    ct = canonical_id("CT", "20/CT-UBND", "UBND Thành phố Hà Nội", dt.date(2021, 9, 3))
    cd = canonical_id("CĐ", "20/CĐ-UBND", "Chủ tịch UBND Thành phố Hà Nội", dt.date(2021, 9, 6))
    assert ct == "ubnd-tp-ha-noi/CT/20/2021"
    assert cd == "ubnd-tp-ha-noi/CĐ/20/2021"
    ngoc_lam = canonical_id("NQ", "54-NQ/ĐU", "Đảng ủy phường Ngọc Lâm", dt.date(2021, 9, 6))
    giang_bien = canonical_id("NQ", "54-NQ/ĐU", "Đảng ủy phường Giang Biên", dt.date(2021, 9, 6))
    assert ngoc_lam != giang_bien


def test_year_from_symbol_and_issuer_from_symbol_code() -> None:
    assert canonical_id("NĐ", "30/2020/NĐ-CP", None, None) == "chinh-phu/NĐ/30/2020"
    # "71-KH/QU" printed without its issuer: the code and the citing document's district
    assert canonical_id("KH", "71-KH/QU", None, dt.date(2021, 9, 5), HN) == (
        "quan-uy-long-bien/KH/71/2021"
    )
    # State "UBND" says only the kind of body: a partial key the graph resolves later
    assert doc_key("KH", "324/KH-UBND", None, None).id == "?ubnd/KH/324/?"


def test_state_letter_without_type_code_is_cong_van() -> None:
    key = doc_key(None, "5633/VPCP-KSTT", "Văn phòng Chính phủ", dt.date(2023, 7, 25))
    assert key.id == "van-phong-chinh-phu/CV/5633/2023"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ban Thường trực Quận ủy Long Biên", "quan-uy-long-bien"),
        ("Chủ tịch UBND TP. Hà Nội", "ubnd-tp-ha-noi"),
        ("Ủy ban nhân dân Thành phố Hà Nội", "ubnd-tp-ha-noi"),
        ("UBND Hà Nội", "ubnd-tp-ha-noi"),
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "bo-giao-duc-va-dao-tao"),
        ("Thủ tướng Chính phủ", "thu-tuong-chinh-phu"),
        ("Bộ Chính trị", "trung-uong"),
        ("Ban Chấp hành Trung ương Đảng khóa XIV", "trung-uong"),
        ("Giám đốc Sở Công Thương tỉnh Lào Cai", "so-cong-thuong-lao-cai"),
        ("Ban Tuyên giáo Thành ủy", "ban-tuyen-giao-thanh-uy-ha-noi"),
        ("UBND phường", "ubnd-phuong-ngoc-lam"),
        ("Đảng uỷ", "dang-uy-phuong-ngoc-lam"),
    ],
)
def test_issuer_keys(name: str, key: str) -> None:
    assert issuer_key(name, HN) == key


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Bộ Chính trị", Level.central),
        ("Chính phủ", Level.central),
        ("Bộ Y tế", Level.central),
        ("Ban Thường vụ Thành ủy Hà Nội", Level.province),
        ("UBND tỉnh Lào Cai", Level.province),
        ("Sở Công Thương tỉnh Lào Cai", Level.province),
        ("Quận ủy Long Biên", Level.district),
        ("Ủy ban nhân dân quận Long Biên", Level.district),
        ("Đảng ủy phường Ngọc Lâm", Level.commune),
        ("UBND xã Bát Xát", Level.commune),
        ("Chi bộ Tổ dân phố số 5", Level.cell),
    ],
)
def test_levels_from_names(name: str, level: Level) -> None:
    assert level_of(name) == level


def test_level_from_symbol_code_when_no_name() -> None:
    assert level_of(None, ("QU",)) == Level.district
    assert level_of(None, ("ĐU",)) == Level.commune


def test_unit_display_completes_locality() -> None:
    parsed = parse_body("UBND phường", as_context(HN))
    assert parsed.display() == "UBND phường Ngọc Lâm"
    assert parsed.inferred


_SEP = st.sampled_from(["-", " - ", "–", " – ", "‑", "—", " -", "- "])
_SLASH = st.sampled_from(["/", " / ", " /", "/ "])


@given(
    number=st.integers(min_value=1, max_value=999),
    zero=st.booleans(),
    sep=_SEP,
    slash=_SLASH,
    prefix=st.sampled_from(["", "Số ", "Số: ", "số:"]),
)
def test_dash_and_space_variants_never_change_the_id(
    number: int, zero: bool, sep: str, slash: str, prefix: str
) -> None:
    digits = f"{number:02d}" if zero else str(number)
    printed = f"{prefix}{digits}{sep}KH{slash}QU"
    expected = f"quan-uy-long-bien/KH/{number:02d}/2021"
    assert canonical_id("KH", printed, "Quận ủy Long Biên", dt.date(2021, 9, 5)) == expected


# --- relations -------------------------------------------------------------------------------


def _relation(text: str, citation: Citation, **kw: object) -> Relation:
    rec = record(
        "x",
        text,
        kw.get("doc_type", "KH"),
        "01-KH/ĐU",
        dt.date(2021, 10, 1),  # type: ignore[arg-type]
        "Đảng ủy phường Ngọc Lâm",
        citations=[citation],
        kind=kw.get("kind", DocumentKind.directive),
    )  # type: ignore[arg-type]
    return detect_relations(rec).own.get(0, (Relation.cites, None))[0]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Thực hiện Chỉ thị số 06-CT/TU, ngày 01/9/2021 của Ban thường vụ Thành ủy về phòng, "
            "chống dịch, Đảng ủy xây dựng kế hoạch như sau:",
            Relation.implements,
        ),
        (
            "Căn cứ Chỉ thị số 06-CT/TU ngày 01/9/2021 của Ban Thường vụ Thành ủy;",
            Relation.implements,
        ),
        (
            "UBND phường xây dựng kế hoạch để triển khai thực hiện nghiêm túc Chỉ thị số "
            "06-CT/TU của Thành ủy.",
            Relation.implements,
        ),
        (
            "Thời gian qua, thực hiện Chỉ thị số 06-CT/TU của Thành ủy, công tác phòng dịch đã đạt "
            "nhiều kết quả.",
            Relation.cites,
        ),
        ("Các đối tượng được hưởng chế độ theo Chỉ thị số 06-CT/TU của Thành ủy.", Relation.cites),
        (
            "Dự án được thực hiện theo các quy định của Chỉ thị số 06-CT/TU của Thành ủy.",
            Relation.cites,
        ),
        ("Phường đã triển khai Chỉ thị số 06-CT/TU của Thành ủy.", Relation.cites),
        ("Kế hoạch này thay thế Chỉ thị số 06-CT/TU của Thành ủy.", Relation.replaces),
    ],
)
def test_relation_from_the_sentence(text: str, relation: Relation) -> None:
    assert _relation(text, cite(text, "CT", "06-CT/TU")) == relation


def test_report_reports_on_and_plan_implements() -> None:
    text = "Báo cáo kết quả thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy."
    assert _relation(text, cite(text, "CT", "06-CT/TU"), doc_type="BC") == Relation.reports_on
    # a plan that says it will report on the directive implements it
    assert _relation(text, cite(text, "CT", "06-CT/TU"), doc_type="KH") == Relation.implements


def test_news_mentions_and_reports_on() -> None:
    said = "Theo báo cáo, thực hiện Chỉ thị số 06-CT/TU của Thành ủy, phường đã lập phương án."
    assert _relation(said, cite(said, "CT", "06-CT/TU"), kind=DocumentKind.news) == Relation.cites
    met = "Phiên họp đánh giá kết quả triển khai Chỉ thị số 06-CT/TU của Thành ủy."
    assert _relation(met, cite(met, "CT", "06-CT/TU"), kind=DocumentKind.news) == (
        Relation.reports_on
    )


def test_nested_relation_between_two_cited_documents() -> None:
    graph = build_graph(chain_records()[2:3])  # the ward resolution only
    edge = graph.edges[("quan-uy-long-bien/KH/71/2021", "thanh-uy-ha-noi/CT/06/2021")]
    assert edge.relation is Relation.implements
    assert edge.stated_in == ["dang-uy-phuong-ngoc-lam/NQ/54/2021"]


# --- graph -----------------------------------------------------------------------------------


def test_chain_graph_nodes_and_edges() -> None:
    graph = build_graph(chain_records())
    ids = set(graph.nodes)
    assert {
        "thanh-uy-ha-noi/CT/06/2021",
        "quan-uy-long-bien/KH/71/2021",
        "dang-uy-phuong-ngoc-lam/NQ/54/2021",
        "chi-bo-to-dan-pho-so-5/KH/03/2021",
        "dang-uy-phuong-ngoc-lam/BC/60/2021",
        "ubnd-tp-ha-noi/CT/20/2021",
        "ubnd-tp-ha-noi/CĐ/20/2021",
        "chinh-phu/NQ/68/2021",
    } == ids
    assert sum(1 for n in graph.nodes.values() if n.stub) == 3
    implements = {
        (e.source, e.target) for e in graph.edges.values() if e.relation is Relation.implements
    }
    assert implements == {
        ("quan-uy-long-bien/KH/71/2021", "thanh-uy-ha-noi/CT/06/2021"),
        ("dang-uy-phuong-ngoc-lam/NQ/54/2021", "thanh-uy-ha-noi/CT/06/2021"),
        ("dang-uy-phuong-ngoc-lam/NQ/54/2021", "ubnd-tp-ha-noi/CT/20/2021"),
        ("dang-uy-phuong-ngoc-lam/NQ/54/2021", "quan-uy-long-bien/KH/71/2021"),
        ("dang-uy-phuong-ngoc-lam/NQ/54/2021", "ubnd-tp-ha-noi/CĐ/20/2021"),
        ("chi-bo-to-dan-pho-so-5/KH/03/2021", "dang-uy-phuong-ngoc-lam/NQ/54/2021"),
        ("thanh-uy-ha-noi/CT/06/2021", "chinh-phu/NQ/68/2021"),
    }
    reports = graph.edges[
        ("dang-uy-phuong-ngoc-lam/BC/60/2021", "dang-uy-phuong-ngoc-lam/NQ/54/2021")
    ]
    assert reports.relation is Relation.reports_on
    assert (
        graph.edges[("dang-uy-phuong-ngoc-lam/NQ/54/2021", "chinh-phu/NQ/68/2021")].relation
        is Relation.cites
    )


def test_stub_then_merge_keeps_edges_and_order_does_not_matter() -> None:
    ct, kh, *_ = chain_records()
    graph = build_graph([kh])
    stub = graph.node("thanh-uy-ha-noi/CT/06/2021")
    assert stub.stub and stub.issuer == "Ban Thường vụ Thành ủy"
    graph.add_record(ct)
    node = graph.node("thanh-uy-ha-noi/CT/06/2021")
    assert not node.stub and node.record is ct
    assert ("quan-uy-long-bien/KH/71/2021", "thanh-uy-ha-noi/CT/06/2021") in graph.edges
    forward = build_graph(chain_records()).to_json()
    backward = build_graph(list(reversed(chain_records()))).to_json()
    assert sorted(n["id"] for n in forward["nodes"]) == sorted(n["id"] for n in backward["nodes"])
    assert sorted((e["source"], e["target"], e["relation"]) for e in forward["edges"]) == sorted(
        (e["source"], e["target"], e["relation"]) for e in backward["edges"]
    )


def test_partial_citation_merges_into_the_one_document_it_fits() -> None:
    text = "5. UBND phường triển khai thực hiện nghiêm túc Kế hoạch số 324/KH-UBND."
    citing = record(
        "p",
        text,
        "KH",
        "12/KH-UBND",
        dt.date(2021, 9, 10),
        "UBND phường Ngọc Lâm",
        citations=[cite(text, "KH", "324/KH-UBND")],
    )
    body = "ỦY BAN NHÂN DÂN QUẬN LONG BIÊN\nSố: 324/KH-UBND\nKẾ HOẠCH phòng, chống dịch."
    cited = record(
        "q", body, "KH", "324/KH-UBND", dt.date(2021, 9, 4), "Ủy ban nhân dân quận Long Biên"
    )
    graph = build_graph([citing, cited])
    assert "?ubnd/KH/324/?" not in graph.nodes
    assert graph.resolve("?ubnd/KH/324/?") == "ubnd-quan-long-bien/KH/324/2021"
    assert graph.stats.unresolved == 0
    assert (
        graph.edges[("ubnd-phuong-ngoc-lam/KH/12/2021", "ubnd-quan-long-bien/KH/324/2021")].relation
        is Relation.implements
    )


def test_chain_up_and_down_with_levels() -> None:
    graph = build_graph(chain_records())
    down = graph.chain("thanh-uy-ha-noi/CT/06/2021").downward
    assert [(link.node_id, link.level, link.depth) for link in down] == [
        ("quan-uy-long-bien/KH/71/2021", Level.district, 1),
        ("dang-uy-phuong-ngoc-lam/NQ/54/2021", Level.commune, 1),
        ("chi-bo-to-dan-pho-so-5/KH/03/2021", Level.cell, 2),
    ]
    up = graph.chain("chi-bo-to-dan-pho-so-5/KH/03/2021").upward
    assert [link.node_id for link in up][:2] == [
        "dang-uy-phuong-ngoc-lam/NQ/54/2021",
        "thanh-uy-ha-noi/CT/06/2021",
    ]
    assert {link.level_name for link in up} >= {"Phường/Xã", "Tỉnh/Thành phố"}
    reports = graph.chain("thanh-uy-ha-noi/CT/06/2021").reports
    assert [r.node_id for r in reports] == ["dang-uy-phuong-ngoc-lam/BC/60/2021"]
    lines = "\n".join(graph.chain("thanh-uy-ha-noi/CT/06/2021").lines())
    assert "[Chi bộ] Kế hoạch số 03-KH/CB" in lines


def test_json_export_and_unresolved() -> None:
    graph = build_graph(chain_records())
    data = graph.to_json()
    node = next(n for n in data["nodes"] if n["id"] == "quan-uy-long-bien/KH/71/2021")
    assert node | {"sources": None} == node | {
        "type": "KH",
        "number": "71-KH/QU",
        "issuer": "Ban Thường vụ Quận ủy Long Biên",
        "level": "huyen",
        "date": "2021-09-05",
        "stub": False,
        "sources": None,
    }
    assert {"source", "target", "relation"} <= set(data["edges"][0])
    assert data["stats"]["documents"] == 5
    unresolved = {u.target for u in graph.unresolved()}
    assert unresolved == {
        "ubnd-tp-ha-noi/CT/20/2021",
        "ubnd-tp-ha-noi/CĐ/20/2021",
        "chinh-phu/NQ/68/2021",
    }
    assert graph.stats.resolved + graph.stats.unresolved == graph.stats.citations


def test_duplicate_input_is_one_node() -> None:
    records = chain_records()
    graph = build_graph([*records, records[0].model_copy()])
    assert graph.stats.documents == 5
    assert not graph.duplicates
    # the same document from another file (.docx beside .txt): one node, both sources
    other = records[1].model_copy(update={"source_path": "binary/kh_71.docx", "content_hash": "0"})
    graph = build_graph([*records, other])
    node = graph.node("quan-uy-long-bien/KH/71/2021")
    assert graph.stats.documents == 5 and node.sources == ["corpus/kh_71.txt", "binary/kh_71.docx"]
    assert graph.duplicates == [
        "binary/kh_71.docx = corpus/kh_71.txt (quan-uy-long-bien/KH/71/2021)"
    ]


def test_unnumbered_drafts_are_one_document_across_formats() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSố:      /KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số "
        "11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng "
        "đối với công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh Lào Cai"
    )
    draft = record(
        "d1",
        text,
        "KH",
        "/KH-UBND",
        None,
        "Ủy ban nhân dân tỉnh Lào Cai",
        subject="Triển khai thực hiện Chỉ thị số 11-CT/TU",
    )
    # the .docx copy: other line breaks, its subject read with a trailing "/ Kính gửi:"
    docx = draft.model_copy(
        update={
            "text": text.replace("\n", " | "),
            "content_hash": "1",
            "source_path": "d1.docx",
            "subject": "Triển khai thực hiện Chỉ thị số 11-CT/TU / Kính gửi:",
        }
    )
    graph = build_graph([draft, docx])
    (node,) = graph.records()
    assert node.id.startswith("ubnd-tinh-lao-cai/KH/draft-")
    assert node.sources == ["corpus/d1.txt", "d1.docx"]
    # same generic title, another text: two documents
    other = draft.model_copy(
        update={
            "text": "UBND TỈNH LÀO CAI\nKẾ HOẠCH\nKiểm tra vật liệu nổ công nghiệp năm 2026 tại "
            "các mỏ đá trên địa bàn các xã Văn Bàn, Bảo Yên và Bắc Hà của tỉnh Lào Cai",
            "content_hash": "2",
            "source_path": "d2.txt",
        }
    )
    assert len(build_graph([draft, other]).records()) == 2


def test_samples_chain_is_whole(nlp_rules: object) -> None:
    """corpus/samples, parsed by the extraction stage: the implementation chain of its README."""
    from conftest import SAMPLES

    from pipeline.batch import collect_inputs, parse_files

    files, _ = collect_inputs([SAMPLES])
    parsed = list(parse_files(files, words=False))
    assert not [fail.reason for _, _, fail in parsed if fail], "the extraction stage failed"
    records = [rec for _, rec, _ in parsed if rec is not None]
    assert len(records) == 6
    graph = build_graph(records)
    assert graph.stats.documents == 6
    implements = {
        (e.source, e.target) for e in graph.edges.values() if e.relation is Relation.implements
    }
    ct, kh_tp = "thanh-uy-ha-noi/CT/14/2021", "ubnd-tp-ha-noi/KH/231/2021"
    kh_qu, nq = "quan-uy-hong-ha/KH/58/2021", "dang-uy-phuong-binh-minh/NQ/27/2021"
    kh_p = "ubnd-phuong-binh-minh/KH/112/2021"
    assert {
        (kh_tp, ct),
        (kh_qu, ct),
        (nq, ct),
        (nq, kh_tp),
        (nq, kh_qu),
        (kh_p, nq),
        (kh_p, kh_tp),
        (kh_p, "ubnd-quan-hong-ha/KH/296/2021"),
    } <= implements
    assert graph.node("ubnd-quan-hong-ha/KH/296/2021").stub
    news = next(n.id for n in graph.records() if n.kind == "news")
    assert graph.edges[(news, nq)].relation is Relation.reports_on
    assert graph.edges[(news, kh_p)].relation is Relation.reports_on
    assert graph.edges[(news, ct)].relation is Relation.cites
    # one node per document: the three KH-UBND plans of three bodies stay apart
    numbers = [n.number for n in graph.nodes.values() if n.number]
    assert len(numbers) == len(set(numbers))
    assert [link.node_id for link in graph.chain(ct).downward] == [kh_tp, kh_qu, nq, kh_p]
