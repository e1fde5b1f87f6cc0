"""The statistics' counters (`PetitionTally`, per unit, and their roll-up per root of the reporting line and
province, `PetitionTallyRoot`), kept in the same transaction as every write of a petition: the services call
`_track(petition)` before changing a row and `_settle(petition)` after saving it; the difference of what the row
contributes before and after is added to the counters — one `INSERT … ON CONFLICT DO UPDATE` statement for the
unit rows and one for the roll-up rows. `rebuild_petition_tallies` recomputes them all from the petitions (the
repair command); `tallies.follow_moved_unit` recomputes the roll-up of the roots a moved unit left and joined."""

from collections import Counter, defaultdict
from datetime import date

from django.db import connection

from danvan.core.audit import record_event, service
from danvan.petitions.models import Petition, PetitionTally, PetitionTallyRoot
from danvan.petitions.tallies import COUNTERS, province_of, roll_up, root_of, write_roots

Key = tuple[int, str, str, date]  # unit, area_path, topic, half-month


def _half_month(day: date) -> date:
    """The first day of the half-month of `day`: the 1st (days 1–14) or the 15th (the rest)."""
    return day.replace(day=1 if day.day < 15 else 15)


def _contributions(p: Petition) -> dict[Key, Counter]:
    """What one petition adds to the counters (nothing for a duplicate: it is never counted twice)."""
    out: dict[Key, Counter] = defaultdict(Counter)
    if p.pk is None or p.duplicate_of_id is not None:
        return out

    def add(day, **counts):
        if day is not None:
            out[(p.unit_id, p.area_path, p.topic or "", _half_month(day))].update(counts)

    add(p.received_on, received=1, **{f"k_{p.kind}": 1, f"c_{p.channel}": 1})
    add(p.accepted_on, accepted=1)
    add(p.rejected_on, rejected=1)
    add(p.forwarded_on, forwarded=1)
    add(p.answered_on, answered=1, answered_on_time=0 if p.answered_late else 1, answer_days=p.answer_days or 0)
    return out


def _track(p: Petition) -> None:
    """Remember what the row contributes before a step changes it."""
    p._tally_before = _contributions(p)  # type: ignore[attr-defined]
    p._tally_line_path = p.line_path  # type: ignore[attr-defined]


def _settle(p: Petition) -> None:
    """Add the difference the step made to the counters (inside the step's transaction): one upsert of the unit
    rows and one of the roll-up rows."""
    before = getattr(p, "_tally_before", {})
    after = _contributions(p)
    deltas: dict[Key, dict[str, int]] = {}
    for key in set(before) | set(after):
        delta = {name: after.get(key, Counter())[name] - before.get(key, Counter())[name] for name in COUNTERS}
        delta = {name: n for name, n in delta.items() if n}
        if delta:
            deltas[key] = delta
    if deltas:
        # The line of a key's unit: the petition's own (a forward moved it; the key it left is the one before).
        old_path = getattr(p, "_tally_line_path", p.line_path)
        paths = {key: p.line_path if key in after else old_path for key in deltas}
        _add(deltas, paths)
    p._tally_before = after  # type: ignore[attr-defined]
    p._tally_line_path = p.line_path  # type: ignore[attr-defined]


def _add(deltas: dict[Key, dict[str, int]], paths: dict[Key, str]) -> None:
    """Add `deltas` to the unit rows and to their roll-up rows: one `INSERT … ON CONFLICT DO UPDATE` each."""
    roots: dict[tuple[str, str, str, date], Counter] = defaultdict(Counter)
    unit_rows = []
    for key, delta in deltas.items():
        unit_id, area_path, topic, half = key
        unit_rows.append(((unit_id, paths[key], area_path, topic, half), delta))
        roots[(root_of(paths[key]), province_of(area_path), topic, half)].update(delta)
    _upsert(PetitionTally, ("unit_id", "line_path", "area_path", "topic", "half_month"), unit_rows,
            conflict=("unit_id", "area_path", "topic", "half_month"))
    _upsert(PetitionTallyRoot, ("line_path", "area_path", "topic", "half_month"),
            [(key, counts) for key, counts in roots.items() if any(counts.values())])


def _upsert(model, key_columns: tuple[str, ...], rows: list[tuple[tuple, dict]],
            conflict: tuple[str, ...] | None = None) -> None:
    """INSERT the rows (key values, then counters) or add their counters to the rows already there (`conflict`:
    the unique key, the key columns by default; the unit row's `line_path` is not part of it)."""
    if not rows:
        return
    table = model._meta.db_table
    conflict = conflict or key_columns
    columns = [*key_columns, *COUNTERS]
    date_field = model._meta.get_field("half_month")
    params: list = []
    for key, counts in rows:
        values = list(key)
        values[-1] = date_field.get_db_prep_save(values[-1], connection)
        params += values + [counts.get(name, 0) for name in COUNTERS]
    row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([row] * len(rows))}"  # noqa: S608
           f" ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET "
           + ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNTERS))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@service
def rebuild_petition_tallies(actor) -> dict:
    """Recompute every counter from the petitions (the repair after a bulk load or a fault), the roll-up rows
    from them; audited with the number of unit rows before and after, how many differed, and how many roll-up
    rows differed."""
    totals: dict[Key, Counter] = defaultdict(Counter)
    fields = ("pk", "unit_id", "area_path", "topic", "kind", "channel", "received_on", "accepted_on", "rejected_on",
              "forwarded_on", "answered_on", "answered_late", "answer_days", "duplicate_of_id")
    for row in Petition.objects.unscoped().filter(duplicate_of__isnull=True).values_list(*fields).iterator(5000):
        p = Petition(**dict(zip(fields, row, strict=True)))
        for key, counts in _contributions(p).items():
            totals[key].update(counts)
    old = {(t.unit_id, t.area_path, t.topic, t.half_month): {n: getattr(t, n) for n in COUNTERS}
           for t in PetitionTally.objects.unscoped().all()}
    new = {key: {n: counts[n] for n in COUNTERS} for key, counts in totals.items()}
    differed = sum(1 for key in set(old) | set(new) if old.get(key) != new.get(key))
    from danvan.org.models import Unit

    paths = dict(Unit.objects.unscoped().filter(pk__in={k[0] for k in new}).values_list("pk", "line_path"))
    roots = roll_up((paths[k[0]], k[1], k[2], k[3], *(counts[n] for n in COUNTERS)) for k, counts in new.items())
    old_roots = {(t.line_path, t.area_path, t.topic, t.half_month): {n: getattr(t, n) for n in COUNTERS}
                 for t in PetitionTallyRoot.objects.unscoped().all()}
    old_roots = {k: counts for k, counts in old_roots.items() if any(counts.values())}  # a forward may leave 0s
    roots = {k: counts for k, counts in roots.items() if any(counts.values())}
    roots_differed = sum(1 for key in set(old_roots) | set(roots) if old_roots.get(key) != roots.get(key))
    PetitionTally.objects.unscoped().all().delete()
    PetitionTally.objects.bulk_create(
        [PetitionTally(unit_id=k[0], line_path=paths[k[0]], area_path=k[1], topic=k[2], half_month=k[3], **counts)
         for k, counts in new.items()], batch_size=2000)
    PetitionTallyRoot.objects.unscoped().all().delete()
    write_roots(roots)
    summary = {"rows_before": len(old), "rows_after": len(new), "rows_differing": differed,
               "roll_up_rows_differing": roots_differed}
    record_event(actor, "petitions.tally.rebuild", after=summary, object_type="petitions.petitiontally",
                 object_repr="Số liệu tổng hợp đơn thư")
    return summary
