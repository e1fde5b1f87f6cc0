"""The consultation demo: a political report draft with comments through the services; a rerun adds nothing."""

import pytest
from django_tasks_db.models import DBTaskResult

from danvan.consultation import demo, embedding, selectors
from danvan.consultation.models import Comment, Consultation
from danvan.core.management.commands.demo import DemoContext

pytestmark = pytest.mark.django_db


def test_the_demo_builds_a_congress_draft_with_grouped_comments_and_a_rerun_changes_nothing(
        world, django_capture_on_commit_callbacks):
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(ctx, comments=300)
    c = Consultation.objects.unscoped().get()
    # The worker (`make run` starts it) embeds the demo's comments: one run queued for them all.
    queued = DBTaskResult.objects.filter(task_path=embedding.TASK_PATH, status="READY")
    assert [r.args_kwargs["args"] for r in queued] == [[c.pk]]
    assert c.status == "open" and c.pieces.count() > 20
    comments = Comment.objects.unscoped().filter(consultation=c)
    assert comments.count() == 300
    assert set(comments.values_list("channel", flat=True)) >= {"unit", "meeting", "portal"}
    assert not comments.filter(hidden=False, group__isnull=True).exists()
    s = selectors.synthesis(world.admin, c)
    assert s["totals"]["comments"] + s["totals"]["hidden"] == 300
    demo.load(ctx, comments=300)
    assert Comment.objects.unscoped().count() == 300
