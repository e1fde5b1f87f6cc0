"""The counters the statistics read (`PetitionTally`) equal counts of the petitions after every kind of step,
duplicates and their unmarking included; the repair command rebuilds them, audited."""

from datetime import date

import pytest
from django.core.management import call_command

from danvan.core.models import AuditEvent
from danvan.petitions import selectors, services, tallies
from danvan.petitions.models import Petition, PetitionTally, PetitionTallyRoot
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 1)
# A calendar month, a reporting month and quarter (15th to 14th, the default windows), a calendar year.
PERIODS = [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 2, 15), date(2026, 3, 14)),
           (date(2026, 3, 15), date(2026, 6, 14)), (date(2026, 1, 1), date(2026, 12, 31))]


def _same_figures(world) -> None:
    """The counters' figures equal the petitions' plain counts, for every period, scope, unit and area — the
    nation, a province's root and a province's area read the roll-up rows, the others the unit rows — and the
    roll-up rows are the sums of the unit rows."""
    for start, end in PERIODS:
        for user, kwargs in ((world.admin, {}), (world.a.reviewer, {}), (world.b.reviewer, {}),
                             (world.admin, {"area": world.a.province}), (world.admin, {"unit": world.b.btgdv}),
                             (world.a.reviewer, {"unit": world.a.commune_party}),
                             (world.a.reviewer, {"area": world.a.commune})):
            counted = selectors.statistics(user, start=start, end=end, today=TODAY, **kwargs)
            plain = selectors.statistics_from_petitions(user, start=start, end=end, today=TODAY, **kwargs)
            assert counted == plain, (start, end, user.username, kwargs)
    assert _root_rows() == _rolled_up_unit_rows()


def _root_rows() -> dict:
    return {(t.line_path, t.area_path, t.topic, t.half_month): {n: getattr(t, n) for n in PetitionTally.COUNTERS}
            for t in PetitionTallyRoot.objects.all() if any(getattr(t, n) for n in PetitionTally.COUNTERS)}


def _rolled_up_unit_rows() -> dict:
    rows = tallies.roll_up(PetitionTally.objects.values_list("line_path", "area_path", "topic", "half_month",
                                                          *PetitionTally.COUNTERS))
    return {key: counts for key, counts in rows.items() if any(counts.values())}


def _rows() -> list[tuple]:
    fields = ["unit_id", "area_path", "topic", "half_month", *PetitionTally.COUNTERS]
    return sorted(t for t in PetitionTally.objects.values_list(*fields) if any(t[4:]))


def test_the_counters_follow_every_step(world):
    actor, unit = world.a.reporter, world.a.commune_party

    def new(i, **kwargs):
        return receive(actor, unit, received_on=date(2026, 3, 2 + i), phone=f"09120001{i:02d}", id_number="",
                       subject=f"Đơn {i}", content=f"Nội dung riêng {i} số {i * 7}", **kwargs)

    def first(subject):
        return Petition.objects.filter(subject=subject).earliest("id")

    steps = [
        lambda: new(0, topics=["dat_dai"]),
        lambda: services.accept_petition(actor, first("Đơn 0"), accepted_on=date(2026, 3, 5)),
        lambda: services.answer_petition(actor, first("Đơn 0"), answered_on=date(2026, 4, 20),
                                         result="Trả lời muộn"),
        lambda: services.close_petition(actor, first("Đơn 0")),
        lambda: new(1, kind="denunciation"),
        lambda: services.accept_petition(actor, first("Đơn 1"), accepted_on=date(2026, 3, 6)),
        lambda: services.extend_petition(actor, first("Đơn 1"), reason="Phức tạp"),
        lambda: new(2, kind="recommendation"),
        lambda: services.reject_petition(actor, first("Đơn 2"), reason="Không thuộc thẩm quyền",
                                         rejected_on=date(2026, 3, 9)),
        lambda: new(3, kind="reflection"),
        lambda: services.forward_petition(actor, first("Đơn 3"), to_body="UBND huyện",
                                          forwarded_on=date(2026, 3, 12)),
        lambda: new(4),
        lambda: services.forward_petition(world.a.reviewer, first("Đơn 4"),
                                          to_unit=world.b.commune_party, forwarded_on=date(2026, 3, 13)),  # moves
        lambda: new(5),
        lambda: services.accept_petition(actor, first("Đơn 5"), accepted_on=date(2026, 3, 8)),
        lambda: services.answer_petition(actor, first("Đơn 5"), answered_on=date(2026, 3, 20),
                                         result="Giữ nguyên"),
        lambda: services.appeal_petition(actor, first("Đơn 5"), received_on=date(2026, 4, 2)),
        lambda: new(6),
        lambda: services.accept_petition(actor, first("Đơn 6"), accepted_on=date(2026, 3, 8)),
        lambda: services.appeal_petition(actor, first("Đơn 6"), received_on=date(2026, 4, 9),
                                         to_body="Chủ tịch UBND tỉnh"),  # unanswered past its deadline
        lambda: receive(actor, unit, received_on=date(2026, 4, 3), phone="0912000100", id_number="",
                        subject="Đơn 0", content="Nội dung riêng 0 số 0"),  # its original is closed: counted
        lambda: receive(actor, unit, received_on=date(2026, 4, 4), phone="0912000101", id_number="",
                        subject="Đơn 1", content="Nội dung riêng 1 số 7"),  # a duplicate of the open denunciation
        lambda: services.mark_not_duplicate(actor, Petition.objects.filter(subject="Đơn 1").latest("id")),
        lambda: services.add_petition_note(actor, first("Đơn 0"), text="Công dân hài lòng"),
    ]
    for step in steps:
        step()
        _same_figures(world)
    assert Petition.objects.filter(duplicate_of__isnull=False).count() == 0  # unmarked: counted again
    assert Petition.objects.filter(status="appealed").count() == 2 and PetitionTally.objects.count() > 3
    assert selectors.statistics(world.admin, start=PERIODS[3][0], end=PERIODS[3][1], today=TODAY)["received"] == 11
    kept = _rows()
    summary = services.rebuild_petition_tallies(None)
    assert summary["rows_differing"] == 0 and _rows() == kept  # the services kept exactly what a rebuild computes


def test_a_duplicate_is_not_counted_until_unmarked(world):
    first = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    dup = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 3))
    assert dup.duplicate_of_id == first.pk
    figures = selectors.statistics(world.a.reviewer, start=PERIODS[0][0], end=PERIODS[0][1], today=TODAY)
    assert figures["received"] == 1
    services.mark_not_duplicate(world.a.reporter, dup)
    figures = selectors.statistics(world.a.reviewer, start=PERIODS[0][0], end=PERIODS[0][1], today=TODAY)
    assert figures["received"] == 2


def test_the_repair_command_rebuilds_the_counters_audited(world, capsys):
    receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    kept = _rows()
    PetitionTally.objects.update(received=40)  # a fault, or petitions loaded in bulk
    PetitionTallyRoot.objects.update(received=40)
    assert selectors.statistics(world.admin, start=PERIODS[0][0], end=PERIODS[0][1], today=TODAY)["received"] == 40
    call_command("petition_tallies", "--rebuild")
    assert "khác: 1; dòng tổng hợp theo tỉnh khác: 1" in capsys.readouterr().out
    assert _rows() == kept
    event = AuditEvent.objects.get(action="petitions.tally.rebuild")
    assert event.after == {"rows_before": 1, "rows_after": 1, "rows_differing": 1, "roll_up_rows_differing": 1}


def test_every_reporting_period_is_read_from_the_counters(world, django_assert_num_queries):
    from danvan.reporting.periods import parse_period

    receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    world.a.reviewer.scope_for("view")
    for code in ("2026-03", "2026-Q1", "2026-H1", "2026"):  # 15th to 14th windows: unions of half-months
        period = parse_period(code)
        with django_assert_num_queries(3):
            figures = selectors.statistics(world.a.reviewer, start=period.start, end=period.end, today=TODAY)
        assert figures["received"] == 1, code
    with django_assert_num_queries(2):  # any other range reads the petitions
        selectors.statistics(world.a.reviewer, start=date(2026, 3, 2), end=date(2026, 3, 20), today=TODAY)


def test_the_roll_up_is_read_for_the_nation_and_a_province_and_follows_a_moved_unit(world):
    """The nation's and a province's statistics sum the roll-up per root and province (a few rows whatever the
    number of units); when a unit moves to another province's line, the roll-up of both roots follows."""
    from danvan.org.services import update_unit

    petition = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2), topics=["dat_dai"])
    services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 5))
    assert PetitionTallyRoot.objects.get().line_path == world.a.btgdv.line_path
    assert PetitionTallyRoot.objects.get().area_path == world.a.province.path
    _same_figures(world)
    PetitionTallyRoot.objects.update(received=7)  # proves which rows the nation's figures come from
    year = PERIODS[3]
    assert selectors.statistics(world.admin, start=year[0], end=year[1], today=TODAY)["received"] == 7
    assert selectors.statistics(world.a.reviewer, start=year[0], end=year[1], today=TODAY)["received"] == 7
    assert selectors.statistics(world.a.reviewer, start=year[0], end=year[1], today=TODAY,
                                unit=world.a.commune_party)["received"] == 1
    services.rebuild_petition_tallies(None)
    unit = world.a.commune_party
    update_unit(None, unit, version=unit.version, parent=world.b.btgdv)
    assert PetitionTallyRoot.objects.get().line_path == world.b.btgdv.line_path
    assert selectors.statistics(world.b.reviewer, start=year[0], end=year[1], today=TODAY)["received"] == 1
    assert selectors.statistics(world.a.reviewer, start=year[0], end=year[1], today=TODAY)["received"] == 0
    assert services.rebuild_petition_tallies(None)["roll_up_rows_differing"] == 0
