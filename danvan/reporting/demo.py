"""Demo data of the reporting app: twelve months of BC-DV-THANG reports for each demo province.

Every report goes through the services (create, submit, return, update, approve), so the audit trail,
the notifications and the roll-up are the real ones; `backdate_submission` then moves the submission
and approval times into the past (some after the deadline). Deterministic: the random numbers are
seeded by the area code, the unit kind and the period, never by database ids. A unit that already
has a report in those months is skipped, so a second `danvan demo` changes nothing.

The services notify as they go, so the history leaves its notices behind ("… đã được duyệt", a year of
them); once the year is written, the notices about the older months are marked read, as their users
would have read them by now. Those of the latest month, still under review, stay unread.
"""

import io
import random
import time
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from danvan.accounts.selectors import user_by_username
from danvan.core.permissions import Action
from danvan.core.progress import Progress
from danvan.core.text import format_number
from danvan.org.bloc import BTGDV
from danvan.org.choices import Level
from danvan.org.models import Area, Unit
from danvan.reporting import services
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.links import review_queue_url, submission_url
from danvan.reporting.models import ReportForm, Submission
from danvan.reporting.periods import Period, latest_ended_period
from danvan.reporting.selectors import expected_units
from danvan.reporting.services.demo import backdate_submission, mark_history_notices_read

FORM_CODE = "BC-DV-THANG"
MONTHS = 12
# All communes of Ninh Bình take about 7 minutes on SQLite (docs/performance.md): the demo loads every
# provincial unit and the first communes by code, a representative subset. `None` loads them all.
DEFAULT_COMMUNES = 30

# Shares of (unit, month) outcomes in older months, then in the latest month (still under review).
MISSING, RETURNED, RESUBMITTED, LATE = 0.05, 0.02, 0.04, 0.12
LATEST_DRAFT, LATEST_PENDING, LATEST_RETURNED = 0.03, 0.20, 0.04

# Monthly gifts (suất quà), rice (tấn) and other activity by unit kind at commune level.
PROFILES = {
    "dang-uy": {"gifts": 30, "rice": 0.3, "houses": 0.10, "models": 4, "dialogues": 1.5, "letters": 5, "checks": 0.5},
    "mttq": {"gifts": 60, "rice": 0.8, "houses": 0.35, "models": 3, "dialogues": 0.5, "letters": 3, "checks": 2.0},
    "cong-doan": {"gifts": 20, "rice": 0.1, "houses": 0.02, "models": 2, "dialogues": 0.2, "letters": 1, "checks": 0.3},
    "hoi-nong-dan": {"gifts": 20, "rice": 0.4, "houses": 0.03, "models": 3, "dialogues": 0.3, "letters": 1,
                     "checks": 0.4},
    "doan-thanh-nien": {"gifts": 15, "rice": 0.1, "houses": 0.02, "models": 2, "dialogues": 0.2, "letters": 0,
                        "checks": 0.2},
    "hoi-phu-nu": {"gifts": 25, "rice": 0.2, "houses": 0.05, "models": 3, "dialogues": 0.3, "letters": 1,
                   "checks": 0.4},
    "hoi-cuu-chien-binh": {"gifts": 12, "rice": 0.1, "houses": 0.05, "models": 2, "dialogues": 0.2, "letters": 1,
                           "checks": 0.3},
}
PROVINCE_FACTOR = 5  # a provincial body's own activity, not including its communes'

# Month of the period code → (gifts factor, rice factor, what happened).
SEASONS = {
    1: (1.3, 1.2, "chuẩn bị chăm lo Tết Nguyên đán cho hộ nghèo, gia đình chính sách"),
    2: (4.0, 3.0, "chăm lo Tết Nguyên đán Bính Ngọ, thăm hỏi, tặng quà gia đình chính sách, hộ nghèo"),
    3: (1.2, 1.0, "tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội và HĐND các cấp"),
    4: (1.0, 1.0, "vận động nhân dân ra quân làm thủy lợi, vệ sinh môi trường"),
    5: (1.1, 1.0, "kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)"),
    6: (1.0, 1.0, "kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, phát động thi đua Dân vận khéo"),
    7: (1.0, 1.0, "vận động hội viên, nhân dân tham gia mô hình tự quản về an ninh trật tự"),
    8: (2.0, 1.2, "thăm hỏi, tặng quà thương binh, gia đình liệt sĩ nhân Ngày Thương binh – Liệt sĩ 27/7"),
    9: (1.2, 1.0, "kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2/9"),
    10: (1.8, 2.5, "hỗ trợ nhân dân khắc phục hậu quả mưa lũ, ổn định đời sống"),
    11: (1.1, 1.0, "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11)"),
    12: (1.0, 1.0, "tổng kết công tác dân vận năm, đánh giá phong trào thi đua Dân vận khéo"),
}
OPINIONS = [
    "Tình hình tư tưởng nhân dân ổn định, tin tưởng vào sự lãnh đạo của Đảng, chính quyền.",
    "Nhân dân phấn khởi, đồng thuận với chủ trương sắp xếp tổ chức bộ máy, chính quyền địa phương hai cấp.",
    "Một bộ phận nhân dân còn băn khoăn về giá vật tư nông nghiệp tăng, giá nông sản thấp.",
    "Nhân dân quan tâm đến công tác bồi thường, giải phóng mặt bằng các công trình trên địa bàn.",
    "Dư luận đồng tình với việc xử lý nghiêm các vi phạm về trật tự xây dựng, đất đai.",
    "Nhân dân lo lắng về tình hình thời tiết diễn biến phức tạp, ảnh hưởng đến sản xuất.",
]
DIFFICULTIES = [
    "Kinh phí hoạt động còn hạn hẹp; một số cán bộ mới, kinh nghiệm vận động quần chúng chưa nhiều.",
    "Việc tập hợp đoàn viên, hội viên là lao động đi làm ăn xa còn khó khăn.",
    "Một số mô hình Dân vận khéo chưa được nhân rộng, hiệu quả chưa cao.",
    "Phối hợp giữa các tổ chức trong khối dân vận có lúc chưa chặt chẽ.",
]
PROPOSALS = [
    "Không có.",
    "Đề nghị cấp trên quan tâm hỗ trợ kinh phí xây dựng nhà Đại đoàn kết cho hộ nghèo.",
    "Đề nghị mở thêm lớp tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở.",
    "Đề nghị sớm giải quyết dứt điểm các kiến nghị của nhân dân về đất đai.",
]
RETURN_REASONS = [
    "Số liệu gạo hỗ trợ chưa khớp với biên bản bàn giao, đề nghị kiểm tra lại.",
    "Giá trị quà tặng không khớp với số suất quà, đề nghị rà soát.",
    "Thiếu nội dung tình hình nhân dân, đề nghị bổ sung.",
    "Số đơn thư đã giải quyết chưa khớp với sổ theo dõi, đề nghị xem lại.",
]


def last_complete_months(today: date, count: int = MONTHS) -> list[Period]:
    """The `count` monthly periods that ended before `today`, oldest first."""
    period = latest_ended_period(today, "month")
    found = []
    for _ in range(count):
        found.append(period)
        period = period.previous()
    return found[::-1]


def _values(rng: random.Random, kind: str, level: str, month: int, size: float, stock: int) -> dict:
    profile = PROFILES.get(kind, PROFILES["cong-doan"])
    gifts_factor, rice_factor, _event = SEASONS[month]
    scale = size * (PROVINCE_FACTOR if level == Level.PROVINCE else 1)

    def count(mean: float) -> int:
        return max(0, round(rng.gauss(mean, mean * 0.3 + 0.3)))

    gifts = count(profile["gifts"] * gifts_factor * scale)
    classes = count(0.8 * scale)
    received = count(profile["letters"] * scale)
    new_models = 1 if rng.random() < 0.15 * (2 if level == Level.PROVINCE else 1) else 0
    return {
        "QUA_SL": gifts,
        "QUA_GT": gifts * rng.randrange(300, 501, 10) * 1000,
        "GAO_TAN": f"{max(0.0, rng.gauss(profile['rice'] * rice_factor * scale, 0.1)):.2f}",
        "NHA_DDK": sum(rng.random() < profile["houses"] * scale for _ in range(3)),
        "DVK_TONG": stock + new_models,
        "DVK_MOI": new_models,
        "TH_LOP": classes,
        "TH_LUOT": classes * rng.randint(35, 120),
        "DT_CUOC": count(profile["dialogues"] * min(scale, 2)),
        "DON_NHAN": received,
        "DON_XONG": round(received * rng.uniform(0.7, 1.0)),
        "GS_CUOC": count(profile["checks"] * min(scale, 2)),
        "PB_HN": 1 if rng.random() < (0.3 if kind == "mttq" else 0.03) else 0,
    }


def _sections(rng: random.Random, unit: Unit, month: int, values: dict) -> dict:
    event = SEASONS[month][2]
    results = (f"Trong tháng, {unit.name} tập trung {event}. Đã trao {format_number(values['QUA_SL'])} suất quà "
               f"(trị giá {format_number(values['QUA_GT'])} đồng), hỗ trợ {values['GAO_TAN'].replace('.', ',')} tấn "
               f"gạo; tổ chức {values['TH_LOP']} lớp tập huấn với {format_number(values['TH_LUOT'])} lượt người dự.")
    if values["NHA_DDK"]:
        results += f" Khởi công, bàn giao {values['NHA_DDK']} nhà Đại đoàn kết."
    next_event = SEASONS[month % 12 + 1][2]
    return {"KQ": results, "TT": rng.choice(OPINIONS), "HC": rng.choice(DIFFICULTIES),
            "NV": f"Tiếp tục {next_event}.", "KN": rng.choice(PROPOSALS)}


def _at(day: date, rng: random.Random) -> datetime:
    moment = datetime(day.year, day.month, day.day, rng.randint(7, 16), rng.randint(0, 59))
    return timezone.make_aware(moment, timezone.get_default_timezone())


def _plan(rng: random.Random, period: Period, deadline: date, latest: bool, now: datetime) -> dict | None:
    """What happens to one unit's report of one month, and when; None when it is never written."""
    r = rng.random()
    if r < MISSING:
        return None
    r = (r - MISSING) / (1 - MISSING)
    if latest:
        bounds = [(LATEST_DRAFT, "draft"), (LATEST_DRAFT + LATEST_PENDING, "pending"),
                  (LATEST_DRAFT + LATEST_PENDING + LATEST_RETURNED, "returned")]
    else:
        bounds = [(RETURNED, "returned"), (RETURNED + RESUBMITTED, "resubmitted")]
    outcome = next((name for bound, name in bounds if r < bound), "approved")
    if rng.random() < LATE:
        first = deadline + timedelta(days=rng.randint(1, 8))
    else:
        first = period.end - timedelta(days=rng.randint(0, 2)) + timedelta(days=rng.randint(0, (deadline - period.end).days))
    first_at = min(_at(first, rng), now - timedelta(hours=30))
    last_at = first_at + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5)) if outcome == "resubmitted" \
        else first_at
    approved_at = last_at + timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 6))
    return {"outcome": outcome, "first": first_at, "last": min(last_at, now - timedelta(hours=20)),
            "approved": min(approved_at, now - timedelta(hours=2))}


def _report(form, unit, period: Period, plan: dict, values: dict, sections: dict, *, reporter, reviewer,
            rng: random.Random) -> str:
    """Write one report through the services; returns its outcome."""
    s = services.create_submission(reporter, form=form, unit=unit, period=period.code, values=values,
                                   sections=sections)
    outcome = plan["outcome"]
    if outcome == "draft":
        return outcome
    s = services.submit_submission(reporter, s, confirm_warnings=True)  # synthetic figures: no "are you sure?"
    if outcome in ("returned", "resubmitted"):
        s = services.return_submission(reviewer, s, reason=rng.choice(RETURN_REASONS))
        if outcome == "returned":
            backdate_submission(None, s, submitted_at=plan["first"])
            return outcome
        corrected = {"GAO_TAN": f"{float(values['GAO_TAN']) * rng.uniform(0.9, 1.1):.2f}"}
        s = services.update_submission(reporter, s, version=s.version, values=corrected)
        s = services.submit_submission(reporter, s, confirm_warnings=True)  # synthetic figures: no "are you sure?"
    if outcome == "pending":
        backdate_submission(None, s, submitted_at=plan["first"])
        return outcome
    s = services.approve_submission(reviewer, s)
    backdate_submission(None, s, submitted_at=plan["last"], first_submitted_at=plan["first"],
                        approved_at=plan["approved"])
    return outcome


def _history_urls(form, units: list[Unit], history: list[Period]) -> list[str]:
    """Where the notices about the older months point: each report (returned, approved) and the review queue
    of each month (the reviewers' grouped "… đã nộp báo cáo"), with the links the services write."""
    codes = [p.code for p in history]
    reports = Submission.objects.unscoped().filter(form=form, unit__in=units, period__in=codes).values_list("pk", flat=True)
    return ([submission_url(pk) for pk in reports.order_by("pk")]
            + [review_queue_url(form.code, code) for code in codes])


def _units(form, province: Area, months: list[Period], communes: int | None,
           rest_latest: bool) -> tuple[list[Unit], set[int]]:
    """The expected units written, and which of them (the communes past the first `communes`, when
    `rest_latest`) are written for the latest month only."""
    units: dict[int, Unit] = {}
    for period in months:
        for unit in expected_units(form, period, area=province).select_related("kind", "area"):
            units[unit.pk] = unit
    latest_only: set[int] = set()
    if communes is not None:
        kept = set(sorted({u.area.code for u in units.values() if u.area.level == Level.COMMUNE})[:communes])
        rest = {pk for pk, u in units.items() if u.area.level == Level.COMMUNE and u.area.code not in kept}
        if rest_latest:
            latest_only = rest
        else:
            units = {pk: u for pk, u in units.items() if pk not in rest}
    ordered = sorted(units.values(), key=lambda u: (u.area.level != Level.PROVINCE, u.area.code, u.kind.sort_order))
    return ordered, latest_only


def load(ctx, *, communes: int | None = DEFAULT_COMMUNES, rest_latest: bool = True,
         today: date | None = None) -> None:
    """Twelve months of reports for the expected units of each demo province (`communes`: how many communes;
    with `rest_latest`, the other communes' units report the latest month only, so the month under review
    reads as a real round does — most units have sent — instead of hundreds of units "not sent")."""


    form = ReportForm.objects.unscoped().get(code=FORM_CODE)
    today = today or timezone.localdate()
    months = last_complete_months(today)
    now = timezone.now()
    for province in ctx.provinces:
        started = time.monotonic()
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        reviewer = user_by_username(f"tinh-{province.code}")
        reporter = user_by_username(f"xa-{province.code}")
        units, latest_only = _units(form, province, months, communes, rest_latest)
        done = set(Submission.objects.unscoped().filter(form=form, unit__in=units, period__in=[p.code for p in months])
                   .values_list("unit_id", flat=True))
        counts = {"approved": 0, "late": 0, "returned": 0, "resubmitted": 0, "pending": 0, "draft": 0, "missing": 0}
        todo = [u for u in units if u.pk not in done]
        progress = ctx.progress or Progress(io.StringIO())
        for unit in progress.track(todo, f"{province.name}: báo cáo mẫu theo tổ chức"):
            unit_rng = random.Random(f"{FORM_CODE}/{unit.area.code}/{unit.kind.code}")
            size, stock = unit_rng.uniform(0.6, 1.5), unit_rng.randint(2, 8) * (3 if unit.area.level == Level.PROVINCE
                                                                               else 1)
            may_report = reporter is not None and reporter.scope_for(Action.REPORT).covers(unit.line_path)
            with transaction.atomic():  # a unit's year is written whole or not at all, so a re-run resumes
                for period in months[-1:] if unit.pk in latest_only else months:
                    if not unit.is_open_on(period.end) and not unit.is_open_on(period.start):
                        continue
                    rng = random.Random(f"{FORM_CODE}/{unit.area.code}/{unit.kind.code}/{period.code}")
                    values = _values(rng, unit.kind.code, unit.area.level, period.index, size, stock)
                    stock = values["DVK_TONG"]
                    deadline = deadline_for(form, period)
                    plan = _plan(rng, period, deadline, period == months[-1], now)
                    if plan is None:
                        counts["missing"] += 1
                        continue
                    outcome = _report(form, unit, period, plan, values, _sections(rng, unit, period.index, values),
                                      reporter=reporter if may_report else None, reviewer=reviewer, rng=rng)
                    counts[outcome] += 1
                    counts["late"] += outcome != "draft" and timezone.localdate(plan["first"]) > deadline
        seconds = time.monotonic() - started
        subset = "" if communes is None else f" (mọi đơn vị cấp tỉnh và {communes} xã đầu tiên theo mã" + (
            f"; các xã khác chỉ tháng {months[-1].code})" if latest_only else ")")
        if not todo:
            ctx.write(f"{province.name}: đã có báo cáo mẫu {FORM_CODE}, bỏ qua.")
            continue
        read = mark_history_notices_read(None, urls=_history_urls(form, units, months[:-1]))
        ctx.write(f"{province.name}: báo cáo mẫu {FORM_CODE} {months[0].code} – {months[-1].code} cho {len(todo)} "
                  f"tổ chức{subset}: duyệt {counts['approved'] + counts['resubmitted']} (trong đó {counts['resubmitted']} nộp lại sau khi bị trả), "
                  f"chờ duyệt {counts['pending']}, bị trả lại {counts['returned']}, đang soạn {counts['draft']}, "
                  f"không nộp {counts['missing']}; nộp muộn {counts['late']}; {read} thông báo về các tháng "
                  f"trước đánh dấu đã đọc — {seconds:.0f} giây. "
                  f"Người duyệt: {getattr(reviewer, 'username', 'hệ thống')}, đơn vị gốc: {root}.")
