"""Approvals write only their own rows; the cells shared by every approval take the differences in batches.

Before, every approval added its differences to ~30 `RollupCell` rows (5 periods × 6 nodes), among them the
province's and the country's cells that every other approval wrote too: about half of an approval's
server time. Now (see `danvan/reporting/rollup.py`):

- cells are kept only for the large nodes (`rollup.has_cell`: roots of the reporting line, the country and
  the provinces as areas); a commune's bloc (about ten units) is added up from its unit-period rows;
- an approval writes its unit-period rows and lists the changed unit-periods in `RollupPending`, with
  what the cells hold of them (`held`); `rollup.fold` adds the differences to the cells a few hundred
  rows at a time and empties the list; a read adds those still listed, in the same statement.

This migration creates the list, deletes the cells of the small nodes (no longer kept; the large nodes'
cells stay exact: nothing is pending) and, on PostgreSQL, replaces `reporting_refresh_units` by the
version below, which no longer takes the nodes. It

1. locks the units' rows (FOR NO KEY UPDATE, in id order), so two refreshes of one unit run one after the
   other — the next statement takes a new snapshot and so reads what the previous refresh committed;
2. in one statement: recomputes each (unit, period) target's figures from the unit's approved reports
   lying within the period (sum, or the value of the latest report for a "last value" indicator),
   compares them with the stored rows, deletes the vanished ones, upserts the changed ones, and lists
   every changed unit-period as pending with its figures before the change (a unit-period already listed
   keeps its `held`; the upsert's no-op update locks it, so a fold waits for this approval or skips it);
3. returns the number of rows changed and whether a fold is due: the sequence `reporting_rollup_changes`
   counts every changed row, and a refresh whose rows cross a multiple of `p_fold_at` folds (counting the
   pending rows instead would cost each approval a scan of them).

For a single approval the statement's plan is made once per connection and reused (`plan_cache_mode =
force_generic_plan`): planning it afresh for each approval cost more than running it. A batch of more
than 40 targets is planned for its real size instead. The arguments are parallel arrays: the units (id,
line_path, area node) and the targets (unit id, period code, start, end). The figures are decimal
strings of the stored scale (4 places), as the Python path writes them.

`reporting_fold(form)` is `rollup.fold` in two statements: it locks the form's pending rows (SKIP LOCKED:
those of approvals not yet committed wait for the next fold), then adds (current figures − held) per
large node and period to the cells with the additive upsert of migration 0005, and deletes them.
"""

import django.db.models.deletion
from django.db import migrations, models

import danvan.core.fields

OLD_SIGNATURE = ("reporting_refresh_units(bigint, bigint[], text[], text[], bigint[], text[], date[], date[], "
                 "bigint[], text[])")
SIGNATURE = "reporting_refresh_units(bigint, bigint[], text[], text[], bigint[], text[], date[], date[], integer)"

REFRESH_UNITS = """
CREATE OR REPLACE FUNCTION reporting_refresh_units(
    p_form bigint, p_units bigint[], p_lines text[], p_areas text[],
    t_unit bigint[], t_period text[], t_start date[], t_end date[], p_fold_at integer,
    OUT changed integer, OUT fold_due boolean)
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    last bigint;
BEGIN
    IF cardinality(t_unit) > 40 THEN
        -- A batch (bulk approval): plan for its real size, or the generic plan's nested loops, costed for
        -- ten rows an array, would take minutes.
        PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
    END IF;
    PERFORM 1 FROM org_unit WHERE id = ANY(p_units) ORDER BY id FOR NO KEY UPDATE;

    WITH targets AS (
        SELECT * FROM unnest(t_unit, t_period, t_start, t_end) AS t(unit_id, period, pstart, pend)
    ), units AS (
        SELECT * FROM unnest(p_units, p_lines, p_areas) AS u(id, line, area)
    ), approved AS (
        -- LATERAL: each target looks up its unit's reports by (form, unit), whatever the statistics say
        -- (with stale ones the generic plan scanned every approved report of the form first).
        SELECT t.unit_id, t.period, s.period_end, i.code, i.aggregation_time, v.value
        FROM targets t
        CROSS JOIN LATERAL (
            SELECT r.id, r.period_end FROM reporting_submission r
            WHERE r.form_id = p_form AND r.unit_id = t.unit_id AND r.status = 'approved'
              AND r.period_start >= t.pstart AND r.period_end <= t.pend
            OFFSET 0) AS s
        LEFT JOIN reporting_submissionvalue v ON v.submission_id = s.id
        LEFT JOIN reporting_indicator i ON i.id = v.indicator_id
    ), per_code AS (
        SELECT unit_id, period, code,
               CASE WHEN bool_or(aggregation_time = 'last') THEN (array_agg(value ORDER BY period_end DESC))[1]
                    ELSE sum(value) END AS value
        FROM approved WHERE code IS NOT NULL
        GROUP BY unit_id, period, code
    ), fresh AS (
        SELECT a.unit_id, a.period,
               coalesce(jsonb_object_agg(p.code, p.value::text) FILTER (WHERE p.code IS NOT NULL), '{}') AS figures
        FROM (SELECT DISTINCT unit_id, period FROM approved) AS a
        LEFT JOIN per_code AS p ON p.unit_id = a.unit_id AND p.period = a.period
        GROUP BY a.unit_id, a.period
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
    -- Due when this refresh's changed rows cross a multiple of p_fold_at in a count of every changed row.
    fold_due := false;
    IF changed > 0 THEN
        SELECT max(n) INTO last FROM (SELECT nextval('reporting_rollup_changes') AS n
                                      FROM generate_series(1, changed)) AS numbered;
        fold_due := last / p_fold_at > (last - changed) / p_fold_at;
    END IF;
END
$$
"""

FOLD = """
CREATE OR REPLACE FUNCTION reporting_fold(p_form bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    done integer;
    ids bigint[];
BEGIN
    -- One fold of a form at a time (the key is rollup.FOLD_LOCK); another under way: this one is not needed.
    IF NOT pg_try_advisory_xact_lock(1383034988, p_form::integer) THEN
        RETURN 0;
    END IF;
    -- Lock first, read after: rows locked by approvals not yet committed are skipped (the next fold takes
    -- them), and the figures are read by the next statement, whose snapshot has every approval that
    -- committed before the lock. (Read in the locking statement, a row's figures could be those of before
    -- an approval that committed while the lock waited: the re-check of a locked row re-reads that row
    -- alone, not the ones it is joined to.)
    SELECT array_agg(id) INTO ids FROM (
        SELECT id FROM reporting_rolluppending WHERE form_id = p_form ORDER BY id FOR UPDATE SKIP LOCKED
    ) AS locked;
    IF ids IS NULL THEN
        RETURN 0;
    END IF;
    WITH picked AS (
        SELECT p.id, p.line_path, p.area_node, p.period, p.held AS old, u.figures AS new
        FROM reporting_rolluppending p
        LEFT JOIN reporting_unitperiodvalue u ON u.form_id = p.form_id AND u.unit_id = p.unit_id
                                             AND u.period = p.period
        WHERE p.id = ANY(ids)
    ), nodes AS (
        -- The large nodes above each row (rollup.has_cell): its reporting line's root, its country, its province.
        SELECT p.id, n.node
        FROM picked p CROSS JOIN LATERAL (VALUES
            ('U' || substring(p.line_path FROM '^/[^/]+/')),
            (substring(p.area_node FROM '^A[^:]*:/[^/]+/')),
            (substring(p.area_node FROM '^A[^:]*:/[^/]+/[^/]+/'))) AS n(node)
        WHERE n.node IS NOT NULL
    ), codes AS MATERIALIZED (
        SELECT p.id, p.period, k.code,
               coalesce((p.new ->> k.code)::numeric, 0) - coalesce((p.old ->> k.code)::numeric, 0) AS total,
               coalesce(p.new ? k.code, false)::int - coalesce(p.old ? k.code, false)::int AS count
        FROM picked p
        CROSS JOIN LATERAL (SELECT jsonb_object_keys(coalesce(p.new, '{}'))
                            UNION SELECT jsonb_object_keys(coalesce(p.old, '{}'))) AS k(code)
    ), node_totals AS (
        SELECT node, period, jsonb_object_agg(code, jsonb_build_array(total::text, count)) AS totals
        FROM (SELECT n.node, c.period, c.code, sum(c.total) AS total, sum(c.count) AS count
              FROM codes c JOIN nodes n ON n.id = c.id
              GROUP BY n.node, c.period, c.code
              HAVING sum(c.total) <> 0 OR sum(c.count) <> 0) AS per_node
        GROUP BY node, period
    ), node_units AS (
        SELECT n.node, p.period, sum((p.new IS NOT NULL)::int - (p.old IS NOT NULL)::int) AS units
        FROM picked p JOIN nodes n ON n.id = p.id
        GROUP BY n.node, p.period
    ), cells AS (
        SELECT coalesce(u.node, t.node) AS node, coalesce(u.period, t.period) AS period,
               coalesce(u.units, 0)::int AS units, coalesce(t.totals, '{}') AS totals
        FROM node_units u FULL JOIN node_totals t ON t.node = u.node AND t.period = u.period
        WHERE coalesce(u.units, 0) <> 0 OR t.totals IS NOT NULL
    ), added AS (
        INSERT INTO reporting_rollupcell (form_id, node, period, units, totals)
        SELECT p_form, node, period, units, totals FROM cells
        ORDER BY node, period
        ON CONFLICT (form_id, node, period) DO UPDATE SET units = reporting_rollupcell.units + excluded.units,
            totals = reporting_add_totals(reporting_rollupcell.totals, excluded.totals)
        RETURNING 1
    ), gone AS (
        DELETE FROM reporting_rolluppending WHERE id IN (SELECT id FROM picked)
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone) + 0 * (SELECT count(*) FROM added) INTO done;
    RETURN done;
END
$$
"""

# Node depth counted in slashes: "U/12/" is a root of the reporting line, "Acurrent:/VN/37/" a province.
SMALL_CELLS = """DELETE FROM reporting_rollupcell WHERE
    (substr(node, 1, 1) = 'U' AND length(node) - length(replace(node, '/', '')) > 2)
    OR (substr(node, 1, 1) = 'A' AND length(node) - length(replace(node, '/', '')) > 3)"""


def convert(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {OLD_SIGNATURE}")
        schema_editor.execute("CREATE SEQUENCE IF NOT EXISTS reporting_rollup_changes")
        schema_editor.execute(REFRESH_UNITS)
        schema_editor.execute(FOLD)
    UnitPeriodValue = apps.get_model("reporting", "UnitPeriodValue")
    Submission = apps.get_model("reporting", "Submission")
    if not UnitPeriodValue.objects.exists() and Submission.objects.filter(status="approved").exists():
        # Tables left empty by 0005 (whose refill moved here): the current code on the current schema. A later
        # migration that changes these tables must drop this step and refill on its own.
        from danvan.reporting import rollup

        rollup.rebuild()
        return
    schema_editor.execute(SMALL_CELLS)


def revert(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
        schema_editor.execute("DROP FUNCTION IF EXISTS reporting_fold(bigint)")
        schema_editor.execute("DROP SEQUENCE IF EXISTS reporting_rollup_changes")
    # Migration 0006's function and the small nodes' cells come back with `danvan rebuild_rollup` on its code.


class Migration(migrations.Migration):

    dependencies = [
        ("org", "0003_level_labels"),
        ("reporting", "0006_refresh_units_function"),
    ]

    operations = [
        migrations.CreateModel(
            name="RollupPending",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("period", models.CharField(max_length=10)),
                ("line_path", danvan.core.fields.PathField(max_length=255)),
                ("area_node", danvan.core.fields.PathField(max_length=300)),
                ("held", models.JSONField(blank=True, null=True)),
                ("form", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="reporting.reportform")),
                ("unit", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="org.unit")),
            ],
            options={
                "indexes": [models.Index(fields=["form", "period", "line_path"], name="rollup_pending_line_idx"), models.Index(fields=["form", "period", "area_node"], name="rollup_pending_area_idx")],
                "constraints": [models.UniqueConstraint(fields=("form", "unit", "period"), name="rollup_pending_unique")],
            },
        ),
        migrations.RunPython(convert, revert),
    ]
