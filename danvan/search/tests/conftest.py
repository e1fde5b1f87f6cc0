"""Builders for the search tests: records written through their apps' services (so the index follows them)."""

from danvan.situation.tests.conftest import incident_of, note_of, today  # noqa: F401  (fixtures)
