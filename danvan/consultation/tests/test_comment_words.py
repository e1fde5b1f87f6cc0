"""How a comment is read before it is compared (`comment_words`, `grouping.terms` / `features`): variants as one word,
stance-only comments as their stance, and the marks the mixed regrouping adds to a refusal or an agreement that says
more."""

import numpy as np

from danvan.consultation import comment_words, grouping, lexicon


def test_variants_are_read_as_one_word():
    assert grouping.words("Tăng lương cho GV") == grouping.words("tang thu nhap cho giao vien")
    assert grouping.words("DN ko được") == ["doanh", "nghiep", "khong", "duoc"]
    assert grouping.words("thù lao cho người già ở vùng cao") == grouping.words("lương cho người cao tuổi ở miền núi")
    assert lexicon.parse("giao vien: gv | thay co\n# note\nbad line") == {
        ("gv",): ("giao", "vien"), ("thay", "co"): ("giao", "vien")}


def test_a_short_agreement_that_asks_for_nothing_is_an_agreement():
    for text in ("Tôi đồng ý với phần nông nghiệp.", "Nhất trí ạ", "dong y het", "Em tán thành dự thảo ạ",
                 "Dự thảo viết rất đầy đủ, tôi đồng tình."):
        assert grouping.features(text) == {"#agree": 1.0}, text
    assert grouping.features("Tôi kôhng đồng tình.") == {"#disagree": 1.0}
    for text in ("Đồng ý nhưng cần bổ sung chỉ tiêu về rừng", "SGK nên thống nhất 1 bộ",
                 "Giảm giấy tờ cho giáo viên ạ", "Không đồng ý sáp nhập điểm trường lẻ"):
        assert "#agree" not in grouping.features(text), text


def test_an_agreement_naming_what_it_agrees_with_or_who_agrees_is_an_agreement():
    """"thống" is one letter from "không", "Điều 12" is not "điều chỉnh", "hợp lý" is not "xử lý": none of them
    makes an agreement a proposal or a refusal (the sixth pass: a fifth of the blind sets' agreements were split
    off their group so)."""
    for text in ("Nhất trí với Điều 12.", "Hội Nông dân thôn 2 thống nhất với dự thảo.", "thong nhat voi dieu 3",
                 "Mức phạt như vậy là hợp lý, tôi đồng ý.", "Tán thành, không có ý kiến gì thêm.",
                 "Rất cần thiết, tôi ủng hộ", "Được ạ", "Em thấy ổn", "Rất hay."):
        assert grouping.features(text) == {"#agree": 1.0}, text
    assert grouping.features("ko dc") == {"#disagree": 1.0}
    for text in ("Không thống nhất với Điều 6", "Thống nhất nhưng cần bổ sung chỉ tiêu rừng",
                 "Đồng ý, đề nghị tăng mức phạt", "Cần thiết phải tăng lương, tôi đồng ý",
                 "Đề nghị thống nhất một đầu mối tiếp nhận đơn"):
        assert "#agree" not in grouping.features(text), text


def test_an_agreement_with_its_object_its_reasons_or_a_short_urging_is_an_agreement():
    """The seventh pass: who agrees and what with ("với …", "như …") do not make an agreement a proposal, nor does a
    clause judging it ("là cần thiết") or a short urging after it; "đúng" alone agrees, and "phòng" is no typo of
    "không" (a typo of it keeps its "k")."""
    for text in ("Đúng!", "Đúng rồi", "Tốt, nên làm sớm.", "Được, làm vậy là đúng.", "Hợp lý, không có ý kiến thêm.",
                 "Nhất trí với phần quốc phòng an ninh.", "Hội Nông dân xã thống nhất với nội dung hỗ trợ sinh kế.",
                 "Nhất trí với cách xử lý đơn nặc danh như dự thảo.", "Công đoàn công ty may Hòa Bình nhất trí.",
                 "Tôi nhất trí với các nội dung dự thảo về công tác xây dựng, chỉnh đốn Đảng.",
                 "Hỗ trợ chuyển đổi nghề như vậy là cần thiết, tôi nhất trí.", "Tán thành, phải xử lý nghiêm.",
                 "Thống nhất, mong sớm được hỗ trợ.", "Rất hoan nghênh kế hoạch này"):
        assert grouping.features(text) == {"#agree": 1.0}, text
    for text in ("Thuê mua là phù hợp nhất với người lao động thu nhập thấp.",
                 "Nâng mức doanh thu chịu thuế lên cho phù hợp thực tế.",
                 "Bí thư kiêm trưởng thôn vừa gọn vừa thống nhất chỉ đạo.",
                 "Đồng ý với việc sáp nhập nhưng phải giữ tên hội.", "Đồng ý, đề nghị tăng mức phạt.",
                 "Nhất trí, nhưng cần bổ sung chỉ tiêu rừng.", "Không nhất trí với cách xử lý đơn nặc danh."):
        assert "#agree" not in grouping.features(text), text


def test_no_further_opinion_and_southern_spellings_are_stances():
    """The ninth pass: "không có ý kiến gì thêm" alone has nothing to add to the draft (an agreement, as the writers
    of blind sets 6 and 7 grouped it); "tui" is "tôi", "hổng đồng ý" is "không đồng ý"; "hỏng" elsewhere stays a
    word."""
    for text in ("Không có ý kiến gì khác.", "Không có ý kiến gì thêm.", "Tôi không có ý kiến gì thêm ạ",
                 "tui thấy được"):
        assert grouping.features(text) == {"#agree": 1.0}, text
    assert grouping.features("tui hổng đồng ý") == {"#disagree": 1.0}
    for text in ("Không có ý kiến gì thêm, đề nghị tăng mức phạt.", "Đường hỏng nhiều"):
        assert grouping.terms(text)[0] is None, text


def test_a_stance_on_a_named_object_and_every_no_further_comment_form_are_stances():
    """The twelfth pass: "không (có) ý kiến (gì) (thêm / khác / nữa)" in every form, and one clause of a stance verb
    with a short object ("Tán thành điều 5", "ko đồng ý phương án này") state a stance; an object that asks for a
    change, gives a reason or runs long makes a proposal or a refusal of its own."""
    for text in ("Không ý kiến nữa.", "Chúng tôi không có ý kiến khác ạ", "hổng có ý kiến gì khác", "okela",
                 "Ủng hộ phương án thuê nhà", "Tán thành điều 5", "Hội Phụ nữ ấp đồng ý mức thu này"):
        assert grouping.features(text) == {"#agree": 1.0}, text
    for text in ("ko đồng ý phương án này", "Chúng tôi không tán thành khoản 4.", "Tôi chưa nhất trí lộ trình như vậy"):
        assert grouping.features(text) == {"#disagree": 1.0}, text
    for text in ("Đồng ý tăng phí trông giữ xe", "Không đồng ý vì thu phí quá cao", "Ủng hộ nhưng phải làm từ từ",
                 "Không đồng ý sáp nhập hai trường tiểu học", "Không đồng ý bỏ chợ tạm", "Đồng ý, cần thêm bãi đỗ xe",
                 "Không có ý kiến khác, đề nghị giảm phí."):
        assert grouping.terms(text)[0] is None, text


def test_a_refusal_with_its_reason_stays_apart_from_the_proposals_in_its_words_when_vectors_are_mixed():
    """The thirteenth pass: a comment refusing what others ask for, in the same words ("cấm pháo hoa"), carries the
    refusal's feature in the mixed regrouping and groups with the other refusals; the words alone (a save, a piece
    not yet embedded) read it as before. A stance alone stays a stance; asking not to do something is no refusal."""
    texts = ["Đề nghị cấm đốt pháo hoa tự chế trong ngày cưới", "Cấm hẳn pháo hoa tự chế ở đám cưới, nguy hiểm lắm",
             "Nên cấm pháo hoa tự chế trong tiệc cưới",
             "Tôi không đồng ý cấm pháo hoa ngày cưới, đây là niềm vui của dân",
             "ko tan thanh cam phao hoa dam cuoi, vui ma", "Phản đối cấm pháo hoa trong đám cưới, cả đời có một lần"]
    assert [comment_words.refuses(t) for t in texts] == [False] * 3 + [True] * 3
    for text in ("Đề nghị không thu phí gửi xe ban đêm", "Đồng ý dời chợ, nhưng cần làm đường vào", "Không nên để rác"):
        assert not comment_words.refuses(text), text
    assert grouping.features("hổng đồng ý", marks=True) == {"#disagree": 1.0}
    df = grouping.document_frequencies(texts)
    plain = [grouping.features(t, df) for t in texts]
    marked = [grouping.features(t, df, marks=True) for t in texts]
    assert all(grouping.REFUSAL not in v for v in plain) and grouping.REFUSAL in marked[4]
    assert abs(sum(v * v for v in marked[4].values()) - 1) < 1e-9
    neutral = np.zeros((len(texts), 4), dtype=np.float32)  # the meaning half says nothing here
    assert grouping.partition(plain, dense=neutral) == [0] * 6
    assert grouping.partition(marked, dense=neutral) == [0, 0, 0, 1, 1, 1]


def test_an_agreement_with_its_reason_leans_towards_the_agreements_when_vectors_are_mixed():
    """The thirteenth pass: an agreement with a reason or a wish ("Chợ cũ ngập …, tôi nhất trí dời chợ") carries
    the agreements' feature in the mixed regrouping and joins the plain agreements; an agreement that turns
    ("nhưng …"), "thống nhất" meaning uniform, and a refusal do not."""
    for text in ("Đồng ý, mong chợ mới có chỗ gửi xe rộng rãi cho bà con", "ung ho xay cho moi, cho cu dot nat qua"):
        assert comment_words.agrees_among_more(text), text
    for text in ("Đồng ý dời chợ, nhưng cần làm đường vào", "Đề nghị dùng một mẫu biển hiệu thống nhất",
                 "Tôi không đồng ý dời chợ, xa quá"):
        assert not comment_words.agrees_among_more(text), text
    texts = ["Tán thành", "Nhất trí", "Đồng ý ạ", "Chợ cũ mùa mưa ngập tới gối, buôn bán khổ lắm, tôi nhất trí dời chợ.",
             "Đề nghị làm mái che cho khu bán cá", "Khu bán cá cần có mái che và rãnh thoát nước"]
    df = grouping.document_frequencies(texts)
    neutral = np.zeros((len(texts), 4), dtype=np.float32)
    assert grouping.partition([grouping.features(t, df) for t in texts], dense=neutral)[3] != 0
    assert grouping.partition([grouping.features(t, df, marks=True) for t in texts], dense=neutral) == [0] * 4 + [1] * 2
