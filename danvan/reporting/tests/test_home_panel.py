"""The home page tells each user what reports wait for them (before, a reviewer's home said nothing of them)."""

import re

import pytest

from danvan.reporting import services

pytestmark = pytest.mark.django_db


def panel(client) -> str:
    match = re.search(r'<section class="home-panel" id="panel-reports_awaiting">(.*?)</section>',
                      client.get("/").content.decode(), re.DOTALL)
    return match.group(1) if match else ""


def test_the_reviewer_sees_how_many_reports_wait_for_review_and_the_reporter_their_returned_one(world, form, client):
    submitted = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    services.submit_submission(world.a.reporter, submitted, confirm_warnings=True)
    services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-04")
    client.force_login(world.a.reviewer)
    shown = panel(client)
    assert "Báo cáo đang chờ bạn" in client.get("/").content.decode()
    assert '<a href="/bao-cao/duyet/">1 báo cáo chờ bạn duyệt</a>' in shown
    services.return_submission(world.a.reviewer, submitted, reason="Thiếu số liệu")
    shown = panel(client)  # the commune's returned report and draft are the reporter's to mend, not the reviewer's
    assert "bị trả lại" not in shown and "đang soạn" not in shown
    client.force_login(world.a.reporter)
    shown = panel(client)
    assert "1 báo cáo bị trả lại, cần sửa và nộp lại" in shown and 'href="/bao-cao/?status=returned"' in shown
    assert "1 báo cáo đang soạn, chưa nộp" in shown and "chờ bạn duyệt" not in shown
    client.force_login(world.b.reviewer)  # another province: nothing of province A
    assert "Không có báo cáo nào chờ bạn duyệt, sửa hay nộp." in panel(client)


def test_an_account_without_reporting_roles_gets_no_reports_block(world, client):
    client.force_login(world.nobody)
    assert 'id="panel-reports_awaiting"' not in client.get("/").content.decode()


def test_the_home_page_reads_a_bounded_number_of_queries(world, form, client, django_assert_max_num_queries):
    for period in ("2026-01", "2026-02", "2026-03"):
        s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period=period)
        services.submit_submission(world.a.reporter, s, confirm_warnings=True)
    client.force_login(world.a.reviewer)
    with django_assert_max_num_queries(9):  # session, user, memberships, the two badges (notices, moderation), the three counts…
        assert client.get("/").status_code == 200
