"""The leaders' desk: figures equal the counts in each app, one query count whatever the data, scoped."""

import io
from datetime import date

import pytest
from docx import Document

from danvan.movement.tests.conftest import register
from danvan.reporting import services as reporting
from danvan.reporting.models import ReportForm
from danvan.reporting.periods import latest_ended_period, parse_period
from danvan.reporting.selectors import expected_units
from danvan.search.desk import desk

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 20)


def _figures(tiles, key):
    tile = next(t for t in tiles if t.key == key)
    return {str(f.label): f.value for f in tile.figures}


def _report(world, unit, period: str, gifts: int, approve: bool = True):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    s = reporting.create_submission(world.admin, form=form, unit=unit, period=period, values={"QUA_SL": gifts})
    s = reporting.submit_submission(world.admin, s)
    if approve:
        reporting.approve_submission(world.admin, s)
    return s


def test_desk_figures_equal_each_apps_counts(world, incident_of):
    incident_of(title="Vụ một", severity=3)
    incident_of(title="Vụ hai", severity=1)
    register(world.a.reporter, world.a.commune_party, name="Mô hình A", registered_on=date(2026, 3, 1))
    register(world.a.reporter, world.a.commune_party, name="Mô hình B", registered_on=date(2026, 4, 1))
    register(world.a.reporter, world.a.commune_party, name="Mô hình năm trước", registered_on=date(2025, 4, 1))
    period = latest_ended_period(DAY, "month")
    _report(world, world.a.commune_party, period.code, 7)
    _report(world, world.a.commune_party, f"{period.start.year - 1}{period.code[4:]}", 5)
    # Province B's records never count in A's desk.
    from danvan.situation import services as situation

    situation.create_incident(world.b.reporter, unit=world.b.commune_party, title="Vụ của tỉnh khác",
                              areas=[world.b.commune], started_on=DAY, severity=3, people_count=1, today=DAY)

    from danvan.directives.services import tasks

    def task(title, deadline, unit=world.a.btgdv, actor=world.a.reviewer):
        return tasks.create_task(actor, unit=unit, period="2026", title=title, deadline=deadline,
                                 lead_units=[unit])

    task("Quá hạn", date(2026, 11, 10))
    done = task("Xong trước hạn", date(2026, 11, 15))
    tasks.report_progress(world.a.reviewer, done, status="done", percent=100, reported_on=date(2026, 11, 14))
    task("Đến hạn tuần này", date(2026, 11, 25))
    task("Còn lâu", date(2026, 12, 31))
    task("Quá hạn của tỉnh khác", date(2026, 11, 1), unit=world.b.btgdv, actor=world.b.reviewer)

    from datetime import timedelta

    from danvan.petitions import services as petitions

    def petition(received_on, unit=world.a.commune_party, actor=world.a.reporter, area=world.a.commune):
        return petitions.create_petition(actor, unit=unit, kind="complaint", received_on=received_on,
                                         channel="mail", area=area, petitioners=[{"name": "Nguyễn Văn A"}],
                                         subject="Khiếu nại", content=f"Khiếu nại về đất đai {received_on}")

    late, soon, later = petition(date(2026, 10, 1)), petition(date(2026, 11, 14)), petition(date(2026, 11, 19))
    other = petition(date(2026, 10, 1), unit=world.b.commune_party, actor=world.b.reporter, area=world.b.commune)
    assert late.due_on < DAY <= soon.due_on <= DAY + timedelta(days=7) < later.due_on and other.due_on < DAY

    tiles = desk(world.a.reviewer, world.a.btgdv, DAY)
    assert _figures(tiles, "petitions.deadlines") == {"Đơn thư quá hạn giải quyết": 1, "Đến hạn trong 7 ngày": 1}
    assert _figures(tiles, "directives.tasks") == {"Nhiệm vụ trọng tâm quá hạn": 1, "Đến hạn trong 7 ngày": 1}
    situation_figures = _figures(tiles, "situation.incidents")
    assert situation_figures["Phát sinh"] == "2 (mức 1: 1, mức 3: 1)"
    assert situation_figures["Đang xử lý"] == "0"
    movement = _figures(tiles, "movement.models")
    assert movement["Đăng ký mới năm nay"] == 2 and movement["Mô hình đang có"] == 3
    completeness = _figures(tiles, "reporting.completeness")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    expected = expected_units(form, parse_period(period.code), under=world.a.btgdv).count()
    assert completeness["Phải báo cáo"] == expected
    assert completeness["Đã nộp"] == 1 and completeness["Đã duyệt"] == 1
    assert completeness["Chưa nộp"] == expected - 1
    figures = _figures(tiles, "reporting.figures")
    assert figures["Số suất quà tặng"] == "7 (cùng kỳ năm trước: 5)"


def test_the_desk_api_answers_the_tiles_and_refuses_another_provinces_unit(client, world):
    client.force_login(world.a.reviewer)
    body = client.get("/api/v1/desk").json()
    assert body["unit"]["id"] == world.a.btgdv.pk
    assert {t["key"] for t in body["tiles"]} >= {"reporting.completeness", "situation.incidents", "movement.models",
                                                  "reporting.figures", "directives.tasks",
                                                  "petitions.deadlines"}
    assert all({"label", "value", "url", "alert"} <= set(f) for t in body["tiles"] for f in t["figures"])
    assert client.get("/api/v1/desk", {"unit": world.b.btgdv.pk}).status_code == 404
    client.force_login(world.admin)  # no unit of their own: must choose one
    assert client.get("/api/v1/desk").status_code == 400


def _desk_queries(client, world, django_assert_max_num_queries) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(world.a.reviewer)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/tim-kiem/ban-lam-viec/").status_code == 200
    return len(ctx.captured_queries)


# The page with the tiles of the apps that exist now (pinned: it must not grow with the data). Key tasks' late and
# due counts are one aggregate, sub-tasks or not (a parent's rolled-up status is kept on its row).
DESK_QUERIES = 27  # + the moderation queue's count in the navigation bar (portal)


def test_the_desk_page_query_count_does_not_grow_with_the_data(client, world, incident_of,
                                                                django_assert_max_num_queries):
    from danvan.directives.services import tasks

    def task(i):
        tasks.create_task(world.a.reviewer, unit=world.a.btgdv, period="2026", title=f"Nhiệm vụ {i}",
                          deadline=date.today(), lead_units=[world.a.btgdv])

    incident_of(title="Vụ đầu")
    task(0)
    few = _desk_queries(client, world, django_assert_max_num_queries)
    for i in range(8):
        incident_of(title=f"Vụ thứ {i}", severity=1 + i % 3)
        register(world.a.reporter, world.a.commune_party, name=f"Mô hình {i}")
        task(i + 1)
    many = _desk_queries(client, world, django_assert_max_num_queries)
    assert few == many == DESK_QUERIES


def test_the_weekly_docx_lists_every_tile(client, world):
    client.force_login(world.a.reviewer)
    response = client.get("/tim-kiem/ban-lam-viec/tinh-hinh-tuan.docx")
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Tình hình tuần" in text or "TÌNH HÌNH TUẦN" in text.upper()
    assert "VỤ VIỆC PHỨC TẠP" in text.upper()


def test_every_figure_drills_down_to_a_list_of_the_desks_unit(client, world, incident_of):
    """Each tile's figures link to the list behind them, for the desk's unit: the incidents' link lists the
    chosen unit's subtree only, and a unit outside the user's scope is a 404 there too."""
    incident_of(title="Vụ của đảng ủy xã")
    client.force_login(world.a.reviewer)
    body = client.get("/api/v1/desk", {"unit": world.a.commune_party.pk}).json()
    urls = {f["url"] for t in body["tiles"] for f in t["figures"] if f["url"]}
    assert len({t["key"] for t in body["tiles"]}) == 6 and all(f"unit={world.a.commune_party.pk}" in u
                                                              for u in urls if "/tinh-hinh/vu-viec/" in u)
    for url in sorted(urls):
        assert client.get(url).status_code == 200, url
    emerging = next(f["url"] for t in body["tiles"] if t["key"] == "situation.incidents" for f in t["figures"])
    assert "Vụ của đảng ủy xã" in client.get(emerging).content.decode()
    # The commune's Front is another unit of the same province: its subtree does not hold the party's incident.
    other = emerging.replace(f"unit={world.a.commune_party.pk}", f"unit={world.a.commune_front.pk}")
    assert "Vụ của đảng ủy xã" not in client.get(other).content.decode()
    assert client.get(emerging.replace(f"unit={world.a.commune_party.pk}", f"unit={world.b.btgdv.pk}")
                      ).status_code == 404


def _list_count(client, url) -> int:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["paginator"].count


def test_due_this_week_figures_equal_the_count_of_the_list_they_open(client, world):
    """Key tasks and petitions: "due within 7 days" links to `?due=7` on the list, which counts the same rows
    (today: the lists filter on the real day, so the desk is asked for it too)."""
    from datetime import timedelta

    from django.utils import timezone

    from danvan.directives.services import tasks
    from danvan.petitions import services as petitions

    today = timezone.localdate()
    a = world.a
    for days in (-3, 0, 2, 7, 8, 30):
        tasks.create_task(a.reviewer, unit=a.btgdv, period=str(today.year), title=f"Hạn {days}",
                          deadline=today + timedelta(days=days), lead_units=[a.btgdv])
    done = tasks.create_task(a.reviewer, unit=a.btgdv, period=str(today.year), title="Xong",
                             deadline=today + timedelta(days=3), lead_units=[a.btgdv])
    tasks.report_progress(a.reviewer, done, status="done", percent=100, reported_on=today)
    for back in (5, 20, 40, 60):  # deadlines from the date received: some this week, some not
        petitions.create_petition(a.reporter, unit=a.commune_party, kind="complaint", received_on=today - timedelta(
            days=back), channel="mail", area=a.commune, petitioners=[{"name": "Nguyễn Văn A"}], subject="Khiếu nại",
            content=f"Khiếu nại {back}")
    client.force_login(a.reviewer)
    tiles = desk(a.reviewer, a.btgdv, today)
    checked = 0
    for key in ("directives.tasks", "petitions.deadlines"):
        tile = next(t for t in tiles if t.key == key)
        for figure in tile.figures:
            assert figure.value == _list_count(client, figure.url), (key, str(figure.label))
            checked += "?due=7&" in figure.url
    assert checked == 2
    assert _figures(tiles, "directives.tasks")["Đến hạn trong 7 ngày"] == 3  # 0, 2 and 7 days; not the done one


def test_the_due_filter_is_offered_in_both_lists_and_kept_in_the_petitions_export(client, world):
    from django.urls import reverse

    client.force_login(world.a.reviewer)
    for name in ("directives:task_list", "petitions:petition_list"):
        page = client.get(reverse(name), {"due": 7}).content.decode()
        assert "Đến hạn trong 7 ngày" in page and '<option value="7" selected>' in page, name
    page = client.get(reverse("petitions:petition_list"), {"due": 7}).content.decode()
    assert f'{reverse("petitions:petition_export")}?due=7' in page


def test_the_desk_api_and_the_weekly_docx_carry_the_exact_task_and_petition_figures(client, world):
    from datetime import timedelta

    from django.utils import timezone

    from danvan.directives.selectors.tasks import task_queryset
    from danvan.directives.services import tasks

    today = timezone.localdate()
    a = world.a
    for days in (-40, -9, -1, 1, 6):
        tasks.create_task(a.reviewer, unit=a.btgdv, period=str(today.year), title=f"Hạn {days}",
                          deadline=today + timedelta(days=days), lead_units=[a.btgdv])
    late = task_queryset(a.reviewer, unit=a.btgdv, late=True, today=today).count()
    due = task_queryset(a.reviewer, unit=a.btgdv, due_within=7, today=today).count()
    assert (late, due) == (3, 2)
    client.force_login(a.reviewer)
    body = client.get("/api/v1/desk", {"unit": a.btgdv.pk}).json()
    figures = {f["label"]: f for t in body["tiles"] if t["key"] == "directives.tasks" for f in t["figures"]}
    assert figures["Nhiệm vụ trọng tâm quá hạn"]["value"] == late and figures["Đến hạn trong 7 ngày"]["value"] == due
    assert "due=7" in figures["Đến hạn trong 7 ngày"]["url"]
    petitions = {f["label"]: f for t in body["tiles"] if t["key"] == "petitions.deadlines" for f in t["figures"]}
    assert "due=7" in petitions["Đến hạn trong 7 ngày"]["url"]
    response = client.get("/tim-kiem/ban-lam-viec/tinh-hinh-tuan.docx", {"unit": a.btgdv.pk})
    rows = {tuple(c.text for c in r.cells) for t in Document(io.BytesIO(response.content)).tables for r in t.rows}
    assert ("Nhiệm vụ trọng tâm quá hạn", str(late)) in rows and ("Đến hạn trong 7 ngày", str(due)) in rows
