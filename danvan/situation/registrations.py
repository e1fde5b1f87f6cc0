"""What the situation app contributes to the shared registries (called once from SituationConfig.ready)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "situation.counters.rebuild": _("Tính lại bộ đếm cảnh báo sớm"),
    "situation.note.create": _("Ghi tin tình hình nhân dân"),
    "situation.incident.create": _("Ghi vụ việc phức tạp"),
    "situation.incident.event": _("Cập nhật diễn biến vụ việc"),
    "situation.incident.escalate": _("Báo cáo vụ việc lên cấp trên"),
    "situation.incident.escalate_overdue": _("Rà soát vụ việc kéo dài"),
    "situation.warning.dismiss": _("Bỏ qua cảnh báo sớm"),
    "situation.report.draft": _("Soạn báo cáo tình hình nhân dân tháng"),
    "situation.rule.set": _("Đặt quy tắc báo cáo vượt cấp riêng của tỉnh"),
    "situation.rule.reset": _("Trở về quy tắc báo cáo vượt cấp mặc định"),
    "situation.escalationrule.create": _("Thêm quy tắc báo cáo vượt cấp"),
    "situation.escalationrule.update": _("Sửa quy tắc báo cáo vượt cấp"),
    "situation.escalationrule.delete": _("Xóa quy tắc báo cáo vượt cấp"),
}


def note_document(note) -> registry.SearchDocument:
    # The confidential source is never indexed: search results are read by people who may not read it.
    return registry.SearchDocument(
        title=f"Tin {note.observed_on:%d/%m/%Y} — {note.commune.name}", text=note.text,
        url=reverse("situation:note_detail", args=[note.pk]), line_path=note.line_path,
        area_path=note.area.path, day=note.observed_on, topics=tuple(note.topics))


def incident_document(incident) -> registry.SearchDocument:
    return registry.SearchDocument(
        title=incident.title, text=incident.description, url=reverse("situation:incident_detail", args=[incident.pk]),
        line_path=incident.line_path, day=incident.started_on, topics=tuple(incident.topics))


def register() -> None:
    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("situation", _("Tình hình"), "situation:home", order=45,
                                                  namespace="situation"))
    registry.search_documents.register(registry.SearchSource("situation.note", "situation.SituationNote",
                                                             note_document, label=_("Tin tình hình")))
    registry.search_documents.register(registry.SearchSource("situation.incident", "situation.Incident",
                                                             incident_document, label=_("Vụ việc phức tạp")))
