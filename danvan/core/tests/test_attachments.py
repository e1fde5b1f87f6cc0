"""Files attached to a unit's records: allowed types only (by name and content), within the upload limits,
photos scaled down and stripped of their location, scoped like their owner, every change audited."""

import io
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from danvan.core.models import Attachment, AuditEvent
from danvan.core.selectors import attachments_for
from danvan.core.services import attach_file, remove_attachment
from danvan.reporting.models import ReportForm
from danvan.reporting.services import create_submission
from danvan.testing.uploads import pdf_pages

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _report(world, side="a"):
    people = getattr(world, side)
    form = ReportForm.objects.get(code="BC-DV-THANG")
    return create_submission(people.reporter, form=form, unit=people.commune_party, period="2026-03",
                             values={"QUA_SL": 1})


def _photo(width=4000, height=3000) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[GPS_IFD] = {1: "N", 2: (21.0, 15.0, 0.0), 3: "E", 4: (105.0, 50.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_a_phone_photo_is_scaled_down_and_loses_its_location(world, settings):
    settings.ATTACHMENT_IMAGE_MAX_PIXELS = 1024
    original = _photo()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the fixture does carry a location
    report = _report(world)
    attachment = attach_file(world.a.reporter, report, SimpleUploadedFile("ảnh hiện trường.JPG", original),
                             title="Hiện trường")
    with attachment.file.open("rb") as handle:
        stored = Image.open(io.BytesIO(handle.read()))
    assert stored.size == (1024, 768)
    assert len(stored.getexif()) == 0 and not stored.getexif().get_ifd(GPS_IFD)
    assert attachment.kind == "image" and attachment.filename == "ảnh hiện trường.jpg"
    assert attachment.line_path == report.line_path


def test_a_file_type_outside_the_list_is_refused_and_nothing_is_written(world):
    report = _report(world)
    with pytest.raises(ValidationError) as caught:
        attach_file(world.a.reporter, report, SimpleUploadedFile("virus.exe", b"MZ\x90\x00"))
    assert "Không nhận loại tệp “.exe”" in caught.value.messages[0]
    assert not Attachment.objects.exists()


def test_content_that_is_not_what_its_name_says_is_refused(world):
    report = _report(world)
    with pytest.raises(ValidationError) as caught:
        attach_file(world.a.reporter, report, SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 an executable"))
    assert "Nội dung tệp không đúng với đuôi “.pdf”" in caught.value.messages[0]
    assert not Attachment.objects.exists()


def test_a_file_over_the_upload_limit_is_refused(world, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    report = _report(world)
    with pytest.raises(ValidationError) as caught:
        attach_file(world.a.reporter, report, SimpleUploadedFile("a.pdf", b"%PDF-1.4\n" + b"0" * 2000))
    assert caught.value.messages == ["Tệp quá lớn: tối đa 1 KB."]
    assert not Attachment.objects.exists()


def test_attaching_and_removing_are_audited(world, django_capture_on_commit_callbacks):
    report = _report(world)
    attachment = attach_file(world.a.reporter, report, SimpleUploadedFile("bien-ban.pdf", pdf_pages(1)))
    added = AuditEvent.objects.get(action="core.attachment.add")
    assert added.actor == world.a.reporter and added.after["filename"] == "bien-ban.pdf"
    assert added.scope_path == report.line_path
    stored, pk = Path(attachment.file.path), attachment.pk
    assert stored.exists()
    with django_capture_on_commit_callbacks(execute=True):
        remove_attachment(world.a.reporter, attachment)
    assert AuditEvent.objects.filter(action="core.attachment.remove", object_id=str(pk)).exists()
    assert not Attachment.objects.exists()
    assert not stored.exists()


def test_a_user_cannot_attach_to_another_provinces_record(world):
    report_b = _report(world, "b")
    with pytest.raises(PermissionDenied):
        attach_file(world.a.reporter, report_b, SimpleUploadedFile("a.txt", b"xin chao"))
    assert not Attachment.objects.exists()


def test_another_provinces_user_gets_404_and_sees_no_attachment(world, client):
    report = _report(world)
    attachment = attach_file(world.a.reporter, report, SimpleUploadedFile("bien-ban.txt", "Biên bản".encode()))
    url = f"/tep/{attachment.pk}/"
    client.force_login(world.b.reviewer)
    assert client.get(url).status_code == 404
    assert list(attachments_for(world.b.reviewer, report)) == []
    client.force_login(world.a.reviewer)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "bien-ban.txt" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == "Biên bản".encode()
    assert list(attachments_for(world.a.reviewer, report)) == [attachment]


def test_a_hostile_file_name_is_made_safe(world):
    report = _report(world)
    attachment = attach_file(world.a.reporter, report,
                             SimpleUploadedFile('../../etc/"pass;wd\r\n.txt', b"noi dung"))
    assert attachment.filename == "passwd.txt"
    assert "etc" not in attachment.file.name and attachment.file.name.startswith("attachments/")
