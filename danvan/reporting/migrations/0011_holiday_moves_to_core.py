"""The holidays now belong to `core` (core.0007 took the model and the content type): reporting forgets the
model without touching the table `reporting_holiday`, which core's model keeps using."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0007_holiday"),
        ("reporting", "0010_fewer_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Holiday")],
            database_operations=[],
        ),
    ]
