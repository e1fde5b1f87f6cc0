"""Directive documents and their implementation chain, key tasks with progress, and the bloc's activities.

Activities live in this app rather than in an `activities` app: they link to directives and tasks (evidence of a
task's progress, the documents they carry out), and the reviewer reads the three together (docs/apps/directives.md).
A task's derived progress and lateness are computed when read (rules.py); only a parent's rolled-up status is kept
on its row (`Task.rolled_status`, written by the services with the report that changes it) so that lists and the
desk can filter and count late tasks in SQL, whatever their number.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.models import CatalogueEntry, TimeStampedModel, UnitOwnedModel, VersionedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.core.text import fold
from danvan.core.timeline import TimelineEvent
from danvan.directives.choices import CommitmentState, DirectiveStatus, DocType, TaskEventKind, TaskStatus

USER = settings.AUTH_USER_MODEL


class Directive(UnitOwnedModel, VersionedModel):
    """A directive document (văn bản chỉ đạo) recorded by a unit: issued by it, or by a central body by name."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị ban hành, ghi nhận"), on_delete=models.PROTECT,
                             related_name="directives")
    external_issuer = models.CharField(_("cơ quan ban hành (Trung ương)"), max_length=100, blank=True)
    type = models.CharField(_("loại văn bản"), max_length=4, choices=DocType.choices)
    number = models.CharField(_("số"), max_length=20)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    subject = models.CharField(_("trích yếu"), max_length=1000)
    subject_folded = models.CharField(max_length=1100, editable=False)
    file = models.FileField(_("tệp văn bản"), upload_to="directives/%Y/", blank=True)
    implements = models.ForeignKey("self", verbose_name=_("thực hiện văn bản"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="implementations")
    status = models.CharField(_("hiệu lực"), max_length=10, choices=DirectiveStatus.choices,
                              default=DirectiveStatus.IN_FORCE)
    replaced_by = models.ForeignKey("self", verbose_name=_("được thay thế bởi"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="replaces")
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["line_path", "issued_on"], name="directive_line_idx"),
                   models.Index(fields=["implements", "unit"], name="directive_impl_idx")]
        verbose_name = _("văn bản chỉ đạo")
        verbose_name_plural = _("văn bản chỉ đạo")

    def __str__(self) -> str:
        return f"{self.get_type_display()} số {self.reference}"

    @property
    def reference(self) -> str:
        """"25-NQ/TW" for a Party symbol, "18/2026/QĐ-UBND" for a state one, the bare number without a symbol."""
        if not self.symbol:
            return self.number
        return f"{self.number}/{self.symbol}" if "-" in self.symbol else f"{self.number}-{self.symbol}"

    @property
    def issuer_name(self) -> str:
        return self.external_issuer or self.unit.name

    def save(self, *args, **kwargs) -> None:
        self.subject_folded = fold(f"{self.number} {self.symbol} {self.subject}")[:1100]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directives:directive_detail", args=[self.pk])


class Task(UnitOwnedModel, VersionedModel):
    """A key task (nhiệm vụ trọng tâm) of a period; a parent's progress follows its children's (rules.py)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị giao"), on_delete=models.PROTECT,
                             related_name="key_tasks")
    period = models.CharField(_("kỳ"), max_length=10)
    title = models.CharField(_("nhiệm vụ"), max_length=500)
    title_folded = models.CharField(max_length=500, editable=False)
    description = models.TextField(_("nội dung"), blank=True)
    deadline = models.DateField(_("thời hạn"))
    lead_units = models.ManyToManyField("org.Unit", verbose_name=_("đơn vị chủ trì"), related_name="tasks_led")
    support_units = models.ManyToManyField("org.Unit", verbose_name=_("đơn vị phối hợp"), blank=True,
                                           related_name="tasks_supported")
    directive = models.ForeignKey(Directive, verbose_name=_("thực hiện văn bản"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="tasks")
    parent = models.ForeignKey("self", verbose_name=_("nhiệm vụ cấp trên"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="children")
    # The latest progress report, copied on the row (the derived values are computed from these, rules.py).
    status = models.CharField(_("trạng thái báo cáo"), max_length=12, choices=TaskStatus.choices,
                              default=TaskStatus.NOT_STARTED)
    percent = models.PositiveSmallIntegerField(_("tỷ lệ hoàn thành (%)"), default=0)
    reported_on = models.DateField(_("ngày báo cáo gần nhất"), null=True, blank=True)
    # A parent's status derived from its children (rules.rolled_status), kept by the services; empty on a task
    # without children, whose own report is its status. Lateness, which depends on the day, stays derived.
    rolled_status = models.CharField(max_length=12, null=True, blank=True, editable=False)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["deadline", "id"]
        indexes = [models.Index(fields=["line_path", "period"], name="task_line_idx"),
                   models.Index(fields=["parent"], name="task_parent_idx")]
        verbose_name = _("nhiệm vụ trọng tâm")
        verbose_name_plural = _("nhiệm vụ trọng tâm")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.title_folded = fold(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directives:task_detail", args=[self.pk])


class TaskProgress(TimeStampedModel):
    """One progress report: status, percent, note, date, evidence (a document or an activity)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="progress_reports")
    status = models.CharField(_("trạng thái"), max_length=12, choices=TaskStatus.choices)
    percent = models.PositiveSmallIntegerField(_("tỷ lệ (%)"))
    note = models.TextField(_("ghi chú"), blank=True)
    reported_on = models.DateField(_("ngày báo cáo"))
    evidence_directive = models.ForeignKey(Directive, verbose_name=_("minh chứng: văn bản"), null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+")
    evidence_activity = models.ForeignKey("Activity", verbose_name=_("minh chứng: hoạt động"), null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")
    reporter = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "task__line_path"

    class Meta:
        ordering = ["reported_on", "id"]
        verbose_name = _("báo cáo tiến độ")
        verbose_name_plural = _("báo cáo tiến độ")


class TaskEvent(TimelineEvent):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("loại"), max_length=20, choices=TaskEventKind.choices)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "task__line_path"

    class Meta(TimelineEvent.Meta):
        verbose_name = _("diễn biến nhiệm vụ")
        verbose_name_plural = _("diễn biến nhiệm vụ")


class ActivityKind(CatalogueEntry):
    """A kind of activity (hội nghị, tập huấn, giám sát, đối thoại…): a catalogue kept as data."""

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("loại hoạt động")
        verbose_name_plural = _("loại hoạt động")


class Activity(UnitOwnedModel, VersionedModel):
    """An activity of the bloc: a conference, a training, a supervision, a dialogue…"""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị tổ chức"), on_delete=models.PROTECT,
                             related_name="activities")
    kind = models.CharField(_("loại"), max_length=40)  # an ActivityKind code (validated by the services)
    title = models.CharField(_("tên hoạt động"), max_length=500)
    title_folded = models.CharField(max_length=500, editable=False)
    starts_on = models.DateField(_("từ ngày"))
    ends_on = models.DateField(_("đến ngày"))
    area = models.ForeignKey("org.Area", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="+")
    area_path = PathField(max_length=255, editable=False)  # the area's path: compliance reads by area subtree
    participants = models.PositiveIntegerField(_("số người tham gia"), default=0)
    participant_groups = models.JSONField(_("thành phần"), default=dict, blank=True)  # {group: n}
    content = models.TextField(_("nội dung"), blank=True)
    outcome = models.TextField(_("kết quả"), blank=True)
    details = models.JSONField(_("chi tiết theo loại"), default=dict, blank=True)  # choices.DETAIL_FIELDS
    directive = models.ForeignKey(Directive, verbose_name=_("thực hiện văn bản"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="activities")
    task = models.ForeignKey(Task, verbose_name=_("phục vụ nhiệm vụ"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="activities")
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-starts_on", "-id"]
        indexes = [
            # The indicator sources: one unit's activities of one kind in a window.
            models.Index(fields=["unit", "kind", "starts_on"], name="activity_unit_kind_idx"),
            models.Index(fields=["line_path", "starts_on"], name="activity_line_idx"),
            # Compliance: the dialogues / meetings of an area subtree in a year.
            models.Index(fields=["kind", "area_path", "starts_on"], name="activity_area_idx"),
        ]
        verbose_name = _("hoạt động")
        verbose_name_plural = _("hoạt động")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.title_folded = fold(self.title)
        if self.area_id and not self.area_path:
            self.area_path = self.area.path
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directives:activity_detail", args=[self.pk])


class Commitment(TimeStampedModel):
    """A commitment made in a dialogue (or a supervision's recommendation): a follow-up item."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="commitments")
    text = models.TextField(_("nội dung cam kết"))
    responsible = models.CharField(_("đơn vị, người thực hiện"), max_length=255, blank=True)
    deadline = models.DateField(_("thời hạn"))
    state = models.CharField(_("tình trạng"), max_length=10, choices=CommitmentState.choices,
                             default=CommitmentState.OPEN)
    closed_on = models.DateField(_("ngày kết thúc theo dõi"), null=True, blank=True)
    result = models.TextField(_("kết quả thực hiện"), blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "activity__line_path"

    class Meta:
        ordering = ["deadline", "id"]
        verbose_name = _("cam kết")
        verbose_name_plural = _("cam kết")

    def __str__(self) -> str:
        return self.text[:80]


class CalendarFeed(TimeStampedModel):
    """A user's secret iCalendar address; revoking it makes the address answer 404 for good."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="directive_feeds")
    token = models.CharField(max_length=64, unique=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # read by the feed view through selectors (by token) and by its owner

    audit_exclude = ("token",)

    class Meta:
        verbose_name = _("lịch iCalendar")
        verbose_name_plural = _("lịch iCalendar")
