"""The directives demo: the chain of 25-NQ/TW, key tasks with progress, activities of every kind; a rerun adds
nothing."""

from datetime import date

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.directives import demo
from danvan.directives.models import Activity, ActivityKind, Directive, Task

pytestmark = pytest.mark.django_db


def test_the_demo_builds_the_chain_tasks_and_a_year_of_activities_and_a_rerun_changes_nothing(world):
    ctx = DemoContext(province_codes=["37"], password=None, write=lambda m: None, provinces=[world.a.province])
    demo.load(ctx, per_commune=10, today=date(2026, 11, 23))
    central = Directive.objects.unscoped().get(number="25", symbol="NQ/TW")
    plan = central.implementations.get()
    assert 0 < plan.implementations.count() < demo.COMMUNES
    assert Task.objects.unscoped().filter(parent__isnull=True).count() == len(demo.KEY_TASKS)
    kinds = set(Activity.objects.unscoped().values_list("kind", flat=True))
    assert kinds == set(ActivityKind.objects.values_list("code", flat=True))
    count = Activity.objects.unscoped().count()
    demo.load(ctx, per_commune=10, today=date(2026, 11, 23))
    assert Activity.objects.unscoped().count() == count


def test_each_lead_unit_of_a_demo_key_task_has_its_own_part_to_report(world):
    # Before, the parts went to three random communes while "Chủ trì" named the first three: the demo commune
    # reporter (xa-37) led every key task yet saw none of them in "Nhiệm vụ trọng tâm".
    said: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=said.append, provinces=[world.a.province])
    demo.load(ctx, per_commune=1, today=date(2026, 11, 23))
    documents = Directive.objects.unscoped().count()
    assert f"{documents} văn bản chỉ đạo, {len(demo.KEY_TASKS)} nhiệm vụ trọng tâm" in said[0]
    for parent in Task.objects.unscoped().filter(parent__isnull=True).prefetch_related("lead_units"):
        parts = set(Task.objects.unscoped().filter(parent=parent).values_list("unit_id", flat=True))
        assert parts == {u.pk for u in parent.lead_units.all()}
