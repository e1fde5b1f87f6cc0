"""Completeness of reporting: which expected units have reported, on time or not, and the figures
(expected, submitted, on time, approved, rates) the dashboards, the API and the synthesised report show.

No query here: the selectors read the expected units and their submissions and hand them over, so the
figures are counted one way wherever they appear.
"""

from dataclasses import dataclass

from danvan.org.models import Area, Unit
from danvan.reporting.choices import Status
from danvan.reporting.models import Submission
from danvan.reporting.rules import submitted_on_time


@dataclass
class CompletenessRow:
    unit: Unit
    submission: Submission | None
    state: str  # a key of STATE_LABELS

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


STATE_LABELS = {
    "overdue": "Quá hạn, chưa nộp", "missing": "Chưa nộp", "late": "Nộp muộn", "returned": "Trả lại",
    "draft": "Đang soạn", "submitted": "Đã nộp", "approved": "Đã duyệt",
}
STATE_ORDER = list(STATE_LABELS)


def row_state(submission: Submission | None, overdue: bool) -> str:
    """The completeness state of an expected unit's report (a key of STATE_LABELS)."""
    s = submission
    if s is not None and s.first_submitted_at is not None and s.on_time is False:
        return "late"
    if s is not None and s.first_submitted_at is not None:
        return s.status
    if s is not None and s.status == Status.RETURNED:
        return "returned"
    return "overdue" if overdue else ("draft" if s is not None else "missing")


def most_urgent_first(rows: list[CompletenessRow]) -> list[CompletenessRow]:
    return sorted(rows, key=lambda r: (STATE_ORDER.index(r.state), r.unit.line_path))


def tally(expected_ids, submissions: dict[int, Submission]) -> dict:
    """The completeness figures of a period: expected, submitted, on time, approved, the rates and the
    ids of the units still missing, from the expected units' ids and {unit id: submission}."""
    expected = list(expected_ids)
    submitted = [uid for uid, s in submissions.items() if s.first_submitted_at is not None]
    on_time = [uid for uid in submitted
               if submitted_on_time(submissions[uid].first_submitted_at, submissions[uid].deadline)]
    approved = [uid for uid, s in submissions.items() if s.status == Status.APPROVED]
    figures = {"expected": len(expected), "submitted": len(submitted), "on_time": len(on_time),
               "approved": len(approved)}
    return {**figures, **rates(figures), "missing": sorted(set(expected) - set(submitted))}


def total(parts: list[dict]) -> dict:
    """Several periods' `tally` added up (a synthesised report over months), with their rates."""
    figures = {key: sum(p[key] for p in parts) for key in ("expected", "submitted", "on_time", "approved")}
    return {**figures, **rates(figures)}


def rates(figures: dict) -> dict:
    n = figures["expected"]
    return {"rate": round(figures["submitted"] / n, 4) if n else None,
            "rate_on_time": round(figures["on_time"] / n, 4) if n else None}


@dataclass
class ChildCompleteness:
    """Completeness of the expected units under one child unit (or child area) of the dashboard's target."""

    child: Unit | Area
    expected: int = 0
    submitted: int = 0
    on_time: int = 0
    approved: int = 0

    @property
    def not_submitted(self) -> int:
        return self.expected - self.submitted

    @property
    def rate(self) -> float | None:
        return self.submitted / self.expected if self.expected else None


def completeness_by_child(rows: list[CompletenessRow], children, parent: Unit | Area) -> list[ChildCompleteness]:
    """`completeness_rows` counted per child of `parent` (its child units, or child areas), in the children's order.

    No query: each row is placed under the child whose path is the next step of its unit's path (the
    line path for units, the area path for areas). Rows of `parent` itself belong to no child: see `own_completeness`.
    """
    by_area = isinstance(parent, Area)
    prefix = parent.path if by_area else parent.line_path
    counts = {(c.path if by_area else c.line_path): ChildCompleteness(c) for c in children}
    for row in rows:
        path = row.unit.area.path if by_area else row.unit.line_path
        if not path.startswith(prefix) or path == prefix:
            continue
        found = counts.get(prefix + path[len(prefix):].split("/", 1)[0] + "/")
        if found is not None:
            _count(found, row)
    return list(counts.values())


def own_completeness(rows: list[CompletenessRow], parent: Unit | Area) -> ChildCompleteness | None:
    """The rows of `parent` itself (the unit's own report, or the units placed at the area itself), counted as
    one more row of the drill-down, so that the rows add up to the headline; None when there are none."""
    by_area = isinstance(parent, Area)
    own = ChildCompleteness(parent)
    for row in rows:
        if (row.unit.area.path if by_area else row.unit.line_path) == (parent.path if by_area else parent.line_path):
            _count(own, row)
    return own if own.expected else None


def _count(found: ChildCompleteness, row: CompletenessRow) -> None:
    s = row.submission
    found.expected += 1
    if s is not None and s.first_submitted_at is not None:
        found.submitted += 1
        found.on_time += bool(s.on_time)
    found.approved += s is not None and s.status == Status.APPROVED


def owing_first(children: list[ChildCompleteness]) -> tuple[list[ChildCompleteness], list[ChildCompleteness]]:
    """The children that must report, most reports missing first (ties keep their order), and those that need not
    (a unit kind the form does not ask, such as the police): what to chase up comes before what is not owed."""
    owing = sorted((c for c in children if c.expected), key=lambda c: -c.not_submitted)
    return owing, [c for c in children if not c.expected]
