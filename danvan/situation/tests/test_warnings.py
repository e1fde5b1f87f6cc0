"""Early warnings on constructed data: they fire at the threshold and not below, fresh at every read."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.models import AuditEvent
from danvan.situation import selectors, services
from danvan.situation.selectors.warnings import fires

pytestmark = pytest.mark.django_db
TOPIC = "giai_phong_mat_bang"


def _history(note_of, *, baseline_notes: int, recent: int, topic=TOPIC, **fields):
    """`baseline_notes` spread over the 12 weeks before the window (days 7–90 ago), `recent` in the last 7 days."""
    made = []
    for i in range(baseline_notes):
        made.append(note_of(f"Tin cũ {i}", topics=[topic], days_ago=7 + (i * 84) // max(baseline_notes, 1), **fields))
    for i in range(recent):
        made.append(note_of(f"Tin mới {i}", topics=[topic], days_ago=i % 7, **fields))
    return made


def test_the_threshold_itself():
    assert fires(3, 1.0, min_count=3, ratio=3)
    assert not fires(2, 0.0, min_count=3, ratio=3)
    assert not fires(3, 1.01, min_count=3, ratio=3)


def test_a_rise_at_the_threshold_warns_the_commune_and_the_province_with_the_notes_behind_it(world, note_of, today):
    made = _history(note_of, baseline_notes=12, recent=3)  # 3 this week = 3 × the weekly 1.0
    warnings = selectors.compute_warnings(world.a.reviewer, today=today)
    assert {(w.level, w.area_id) for w in warnings} == {("commune", world.a.commune.pk),
                                                        ("province", world.a.province.pk)}
    commune = next(w for w in warnings if w.level == "commune")
    assert (commune.topic, commune.count, commune.baseline, commune.ratio) == (TOPIC, 3, 1.0, 3.0)
    assert sorted(commune.notes) == sorted(n.pk for n in made[-3:])
    assert (commune.window_end - commune.window_start).days == 6


def test_one_note_less_than_the_ratio_needs_gives_no_warning(world, note_of, today):
    _history(note_of, baseline_notes=13, recent=3)  # 3 < 3 × 13/12
    assert selectors.compute_warnings(world.a.reviewer, today=today) == []


def test_below_the_minimum_count_there_is_no_warning_even_from_nothing(world, note_of, today):
    _history(note_of, baseline_notes=0, recent=2)
    assert selectors.compute_warnings(world.a.reviewer, today=today) == []
    note_of("Tin thứ ba", topics=[TOPIC])
    assert len(selectors.compute_warnings(world.a.reviewer, today=today)) == 2  # fresh: no job to wait for


def test_other_topics_and_older_notes_do_not_count(world, note_of, today):
    _history(note_of, baseline_notes=0, recent=2)
    note_of("Khác chủ đề", topics=["moi_truong"])
    note_of("Ngoài cửa sổ", topics=[TOPIC], days_ago=7)
    assert selectors.compute_warnings(world.a.reviewer, today=today) == []


def test_warnings_are_for_reviewers_of_that_province_only(world, note_of, today):
    _history(note_of, baseline_notes=0, recent=3)
    assert selectors.compute_warnings(world.a.reporter, today=today) == []
    assert selectors.compute_warnings(world.b.reviewer, today=today) == []
    assert len(selectors.compute_warnings(world.admin, today=today)) == 2


def test_a_dismissed_warning_is_hidden_with_its_reason_audited(world, note_of, today):
    _history(note_of, baseline_notes=0, recent=3)
    dismissal = services.dismiss_warning(world.a.reviewer, unit=world.a.btgdv, topic=TOPIC, area=world.a.commune,
                                         window_end=today, reason="Đã đối thoại, người dân đồng thuận.")
    levels = {w.level for w in selectors.compute_warnings(world.a.reviewer, today=today)}
    assert levels == {"province"}
    event = AuditEvent.objects.get(action="situation.warning.dismiss", object_id=str(dismissal.pk))
    assert event.after["reason"] == "Đã đối thoại, người dân đồng thuận." and event.actor == world.a.reviewer


def test_dismissing_needs_a_reason_and_a_reviewer(world, today):
    with pytest.raises(ValidationError, match="lý do"):
        services.dismiss_warning(world.a.reviewer, unit=world.a.btgdv, topic=TOPIC, area=world.a.commune, reason=" ")
    with pytest.raises(PermissionDenied):
        services.dismiss_warning(world.a.reporter, unit=world.a.commune_party, topic=TOPIC, area=world.a.commune,
                                 reason="Không đáng lo")


def test_since_keeps_only_warnings_with_a_note_on_or_after_that_day(world, note_of, today):
    from datetime import timedelta

    for i in range(3):
        note_of(f"Tin {i}", topics=[TOPIC], days_ago=3 + i)
    assert selectors.compute_warnings(world.a.reviewer, today=today, since=today - timedelta(days=3))
    assert selectors.compute_warnings(world.a.reviewer, today=today, since=today - timedelta(days=2)) == []
