# -*- coding: utf-8 -*-
"""Hand-written short agreements and short disagreements, as people type them; each piece takes its own slice
(the same short string may recur across pieces, never within one). A text starting with "~" has no diacritics."""

AGREE = [
    "Nhất trí.", "~nhat tri a", "Đồng ý", "~dong y a", "Tán thành.", "ok", "Thống nhất với dự thảo.",
    "Nhất trí cao.", "TÁN THÀNH 👍", "Nhứt trí", "dong y nha", "Hoàn toàn nhất trí với nội dung này.",
    "Tôi đồng ý, không có ý kiến gì thêm.", "~thong nhat", "Đồng ý 👏", "Nhất trí như dự thảo",
    "Không có ý kiến khác.", "~toi tan thanh", "Dồng ý với dự thảo", "okela", "NHẤT TRÍ 100%", "Tán thành hoàn toàn",
    "Ủng hộ.", "~ung ho du thao", "Đồng ý cao", "Nhất chí", "Đúng rồi, đồng ý.", "~dong y 100%",
    "Thống nhất cao", "Em đồng ý ạ", "Tui đồng ý nghen", "Tán thành, nên ban hành sớm.",
    "Nhất trí, rất cần thiết.", "~nhat tri, can ban hanh som", "Hoan nghênh dự thảo này.",
    "Đồng ý hết", "tán thành ạ", "Rất đồng tình.", "~dong tinh", "Ok, hợp lý",
]

DISAGREE = [
    "Không đồng ý.", "~khong dong y voi dieu nay", "ko nhất trí", "KO ĐỒNG Ý", "Không tán thành.",
    "~ko dong y dau", "Tôi không nhất trí.", "hổng đồng ý", "Phản đối.", "~toi khong tan thanh",
    "Không nhất trí nội dung này", "ko đồng ý nha", "Tôi không đồng tình", "~phan doi nha",
]


def agree(i, k, extra=()):
    """k texts from the pool starting at i (wrapping), then the piece's own texts."""
    return [AGREE[(i + j) % len(AGREE)] for j in range(k)] + list(extra)


def disagree(i, extra=()):
    return [DISAGREE[(i + j) % len(DISAGREE)] for j in range(3)] + list(extra)
