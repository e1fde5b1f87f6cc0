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


def public_model(world, *, name="Bữa cơm nghĩa tình", public=True, recognised=True):
    """A Dân vận khéo model of province A's commune, recognised and made public by the province's reviewer."""
    from datetime import date

    from danvan.movement import services as movement

    model = movement.register_model(world.a.reporter, unit=world.a.commune_party, name=name, field="van_hoa_xa_hoi",
                                    areas=[world.a.commune], registered_on=date(2026, 1, 5), registration={
                                        "content": "Mỗi tháng một bữa cơm cho người già neo đơn.",
                                        "resources": "Nguồn lực bí mật 4711", "situation": "Thực trạng riêng 4712"})
    movement.launch_model(world.a.reporter, model, launched_on=date(2026, 1, 20), commitments="Cam kết riêng 4713")
    if recognised:
        movement.evaluate_model(world.a.reviewer, model, period="2026-Q1", scores={"hieu_qua": 9}, effective=True,
                                evidence="Minh chứng riêng 4714", evaluated_on=date(2026, 2, 20))
        movement.recognise_model(world.a.reviewer, model, decision_number="12/QĐ-UBND", decision_date=date(2026, 3, 1),
                                 issuer="UBND tỉnh Ninh Bình", level="province", form="Bằng khen")
    if public:
        movement.set_model_public(world.a.reviewer, model, True)
    model.refresh_from_db()
    return model


# What a visitor must never read of a model (registration details, commitments, evaluation evidence, people).
PRIVATE_MODEL_TEXT = ["Nguồn lực bí mật 4711", "Thực trạng riêng 4712", "Cam kết riêng 4713", "Minh chứng riêng 4714",
                      "xa-37", "tinh-37"]
