"""Factories of the portal tests: articles are written, submitted and published through the services."""

import pytest
from django.core.cache import cache

from danvan.portal import services


def write(actor, unit, *, title="Dân vận khéo ở xã Gia Viễn", summary="Tóm tắt tin.", body="Đoạn một.\n\nĐoạn hai.",
          area=None, topics=(), **kwargs):
    return services.create_article(actor, unit=unit, title=title, summary=summary, body=body,
                                   area=area or unit.area, topics=list(topics), **kwargs)


def published(world, *, unit=None, **kwargs):
    """An article of province A's commune, written by its reporter and published by the province's reviewer."""
    article = write(world.a.reporter, unit or world.a.commune_party, **kwargs)
    services.submit_article(world.a.reporter, article)
    return services.publish_article(world.a.reviewer, article)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty page cache (local memory, shared by the tests of one process)."""
    cache.clear()
    yield
    cache.clear()
