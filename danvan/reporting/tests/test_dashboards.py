"""The dashboards' defaults and navigation: the latest ended period, drilling down the completeness page."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from danvan.reporting import services
from danvan.reporting.periods import latest_ended_period, parse_period
from danvan.reporting.selectors import expected_units

pytestmark = pytest.mark.django_db

WALK_THROUGH_DAY = date(2026, 11, 23)  # the day of the walk-through: the open month is 2026-12


@pytest.fixture
def on_walk_through_day(monkeypatch):
    """Today is 23/11/2026 (dates of stored datetimes still convert normally)."""
    real = timezone.localdate
    monkeypatch.setattr(timezone, "localdate",
                        lambda value=None, tz=None: real(value, tz) if value else WALK_THROUGH_DAY)


def body(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def submitted(world, form, unit, period):
    s = services.create_submission(world.admin, form=form, unit=unit, period=period, values={"QUA_SL": 7})
    return services.submit_submission(world.admin, s)


@pytest.mark.parametrize(("today", "period_type", "expected"), [
    (WALK_THROUGH_DAY, "month", "2026-11"),  # 2026-12 (15/11 → 14/12) is still open
    (date(2026, 12, 14), "month", "2026-11"),  # the last day of a window still belongs to the open period
    (date(2026, 12, 15), "month", "2026-12"),
    (date(2027, 1, 10), "month", "2026-12"),  # 2027-01 started on 15/12/2026
    (WALK_THROUGH_DAY, "quarter", "2026-Q3"),
    (WALK_THROUGH_DAY, "half_year", "2026-H1"),
    (WALK_THROUGH_DAY, "nine_months", "2026-9M"),
    (WALK_THROUGH_DAY, "year", "2025"),
])
def test_latest_ended_period_is_the_last_window_that_has_closed(today, period_type, expected):
    assert latest_ended_period(today, period_type).code == expected


def test_rollup_opens_on_the_last_ended_month_not_the_open_one(world, client, form, on_walk_through_day):
    s = submitted(world, form, world.a.commune_party, "2026-11")
    services.approve_submission(world.admin, s)
    client.force_login(world.a.reviewer)
    page = body(client.get("/bao-cao/tong-hop/"))
    assert '<option value="2026-11" selected>' in page and "Tháng 11 năm 2026" in page
    assert 'id="units-counted">1<' in page
    explicit = body(client.get("/bao-cao/tong-hop/?period=2026-12"))
    assert '<option value="2026-12" selected>' in explicit and 'id="units-counted">0<' in explicit
    bad = body(client.get("/bao-cao/tong-hop/?period=2026-13"))
    assert "Mã kỳ báo cáo không hợp lệ" in bad and '<option value="2026-11" selected>' in bad


def test_completeness_opens_on_the_last_ended_month_not_the_open_one(world, client, form, on_walk_through_day):
    submitted(world, form, world.a.commune_party, "2026-11")
    client.force_login(world.a.reviewer)
    page = body(client.get(f"/bao-cao/tong-hop/day-du/?unit={world.a.commune_party.pk}"))
    assert '<option value="2026-11" selected>' in page
    assert "state-late" in page or "state-submitted" in page  # late when really submitted after the deadline
    assert '<span class="kpi-value">1</span><span class="kpi-label">Đã nộp' in page


def test_completeness_drills_down_to_the_units_below_with_their_counts(world, client, form):
    submitted(world, form, world.a.commune_party, "2026-03")
    submitted(world, form, world.a.commune_front, "2026-03")
    client.force_login(world.a.reviewer)
    page = body(client.get(f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03&unit={world.a.btgdv.pk}"))
    assert "Theo tổ chức trực thuộc" in page
    link = f'<a href="?form=BC-DV-THANG&amp;period=2026-03&amp;unit={world.a.commune_party.pk}">'
    assert link + world.a.commune_party.name + "</a>" in page
    row = page.split(link)[1].split("</tr>")[0]
    expected = expected_units(form, parse_period("2026-03"), under=world.a.commune_party).count()
    assert expected > 1  # the commune's party committee and the units reporting to it
    assert f'data-label="Phải nộp" class="num">{expected}<' in row
    assert 'data-label="Đã nộp" class="num">2<' in row
    assert world.b.commune_party.name not in page  # only units in the user's scope
    commune = body(client.get(f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03"
                              f"&unit={world.a.commune_party.pk}"))
    assert f"unit={world.a.commune_front.pk}" in commune and f"area=current%2F{world.a.commune.code}" in commune


def test_completeness_drills_down_by_area_too(world, client, form):
    submitted(world, form, world.a.commune_party, "2026-03")
    client.force_login(world.a.reviewer)
    page = body(client.get(f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03"
                           f"&area=current/{world.a.province.code}"))
    assert "Theo địa bàn trực thuộc" in page
    link = f'<a href="?form=BC-DV-THANG&amp;period=2026-03&amp;area=current%2F{world.a.commune.code}">'
    assert link + world.a.commune.name + "</a>" in page
    assert 'data-label="Đã nộp" class="num">1<' in page.split(link)[1].split("</tr>")[0]


def test_completeness_drill_down_costs_the_same_queries_for_one_child_or_a_hundred(world, client, form):
    client.force_login(world.a.reviewer)

    def count(url):
        with CaptureQueriesContext(connection) as ctx:
            body(client.get(url))
        return len(ctx.captured_queries)

    base = "/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03"
    few = count(f"{base}&unit={world.a.commune_party.pk}")
    many = count(f"{base}&unit={world.a.btgdv.pk}")
    assert world.a.btgdv.children.count() > 50
    assert many <= few
    by_area = count(f"{base}&area=current/{world.a.province.code}")
    assert by_area <= few + 2
