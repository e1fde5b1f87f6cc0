"""The per-user iCalendar feed parses, carries what its owner may see, and a revoked address answers 404."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from danvan.directives.selectors.activities import current_feed
from danvan.directives.services.feeds import issue_feed
from danvan.directives.tests.conftest import activity

pytestmark = pytest.mark.django_db


def test_the_feed_parses_and_lists_the_owners_visible_activities(world, client):
    day = timezone.localdate() - timedelta(days=3)
    mine = activity(world.a.reporter, world.a.commune_party, title="Tập huấn Nghị quyết", kind="training",
                    starts_on=day, ends_on=day + timedelta(days=1))
    activity(world.b.reporter, world.b.commune_party, title="Hoạt động của Lai Châu", starts_on=day)
    feed = issue_feed(world.a.reporter)
    response = client.get(f"/chi-dao/lich/{feed.token}.ics")  # no session: the secret address is the key
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Tập huấn Nghị quyết"]
    event = events[0]
    assert event["DTSTART"].dt == day and event["DTEND"].dt == day + timedelta(days=2)
    assert str(event["UID"]) == f"activity-{mine.pk}@danvan" and str(event["LOCATION"]) == world.a.commune.name


def test_a_revoked_or_replaced_address_answers_404(world, client):
    old = issue_feed(world.a.reporter)
    new = issue_feed(world.a.reporter)
    assert client.get(f"/chi-dao/lich/{old.token}.ics").status_code == 404
    assert client.get(f"/chi-dao/lich/{new.token}.ics").status_code == 200
    client.force_login(world.a.reporter)
    page = client.get("/chi-dao/hoat-dong/lich-rieng/").content.decode()
    assert new.token in page
    client.post("/chi-dao/hoat-dong/lich-rieng/", {"action": "revoke"})
    client.logout()
    assert client.get(f"/chi-dao/lich/{new.token}.ics").status_code == 404
    assert current_feed(world.a.reporter) is None
    assert client.get("/chi-dao/lich/khong-co.ics").status_code == 404


def test_the_feed_page_issues_an_address(world, client):
    client.force_login(world.a.reviewer)
    client.post("/chi-dao/hoat-dong/lich-rieng/", {"action": "issue"})
    feed = current_feed(world.a.reviewer)
    assert feed is not None and feed.token in client.get("/chi-dao/hoat-dong/lich-rieng/").content.decode()


def test_replacing_an_address_asks_first_because_it_revokes_the_old_one(world, client):
    client.force_login(world.a.reviewer)
    first = client.get("/chi-dao/hoat-dong/lich-rieng/").content.decode()
    assert "data-confirm" not in first  # nothing to lose yet: the first address is issued at once
    issue_feed(world.a.reviewer)
    page = client.get("/chi-dao/hoat-dong/lich-rieng/").content.decode()
    assert page.count("data-confirm") == 2  # "Thu hồi địa chỉ" and "Tạo địa chỉ mới" both revoke the old address
    assert "Địa chỉ cũ sẽ bị thu hồi" in page
