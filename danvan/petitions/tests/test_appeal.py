"""The second-instance complaint goes to the superior body (Law on Complaints 2011, art. 7 and 33): by default
the unit above the one that answered, or a unit named, or an outside body the first unit then follows up;
filed after the window (30 days from the answer, 45 in remote areas; data) it is received and marked late."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from danvan.accounts.services import grant_membership
from danvan.core.audit import ConflictError
from danvan.core.models import Notification
from danvan.petitions import selectors, services
from danvan.petitions.choices import Status
from danvan.petitions.models import DeadlineRule, Petition
from danvan.petitions.tests.conftest import receive
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


def _answered(world, unit=None, answered_on=date(2026, 4, 1), actor=None, **kwargs):
    actor = actor or world.a.reporter
    p = receive(actor, unit or world.a.commune_party, received_on=date(2026, 3, 2), **kwargs)
    p = services.accept_petition(actor, p, accepted_on=date(2026, 3, 5))
    return services.answer_petition(actor, p, answered_on=answered_on, result="Giữ nguyên quyết định.")


@pytest.fixture
def superior_reporter(world):
    user = UserFactory(username="bao-cao-tinh-a")
    grant_membership(None, user=user, unit=world.a.btgdv, role="reporter")
    return user


def test_the_second_instance_goes_to_the_superior_of_the_unit_that_answered(world):
    first = _answered(world)
    second = services.appeal_petition(world.a.reporter, first, received_on=date(2026, 4, 10), note="Không đồng ý")
    assert world.a.commune_party.parent_id == world.a.btgdv.pk
    assert (second.unit_id, second.received_by_id, second.line_path) == (
        world.a.btgdv.pk, world.a.btgdv.pk, world.a.btgdv.line_path)
    assert (second.kind, second.status, second.first_instance_id) == ("complaint_second", "received", first.pk)
    assert second.acceptance_due == date(2026, 4, 20) and second.due_on == date(2026, 4, 20)
    assert list(second.petitioners.values_list("name", flat=True)) == ["Nguyễn Văn An"]
    first.refresh_from_db()
    assert first.status == Status.APPEALED and first.unit_id == world.a.commune_party.pk
    appealed = first.timeline.get(kind="appealed").data
    assert appealed["to_unit"] == world.a.btgdv.pk and appealed["code"] == second.code and "filed_late" not in appealed
    assert Notification.objects.filter(user=world.a.reviewer, url=second.get_absolute_url()).exists()


def test_a_unit_named_or_an_outside_body(world):
    first = _answered(world)
    second = services.appeal_petition(world.a.reporter, first, received_on=date(2026, 4, 10),
                                      to_unit=world.b.btgdv)
    assert second.unit_id == world.b.btgdv.pk
    other = _answered(world, subject="Khiếu nại khác", content="Nội dung khác hẳn", phone="0911000222",
                      id_number="")
    outside = services.appeal_petition(world.a.reporter, other, received_on=date(2026, 4, 10),
                                       to_body="Chủ tịch UBND tỉnh")
    assert (outside.unit_id, outside.status, outside.forwarded_to_body) == (
        world.a.commune_party.pk, Status.FORWARDED, "Chủ tịch UBND tỉnh")
    assert outside.due_on == date(2026, 5, 25)  # 45 days: the resolution the first unit follows up


def test_refused_targets_are_clear_errors(world):
    first = _answered(world)
    with pytest.raises(ValidationError) as both:
        services.appeal_petition(world.a.reporter, first, received_on=date(2026, 4, 10), to_unit=world.b.btgdv,
                                 to_body="UBND tỉnh")
    assert "to_unit" in both.value.message_dict
    with pytest.raises(ValidationError) as same:
        services.appeal_petition(world.a.reporter, first, received_on=date(2026, 4, 10),
                                 to_unit=world.a.commune_party)
    assert "khác" in str(same.value.message_dict["to_unit"])
    top = _answered(world, unit=world.a.btgdv, actor=world.a.reviewer, phone="0911000333", id_number="")  # no unit above the province's
    with pytest.raises(ValidationError) as none:
        services.appeal_petition(world.a.reviewer, top, received_on=date(2026, 4, 10))
    assert "cấp trên" in str(none.value.message_dict["to_unit"])
    with pytest.raises(ConflictError):
        services.appeal_petition(world.a.reporter, receive(world.a.reporter, world.a.commune_party, phone="0911000444",
                                                           id_number=""), received_on=date(2026, 4, 10))


@pytest.mark.parametrize(("remote", "received_on", "late"), [
    (False, date(2026, 5, 1), False),   # 30 days from 1/4
    (False, date(2026, 5, 2), True),
    (True, date(2026, 5, 16), False),   # 45 days in a remote area
    (True, date(2026, 5, 17), True),
])
def test_filed_after_the_window_it_is_received_and_marked_late(world, remote, received_on, late):
    first = _answered(world, remote_area=remote)
    second = services.appeal_petition(world.a.reporter, first, received_on=received_on)
    received = second.timeline.get(kind="received").data
    assert bool(received.get("filed_late")) is late
    assert bool(first.timeline.get(kind="appealed").data.get("filed_late")) is late


def test_the_window_is_data(world):
    DeadlineRule.objects.filter(kind="complaint_second", step="filing").update(days=10)
    selectors.forget_reference_data()  # an update sends no signal: what an admin's save does
    second = services.appeal_petition(world.a.reporter, _answered(world), received_on=date(2026, 4, 20))
    assert second.timeline.get(kind="received").data["filed_late"] is True


def test_the_superiors_staff_record_the_appeal_from_the_page(client, world, superior_reporter):
    first = _answered(world)
    client.force_login(superior_reporter)
    page = client.get(first.get_absolute_url()).content.decode()
    assert f"/don-thu/{first.pk}/appeal/" in page and f"/don-thu/{first.pk}/accept/" not in page
    assert client.get(f"/don-thu/{first.pk}/accept/").status_code == 404
    response = client.post(f"/don-thu/{first.pk}/appeal/", {"received_on": "2026-05-20", "note": "Công dân nộp"})
    second = first.second_instance
    assert response.status_code == 302 and response.url == second.get_absolute_url()
    page = client.get(second.get_absolute_url()).content.decode()
    assert "nộp sau thời hiệu" in page and first.code in page
    first_page = client.get(first.get_absolute_url()).content.decode()
    assert second.code in first_page and "nộp sau thời hiệu" in first_page


def test_the_first_units_reporter_is_sent_back_to_the_first_petition(client, world):
    first = _answered(world)
    client.force_login(world.a.reporter)
    response = client.post(f"/don-thu/{first.pk}/appeal/", {"received_on": "2026-04-10"})
    assert response.status_code == 302 and response.url == first.get_absolute_url()
    assert "Khiếu nại lần hai" in client.get(response.url).content.decode()


def test_the_api_appeals_to_a_named_unit_or_body(client, world):
    first = _answered(world)
    client.force_login(world.a.reviewer)
    url = f"/api/v1/petitions/{first.pk}/appeal"
    missing = client.post(url, {"received_on": "2026-04-10", "to_unit": 999999999}, content_type="application/json")
    assert missing.status_code == 400
    response = client.post(url, {"received_on": "2026-04-10", "to_body": "Chủ tịch UBND tỉnh", "note": "x"},
                           content_type="application/json")
    assert response.status_code == 201, response.json()
    out = response.json()
    assert (out["status"], out["forwarded_to_body"], out["first_instance"]) == ("forwarded", "Chủ tịch UBND tỉnh",
                                                                               first.pk)
    again = client.post(url, {"received_on": "2026-04-10"}, content_type="application/json")
    assert again.status_code == 409


def test_the_list_offers_the_appeal_to_the_superiors_staff_without_a_query_per_row(
        client, world, superior_reporter, django_assert_max_num_queries):
    for i in range(6):
        _answered(world, phone=f"09110007{i:02d}", id_number="", subject=f"Khiếu nại {i}", content=f"Nội dung {i}")
    client.force_login(superior_reporter)
    client.get("/api/v1/petitions?status=answered")
    with django_assert_max_num_queries(10):
        out = client.get("/api/v1/petitions?status=answered").json()
    assert out["count"] == 6 and all(item["allowed"] == ["appeal"] for item in out["items"])


# --- second instance when the first-instance deadline passed unanswered (Law on Complaints 2011, art. 7, 33) ---


def _accepted(world, **kwargs):
    p = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2), **kwargs)
    return services.accept_petition(world.a.reporter, p, accepted_on=date(2026, 3, 5))


def test_after_the_resolution_deadline_passed_unanswered_the_second_instance_goes_up(world):
    first = _accepted(world)
    assert first.resolution_due == date(2026, 4, 4)  # 30 days from acceptance
    second = services.appeal_petition(world.a.reporter, first, received_on=date(2026, 4, 5))
    assert (second.unit_id, second.kind, second.status, second.first_instance_id) == (
        world.a.btgdv.pk, "complaint_second", "received", first.pk)
    first.refresh_from_db()
    assert (first.status, first.due_on, first.answered_on) == (Status.APPEALED, None, None)
    appealed = first.timeline.get(kind="appealed").data
    assert (appealed["grounds"], appealed["first_deadline"]) == ("no_answer", "2026-04-04")
    received = second.timeline.get(kind="received").data
    assert received["grounds"] == "no_answer" and received["filing_due"] == "2026-05-04"  # 30 days from the deadline
    answered = _answered(world, phone="0911000555", id_number="", subject="Khác", content="Nội dung khác hẳn")
    after_answer = services.appeal_petition(world.a.reporter, answered, received_on=date(2026, 4, 10))
    assert "grounds" not in after_answer.timeline.get(kind="received").data  # an answer they disagree with


@pytest.mark.parametrize(("received_on", "late"), [(date(2026, 5, 4), False), (date(2026, 5, 5), True)])
def test_the_window_runs_from_the_deadline_that_passed(world, received_on, late):
    second = services.appeal_petition(world.a.reporter, _accepted(world), received_on=received_on)
    assert bool(second.timeline.get(kind="received").data.get("filed_late")) is late


@pytest.mark.parametrize("received_on", [date(2026, 3, 20), date(2026, 4, 4)])
def test_refused_until_the_resolution_deadline_has_passed(world, received_on):
    first = _accepted(world)
    with pytest.raises(ConflictError) as refused:
        services.appeal_petition(world.a.reporter, first, received_on=received_on)
    assert "Chưa hết thời hạn giải quyết lần đầu (04/04/2026)" in str(refused.value)
    first.refresh_from_db()
    assert first.status == Status.ACCEPTED and not first.timeline.filter(kind="appealed").exists()


def test_only_a_first_instance_complaint_goes_to_the_second_instance_unanswered(world):
    denunciation = _accepted(world, kind="denunciation", phone="0911000666", id_number="")
    with pytest.raises(ConflictError) as refused:
        services.appeal_petition(world.a.reporter, denunciation, received_on=date(2026, 6, 1))
    assert "Chỉ khiếu nại lần đầu" in str(refused.value)


def test_the_page_and_the_api_offer_it_only_once_the_deadline_passed(client, world, superior_reporter):
    from django.utils import timezone

    overdue = _accepted(world)
    recent = services.accept_petition(world.a.reporter, receive(
        world.a.reporter, world.a.commune_party, received_on=timezone.localdate(), phone="0911000777", id_number="",
        subject="Mới", content="Nội dung mới khác hẳn"), accepted_on=timezone.localdate())
    client.force_login(world.a.reporter)
    assert f"/don-thu/{overdue.pk}/appeal/" in client.get(overdue.get_absolute_url()).content.decode()
    assert f"/don-thu/{recent.pk}/appeal/" not in client.get(recent.get_absolute_url()).content.decode()
    early = client.post(f"/api/v1/petitions/{recent.pk}/appeal", {"received_on": timezone.localdate().isoformat()},
                        content_type="application/json")
    assert early.status_code == 409 and "Chưa hết thời hạn" in early.json()["detail"]
    client.force_login(superior_reporter)
    assert client.get(f"/api/v1/petitions/{overdue.pk}").json()["allowed"] == ["appeal"]
    response = client.post(f"/don-thu/{overdue.pk}/appeal/", {"received_on": "2026-04-06"})
    second = Petition.objects.get(first_instance=overdue)
    assert response.status_code == 302 and response.url == second.get_absolute_url()
    assert "quá thời hạn giải quyết lần đầu (2026-04-04)" in client.get(response.url).content.decode()
