"""Photos and documents on notes and incidents, through core.Attachment: from the quick form (in the
note's transaction), on each page; scoped like their owner; removed with confirmation, audited."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from danvan.core.models import Attachment, AuditEvent
from danvan.situation.models import SituationNote

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _photo(name="hien-truong.jpg") -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (3000, 2000), (10, 120, 30)).save(out, format="JPEG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def test_the_quick_form_records_a_note_with_its_photo(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/tinh-hinh/tin/moi/", {
        "text": "Người dân tập trung trước trụ sở xã về giải phóng mặt bằng.", "mood": "angry",
        "source_kind": "staff", "unit": world.a.commune_party.pk, "attachment": _photo()})
    note = SituationNote.objects.get()
    assert response.status_code == 302
    files = Attachment.objects.filter(owner_type="situation.situationnote", owner_id=str(note.pk))
    assert files.count() == 1 and files.get().kind == "image" and files.get().line_path == note.line_path
    page = client.get(f"/tinh-hinh/tin/{note.pk}/").content.decode()
    assert "hien-truong.jpg" in page


def test_a_refused_file_leaves_no_note_behind(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/tinh-hinh/tin/moi/", {
        "text": "Tin có tệp lạ.", "mood": "neutral", "source_kind": "staff", "unit": world.a.commune_party.pk,
        "attachment": SimpleUploadedFile("virus.exe", b"MZ\x90\x00binary")})
    assert response.status_code == 200 and not SituationNote.objects.exists() and not Attachment.objects.exists()


def test_attach_on_an_incident_page_then_remove_it(client, world, incident_of):
    incident = incident_of()
    client.force_login(world.a.reporter)
    client.post(f"/tinh-hinh/vu-viec/{incident.pk}/tep/", {
        "file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        "title": "Biên bản làm việc"})
    attachment = Attachment.objects.get(owner_type="situation.incident", owner_id=str(incident.pk))
    assert "Biên bản làm việc" in client.get(f"/tinh-hinh/vu-viec/{incident.pk}/").content.decode()
    # another province sees neither the incident nor its file, and cannot remove it
    client.force_login(world.b.reviewer)
    assert client.get(f"/tep/{attachment.pk}/").status_code == 404
    assert client.post(f"/tinh-hinh/tep/{attachment.pk}/go/").status_code == 404
    # the province's reviewer may read it; the recording reporter removes it
    client.force_login(world.a.reviewer)
    assert client.get(f"/tep/{attachment.pk}/").status_code == 200
    client.force_login(world.a.reporter)
    assert client.post(f"/tinh-hinh/tep/{attachment.pk}/go/").status_code == 302
    assert not Attachment.objects.exists()
    assert AuditEvent.objects.filter(action__in=["core.attachment.add", "core.attachment.remove"]).count() == 2


def test_another_province_cannot_attach_to_a_note(client, world, note_of):
    note = note_of()
    client.force_login(world.b.reporter)
    assert client.post(f"/tinh-hinh/tin/{note.pk}/tep/", {"file": _photo()}).status_code == 404
    assert not Attachment.objects.exists()
