"""Fixtures every reporting test file uses (the world itself is in danvan/conftest.py)."""

import pytest

from danvan.reporting.models import ReportForm


@pytest.fixture
def form():
    """The monthly mass-mobilisation report form the world's catalogue defines."""
    return ReportForm.objects.get(code="BC-DV-THANG")


@pytest.fixture
def without_other_apps_sources():
    """Without the sources other apps register (movement's DVK_TONG…): a draft holds only what the test
    typed. For specifications that compare a draft's values, and for tests that register their own source."""
    from danvan.core import registry

    kept = dict(registry.indicator_sources._entries)
    registry.indicator_sources._entries.clear()
    yield
    registry.indicator_sources._entries.clear()
    registry.indicator_sources._entries.update(kept)
