"""Activities of the bloc and the commitments made in dialogues (follow-up items)."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import check_version, record_event, service, snapshot
from danvan.directives import rules
from danvan.directives.choices import DETAIL_FIELDS, CommitmentState
from danvan.directives.models import Activity, ActivityKind, Commitment
from danvan.directives.services import actor_or_none, clean_area, clean_day, clean_text, raise_errors

FIELDS = ["unit", "kind", "title", "starts_on", "ends_on", "area", "participants", "participant_groups", "content",
          "outcome", "details", "directive", "task", "version"]
MAX_PARTICIPANTS = 10_000_000


def _count(errors: dict, name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PARTICIPANTS:
        errors.setdefault(name, []).append(f"Phải là số nguyên từ 0 đến {MAX_PARTICIPANTS:,}.".replace(",", "."))
        return 0
    return value


EDITABLE = ("kind", "title", "starts_on", "ends_on", "area", "participants", "participant_groups", "content",
            "outcome", "details", "directive", "task")


def _clean(errors: dict, data: dict, default_area) -> dict:
    """Every field of an activity checked together (the end after the start, the groups within the total, the
    details the kind has): a new activity gives them all, an edit gives the current values overlaid."""
    kind = data["kind"]
    if not ActivityKind.objects.filter(code=str(kind), is_active=True).exists():
        codes = ", ".join(ActivityKind.objects.filter(is_active=True).values_list("code", flat=True))
        errors.setdefault("kind", []).append(f"Loại hoạt động “{kind}” không có (chọn: {codes}).")
    title = clean_text(errors, "title", data["title"], required=True, limit=500)
    start = clean_day(errors, "starts_on", data["starts_on"])
    end = clean_day(errors, "ends_on", data.get("ends_on"), required=False) or start
    if start and end and end < start:
        errors.setdefault("ends_on", []).append("Ngày kết thúc trước ngày bắt đầu.")
    where = clean_area(errors, data.get("area"), default_area)
    participants = _count(errors, "participants", data.get("participants", 0))
    groups = {}
    for group, n in (data.get("participant_groups") or {}).items():
        groups[clean_text(errors, "participant_groups", group, required=True, limit=100)] = _count(
            errors, "participant_groups", n)
    if sum(groups.values()) > participants:
        errors.setdefault("participant_groups", []).append("Tổng các thành phần lớn hơn số người tham gia.")
    allowed = DETAIL_FIELDS.get(kind, {})
    details = data.get("details") or {}
    unknown = sorted(set(details) - set(allowed))
    if unknown:
        errors.setdefault("details", []).append(f"Loại hoạt động này không có mục: {', '.join(unknown)}.")
    return {"kind": kind, "title": title, "starts_on": start, "ends_on": end, "area": where,
            "area_path": where.path if where else "", "participants": participants, "participant_groups": groups,
            "content": clean_text(errors, "content", data.get("content", "")),
            "outcome": clean_text(errors, "outcome", data.get("outcome", "")),
            "details": {k: clean_text(errors, "details", v) for k, v in details.items() if k in allowed and v},
            "directive": data.get("directive"), "task": data.get("task")}


@service
def record_activity(actor, *, unit, kind: str, title: str, starts_on, ends_on=None, area=None, participants: int = 0,
                    participant_groups: dict | None = None, content: str = "", outcome: str = "",
                    details: dict | None = None, directive=None, task=None, commitments=()) -> Activity:
    """Record an activity of `unit`; a dialogue's commitments (text, deadline, responsible) come with it."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi nhận hoạt động cho tổ chức này.")
    errors: dict = {}
    fields = _clean(errors, {"kind": kind, "title": title, "starts_on": starts_on, "ends_on": ends_on, "area": area,
                             "participants": participants, "participant_groups": participant_groups,
                             "content": content, "outcome": outcome, "details": details, "directive": directive,
                             "task": task}, unit.area)
    items = [_commitment(errors, c) for c in commitments]
    raise_errors(errors)
    activity = Activity.objects.create(unit=unit, line_path=unit.line_path, created_by=actor_or_none(actor), **fields)
    created = Commitment.objects.bulk_create([Commitment(activity=activity, **c) for c in items])
    record_event(actor, "directives.activity.record", activity,
                 after={**snapshot(activity, FIELDS), "commitments": [c.pk for c in created]})
    return activity


@service
def update_activity(actor, activity: Activity, *, version, **changes) -> Activity:
    """Correct a recorded activity (EDITABLE: all but its unit; its commitments have their own actions).
    `version` is the one the editor saw (stale → ConflictError, 409). The indicator sources count it as it is
    now: a report draft made afterwards shows the corrected figure."""
    activity = Activity.objects.select_for_update(of=("self",)).select_related("unit", "area").get(pk=activity.pk)
    if not rules.may_report(actor, activity.unit):
        raise PermissionDenied("Bạn không có quyền sửa hoạt động này.")
    check_version(activity, version)
    errors: dict = {}
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        errors.setdefault("__all__", []).append(f"Không sửa được: {', '.join(unknown)}.")
    current = {name: getattr(activity, name) for name in EDITABLE}
    if "kind" in changes and "details" not in changes:  # the old kind's details do not belong to the new kind
        current["details"] = {k: v for k, v in activity.details.items() if k in DETAIL_FIELDS.get(changes["kind"], {})}
    fields = _clean(errors, {**current, **{k: v for k, v in changes.items() if k in EDITABLE}}, activity.unit.area)
    raise_errors(errors)
    before = snapshot(activity, FIELDS)
    for name, value in fields.items():
        setattr(activity, name, value)
    activity.version += 1
    activity.save()
    record_event(actor, "directives.activity.update", activity, before=before, after=snapshot(activity, FIELDS))
    return activity


def _commitment(errors: dict, data: dict) -> dict:
    return {"text": clean_text(errors, "commitments", data.get("text"), required=True),
            "responsible": clean_text(errors, "commitments", data.get("responsible", ""), limit=255),
            "deadline": clean_day(errors, "commitments", data.get("deadline"), future=True)}


@service
def add_commitment(actor, activity: Activity, *, text: str, deadline, responsible: str = "") -> Commitment:
    """Add a follow-up item to an activity (a commitment given in a dialogue)."""
    if not rules.may_report(actor, activity.unit):
        raise PermissionDenied("Bạn không có quyền ghi nhận cam kết cho hoạt động này.")
    errors: dict = {}
    item = _commitment(errors, {"text": text, "deadline": deadline, "responsible": responsible})
    raise_errors(errors)
    commitment = Commitment.objects.create(activity=activity, **item)
    record_event(actor, "directives.commitment.add", activity, after={"commitment": commitment.pk, **item})
    return commitment


@service
def close_commitment(actor, commitment: Commitment, *, state: str, closed_on, result: str = "") -> Commitment:
    """Close a follow-up item: done (with its result) or cancelled."""
    commitment = Commitment.objects.select_for_update(of=("self",)).select_related("activity__unit").get(
        pk=commitment.pk)
    if not rules.may_report(actor, commitment.activity.unit):
        raise PermissionDenied("Bạn không có quyền cập nhật cam kết này.")
    errors: dict = {}
    if commitment.state != CommitmentState.OPEN:
        errors.setdefault("state", []).append("Cam kết này đã kết thúc theo dõi.")
    if state not in (CommitmentState.DONE, CommitmentState.CANCELLED):
        errors.setdefault("state", []).append("Chọn “Đã thực hiện” hoặc “Hủy bỏ”.")
    day = clean_day(errors, "closed_on", closed_on)
    result = clean_text(errors, "result", result, required=state == CommitmentState.DONE)
    raise_errors(errors)
    before = snapshot(commitment, ["state", "closed_on", "result"])
    commitment.state, commitment.closed_on, commitment.result = state, day, result
    commitment.save()
    record_event(actor, "directives.commitment.close", commitment.activity,
                 before={"commitment": commitment.pk, **before},
                 after={"commitment": commitment.pk, **snapshot(commitment, ["state", "closed_on", "result"])})
    return commitment
