"""What the directives app contributes to the shared registries (called from DirectivesConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "directives.directive.record": _("Ghi nhận văn bản chỉ đạo"),
    "directives.directive.replace": _("Đánh dấu văn bản được thay thế"),
    "directives.directive.update": _("Sửa văn bản chỉ đạo"),
    "directives.task.create": _("Giao nhiệm vụ trọng tâm"),
    "directives.task.progress": _("Báo cáo tiến độ nhiệm vụ"),
    "directives.task.update": _("Sửa nhiệm vụ trọng tâm"),
    "directives.task.withdraw_progress": _("Rút báo cáo tiến độ nhiệm vụ"),
    "directives.activity.record": _("Ghi nhận hoạt động"),
    "directives.activity.update": _("Sửa hoạt động"),
    "directives.commitment.add": _("Ghi nhận cam kết sau đối thoại"),
    "directives.commitment.close": _("Kết thúc theo dõi cam kết"),
    "directives.feed.issue": _("Tạo địa chỉ lịch iCalendar"),
    "directives.feed.revoke": _("Thu hồi địa chỉ lịch iCalendar"),
    # The catalogue of activity kinds, edited in the admin (core.admin.AuditedModelAdmin).
    "directives.activitykind.create": _("Thêm loại hoạt động"),
    "directives.activitykind.update": _("Sửa loại hoạt động"),
    "directives.activitykind.delete": _("Xóa loại hoạt động"),
}


def _directive_document(d):
    return registry.SearchDocument(title=str(d), text=f"{d.subject} {d.issuer_name}", url=d.get_absolute_url(),
                                   line_path=d.line_path, day=d.issued_on)


def _task_document(t):
    return registry.SearchDocument(title=t.title, text=t.description, url=t.get_absolute_url(),
                                   line_path=t.line_path, day=t.deadline)


def _activity_document(a):
    text = " ".join(filter(None, [a.content, a.outcome, *map(str, a.details.values())]))
    return registry.SearchDocument(title=a.title, text=text, url=a.get_absolute_url(), line_path=a.line_path,
                                   area_path=a.area_path, day=a.starts_on)


def register() -> None:
    from danvan.directives import desk
    from danvan.directives.selectors import activities

    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("directives", _("Chỉ đạo"), "directives:directive_list", order=47,
                                                  namespace="directives"))
    registry.navigation.register(registry.NavItem("activities", _("Hoạt động"), "directives:activity_list",
                                                  order=48))
    for code, compute in activities.SOURCES.items():
        registry.indicator_sources.register(registry.IndicatorSource(code, compute, app="directives"))
    registry.search_documents.register(registry.SearchSource("directives.directive", "directives.Directive",
                                                             _directive_document, label=_("Văn bản chỉ đạo")))
    registry.search_documents.register(registry.SearchSource("directives.task", "directives.Task", _task_document,
                                                             label=_("Nhiệm vụ trọng tâm")))
    registry.search_documents.register(registry.SearchSource("directives.activity", "directives.Activity",
                                                             _activity_document, label=_("Hoạt động")))
    registry.desk_tiles.register(registry.DeskTile("directives.tasks", _("Nhiệm vụ trọng tâm"), desk.tasks_tile, order=30))
