"""What the public portal contributes to the shared registries (called from PortalConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS: dict = {
    "portal.article.create": _("Viết tin bài"),
    "portal.article.update": _("Sửa tin bài"),
    "portal.article.submit": _("Gửi duyệt tin bài"),
    "portal.article.return": _("Trả lại tin bài"),
    "portal.article.publish": _("Đăng tin bài lên cổng thông tin"),
    "portal.article.unpublish": _("Gỡ tin bài khỏi cổng thông tin"),
    "portal.article.reopen": _("Đưa tin bài đã gỡ về bản nháp"),
    # Moderation of what citizens send (citizen/services.py).
    "portal.moderation.hold": _("Giữ lại ý kiến/kiến nghị từ cổng thông tin để kiểm duyệt"),
    "portal.moderation.release": _("Cho đăng/tiếp nhận ý kiến từ cổng thông tin"),
    "portal.moderation.hide": _("Ẩn ý kiến/kiến nghị từ cổng thông tin"),
}


def _remember_public(sender, instance, **kwargs) -> None:
    instance._portal_was_public = instance.__dict__.get("is_public", False)  # never loads a deferred field


def _movement_changed(sender, instance, **kwargs) -> None:
    """A public model changed, or a model became public or private: the cached public pages are stale.

    movement sits above the portal and cannot call caching.content_changed() itself (a recognition or an edit
    saves the model too); its services save inside their transaction, and the bump waits for the commit.
    """
    from danvan.portal import caching

    if instance.__dict__.get("is_public") or getattr(instance, "_portal_was_public", False):
        caching.content_changed()
    instance._portal_was_public = instance.__dict__.get("is_public", False)


def _consultation_public(instance) -> bool:
    from danvan.consultation.choices import Audience
    from danvan.consultation.models import PUBLIC_STATES

    return instance.__dict__.get("audience") == Audience.PUBLIC and instance.__dict__.get("status") in PUBLIC_STATES


def _remember_consultation(sender, instance, **kwargs) -> None:
    instance._portal_was_public = _consultation_public(instance)


def _consultation_changed(sender, instance, **kwargs) -> None:
    """A public draft was opened, closed, synthesised, renamed, or left the public: the cached citizen pages
    (the list of drafts, a draft and its pieces, their public results) are stale. Consultation sits below the
    portal's citizen pages and does not know them; its services save inside their transaction, and the bump
    waits for the commit. (Its comments never bump: an open draft's comments are never shown.)"""
    from danvan.portal import caching

    if _consultation_public(instance) or getattr(instance, "_portal_was_public", False):
        caching.content_changed()
    instance._portal_was_public = _consultation_public(instance)


def _synthesis_changed(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    """What a synthesised public draft shows changed after its synthesis: a comment hidden, shown again or
    chosen as notable, a piece's proposal. A new comment (the portal's hot path) never gets here."""
    watched = {"hidden", "notable"} if sender.__name__ == "Comment" else {"proposal"}
    if created or (update_fields is not None and not watched & set(update_fields)):
        return
    from danvan.consultation.choices import Audience, Status
    from danvan.consultation.models import Consultation
    from danvan.portal import caching

    if Consultation.objects.unscoped().filter(pk=instance.consultation_id, audience=Audience.PUBLIC,
                                              status=Status.SYNTHESISED).exists():
        caching.content_changed()


def _may_moderate_some(user) -> bool:
    """Staff who may report for some unit (the moderation queue's rule, citizen/rules.may_moderate)."""
    from danvan.core.permissions import Action

    return user.is_superuser or bool(user.scope_for(Action.REPORT).prefixes)


def _held_count(request) -> int | None:
    """What waits in the user's moderation queue (counted only when the bar is printed); nothing shown at 0."""
    from danvan.portal.citizen.selectors import moderation_queue

    return moderation_queue(request.user).count() or None


def register() -> None:
    from django.db.models.signals import post_init, post_save

    from danvan.movement.models import MovementModel

    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("portal", _("Cổng thông tin"), "portal:staff_articles",
                                                  order=65, namespace="portal"))
    registry.navigation.register(registry.NavItem("portal_moderation", _("Kiểm duyệt"), "portal:moderation_list",
                                                  order=66, visible=_may_moderate_some, badge=_held_count))
    # "/" for an anonymous visitor is the portal's home page (core.views.home asks the registry).
    from danvan.portal import views

    registry.public_home.set(views.home)
    post_init.connect(_remember_public, sender=MovementModel, dispatch_uid="portal.movement_model_loaded")
    post_save.connect(_movement_changed, sender=MovementModel, dispatch_uid="portal.movement_model_changed")
    from danvan.consultation.models import Comment, Consultation, Piece

    post_init.connect(_remember_consultation, sender=Consultation, dispatch_uid="portal.consultation_loaded")
    post_save.connect(_consultation_changed, sender=Consultation, dispatch_uid="portal.consultation_changed")
    post_save.connect(_synthesis_changed, sender=Comment, dispatch_uid="portal.synthesis_comment_changed")
    post_save.connect(_synthesis_changed, sender=Piece, dispatch_uid="portal.synthesis_piece_changed")
