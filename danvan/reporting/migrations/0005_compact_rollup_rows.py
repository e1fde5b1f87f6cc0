"""The roll-up tables hold one row per (unit, period) and per (node, period) instead of one per indicator.

Both tables are derived data: they are dropped, created in the new shape and filled again from the
approved reports by `rollup.rebuild` (the same code that approvals run). On PostgreSQL the additive
upsert of a cell's totals uses the SQL function `reporting_add_totals`, created here.
"""

import django.db.models.deletion
from django.db import migrations, models

import danvan.core.fields

ADD_TOTALS = """
CREATE OR REPLACE FUNCTION reporting_add_totals(a jsonb, b jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(
               (coalesce((a -> k ->> 0)::numeric, 0) + coalesce((b -> k ->> 0)::numeric, 0))::text,
               coalesce((a -> k ->> 1)::int, 0) + coalesce((b -> k ->> 1)::int, 0))), '{}'::jsonb)
    FROM (SELECT jsonb_object_keys(a) UNION SELECT jsonb_object_keys(b)) AS keys(k)
$$
"""


def create_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD_TOTALS)


def drop_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS reporting_add_totals(jsonb, jsonb)")


def refill(apps, schema_editor):
    # Was `rollup.rebuild()`, the code of that day on this schema. Migration 0007 changed these tables
    # again, so the refill moved there: it rebuilds the tables when approved reports have none.
    pass


class Migration(migrations.Migration):

    dependencies = [
        ("org", "0001_initial"),
        ("reporting", "0004_importjob"),
    ]

    operations = [
        migrations.DeleteModel(name="UnitPeriodValue"),
        migrations.DeleteModel(name="RollupCell"),
        migrations.CreateModel(
            name="UnitPeriodValue",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("period", models.CharField(max_length=10)),
                ("figures", models.JSONField(default=dict)),
                ("line_path", danvan.core.fields.PathField(max_length=255)),
                ("area_node", danvan.core.fields.PathField(max_length=300)),
                ("form", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                           to="reporting.reportform")),
                ("unit", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                           to="org.unit")),
            ],
            options={
                "indexes": [models.Index(fields=["form", "period", "line_path"], name="upv_period_line_idx"),
                            models.Index(fields=["form", "period", "area_node"], name="upv_period_area_idx")],
                "constraints": [models.UniqueConstraint(fields=("form", "unit", "period"),
                                                        name="upv_unit_period_unique")],
            },
        ),
        migrations.CreateModel(
            name="RollupCell",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("node", danvan.core.fields.PathField(max_length=300)),
                ("period", models.CharField(max_length=10)),
                ("units", models.IntegerField(default=0)),
                ("totals", models.JSONField(default=dict)),
                ("form", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                           to="reporting.reportform")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("form", "node", "period"),
                                                        name="rollup_cell_node_period_unique")],
            },
        ),
        migrations.RunPython(create_function, drop_function),
        migrations.RunPython(refill, migrations.RunPython.noop),
    ]
