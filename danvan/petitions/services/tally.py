"""The statistics' counters (`PetitionTally`), kept in the same transaction as every write of a petition: the
services call `_track(petition)` before changing a row and `_settle(petition)` after saving it; the difference
of what the row contributes before and after is added to the counters. `rebuild_petition_tallies` recomputes
them all from the petitions (the repair command)."""

from collections import Counter, defaultdict
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F

from danvan.core.audit import record_event, service
from danvan.petitions.models import Petition, PetitionTally

COUNTERS = PetitionTally.COUNTERS
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


def _settle(p: Petition) -> None:
    """Add the difference the step made to the counters (inside the step's transaction)."""
    before = getattr(p, "_tally_before", {})
    after = _contributions(p)
    for key in set(before) | set(after):
        delta = {name: after.get(key, Counter())[name] - before.get(key, Counter())[name] for name in COUNTERS}
        delta = {name: n for name, n in delta.items() if n}
        if delta:
            _add(key, delta)
    p._tally_before = after  # type: ignore[attr-defined]


def _add(key: Key, delta: dict[str, int]) -> None:
    unit_id, area_path, topic, half = key
    rows = PetitionTally.objects.unscoped().filter(unit_id=unit_id, area_path=area_path, topic=topic,
                                                   half_month=half)
    if rows.update(**{name: F(name) + n for name, n in delta.items()}):
        return
    try:
        with transaction.atomic():  # a savepoint: another transaction may insert the same key first
            from danvan.org.models import Unit

            path = Unit.objects.unscoped().filter(pk=unit_id).values_list("line_path", flat=True).get()
            PetitionTally.objects.create(unit_id=unit_id, line_path=path, area_path=area_path, topic=topic,
                                         half_month=half, **delta)
    except IntegrityError:
        rows.update(**{name: F(name) + n for name, n in delta.items()})


@service
def rebuild_petition_tallies(actor) -> dict:
    """Recompute every counter from the petitions (the repair after a bulk load or a fault); audited with the
    number of rows before and after and how many differed."""
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
    PetitionTally.objects.unscoped().all().delete()
    PetitionTally.objects.bulk_create(
        [PetitionTally(unit_id=k[0], line_path=paths[k[0]], area_path=k[1], topic=k[2], half_month=k[3], **counts)
         for k, counts in new.items()], batch_size=2000)
    summary = {"rows_before": len(old), "rows_after": len(new), "rows_differing": differed}
    record_event(actor, "petitions.tally.rebuild", after=summary, object_type="petitions.petitiontally",
                 object_repr="Số liệu tổng hợp đơn thư")
    return summary
