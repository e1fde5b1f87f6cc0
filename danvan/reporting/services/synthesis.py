"""Writes of the synthesised report (báo cáo tổng hợp): drafting it from approved data, and editing it."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import check_version, record_event, service
from danvan.reporting import synthesis
from danvan.reporting.models import FormSection, SynthesisDraft

TEXT_FIELDS = {"subject": 300, "intro": 20_000, "signer_authority": 100, "signer_position": 100,
               "signer_name": 100, "recipients": 5_000}
# A province's month holds some 900 excerpts per section; a year of them stays well below this.
SECTION_MAX_CHARS = 5_000_000
EDITABLE_FIELDS = {*TEXT_FIELDS, "number", "issued_on", "sections"}


def _state(draft: SynthesisDraft) -> dict:
    """What the audit trail keeps: every field, long texts cut (the draft itself holds the full text)."""
    return {
        "version": draft.version, "number": draft.number,
        "issued_on": draft.issued_on.isoformat() if draft.issued_on else None,
        **{name: getattr(draft, name)[:500] for name in TEXT_FIELDS},
        "sections": {code: text[:500] for code, text in (draft.sections or {}).items()},
    }


@service
def create_or_refresh_draft(actor, *, form, unit, period: str, version: int | None = None) -> SynthesisDraft:
    """Draft the synthesised report of `unit` (create it), or re-draft its sections from fresh approved data.

    Refreshing keeps the number, subject, intro, signer and recipients; it replaces every section's
    text. With `version`, a refresh of a draft changed since is refused (ConflictError).
    """
    if not synthesis.can_compile(actor, unit):
        raise PermissionDenied("Bạn không có quyền tổng hợp báo cáo cho tổ chức này.")
    p = synthesis.parse_synthesis_period(form, period)
    build = synthesis.build_synthesis(form, unit, p)
    draft = (SynthesisDraft.objects.select_for_update(of=("self",)).select_related("form", "unit")
             .filter(form=form, unit=unit, period=p.code).first())
    if draft is None:
        draft = SynthesisDraft.objects.create(
            form=form, unit=unit, period=p.code, created_by=actor if getattr(actor, "pk", None) else None,
            **synthesis.default_content(build, unit))
        record_event(actor, "reporting.synthesis.create", draft, after=_state(draft))
        return draft
    if version is not None:
        check_version(draft, version)
    before = _state(draft)
    draft.sections = synthesis.draft_text(build)
    draft.version += 1
    draft.save(update_fields=["sections", "version", "updated_at"])
    record_event(actor, "reporting.synthesis.refresh", draft, before=before, after=_state(draft))
    return draft


def _clean(draft: SynthesisDraft, fields: dict) -> dict:
    unknown = sorted(set(fields) - EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Không sửa được trường: {', '.join(unknown)}.")
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    for name, value in fields.items():
        if name in TEXT_FIELDS:
            text = "" if value is None else str(value).strip()
            if len(text) > TEXT_FIELDS[name]:
                errors[name] = [f"Tối đa {TEXT_FIELDS[name]} ký tự."]
            elif name == "subject" and not text:
                errors[name] = ["Vui lòng nhập trích yếu."]
            cleaned[name] = text
        elif name == "number":
            if value in (None, ""):
                cleaned[name] = None
                continue
            try:
                number = int(str(value).strip())
            except ValueError:
                errors[name] = [f"Số văn bản “{value}” không phải là số nguyên."]
                continue
            if not 1 <= number <= 99_999:
                errors[name] = ["Số văn bản phải từ 1 đến 99999."]
            cleaned[name] = number
        elif name == "issued_on":
            if value in (None, ""):
                cleaned[name] = None
            elif isinstance(value, date):
                cleaned[name] = value
            else:
                try:
                    cleaned[name] = date.fromisoformat(str(value))
                except ValueError:
                    errors[name] = [f"Ngày ban hành “{value}” không hợp lệ (dạng YYYY-MM-DD)."]
        elif name == "sections":
            cleaned[name] = _clean_sections(draft, value, errors)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_sections(draft: SynthesisDraft, value, errors: dict) -> dict:
    if not isinstance(value, dict):
        errors["sections"] = ["Nội dung các phần phải là {mã phần: nội dung}."]
        return {}
    codes = set(FormSection.objects.filter(form=draft.form_id).values_list("code", flat=True))
    unknown = sorted(str(c) for c in value if c not in codes)
    if unknown:
        errors["sections"] = [f"Phần “{c}” không có trong biểu mẫu." for c in unknown]
        return {}
    sections = dict(draft.sections or {})
    for code, text in value.items():
        text = "" if text is None else str(text).replace("\r\n", "\n").strip()
        if len(text) > SECTION_MAX_CHARS:
            errors["sections"] = [f"Phần “{code}” dài quá {SECTION_MAX_CHARS} ký tự."]
        sections[code] = text
    return sections


@service
def update_draft(actor, draft: SynthesisDraft, *, version, **fields) -> SynthesisDraft:
    """Edit a draft (number, date, subject, intro, sections, signer, recipients); stale version → 409."""
    draft = SynthesisDraft.objects.select_for_update(of=("self",)).select_related("form", "unit").get(pk=draft.pk)
    if not synthesis.can_compile(actor, draft.unit):
        raise PermissionDenied("Bạn không có quyền sửa báo cáo tổng hợp này.")
    check_version(draft, version)
    cleaned = _clean(draft, fields)
    before = _state(draft)
    for name, value in cleaned.items():
        setattr(draft, name, value)
    draft.version += 1
    draft.save()
    record_event(actor, "reporting.synthesis.update", draft, before=before, after=_state(draft))
    return draft
