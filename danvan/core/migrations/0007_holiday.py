"""The holidays move from `reporting` to `core` (every app with a working-day deadline reads them): state only,
the table stays `reporting_holiday` with its rows. Its content type is renamed, so admin permissions and
history stay attached; reporting.0011 then forgets its own copy of the model."""

from django.db import migrations, models


def rename_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not ContentType.objects.using(db).filter(app_label="core", model="holiday").exists():
        ContentType.objects.using(db).filter(app_label="reporting", model="holiday").update(app_label="core")


def restore_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not ContentType.objects.using(db).filter(app_label="reporting", model="holiday").exists():
        ContentType.objects.using(db).filter(app_label="core", model="holiday").update(app_label="reporting")


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0006_fewer_indexes"),
        ("reporting", "0010_fewer_indexes"),  # the table exists (reporting.0001) and is seeded (reporting.0002)
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Holiday",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                                   verbose_name="ID")),
                        ("day", models.DateField(unique=True, verbose_name="ngày")),
                        ("name", models.CharField(max_length=120, verbose_name="tên")),
                    ],
                    options={
                        "verbose_name": "ngày nghỉ lễ",
                        "verbose_name_plural": "ngày nghỉ lễ",
                        "db_table": "reporting_holiday",
                        "ordering": ["day"],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, restore_content_type, elidable=True),
    ]
