"""The statistics: every figure equals a plain count of the petitions, duplicates left out, in three statements
(from the counters, for a period of whole months) whatever the number of kinds, channels and topics."""

from datetime import date

import pytest

from danvan.petitions import selectors, services
from danvan.petitions.models import Petition
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db

START, END, TODAY = date(2026, 3, 1), date(2026, 3, 31), date(2026, 6, 1)


def _mixed(world):
    actor, unit = world.a.reporter, world.a.commune_party
    kinds = ["complaint", "denunciation", "recommendation", "reflection", "complaint"]
    made = []
    for i, kind in enumerate(kinds):
        p = receive(actor, unit, kind=kind, received_on=date(2026, 3, 2 + i), phone=f"0911000{i:03d}",
                    id_number="", subject=f"Đơn số {i}", content=f"Nội dung riêng biệt số {i} về việc {kind}",
                    topics=["dat_dai"] if i % 2 else ["moi_truong"])
        made.append(p)
    services.accept_petition(actor, made[0], accepted_on=date(2026, 3, 5))
    services.answer_petition(actor, made[0], answered_on=date(2026, 3, 20), result="Đã giải quyết")
    services.accept_petition(actor, made[1], accepted_on=date(2026, 3, 10))
    services.answer_petition(actor, made[1], answered_on=date(2026, 5, 20), result="Trả lời muộn")  # outside
    services.reject_petition(actor, made[2], reason="Không thuộc thẩm quyền", rejected_on=date(2026, 3, 9))
    services.forward_petition(actor, made[3], to_body="UBND huyện", forwarded_on=date(2026, 3, 12))
    receive(actor, unit, received_on=date(2026, 3, 15))  # another petitioner: counted
    dup = receive(actor, unit, kind="complaint", received_on=date(2026, 3, 16), phone="0911000004", id_number="",
                  subject="Đơn số 4", content="Nội dung riêng biệt số 4 về việc complaint")
    return made, dup


def _naive(rows, start, end, today):
    rows = [p for p in rows if p.duplicate_of_id is None]

    def within(day):
        return day is not None and start <= day <= end

    received = [p for p in rows if within(p.received_on)]
    answered = [p for p in rows if within(p.answered_on)]
    by = {}
    for name, column in (("by_kind", "kind"), ("by_channel", "channel"), ("by_topic", "topic")):
        counts: dict[str, int] = {}
        for p in received:
            counts[getattr(p, column)] = counts.get(getattr(p, column), 0) + 1
        by[name] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return {
        "received": len(received), "accepted": sum(within(p.accepted_on) for p in rows),
        "rejected": sum(within(p.rejected_on) for p in rows), "forwarded": sum(within(p.forwarded_on) for p in rows),
        "answered": len(answered), "answered_on_time": sum(not p.answered_late for p in answered),
        "answered_late": sum(p.answered_late for p in answered),
        "overdue": sum(p.due_on is not None and p.due_on < today for p in rows),
        "average_days": round(sum(p.answer_days for p in answered) / len(answered), 1) if answered else None,
        **by,
    }


def test_every_figure_is_a_plain_count_and_duplicates_are_left_out(world, django_assert_num_queries):
    made, dup = _mixed(world)
    assert dup.duplicate_of_id == made[4].pk
    world.a.reviewer.scope_for("view")  # the scope is read once per request, before the figures
    with django_assert_num_queries(3):  # the counters' sums, their topics, the overdue count on the petitions
        figures = selectors.statistics(world.a.reviewer, start=START, end=END, today=TODAY)
    expected = _naive(list(Petition.objects.all()), START, END, TODAY)
    assert figures == expected
    assert (figures["received"], figures["answered"], figures["rejected"], figures["forwarded"]) == (6, 1, 1, 1)
    assert selectors.statistics(world.b.reviewer, start=START, end=END, today=TODAY)["received"] == 0
    by_unit = selectors.statistics(world.a.reviewer, unit=world.a.commune_party, start=START, end=END, today=TODAY)
    by_area = selectors.statistics(world.a.reviewer, area=world.a.commune, start=START, end=END, today=TODAY)
    assert by_unit == by_area == expected
