"""The files of a synthesised report: its content read fresh (`content`), then rendered (`rendering`)."""

from datetime import date

from django.utils import timezone

from danvan.org.models import Unit
from danvan.reporting.models import ReportForm
from danvan.reporting.periods import parse_period
from danvan.reporting.synthesis.content import build_synthesis, missing_rows, unit_values
from danvan.reporting.synthesis.rendering import docx_bytes, xlsx_bytes


def render_docx(draft, build: dict | None = None) -> bytes:
    """The draft as a .docx; the figures, completeness and the appendix's excerpts are read fresh unless
    `build` is given."""
    if build is None:
        build = build_synthesis(draft.form, draft.unit, parse_period(draft.period), summaries=False)
    return docx_bytes(draft, build)


def render_xlsx(draft_or_build, *, today: date | None = None) -> bytes:
    """The roll-up table, each unit's approved values and the units that have not reported (overdue or
    not yet due on `today`) as an .xlsx workbook, for a draft or a build."""
    if isinstance(draft_or_build, dict):
        build = draft_or_build
        # A build names its form and unit; the caller built it for a unit it checked.
        form = ReportForm.objects.unscoped().get(code=build["form"]["code"])
        unit = Unit.objects.unscoped().get(pk=build["unit"]["id"])
    else:
        form, unit = draft_or_build.form, draft_or_build.unit
        build = build_synthesis(form, unit, parse_period(draft_or_build.period), excerpts=False)
    indicators, unit_rows = unit_values(form, unit, parse_period(build["period"]["code"]))
    missing = missing_rows(form, build["completeness"], today or timezone.localdate())
    return xlsx_bytes(build, indicators, unit_rows, missing)
