"""The synthesised report (báo cáo tổng hợp): read it as JSON, .docx or .xlsx; draft and edit it."""

from datetime import date
from typing import Literal

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from ninja import Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id, PositiveInt, Version
from danvan.api.reporting.submissions import CompletenessCounts
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit
from danvan.reporting import selectors as rs
from danvan.reporting import services, synthesis
from danvan.reporting import synthesis as synthesis_render

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
router = Router()
TAGS = ["Báo cáo tổng hợp"]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Number = int | float


class SynthesisQuery(Schema):
    form: str
    period: str
    unit: Id
    format: Literal["json", "docx", "xlsx"] = "json"


class SynthesisIn(Schema):
    form: str
    period: str
    unit: Id
    version: Version | None = None


class SynthesisPatch(Schema):
    version: Version
    number: PositiveInt | None = None
    issued_on: date | None = None
    subject: str | None = None
    intro: str | None = None
    sections: dict[str, str | None] | None = None
    signer_authority: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    recipients: str | None = None


class RollupRow(Schema):
    code: str
    name: str
    unit_of_measure: str
    value: Number | None
    previous: Number | None = None  # the previous period's figure (issue 13 item 8)
    last_year: Number | None = None  # the same period last year


class SectionOut(Schema):
    code: str
    title: str
    text: str


class SignerOut(Schema):
    authority: str
    position: str
    name: str


class SynthesisCompletenessOut(CompletenessCounts):
    sentence: str


class SynthesisOut(Schema):
    id: int | None
    saved: bool
    version: int | None
    form: str
    unit: int
    unit_name: str
    period: str
    period_label: str
    number: int | None
    issued_on: str | None
    subject: str
    intro: str
    sections: list[SectionOut]
    signer: SignerOut
    recipients: list[str]
    rollup: list[RollupRow]
    completeness: SynthesisCompletenessOut


def synthesis_out(draft, build: dict) -> dict:
    texts = draft.sections or {}
    return {
        "id": draft.pk, "saved": draft.pk is not None, "version": draft.version if draft.pk else None,
        "form": draft.form.code, "unit": draft.unit_id, "unit_name": draft.unit.name, "period": draft.period,
        "period_label": build["period"]["label_vi"], "number": draft.number,
        "issued_on": draft.issued_on.isoformat() if draft.issued_on else None,
        "subject": draft.subject, "intro": draft.intro,
        "sections": [{"code": s["code"], "title": s["title"], "text": texts.get(s["code"], "")}
                     for s in build["sections"]],
        "signer": {"authority": draft.signer_authority, "position": draft.signer_position,
                   "name": draft.signer_name},
        "recipients": draft.recipient_lines, "rollup": build["rollup"],
        "completeness": {**build["completeness"], "sentence": synthesis.completeness_sentence(build["completeness"])},
    }


def file_response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def filename_of(draft, extension: str) -> str:
    return f"Báo cáo tổng hợp {draft.form.code} {draft.period} - {draft.unit.name}.{extension}".replace("/", "-")


def draft_and_build(user, form_code: str, period_code: str, unit_id: int, *, need_excerpts: bool):
    """The saved draft (or the unsaved default when none exists: a read never writes) and the build."""
    form = rs.get_form(user, form_code)
    unit = get_unit(user, unit_id, Action.VIEW)
    period = synthesis.parse_synthesis_period(form, period_code)
    draft = synthesis.draft_for(user, form, unit, period)
    build = synthesis.build_synthesis(form, unit, period, excerpts=need_excerpts or draft is None)
    if draft is None:
        draft = synthesis.unsaved_draft(form, unit, period, build)
    return draft, build


@router.get("/reports/synthesis", response={200: SynthesisOut, **ERRORS}, tags=TAGS,
         summary="Báo cáo tổng hợp: nội dung (json), văn bản (.docx) hoặc số liệu (.xlsx)",
         description="Trả bản nháp đã lưu; nếu chưa có, trả bản nháp mặc định (không lưu). "
                     "format=docx theo thể thức văn bản của Đảng (cơ quan nhà nước: theo Nghị định 30/2020/NĐ-CP).")
def get_synthesis(request: AuthedRequest, q: Query[SynthesisQuery]):
    draft, build = draft_and_build(request.auth, q.form, q.period, q.unit, need_excerpts=False)
    if q.format == "docx":
        return file_response(synthesis_render.render_docx(draft, build), DOCX, filename_of(draft, "docx"))
    if q.format == "xlsx":
        return file_response(synthesis_render.render_xlsx(draft), XLSX, filename_of(draft, "xlsx"))
    return synthesis_out(draft, build)


@router.post("/reports/synthesis", response={200: SynthesisOut, **ERRORS}, tags=TAGS,
          summary="Tạo bản nháp báo cáo tổng hợp, hoặc làm mới các phần từ báo cáo đã duyệt")
def post_synthesis(request: AuthedRequest, payload: SynthesisIn):
    form = rs.get_form(request.auth, payload.form)
    unit = get_unit(request.auth, payload.unit, Action.VIEW)
    draft = services.create_or_refresh_draft(request.auth, form=form, unit=unit, period=payload.period,
                                             version=payload.version)
    return _saved_out(request, draft.pk)


@router.put("/reports/synthesis/{draft_id}", response={200: SynthesisOut, **ERRORS}, tags=TAGS,
         summary="Sửa bản nháp báo cáo tổng hợp (kèm version; 409 nếu đã bị người khác sửa)")
def put_synthesis(request: AuthedRequest, draft_id: int, payload: SynthesisPatch):
    draft = synthesis.get_draft(request.auth, draft_id)
    fields = payload.dict(exclude_unset=True)
    version = fields.pop("version")
    services.update_draft(request.auth, draft, version=version, **fields)
    return _saved_out(request, draft_id)


def _saved_out(request: AuthedRequest, draft_id: int) -> dict:
    draft = synthesis.get_draft(request.auth, draft_id)
    build = synthesis.build_synthesis(draft.form, draft.unit, synthesis.parse_synthesis_period(draft.form, draft.period),
                                      excerpts=False)
    return synthesis_out(draft, build)
