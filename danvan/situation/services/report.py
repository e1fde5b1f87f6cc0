"""Drafting the monthly situation report through reporting's own services (never its rows directly)."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import ConflictError, record_event, service
from danvan.reporting import selectors as reporting_selectors
from danvan.reporting import services as reporting_services
from danvan.reporting.services.submissions import EDITABLE
from danvan.situation import rules
from danvan.situation.narrative import draft_sections
from danvan.situation.selectors.hotspots import hotspots
from danvan.situation.selectors.report import month_incidents, month_notes, report_figures
from danvan.situation.selectors.warnings import compute_warnings

FORM_CODE = "BC-TTND-THANG"


@service
def draft_situation_report(actor, *, unit, period: str):
    """Create, or refresh while it is still editable, the unit's BC-TTND-THANG report for a month: figures
    from the records, narrative from the notes and incidents. A submitted or approved report is a 409."""
    if actor is not None and not rules.may_record(actor, unit):
        raise PermissionDenied("Bạn không có quyền báo cáo cho tổ chức này.")
    form = reporting_selectors.get_form(actor, FORM_CODE)
    p = reporting_selectors.parse_period_or_400(period)
    existing = reporting_selectors.submission_list(actor, form=FORM_CODE, period=p.code, unit=unit.pk).first()
    if existing is not None and existing.status not in EDITABLE:
        raise ConflictError(f"Báo cáo {FORM_CODE} kỳ {p.code} đang ở trạng thái "
                            f"“{existing.get_status_display()}”, không soạn lại được.")
    warnings = compute_warnings(actor, unit=unit, today=p.end, include_dismissed=True) if actor else []
    figures = report_figures(unit, p.start, p.end, warnings=len(warnings))
    notes = list(month_notes(unit, p.start, p.end))
    sections = draft_sections(figures, notes, month_incidents(unit, p.start, p.end), warnings,
                              hotspots(actor, today=p.end, unit=unit) if actor else [])
    if existing is None:
        submission = reporting_services.create_submission(actor, form=form, unit=unit, period=p.code,
                                                          sections=sections)
    else:
        submission = reporting_services.update_submission(actor, existing, version=existing.version,
                                                          sections=sections)
    record_event(actor, "situation.report.draft", submission, after={"period": p.code, **figures.as_dict()})
    return submission
