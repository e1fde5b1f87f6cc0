"""The reporting pages over HTTP: each page, who may do what, validation shown in place, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from danvan.core.models import Notification
from danvan.org.models import Unit
from danvan.reporting import services
from danvan.reporting.models import ReportForm, Submission
from danvan.reporting.periods import period_for_date

pytestmark = pytest.mark.django_db


def draft(world, form, period="2026-03", unit=None, **content):
    return services.create_submission(world.a.reporter, form=form, unit=unit or world.a.commune_party,
                                      period=period, **content)


def approved(world, form, unit, period, values):
    s = services.create_submission(world.admin, form=form, unit=unit, period=period, values=values)
    services.submit_submission(world.admin, s)
    services.approve_submission(world.admin, s)
    return s


def stored(submission) -> dict:
    """{indicator code: value} the report holds now."""
    return dict(submission.values.values_list("indicator__code", "value"))


def body(response) -> str:
    return response.content.decode()


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


# --- list and new -------------------------------------------------------------------------------------------


def test_reporter_lists_own_reports_and_filters_by_status_and_name(world, client, form):
    draft(world, form)
    services.create_submission(world.b.reporter, form=form, unit=world.b.commune_party, period="2026-03")
    client.force_login(world.a.reporter)
    page = body(client.get("/bao-cao/"))
    assert world.a.commune_party.name in page and world.b.commune_party.name not in page
    assert "Báo cáo mới" in page
    assert world.a.commune_party.name not in body(client.get("/bao-cao/?status=approved"))
    assert world.a.commune_party.name in body(client.get("/bao-cao/", {"q": "dang uy"}))
    partial = client.get("/bao-cao/?period=2026-03", headers={"HX-Request": "true"})
    assert "<html" not in body(partial) and world.a.commune_party.name in body(partial)
    assert client.get("/bao-cao/?period=sai").status_code == 200


def test_new_report_defaults_to_the_current_month_and_creates_a_draft(world, client, form):
    client.force_login(world.a.reporter)
    page = body(client.get("/bao-cao/moi/"))
    assert f'value="{period_for_date(timezone.localdate()).code}"' in page
    assert world.a.commune_party.name in page and world.b.commune_party.name not in page
    response = client.post("/bao-cao/moi/", {"form": form.code, "unit": world.a.commune_party.pk, "period": "2026-03"})
    s = Submission.objects.get(unit=world.a.commune_party, period="2026-03")
    assert response.status_code == 302 and response["Location"] == f"/bao-cao/{s.pk}/"
    again = client.post("/bao-cao/moi/", {"form": form.code, "unit": world.a.commune_party.pk, "period": "2026-03"})
    assert again.status_code == 400 and "đã có báo cáo" in body(again) and f"/bao-cao/{s.pk}/" in body(again)


def test_new_report_refuses_a_unit_out_of_reach_and_a_bad_period(world, client, form):
    client.force_login(world.a.reporter)
    other = client.post("/bao-cao/moi/", {"form": form.code, "unit": world.b.commune_party.pk, "period": "2026-03"})
    assert other.status_code == 400 and world.b.commune_party.name not in body(other)
    bad = client.post("/bao-cao/moi/", {"form": form.code, "unit": world.a.commune_party.pk, "period": "2026-Q1"})
    assert bad.status_code == 400 and "không nhận kỳ 2026-Q1" in body(bad)
    assert not Submission.objects.exists()
    client.force_login(world.nobody)
    assert "chưa được phân quyền báo cáo" in body(client.get("/bao-cao/moi/"))


# --- detail, edit, transitions ------------------------------------------------------------------------------


def test_detail_shows_indicators_sections_and_deadline(world, client, form):
    s = draft(world, form, values={"QUA_GT": 74000}, sections={"KQ": "Tặng quà Tết"})
    client.force_login(world.a.reporter)
    page = body(client.get(f"/bao-cao/{s.pk}/"))
    assert 'name="v-QUA_SL"' in page and "suất" in page and 'value="74.000"' in page
    assert 'name="s-KQ"' in page and "Tặng quà Tết" in page and "Kết quả nổi bật trong kỳ" in page
    assert f'name="version" value="{s.version}"' in page
    assert "17/03/2026" in page and "Tạo bản nháp" in page


def test_save_accepts_vietnamese_numbers_and_submit_notifies_the_reviewer(world, client, form):
    s = draft(world, form)
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-QUA_GT": "74.000", "v-GAO_TAN": "33,5",
                                                 "s-KQ": "Đã tặng quà", "action": "save"})
    assert response.status_code == 302
    values = {v.indicator.code: v.value for v in s.values.select_related("indicator")}
    assert values == {"QUA_GT": 74000, "GAO_TAN": 33.5}
    s.refresh_from_db()
    response = client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-QUA_GT": "74.000", "v-GAO_TAN": "33,5",
                                                 "s-KQ": "Đã tặng quà", "action": "submit"})
    s.refresh_from_db()
    assert response.status_code == 302 and s.status == "submitted"
    assert Notification.objects.filter(user=world.a.reviewer,
                                       url=f"/bao-cao/duyet/?form={form.code}&period={s.period}").exists()
    page = body(client.get(f"/bao-cao/{s.pk}/"))
    assert "Nộp báo cáo</strong>" in page and 'value="33,5"' in page and "readonly" in page


def test_invalid_value_is_shown_next_to_its_indicator_and_nothing_is_saved(world, client, form):
    s = draft(world, form)
    created = stored(s)  # the values taken from records (DVK_TONG, DVK_MOI) are there from the start
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-QUA_SL": "mười", "v-GAO_TAN": "2",
                                                 "action": "save"})
    page = body(response)
    assert response.status_code == 400
    error_at = page.index("không phải là số", page.index('id="report-form"'))  # in the form, after the summary
    assert page.rindex('name="v-QUA_SL"', 0, error_at) > page.rindex('name="v-', 0, error_at) - 1
    assert 'value="mười"' in page
    assert stored(s) == created and not s.values.filter(sourced_value__isnull=True).exists()


def test_stale_version_shows_the_conflict_message(world, client, form):
    s = draft(world, form)
    services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": 5})
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": 1, "v-QUA_SL": "9", "action": "save"})
    assert response.status_code == 409 and "đã được người khác thay đổi" in body(response)
    assert s.values.get(indicator__code="QUA_SL").value == 5


def test_reviewer_above_approves_returns_with_reason_and_unapproves(world, client, form):
    s = draft(world, form, values={"QUA_SL": 3})
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reporter)
    assert "submission_approve" not in body(client.get(f"/bao-cao/{s.pk}/"))
    client.post(f"/bao-cao/{s.pk}/duyet/")
    s.refresh_from_db()
    assert s.status == "submitted"  # a reporter cannot approve
    client.force_login(world.a.reviewer)
    page = body(client.get(f"/bao-cao/{s.pk}/"))
    assert f"/bao-cao/{s.pk}/duyet/" in page and f"/bao-cao/{s.pk}/tra-lai/" in page
    response = client.post(f"/bao-cao/{s.pk}/tra-lai/", {"reason": " "}, follow=True)
    assert "Vui lòng nêu lý do" in body(response)
    client.post(f"/bao-cao/{s.pk}/tra-lai/", {"reason": "Thiếu mục kết quả"})
    s.refresh_from_db()
    assert s.status == "returned"
    client.force_login(world.a.reporter)
    page = body(client.get(f"/bao-cao/{s.pk}/"))
    assert "Lý do trả lại" in page and "Thiếu mục kết quả" in page
    client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-QUA_SL": "3", "s-KQ": "Đã bổ sung", "action": "submit"})
    client.force_login(world.a.reviewer)
    client.post(f"/bao-cao/{s.pk}/duyet/")
    s.refresh_from_db()
    assert s.status == "approved"
    client.post(f"/bao-cao/{s.pk}/huy-duyet/", {"reason": "Sai số liệu"})
    s.refresh_from_db()
    assert s.status == "returned" and s.return_reason == "Sai số liệu"
    timeline = body(client.get(f"/bao-cao/{s.pk}/"))
    for step in ("Tạo bản nháp", "Nộp báo cáo", "Trả lại", "Duyệt", "Hủy duyệt", "Sai số liệu"):
        assert step in timeline


def test_another_provinces_report_is_not_found(world, client, form):
    s = services.create_submission(world.b.reporter, form=form, unit=world.b.commune_party, period="2026-03")
    client.force_login(world.a.reviewer)
    for url in (f"/bao-cao/{s.pk}/", f"/bao-cao/{s.pk}/duyet/", f"/bao-cao/{s.pk}/tra-lai/"):
        assert client.get(url).status_code in (404, 405)
        assert client.post(url, {"reason": "x", "version": 1}).status_code == 404


def test_detail_page_queries_do_not_grow_with_the_timeline(world, client, form):
    s = draft(world, form)
    client.force_login(world.a.reporter)
    first = queries(client, f"/bao-cao/{s.pk}/")
    for n in range(5):
        s.refresh_from_db()
        services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": n})
    assert queries(client, f"/bao-cao/{s.pk}/") == first


# --- review queue and notifications ------------------------------------------------------------------------


def test_review_queue_bulk_approves_and_reports_each_failure(world, client, form):
    late = draft(world, form, period="2026-03")
    early = draft(world, form, period="2026-04")
    for s in (late, early):
        services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    page = body(client.get("/bao-cao/duyet/"))
    assert page.index(f'value="{late.pk}"') < page.index(f'value="{early.pk}"')  # oldest deadline first
    assert "Duyệt các báo cáo đã chọn" in page
    services.approve_submission(world.a.reviewer, early)
    response = client.post("/bao-cao/duyet/", {"ids": [late.pk, early.pk]}, follow=True)
    page = body(response)
    assert "Đã duyệt 1 báo cáo" in page and "1 báo cáo không còn chờ bạn duyệt" in page
    late.refresh_from_db()
    assert late.status == "approved"
    assert "Chưa chọn báo cáo nào" in body(client.post("/bao-cao/duyet/", follow=True))


def test_review_queue_queries_do_not_grow_with_its_length(world, client, form):
    client.force_login(world.a.reviewer)
    s = draft(world, form, period="2026-01")
    services.submit_submission(world.a.reporter, s)
    one = queries(client, "/bao-cao/duyet/")
    for period in ("2026-02", "2026-03", "2026-04"):
        services.submit_submission(world.a.reporter, draft(world, form, period=period))
    assert queries(client, "/bao-cao/duyet/") == one


def test_notifications_list_badge_and_mark_all_read(world, client, form):
    s = draft(world, form)
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    page = body(client.get("/bao-cao/thong-bao/"))
    assert "đã nộp báo cáo" in page and f'href="/bao-cao/duyet/?form={form.code}&amp;period={s.period}"' in page
    assert 'badge-count' in body(client.get("/bao-cao/thong-bao/chua-doc/"))
    client.post("/bao-cao/thong-bao/da-doc/")
    assert not Notification.objects.filter(user=world.a.reviewer, read_at__isnull=True).exists()
    assert "badge-count" not in body(client.get("/bao-cao/thong-bao/chua-doc/"))
    assert "Không có thông báo mới" in body(client.post("/bao-cao/thong-bao/da-doc/", follow=True))
    client.force_login(world.a.reporter)
    assert "đã nộp báo cáo" not in body(client.get("/bao-cao/thong-bao/"))


def test_context_processor_counts_unread_lazily(world, rf):
    from django.contrib.auth.models import AnonymousUser

    from danvan.core.context_processors import unread_notifications

    request = rf.get("/")
    request.user = AnonymousUser()
    assert unread_notifications(request) == {}
    request.user = world.a.reviewer
    with CaptureQueriesContext(connection) as ctx:
        context = unread_notifications(request)
    assert len(ctx.captured_queries) == 0
    assert int(str(context["unread_notifications"])) == 0


# --- dashboards ---------------------------------------------------------------------------------------------


def test_rollup_page_shows_vietnamese_figures_and_children(world, client, form):
    approved(world, form, world.a.commune_party, "2026-03", {"QUA_GT": 74000, "GAO_TAN": "33,5"})
    approved(world, form, world.a.commune_front, "2026-03", {"QUA_GT": 1000})
    client.force_login(world.a.reviewer)
    page = body(client.get("/bao-cao/tong-hop/?form=BC-DV-THANG&period=2026-03"))
    assert world.a.btgdv.name in page  # the user's top unit by default
    assert "75.000" in page and "33,5" in page and 'id="units-counted">2<' in page
    assert 'id="rollup-chart-data"' in page and world.a.commune_party.name in page
    assert f"unit={world.a.commune_party.pk}" in page  # drill down
    child = body(client.get(f"/bao-cao/tong-hop/?form=BC-DV-THANG&period=2026-Q1&unit={world.a.commune_party.pk}"))
    assert "75.000" in child and world.a.commune_front.name in child  # the month rolls into its quarter
    area = client.get(f"/bao-cao/tong-hop/?form=BC-DV-THANG&period=2026-03&area=current/{world.a.province.code}")
    assert area.status_code == 200 and "75.000" in body(area) and world.a.commune.name in body(area)


def test_rollup_refuses_what_is_out_of_scope_and_survives_bad_input(world, client, form):
    client.force_login(world.a.reviewer)
    assert client.get(f"/bao-cao/tong-hop/?unit={world.b.btgdv.pk}").status_code == 404
    assert client.get(f"/bao-cao/tong-hop/?area=current/{world.b.province.code}").status_code == 404
    assert client.get("/bao-cao/tong-hop/?form=KHONG-CO").status_code == 404
    assert client.get("/bao-cao/tong-hop/?unit=abc").status_code == 404
    response = client.get("/bao-cao/tong-hop/?period=2026-13&area=37")
    assert response.status_code == 200 and "Mã kỳ báo cáo không hợp lệ" in body(response)
    client.force_login(world.a.reporter)
    assert client.get(f"/bao-cao/tong-hop/?unit={world.a.btgdv.pk}").status_code == 404
    client.force_login(world.admin)
    assert world.a.btgdv.name in body(client.get("/bao-cao/tong-hop/"))  # no membership: pick a root unit


def test_rollup_page_queries_do_not_grow_with_the_number_of_children(world, client, form):
    approved(world, form, world.a.commune_party, "2026-03", {"QUA_SL": 1})
    client.force_login(world.a.reviewer)
    few = queries(client, f"/bao-cao/tong-hop/?form=BC-DV-THANG&period=2026-03&unit={world.a.commune_party.pk}")
    many = queries(client, f"/bao-cao/tong-hop/?form=BC-DV-THANG&period=2026-03&unit={world.a.btgdv.pk}")
    assert world.a.btgdv.children.count() > 50
    assert many <= few  # the province root has no ancestors to list: one query fewer
    assert many <= 16


def test_completeness_counts_and_highlights_missing_units_in_constant_queries(world, client, form):
    s = draft(world, form, period="2026-03")
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    url = f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03&unit={world.a.commune_party.pk}"
    page = body(client.get(url))
    assert "Phải nộp" in page and "state-overdue" in page and world.a.commune_front.name in page
    assert page.index("state-overdue") < page.index(world.a.commune_party.name + "</a>")
    few = queries(client, url)
    many = queries(client, f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03&unit={world.a.btgdv.pk}")
    assert world.a.btgdv.children.count() > 50
    assert many <= few  # the province root has no ancestors to list: one query fewer
    assert client.get(f"/bao-cao/tong-hop/day-du/?unit={world.b.btgdv.pk}").status_code == 404


def test_children_rollup_in_one_go_equals_one_node_at_a_time(world, form):
    from danvan.reporting import rollup
    from danvan.reporting.models import Indicator
    from danvan.reporting.rollup import unit_node, values_for_nodes
    from danvan.reporting.selectors.reports import form_indicators

    Indicator.objects.filter(code="DVK_TONG").update(aggregation_units="max")
    Indicator.objects.filter(code="TH_LUOT").update(aggregation_units="avg")
    units = [world.a.commune_party, *world.a.commune_party.children.order_by("pk")[:3]]
    for n, unit in enumerate(units, start=1):
        approved(world, form, unit, "2026-03", {"QUA_SL": n, "DVK_TONG": 10 - n, "TH_LUOT": n * 3})
    indicators = form_indicators(form)
    nodes = [unit_node(u) for u in world.a.btgdv.children.all()] + [rollup.area_node(world.a.commune)]
    together = values_for_nodes(form, "2026-Q1", nodes, indicators)
    for node in nodes:
        assert together[node] == rollup.values_at(form, node, "2026-Q1", indicators), node
    assert together[unit_node(world.a.commune_party)][0]["DVK_TONG"] == 9


# --- error summary on save, period hint (UI walk-through fixes) ---------------------------------------------


def test_bad_value_on_save_is_summarised_above_the_form_with_a_link_to_its_field(world, client, form):
    s = draft(world, form)
    created = stored(s)
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-QUA_SL": "mười", "v-QUA_GT": "1,5",
                                                 "v-GAO_TAN": "2", "s-KQ": "Đã làm", "action": "save"})
    page = body(response)
    assert response.status_code == 400
    summary = page[page.index('id="error-summary"') - 200:page.index('id="report-form"')]
    assert 'role="alert"' in summary and "autofocus" in summary and "Chưa lưu được báo cáo: có 2 lỗi" in summary
    assert '<a href="#v-QUA_SL">Số suất quà tặng</a>: “mười” không phải là số.' in summary
    assert '<a href="#v-QUA_GT">' in summary and "phải là số nguyên" in summary
    assert 'id="v-QUA_SL"' in page and 'value="mười"' in page and 'value="2"' in page and "Đã làm" in page
    assert stored(s) == created and not s.values.filter(sourced_value__isnull=True).exists()


def test_missing_required_value_on_submit_is_summarised_after_saving(world, client, form):
    form.form_indicators.filter(indicator__code="QUA_SL").update(required=True)
    s = draft(world, form)
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": s.version, "v-GAO_TAN": "2", "action": "submit"})
    page = body(response)
    assert response.status_code == 400 and s.values.get().indicator.code == "GAO_TAN"
    assert 'id="error-summary"' in page and "Đã lưu nhưng chưa nộp được báo cáo" in page
    assert "là bắt buộc" in page[page.index('id="error-summary"'):page.index('id="report-form"')]


def test_new_report_offers_named_periods_of_the_forms_types_only(world, client, form):
    """The period is picked from the forms' own period types, by name (issue 13 item 12), not typed as a code."""
    client.force_login(world.a.reporter)
    page = body(client.get("/bao-cao/moi/"))
    picker = page[page.index('name="period"'):]
    picker = picker[:picker.index("</select>")]
    assert "Tháng" in picker and "Quý" not in picker
    ReportForm.objects.create(code="BC-QUY", name="Báo cáo quý", period_type="quarter")
    page = body(client.get("/bao-cao/moi/"))
    picker = page[page.index('name="period"'):]
    picker = picker[:picker.index("</select>")]
    assert "Tháng" in picker and "Quý" in picker


def test_reports_arriving_for_review_add_up_in_one_notice_per_form_and_period(world, client, form):
    march = [draft(world, form, period="2026-03"), draft(world, form, period="2026-03", unit=world.a.commune_front)]
    april = draft(world, form, period="2026-04")
    for s in [*march, april]:
        services.submit_submission(world.a.reporter, s)
    notices = Notification.objects.filter(user=world.a.reviewer)
    assert notices.count() == 2
    notice = notices.get(url=f"/bao-cao/duyet/?form={form.code}&period=2026-03")
    assert notice.count == 2 and world.a.commune_front.name in notice.message  # the latest report's unit
    client.force_login(world.a.reviewer)
    assert "(và 1 báo cáo khác)" in body(client.get("/bao-cao/thong-bao/"))
    page = body(client.get(notice.url))
    assert f"Chỉ hiện báo cáo {form.code} kỳ 2026-03" in page
    assert all(f'value="{s.pk}"' in page for s in march) and f'value="{april.pk}"' not in page
    # Once read, the next report of that period starts a new notice.
    notices.update(read_at=timezone.now())
    union = Unit.objects.filter(parent=world.a.commune_party).exclude(pk=world.a.commune_front.pk).first()
    services.submit_submission(world.a.reporter, draft(world, form, period="2026-03", unit=union))
    assert notices.filter(read_at__isnull=True).count() == 1
