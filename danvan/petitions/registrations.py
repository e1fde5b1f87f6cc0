"""What the petitions app contributes to the shared registries (called from PetitionsConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "petitions.petition.create": _("Tiếp nhận đơn thư"),
    "petitions.petition.accept": _("Thụ lý đơn thư"),
    "petitions.petition.reject": _("Không thụ lý đơn thư"),
    "petitions.petition.forward": _("Chuyển đơn thư"),
    "petitions.petition.extend": _("Gia hạn giải quyết đơn thư"),
    "petitions.petition.answer": _("Trả lời, giải quyết đơn thư"),
    "petitions.petition.close": _("Kết thúc đơn thư"),
    "petitions.petition.appeal": _("Khiếu nại lần hai"),
    "petitions.petition.note": _("Ghi chú vào diễn biến đơn thư"),
    "petitions.petition.unmark_duplicate": _("Bỏ đánh dấu đơn trùng"),
    "petitions.identity.read": _("Xem thông tin người tố cáo"),
    "petitions.tally.rebuild": _("Tính lại số liệu tổng hợp đơn thư"),
    "petitions.reception.create": _("Ghi buổi tiếp công dân"),
    "petitions.reminder.send": _("Nhắc hạn giải quyết đơn thư"),
    # The catalogues, edited in the admin (core.admin.AuditedModelAdmin).
    "petitions.deadlinerule.create": _("Thêm thời hạn giải quyết đơn"),
    "petitions.deadlinerule.update": _("Sửa thời hạn giải quyết đơn"),
    "petitions.deadlinerule.delete": _("Xóa thời hạn giải quyết đơn"),
    "petitions.remotearea.create": _("Thêm địa bàn vùng sâu, vùng xa"),
    "petitions.remotearea.update": _("Sửa địa bàn vùng sâu, vùng xa"),
    "petitions.remotearea.delete": _("Xóa địa bàn vùng sâu, vùng xa"),
    "petitions.receptionrule.create": _("Thêm quy định tiếp công dân định kỳ"),
    "petitions.receptionrule.update": _("Sửa quy định tiếp công dân định kỳ"),
    "petitions.receptionrule.delete": _("Xóa quy định tiếp công dân định kỳ"),
}


def _petition_document(petition):
    """Subject and content only: never a petitioner's name, phone, address or ID (a denouncer least of all)."""
    return registry.SearchDocument(
        title=f"{petition.code} — {petition.subject}", text=petition.content, url=petition.get_absolute_url(),
        line_path=petition.line_path, area_path=petition.area_path, public=False, day=petition.received_on,
        topics=tuple(petition.topics or ()))


def register() -> None:
    from django.db.models.signals import post_delete, post_save

    from danvan.core.models import Holiday
    from danvan.core.signals import unit_moved
    from danvan.petitions import desk, selectors, tallies
    from danvan.petitions.models import DeadlineRule, RemoteArea

    # The cached deadline rules, remote areas and holidays are dropped when an administrator saves or deletes one.
    for model in (DeadlineRule, RemoteArea, Holiday):
        for signal in (post_save, post_delete):
            signal.connect(selectors.forget_reference_data, sender=model,
                           dispatch_uid=f"petitions-reference-{model.__name__}-{id(signal)}")

    # The counters' roll-up per root follows a unit moved to another root (the unit rows follow it anyway).
    unit_moved.connect(tallies.follow_moved_unit, dispatch_uid="danvan.petitions.tally.follow_moved_unit")

    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("petitions", _("Đơn thư"), "petitions:petition_list", order=49,
                                                  namespace="petitions"))
    registry.indicator_sources.register(registry.IndicatorSource("DON_NHAN", selectors.petitions_received,
                                                                 app="petitions"))
    registry.indicator_sources.register(registry.IndicatorSource("DON_XONG", selectors.petitions_settled,
                                                                 app="petitions"))
    registry.search_documents.register(registry.SearchSource("petitions.petition", "petitions.Petition",
                                                             _petition_document, label=_("Đơn thư")))
    registry.desk_tiles.register(registry.DeskTile("petitions.deadlines", _("Đơn thư"), desk.petitions_tile, order=25))
