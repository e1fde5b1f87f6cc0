"""Fixtures every reporting test file uses (the world itself is in danvan/conftest.py)."""

import pytest

from danvan.reporting.models import ReportForm


@pytest.fixture
def form():
    """The monthly mass-mobilisation report form the world's catalogue defines."""
    return ReportForm.objects.get(code="BC-DV-THANG")
