"""The Excel page states its limits the Vietnamese way."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_excel_page_writes_its_row_limits_with_vietnamese_thousands(world, client):
    client.force_login(world.a.reviewer)
    page = client.get(reverse("reporting:excel_home")).content.decode()
    assert "5.000 dòng" in page
    assert "5000 dòng" not in page
