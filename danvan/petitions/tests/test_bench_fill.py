"""The benchmark's generator (`bench/petitions.py` `fill`) writes the counters the services would have kept, and
spreads its petitions over every state, with about a tenth overdue: checked at a small scale, so that the
figures measured at 2 million stand on honest data."""

from collections import Counter
from datetime import date

import pytest

from bench.petitions import fill
from danvan.petitions import selectors, services
from danvan.petitions.models import Petition, Petitioner, PetitionTallyRoot

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 1)


def test_the_generator_keeps_the_counters_a_rebuild_computes(world):
    done = fill(3000, TODAY, seed=5, drop_indexes=False)
    assert done["petitions"] == Petition.objects.count() == Petitioner.objects.count() == 3000
    assert PetitionTallyRoot.objects.count() == done["roll_up_rows"] > 0
    for start, end in ((date(2025, 12, 15), date(2026, 12, 14)), (date(2026, 3, 1), date(2026, 3, 31))):
        for user, kwargs in ((world.admin, {}), (world.a.reviewer, {}), (world.admin, {"area": world.a.province})):
            counted = selectors.statistics(user, start=start, end=end, today=TODAY, **kwargs)
            assert counted == selectors.statistics_from_petitions(user, start=start, end=end, today=TODAY,
                                                                  **kwargs)
    summary = services.rebuild_petition_tallies(None)
    assert summary["rows_differing"] == 0 and summary["roll_up_rows_differing"] == 0


def test_the_generator_spreads_petitions_over_provinces_states_and_two_years(world):
    fill(2000, TODAY, seed=6, drop_indexes=False)
    statuses = Counter(Petition.objects.values_list("status", flat=True))
    assert set(statuses) == {"received", "accepted", "rejected", "forwarded", "answered", "closed"}
    overdue = Petition.objects.filter(due_on__lt=TODAY).count()
    assert 0.05 < overdue / 2000 < 0.2
    assert len({p.split("/")[1] for p in Petition.objects.values_list("line_path", flat=True)}) == 2  # both blocs
    days = Petition.objects.values_list("received_on", flat=True)
    assert (TODAY - min(days)).days > 600 and Petition.objects.filter(answered_late=True).exists()
    assert len(set(Petition.objects.values_list("kind", flat=True))) == 5
    with pytest.raises(RuntimeError):
        fill(10, TODAY)  # it counts only its own petitions: never over existing ones
