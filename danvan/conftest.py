"""Shared test set-up: the real divisions and two provinces' blocs are loaded once per test session."""

import pytest

from danvan.testing.factories import UserFactory  # noqa: F401  (re-exported for tests)

# Two provinces: the demo province and another one, to prove nothing leaks between them.
PROVINCE_A = "37"  # Ninh Bình
PROVINCE_B = "12"  # Lai Châu


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    with django_db_blocker.unblock():
        import_divisions(None)
        for code in (PROVINCE_A, PROVINCE_B):
            create_bloc(None, Area.objects.get(era="current", code=code))


@pytest.fixture
def world(db):
    """Users of two provinces: a provincial reviewer and a commune reporter in each, plus an administrator."""
    from danvan.testing.world import build_world

    return build_world(PROVINCE_A, PROVINCE_B)
