"""The situation pages: the quick note form, lists, the board, the timeline page; Vietnamese labels only."""

import pytest
from django.urls import reverse
from django.utils import timezone

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.situation.models import SituationNote
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def today():
    return timezone.localdate()  # the pages compute warnings and the board from the real day


def test_the_quick_note_form_needs_three_fields_and_suggests_the_rest(client, world):
    client.force_login(world.a.reporter)
    page = client.get(reverse("situation:note_new"))
    assert page.status_code == 200 and "Ghi tin tình hình nhân dân" in page.content.decode()
    r = client.post(reverse("situation:note_new"), {
        "text": "Nhiều người dân lo lắng về dịch bệnh sốt xuất huyết.", "mood": "worried",
        "source_kind": "staff", "unit": world.a.commune_party.pk})
    note = SituationNote.objects.get()
    assert r.status_code == 302 and r["Location"] == reverse("situation:note_detail", args=[note.pk])
    assert (note.area, note.observed_on, note.topics) == (world.a.commune, timezone.localdate(), ["dich_benh"])
    assert note.topics_suggested and note.area_suggested
    detail = client.get(r["Location"]).content.decode()
    assert "Dịch bệnh" in detail and "hệ thống gợi ý" in detail and "dich_benh" not in detail


def test_the_quick_note_form_shows_missing_fields_in_vietnamese(client, world):
    client.force_login(world.a.reporter)
    r = client.post(reverse("situation:note_new"), {"text": "", "unit": world.a.commune_party.pk})
    assert r.status_code == 200 and "bắt buộc" in r.content.decode()
    assert not SituationNote.objects.exists()


def test_the_note_page_withholds_the_source_from_a_plain_viewer(client, world, note_of):
    note = note_of(confidential_source="Ông Nguyễn Kín")
    viewer = UserFactory(username="xem-tinh")
    grant_membership(None, user=viewer, unit=world.a.btgdv, role=Role.VIEWER)
    client.force_login(viewer)
    body = client.get(reverse("situation:note_detail", args=[note.pk])).content.decode()
    assert "Nguyễn Kín" not in body and "được bảo mật" in body
    assert "Nguyễn Kín" not in client.get(reverse("situation:note_list")).content.decode()
    client.force_login(world.a.reviewer)
    assert "Nguyễn Kín" in client.get(reverse("situation:note_detail", args=[note.pk])).content.decode()


def test_the_board_shows_incidents_warnings_heat_table_and_hotspots_to_the_province(client, world, note_of,
                                                                                    incident_of):
    for i in range(3):
        note_of(f"Tin {i} về giải phóng mặt bằng", topics=["giai_phong_mat_bang"], days_ago=0)
    incident_of(severity=3, started_on=timezone.localdate())
    client.force_login(world.a.reviewer)
    body = client.get(reverse("situation:board")).content.decode()
    assert "Phát sinh" in body and "Giải phóng mặt bằng" in body and world.a.commune.name in body
    assert "giai_phong_mat_bang\"" not in body.replace('value="giai_phong_mat_bang"', "")
    client.force_login(world.a.reporter)
    assert client.get(reverse("situation:board")).status_code == 403
    assert client.get(reverse("situation:home"))["Location"] == reverse("situation:note_list")


def test_the_incident_page_shows_the_timeline_and_offers_only_allowed_events(client, world, incident_of):
    incident = incident_of(started_on=timezone.localdate())
    client.force_login(world.a.reporter)
    url = reverse("situation:incident_detail", args=[incident.pk])
    body = client.get(url).content.decode()
    assert 'value="close"' not in body and 'value="stabilise"' in body
    r = client.post(reverse("situation:incident_event", args=[incident.pk]),
                    {"kind": "action", "text": "Tổ công tác đến gặp các hộ dân", "version": incident.version})
    assert r.status_code == 302
    body = client.get(url).content.decode()
    assert "Biện pháp xử lý" in body and "Tổ công tác đến gặp các hộ dân" in body and "Đang xử lý" in body
    stale = client.post(reverse("situation:incident_event", args=[incident.pk]),
                        {"kind": "update", "text": "x", "version": incident.version})
    assert stale.status_code == 409 and "thay đổi" in stale.content.decode()


def test_a_reviewer_dismisses_a_warning_from_the_page_with_a_reason(client, world, note_of):
    for i in range(3):
        note_of(f"Tin {i}", topics=["moi_truong"], days_ago=0)
    client.force_login(world.a.reviewer)
    assert "Môi trường" in client.get(reverse("situation:warning_list")).content.decode()
    for area in (world.a.commune, world.a.province):
        client.post(reverse("situation:warning_dismiss"), {
            "unit": world.a.btgdv.pk, "topic": "moi_truong", "area": area.pk,
            "window_end": timezone.localdate().isoformat(), "reason": "Đã xử lý"})
    assert "Không có cảnh báo" in client.get(reverse("situation:warning_list")).content.decode()


def test_the_report_page_drafts_and_opens_the_submission(client, world, note_of):
    note_of("Tin về bầu cử", topics=["bau_cu"])
    client.force_login(world.a.reporter)
    period = timezone.localdate().strftime("%Y-%m")
    r = client.post(reverse("situation:report_draft"), {"unit": world.a.commune_party.pk, "period": period})
    assert r.status_code == 302 and "/bao-cao/" in r["Location"]


def test_a_heat_table_cell_drills_down_to_its_topic_and_commune(client, world, note_of, today):
    from danvan.situation.models import SituationNote

    note_of("Bà con bức xúc về giải phóng mặt bằng.", topics=["giai_phong_mat_bang"])
    note_of("Người dân lo về ô nhiễm môi trường.", topics=["moi_truong"])
    SituationNote.objects.update(observed_on=timezone_today())
    client.force_login(world.a.reviewer)
    body = client.get("/tinh-hinh/bang-tinh-hinh/").content.decode()
    link = f"topic=giai_phong_mat_bang&amp;area={world.a.commune.pk}"
    assert link in body
    listed = client.get("/tinh-hinh/tin/", {"topic": "giai_phong_mat_bang", "area": world.a.commune.pk})
    page = listed.content.decode()
    assert "giải phóng mặt bằng" in page and "ô nhiễm môi trường" not in page and world.a.commune.name in page


def timezone_today():
    from django.utils import timezone

    return timezone.localdate()
