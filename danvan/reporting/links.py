"""The pages a notice points to, written by the services and recognised by the demo."""

from django.urls import reverse
from django.utils.http import urlencode


def submission_url(pk: int) -> str:
    """A report's page (notices about one report)."""
    return reverse("reporting:submission_detail", args=[pk])


def review_queue_url(form_code: str, period: str) -> str:
    """The review queue narrowed to one form and period (the grouped "… đã nộp báo cáo" notice)."""
    return f"{reverse('reporting:review_queue')}?{urlencode({'form': form_code, 'period': period})}"
