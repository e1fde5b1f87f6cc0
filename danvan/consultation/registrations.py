"""What the consultation app contributes to the shared registries (called from ConsultationConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "consultation.consultation.create": _("Tạo đợt lấy ý kiến dự thảo"),
    "consultation.consultation.open": _("Mở lấy ý kiến dự thảo"),
    "consultation.consultation.close": _("Kết thúc lấy ý kiến dự thảo"),
    "consultation.consultation.synthesise": _("Hoàn thành tổng hợp ý kiến dự thảo"),
    "consultation.version.upload": _("Tải lên phiên bản mới của dự thảo"),
    "consultation.piece.propose": _("Ghi đề xuất tiếp thu cho phần dự thảo"),
    "consultation.piece.regroup": _("Nhóm lại ý kiến của phần dự thảo"),
    "consultation.piece.regroup_meaning": _("Hệ thống tự nhóm lại ý kiến theo nghĩa"),
    "consultation.vectors.backfill": _("Tính bù véc-tơ ngữ nghĩa cho ý kiến góp ý"),
    "consultation.comment.add": _("Nhập ý kiến góp ý"),
    "consultation.comment.submit_batch": _("Gửi ý kiến góp ý theo lô"),
    "consultation.comment.import": _("Nhập ý kiến góp ý từ Excel"),
    "consultation.import.queue": _("Tải lên tệp Excel ý kiến góp ý để nhập nền"),
    "consultation.comment.hide": _("Ẩn ý kiến góp ý (kiểm duyệt)"),
    "consultation.comment.unhide": _("Hiện lại ý kiến góp ý"),
    "consultation.comment.notable": _("Chọn ý kiến tiêu biểu"),
    "consultation.comment.move": _("Chuyển ý kiến sang nhóm khác"),
    "consultation.group.merge": _("Gộp nhóm ý kiến"),
    "consultation.group.split": _("Tách nhóm ý kiến"),
    "consultation.group.name": _("Đặt tên nhóm ý kiến"),
    "consultation.commentergroup.create": _("Thêm nhóm người góp ý"),
    "consultation.commentergroup.update": _("Sửa nhóm người góp ý"),
    "consultation.commentergroup.delete": _("Xóa nhóm người góp ý"),
}


def _consultation_document(c):
    return registry.SearchDocument(title=c.title, text=c.title, url=c.get_absolute_url(), line_path=c.line_path,
                                   day=c.opens_on)


def _comment_document(comment):
    if comment.hidden or not comment.text:
        return None
    from django.urls import reverse

    return registry.SearchDocument(title=f"Góp ý: {comment.text[:80]}", text=comment.text,
                                   url=reverse("consultation:detail", args=[comment.consultation_id]),
                                   line_path=comment.line_path, day=comment.created_at.date()
                                   if comment.created_at else None)


def register() -> None:
    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("consultation", _("Góp ý dự thảo"), "consultation:list", order=50,
                                                  namespace="consultation"))
    registry.search_documents.register(registry.SearchSource("consultation.consultation",
                                                             "consultation.Consultation", _consultation_document,
                                                             label=_("Dự thảo lấy ý kiến")))
    registry.search_documents.register(registry.SearchSource("consultation.comment", "consultation.Comment",
                                                             _comment_document, label=_("Ý kiến góp ý dự thảo")))
