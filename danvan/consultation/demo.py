"""Demo data of the consultation app: the draft political report of a provincial Party congress, open for
comments, with a few thousand comments from units (batches), meetings and citizens (the portal channel).

Everything goes through the services (create, open, batches, single comments, notable, moderation), so the
groups are the ones a save makes. Deterministic; a province that already has a consultation is skipped.
"""

import random
import time
import unicodedata
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from danvan.consultation import services
from danvan.consultation.checks import CommentInput
from danvan.consultation.models import Consultation, Piece
from danvan.org.bloc import BTGDV
from danvan.org.choices import Level as AreaLevel
from danvan.org.models import Unit

COMMENTS = 2500
TITLE = "Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030"
DRAFT = """DỰ THẢO BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ tỉnh trình Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030
Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 – 2025
I. VỀ PHÁT TRIỂN KINH TẾ
1. Tăng trưởng kinh tế bình quân đạt 7,2%/năm; quy mô nền kinh tế tăng 1,5 lần so với đầu nhiệm kỳ.
2. Sản xuất nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; xây dựng nông thôn mới đạt kết quả quan trọng.
3. Hạ tầng giao thông, khu công nghiệp được đầu tư; thu hút đầu tư có chuyển biến.
II. VỀ VĂN HÓA – XÃ HỘI
1. Giáo dục và đào tạo có nhiều tiến bộ; tỷ lệ trường đạt chuẩn quốc gia tăng.
2. Y tế cơ sở được củng cố; công tác chăm sóc sức khỏe nhân dân được quan tâm.
3. An sinh xã hội được bảo đảm; tỷ lệ hộ nghèo giảm còn dưới 3%.
III. VỀ XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ
1. Công tác xây dựng, chỉnh đốn Đảng được đẩy mạnh; chất lượng sinh hoạt chi bộ được nâng lên.
2. Công tác dân vận, phát huy quyền làm chủ của nhân dân có nhiều đổi mới.
Phần thứ hai: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 – 2030
I. MỤC TIÊU TỔNG QUÁT
Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh và bền vững.
II. CÁC CHỈ TIÊU CHỦ YẾU
1. Tốc độ tăng trưởng GRDP bình quân 8%/năm trở lên.
2. Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 50%.
3. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Đẩy mạnh chuyển đổi số, phát triển kinh tế số, xã hội số.
a) Hoàn thiện hạ tầng số đến thôn, bản.
b) Phổ cập kỹ năng số cho người dân.
2. Phát triển văn hóa, con người; bảo tồn bản sắc văn hóa các dân tộc.
3. Bảo vệ môi trường, ứng phó với biến đổi khí hậu.
4. Tăng cường công tác dân vận, củng cố khối đại đoàn kết toàn dân tộc.
"""
THEMES = [
    ("agree", ["Tán thành.", "Nhất trí với dự thảo", "Đồng ý", "Hoàn toàn nhất trí", "tan thanh", "Thống nhất cao"]),
    ("disagree", ["Không tán thành.", "Không đồng ý", "khong nhat tri"]),
    ("other", ["Đề nghị nâng chỉ tiêu tăng trưởng GRDP lên 9%/năm", "Chỉ tiêu GRDP nên cao hơn, khoảng 9%"]),
    ("other", ["Cần bổ sung giải pháp thu hút đầu tư vào khu công nghiệp",
               "Thu hút đầu tư khu công nghiệp chưa có giải pháp cụ thể"]),
    ("other", ["Đề nghị đầu tư trạm phát sóng cho các thôn vùng cao chưa có internet",
               "Nhiều bản chưa có sóng di động, cần đầu tư hạ tầng viễn thông"]),
    ("other", ["Cần đào tạo kỹ năng số cho người dân vùng nông thôn", "Phổ cập kỹ năng số cho bà con nông thôn"]),
    ("other", ["Thiếu bác sĩ ở trạm y tế xã, cần có chính sách thu hút", "Trạm y tế xã không có bác sĩ"]),
    ("other", ["Rác thải ở nông thôn chưa được thu gom, đề nghị có giải pháp xử lý",
               "Cần đầu tư khu xử lý rác thải sinh hoạt cho các xã"]),
    ("other", ["Đề nghị nâng phụ cấp cho cán bộ không chuyên trách ở thôn", "Phụ cấp trưởng thôn quá thấp"]),
    ("other", ["Cần bảo tồn lễ hội truyền thống của đồng bào dân tộc thiểu số",
               "Giữ gìn bản sắc văn hóa các dân tộc cần được nhấn mạnh"]),
    ("other", ["Đầu ra nông sản bấp bênh, cần liên kết tiêu thụ cho nông dân",
               "Đề nghị hỗ trợ tìm thị trường tiêu thụ nông sản"]),
    ("other", ["Đề nghị đổi mới sinh hoạt chi bộ cho thiết thực, tránh hình thức",
               "Nâng cao chất lượng sinh hoạt chi bộ"]),
]
GROUPS = ["can_bo_huu_tri", "nong_dan", "cong_nhan", "tri_thuc", "thanh_nien", "phu_nu", "chuc_sac_ton_giao",
          "doanh_nhan", "khac"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Hoa"]


def _plain(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def _item(rng, pieces: list[Piece], channel: str) -> CommentInput:
    stance, texts = rng.choices(THEMES, weights=[30, 4] + [6] * (len(THEMES) - 2))[0]
    text = rng.choice(texts)
    if rng.random() < 0.25:
        text = _plain(text)
    return CommentInput(stance=stance, text=text, piece=rng.choice(pieces).pk if rng.random() < 0.9 else None,
                        name=rng.choice(NAMES), group=rng.choice(GROUPS), area="", channel=channel,
                        anonymous=channel == "portal" and rng.random() < 0.5)


def load(ctx, *, comments: int = COMMENTS) -> None:
    """One consultation for the first demo province, with `comments` comments."""
    today = timezone.localdate()
    for province in ctx.provinces[:1]:
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        if root is None or Consultation.objects.unscoped().filter(line_path__startswith=root.line_path).exists():
            continue
        started = time.monotonic()
        rng = random.Random(f"consultation/{province.code}")
        communes = list(Unit.objects.unscoped().filter(area__parent=province, area__level=AreaLevel.COMMUNE,
                                                       closed_on__isnull=True).order_by("line_path")[:30])
        with transaction.atomic():
            c = services.create_consultation(None, unit=root, title=TITLE, audience="public",
                                             opens_on=today - timedelta(days=20), closes_on=today + timedelta(days=25),
                                             file_bytes=DRAFT.encode(), filename="du-thao-bao-cao-chinh-tri.txt")
            c = services.transition_consultation(None, c, "open")
            pieces = list(Piece.objects.unscoped().filter(consultation=c, level__gte=3))
            made = 0
            while made < comments:
                if communes and rng.random() < 0.5:  # a unit's batch
                    size = min(rng.randint(10, 40), comments - made)
                    services.submit_comments(None, c, [_item(rng, pieces, "unit") for _ in range(size)],
                                             unit=rng.choice(communes))
                    made += size
                else:
                    last = services.add_comment(None, c, _item(rng, pieces, rng.choice(["meeting", "staff", "portal"])))
                    made += 1
                    if rng.random() < 0.01:
                        services.mark_notable(None, last)
                    elif rng.random() < 0.005:
                        services.hide_comment(None, last, reason="Nội dung không liên quan đến dự thảo")
        ctx.write(f"{province.name}: dự thảo báo cáo chính trị với {made} ý kiến góp ý "
                  f"({time.monotonic() - started:.0f} s).")
