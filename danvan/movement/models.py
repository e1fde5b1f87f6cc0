"""Dân vận khéo models and exemplars, their evaluations, commendations and timeline.

The catalogues (fields, evaluation criteria) are data, seeded by a data migration and edited in the admin.
A model's lifecycle dates (`launched_on`, `stopped_on`) are kept on the row, so the counts of any past
period ("in operation at the end of March") are date comparisons on one table, not a replay of events.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.importjobs import ImportJobBase
from danvan.core.models import CatalogueEntry, TimeStampedModel, UnitOwnedModel, VersionedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.core.text import fold
from danvan.core.timeline import TimelineEvent
from danvan.movement.choices import EventKind, Kind, Level, Status


class Field(CatalogueEntry):
    """A field models are grouped in (lĩnh vực): kinh tế, văn hóa – xã hội, …"""

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")


class Criterion(CatalogueEntry):
    """An evaluation criterion a model is scored against (0 to `max_score`)."""

    name = models.CharField(_("tên"), max_length=300)
    max_score = models.PositiveSmallIntegerField(_("điểm tối đa"), default=10)

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("tiêu chí đánh giá")
        verbose_name_plural = _("tiêu chí đánh giá")


class MovementModel(UnitOwnedModel, VersionedModel):
    """A model or an exemplar (mô hình, điển hình) registered by a unit."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị đăng ký"), on_delete=models.PROTECT,
                             related_name="movement_models")
    # The registering unit's kind, copied at registration: the statistics split by it in the same table scan.
    unit_kind = models.ForeignKey("org.UnitKind", verbose_name=_("loại tổ chức đăng ký"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+", db_index=False, editable=False)
    kind = models.CharField(_("loại"), max_length=24, choices=Kind.choices, default=Kind.MODEL)
    name = models.CharField(_("tên"), max_length=300)
    name_folded = models.CharField(max_length=300, editable=False)
    field = models.ForeignKey(Field, verbose_name=_("lĩnh vực"), on_delete=models.PROTECT, related_name="models")
    areas = models.ManyToManyField("org.Area", verbose_name=_("địa bàn"), related_name="movement_models", blank=True)
    organisations = models.ManyToManyField("org.Unit", verbose_name=_("tổ chức thực hiện"), blank=True,
                                           related_name="movement_models_carried")
    registered_on = models.DateField(_("ngày đăng ký"))
    # The registration content (đăng ký mô hình), as the domain page lists it.
    situation = models.TextField(_("thực trạng, sự cần thiết"), blank=True)
    goals = models.TextField(_("mục tiêu, tiêu chí"), blank=True)
    content = models.TextField(_("nội dung, cách làm"), blank=True)
    target_group = models.TextField(_("đối tượng"), blank=True)
    participants = models.TextField(_("lực lượng thực hiện, vai trò"), blank=True)
    resources = models.TextField(_("nguồn lực"), blank=True)
    starts_on = models.DateField(_("thời gian bắt đầu"), null=True, blank=True)
    ends_on = models.DateField(_("thời gian kết thúc"), null=True, blank=True)
    outputs = models.TextField(_("kết quả dự kiến"), blank=True)
    sustainability = models.TextField(_("khả năng duy trì, nhân rộng"), blank=True)
    # Lifecycle.
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.REGISTERED)
    launched_on = models.DateField(_("ngày triển khai"), null=True, blank=True)
    commitments = models.TextField(_("cam kết"), blank=True)
    stopped_on = models.DateField(_("ngày dừng"), null=True, blank=True)
    stop_reason = models.TextField(_("lý do dừng"), blank=True)
    origin = models.ForeignKey("self", verbose_name=_("nhân rộng từ"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="replications")
    # Marked by a reviewer above the unit: the portal may show it; nothing else leaves the scope.
    is_public = models.BooleanField(_("công khai"), default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    # The models a reviewer made public: anyone may view them (the portal shows only their public fields,
    # portal.selectors.MODEL_PUBLIC_FIELDS); every other action stays in the unit's line.
    scope_published = models.Q(is_public=True)

    class Meta:
        ordering = ["-registered_on", "-id"]
        indexes = [
            # Covers the statistics' columns: a province's figures never read the table itself.
            models.Index(fields=["line_path", "registered_on", "stopped_on", "status", "field", "unit_kind", "origin"],
                         name="movement_model_line_idx"),
            models.Index(fields=["unit", "registered_on"], name="movement_model_unit_idx"),
            # The nation's figures (no line to start from): the models existing at the end grouped by field,
            # kind and status read only this index, in its order; the period's registrations are a range.
            models.Index(fields=["field", "unit_kind", "status", "registered_on", "stopped_on"],
                         name="movement_model_group_idx"),
            models.Index(fields=["registered_on", "origin"], name="movement_model_new_idx"),
        ]
        verbose_name = _("mô hình, điển hình")
        verbose_name_plural = _("mô hình, điển hình")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_folded = fold(self.name)
        if self.unit_kind_id is None and self.unit_id:
            self.unit_kind_id = self.unit.kind_id
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("movement:model_detail", args=[self.pk])


Model = MovementModel  # the name the API and the UI use (mô hình)


class Evaluation(TimeStampedModel):
    """A periodic evaluation: scores against the criteria (possibly none), effective or not, evidence."""

    model = models.ForeignKey(MovementModel, on_delete=models.CASCADE, related_name="evaluations")
    period = models.CharField(_("kỳ đánh giá"), max_length=20)
    scores = models.JSONField(_("điểm"), default=dict, blank=True)  # {criterion code: number}
    effective = models.BooleanField(_("hiệu quả"))
    evidence = models.TextField(_("minh chứng"), blank=True)
    evaluated_on = models.DateField(_("ngày đánh giá"))
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    evaluator_name = models.CharField(_("người đánh giá"), max_length=150, blank=True)
    # The model's line, copied (kept in step by signals.py): a subtree's evaluations are an index range.
    line_path = PathField(max_length=255, default="", editable=False)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "model__line_path"

    class Meta:
        ordering = ["evaluated_on", "id"]
        indexes = [models.Index(fields=["evaluated_on", "effective", "model"], name="movement_eval_day_idx"),
                   models.Index(fields=["model", "evaluated_on", "effective"], name="movement_eval_model_idx"),
                   models.Index(fields=["line_path", "evaluated_on", "effective", "model"],
                                name="movement_eval_line_idx")]
        verbose_name = _("đánh giá")
        verbose_name_plural = _("đánh giá")

    def __str__(self) -> str:
        return f"{self.model} — {self.period}"


class Recognition(TimeStampedModel):
    """A commendation (khen thưởng, công nhận): decision number and date, issuing body, level, form."""

    model = models.ForeignKey(MovementModel, on_delete=models.CASCADE, related_name="recognitions")
    decision_number = models.CharField(_("số quyết định"), max_length=60)
    decision_date = models.DateField(_("ngày quyết định"))
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices)
    form = models.CharField(_("hình thức"), max_length=120)  # Bằng khen, Giấy khen, …
    line_path = PathField(max_length=255, default="", editable=False)  # the model's, copied (as evaluations)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "model__line_path"
    # A public model's recognitions are public with it (the portal's model page lists them).
    scope_published = models.Q(model__is_public=True)

    class Meta:
        ordering = ["decision_date", "id"]
        indexes = [models.Index(fields=["decision_date", "level", "model"], name="movement_recog_day_idx"),
                   models.Index(fields=["model", "decision_date", "level"], name="movement_recog_model_idx"),
                   models.Index(fields=["line_path", "decision_date", "level", "model"],
                                name="movement_recog_line_idx")]
        verbose_name = _("khen thưởng")
        verbose_name_plural = _("khen thưởng")

    def __str__(self) -> str:
        return f"{self.form} — {self.decision_number}"


class ModelEvent(TimelineEvent):
    """One line of a model's history (core.timeline)."""

    model = models.ForeignKey(MovementModel, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("loại"), max_length=20, choices=EventKind.choices)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "model__line_path"

    class Meta(TimelineEvent.Meta):
        verbose_name = _("diễn biến mô hình")
        verbose_name_plural = _("diễn biến mô hình")


class ImportJob(ImportJobBase):
    """One Excel upload of models for a unit: the file, where its checking and import stand, what came of it.

    Read only through `movement.importing.selectors`: a user sees their own jobs only.
    """

    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), on_delete=models.CASCADE, related_name="+")

    class Meta(ImportJobBase.Meta):
        indexes = [models.Index(fields=["user", "-created_at"], name="movement_import_user_idx")]
        verbose_name = _("lượt nhập Excel mô hình")
        verbose_name_plural = _("lượt nhập Excel mô hình")
