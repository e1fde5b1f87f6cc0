"""What the movement app contributes to the shared registries (called from MovementConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "movement.model.register": _("Đăng ký mô hình Dân vận khéo"),
    "movement.model.update": _("Sửa mô hình Dân vận khéo"),
    "movement.model.launch": _("Triển khai mô hình"),
    "movement.model.evaluate": _("Đánh giá mô hình"),
    "movement.model.recognise": _("Khen thưởng, công nhận mô hình"),
    "movement.model.replicate": _("Nhân rộng mô hình"),
    "movement.model.stop": _("Dừng mô hình"),
    "movement.model.publish": _("Công khai mô hình"),
    "movement.model.unpublish": _("Thôi công khai mô hình"),
    "movement.model.import": _("Nhập danh sách mô hình từ Excel"),
    "movement.import.queue": _("Tải lên tệp Excel mô hình (nhập nền)"),
    # The catalogues, edited in the admin (core.admin.AuditedModelAdmin).
    "movement.field.create": _("Thêm lĩnh vực Dân vận khéo"),
    "movement.field.update": _("Sửa lĩnh vực Dân vận khéo"),
    "movement.field.delete": _("Xóa lĩnh vực Dân vận khéo"),
    "movement.criterion.create": _("Thêm tiêu chí đánh giá mô hình"),
    "movement.criterion.update": _("Sửa tiêu chí đánh giá mô hình"),
    "movement.criterion.delete": _("Xóa tiêu chí đánh giá mô hình"),
}


def _model_document(model):
    from danvan.movement.choices import Status

    if model.status == Status.STOPPED:
        return None
    text = " ".join(filter(None, [model.situation, model.goals, model.content, model.outputs]))
    return registry.SearchDocument(
        title=model.name, text=text, url=model.get_absolute_url(), line_path=model.line_path,
        public=model.is_public, day=model.registered_on)


def register() -> None:
    from danvan.movement import selectors

    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("movement", _("Dân vận khéo"), "movement:model_list", order=46,
                                                  namespace="movement"))
    registry.indicator_sources.register(registry.IndicatorSource("DVK_TONG", selectors.models_in_operation,
                                                                 app="movement"))
    registry.indicator_sources.register(registry.IndicatorSource("DVK_MOI", selectors.models_registered,
                                                                 app="movement"))
    registry.search_documents.register(registry.SearchSource("movement.model", "movement.MovementModel",
                                                             _model_document, label=_("Mô hình Dân vận khéo")))
