"""The per-user secret iCalendar address of activities: issue a new one (revoking the old), revoke it."""

import secrets

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from danvan.core.audit import record_event, service
from danvan.directives.models import CalendarFeed


@service
def issue_feed(actor) -> CalendarFeed:
    """A new secret address for `actor`; any address issued before stops working."""
    if not getattr(actor, "pk", None):
        raise PermissionDenied("Cần đăng nhập.")
    revoked = CalendarFeed.objects.unscoped().filter(user=actor, revoked_at__isnull=True).update(
        revoked_at=timezone.now())
    feed = CalendarFeed.objects.create(user=actor, token=secrets.token_urlsafe(32))
    record_event(actor, "directives.feed.issue", feed, after={"feed": feed.pk, "revoked": revoked})
    return feed


@service
def revoke_feed(actor) -> int:
    """Revoke `actor`'s addresses: they answer 404 from now on."""
    if not getattr(actor, "pk", None):
        raise PermissionDenied("Cần đăng nhập.")
    revoked = CalendarFeed.objects.unscoped().filter(user=actor, revoked_at__isnull=True).update(
        revoked_at=timezone.now())
    record_event(actor, "directives.feed.revoke", actor, after={"revoked": revoked})
    return revoked
