"""Demo data of the directives app for each demo province: Resolution 25-NQ/TW, the province's plan implementing
it and some communes' plans; the half-year's key tasks broken down to communes, with progress; a year of
activities of every kind, with dialogues' commitments.

Every record goes through the services, so the audit trail is the real one. Deterministic (seeded by the province
code); a province that already has documents is skipped, so a second `danvan demo` changes nothing.
"""

import random
import time
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from danvan.directives.choices import DETAIL_FIELDS
from danvan.directives.models import ActivityKind, Directive
from danvan.directives.services import activities, directives, tasks
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.choices import Level as AreaLevel
from danvan.org.models import Unit

COMMUNES = 30  # the first communes by code, as the reporting demo does
ACTIVITIES_PER_COMMUNE = 20
KEY_TASKS = ["Tiếp tục quán triệt, thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương",
             "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ở 100% xã, phường",
             "Đẩy mạnh phong trào thi đua “Dân vận khéo”, nhân rộng các mô hình hiệu quả",
             "Nắm chắc tình hình Nhân dân, giải quyết kịp thời các vụ việc phức tạp từ cơ sở",
             "Nâng cao chất lượng giám sát và phản biện xã hội của Mặt trận và các đoàn thể",
             "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở",
             "Thực hiện tốt Luật Thực hiện dân chủ ở cơ sở"]
TITLES = {"conference": "Hội nghị sơ kết công tác dân vận", "briefing": "Giao ban khối dân vận",
          "training": "Tập huấn nghiệp vụ công tác dân vận", "study_session": "Học tập, quán triệt Nghị quyết",
          "supervision": "Giám sát việc thực hiện chính sách an sinh xã hội",
          "social_criticism": "Hội nghị phản biện xã hội dự thảo quy hoạch",
          "dialogue": "Hội nghị đối thoại giữa Chủ tịch UBND với Nhân dân", "voter_meeting": "Tiếp xúc cử tri",
          "campaign": "Tuyên truyền, vận động Nhân dân", "community_meeting": "Hội nghị Nhân dân cuối năm"}
DETAILS = {"supervision": {"findings": "Một số hộ nhận hỗ trợ chậm.", "recommendations": "Chi trả đúng hạn."},
           "social_criticism": {"draft": "Dự thảo quy hoạch khu dân cư", "accepted": "Điều chỉnh hướng tuyến đường."},
           "dialogue": {"counterpart": "Nhân dân trong xã", "issues": "Đền bù giải phóng mặt bằng; cấp giấy chứng nhận.",
                        "answers": "Chủ tịch UBND xã trả lời trực tiếp các ý kiến."}}
assert all(set(d) <= set(DETAIL_FIELDS[k]) for k, d in DETAILS.items())


def _communes(root: Unit) -> list[Unit]:
    return list(Unit.objects.unscoped().filter(parent=root, kind__code=DANG_UY, closed_on__isnull=True,
                                                area__level=AreaLevel.COMMUNE).select_related("area")
                .order_by("area__code")[:COMMUNES])


def _documents(rng, root: Unit, communes: list[Unit]) -> Directive:
    central = directives.record_directive(
        None, unit=root, external_issuer="Ban Chấp hành Trung ương", type="NQ", number="25", symbol="NQ/TW",
        issued_on=date(2013, 6, 3), subject="Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận "
                                            "trong tình hình mới")
    plan = directives.record_directive(None, unit=root, type="KH", number="45", symbol="KH/TU",
                                       issued_on=date(2013, 9, 10), subject="Thực hiện Nghị quyết số 25-NQ/TW",
                                       implements=central)
    for i, unit in enumerate(communes):
        if rng.random() < 0.7:
            directives.record_directive(None, unit=unit, type="KH", number=str(10 + i), symbol="KH/ĐU",
                                        issued_on=date(2013, 10, 1) + timedelta(days=rng.randint(0, 60)),
                                        subject=f"Thực hiện Kế hoạch số 45-KH/TU tại {unit.area.name}", implements=plan)
    return plan


def _tasks(rng, root: Unit, communes: list[Unit], plan: Directive, today: date) -> None:
    period = f"{today.year}-H{1 if today.month <= 6 else 2}"
    deadline = date(today.year, 6, 30) if today.month <= 6 else date(today.year, 12, 31)
    for n, title in enumerate(KEY_TASKS):
        leads = communes[:3]
        parent = tasks.create_task(None, unit=root, period=period, title=title, deadline=deadline,
                                   lead_units=leads, directive=plan if n == 0 else None)
        # Each lead unit breaks the task down for itself, so its reporter (xa-37 leads) sees and reports it.
        for unit in leads:
            child = tasks.create_task(None, unit=unit, period=period, title=f"{title} — {unit.area.name}",
                                      deadline=deadline - timedelta(days=rng.choice([0, 0, 120])),
                                      lead_units=[unit], parent=parent)
            percent = rng.choice([0, 20, 50, 80, 100])
            if percent:
                tasks.report_progress(None, child, status="done" if percent == 100 else "in_progress",
                                      percent=percent, reported_on=today, note="Báo cáo định kỳ.")


def _activities(rng, communes: list[Unit], plan: Directive, per_commune: int, today: date) -> int:
    kinds = list(ActivityKind.objects.unscoped().filter(is_active=True).values_list("code", flat=True))
    made = 0
    for unit in communes:
        held_dialogue = rng.random() < 0.8  # some communes miss art. 32: the compliance page lists them
        for i in range(per_commune):
            kind = kinds[i % len(kinds)]
            if kind == "dialogue" and not held_dialogue:
                kind = "campaign"
            day = today - timedelta(days=rng.randint(0, 364))
            people = rng.randint(20, 300)
            activities.record_activity(
                None, unit=unit, kind=kind, title=f"{TITLES.get(kind, kind)} — {unit.area.name}", starts_on=day,
                participants=people, content="Nội dung theo kế hoạch.", outcome="Hoàn thành theo kế hoạch.",
                details=DETAILS.get(kind), directive=plan if kind == "study_session" else None,
                commitments=[{"text": "Trả lời bằng văn bản các kiến nghị chưa giải quyết",
                              "deadline": day + timedelta(days=30)}] if kind == "dialogue" else ())
            made += 1
    return made


def load(ctx, *, per_commune: int = ACTIVITIES_PER_COMMUNE, today: date | None = None) -> None:
    today = today or timezone.localdate()
    for province in ctx.provinces:
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        if root is None or Directive.objects.unscoped().filter(line_path__startswith=root.line_path).exists():
            continue
        started = time.monotonic()
        rng = random.Random(f"directives/{province.code}")
        communes = _communes(root)
        with transaction.atomic():  # a province's records are written whole or not at all
            plan = _documents(rng, root, communes)
            _tasks(rng, root, communes, plan, today)
            made = _activities(rng, communes, plan, per_commune, today)
        documents = Directive.objects.unscoped().filter(line_path__startswith=root.line_path).count()
        ctx.write(f"{province.name}: {documents} văn bản chỉ đạo, {len(KEY_TASKS)} nhiệm vụ trọng tâm, {made} hoạt động "
                  f"({time.monotonic() - started:.0f} giây).")
