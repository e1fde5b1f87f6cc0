"""Situation notes: recorded by the commune, suggested topics and place, the confidential source protected."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.core.models import AuditEvent
from danvan.org.services import create_hamlet
from danvan.situation import rules, selectors
from danvan.situation.models import NoteTopic
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_topics_not_given_are_suggested_from_the_text_and_marked_so(note_of):
    note = note_of("Bà con bức xúc về việc giải phóng mặt bằng và đền bù chậm.", topics=None)
    assert note.topics == ["giai_phong_mat_bang"]
    assert note.topics_suggested is True
    assert list(NoteTopic.objects.filter(note=note).values_list("topic", flat=True)) == ["giai_phong_mat_bang"]


def test_topics_given_are_kept_and_not_marked_suggested(note_of):
    note = note_of("Bà con bức xúc về giải phóng mặt bằng.", topics=["moi_truong", "moi_truong"])
    assert note.topics == ["moi_truong"]
    assert note.topics_suggested is False


def test_area_not_given_is_the_commune_named_in_the_text_or_the_units_own(world, note_of):
    note = note_of("Người dân hỏi về chính sách mới.", area=None)
    assert note.area == world.a.commune and note.area_suggested is True
    given = note_of("Người dân hỏi về chính sách mới.")
    assert given.area_suggested is False


def test_a_hamlet_note_counts_for_its_commune_and_province(world, note_of):
    hamlet = create_hamlet(None, world.a.commune, name="Thôn Đông")
    note = note_of(area=hamlet)
    assert (note.area, note.commune, note.province) == (hamlet, world.a.commune, world.a.province)


def test_a_commune_records_only_in_its_own_area(world, note_of):
    other = world.a.province.children.exclude(pk=world.a.commune.pk).filter(level="commune").first()
    with pytest.raises(ValidationError, match="không thuộc địa bàn"):
        note_of(area=other)


@pytest.mark.parametrize("fields, message", [
    ({"topics": ["khong_co"]}, "không có trong danh mục"),
    ({"days_ago": -1}, "không được sau hôm nay"),
    ({"mood": "vui"}, "tâm trạng"),
    ({"source_kind": ""}, "nguồn tin"),
    ({"people_count": -3}, "không âm"),
])
def test_invalid_fields_are_refused_in_vietnamese_before_any_write(note_of, fields, message):
    with pytest.raises(ValidationError, match=message):
        note_of(**fields)
    assert not NoteTopic.objects.exists() and not AuditEvent.objects.filter(action="situation.note.create").exists()


def test_reporter_of_another_province_cannot_record_for_this_unit(world, note_of):
    with pytest.raises(PermissionDenied):
        note_of(actor=world.b.reporter)


def test_recording_is_audited_without_the_confidential_source(note_of):
    note = note_of(confidential_source="Ông Nguyễn Văn A, trưởng thôn")
    event = AuditEvent.objects.get(action="situation.note.create", object_id=str(note.pk))
    assert event.after["confidential_source"] is True
    assert "Nguyễn Văn A" not in str(event.after)


def test_confidential_source_is_read_by_the_recording_unit_and_reviewers_above_only(world, note_of):
    note = note_of(confidential_source="Ông Nguyễn Văn A")
    province_viewer = UserFactory(username="xem-tinh")
    grant_membership(None, user=province_viewer, unit=world.a.btgdv, role=Role.VIEWER)
    front_member = UserFactory(username="mttq-xa")
    grant_membership(None, user=front_member, unit=world.a.commune_front, role=Role.REPORTER)
    assert rules.source_for(world.a.reporter, note) == "Ông Nguyễn Văn A"  # recording unit
    assert rules.source_for(world.a.unit_admin, note) == "Ông Nguyễn Văn A"  # recording unit, another role
    assert rules.source_for(world.a.reviewer, note) == "Ông Nguyễn Văn A"  # reviewer above
    assert rules.source_for(province_viewer, note) == rules.WITHHELD  # sees the note, not the source
    assert selectors.note_list(province_viewer).filter(pk=note.pk).exists()
    assert rules.source_for(front_member, note) == rules.WITHHELD
    assert not selectors.note_list(world.b.reviewer).filter(pk=note.pk).exists()


def test_a_note_without_source_shows_none_to_everyone(world, note_of):
    assert rules.source_for(world.b.reviewer, note_of()) is None


def test_commune_user_cannot_see_other_province_notes(world, note_of):
    note_of()
    assert selectors.note_list(world.a.reviewer).count() == 1
    assert selectors.note_list(world.b.reviewer).count() == 0
    assert selectors.note_list(world.b.reporter).count() == 0


def test_note_list_filters_by_topic_mood_days_and_folded_text(world, note_of):
    a = note_of("Lo lắng dịch bệnh sốt xuất huyết lan rộng.", topics=["dich_benh"], mood="worried", days_ago=2)
    b = note_of("Đồng tình với chủ trương sáp nhập thôn.", topics=["cai_cach_hanh_chinh"], mood="positive")
    user = world.a.reviewer
    assert list(selectors.note_list(user, topic="dich_benh")) == [a]
    assert list(selectors.note_list(user, mood="positive")) == [b]
    assert list(selectors.note_list(user, q="sot xuat huyet")) == [a]
    assert list(selectors.note_list(user, since=b.observed_on)) == [b]
    assert list(selectors.note_list(user, area=world.a.province)) == [b, a]
