"""Task segmentation and the fields of each task, on short texts in real documents' forms."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp import build_nlp
from pipeline.records.build import build_record

HEAD_CT = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
Số: 15/CT-UBND Quảng Ngãi, ngày 10 tháng 5 năm 2021
CHỈ THỊ
Về tăng cường chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông năm 2021

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đặng Văn Minh
"""


def tasks_of(body: str, head: str = HEAD_CT) -> list:
    return build_record(build_nlp(words=False)(head + body + TAIL), "t.txt").tasks


def news_tasks(text: str) -> list:
    """Tasks of a news text (no header, no signature)."""
    return build_record(build_nlp(words=False)(text), "n.txt").tasks


def head_as(title: str, code: str) -> str:
    """HEAD_CT retitled as another type: head_as("QUYẾT ĐỊNH", "QĐ")."""
    return HEAD_CT.replace("CHỈ THỊ", title).replace("/CT-", f"/{code}-")


def test_heading_units_carry_to_lettered_items_and_lead_in_is_not_a_task() -> None:
    tasks = tasks_of(
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở tập trung thực hiện những nhiệm vụ sau:\n\n"
        "1. Sở Giáo dục và Đào tạo chịu trách nhiệm toàn diện về tổ chức Kỳ thi, trực tiếp "
        "thực hiện các khâu:\n"
        "a) Ban hành các văn bản chỉ đạo, hướng dẫn tổ chức Kỳ thi;\n"
        "b) Cung cấp đầy đủ, kịp thời các quy định về Kỳ thi.\n"
        "2. Công an tỉnh: Chỉ đạo các đơn vị trực thuộc bảo đảm an ninh Kỳ thi.\n"
    )
    assert [t.label for t in tasks] == ["1.a", "1.b", "2"]
    assert tasks[0].responsible == ["Sở Giáo dục và Đào tạo"]
    assert tasks[2].responsible == ["Công an tỉnh"]  # the object "các đơn vị" is not responsible


def test_deadline_recurrence_reporting_cooperation() -> None:
    (task,) = tasks_of(
        "1. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các điểm thi; định kỳ hằng "
        "tháng báo cáo kết quả về UBND tỉnh trước ngày 15/10/2021.\n"
    )
    assert task.deadline and task.deadline.date == dt.date(2021, 10, 15)
    assert task.recurrence == "hằng tháng"
    assert task.cooperating == ["Công an tỉnh"]
    assert task.reporting and "UBND tỉnh" in task.reporting


def test_relative_deadline_counts_from_the_document_date() -> None:
    (task,) = tasks_of("1. Sở Tư pháp hoàn thành trong 07 ngày kể từ ngày ký Chỉ thị này.\n")
    assert task.deadline and task.deadline.relative
    assert task.deadline.date == dt.date(2021, 5, 17)


def test_objective_section_is_not_operative_and_decimal_items_nest() -> None:
    head = head_as("KẾ HOẠCH", "KH")
    tasks = tasks_of(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Nhiệm vụ thường xuyên\n"
        "1.1. Tăng cường tuyên truyền về chuyển đổi số.\n1.2. Rà soát thủ tục hành chính.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.\n",
        head,
    )
    assert [t.label for t in tasks] == ["II.1.1", "II.1.2", "III.1"]
    assert tasks[2].responsible == ["Văn phòng UBND tỉnh"]


def test_letter_lead_in_addressee_carries_to_items() -> None:
    head = HEAD_CT.replace("CHỈ THỊ\nVề", "V/v").replace("15/CT-UBND", "15/UBND-KT")
    tasks = tasks_of(
        "Sở Công Thương đề nghị Công ty cổ phần Minh Sơn hoàn thiện các nội dung sau:\n"
        "1. Hiệu chỉnh Phương án nổ mìn thống nhất với thiết kế.\n"
        "2. Ghi rõ số lượng vật liệu nổ trong Giấy đề nghị.\n",
        head,
    )
    assert [t.label for t in tasks] == ["1", "2"]
    assert all(t.responsible == ["Công ty cổ phần Minh Sơn"] for t in tasks)


def test_report_results_are_not_tasks_but_its_requests_are() -> None:
    head = head_as("BÁO CÁO", "BC")
    tasks = tasks_of(
        "I. KẾT QUẢ THỰC HIỆN\n1. Công tác tuyên truyền đã được triển khai rộng rãi.\n"
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI\n1. Tiếp tục rà soát thủ tục hành chính.\n"
        "III. KIẾN NGHỊ\n1. Kết quả kiểm tra cho thấy các đơn vị chấp hành tốt.\n"
        "2. Kiến nghị Bộ Nông nghiệp và Môi trường sớm ban hành hướng dẫn.\n",
        head,
    )
    assert [t.label for t in tasks] == ["II.1", "III.2"]
    assert tasks[1].responsible == ["Bộ Nông nghiệp và Môi trường"]


def test_decision_articles_that_assign_duties() -> None:
    head = head_as("QUYẾT ĐỊNH", "QĐ")
    tasks = tasks_of(
        "Điều 1. Phê duyệt Đề án chuyển đổi số tỉnh Quảng Ngãi.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành "
        "Quyết định này.\n",
        head,
    )
    assert [t.label for t in tasks] == ["Điều 3"]
    assert tasks[0].responsible == ["Chánh Văn phòng UBND tỉnh", "Giám đốc các Sở"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các chi bộ trực thuộc quán triệt Nghị quyết", ["Các chi bộ trực thuộc"]),
        (
            "MTTQ và các đoàn thể chính trị - xã hội phường tuyên truyền",
            ["MTTQ", "các đoàn thể chính trị - xã hội phường"],
        ),
        ("Các cấp ủy, tổ chức đảng tổ chức học tập", ["Các cấp ủy", "tổ chức đảng"]),
    ],
)
def test_news_prose_list_units_carry(sentence: str, expected: list[str]) -> None:
    news = "Họp Ban Chỉ đạo phường Bình Minh\nNgày đăng 20/10/2021 | 16:45\n\n"
    body = f"Đồng chí Bí thư yêu cầu: {sentence} đến đảng viên; tiếp tục rà soát các hộ dân.\n"
    tasks = news_tasks(news + body)
    assert len(tasks) == 2 and all(t.label is None for t in tasks)
    assert tasks[0].responsible == expected
    assert tasks[1].responsible == tasks[0].responsible  # the addressee carries


# Unit lists of Lào Cai plans and decisions (skill-sct), read with POS tags as `vanban run` does:
# qualifiers that look like verbs ("thuộc", "phục vụ", "có liên quan"), a name wrapped after
# "và", an organ named in lower case, and "Phân công" as a verb of assignment.
UNIT_LISTS = """1. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh,
Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện.
2. Giao Sở Nông nghiệp và
Môi trường chủ trì, phối hợp với các đơn vị liên quan kiểm tra.
3. Giao Ban xây dựng đảng Đảng ủy chủ trì tham mưu tổ chức hội nghị.
4. Các cấp ủy, tổ chức đảng, chính quyền các cấp tổ chức quán triệt.
5. Phân công Sở Tài chính bố trí kinh phí thực hiện.
"""
UNIT_LISTS += (
    "6. Giám đốc Sở Công Thương; Giám đốc Trung tâm phục vụ Hành chính công tỉnh; Thủ trưởng"
    " các cơ quan có liên quan chịu trách nhiệm thi hành.\n"
)


def test_unit_lists_with_pos_tags() -> None:
    record = build_record(build_nlp(words=True)(HEAD_CT + UNIT_LISTS + TAIL), "t.txt")
    assert [t.responsible for t in record.tasks] == [
        [
            "Các Sở, ban, ngành thuộc tỉnh",
            "Công an tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Ủy ban nhân dân các xã, phường",
        ],
        ["Sở Nông nghiệp và Môi trường"],
        ["Ban xây dựng đảng Đảng ủy"],
        ["Các cấp ủy", "tổ chức đảng", "chính quyền các cấp"],
        ["Sở Tài chính"],
        [
            "Giám đốc Sở Công Thương",
            "Giám đốc Trung tâm phục vụ Hành chính công tỉnh",
            "Thủ trưởng các cơ quan có liên quan",
        ],
    ]


def test_news_prose_list_addressed_before_the_colon() -> None:
    """'UBND tỉnh yêu cầu <units>: a; b.' (Đắk Song news) -> one task per segment for <units>;
    a list set out on the lines below the colon is left to the item reader."""
    news = "Phòng, chống dịch bệnh trong hoạt động văn hóa\n(2020-02-03)\n\n"
    body = (
        "UBND tỉnh yêu cầu Ủy ban nhân dân các huyện, thành phố: Tạm dừng tổ chức các lễ hội"
        " chưa khai mạc; hạn chế các hoạt động tập trung đông người tham gia.\n\n"
        "UBND tỉnh đề nghị Sở Y tế:\n(1). Xem xét bổ sung kinh phí phòng dịch.\n"
    )
    tasks = news_tasks(news + body)
    assert [(t.text, t.responsible) for t in tasks] == [
        ("Tạm dừng tổ chức các lễ hội chưa khai mạc", ["Ủy ban nhân dân các huyện, thành phố"]),
        (
            "hạn chế các hoạt động tập trung đông người tham gia",
            ["Ủy ban nhân dân các huyện, thành phố"],
        ),
    ]


HEAD_TB = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG CAM ĐƯỜNG Độc lập - Tự do - Hạnh phúc
Số: 831/TB-UBND Cam Đường, ngày 06 tháng 8 năm 2026
THÔNG BÁO
{subject}

"""


@pytest.mark.parametrize(
    ("subject", "count"),
    [
        ("Về việc công khai thông tin kết quả tiếp nhận hồ sơ", 0),  # informs
        ("Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban", 2),  # directs
    ],
)
def test_a_notice_directs_only_when_it_concludes(subject: str, count: int) -> None:
    body = (
        "1. Thời gian tiếp nhận hồ sơ từ ngày 01/8/2026 đến ngày 05/8/2026.\n"
        "2. Kết quả tiếp nhận hồ sơ: một hồ sơ hợp lệ.\n"
    )
    assert len(tasks_of(body, HEAD_TB.format(subject=subject))) == count


def test_decision_article_titled_organisation_of_implementation() -> None:
    head = HEAD_CT.replace("CHỈ THỊ", "QUYẾT ĐỊNH").replace("15/CT-UBND", "2867/QĐ-UBND")
    body = (
        "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện nhiệm vụ.\n"
        "Điều 2. Thời hạn ủy quyền đến hết ngày 31/12/2026.\n"
        "Điều 3. Tổ chức thực hiện\n"
        "1. Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ quy định của pháp luật.\n"
        "2. Giám đốc Sở Công Thương\n"
        "a) Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền.\n"
        "b) Tổ chức triển khai thực hiện các thủ tục hành chính.\n"
    )
    tasks = tasks_of(body, head)
    assert [t.label for t in tasks] == ["Điều 3.1", "Điều 3.2.a", "Điều 3.2.b"]
    assert tasks[1].responsible == ["Giám đốc Sở Công Thương"]


HEAD_CV = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc
Số: 7103/UBND-TH Lào Cai, ngày 10 tháng 9 năm 2026
V/v quản lý tài sản kết cấu hạ tầng

"""


@pytest.mark.parametrize(
    ("lead_in", "count"),
    [
        (  # a wrapped lead-in that names units and what they are to do
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương, cơ quan,\n"
            "đơn vị nghiêm túc triển khai thực hiện các nội dung sau:\n",
            2,
        ),
        (  # a letter that reports and proposes
            "Ủy ban nhân dân tỉnh Lào Cai báo cáo và đề nghị Bộ Xây dựng\nnội dung như sau:\n",
            0,
        ),
    ],
)
def test_wrapped_lead_in_of_a_letter(lead_in: str, count: int) -> None:
    body = (
        lead_in + "1. Rà soát, thống kê tài sản kết cấu hạ tầng được giao quản lý.\n"
        "2. Cập nhật dữ liệu vào cơ sở dữ liệu quốc gia về tài sản công.\n"
    )
    tasks = tasks_of(body, HEAD_CV)
    assert len(tasks) == count
    assert all(t.responsible for t in tasks)


def test_news_reports_a_request_without_a_colon() -> None:
    """Tương Mai news: 'UBND Thành phố yêu cầu Sở X chủ trì ...; tổ chức lập ...' -> one task
    per segment, the first starting with its units."""
    news = "Hà Nội bàn giao hồ sơ phương án tuyến Quốc lộ 1A\n(2026-05-18)\n\n"
    body = (
        "Tại văn bản, UBND Thành phố yêu cầu Sở Quy hoạch - Kiến trúc chủ trì, phối hợp với các"
        " đơn vị nghiên cứu, đề xuất phương án; tổ chức lập Quy hoạch phân khu theo quy định.\n"
    )
    tasks = news_tasks(news + body)
    assert [t.text.split()[:3] for t in tasks] == [["Sở", "Quy", "hoạch"], ["tổ", "chức", "lập"]]
    assert all(t.responsible == ["Sở Quy hoạch - Kiến trúc"] for t in tasks)


def test_news_request_without_colon_ends_with_its_sentence() -> None:
    news = "Tổng kết công tác phòng chống thiên tai\n(2025-12-20)\n\n"
    body = (
        "Đồng chí Chủ tịch đề nghị các sở, ngành tăng cường giám sát. Trong năm qua, toàn tỉnh"
        " ghi nhận 12 trận lũ. Thiệt hại ước tính 200 tỷ đồng.\n"
    )
    tasks = news_tasks(news + body)
    assert [t.text for t in tasks] == ["các sở, ngành tăng cường giám sát"]


def test_scanned_thanh_pho_stays_in_the_unit_list() -> None:
    """qngai scans: 'thành phố' read 'thành phô' / 'thành phế' is no verb ending the units."""
    body = (
        "1. Chủ tịch Ủy ban nhân dân\ncác huyện, thành phô trong tỉnh chỉ đạo các cơ quan.\n"
        "2. Chủ tịch UBND các huyện, thị xã, thành phế: chỉ đạo rà soát.\n"
    )
    record = build_record(build_nlp(words=True)(HEAD_CT + body + TAIL), "t.txt")
    assert [t.responsible for t in record.tasks] == [
        ["Chủ tịch Ủy ban nhân dân các huyện, thành phô trong tỉnh"],
        ["Chủ tịch UBND các huyện, thị xã, thành phế"],
    ]


def test_long_lead_in_with_an_aside_names_every_addressee() -> None:
    """A ministry letter: the lead-in runs over lines, and a bracketed short name interrupts
    its list of addressees; a scan read item "1." as "I."."""
    head = HEAD_CV.replace("ỦY BAN NHÂN DÂN", "BỘ TÀI CHÍNH").replace("TỈNH LÀO CAI", "")
    body = (
        "Ngày 20/5/2026, Chính phủ đã ban hành Nghị định số 178/2026/NĐ-CP. Quyết định có hiệu"
        " lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh chỉ đạo, kiểm tra việc thực hiện."
        " Để triển khai thực hiện, Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ, cơ quan khác"
        " ở trung ương\n(sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các tỉnh,"
        " thành phố\ntrực thuộc trung ương tập trung chỉ đạo triển khai đầy đủ các nhiệm vụ, trách"
        " nhiệm\nđược giao theo quy định tại Nghị định số 178/2026/NĐ-CP và pháp luật có liên\n"
        "quan; trong đó lưu ý các nhiệm vụ, giải pháp trọng tâm sau:\n\n"
        "I. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định.\n"
        "2. Rà soát các văn bản quy phạm pháp luật đã ban hành.\n"
        "3. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3\n"
        "Nghị định số 178/2026/NĐ-CP):\n"
        "a) Hướng dẫn về loại tài sản, danh mục tài sản kết cấu hạ tầng.\n"
    )
    tasks = tasks_of(body, head)
    assert [t.label for t in tasks] == ["1", "2", "3.a"]
    addressees = [
        "các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]
    assert tasks[0].responsible == addressees and tasks[1].responsible == addressees
    assert tasks[2].responsible == ["các Bộ quản lý chuyên ngành"]


def test_units_under_an_item_title_line() -> None:
    """A UBND tỉnh letter: '3. Tổ chức thực hiện' on its own line, the units on the next."""
    body = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện một số"
        " nhiệm vụ sau:\n1. Rà soát các cơ sở, công trình trên địa bàn.\n"
        "2. Tổ chức thực hiện\nThủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân"
        " dân các\nxã, phường; người đứng đầu các cơ quan, đơn vị có liên quan chịu trách nhiệm"
        " tổ\nchức triển khai thực hiện nghiêm túc các nội dung nêu trên.\n"
    )
    tasks = tasks_of(body, HEAD_CV)
    assert [t.label for t in tasks] == ["1", "2"]
    assert tasks[1].responsible == [
        "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
        "người đứng đầu các cơ quan, đơn vị có liên quan",
    ]


def test_a_report_section_that_reviews_is_not_operative() -> None:
    """A Sở NN&MT report: 'I. Đánh giá công tác chỉ đạo và tổ chức thực hiện nhiệm vụ ...'
    holds results, though its title names 'tổ chức thực hiện' and 'nhiệm vụ'."""
    head = head_as("BÁO CÁO", "BC")
    tasks = tasks_of(
        "I. Đánh giá công tác chỉ đạo và tổ chức thực hiện nhiệm vụ bảo vệ môi trường\n"
        "1. Sở đã tham mưu ban hành 12 văn bản chỉ đạo.\n2. Các huyện đã triển khai kế hoạch.\n"
        "II. KIẾN NGHỊ VÀ ĐỀ XUẤT\n1. Đề nghị Bộ Nông nghiệp và Môi trường bổ sung kinh phí.\n",
        head,
    )
    assert [t.label for t in tasks] == ["II.1"]


def test_nouns_made_with_giao_assign_nothing_and_item_headings_are_not_prose() -> None:
    """A Prime Minister's directive: '1. Các Bộ: Công Thương, Giao thông vận tải, ...:' heads
    its lettered items (no prose list from 'Giao thông'); a briefing ('giao ban') assigns
    nothing."""
    body = (
        "Tại Hội nghị giao ban tuần, các đơn vị đã báo cáo kết quả.\n"
        "HĐND phường Phúc Lợi giao ban công tác tháng 11/2018.\n"
        "1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:\n"
        "a) Khẩn trương ban hành kế hoạch giảm nhẹ phát thải khí nhà kính.\n"
        "b) Chủ trì, phối hợp với các cơ quan liên quan tham mưu cho cấp có thẩm quyền.\n"
        "2. Giao Ban Quản lý dự án chủ trì tổ chức thực hiện.\n"
    )
    tasks = tasks_of(body)
    assert [t.label for t in tasks] == ["1.a", "1.b", "2"]
    assert tasks[2].responsible == ["Ban Quản lý dự án"]


def test_execution_clause_after_the_entry_into_force_sentence() -> None:
    """The usual close of a UBND decision: one article holds both sentences."""
    head = head_as("QUYẾT ĐỊNH", "QĐ")
    tasks = tasks_of(
        "Điều 1. Phê duyệt danh mục dự án.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký.\n"
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định"
        " này./.\n",
        head,
    )
    assert [t.label for t in tasks] == ["Điều 2"]
    assert tasks[0].text.startswith("Chánh Văn phòng")
    assert tasks[0].responsible == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài chính"]


def test_news_reposting_a_directives_numbered_requirements() -> None:
    """A district site reposts a directive: the lead-in, then its numbered items."""
    news = "Chỉ thị số 16 về thực hiện các biện pháp cấp bách phòng, chống dịch\n(2020-03-31)\n\n"
    body = (
        "Thủ tướng Chính phủ yêu cầu các Bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố"
        " trực thuộc Trung ương tập trung cao độ thực hiện có hiệu quả các biện pháp cấp bách"
        " sau:\n1. Về công tác phòng, chống dịch bệnh COVID-19:\nCác Sở, ban ngành, đơn vị thuộc"
        " Ủy ban nhân dân tỉnh tiếp tục thực hiện nghiêm các biện pháp.\n"
        "2. Bộ Y tế chỉ đạo các bệnh viện thực hiện các quy trình.\n"
    )
    tasks = news_tasks(news + body)
    assert [t.label for t in tasks] == ["1", "2"]
    assert tasks[0].responsible == ["Các Sở, ban ngành, đơn vị thuộc Ủy ban nhân dân tỉnh"]
    assert tasks[1].responsible == ["Bộ Y tế"]


def test_names_after_a_plural_head_and_its_colon() -> None:
    head = head_as("QUYẾT ĐỊNH", "QĐ")
    tasks = tasks_of(
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài chính, Xây dựng,"
        " Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết"
        " định này./.\n",
        head,
    )
    assert tasks[0].responsible == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc các Sở: Tài chính, Xây dựng, Công Thương",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (  # a time between the verb and its addressee
            "Đồng thời đề nghị trong thời gian tới, UBND huyện chủ động chỉ đạo các ngành; tập"
            " trung lãnh đạo nâng cao chất lượng huấn luyện.",
            ["UBND huyện"],
        ),
        (  # an addressee named generically
            "Trưởng Đoàn đề nghị mỗi địa phương cần tăng cường thực hiện các biện pháp; đẩy mạnh"
            " công tác tuyên truyền.",
            ["mỗi địa phương"],
        ),
    ],
    ids=["aside", "generic-addressee"],
)
def test_news_requests_read_past_asides_and_generic_addressees(
    sentence: str, units: list[str]
) -> None:
    news = "Hội nghị tổng kết công tác quốc phòng năm 2020\n(2020-12-28)\n\n"
    tasks = news_tasks(news + sentence + "\n")
    assert len(tasks) == 2 and all(t.responsible == units for t in tasks)


def test_review_counter_examples_for_tasks() -> None:
    """What the task rules must leave alone: a crop season ('Vụ Đông Xuân') is no unit, a
    first line that wraps on is no title, a request before a lead-in stays a task, and
    'giao ban quản lý ...' assigns."""
    season = tasks_of(
        "UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường thực hiện các nội dung sau:\n"
        "1. Vụ Đông Xuân 2024-2025:\na) Bảo đảm đủ nước tưới.\n"
    )
    assert season and season[0].responsible == ["Sở Nông nghiệp và Môi trường"]
    wrapped = tasks_of(
        "1. Tăng cường phối hợp với\nUBND các huyện trong kiểm tra an toàn thực phẩm.\n"
    )
    assert wrapped and wrapped[0].responsible != ["UBND các huyện trong"]
    before = tasks_of(
        "Giao Sở Y tế chủ trì tổng hợp trước ngày 15/6/2021.\n"
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở thực hiện các nội dung sau:\n"
        "1. Rà soát kế hoạch.\n2. Báo cáo kết quả.\n"
    )
    assert any(t.responsible == ["Sở Y tế"] for t in before)
    briefing = tasks_of(
        "1. UBND tỉnh giao ban quản lý các khu công nghiệp tỉnh chủ trì rà soát quy hoạch.\n"
    )
    assert briefing and briefing[0].responsible


def test_a_body_that_asks_is_not_the_one_that_acts() -> None:
    """A ward notice's item: "UBND phường đề nghị các tổ dân phố ..." is the wards' groups' task."""
    tasks = tasks_of(
        "1. Thời gian niêm yết từ ngày 28/10/2020.\n"
        "2. UBND phường Cự Khối đề nghị các tổ dân phố tổ chức niêm yết công khai tại Nhà văn"
        " hóa.\n",
        head_as("THÔNG BÁO", "TB"),
    )
    assert [t.responsible for t in tasks if t.label == "2"] == [["các tổ dân phố"]]


def test_a_body_that_assigns_its_own_staff_still_acts() -> None:
    """Review counter-example: "phân công" is the body's own act, unlike "đề nghị"."""
    tasks = tasks_of(
        "1. Công an phường phân công cán bộ trực 24/24 giờ, tuần tra kiểm soát trên địa bàn.\n",
        head_as("KẾ HOẠCH", "KH"),
    )
    assert [t.responsible for t in tasks] == [["Công an phường"]]


def test_resolution_items_that_only_approve_are_no_tasks() -> None:
    """A congress resolution's "QUYẾT NGHỊ": items that approve ("Tán thành", "Thông qua",
    "Hoàn toàn nhất trí") assign nothing; the one that "giao cho" the new committee does."""
    tasks = tasks_of(
        "ĐẠI HỘI QUYẾT NGHỊ:\n"
        "1. Tán thành bản báo cáo kiểm điểm nhiệm kỳ 2020 - 2025 của Ban Chấp hành.\n"
        "2. Hoàn toàn nhất trí phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030.\n"
        "3. Giao Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030 tổ chức thực hiện thắng lợi Nghị"
        " quyết.\n",
        head_as("NGHỊ QUYẾT", "NQ"),
    )
    assert [t.label for t in tasks] == ["3"]


def test_plan_items_opening_thong_qua_are_still_tasks() -> None:
    """ "Thông qua" also means "by means of": a plan's item that opens with it is no approval."""
    tasks = tasks_of(
        "Ủy ban nhân dân xã yêu cầu các đơn vị thực hiện:\n"
        "1. Thông qua hệ thống loa truyền thanh xã, Đài Truyền thanh xã tuyên truyền rộng rãi.\n"
        "2. Công an xã tăng cường tuần tra.\n",
        head_as("KẾ HOẠCH", "KH"),
    )
    assert [t.label for t in tasks] == ["1", "2"]


def test_request_ending_without_its_stop_before_the_closing_paragraph() -> None:
    """A notice's last item typed without its full stop, then the closing "…/." paragraph: the
    item's request is still a task, and ends where its paragraph ends."""
    tasks = tasks_of(
        "Ủy ban nhân dân huyện thông báo lịch tiếp công dân như sau:\n\n1. Thời gian: ngày 20"
        " hàng tháng.\n\n2. Giao Trung tâm Văn hóa, Thể thao và Truyền thông huyện tổ chức"
        " đăng tải rộng rãi thông báo này\n\nVới nội dung trên, Ủy ban nhân dân huyện thông"
        " báo để các đơn vị biết và thực hiện./.\n",
        head_as("THÔNG BÁO", "TB").replace("Về tăng cường chỉ đạo", "Về lịch tiếp công dân của"),
    )
    assert [t.label for t in tasks] == ["2"]
    assert tasks[0].text.endswith("thông báo này")


def test_item_stating_a_field_informs_but_a_request_under_it_counts() -> None:
    """A notice with no subject directs, yet "2. Địa điểm ngừng cấp điện: ..." only informs
    (pages39); a request said under such an item is still a task (new150)."""
    head = head_as("THÔNG BÁO", "TB").replace("Về tăng cường chỉ đạo", "")
    tasks = tasks_of(
        "1. Thời gian: Từ 07h00 - 17h00 ngày 14/5/2020.\n\n"
        "2. Địa điểm ngừng cấp điện: Tổ dân phố Thanh Lương 4.\n\n"
        "3. Địa điểm niêm yết: Nhà văn hóa các tổ dân phố.\n"
        "Ủy ban nhân dân phường đề nghị các tổ dân phố tổ chức niêm yết công khai danh sách.\n\n",
        head,
    )
    assert [t.label for t in tasks] == ["3"]
    assert tasks[0].responsible == ["các tổ dân phố"]


def test_a_plan_s_aims_are_no_tasks_at_any_level() -> None:
    """A repost that flattened "I. MỤC ĐÍCH, YÊU CẦU" into "1. ..." keeps the aims out of the
    tasks, and its "Yêu cầu:" heading opens no prose list (pages47)."""
    tasks = tasks_of(
        "1. MỤC ĐÍCH YÊU CẦU\n2. Mục đích:\n- Tổ chức các hoạt động thiết thực chào mừng kỷ niệm.\n"
        "1. Yêu cầu:\n\nCác hoạt động phải bảo đảm an toàn, thiết thực, tiết kiệm.\n\n",
        head_as("KẾ HOẠCH", "KH"),
    )
    assert tasks == []


def test_plan_issued_by_a_decision_and_printed_after_its_signature_gives_tasks() -> None:
    """A decision's plan printed after the signature (its title, then "(Kèm theo Quyết định
    số ...)") holds the tasks the decision sets; its annex does not (gh03)."""
    text = (
        HEAD_CT.replace("CHỈ THỊ", "QUYẾT ĐỊNH").replace("/CT-", "/QĐ-")
        + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống dịch.\n"
        + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        + TAIL
        + "\n\nKẾ HOẠCH\nPhòng chống dịch năm 2021\n(Kèm theo Quyết định số 15/QĐ-UBND ngày"
        " 10/5/2021 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng chống dịch.\n"
        "II. NHIỆM VỤ CỤ THỂ\n1. Sở Y tế chủ trì theo dõi tình hình dịch bệnh.\n"
        "2. Sở Tài chính bố trí kinh phí phòng chống dịch.\n\nPHỤ LỤC\nDANH MỤC CÔNG VIỆC\n"
        "1. Mua sắm vật tư y tế.\n"
    )
    tasks = build_record(build_nlp(words=False)(text), "t.txt").tasks
    assert [t.label for t in tasks] == ["II.1", "II.2"]
    assert tasks[0].responsible == ["Sở Y tế"]


def test_review_counter_examples_for_this_session_s_task_rules() -> None:
    """A conclusion's "2. Yêu cầu:" and a plan's "Thời gian thực hiện:" item under "TỔ CHỨC
    THỰC HIỆN" still assign; a draft plan attached to a submission sets no tasks (stop 15)."""
    conclusion = tasks_of(
        "1. Đánh giá cao kết quả thực hiện.\n2. Yêu cầu:\na) Phòng Tài nguyên và Môi trường hoàn"
        " thành hồ sơ trước ngày 30/4/2021.\nb) UBND xã Hoa Thành vận động các hộ dân.\n\n",
        head_as("THÔNG BÁO", "TB").replace("Về tăng cường chỉ đạo", "Kết luận của Chủ tịch về"),
    )
    assert {"2.a", "2.b"} <= {t.label for t in conclusion}
    plan = tasks_of(
        "I. MỤC ĐÍCH\nGiữ gìn vệ sinh.\nII. TỔ CHỨC THỰC HIỆN\n1. Thời gian thực hiện: UBND các"
        " xã tổ chức ra quân, hoàn thành trước ngày 30/5/2021.\n\n",
        head_as("KẾ HOẠCH", "KH"),
    )
    assert [t.label for t in plan] == ["II.1"]
    submission = (
        head_as("TỜ TRÌNH", "TTr")
        + "Ủy ban nhân dân huyện kính trình phê duyệt Kế hoạch.\n"
        + TAIL
        + "\n\nKẾ HOẠCH\nPhát triển sản xuất\n(Kèm theo Tờ trình số 15/TTr-UBND)\n\n"
        "I. NHIỆM VỤ\n1. Sở Y tế chủ trì.\n"
    )
    assert build_record(build_nlp(words=False)(submission), "t.txt").tasks == []
