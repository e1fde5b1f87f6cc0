from django.db import migrations, models
from django.db.models import Count, Q, Sum

# Until now notify_grouped had one caller, whose notices link to the review queue of one form and period; a
# notice that has added up (count > 1) was grouped too. These are the notices the new constraint covers.
GROUPED = Q(url__startswith="/bao-cao/duyet/?") | Q(count__gt=1)


def merge_unread_groups(apps, schema_editor):
    """Mark the notices notify_grouped wrote, then merge the unread ones of the same user and url that two
    reports arriving at once could create: the newest stays, with the counts added up."""
    Notification = apps.get_model("core", "Notification")
    Notification.objects.filter(GROUPED).update(grouped=True)
    unread = Notification.objects.filter(grouped=True, read_at__isnull=True)
    duplicated = (unread.values("user_id", "url").annotate(rows=Count("id"), total=Sum("count"))
                  .filter(rows__gt=1).order_by())
    for group in duplicated:
        rows = unread.filter(user_id=group["user_id"], url=group["url"])
        newest = rows.order_by("-created_at", "-id").values_list("id", flat=True)[0]
        rows.filter(id=newest).update(count=group["total"])
        rows.exclude(id=newest).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0003_notification_count'),
    ]

    operations = [
        migrations.AddField(
            model_name='notification',
            name='grouped',
            field=models.BooleanField(default=False, verbose_name='gộp'),
        ),
        migrations.RunPython(merge_unread_groups, migrations.RunPython.noop),
        # The unique index follows in 0005, in a transaction of its own: PostgreSQL refuses to index a table
        # with trigger events still pending from this migration's writes.
    ]
