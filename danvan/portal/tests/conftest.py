import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages and abuse counters of one test never leak into the next (the database rolls back)."""
    cache.clear()
    yield
    cache.clear()
