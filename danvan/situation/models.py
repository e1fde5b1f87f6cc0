"""Rows of the situation app: notes, their topic index, incidents with their timeline, escalation rules and
dismissed warnings.

`NoteTopic` is the one table early warnings read: one row per (note, topic) with the note's day, commune,
province and reporting line copied onto it, so a warning query is one indexed range scan and one GROUP BY
(no join, no nightly job). It is written by the services with its note and never edited on its own.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.models import TimeStampedModel, UnitOwnedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.core.timeline import TimelineEvent
from danvan.situation.choices import EventKind, IncidentState, Mood, RuleKind, Severity, SourceKind


class SituationNote(UnitOwnedModel, TimeStampedModel):
    """What was heard or seen, where and when (tin nắm tình hình nhân dân)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị ghi nhận"), on_delete=models.PROTECT,
                             related_name="situation_notes")
    area = models.ForeignKey("org.Area", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="+")
    # The commune of `area` (itself, or a hamlet's commune) and its province, for warnings and the heat table.
    commune = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+", editable=False)
    province = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+", editable=False)
    observed_on = models.DateField(_("ngày ghi nhận"))
    text = models.TextField(_("nội dung"))
    text_folded = models.TextField(editable=False, default="")
    topics = models.JSONField(_("chủ đề"), default=list, blank=True)
    topics_suggested = models.BooleanField(_("chủ đề do hệ thống gợi ý"), default=False)
    area_suggested = models.BooleanField(_("địa bàn do hệ thống gợi ý"), default=False)
    mood = models.CharField(_("tâm trạng"), max_length=10, choices=Mood.choices)
    people_count = models.PositiveIntegerField(_("số người liên quan"), null=True, blank=True)
    source_kind = models.CharField(_("nguồn tin"), max_length=14, choices=SourceKind.choices)
    verified = models.BooleanField(_("đã xác minh"), default=False)
    # Who said it: read only through rules.may_read_source (the recording unit and reviewers above it).
    confidential_source = models.CharField(_("người cung cấp thông tin (bảo mật)"), max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        ordering = ["-observed_on", "-id"]
        indexes = [
            models.Index(fields=["line_path", "-observed_on"], name="sit_note_line_day_idx"),
            models.Index(fields=["commune", "-observed_on"], name="sit_note_commune_day_idx"),
        ]
        verbose_name = _("tin nắm tình hình")
        verbose_name_plural = _("tin nắm tình hình")

    def __str__(self) -> str:
        return f"{self.observed_on:%d/%m/%Y} · {self.text[:60]}"


class NoteTopic(models.Model):
    """One (note, topic) pair with what a warning groups and filters by, copied from the note."""

    note = models.ForeignKey(SituationNote, on_delete=models.CASCADE, related_name="topic_rows")
    topic = models.CharField(max_length=40)
    observed_on = models.DateField()
    # Led by the covering indexes below; their own indexes would only cost writes.
    commune = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+", db_index=False)
    province = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+", db_index=False)
    line_path = PathField(max_length=255)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        indexes = [
            # A province's (or any subtree's) warnings: a range on the line, then the 13 weeks; covering.
            models.Index(fields=["line_path", "observed_on", "topic", "commune", "province"],
                         name="sit_topic_line_day_idx"),
            # The nation's (an administrator's): the 13 weeks of every line; covering.
            models.Index(fields=["observed_on", "topic", "commune", "province"], name="sit_topic_day_idx"),
        ]


class ProvinceTopicDay(models.Model):
    """How many topic rows a province has for a topic on a day: the national reader's warning baseline.

    Kept by `services.notes.record_note` in the note's transaction (notes are never edited or deleted, and a
    unit's move changes no note's province); `danvan situation_counters` rebuilds it from `NoteTopic`.
    Read only for a reader whose scope is everything (it holds no reporting line).
    """

    province = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+", db_index=False)
    topic = models.CharField(max_length=40)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        constraints = [models.UniqueConstraint(fields=["province", "topic", "day"], name="sit_province_topic_day")]
        indexes = [models.Index(fields=["day", "topic", "province", "count"], name="sit_ptd_day_idx")]


class Incident(UnitOwnedModel, TimeStampedModel):
    """A hot incident (vụ việc phức tạp) and its lifecycle; every change is an event on its timeline."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị theo dõi"), on_delete=models.PROTECT,
                             related_name="situation_incidents")
    title = models.CharField(_("tên vụ việc"), max_length=300)
    description = models.TextField(_("mô tả"), blank=True)
    areas = models.ManyToManyField("org.Area", through="IncidentArea", through_fields=("incident", "area"), verbose_name=_("địa bàn"), related_name="+")
    topics = models.JSONField(_("chủ đề"), default=list, blank=True)
    severity = models.PositiveSmallIntegerField(_("mức độ"), choices=Severity.choices, default=Severity.LOW)
    people_count = models.PositiveIntegerField(_("số người liên quan"), default=0)
    started_on = models.DateField(_("ngày phát sinh"))
    state = models.CharField(_("trạng thái"), max_length=12, choices=IncidentState.choices,
                             default=IncidentState.EMERGING)
    closed_on = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    notes = models.ManyToManyField(SituationNote, verbose_name=_("tin liên quan"), blank=True,
                                   related_name="incidents")
    escalated_to = models.ForeignKey("org.Unit", verbose_name=_("đã báo cáo lên"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        ordering = ["-started_on", "-id"]
        indexes = [models.Index(fields=["line_path", "state", "-severity"], name="sit_incident_line_state_idx")]
        verbose_name = _("vụ việc phức tạp")
        verbose_name_plural = _("vụ việc phức tạp")

    def __str__(self) -> str:
        return self.title


class IncidentArea(models.Model):
    """Where an incident happens; `commune` is the area's commune (hotspots and the several-communes rule)."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="area_rows")
    area = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+")
    commune = models.ForeignKey("org.Area", on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField()  # the incident's, copied: hotspots count months without a join
    line_path = PathField(max_length=255)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["incident", "area"], name="sit_incident_area_unique")]
        indexes = [models.Index(fields=["line_path", "started_on", "commune"], name="sit_incarea_line_day_idx")]


class IncidentEvent(TimelineEvent):
    """One event on an incident's timeline; `data` holds a new severity, people count, rule or unit."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("loại"), max_length=20, choices=EventKind.choices)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "incident__line_path"

    class Meta(TimelineEvent.Meta):
        verbose_name = _("diễn biến vụ việc")
        verbose_name_plural = _("diễn biến vụ việc")


class EscalationRule(TimeStampedModel):
    """When an incident goes to the level above (data).

    A row without `province` is a national default (edited in the admin by a system administrator); a row
    with one is that province's own version of the rule of the same code (or a rule of its own), edited by
    the province's administrators on the rules page. `escalation.active_rules(province)` merges the two.
    """

    province = models.ForeignKey("org.Area", verbose_name=_("tỉnh áp dụng"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+",
                                 help_text=_("Để trống: quy tắc mặc định toàn quốc."))
    code = models.SlugField(_("mã"), max_length=40)
    name = models.CharField(_("tên quy tắc"), max_length=200)
    kind = models.CharField(_("điều kiện"), max_length=20, choices=RuleKind.choices)
    threshold = models.PositiveIntegerField(_("ngưỡng"), default=0, help_text=_("Mức độ, số người, số xã hoặc số ngày."))
    topics = models.JSONField(_("chủ đề"), default=list, blank=True,
                              help_text=_("Với điều kiện chủ đề: danh sách mã chủ đề."))
    is_active = models.BooleanField(_("đang áp dụng"), default=True)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=models.Q(province__isnull=True),
                                    name="sit_rule_national_code_unique"),
            models.UniqueConstraint(fields=["province", "code"], name="sit_rule_province_code_unique"),
        ]
        verbose_name = _("quy tắc báo cáo vượt cấp")
        verbose_name_plural = _("quy tắc báo cáo vượt cấp")

    def __str__(self) -> str:
        return self.name


class WarningDismissal(UnitOwnedModel, TimeStampedModel):
    """A reviewer's judgement that a warning is no cause for concern, with the reason (audited)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="situation_dismissals")
    topic = models.CharField(_("chủ đề"), max_length=40)
    area = models.ForeignKey("org.Area", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="+")
    window_end = models.DateField(_("đến ngày"))
    reason = models.TextField(_("lý do"))
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        ordering = ["-window_end", "-id"]
        indexes = [models.Index(fields=["line_path", "window_end"], name="sit_dismissal_line_idx")]
        verbose_name = _("cảnh báo đã bỏ qua")
        verbose_name_plural = _("cảnh báo đã bỏ qua")

    def __str__(self) -> str:
        return f"{self.topic} · {self.area} · {self.window_end:%d/%m/%Y}"
