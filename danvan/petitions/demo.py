"""Demo data of the petitions app: a year of petitions of every kind and state, and reception sessions, for each
demo province — some overdue, some answered late.

Every record goes through the services, so the audit trail, the timelines and the deadlines are the real ones.
Deterministic (seeded by the province code); a province that already has petitions is skipped.
"""

import random
import time
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.choices import Level as AreaLevel
from danvan.org.models import Unit
from danvan.petitions import services
from danvan.petitions.choices import Kind
from danvan.petitions.models import Petition

PETITIONS = 240
COMMUNES = 20
SUBJECTS = {
    Kind.COMPLAINT: [("Khiếu nại quyết định thu hồi đất", "Không đồng ý mức bồi thường, hỗ trợ khi thu hồi đất "
                      "nông nghiệp làm đường giao thông.")],
    Kind.DENUNCIATION: [("Tố cáo cán bộ địa chính", "Cán bộ địa chính xã có dấu hiệu nhận tiền khi làm thủ tục cấp "
                         "giấy chứng nhận quyền sử dụng đất.")],
    Kind.RECOMMENDATION: [("Kiến nghị sửa chữa đường thôn", "Đường liên thôn xuống cấp, đề nghị đầu tư sửa chữa "
                           "trước mùa mưa."), ("Kiến nghị về chế độ chính sách", "Đề nghị xem xét chế độ cho người "
                                               "có công với cách mạng.")],
    Kind.REFLECTION: [("Phản ánh ô nhiễm môi trường", "Cơ sở chăn nuôi xả thải ra kênh mương gây ô nhiễm."),
                      ("Phản ánh tiếng ồn", "Quán karaoke hoạt động quá giờ gây mất trật tự.")],
}
NAMES = ["Nguyễn Văn", "Trần Thị", "Lê Văn", "Phạm Thị", "Hoàng Văn", "Đỗ Thị"]
CHANNELS = ["reception", "mail", "portal", "phone", "email"]


def _units(province) -> list[Unit]:
    communes = list(province.children.filter(level=AreaLevel.COMMUNE).order_by("code").values_list("pk", flat=True)
                    [:COMMUNES])
    return list(Unit.objects.unscoped().filter(area_id__in=communes, kind__code=DANG_UY, closed_on__isnull=True)
                .select_related("area").order_by("line_path"))


def _one(rng, unit, index: int, today: date, session=None) -> None:
    kind = rng.choices(list(SUBJECTS), [4, 2, 3, 3])[0]
    subject, content = rng.choice(SUBJECTS[kind])
    received_on = session.held_on if session else today - timedelta(days=rng.randint(0, 365))
    person = {"name": f"{rng.choice(NAMES)} {chr(65 + index % 26)}.", "address": f"Thôn {index % 9 + 1}, {unit.area.name}",
              "phone": f"09{rng.randint(10_000_000, 99_999_999)}", "id_number": f"0{rng.randint(10**10, 10**11 - 1)}"}
    p = services.create_petition(None, unit=unit, kind=kind, received_on=received_on,
                                 channel="reception" if session else rng.choice(CHANNELS), area=unit.area,
                                 petitioners=[person], subject=f"{subject} ({index})", content=content,
                                 complex_=rng.random() < 0.15, reception=session)
    fate = rng.random()
    if fate < 0.12 or today - received_on < timedelta(days=5):
        return  # waiting for acceptance (overdue when old)
    if fate < 0.2:
        services.reject_petition(None, p, reason="Đơn không đủ điều kiện thụ lý (Điều 11 Luật Khiếu nại).",
                                 rejected_on=min(today, received_on + timedelta(days=rng.randint(2, 9))))
        return
    if fate < 0.3:
        services.forward_petition(None, p, to_body="Thanh tra tỉnh", note="Chuyển cơ quan có thẩm quyền.",
                                  forwarded_on=min(today, received_on + timedelta(days=rng.randint(1, 5))))
        return
    accepted_on = min(today, received_on + timedelta(days=rng.randint(1, 12)))
    p = services.accept_petition(None, p, accepted_on=accepted_on, resolution_days=30 if p.resolution_due is None
                                 and kind in (Kind.RECOMMENDATION, Kind.REFLECTION) else None)
    if kind == Kind.DENUNCIATION and rng.random() < 0.3:
        p = services.extend_petition(None, p, reason="Vụ việc phức tạp, cần xác minh thêm.")
    answered_on = accepted_on + timedelta(days=rng.randint(10, 50))  # some after the deadline: late
    if answered_on > today or rng.random() < 0.15:
        return  # in progress (overdue when past its deadline)
    p = services.answer_petition(None, p, answered_on=answered_on, result="Đã xem xét, trả lời công dân.",
                                 decision_number=f"{rng.randint(10, 999)}/QĐ-UBND", decision_date=answered_on)
    if rng.random() < 0.6:
        services.close_petition(None, p)


def load(ctx, *, petitions: int = PETITIONS, today: date | None = None) -> None:
    """`petitions` petitions per demo province over the last year, and monthly reception sessions."""
    today = today or timezone.localdate()
    for province in ctx.provinces:
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        if root is None or Petition.objects.unscoped().filter(line_path__startswith=root.line_path).exists():
            continue
        started = time.monotonic()
        rng = random.Random(f"petitions/{province.code}")
        units = _units(province)
        if not units:
            continue
        with transaction.atomic():
            sessions = []
            for months_ago in range(12):
                first = (today.replace(day=1) - timedelta(days=30 * months_ago)).replace(day=1)
                for unit in units:
                    if rng.random() < 0.8:  # a fifth of the heads miss a month: the compliance view shows them
                        held_on = min(today, first + timedelta(days=rng.randint(0, 20)))
                        sessions.append(services.record_reception(
                            None, unit=unit, held_on=held_on, host_name=f"{rng.choice(NAMES)} Bí thư",
                            host_position="Bí thư Đảng ủy", citizens_count=rng.randint(0, 15)))
            for i in range(1, petitions + 1):
                session = rng.choice(sessions) if sessions and rng.random() < 0.2 else None
                _one(rng, session.unit if session else rng.choice(units), i, today, session)
        ctx.write(f"{province.name}: {petitions} đơn thư, {len(sessions)} buổi tiếp công dân "
                  f"({time.monotonic() - started:.0f} s).")
