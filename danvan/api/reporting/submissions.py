"""Periodic-reporting routes: periods, submissions and their transitions, roll-up, completeness, synthesis."""

from typing import Literal

from ninja import File, Form, Query, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset, Version
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit
from danvan.reporting import selectors as rs
from danvan.reporting import services
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import Submission
from danvan.reporting.selectors import reports

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
router = Router()
TAGS = ["Báo cáo định kỳ"]
Number = int | float


class PeriodOut(Schema):
    code: str
    type: str
    start: str
    end: str
    deadline: str | None = None


@router.get("/periods/{code}", response={200: PeriodOut, **ERRORS}, tags=TAGS, summary="Kỳ báo cáo và hạn nộp")
def period_detail(request: AuthedRequest, code: str, form: str | None = None):
    period = rs.parse_period_or_400(code)
    out = period.to_dict()
    if form:
        out["deadline"] = deadline_for(rs.get_form(request.auth, form), period).isoformat()
    return out


class SubmissionIn(Schema):
    form: str
    unit: Id
    period: str
    values: dict[str, Number | str | None] = {}
    sections: dict[str, str | None] = {}


class SubmissionPatch(Schema):
    version: Version
    values: dict[str, Number | str | None] | None = None
    sections: dict[str, str | None] | None = None
    # {indicator code: why} for each value taken from records that this PATCH changes
    override_reasons: dict[str, str] | None = None


class ReasonIn(Schema):
    reason: str


class ValueSourceOut(Schema):
    sourced_value: Number
    override_reason: str


class SubmissionOut(Schema):
    id: int
    form: str
    unit: int
    unit_name: str
    period: str
    status: str
    version: int
    deadline: str
    submitted_at: str | None
    approved_at: str | None
    on_time: bool | None
    return_reason: str
    values: dict[str, Number]
    sections: dict[str, str]
    # Per value taken from records: the value the records give and the reporter's reason when it was changed.
    value_sources: dict[str, ValueSourceOut] = {}


class SubmissionPage(Schema):
    count: int
    items: list[SubmissionOut]


def submission_out(s: Submission, *, full: bool = True) -> dict:
    values = list(s.values.select_related("indicator")) if full else []
    return {
        "id": s.pk, "form": s.form.code, "unit": s.unit_id, "unit_name": s.unit.name, "period": s.period,
        "status": s.status, "version": s.version, "deadline": s.deadline.isoformat(),
        "submitted_at": s.submitted_at.isoformat() if s.submitted_at else None,
        "approved_at": s.approved_at.isoformat() if s.approved_at else None,
        "on_time": s.on_time, "return_reason": s.return_reason,
        "values": {v.indicator.code: _number(v.value) for v in values},
        "sections": {sec.code: sec.text for sec in s.sections.all()} if full else {},
        "value_sources": {v.indicator.code: {"sourced_value": _number(v.sourced_value),
                                             "override_reason": v.override_reason}
                          for v in values if v.sourced_value is not None},
    }


def _number(value):
    return int(value) if value == value.to_integral_value() else float(value)


@router.post("/submissions", response={201: SubmissionOut, **ERRORS}, tags=TAGS, summary="Tạo báo cáo (bản nháp)")
def create_submission(request: AuthedRequest, payload: SubmissionIn):
    form = rs.get_form(request.auth, payload.form)
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    submission = services.create_submission(request.auth, form=form, unit=unit, period=payload.period,
                                            values=payload.values, sections=payload.sections)
    return Status(201, submission_out(rs.get_submission(request.auth, submission.pk)))


class SubmissionFilters(Schema):
    form: str | None = None
    period: str | None = None
    unit: Id | None = None
    status: Literal["draft", "submitted", "returned", "approved"] | None = None
    limit: int = 50
    offset: Offset = 0


@router.get("/submissions", response={200: SubmissionPage, **ERRORS}, tags=TAGS, summary="Danh sách báo cáo")
def list_submissions(request: AuthedRequest, filters: Query[SubmissionFilters]):
    qs = rs.submission_list(request.auth, form=filters.form, period=filters.period, unit=filters.unit,
                            status=filters.status).prefetch_related("values__indicator", "sections")
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [submission_out(s) for s in rows]}


@router.get("/submissions/{int:submission_id}", response={200: SubmissionOut, **ERRORS}, tags=TAGS, summary="Một báo cáo")
def get_submission(request: AuthedRequest, submission_id: int):
    return submission_out(rs.get_submission(request.auth, submission_id))


@router.patch("/submissions/{int:submission_id}", response={200: SubmissionOut, **ERRORS}, tags=TAGS,
           summary="Sửa báo cáo (kèm version)")
def patch_submission(request: AuthedRequest, submission_id: int, payload: SubmissionPatch):
    submission = rs.get_submission(request.auth, submission_id)
    services.update_submission(request.auth, submission, version=payload.version, values=payload.values,
                               sections=payload.sections, override_reasons=payload.override_reasons)
    return submission_out(rs.get_submission(request.auth, submission_id))


@router.post("/submissions/{int:submission_id}/submit", response={200: SubmissionOut, **ERRORS}, tags=TAGS, summary="Nộp")
def submit(request: AuthedRequest, submission_id: int, confirm_warnings: bool = False):
    """Soft checks (a value far above the unit's own history…) answer 400 with "Cần kiểm tra lại: …" unless
    `?confirm_warnings=true` (the reporter has checked the figures); hard checks always refuse."""
    services.submit_submission(request.auth, rs.get_submission(request.auth, submission_id),
                               confirm_warnings=confirm_warnings)
    return submission_out(rs.get_submission(request.auth, submission_id))


@router.post("/submissions/{int:submission_id}/approve", response={200: SubmissionOut, **ERRORS}, tags=TAGS, summary="Duyệt")
def approve(request: AuthedRequest, submission_id: int):
    services.approve_submission(request.auth, rs.get_submission(request.auth, submission_id))
    return submission_out(rs.get_submission(request.auth, submission_id))


@router.post("/submissions/{int:submission_id}/return", response={200: SubmissionOut, **ERRORS}, tags=TAGS,
          summary="Trả lại (kèm lý do)")
def return_(request: AuthedRequest, submission_id: int, payload: ReasonIn):
    services.return_submission(request.auth, rs.get_submission(request.auth, submission_id), reason=payload.reason)
    return submission_out(rs.get_submission(request.auth, submission_id))


@router.post("/submissions/{int:submission_id}/unapprove", response={200: SubmissionOut, **ERRORS}, tags=TAGS,
          summary="Hủy duyệt (kèm lý do)")
def unapprove(request: AuthedRequest, submission_id: int, payload: ReasonIn):
    services.unapprove_submission(request.auth, rs.get_submission(request.auth, submission_id), reason=payload.reason)
    return submission_out(rs.get_submission(request.auth, submission_id))


class ScopeQuery(Schema):
    form: str
    period: str
    unit: Id | None = None
    area: str | None = None


def _target(request: AuthedRequest, q: ScopeQuery):
    form = rs.get_form(request.auth, q.form)
    period = rs.parse_period_or_400(q.period)
    if (q.unit is None) == (q.area is None):
        raise HttpError(400, "Cần đúng một trong hai tham số: unit=<mã tổ chức> hoặc area=<thời kỳ>/<mã địa bàn>.")
    if q.unit is not None:
        return form, period, get_unit(request.auth, q.unit), None
    assert q.area is not None  # exactly one of the two, checked above
    era, _, code = q.area.partition("/")
    if era not in ("current", "legacy") or not code:
        raise HttpError(400, "Tham số area phải có dạng current/37 hoặc legacy/36.")
    return form, period, None, rs.get_area_for_rollup(request.auth, era, code)


class LegacyPart(Schema):
    era: str
    code: str
    name: str
    values: dict[str, Number | None]
    units_counted: int


class RollupOut(Schema):
    values: dict[str, Number | None]
    units_counted: int
    legacy: list[LegacyPart] | None = None
    split: list[LegacyPart] | None = None


@router.get("/rollup", response={200: RollupOut, **ERRORS}, tags=TAGS, summary="Số liệu tổng hợp (đã duyệt)")
def rollup(request: AuthedRequest, q: Query[ScopeQuery]):
    form, period, unit, area = _target(request, q)
    return reports.rollup_answer(form, period, unit=unit, area=area)


class CompletenessCounts(Schema):
    expected: int
    submitted: int
    on_time: int
    approved: int
    rate: float | None
    rate_on_time: float | None


class CompletenessOut(CompletenessCounts):
    missing: list[int]


@router.get("/completeness", response={200: CompletenessOut, **ERRORS}, tags=TAGS, summary="Tính đầy đủ, kịp thời")
def completeness(request: AuthedRequest, q: Query[ScopeQuery]):
    form, period, unit, area = _target(request, q)
    return reports.completeness(form, period, unit=unit, area=area)


class ImportProposalOut(Schema):
    source: str
    form: str
    unit: int
    period: str
    existing_submission: int | None
    sections: dict[str, str]
    values: dict[str, Number]
    evidence: dict[str, list[dict]]
    unmatched_sections: list[str]


@router.post("/submissions/import", response={200: ImportProposalOut, **ERRORS}, tags=TAGS,
          summary="Đọc báo cáo Word/văn bản thành bản nháp đề xuất (chưa lưu)")
def import_report(request: AuthedRequest, file: UploadedFile = File(...), form: str = Form(...), unit: Id = Form(...),
                  period: str = Form(...)):
    from danvan.reporting.word_import import MAX_BYTES, propose_draft

    report_form = rs.get_form(request.auth, form)
    target = get_unit(request.auth, unit, Action.REPORT)
    parsed = rs.parse_period_or_400(period)
    if file.size and file.size > MAX_BYTES:
        raise HttpError(400, "Tệp quá lớn (tối đa 10 MB).")
    proposal = propose_draft(file.read(MAX_BYTES + 1), file.name or "", report_form)
    existing = rs.submission_list(request.auth, form=report_form.code, period=parsed.code, unit=target.pk).first()
    return {**proposal, "form": report_form.code, "unit": target.pk, "period": parsed.code,
            "existing_submission": existing.pk if existing else None}
