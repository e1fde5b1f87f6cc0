"""The portal demo publishes articles and makes models public through the services; a rerun adds nothing."""

from datetime import date

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent
from danvan.movement import demo as movement_demo
from danvan.movement.models import MovementModel
from danvan.portal import demo
from danvan.portal.models import Article

pytestmark = pytest.mark.django_db


def test_the_demo_publishes_articles_and_models_so_the_portal_is_alive(world, client):
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    movement_demo.load(ctx, models=60, today=date(2026, 11, 23))
    demo.load(ctx)
    published = Article.objects.unscoped().filter(status="published")
    assert published.count() == len(demo.ARTICLES)
    assert Article.objects.unscoped().filter(status__in=("draft", "in_review")).count() == 2
    assert AuditEvent.objects.filter(action="portal.article.publish").count() == len(demo.ARTICLES)
    public = MovementModel.objects.unscoped().filter(is_public=True)
    assert 0 < public.count() <= demo.PUBLIC_MODELS
    home = client.get("/").content.decode()
    assert published.first().title in home and public.first().name in home
    assert "tin bài đã đăng" in messages[-1]
    demo.load(ctx)
    assert Article.objects.unscoped().count() == len(demo.ARTICLES) + 2
