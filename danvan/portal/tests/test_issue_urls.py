"""Every URL shape issue 20 promises answers (its "URLs" section, written out as the issue lists them)."""

import pytest

from danvan.portal.tests.citizen_helpers import public_consultation
from danvan.portal.tests.conftest import public_model, published
from danvan.portal.text import slugify_vi

pytestmark = pytest.mark.django_db

# As the issue writes them; <…> filled from the data below.
ISSUE_URLS = ["/", "/tin-tuc/", "/tin-tuc/<slug>/", "/mo-hinh/", "/mo-hinh/<slug>/", "/gop-y/", "/gop-y/<id>/",
              "/kien-nghi/", "/tra-cuu/", "/<province-slug>/", "/feed/<province-code>.xml", "/sitemap.xml"]


def test_every_url_shape_of_the_issue_answers(client, world):
    article = published(world)
    model = public_model(world)
    consultation = public_consultation(world)
    values = {"/tin-tuc/<slug>/": article.slug, "/mo-hinh/<slug>/": slugify_vi(model.name),
              "/gop-y/<id>/": str(consultation.pk), "/<province-slug>/": "ninh-binh",
              "/feed/<province-code>.xml": world.a.province.code}
    for shape in ISSUE_URLS:
        url = shape
        for placeholder in ("<slug>", "<id>", "<province-slug>", "<province-code>"):
            url = url.replace(placeholder, values.get(shape, ""))
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{shape} → {url} → {response.status_code}"
        assert "<" not in url
    landed = client.get(f"/mo-hinh/{slugify_vi(model.name)}/")
    assert landed.status_code == 301 and landed["Location"] == f"/mo-hinh/{model.pk}-{slugify_vi(model.name)}/"
    assert client.get("/mo-hinh/khong-co-mo-hinh-nay/").status_code == 404


def test_a_private_models_slug_is_a_404(client, world):
    model = public_model(world, public=False)
    assert client.get(f"/mo-hinh/{slugify_vi(model.name)}/").status_code == 404
