"""Names people read instead of codes: `{{ s.period|period_name }}` → "Tháng 11/2026" (issue 13, item 12).

Codes stay in the API and in an "advanced" detail for the experts who need them."""

from django import template

from danvan.reporting.periods import period_name as _period_name

register = template.Library()


@register.filter
def period_name(code) -> str:
    """ "2026-11" → "Tháng 11/2026", "2026-Q4" → "Quý IV/2026", "2026-H1" → "6 tháng đầu năm 2026"."""
    return _period_name(code)
