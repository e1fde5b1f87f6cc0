"""Demo data of the situation app: a year of notes and incidents for each demo province, through the services.

The first communes by code get notes every week on the usual topics, incidents that go through their
lifecycle, one commune with incidents in four months (a hotspot), and in the first commune (the demo
reporter's) a topic that rises in the last week, so the board shows a warning. Deterministic (seeded by the
area code); a province that already has notes is skipped, so a second `danvan demo` changes nothing.
"""

import random
import time
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from danvan.accounts.selectors import user_by_username
from danvan.core.models import Notification
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.models import Unit
from danvan.situation import services
from danvan.situation.choices import Mood, SourceKind
from danvan.situation.models import SituationNote

COMMUNES = 8
DAYS = 365
RISING = "giai_phong_mat_bang"  # the topic that rises in the first commune's last week
# (topic, sentences): what people say, by topic; the commune's name is added by the generator.
SAYINGS = {
    "giai_phong_mat_bang": ["Một số hộ dân băn khoăn về giá bồi thường khi giải phóng mặt bằng dự án đường tỉnh.",
                            "Người dân đề nghị công khai phương án bồi thường, hỗ trợ tái định cư."],
    "moi_truong": ["Bà con phản ánh mùi hôi từ cơ sở chăn nuôi gần khu dân cư.",
                   "Người dân lo ngại rác thải ven sông chưa được thu gom."],
    "an_sinh": ["Nhân dân phấn khởi với việc hỗ trợ xây nhà đại đoàn kết cho hộ nghèo.",
                "Một số hộ hỏi về chính sách hỗ trợ người cao tuổi."],
    "cai_cach_hanh_chinh": ["Người dân đồng tình với việc giải quyết thủ tục hành chính trực tuyến.",
                            "Có ý kiến thủ tục cấp giấy chứng nhận quyền sử dụng đất còn chậm."],
    "dich_benh": ["Người dân lo lắng về dịch sốt xuất huyết ở khu vực lân cận."],
    "ton_giao": ["Tín đồ phấn khởi chuẩn bị lễ hội tôn giáo đầu năm, đề nghị bảo đảm an ninh trật tự."],
    "an_ninh_trat_tu": ["Nhân dân đề nghị tăng cường tuần tra ban đêm sau vụ trộm cắp tài sản."],
}
MOODS = [Mood.POSITIVE, Mood.NEUTRAL, Mood.NEUTRAL, Mood.WORRIED, Mood.WORRIED, Mood.ANGRY]
SOURCES = [SourceKind.COLLABORATOR, SourceKind.STAFF, SourceKind.MEETING, SourceKind.SOCIAL, SourceKind.PRESS,
           SourceKind.RECEPTION]


def _note(rng, actor, unit, day: date, today: date, topic: str, mood=None) -> None:
    services.record_note(actor, unit=unit, area=unit.area, observed_on=day, today=today,
                         text=f"{rng.choice(SAYINGS[topic])} ({unit.area.name})", topics=[topic],
                         mood=mood or rng.choice(MOODS), source_kind=rng.choice(SOURCES),
                         people_count=rng.choice([None, 2, 5, 10, 20]), verified=rng.random() < 0.6,
                         confidential_source=f"Cộng tác viên số {rng.randint(1, 40)}" if rng.random() < 0.3 else "")


def _incident(rng, actor, unit, started: date, today: date, title: str, *, settle: bool) -> None:
    incident = services.create_incident(actor, unit=unit, areas=[unit.area], title=title, started_on=started,
                                        severity=rng.choice([1, 1, 2, 3]), people_count=rng.choice([2, 3, 4, 8]),
                                        topics=[RISING], description="Vụ việc mẫu.", today=started)
    step = min(5, (today - started).days)
    services.add_incident_event(actor, incident, kind="action", happened_on=started + timedelta(days=step),
                                text="Tổ công tác dân vận gặp gỡ, đối thoại với các hộ dân.", today=today)
    if settle and (today - started).days > 20:
        services.add_incident_event(actor, incident, kind="stabilise", happened_on=started + timedelta(days=15),
                                    text="Các hộ dân đồng thuận với phương án.", today=today)
        services.add_incident_event(actor, incident, kind="close", happened_on=started + timedelta(days=20),
                                    text="Vụ việc đã được giải quyết dứt điểm.", today=today)


def load(ctx, *, communes: int = COMMUNES, today: date | None = None) -> None:
    """A year of notes and incidents for the first `communes` communes of each demo province."""
    today = today or timezone.localdate()
    for province in ctx.provinces:
        started_at = time.monotonic()
        btgdv = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        reviewer = user_by_username(f"tinh-{province.code}")
        if btgdv is None or reviewer is None:
            continue
        if SituationNote.objects.unscoped().filter(line_path__startswith=btgdv.line_path).exists():
            ctx.write(f"{province.name}: đã có tin tình hình mẫu, bỏ qua.")
            continue
        reporter = user_by_username(f"xa-{province.code}")
        units = list(Unit.objects.unscoped().filter(area__parent=province, kind__code=DANG_UY, closed_on__isnull=True)
                     .select_related("area").order_by("area__code")[:communes])
        rng = random.Random(f"situation/{province.code}")
        notes = incidents = 0
        for index, unit in enumerate(units):
            actor = reporter if reporter and reporter.scope_for("report").covers(unit.line_path) else reviewer
            with transaction.atomic():  # a commune's year whole or not at all
                for days_ago in range(DAYS, 6, -1):
                    if rng.random() < 0.35:
                        topic = rng.choice([t for t in SAYINGS if t != RISING] + ([RISING] if index else []))
                        _note(rng, actor, unit, today - timedelta(days=days_ago), today, topic)
                        notes += 1
                if index == 0:  # the rising topic: quiet for a quarter, then six notes in the last week
                    for days_ago in (6, 5, 4, 3, 2, 1, 0):
                        _note(rng, actor, unit, today - timedelta(days=days_ago), today, RISING, Mood.ANGRY)
                        notes += 1
                months = (40, 100, 160, 250) if index == 1 else ((120,) if index % 3 == 0 else ())
                for n, days_ago in enumerate(months):
                    _incident(rng, actor, unit, today - timedelta(days=days_ago), today,
                              f"Khiếu nại đông người về bồi thường đất ({unit.area.name}, đợt {n + 1})",
                              settle=n > 0)
                    incidents += 1
        # The year's escalation notices are old news by now: the demo users would have read them.
        Notification.objects.unscoped().filter(user__username__in=[f"tinh-{province.code}", f"xa-{province.code}"],
                                    message__startswith="Vụ việc", read_at__isnull=True).update(
            read_at=timezone.now())
        ctx.write(f"{province.name}: {notes} tin tình hình, {incidents} vụ việc mẫu "
                  f"({time.monotonic() - started_at:.0f} giây).")
