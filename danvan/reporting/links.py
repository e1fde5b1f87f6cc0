"""The pages a notice points to, written by the services and recognised by the demo."""

from django.urls import reverse
from django.utils.http import urlencode

from danvan.reporting.periods import period_name


def submission_url(pk: int) -> str:
    """A report's page (notices about one report)."""
    return reverse("reporting:submission_detail", args=[pk])


def review_queue_url(form_code: str, period: str) -> str:
    """The review queue narrowed to one form and period (the grouped "… đã nộp báo cáo" notice)."""
    return f"{reverse('reporting:review_queue')}?{urlencode({'form': form_code, 'period': period})}"


def report_name(form, period_code: str) -> str:
    """How a notice names a report: the form's name and the period's ("Báo cáo công tác dân vận tháng,
    tháng 3/2026"; "…, quý IV/2026"), never their codes (issue 13 item 12)."""
    name = period_name(period_code)
    return f"{form.name}, {name[:1].lower()}{name[1:]}"
