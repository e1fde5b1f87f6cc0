"""The desk's tiles from the apps that existed when the desk was built (reporting, situation, movement).
Directives and petitions register theirs from their own registrations.py.

Each reads through the app's own selectors (scoped, a fixed number of queries whatever the data's size) and
links every figure to the list behind it. An app built later registers its own `DeskTile` from its
registrations.py (docs/adding-an-app.md).
"""

from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _

from danvan.core import registry
from danvan.core.registry import DeskFigure, list_url

MAIN_FORM = "BC-DV-THANG"  # the monthly report whose completeness and figures the desk shows
MAIN_INDICATORS = 4  # the form's first indicators, in the form's order
WARNING_DAYS = 7  # a warning with a note of the last week is new


def _main_form():
    from danvan.reporting.models import ReportForm

    # The catalogue is reference data: which form is the main one does not depend on who asks.
    forms = ReportForm.objects.unscoped().filter(is_active=True, period_type="month")
    return forms.filter(code=MAIN_FORM).first() or forms.order_by("code").first()


def reporting_tile(user, unit, today: date) -> list[DeskFigure] | None:
    from danvan.reporting.periods import latest_ended_period, period_name
    from danvan.reporting.selectors.reports import completeness

    form = _main_form()
    if form is None:
        return None
    period = latest_ended_period(today, "month")
    figures = completeness(form, period, unit=unit)
    url = list_url("reporting:completeness", form=form.code, period=period.code, unit=unit.pk)
    late = figures["expected"] - figures["submitted"]
    return [DeskFigure(_("Kỳ"), period_name(period.code), url),
            DeskFigure(_("Phải báo cáo"), figures["expected"], url),
            DeskFigure(_("Đã nộp"), figures["submitted"], url),
            DeskFigure(_("Đúng hạn"), figures["on_time"], url),
            DeskFigure(_("Đã duyệt"), figures["approved"], url),
            DeskFigure(_("Chưa nộp"), late, url, alert=late > 0)]


def figures_tile(user, unit, today: date) -> list[DeskFigure] | None:
    """The latest approved figures of the main indicators, and the same month of last year."""
    from danvan.reporting.periods import latest_ended_period, parse_period
    from danvan.reporting.selectors.reports import form_indicators, rollup_answer

    form = _main_form()
    if form is None:
        return None
    period = latest_ended_period(today, "month")
    last_year = parse_period(f"{period.start.year - 1}{period.code[4:]}") if period.code[:4].isdigit() else None
    indicators = form_indicators(form)[:MAIN_INDICATORS]
    now = rollup_answer(form, period, unit=unit)["values"]
    before = rollup_answer(form, last_year, unit=unit)["values"] if last_year else {}
    url = list_url("reporting:rollup", form=form.code, period=period.code, unit=unit.pk)
    out = []
    for indicator in indicators:
        value, old = now.get(indicator.code), before.get(indicator.code)
        compared = f" (cùng kỳ năm trước: {_show(old)})"
        out.append(DeskFigure(indicator.name, f"{_show(value)}{compared}", url))
    return out


def _show(value) -> str:
    from danvan.core.text import format_figure

    return "—" if value is None else format_figure(value)


def situation_tile(user, unit, today: date) -> list[DeskFigure] | None:
    from danvan.situation.choices import IncidentState, Severity
    from danvan.situation.selectors.notes import incident_board
    from danvan.situation.selectors.warnings import compute_warnings

    board = incident_board(user, unit)
    out = []
    for state in IncidentState:
        by_severity = board.get(state.value, {})
        total = sum(by_severity.values())
        detail = ", ".join(f"mức {int(s)}: {by_severity[s]}" for s in sorted(by_severity))
        open_state = state.value != IncidentState.CLOSED
        out.append(DeskFigure(state.label, f"{total}" + (f" ({detail})" if detail else ""),
                              list_url("situation:incident_list", state=state.value, unit=unit.pk),
                              alert=open_state and by_severity.get(Severity.HIGH, 0) > 0))
    warnings = compute_warnings(user, unit=unit, since=today - timedelta(days=WARNING_DAYS - 1), today=today)
    out.append(DeskFigure(_("Cảnh báo sớm mới (7 ngày)"), len(warnings), list_url("situation:warning_list"),
                          alert=bool(warnings)))
    return out


def movement_tile(user, unit, today: date) -> list[DeskFigure] | None:
    from danvan.movement.selectors import statistics

    figures = statistics(user, start=date(today.year, 1, 1), end=today, unit=unit)
    url = list_url("movement:model_list", unit=unit.pk)
    return [DeskFigure(_("Mô hình đang có"), figures["total"], url),
            DeskFigure(_("Đăng ký mới năm nay"), figures["new"], url),
            DeskFigure(_("Được khen thưởng, công nhận năm nay"), figures["recognised"],
                       list_url("movement:stats", unit=unit.pk))]


def register() -> None:
    registry.desk_tiles.register(registry.DeskTile("reporting.completeness", _("Báo cáo tháng: tiến độ nộp"),
                                                   reporting_tile, order=10))
    registry.desk_tiles.register(registry.DeskTile("situation.incidents", _("Vụ việc phức tạp, cảnh báo"),
                                                   situation_tile, order=20))
    registry.desk_tiles.register(registry.DeskTile("movement.models", _("Dân vận khéo"), movement_tile, order=40))
    registry.desk_tiles.register(registry.DeskTile("reporting.figures", _("Số liệu chính đã duyệt"),
                                                   figures_tile, order=50))
