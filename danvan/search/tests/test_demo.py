"""The search demo: the areas and units loaded in bulk become searchable, through the audited reindex."""

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent
from danvan.search import demo, selectors

pytestmark = pytest.mark.django_db


def test_the_demo_indexes_areas_and_units_and_audits_it(world):
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    demo.load(ctx)
    assert AuditEvent.objects.filter(action="search.index.rebuild").count() == 1
    found = selectors.search(world.a.reviewer, "ban tuyen giao dan van ninh binh", types=["org.unit"])
    assert any(hit.title == world.a.btgdv.name for hit in found.items)
    assert messages and "Chỉ mục tìm kiếm" in messages[0]


def test_the_reindex_command_rebuilds_one_type(world, incident_of, capsys):
    from django.core.management import call_command

    from danvan.search.models import SearchEntry

    incident_of(title="Vụ việc cần lập lại chỉ mục")
    SearchEntry.objects.unscoped().filter(type="situation.incident").delete()
    call_command("reindex", "--type", "situation.incident")
    assert SearchEntry.objects.unscoped().filter(type="situation.incident").count() == 1
    assert "situation.incident: 1" in capsys.readouterr().out
