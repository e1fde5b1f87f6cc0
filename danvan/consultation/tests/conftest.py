"""Factories of the consultation tests: drafts and comments are made through the services, as users would."""

import io
from datetime import date

import pytest

from danvan.consultation import services
from danvan.consultation.checks import CommentInput

DRAFT = """DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ TỈNH
Phần thứ nhất: ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ
I. KINH TẾ
1. Tăng trưởng kinh tế bình quân đạt 7,5%/năm.
a) Nông nghiệp phát triển ổn định.
b) Công nghiệp tăng trưởng khá.
2. Thu ngân sách vượt kế hoạch.
II. VĂN HÓA – XÃ HỘI
1. Giáo dục có nhiều tiến bộ.
Phần thứ hai: PHƯƠNG HƯỚNG NHIỆM KỲ TỚI
I. MỤC TIÊU
1. Phấn đấu tăng trưởng GRDP 8%/năm.
2. Đẩy mạnh chuyển đổi số.
"""

LAW = """Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về dân chủ ở cơ sở.
Điều 2. Đối tượng áp dụng
1. Công dân Việt Nam.
2. Cơ quan, tổ chức.
Chương II
NỘI DUNG
Mục 1. CÔNG KHAI THÔNG TIN
Điều 5. Nội dung công khai
1. Kế hoạch phát triển kinh tế - xã hội.
a) Kế hoạch hằng năm;
b) Kế hoạch 5 năm.
2. Dự toán ngân sách.
"""


def docx_bytes(paragraphs, *, styled=False) -> bytes:
    """A .docx of the paragraphs; with `styled`, heading lines get Word heading styles."""
    import docx

    document = docx.Document()
    for text, level in paragraphs:
        if styled and level:
            document.add_heading(text, level=level)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_consultation(actor, unit, *, text=DRAFT, filename="du-thao.txt", open_it=True, **kwargs):
    c = services.create_consultation(actor, unit=unit, title=kwargs.pop("title", "Dự thảo Báo cáo chính trị"),
                                     audience=kwargs.pop("audience", "internal"), opens_on=date(2026, 3, 1),
                                     closes_on=date(2026, 4, 30), file_bytes=text.encode(), filename=filename)
    if open_it:
        services.transition_consultation(actor, c, "open")
        c.refresh_from_db()
    return c


def comment(actor, c, text, *, piece=None, stance="other", group="nong_dan", unit=None, **kw):
    return services.add_comment(actor, c, CommentInput(stance=stance, text=text, piece=piece, name=kw.pop("name", "Nguyễn Văn A"),
                                                       group=group, area=kw.pop("area", "Xã A"),
                                                       channel=kw.pop("channel", "meeting"), **kw), unit=unit)


@pytest.fixture
def consultation(world):
    return make_consultation(world.a.reviewer, world.a.btgdv)
