"""Files attached to petitions (core.Attachment): attached when received or later, listed and downloaded by
whoever may see the petition, removed after a confirmation, moved with a forward; a denunciation's files only
for the handling unit's reviewers and handlers, each download audited, never through the API."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.core.models import Attachment, AuditEvent
from danvan.petitions import services
from danvan.petitions.tests.conftest import receive
from danvan.testing.uploads import pdf_pages

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _pdf(name="don-thu.pdf"):
    return SimpleUploadedFile(name, pdf_pages(1), content_type="application/pdf")


def _reads(petition, channel=None) -> int:
    events = AuditEvent.objects.filter(action="petitions.identity.read", object_id=str(petition.pk))
    return sum(1 for e in events if channel is None or (e.after or {}).get("channel") == channel)


def test_a_file_is_attached_when_the_petition_is_received(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/don-thu/tiep-nhan/", {
        "unit": world.a.commune_party.pk, "kind": "complaint", "channel": "mail", "received_on": "2026-11-16",
        "area": world.a.commune.code, "name": "Đỗ Thị Em", "phone": "0977111222", "people_count": 1,
        "subject": "Khiếu nại bồi thường", "content": "Không đồng ý mức bồi thường.", "attachment": _pdf("don.pdf")})
    assert response.status_code == 302, response.content.decode()[:1500]
    attachment = Attachment.objects.get()
    assert attachment.owner_type == "petitions.petition" and attachment.unit_id == world.a.commune_party.pk
    page = client.get(response.url).content.decode()
    assert "don.pdf" in page and "Đính kèm tệp" in page


def test_attach_download_and_remove_from_the_page(client, world):
    petition = receive(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    response = client.post(f"/don-thu/{petition.pk}/tep/", {"file": _pdf("bien-ban.pdf"), "title": "Biên bản"})
    assert response.status_code == 302
    attachment = Attachment.objects.get(owner_id=str(petition.pk))
    client.force_login(world.a.reviewer)  # a reviewer above reads the file of a complaint
    download = client.get(f"/don-thu/tep/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    assert "attachment" in download["Content-Disposition"]
    client.force_login(world.b.reviewer)  # another province: as if absent
    assert client.get(f"/don-thu/tep/{attachment.pk}/").status_code == 404
    assert client.post(f"/don-thu/tep/{attachment.pk}/go/").status_code == 404
    assert client.post(f"/don-thu/{petition.pk}/tep/", {"file": _pdf()}).status_code == 404
    client.force_login(world.a.reporter)
    assert client.get(f"/don-thu/tep/{attachment.pk}/go/").status_code == 405  # removal only by POST
    assert client.post(f"/don-thu/tep/{attachment.pk}/go/").status_code == 302
    assert not Attachment.objects.exists()
    kinds = list(petition.timeline.values_list("kind", "text"))
    assert ("file", "Đính kèm tệp “bien-ban.pdf”.") in kinds and ("file", "Gỡ tệp “bien-ban.pdf”.") in kinds


def test_a_refused_file_is_a_clear_message_not_an_error(client, world):
    petition = receive(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    bad = SimpleUploadedFile("virus.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    page = client.post(f"/don-thu/{petition.pk}/tep/", {"file": bad}, follow=True)
    assert page.status_code == 200 and not Attachment.objects.exists()
    assert any(m.level_tag == "error" for m in page.context["messages"])


def test_a_viewer_may_not_attach(client, world):
    from danvan.accounts.services import grant_membership
    from danvan.testing.factories import UserFactory

    viewer = UserFactory(username="xem-xa-a")
    grant_membership(None, user=viewer, unit=world.a.commune_party, role="viewer")
    petition = receive(world.a.reporter, world.a.commune_party)
    client.force_login(viewer)
    assert 'enctype="multipart/form-data"' not in client.get(petition.get_absolute_url()).content.decode()
    client.post(f"/don-thu/{petition.pk}/tep/", {"file": _pdf()})
    assert not Attachment.objects.exists()


def test_files_follow_a_petition_forwarded_to_another_unit(world):
    petition = receive(world.a.reporter, world.a.commune_party)
    services.attach_petition_file(world.a.reporter, petition, _pdf())
    services.forward_petition(world.a.reporter, petition, to_unit=world.b.commune_party, note="Đúng thẩm quyền",
                              forwarded_on=date(2026, 3, 3))
    attachment = Attachment.objects.get()
    assert (attachment.unit_id, attachment.line_path) == (world.b.commune_party.pk, world.b.commune_party.line_path)


def test_a_denunciations_files_only_for_its_handlers_each_download_audited(client, world, handler):
    denunciation = receive(world.a.reporter, world.a.commune_party, kind="denunciation", name="Phạm Văn Tố",
                           subject="Tố cáo cán bộ", content="Cán bộ nhận tiền.")
    client.force_login(world.a.reporter)  # who received the letter attaches it, without reading it afterwards
    assert client.post(f"/don-thu/{denunciation.pk}/tep/",
                       {"file": _pdf("to-cao-pham-van-to.pdf")}).status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.owner_type == "petitions.confidentialpetition"
    assert "pham-van-to" not in str(list(denunciation.timeline.values_list("text", flat=True)))
    for user in (world.a.reporter, world.a.reviewer, world.admin):
        client.force_login(user)
        page = client.get(denunciation.get_absolute_url()).content.decode()
        assert "to-cao-pham-van-to" not in page
        assert client.get(f"/don-thu/tep/{attachment.pk}/").status_code == 404
    client.force_login(handler)
    assert "to-cao-pham-van-to" in client.get(denunciation.get_absolute_url()).content.decode()
    before = _reads(denunciation, "file")
    assert client.get(f"/don-thu/tep/{attachment.pk}/").status_code == 200
    assert _reads(denunciation, "file") == before + 1


def test_core_download_of_a_denunciations_file_is_refused_to_others(client, world, handler):
    from django.urls import reverse

    denunciation = receive(world.a.reporter, world.a.commune_party, kind="denunciation")
    attachment = services.attach_petition_file(world.a.reporter, denunciation, _pdf())
    url = reverse("core:attachment_download", args=[attachment.pk])
    for user in (world.a.reporter, world.a.reviewer, world.admin):
        client.force_login(user)
        assert client.get(url).status_code == 404
    client.force_login(handler)
    assert client.get(url).status_code == 200


def test_api_attaches_and_lists_files_but_never_a_denunciations(client, world):
    petition = receive(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    response = client.post(f"/api/v1/petitions/{petition.pk}/attachments", {"file": _pdf("api.pdf"), "title": "Đơn"})
    assert response.status_code == 201, response.content
    files = response.json()["attachments"]
    assert [f["filename"] for f in files] == ["api.pdf"] and files[0]["url"].startswith("/don-thu/tep/")
    bad = client.post(f"/api/v1/petitions/{petition.pk}/attachments", {"file": SimpleUploadedFile("x.exe", b"MZ")})
    assert bad.status_code == 400 and bad.json()["detail"]
    denunciation = receive(world.a.reporter, world.a.commune_party, kind="denunciation", phone="0988000111")
    services.attach_petition_file(world.a.reporter, denunciation, _pdf())
    assert client.get(f"/api/v1/petitions/{denunciation.pk}").json()["attachments"] == []
    client.force_login(world.b.reviewer)
    assert client.post(f"/api/v1/petitions/{petition.pk}/attachments", {"file": _pdf()}).status_code == 404


def test_the_page_of_a_petition_with_files_answers_in_a_bounded_number_of_queries(
        client, world, django_assert_max_num_queries):
    petition = receive(world.a.reporter, world.a.commune_party)
    for i in range(5):
        services.attach_petition_file(world.a.reporter, petition, _pdf(f"tep-{i}.pdf"))
    client.force_login(world.a.reporter)
    client.get(petition.get_absolute_url())
    with django_assert_max_num_queries(18):
        page = client.get(petition.get_absolute_url())
    assert page.content.decode().count("/don-thu/tep/") >= 10


# --- removal through the API: DELETE /api/v1/petitions/{id}/files/{file_id} ----------------------------------


def test_api_removes_a_file_audited_and_on_the_timeline(client, world):
    petition = receive(world.a.reporter, world.a.commune_party)
    attachment = services.attach_petition_file(world.a.reporter, petition, _pdf("bang-chung.pdf"))
    other = receive(world.a.reporter, world.a.commune_party, phone="0988000222", id_number="", subject="Khác",
                    content="Nội dung khác hẳn")
    url = f"/api/v1/petitions/{petition.pk}/files/{attachment.pk}"
    client.force_login(world.b.reviewer)  # another province: as if absent
    assert client.delete(url).status_code == 404
    client.force_login(world.a.reporter)
    assert client.delete(f"/api/v1/petitions/{other.pk}/files/{attachment.pk}").status_code == 404  # not its file
    response = client.delete(url)
    assert response.status_code == 200, response.content
    assert response.json()["attachments"] == [] and not Attachment.objects.exists()
    removed = AuditEvent.objects.get(action="core.attachment.remove")
    assert removed.actor_id == world.a.reporter.pk and (removed.before or {}).get("filename") == "bang-chung.pdf"
    assert ("file", "Gỡ tệp “bang-chung.pdf”.") in list(petition.timeline.values_list("kind", "text"))
    assert client.delete(url).status_code == 404  # gone


def test_a_denunciations_file_is_removed_only_by_those_who_may_read_it(client, world, handler):
    denunciation = receive(world.a.reporter, world.a.commune_party, kind="denunciation")
    attachment = services.attach_petition_file(world.a.reporter, denunciation, _pdf("to-cao.pdf"))
    url = f"/api/v1/petitions/{denunciation.pk}/files/{attachment.pk}"
    for user in (world.a.reporter, world.a.reviewer, world.admin):  # the receiver, reviewers above, administrators
        client.force_login(user)
        assert client.delete(url).status_code == 404
        assert client.post(f"/don-thu/tep/{attachment.pk}/go/").status_code == 404
    with pytest.raises(PermissionDenied):
        services.remove_petition_file(world.a.reporter, attachment)
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    client.force_login(handler)
    assert client.delete(url).status_code == 200 and not Attachment.objects.exists()
    assert ("file", "Gỡ một tệp.") in list(denunciation.timeline.values_list("kind", "text"))


def test_a_closed_petitions_files_are_kept(client, world):
    petition = receive(world.a.reporter, world.a.commune_party)
    attachment = services.attach_petition_file(world.a.reporter, petition, _pdf("ket-qua.pdf"))
    petition = services.reject_petition(world.a.reporter, petition, reason="Không thuộc thẩm quyền",
                                        rejected_on=date(2026, 3, 3))
    client.force_login(world.a.reporter)
    page = client.get(petition.get_absolute_url()).content.decode()
    assert f"/don-thu/tep/{attachment.pk}/go/" in page  # rejected, not closed: still removable
    services.close_petition(world.a.reporter, petition)
    page = client.get(petition.get_absolute_url()).content.decode()
    assert "ket-qua.pdf" in page and f"/don-thu/tep/{attachment.pk}/go/" not in page
    refused = client.delete(f"/api/v1/petitions/{petition.pk}/files/{attachment.pk}")
    assert refused.status_code == 409 and "Đơn đã kết thúc" in refused.json()["detail"]
    response = client.post(f"/don-thu/tep/{attachment.pk}/go/", follow=True)
    assert "Đơn đã kết thúc" in response.content.decode()
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    assert not AuditEvent.objects.filter(action="core.attachment.remove").exists()
