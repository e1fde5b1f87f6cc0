"""Shared test set-up: the real divisions and two provinces' blocs are loaded once per test session."""

import pytest
from hypothesis import settings

from danvan.testing.factories import UserFactory  # noqa: F401  (re-exported for tests)

# No property test has a wall-clock deadline (Hypothesis's default is 200 ms an example): CI runs two suites on two
# cores, and a timing is never a test's assertion here (speed lives in bench/). Hangs are caught by CPU-time guards.
settings.register_profile("danvan", deadline=None)
settings.load_profile("danvan")

# The fixtures through which pytest-django lets a test reach the database.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
                     "live_server"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark `database` every test that can reach the database (a `django_db` mark or a database fixture, directly
    or through other fixtures). pytest-django refuses database access to the others, so they behave the same on
    every database: `make test` runs them once, with SQLite, and the PostgreSQL suite selects `-m database`.
    Runs before `-m` selects (tryfirst)."""
    for item in items:
        if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.database)


# Two provinces: the demo province and another one, to prove nothing leaks between them.
PROVINCE_A = "37"  # Ninh Bình
PROVINCE_B = "12"  # Lai Châu


SEED_MIGRATIONS = ["danvan.org.migrations.0002_unit_kinds", "danvan.reporting.migrations.0002_catalogue",
                   "danvan.situation.migrations.0002_defaults",
                   "danvan.movement.migrations.0002_catalogue",
                   "danvan.consultation.migrations.0002_catalogue",
                   "danvan.directives.migrations.0002_catalogue",
                   "danvan.petitions.migrations.0002_defaults"]


def load_reference_data() -> None:
    from importlib import import_module

    from django.apps import apps

    from danvan.org.models import Area, UnitKind
    from danvan.org.services import create_bloc, import_divisions

    if not UnitKind.objects.exists():  # a flushed database: the data migrations' rows are gone too
        for name in SEED_MIGRATIONS:
            import_module(name).seed(apps, None)
    import_divisions(None)
    for code in (PROVINCE_A, PROVINCE_B):
        create_bloc(None, Area.objects.get(era="current", code=code))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_reference_data()


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing():
    """Passwords hashed with Argon2 at its smallest cost (danvan/testing/hashers.py): the same algorithm and
    encoded form as production, without ~0.3 s of CPU for every user a test creates or signs in."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["danvan.testing.hashers.CheapArgon2PasswordHasher"]):
        yield


@pytest.fixture(scope="session", autouse=True)
def _media_in_a_temporary_directory(tmp_path_factory):
    """Attachments written by tests go to a throw-away directory, never to var/media."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def _reference_data_for_browser_tests(request):
    """Browser and concurrency tests commit for real, so the database is flushed after each of them: the
    next one loads the reference data again."""
    if request.node.get_closest_marker("browser") is None and request.node.get_closest_marker("concurrency") is None:
        return
    request.getfixturevalue("transactional_db")
    from danvan.org.models import Area

    if not Area.objects.filter(level="province").exists():
        load_reference_data()


@pytest.fixture
def world(db):
    """Users of two provinces: a provincial reviewer and a commune reporter in each, plus an administrator."""
    from danvan.testing.world import build_world

    return build_world(PROVINCE_A, PROVINCE_B)
