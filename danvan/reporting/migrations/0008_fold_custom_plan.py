"""`reporting_fold` plans its statements at each call (plan_cache_mode = force_custom_plan).

PL/pgSQL keeps a statement's plan for the session. A rebuild (`danvan rebuild_rollup`, migration 0007's
refill, `bench/rollup.py`'s generation) runs in one transaction and folds after every batch while the
tables it fills grow from nothing: the plan made for the first, near-empty fold (nested loops) stayed for
the last ones, over half a million rows, and one fold took more than a minute (the scale-1.0 rebuild ran
for over 45 minutes; with a plan per call, 4 minutes). A fold runs once per `ROLLUP_FOLD_AT` approvals, so
planning it each time costs nothing measurable. Migration 0007 now creates the function this way; this one
brings databases that ran it before.
"""

from django.db import migrations


def custom_plan(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER FUNCTION reporting_fold(bigint) SET plan_cache_mode = force_custom_plan")


class Migration(migrations.Migration):

    dependencies = [
        ("reporting", "0007_rollup_pending"),
    ]

    operations = [
        # Reversed: nothing to undo, migration 0007 creates the function with the same setting.
        migrations.RunPython(custom_plan, migrations.RunPython.noop),
    ]
