from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0004_notification_grouped'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='notification',
            constraint=models.UniqueConstraint(condition=models.Q(('grouped', True), ('read_at__isnull', True)), fields=('user', 'url'), name='notification_one_unread_group'),
        ),
    ]
