"""What `reporting` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "reporting.submission.create": _("Tạo bản nháp báo cáo"),
    "reporting.submission.update": _("Cập nhật số liệu báo cáo"),
    "reporting.submission.submit": _("Nộp báo cáo"),
    "reporting.submission.approve": _("Duyệt báo cáo"),
    "reporting.submission.bulk_approve": _("Duyệt nhiều báo cáo"),
    "reporting.submission.return": _("Trả lại báo cáo"),
    "reporting.submission.unapprove": _("Hủy duyệt báo cáo"),
    "reporting.submission.delete_draft": _("Xóa bản nháp báo cáo"),
    "reporting.submission.backdate": _("Sửa thời điểm nộp, duyệt báo cáo"),
    "reporting.demo.read_history_notices": _("Đánh dấu đã đọc thông báo cũ (dữ liệu mẫu)"),
    "reporting.excel.queue": _("Tải lên tệp Excel chờ nhập"),
    "reporting.word_import.queue": _("Tải lên văn bản báo cáo chờ đọc"),
    "reporting.excel.import": _("Nhập số liệu từ Excel"),
    "reporting.reminders.send": _("Gửi lời nhắc nộp báo cáo"),
    "reporting.reminders.remind_units": _("Nhắc các tổ chức chưa nộp báo cáo"),
    "reporting.submission.refresh_sourced": _("Cập nhật số liệu lấy từ dữ liệu"),
    "reporting.rollup.rebuild": _("Tính lại bảng tổng hợp số liệu"),
    "reporting.synthesis.create": _("Lập báo cáo tổng hợp"),
    "reporting.synthesis.refresh": _("Tổng hợp lại số liệu báo cáo tổng hợp"),
    "reporting.synthesis.update": _("Sửa báo cáo tổng hợp"),
    "reporting.indicator.create": _("Thêm chỉ tiêu"),
    "reporting.indicator.update": _("Sửa chỉ tiêu"),
    "reporting.indicator.delete": _("Xóa chỉ tiêu"),
    "reporting.reportform.create": _("Thêm biểu mẫu báo cáo"),
    "reporting.reportform.update": _("Sửa biểu mẫu báo cáo"),
    "reporting.reportform.delete": _("Xóa biểu mẫu báo cáo"),
    "reporting.formindicator.create": _("Thêm chỉ tiêu vào biểu mẫu"),
    "reporting.formindicator.update": _("Sửa chỉ tiêu của biểu mẫu"),
    "reporting.formindicator.delete": _("Bỏ chỉ tiêu khỏi biểu mẫu"),
    "reporting.formsection.create": _("Thêm mục vào biểu mẫu"),
    "reporting.formsection.update": _("Sửa mục của biểu mẫu"),
    "reporting.formsection.delete": _("Bỏ mục khỏi biểu mẫu"),
    "reporting.holiday.create": _("Thêm ngày nghỉ lễ"),
    "reporting.holiday.update": _("Sửa ngày nghỉ lễ"),
    "reporting.holiday.delete": _("Xóa ngày nghỉ lễ"),
}

NAVIGATION = (
    registry.NavItem("reports", _("Báo cáo"), "reporting:submission_list", order=40, namespace="reporting"),
    registry.NavItem("rollup", _("Tổng hợp"), "reporting:rollup", order=60),
)


def section_document(section) -> registry.SearchDocument | None:
    """A narrative section of a report, found under its report (scoped like the report, by its unit's line)."""
    from django.urls import reverse

    if not section.text.strip():
        return None
    submission = section.submission
    return registry.SearchDocument(
        title=f"{submission.form.name} {submission.period} — {submission.unit.name}", text=section.text,
        url=reverse("reporting:submission_detail", args=[submission.pk]), line_path=submission.line_path,
        day=submission.period_end)


def awaiting_panel(request) -> dict | None:
    """The home page's "Báo cáo" block: what awaits the user (hidden for an account that may neither report nor
    review, which has nothing to do here)."""
    from danvan.core.permissions import Action
    from danvan.reporting.selectors.submissions import awaiting_user

    user = request.user
    if user.scope_for(Action.REPORT).is_empty and user.scope_for(Action.REVIEW).is_empty:
        return None
    return awaiting_user(user)


def register() -> None:
    """Fill the registries with this app's audit labels, navigation items, home panel and searchable records."""
    registry.audit_labels.register_many(AUDIT_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
    registry.home_panels.register(registry.HomePanel("reports_awaiting", _("Báo cáo đang chờ bạn"),
                                                     "reporting/_home_awaiting_panel.html", awaiting_panel, order=20))
    registry.search_documents.register(registry.SearchSource("reporting.narrative", "reporting.SubmissionSection",
                                                             section_document, label=_("Báo cáo (phần nội dung)")))
