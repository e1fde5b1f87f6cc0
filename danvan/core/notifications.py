"""Notifications: written by services in their transaction, e-mailed by a task after commit."""

import functools

from django.conf import settings
from django.db import connection, transaction
from django.tasks import task
from django.utils import timezone

from danvan.core.models import Notification

UNREAD_GROUP = "notification_one_unread_group"  # the partial unique index notify_grouped upserts into
GROUPED_BATCH = 500  # rows per upsert, well within the databases' limits on bound parameters


def notify(users, message: str, url: str = "") -> list[Notification]:
    """Queue an in-app notice for each user (deduplicated); e-mail follows on commit when configured."""
    return notify_many([(users, message, url)])


def notify_many(notices) -> list[Notification]:
    """`notify` for several (users, message, url) notices with one insert."""
    rows, mails = [], []
    for users, message, url in notices:
        unique = {u.pk: u for u in users if u is not None and u.is_active}
        rows += [Notification(user=u, message=message[:500], url=url[:300]) for u in unique.values()]
        mails.append(([u.email for u in unique.values() if u.email], message, url))
    created = Notification.objects.bulk_create(rows) if rows else []
    _mail_on_commit(mails)
    return created


def notify_grouped(users, message: str, url: str) -> None:
    """A notice that adds up while unread: a user who already has an unread notice with this `url` gets it
    updated (count + 1, the latest message, moved to the top) instead of a new one; the others get a new
    notice (and its e-mail). For events that come in bursts, such as the reports of a whole province
    arriving for review: one line "… (và 57 báo cáo khác)" instead of 58.

    One `INSERT … ON CONFLICT DO UPDATE` on the partial unique index of unread grouped notices, so that two
    reports arriving at the same instant still leave one unread notice (a check-then-write could make two).
    Only notices written here are grouped: a plain `notify` with the same url stays a notice of its own."""
    unique = {u.pk: u for u in users if u is not None and u.is_active}
    if not unique:
        return
    table, condition = Notification._meta.db_table, _unread_group_condition()
    now = Notification._meta.get_field("created_at").get_db_prep_save(timezone.now(), connection)
    rows = [(pk, message[:500], url[:300], now) for pk in sorted(unique)]  # one lock order: no deadlock
    created = []
    with connection.cursor() as cursor:
        for i in range(0, len(rows), GROUPED_BATCH):
            chunk = rows[i:i + GROUPED_BATCH]
            cursor.execute(
                f"INSERT INTO {table} (user_id, message, url, created_at, count, grouped) VALUES "  # noqa: S608
                + ", ".join(["(%s, %s, %s, %s, 1, TRUE)"] * len(chunk))
                + f" ON CONFLICT (user_id, url) WHERE {condition} DO UPDATE SET count = {table}.count + 1, "
                "message = excluded.message, created_at = excluded.created_at RETURNING user_id, count",
                [v for row in chunk for v in row])
            created += [pk for pk, count in cursor.fetchall() if count == 1]  # 1: inserted, not added to
    _mail_on_commit([([unique[pk].email for pk in created if unique[pk].email], message, url)])


def _unread_group_condition() -> str:
    """The WHERE of the unique index on unread grouped notices, compiled as its migration compiled it: SQLite
    takes a partial index as an upsert's conflict target only when the upsert repeats the index's WHERE.
    (Django compiles it with a private method of the constraint; tests on both databases cover it.)"""
    return _condition_sql(connection.vendor)


@functools.cache
def _condition_sql(vendor: str) -> str:  # once per database kind, not a schema editor per notice
    constraint = next(c for c in Notification._meta.constraints if c.name == UNREAD_GROUP)
    return constraint._get_condition_sql(Notification, connection.schema_editor())


def _mail_on_commit(mails) -> None:
    if not settings.MAILERS.get("default", {}).get("BACKEND", "").endswith("smtp.EmailBackend"):
        return
    for recipients, message, url in mails:
        if recipients:
            transaction.on_commit(lambda r=recipients, m=message, u=url: send_notification_email.enqueue(r, m, u))


@task()
def send_notification_email(recipients: list[str], message: str, url: str) -> int:
    from django.core.mail import send_mail

    body = message + (f"\n\n{url}" if url else "")
    return send_mail("[danvan] " + message[:80], body, None, recipients, fail_silently=True)
