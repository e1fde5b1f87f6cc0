"""Every number or code a reporting page posts back is parsed by a form: hostile input gets a Vietnamese
message, never a 500 (issue 13, item 6)."""

import pytest

from danvan.reporting import services
from danvan.reporting.models import Submission

pytestmark = pytest.mark.django_db

NOT_WHOLE_NUMBERS = ["abc", "1.5", "²", "-1", str(2**63), ""]


def _draft(world, form, **content):
    return services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                      **content)


@pytest.mark.parametrize("version", NOT_WHOLE_NUMBERS)
def test_report_edit_with_a_version_that_is_not_a_whole_number_is_refused_in_vietnamese(world, client, form,
                                                                                          version):
    s = _draft(world, form, values={"QUA_SL": "10"})
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{s.pk}/", {"version": version, "v-QUA_SL": "12"})
    assert response.status_code == 400
    assert "phiên bản không hợp lệ" in response.content.decode()
    s.refresh_from_db()
    assert s.version == 1 and s.values.get(indicator__code="QUA_SL").value == 10


@pytest.mark.parametrize("version", NOT_WHOLE_NUMBERS)
def test_synthesis_edit_and_refresh_with_a_bad_version_are_refused(world, client, form, version):
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    client.force_login(world.a.reviewer)
    edit = client.post(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/", {"version": version, "subject": "Mới"})
    assert edit.status_code == 400 and "phiên bản không hợp lệ" in edit.content.decode()
    refresh = client.post(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/lam-moi/", {"version": version}, follow=True)
    assert refresh.status_code == 200 and "phiên bản không hợp lệ" in refresh.content.decode()
    draft.refresh_from_db()
    assert draft.version == 1


def _confirm_posts(existing, **overrides):
    return {"form": "BC-DV-THANG", "unit": existing.unit_id, "period": "2026-03", "choose": "1",
            "apply": ["v_QUA_SL"], "v_QUA_SL": "120", "version": existing.version, **overrides}


@pytest.mark.parametrize("version", NOT_WHOLE_NUMBERS)
def test_word_import_confirm_with_a_bad_version_writes_nothing(world, client, form, version):
    existing = _draft(world, form, values={"QUA_SL": "10"})
    client.force_login(world.a.reporter)
    response = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _confirm_posts(existing, version=version))
    assert response.status_code == 400 and "phiên bản không hợp lệ" in response.content.decode()
    assert existing.values.get(indicator__code="QUA_SL").value == 10


@pytest.mark.parametrize(("field", "value", "said"), [
    ("period", "2026-13", "Mã kỳ báo cáo không hợp lệ"), ("period", "", "Vui lòng chọn kỳ báo cáo"),
    ("period", "²⁰²⁶-03", "Mã kỳ báo cáo không hợp lệ"),
    ("unit", "abc", "Tổ chức báo cáo không hợp lệ"), ("unit", str(2**63), "Tổ chức báo cáo không hợp lệ"),
])
def test_word_import_confirm_with_a_bad_period_or_unit_is_refused(world, client, form, field, value, said):
    existing = _draft(world, form, values={"QUA_SL": "10"})
    client.force_login(world.a.reporter)
    response = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _confirm_posts(existing, **{field: value}))
    assert response.status_code == 400 and said in response.content.decode()
    assert existing.values.get(indicator__code="QUA_SL").value == 10


@pytest.mark.parametrize("ids", [["abc"], ["1.5"], ["²"], [str(2**63)], [str(2**64)], ["0"]])
def test_review_queue_with_ids_that_are_not_ids_says_so(world, client, form, ids):
    s = _draft(world, form)
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    response = client.post("/bao-cao/duyet/", {"ids": [*ids, s.pk]}, follow=True)
    assert response.status_code == 200 and "Mã báo cáo không hợp lệ" in response.content.decode()
    assert Submission.objects.get(pk=s.pk).status == "submitted"  # nothing approved from a tampered list


def test_review_queue_still_approves_a_clean_selection(world, client, form):
    s = _draft(world, form)
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    page = client.post("/bao-cao/duyet/", {"ids": [str(s.pk), str(s.pk)]}, follow=True).content.decode()
    assert "Đã duyệt 1 báo cáo" in page and "không còn chờ" not in page
