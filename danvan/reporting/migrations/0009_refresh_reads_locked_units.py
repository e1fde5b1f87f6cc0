"""`reporting_refresh_units` takes each unit's line and area from its locked row, reads each report's values
once, and returns the change counter instead of deciding the fold itself.

1. **A unit's line from its locked row.** Migration 0007's function wrote the unit-period and pending rows
   with the line and area node its caller passed, read by the view a moment before the approval. A unit moved
   in the reporting line in between (`org.services` moves the unit's rows under the lock this function waits
   for) was written back under its old line, and the roll-up of both lines went wrong until a rebuild. The
   function locks the units (FOR NO KEY UPDATE, in id order) and then reads their line and area in the next
   statement, whose snapshot has every move committed before the lock.
2. **Each report's values once.** Migration 0007 looked up a unit's reports and their values once per target,
   so a month's values were read five times (for the month, quarter, half-year, nine months and year). Now
   the unit's approved reports within the widest target window are read once with their values, and matched
   to the targets in memory, and each (unit, period)'s figures are aggregated straight from its codes.
3. **The fold's decision in Python.** The function returns the value of the counter `reporting_rollup_changes`
   after numbering its changed rows (`last_change`); `rollup.refresh_units` decides from it whether a fold is
   due, and whether it is queued for the worker or run at once (`rollup.fold_at`, `ROLLUP_FOLD_BACKLOG`).

The arguments are parallel arrays: the units' ids and the targets (unit id, period code, start, end).
"""

from django.db import migrations

OLD_SIGNATURE = "reporting_refresh_units(bigint, bigint[], text[], text[], bigint[], text[], date[], date[], integer)"
SIGNATURE = "reporting_refresh_units(bigint, bigint[], bigint[], text[], date[], date[])"

REFRESH_UNITS = """
CREATE OR REPLACE FUNCTION reporting_refresh_units(
    p_form bigint, p_units bigint[], t_unit bigint[], t_period text[], t_start date[], t_end date[],
    OUT changed integer, OUT last_change bigint)
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    IF cardinality(t_unit) > 40 THEN
        -- A batch (bulk approval): plan for its real size, or the generic plan's nested loops, costed for
        -- ten rows an array, would take minutes.
        PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
    END IF;
    PERFORM 1 FROM org_unit WHERE id = ANY(p_units) ORDER BY id FOR NO KEY UPDATE;

    -- A new statement, a new snapshot: the units' lines and areas as committed before the lock.
    WITH targets AS (
        SELECT * FROM unnest(t_unit, t_period, t_start, t_end) AS t(unit_id, period, pstart, pend)
    ), units AS (
        SELECT u.id, u.line_path AS line, 'A' || a.era || ':' || a.path AS area
        FROM org_unit u JOIN org_area a ON a.id = u.area_id
        WHERE u.id = ANY(p_units)
    ), windows AS (
        SELECT unit_id, min(pstart) AS lo, max(pend) AS hi FROM targets GROUP BY unit_id
    ), report_values AS MATERIALIZED (
        -- Each approved report within the unit's widest window once, with its values (LATERAL: looked up
        -- by (form, unit) whatever the statistics say; with stale ones the generic plan scanned every
        -- approved report of the form first).
        SELECT w.unit_id, s.period_start, s.period_end, i.code, i.aggregation_time, v.value
        FROM windows w
        CROSS JOIN LATERAL (
            SELECT r.id, r.period_start, r.period_end FROM reporting_submission r
            WHERE r.form_id = p_form AND r.unit_id = w.unit_id AND r.status = 'approved'
              AND r.period_start >= w.lo AND r.period_end <= w.hi
            OFFSET 0) AS s
        LEFT JOIN reporting_submissionvalue v ON v.submission_id = s.id
        LEFT JOIN reporting_indicator i ON i.id = v.indicator_id
    ), approved AS (
        SELECT t.unit_id, t.period, rv.period_end, rv.code, rv.aggregation_time, rv.value
        FROM targets t
        JOIN report_values rv ON rv.unit_id = t.unit_id AND rv.period_start >= t.pstart AND rv.period_end <= t.pend
    ), per_code AS (
        -- A report without values still counts its unit: its (unit, period) comes as a NULL code.
        SELECT unit_id, period, code,
               CASE WHEN bool_or(aggregation_time = 'last') THEN (array_agg(value ORDER BY period_end DESC))[1]
                    ELSE sum(value) END AS value
        FROM approved
        GROUP BY unit_id, period, code
    ), fresh AS (
        -- Straight from per_code: joined back to the (unit, period) pairs, the generic plan (costed for one
        -- row) re-sorted per_code once per pair, two thirds of the function's time.
        SELECT unit_id, period,
               coalesce(jsonb_object_agg(code, value::text) FILTER (WHERE code IS NOT NULL), '{}') AS figures
        FROM per_code
        GROUP BY unit_id, period
    ), stored AS (
        SELECT u.id, u.unit_id, u.period, u.figures
        FROM targets t
        JOIN reporting_unitperiodvalue u ON u.form_id = p_form AND u.unit_id = t.unit_id AND u.period = t.period
    ), diff AS (
        SELECT coalesce(f.unit_id, s.unit_id) AS unit_id, coalesce(f.period, s.period) AS period,
               f.figures AS new, s.figures AS old, s.id AS stored_id
        FROM fresh f FULL JOIN stored s ON s.unit_id = f.unit_id AND s.period = f.period
        WHERE f.figures IS DISTINCT FROM s.figures
    ), removed AS (
        DELETE FROM reporting_unitperiodvalue
        WHERE id IN (SELECT stored_id FROM diff WHERE new IS NULL)
        RETURNING 1
    ), written AS (
        INSERT INTO reporting_unitperiodvalue (form_id, unit_id, period, figures, line_path, area_node)
        SELECT p_form, d.unit_id, d.period, d.new, u.line, u.area
        FROM diff d JOIN units u ON u.id = d.unit_id
        WHERE d.new IS NOT NULL
        ORDER BY d.unit_id, d.period
        ON CONFLICT (form_id, unit_id, period) DO UPDATE SET figures = excluded.figures,
            line_path = excluded.line_path, area_node = excluded.area_node
        RETURNING 1
    ), listed AS (
        INSERT INTO reporting_rolluppending (form_id, unit_id, period, held, line_path, area_node)
        SELECT p_form, d.unit_id, d.period, d.old, u.line, u.area
        FROM diff d JOIN units u ON u.id = d.unit_id
        ORDER BY d.unit_id, d.period
        ON CONFLICT (form_id, unit_id, period) DO UPDATE SET line_path = excluded.line_path,
            area_node = excluded.area_node
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM removed) + (SELECT count(*) FROM written) + 0 * (SELECT count(*) FROM listed)
    INTO changed;
    -- Every changed row is numbered by one counter; the caller folds when its rows cross a multiple.
    last_change := NULL;
    IF changed > 0 THEN
        SELECT max(n) INTO last_change FROM (SELECT nextval('reporting_rollup_changes') AS n
                                             FROM generate_series(1, changed)) AS numbered;
    END IF;
END
$$
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {OLD_SIGNATURE}")
        schema_editor.execute(REFRESH_UNITS)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from importlib import import_module

        previous = import_module("danvan.reporting.migrations.0007_rollup_pending")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
        schema_editor.execute(previous.REFRESH_UNITS)


class Migration(migrations.Migration):

    dependencies = [
        ("reporting", "0008_fold_custom_plan"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
    ]
