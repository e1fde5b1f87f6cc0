"""Petitions (đơn thư), their petitioners and timeline, the deadline rules, and citizen reception sessions.

The statutory deadlines, the remote-area list and the reception rule are data (seeded with the values of the
laws by a data migration, edited in the admin). A petition keeps its computed deadlines and its `due_on` (the
deadline of the step it waits for), so the overdue list is one indexed range: `due_on < today` under a
reporting-line prefix. Petitioners are rows of their own with their identity masked in the audit trail;
a denouncer's identity is read only through `services.read_petitioners`, which withholds and audits.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.models import TimeStampedModel, UnitOwnedModel, VersionedModel
from danvan.core.permissions import Action, ScopedQuerySet
from danvan.core.timeline import TimelineEvent
from danvan.petitions.choices import Channel, EventKind, Kind, ReceptionKind, Status, Step


class DeadlineRule(TimeStampedModel):
    """One statutory time limit: a kind's acceptance or resolution deadline, with its variants.

    `days` is None when the law sets no general deadline (recommendations: set per subject).
    """

    kind = models.CharField(_("loại đơn"), max_length=20, choices=Kind.choices)
    step = models.CharField(_("bước"), max_length=12, choices=Step.choices)
    days = models.PositiveSmallIntegerField(_("số ngày"), null=True, blank=True)
    working_days = models.BooleanField(_("tính theo ngày làm việc"), default=False)
    complex_days = models.PositiveSmallIntegerField(_("số ngày (vụ việc phức tạp)"), null=True, blank=True)
    remote_days = models.PositiveSmallIntegerField(_("số ngày (vùng sâu, vùng xa)"), null=True, blank=True)
    remote_complex_days = models.PositiveSmallIntegerField(_("số ngày (vùng sâu, vùng xa, phức tạp)"), null=True,
                                                           blank=True)
    max_extensions = models.PositiveSmallIntegerField(_("số lần gia hạn tối đa"), default=0)
    extension_days = models.PositiveSmallIntegerField(_("số ngày mỗi lần gia hạn"), default=0)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=300, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["kind", "step"]
        constraints = [models.UniqueConstraint(fields=["kind", "step"], name="petition_rule_kind_step_unique")]
        verbose_name = _("thời hạn giải quyết đơn")
        verbose_name_plural = _("thời hạn giải quyết đơn")

    def __str__(self) -> str:
        return f"{Kind(self.kind).label} — {Step(self.step).label}"


class RemoteArea(TimeStampedModel):
    """An area counted as remote or difficult (vùng sâu, vùng xa): its subtree gets the longer deadlines."""

    area = models.OneToOneField("org.Area", verbose_name=_("địa bàn"), on_delete=models.CASCADE, related_name="+")
    note = models.CharField(_("ghi chú"), max_length=200, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        verbose_name = _("địa bàn vùng sâu, vùng xa")
        verbose_name_plural = _("địa bàn vùng sâu, vùng xa")

    def __str__(self) -> str:
        return str(self.area)


class ReceptionRule(TimeStampedModel):
    """How often the head of a kind of unit must receive citizens (at least `sessions_per_month`)."""

    unit_kind = models.OneToOneField("org.UnitKind", verbose_name=_("loại tổ chức"), on_delete=models.CASCADE,
                                     related_name="+")
    sessions_per_month = models.PositiveSmallIntegerField(_("số buổi tối thiểu mỗi tháng"), default=1)
    host_position = models.CharField(_("chức vụ người tiếp"), max_length=120, default="Bí thư Đảng ủy")

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        verbose_name = _("quy định tiếp công dân định kỳ")
        verbose_name_plural = _("quy định tiếp công dân định kỳ")

    def __str__(self) -> str:
        return f"{self.unit_kind}: {self.sessions_per_month} buổi/tháng"


class ReceptionSession(UnitOwnedModel, TimeStampedModel):
    """A citizen reception session (buổi tiếp công dân) held by a unit."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="reception_sessions")
    held_on = models.DateField(_("ngày tiếp"))
    host_name = models.CharField(_("người chủ trì"), max_length=150)
    host_position = models.CharField(_("chức vụ"), max_length=150)
    kind = models.CharField(_("hình thức"), max_length=10, choices=ReceptionKind.choices, default=ReceptionKind.REGULAR)
    citizens_count = models.PositiveIntegerField(_("số lượt công dân"), default=0)
    note = models.TextField(_("ghi chú"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["line_path", "held_on"], name="petition_reception_line_idx")]
        verbose_name = _("buổi tiếp công dân")
        verbose_name_plural = _("buổi tiếp công dân")

    def __str__(self) -> str:
        return f"Tiếp công dân {self.held_on:%d/%m/%Y} — {self.host_name}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("petitions:reception_list") + f"?unit={self.unit_id}"


class Petition(UnitOwnedModel, VersionedModel):
    """A petition owned by the unit handling it (it moves with a forward to another unit of the system)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị xử lý"), on_delete=models.PROTECT,
                             related_name="petitions")
    received_by = models.ForeignKey("org.Unit", verbose_name=_("đơn vị tiếp nhận"), on_delete=models.PROTECT,
                                    related_name="+")
    code = models.CharField(_("mã tra cứu"), max_length=16, unique=True)
    kind = models.CharField(_("loại đơn"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("nguồn đơn"), max_length=12, choices=Channel.choices)
    area = models.ForeignKey("org.Area", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="+")
    area_path = models.CharField(max_length=255, editable=False, default="")
    received_on = models.DateField(_("ngày nhận"))
    people_count = models.PositiveIntegerField(_("số người đứng đơn"), default=1)
    subject = models.CharField(_("trích yếu"), max_length=300)
    content = models.TextField(_("nội dung"))
    content_folded = models.TextField(editable=False, default="")
    topics = models.JSONField(_("chủ đề"), default=list, blank=True)
    topic = models.CharField(_("chủ đề chính"), max_length=40, blank=True)  # the first topic, for the statistics
    remote_area = models.BooleanField(_("vùng sâu, vùng xa"), default=False)
    complex = models.BooleanField(_("vụ việc phức tạp"), default=False)
    reception = models.ForeignKey(ReceptionSession, verbose_name=_("buổi tiếp"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="petitions")
    # Lifecycle.
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.RECEIVED)
    acceptance_due = models.DateField(_("hạn thụ lý"))
    accepted_on = models.DateField(_("ngày thụ lý"), null=True, blank=True)
    resolution_due = models.DateField(_("hạn giải quyết"), null=True, blank=True)
    extensions = models.PositiveSmallIntegerField(_("số lần gia hạn"), default=0)
    # The deadline of the step the petition waits for; None once answered, rejected or closed.
    due_on = models.DateField(_("hạn bước hiện tại"), null=True, blank=True)
    reject_reason = models.TextField(_("lý do không thụ lý"), blank=True)
    rejected_on = models.DateField(_("ngày không thụ lý"), null=True, blank=True)
    forwarded_on = models.DateField(_("ngày chuyển"), null=True, blank=True)
    forwarded_to_body = models.CharField(_("chuyển đến cơ quan"), max_length=300, blank=True)
    answered_on = models.DateField(_("ngày trả lời"), null=True, blank=True)
    answered_late = models.BooleanField(_("trả lời quá hạn"), default=False)
    answer_days = models.PositiveIntegerField(_("số ngày đến khi trả lời"), null=True, blank=True)
    result = models.TextField(_("kết quả giải quyết"), blank=True)
    decision_number = models.CharField(_("số quyết định"), max_length=60, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    closed_on = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    first_instance = models.OneToOneField("self", verbose_name=_("đơn khiếu nại lần đầu"), null=True, blank=True,
                                          on_delete=models.PROTECT, related_name="second_instance")
    duplicate_of = models.ForeignKey("self", verbose_name=_("trùng với đơn"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="duplicates")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-received_on", "-id"]
        indexes = [
            # duplicate_of: "overdue now" in the statistics is counted on this index alone (stats.overdue_count).
            models.Index(fields=["line_path", "due_on", "duplicate_of"], name="petition_overdue_idx",
                         condition=models.Q(due_on__isnull=False)),
            models.Index(fields=["line_path", "received_on"], name="petition_received_idx"),
            models.Index(fields=["received_on", "kind", "channel", "topic"], name="petition_day_idx"),
            models.Index(fields=["received_by", "received_on"], name="petition_receiver_idx"),
            models.Index(fields=["line_path", "answered_on"], name="petition_answered_idx",
                         condition=models.Q(answered_on__isnull=False)),
        ]
        verbose_name = _("đơn thư")
        verbose_name_plural = _("đơn thư")

    def __str__(self) -> str:
        return f"{self.code} — {self.subject}"[:300]

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("petitions:petition_detail", args=[self.pk])


class TallyCounters(models.Model):
    """The counters of the statistics (abstract): what `PetitionTally` and its per-province roll-up sum."""

    topic = models.CharField(max_length=40, blank=True)
    half_month = models.DateField()  # its first day: the 1st or the 15th
    received = models.IntegerField(default=0)
    accepted = models.IntegerField(default=0)
    rejected = models.IntegerField(default=0)
    forwarded = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)
    answered_on_time = models.IntegerField(default=0)
    answer_days = models.IntegerField(default=0)
    k_complaint = models.IntegerField(default=0)
    k_complaint_second = models.IntegerField(default=0)
    k_denunciation = models.IntegerField(default=0)
    k_recommendation = models.IntegerField(default=0)
    k_reflection = models.IntegerField(default=0)
    c_reception = models.IntegerField(default=0)
    c_mail = models.IntegerField(default=0)
    c_portal = models.IntegerField(default=0)
    c_forwarded = models.IntegerField(default=0)
    c_phone = models.IntegerField(default=0)
    c_email = models.IntegerField(default=0)

    COUNTERS = ("received", "accepted", "rejected", "forwarded", "answered", "answered_on_time", "answer_days",
                *(f"k_{k}" for k in Kind.values), *(f"c_{c}" for c in Channel.values))

    class Meta:
        abstract = True


class PetitionTally(UnitOwnedModel, TallyCounters):
    """Counters of the statistics, kept by the services in the same transaction as each step: per owning unit ×
    area × main topic × half-month (the 1st–14th, the 15th–end: every reporting window — 15th to 14th by default,
    calendar months where a province uses them — is a union of these), how many petitions were received (by kind and channel too), accepted, rejected,
    forwarded and answered (on time; days to answer summed) — each in the half-month of its own date, duplicates
    left out, as `selectors.statistics` counted them from the petitions. A period of whole half-months sums these
    rows; "overdue now" stays a count on the petitions' `(line_path, due_on)` index. `danvan petition_tallies
    --rebuild` recomputes them from the petitions (audited)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    area_path = models.CharField(max_length=255, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "area_path", "topic", "half_month"],
                                               name="petition_tally_key")]
        indexes = [models.Index(fields=["half_month", "line_path"], name="petition_tally_month_idx")]
        verbose_name = _("số liệu tổng hợp đơn thư")


class PetitionTallyRoot(TallyCounters):
    """The same counters rolled up per root of the reporting line (a province's bloc: its `line_path` is the
    root's, "/12/") × province of the area (`area_path` cut after the province, "/VN/01/") × main topic ×
    half-month: a few thousand rows for the nation whatever the number of units and petitions, so the statistics
    of the nation, or of a province's root, sum them instead of every unit's rows. Kept by the same services in
    the same statement batch (`services.tally`), rebuilt with the unit rows, recomputed for the two roots
    concerned when a unit moves (`tallies.follow_moved_unit`). Not a unit-owned row: read only by
    `selectors.statistics`, through the same scope filter as the unit rows."""

    line_path = PathField(max_length=255, editable=False)
    area_path = models.CharField(max_length=255, default="")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"
    AREA_DEPTH = 2  # "/VN/01/": the country, then the province

    class Meta:
        constraints = [models.UniqueConstraint(fields=["line_path", "area_path", "topic", "half_month"],
                                               name="petition_tally_root_key")]
        verbose_name = _("số liệu tổng hợp đơn thư theo tỉnh")


class IdentityScopedQuerySet(ScopedQuerySet):
    """The denunciations whose confidential part `user` may read: viewing needs the reviewer or handler role on
    the handling unit itself (rules.IDENTITY_ROLES) — superusers and reviewers above included see nothing; other
    actions (attaching a file) are scoped as for any petition."""

    def for_user(self, user, action: str = Action.VIEW):
        from danvan.accounts.models import Membership
        from danvan.petitions.rules import IDENTITY_ROLES

        if action != Action.VIEW:
            return super().for_user(user, action).filter(kind=Kind.DENUNCIATION)
        denunciations = self.filter(kind=Kind.DENUNCIATION)
        if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
            return self.none()
        units = Membership.objects.unscoped().filter(user=user, role__in=IDENTITY_ROLES,
                                                     unit__closed_on__isnull=True).values("unit_id")
        return denunciations.filter(unit_id__in=units)


class ConfidentialPetition(Petition):
    """A denunciation seen as the owner of its files (core.Attachment): a denouncer's letter and evidence carry
    the identity the Law on Denunciations 2018 protects, so core's download view, which checks the owner with
    `for_user`, lets only those who may read that identity have them."""

    objects = IdentityScopedQuerySet.as_manager()  # type: ignore[misc]  # a narrower scope, same rows

    class Meta:
        proxy = True
        verbose_name = _("đơn tố cáo (tệp bảo mật)")
        verbose_name_plural = _("đơn tố cáo (tệp bảo mật)")


class Petitioner(models.Model):
    """A person who signed a petition. Identity never reaches the audit trail in clear."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="petitioners")
    name = models.CharField(_("họ và tên"), max_length=150)
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    id_number = models.CharField(_("số định danh"), max_length=20, blank=True)
    # Digits only, for the duplicate check and the public lookup (indexed, compared exactly).
    phone_key = models.CharField(max_length=20, blank=True, editable=False)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "petition__line_path"
    audit_mask = ("name", "address", "phone", "id_number", "phone_key")

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["id_number"], name="petitioner_id_number_idx"),
                   models.Index(fields=["phone_key"], name="petitioner_phone_idx")]
        verbose_name = _("người đứng đơn")
        verbose_name_plural = _("người đứng đơn")

    def __str__(self) -> str:
        return f"Người đứng đơn #{self.pk}"


class PetitionEvent(TimelineEvent):
    """One line of a petition's history (core.timeline): who, when, note, document."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("loại"), max_length=20, choices=EventKind.choices)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "petition__line_path"

    class Meta(TimelineEvent.Meta):
        verbose_name = _("diễn biến đơn thư")
        verbose_name_plural = _("diễn biến đơn thư")


class Reminder(models.Model):
    """A reminder sent: one per petition, deadline and step (3 working days before, on the day)."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="+")
    deadline = models.DateField()
    step = models.CharField(max_length=10)  # "before" | "due"
    sent_on = models.DateField()

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        constraints = [models.UniqueConstraint(fields=["petition", "deadline", "step"],
                                               name="petition_reminder_once")]


class StatusLookup(models.Model):
    """Public status lookups per client and minute: the rate limit of the no-login endpoint."""

    client = models.CharField(max_length=64)
    minute = models.DateTimeField()
    hits = models.PositiveIntegerField(default=0)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client", "minute"], name="petition_lookup_once")]
