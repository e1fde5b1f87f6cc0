"""Recording a situation note, with its topic rows for the warnings, in one transaction."""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.audit import record_event, service
from danvan.core.services import attach_file
from danvan.core.text import fold
from danvan.situation import counters, rules
from danvan.situation.areas import check_area_of_unit, commune_and_province
from danvan.situation.choices import Mood, SourceKind
from danvan.situation.models import NoteTopic, SituationNote
from danvan.situation.suggest import suggest_area, suggest_topics

MAX_TEXT = 20_000
OLDEST_DAYS = 366 * 2  # a note is news: older than two years it belongs in an archive, not here


def _check_fields(*, text: str, observed_on, mood: str, source_kind: str, people_count, today: date) -> None:
    errors: dict[str, list[str]] = {}
    if not text:
        errors["text"] = ["Vui lòng nhập nội dung tin."]
    elif len(text) > MAX_TEXT:
        errors["text"] = [f"Nội dung dài quá {MAX_TEXT:,} ký tự.".replace(",", ".")]
    if not isinstance(observed_on, date):
        errors["observed_on"] = ["Vui lòng nhập ngày ghi nhận."]
    elif observed_on > today:
        errors["observed_on"] = ["Ngày ghi nhận không được sau hôm nay."]
    elif observed_on < today - timedelta(days=OLDEST_DAYS):
        errors["observed_on"] = ["Ngày ghi nhận quá cũ (hơn hai năm)."]
    if mood not in Mood.values:
        errors["mood"] = ["Vui lòng chọn tâm trạng."]
    if source_kind not in SourceKind.values:
        errors["source_kind"] = ["Vui lòng chọn nguồn tin."]
    if people_count is not None and (not isinstance(people_count, int) or not 0 <= people_count <= 10_000_000):
        errors["people_count"] = ["Số người liên quan phải là số không âm."]
    if errors:
        raise ValidationError(errors)


@service
def record_note(actor, *, unit, observed_on, text: str, mood: str, source_kind: str, area=None, topics=None,
                people_count: int | None = None, verified: bool = False, confidential_source: str = "",
                today: date | None = None, attachment=None) -> SituationNote:
    """Record what was heard or seen. Topics and the area, when not given, are suggested from the text.

    `attachment` (an uploaded photo or document) is attached in the same transaction through
    `core.services.attach_file`: a file it refuses leaves no note behind."""
    if actor is not None and not rules.may_record(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi tin cho tổ chức này.")
    today = today or timezone.localdate()
    text = (text or "").strip()
    _check_fields(text=text, observed_on=observed_on, mood=mood, source_kind=source_kind,
                  people_count=people_count, today=today)
    chosen = rules.clean_topics(topics)
    topics_suggested = not chosen
    if topics_suggested:
        chosen = suggest_topics(text)
    area_suggested = area is None
    if area_suggested:
        area = suggest_area(text, unit)
        if area is None:
            raise ValidationError({"area": ["Vui lòng chọn xã, phường nơi ghi nhận tin."]})
    check_area_of_unit(area, unit)
    commune, province = commune_and_province(area)
    note = SituationNote.objects.create(
        unit=unit, line_path=unit.line_path, area=area, commune=commune, province=province,
        observed_on=observed_on, text=text, text_folded=fold(text), topics=chosen,
        topics_suggested=topics_suggested, area_suggested=area_suggested, mood=mood, people_count=people_count,
        source_kind=source_kind, verified=bool(verified), confidential_source=(confidential_source or "").strip()[:300],
        created_by=actor if getattr(actor, "pk", None) else None)
    NoteTopic.objects.bulk_create([
        NoteTopic(note=note, topic=code, observed_on=observed_on, commune=commune, province=province,
                  line_path=unit.line_path) for code in chosen])
    counters.add_topics(province.pk, observed_on, chosen)
    # The source itself never enters the audit trail, which other readers may browse.
    record_event(actor, "situation.note.create", note, after={
        "unit": unit.pk, "area": area.pk, "observed_on": observed_on, "topics": chosen, "mood": mood,
        "people_count": people_count, "source_kind": source_kind, "verified": bool(verified),
        "confidential_source": bool(note.confidential_source)})
    if attachment is not None:
        attach_file(actor, note, attachment)
    return note
