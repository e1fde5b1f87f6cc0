"""The petitions' counters as pure arithmetic on paths (which roll-up row a unit row adds to), and the receiver that
keeps the roll-up right when a unit moves (`core.signals.unit_moved`, inside the audited move's transaction). The
services that keep the counters on every step are in `services/tally.py`."""

from collections import Counter, defaultdict
from datetime import date

from danvan.core.permissions import PATH_END
from danvan.petitions.models import PetitionTally, PetitionTallyRoot

COUNTERS = PetitionTally.COUNTERS


def root_of(line_path: str) -> str:
    """The root of a reporting line ("/12/34/" → "/12/"): the roll-up's line."""
    head = line_path.strip("/").split("/", 1)[0]
    return f"/{head}/" if head else line_path


def province_of(area_path: str) -> str:
    """An area's path cut after the province ("/VN/01/00004/" → "/VN/01/"): the roll-up's area."""
    parts = area_path.strip("/").split("/")
    return "/" + "/".join(parts[:PetitionTallyRoot.AREA_DEPTH]) + "/" if area_path.strip("/") else area_path


def roll_up(rows) -> dict[tuple[str, str, str, date], dict[str, int]]:
    """The roll-up rows of unit rows given as (line_path, area_path, topic, half_month, *COUNTERS) tuples."""
    totals: dict[tuple[str, str, str, date], Counter] = defaultdict(Counter)
    for line_path, area_path, topic, half, *counts in rows:
        totals[(root_of(line_path), province_of(area_path), topic, half)].update(
            dict(zip(COUNTERS, counts, strict=True)))
    return {key: {name: counts[name] for name in COUNTERS} for key, counts in totals.items()}


def write_roots(rows: dict[tuple[str, str, str, date], dict[str, int]]) -> None:
    PetitionTallyRoot.objects.unscoped().bulk_create(
        [PetitionTallyRoot(line_path=k[0], area_path=k[1], topic=k[2], half_month=k[3], **counts)
         for k, counts in rows.items() if any(counts.values())], batch_size=2000)


def follow_moved_unit(sender, old_prefix: str, new_prefix: str, **kwargs) -> None:
    """`core.signals.unit_moved`: the unit rows follow the unit (core's receiver rewrites their `line_path`; done
    here too, idempotent, whichever runs first), then the roll-up rows of the roots left and joined are summed
    again from the unit rows under them — a province's few thousand rows, in the move's transaction."""
    from django.db.models import Value
    from django.db.models.functions import Concat, Substr

    (PetitionTally.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
     .update(line_path=Concat(Value(new_prefix), Substr("line_path", len(old_prefix) + 1))))
    for root in {root_of(old_prefix), root_of(new_prefix)}:
        PetitionTallyRoot.objects.unscoped().filter(line_path__gte=root, line_path__lt=root + PATH_END).delete()
        write_roots(roll_up(PetitionTally.objects.unscoped().filter(
            line_path__gte=root, line_path__lt=root + PATH_END).values_list(
            "line_path", "area_path", "topic", "half_month", *COUNTERS).iterator(5000)))
