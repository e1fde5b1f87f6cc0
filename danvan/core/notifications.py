"""Notifications: written by services in their transaction, e-mailed by a task after commit."""

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.tasks import task
from django.utils import timezone

from danvan.core.models import Notification


def notify(users, message: str, url: str = "") -> list[Notification]:
    """Queue an in-app notice for each user (deduplicated); e-mail follows on commit when configured."""
    return notify_many([(users, message, url)])


def notify_many(notices) -> list[Notification]:
    """`notify` for several (users, message, url) notices with one insert."""
    rows, mails = [], []
    for users, message, url in notices:
        unique = {u.pk: u for u in users if u is not None and u.is_active}
        rows += [Notification(user=u, message=message[:500], url=url[:300]) for u in unique.values()]
        recipients = [u.email for u in unique.values() if u.email]
        if recipients:
            mails.append((recipients, message, url))
    created = Notification.objects.bulk_create(rows) if rows else []
    if mails and settings.MAILERS.get("default", {}).get("BACKEND", "").endswith("smtp.EmailBackend"):
        for recipients, message, url in mails:
            transaction.on_commit(lambda r=recipients, m=message, u=url: send_notification_email.enqueue(r, m, u))
    return created


def notify_grouped(users, message: str, url: str) -> None:
    """A notice that adds up while unread: a user who already has an unread notice with this `url` gets it
    updated (count + 1, the latest message, moved to the top) instead of a new one; the others get a new
    notice (and its e-mail). For events that come in bursts, such as the reports of a whole province
    arriving for review: one line "… (và 57 báo cáo khác)" instead of 58."""
    unique = {u.pk: u for u in users if u is not None and u.is_active}
    if not unique:
        return
    unread = Notification.objects.filter(user_id__in=list(unique), url=url[:300], read_at__isnull=True)
    have = set(unread.values_list("user_id", flat=True))
    if have:
        unread.filter(user_id__in=list(have)).update(count=F("count") + 1, message=message[:500],
                                                      created_at=timezone.now())
    notify_many([([u for pk, u in unique.items() if pk not in have], message, url)])


@task()
def send_notification_email(recipients: list[str], message: str, url: str) -> int:
    from django.core.mail import send_mail

    body = message + (f"\n\n{url}" if url else "")
    return send_mail("[danvan] " + message[:80], body, None, recipients, fail_silently=True)
