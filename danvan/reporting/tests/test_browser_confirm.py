"""Real browser: the question on a button is asked before its form is sent (issue 13, item 10)."""

import pytest

from danvan.reporting import services
from danvan.reporting.models import ReportForm, Submission
from danvan.reporting.tests.test_browser_reporting import sign_in
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_submitting_asks_first_and_a_declined_question_sends_nothing(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": "5"})
    page = browser_page
    asked: list[str] = []

    def decline(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", decline)
    sign_in(page, live_server.url, "xa-37", f"/bao-cao/{s.pk}/")
    page.click("button:has-text('Nộp báo cáo')")
    assert asked and asked[0].startswith("Nộp báo cáo lên cấp trên?")
    # "Lưu" asks nothing: it is the submit button's question, not the form's. Once its page is back, the
    # declined submission would have arrived before it (one page, one request at a time): it did not.
    page.click("button:has-text('Lưu')")
    page.wait_for_selector("text=Đã lưu.")
    assert len(asked) == 1
    assert Submission.objects.get(pk=s.pk).status == "draft"
