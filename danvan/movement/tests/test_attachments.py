"""Photos and attachments of a model (issue: stored through Django's storage API; images resized; size
and type limits) through core.Attachment."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from danvan.core.models import Attachment
from danvan.movement.tests.conftest import register

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ATTACHMENT_IMAGE_MAX_PIXELS = 1024


def test_a_reporter_attaches_a_photo_scaled_down_and_others_cannot(client, world):
    model = register(world.a.reporter, world.a.commune_party)
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(out, format="JPEG")
    client.force_login(world.b.reporter)
    photo = SimpleUploadedFile("anh.jpg", out.getvalue(), content_type="image/jpeg")
    assert client.post(f"/dan-van-kheo/{model.pk}/tep/", {"file": photo}).status_code == 404
    client.force_login(world.a.reporter)
    photo = SimpleUploadedFile("anh.jpg", out.getvalue(), content_type="image/jpeg")
    response = client.post(f"/dan-van-kheo/{model.pk}/tep/", {"file": photo, "title": "Ra quân"})
    assert response.status_code == 302
    attachment = Attachment.objects.get(owner_type="movement.movementmodel", owner_id=str(model.pk))
    with attachment.file.open("rb") as handle:
        assert Image.open(io.BytesIO(handle.read())).size == (1024, 768)
    assert "Ra quân" in client.get(f"/dan-van-kheo/{model.pk}/").content.decode()
    client.post(f"/dan-van-kheo/{model.pk}/tep/", {"file": SimpleUploadedFile("x.exe", b"MZ\x90")})
    assert Attachment.objects.count() == 1  # the type is refused
    client.post(f"/dan-van-kheo/tep/{attachment.pk}/go/")
    assert not Attachment.objects.exists()
