"""What the portal benches post as citizens' comments (bench/portal.py's locust users, bench/portal_cpu.py).

A crowd commenting on one piece of a draft writes about a handful of subjects in many ways: `comment(rng, n)`
draws a subject, one way of saying it, sometimes a place or a group it concerns, and ends with the comment's
own number, so no two texts are the same (the portal holds a text sent twice within an hour as a repeat) and
the comments fall into groups as real ones do (about twenty groups after a thousand comments).

`comment(rng, n, kind="unique")` is the bench's earlier text instead ("Góp ý số n …, đề nghị làm rõ thêm
<a random number>"): every text differs from every other by two numbers and shares no content word with
any, so each one starts a group of its own and every save compares it with every earlier one — a worst case
for the grouping whose cost grows with each comment posted (1,000 groups after 1,000 comments).
"""

from __future__ import annotations

import random

# (stance, ways of saying it): the subjects a crowd raises on a piece of a provincial congress's report.
SUBJECTS = [
    ("agree", ["Tôi tán thành nội dung này", "Nhất trí với phần này của dự thảo", "Đồng ý, viết đầy đủ và rõ",
               "Hoàn toàn nhất trí"]),
    ("disagree", ["Tôi không tán thành cách viết này", "Không đồng ý với đánh giá quá cao kết quả"]),
    ("other", ["Đề nghị nâng chỉ tiêu tăng trưởng lên 9% mỗi năm", "Chỉ tiêu tăng trưởng nên cao hơn, khoảng 9%",
               "Mục tiêu tăng trưởng 8% còn thấp so với tiềm năng của tỉnh"]),
    ("other", ["Cần nói rõ giải pháp thu hút đầu tư vào các khu công nghiệp",
               "Thu hút đầu tư vào khu công nghiệp chưa có giải pháp cụ thể"]),
    ("other", ["Nhiều thôn vùng cao chưa có sóng điện thoại, cần đầu tư trạm phát sóng",
               "Đề nghị đưa internet về các bản chưa có sóng di động"]),
    ("other", ["Cần dạy kỹ năng dùng điện thoại thông minh cho người cao tuổi ở nông thôn",
               "Phổ cập kỹ năng số cho bà con trước khi làm dịch vụ công trực tuyến"]),
    ("other", ["Trạm y tế xã thiếu bác sĩ, cần chính sách thu hút bác sĩ về xã",
               "Người dân phải lên huyện khám bệnh vì trạm y tế không có bác sĩ"]),
    ("other", ["Rác thải ở nông thôn chưa được thu gom, cần có bãi xử lý cho từng cụm xã",
               "Đề nghị có xe thu gom rác về tận các thôn"]),
    ("other", ["Phụ cấp của trưởng thôn và cán bộ không chuyên trách còn quá thấp",
               "Đề nghị tăng phụ cấp cho cán bộ thôn, tổ dân phố"]),
    ("other", ["Nông sản được mùa mất giá, cần liên kết tiêu thụ cho nông dân",
               "Đề nghị tỉnh hỗ trợ tìm đầu ra ổn định cho nông sản"]),
]
PLACES = ["ở vùng sâu vùng xa", "cho đồng bào dân tộc thiểu số", "ở các xã miền núi", "ở khu vực ven biển",
          "cho thanh niên", "cho phụ nữ", "ở các khu công nghiệp", "cho hộ nghèo", "ở đô thị", "trong 5 năm tới"]


def comment(rng: random.Random, n: int, kind: str = "crowd") -> tuple[str, str]:
    """(stance, text) of the `n`-th comment a bench posts."""
    if kind == "unique":
        return rng.choice(["agree", "disagree", "other"]), (
            f"Góp ý số {n} về nội dung phần này, đề nghị làm rõ thêm {rng.randint(1, 10**9)}.")
    stance, ways = rng.choice(SUBJECTS)
    place = f" {rng.choice(PLACES)}" if rng.random() < 0.5 else ""
    return stance, f"{rng.choice(ways)}{place}. Ý kiến số {n}."
