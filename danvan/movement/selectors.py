"""Reads of the movement app: scoped lists, one model, the replication tree, statistics, indicator values.

Every read a user asks for goes through `for_user`; the indicator sources read a unit's own records with
`unscoped()` because reporting asks on the unit's behalf (the draft's reporter already sees them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Prefetch, Q
from django.urls import reverse

from danvan.core.permissions import PATH_END, Action, get_for_user_or_404, scope_for, subtree_q
from danvan.core.registry import SourcedRecord, SourcedValue
from danvan.core.text import fold
from danvan.movement import rules
from danvan.movement.choices import Level, Status
from danvan.movement.models import Criterion, Evaluation, Field, MovementModel, Recognition
from danvan.org.models import Area, Unit, UnitKind

RECORDS_SHOWN = 20  # records listed behind an indicator value; the rest are counted in `more`


def fields():
    return Field.objects.filter(is_active=True)


def criteria():
    return Criterion.objects.filter(is_active=True)


def catalogue_names() -> tuple[dict[str, str], dict[str, str]]:
    """(field code → name, unit kind code → name), to label the statistics."""
    return (dict(Field.objects.values_list("code", "name")), dict(UnitKind.objects.values_list("code", "name")))


def _in_area(qs, area: Area):
    through = MovementModel.areas.through.objects.filter(
        area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + PATH_END)
    return qs.filter(pk__in=through.values("movementmodel_id"))


def _under(qs, unit: Unit):
    return qs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)


def model_list(user, *, unit: Unit | None = None, area: Area | None = None, field: str | None = None,
               kind: str | None = None, status: str | None = None, year: int | None = None, q: str = "",
               origin: int | None = None):
    """The models the user may see, filtered; `unit` means its subtree, `area` the area's subtree."""
    qs = MovementModel.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = _under(qs, unit)
    if area is not None:
        qs = _in_area(qs, area)
    if field:
        qs = qs.filter(field__code=field)
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    if year:
        qs = qs.filter(registered_on__year=year)
    if origin:
        qs = qs.filter(origin_id=origin)
    if q.strip():
        qs = qs.filter(name_folded__contains=fold(q))
    return qs.select_related("unit", "field").prefetch_related("areas").order_by("-registered_on", "-id")


def get_model(user, model_id, action: str = Action.VIEW) -> MovementModel:
    """One model the user may act on, or 404 (out of scope looks like absent)."""
    qs = MovementModel.objects.select_related("unit", "unit__kind", "field", "origin", "origin__unit")
    return get_for_user_or_404(qs, user, action, pk=model_id)


def model_detail(user, model_id) -> MovementModel:
    """One model with its evaluations, commendations, areas and timeline prefetched."""
    qs = MovementModel.objects.select_related("unit", "field", "origin", "origin__unit").prefetch_related(
        "areas", "organisations", Prefetch("evaluations", Evaluation.objects.order_by("evaluated_on", "id")),
        "recognitions", "timeline")
    return get_for_user_or_404(qs, user, Action.VIEW, pk=model_id)


@dataclass
class TreeNode:
    model: MovementModel
    children: list[TreeNode]
    visible: bool  # False: a replication outside the user's scope, shown only as a count


def replication_tree(user, model: MovementModel) -> TreeNode:
    """The tree of replications from the model's root origin; models out of scope are not named."""
    root = model
    seen = {root.pk}
    while root.origin_id and root.origin_id not in seen:  # a cycle cannot be written, but never loop
        seen.add(root.origin_id)
        root = MovementModel.objects.unscoped().select_related("unit").get(pk=root.origin_id)
    family = _family_ids(root)
    visible = set(MovementModel.objects.for_user(user).filter(pk__in=family).values_list("pk", flat=True))
    rows = MovementModel.objects.unscoped().filter(pk__in=family).select_related("unit")
    by_origin: dict[int | None, list[MovementModel]] = defaultdict(list)
    for row in rows:
        by_origin[row.origin_id].append(row)

    def build(node: MovementModel) -> TreeNode:
        kids = sorted(by_origin.get(node.pk, []), key=lambda m: (m.registered_on, m.pk))
        return TreeNode(node, [build(k) for k in kids], node.pk in visible)

    return build(root)


def _family_ids(root: MovementModel) -> list[int]:
    """The root and every replication below it, one query per generation."""
    ids, frontier = [root.pk], [root.pk]
    while frontier:
        frontier = list(MovementModel.objects.unscoped().filter(origin_id__in=frontier).values_list("pk", flat=True))
        ids += frontier
    return ids


# --- statistics ----------------------------------------------------------------------------------------


def _period_q(name: str, start: date, end: date) -> Q:
    return Q(**{f"{name}__gte": start, f"{name}__lte": end})


def _visible(user, unit: Unit | None, area: Area | None) -> tuple[Q, Q] | None:
    """(the filter on a row's own `line_path` — the user's scope and the unit's subtree —, the filter on the
    model's areas) of the models a user may see under `unit` / in `area`; None: nothing is visible. Both are
    empty for an administrator over the nation, so its figures scan each table once with no restriction.
    Evaluations and commendations copy their model's `line_path`, so the first filter applies to them too."""
    scope = scope_for(user, Action.VIEW)  # what MovementModel.objects.for_user applies (scope_path_field)
    if scope.is_empty:
        return None
    lines = Q() if scope.everything else subtree_q("line_path", scope.prefixes)
    if unit is not None:
        lines &= Q(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    places = Q()
    if area is not None:
        through = MovementModel.areas.through.objects.filter(
            area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + PATH_END)
        places = Q(pk__in=through.values("movementmodel_id"))
    return lines, places


def statistics(user, *, start: date, end: date, unit: Unit | None = None, area: Area | None = None) -> dict:
    """Counts of the visible models of a unit subtree or an area, for the period [start, end].

    total: registered by `end` and not stopped by then; new: registered in the period; effective: evaluated
    effective in the period; recognised: commended in the period; replicated: replications registered in the
    period; by_field / by_organisation_kind: the total split; by_level: commendations of the period by level.
    Five queries whatever the size (catalogues aside), each an index range: two over the models (covering
    index from line_path), one over the period's evaluations and two over its commendations (their own copy
    of the line, so a subtree needs no join to the models; an area still goes through the models' areas).
    """
    fields = dict(Field.objects.values_list("pk", "code"))
    kinds = dict(UnitKind.objects.values_list("pk", "code"))
    figures = {"total": 0, "new": 0, "replicated": 0, "effective": 0, "recognised": 0,
               "by_field": dict.fromkeys(fields.values(), 0), "by_level": dict.fromkeys(Level.values, 0),
               "by_organisation_kind": {}, "by_status": {}}
    visible = _visible(user, unit, area)
    if visible is None:
        return figures
    lines, places = visible
    models = MovementModel.objects.filter(lines, places)
    # The models existing at the end, counted per (field, unit kind, status) in one GROUP BY over the covering
    # index (a few hundred groups, added up here; one conditional count per field, kind and status made every
    # row evaluate ~30 CASEs), then the period's registrations (an index range on registered_on).
    by_field: Counter = Counter()
    by_kind: Counter = Counter()
    by_status: Counter = Counter()
    groups = (models.filter(rules.existing_at(end)).order_by().values_list("field_id", "unit_kind_id", "status")
              .annotate(n=Count("pk")))
    for field_id, kind_id, status, n in groups:
        by_field[field_id] += n
        by_kind[kind_id] += n
        by_status[status] += n
    figures["total"] = sum(by_status.values())
    figures["by_field"] = {code: by_field[pk] for pk, code in fields.items()}
    figures["by_organisation_kind"] = {code: by_kind[pk] for pk, code in kinds.items() if by_kind[pk]}
    figures["by_status"] = {st: by_status[st] for st in Status.values if by_status[st]}
    figures.update(models.filter(_period_q("registered_on", start, end)).aggregate(
        new=Count("pk"), replicated=Count("pk", filter=Q(origin__isnull=False))))
    # Evaluations and commendations of the period, by their own copy of the line (and, for an area, their
    # model among the area's).
    related = lines & (Q(model__in=models.values("pk")) if area is not None else Q())
    figures["effective"] = Evaluation.objects.filter(related, effective=True, evaluated_on__gte=start,
                                                     evaluated_on__lte=end).aggregate(
        n=Count("model_id", distinct=True))["n"]
    recognitions = Recognition.objects.filter(related, decision_date__gte=start, decision_date__lte=end)
    for level, n in recognitions.values_list("level").annotate(n=Count("pk")).order_by():
        figures["by_level"][level] = n
    figures["recognised"] = recognitions.aggregate(n=Count("model_id", distinct=True))["n"]
    return figures


def area_breakdown(user, *, area: Area, start: date, end: date) -> list[dict]:
    """The drill-down one level below `area`: per child area, models existing at `end` and new in the period."""
    children = list(Area.objects.filter(parent=area, is_active=True).order_by("name"))
    if not children:
        return []
    depth = len(area.path.strip("/").split("/"))
    base = model_list(user, area=area).order_by()
    rows = MovementModel.areas.through.objects.filter(
        movementmodel__in=base.values("pk"), area__era=area.era, area__path__gte=area.path,
        area__path__lt=area.path + PATH_END).values_list(
        "movementmodel_id", "area__path", "movementmodel__registered_on", "movementmodel__stopped_on")
    total: dict[str, set] = defaultdict(set)
    new: dict[str, set] = defaultdict(set)
    for model_id, path, registered_on, stopped_on in rows:
        parts = path.strip("/").split("/")
        if len(parts) <= depth:
            continue  # located at the area itself, not in one child
        child = parts[depth]
        if registered_on <= end and (stopped_on is None or stopped_on > end):
            total[child].add(model_id)
        if start <= registered_on <= end:
            new[child].add(model_id)
    return [{"area": c, "total": len(total[c.code]), "new": len(new[c.code])} for c in children]


def recognised_models(user, *, start: date, end: date, unit: Unit | None = None, area: Area | None = None):
    """Commendations of the period among the visible models, with their model (for the .docx report)."""
    base = model_list(user, unit=unit, area=area).order_by()
    return Recognition.objects.filter(model__in=base.values("pk"), decision_date__gte=start,
                                      decision_date__lte=end).select_related("model", "model__unit", "model__field")


def outstanding_models(user, *, start: date, end: date, unit: Unit | None = None, area: Area | None = None,
                       limit: int = 5):
    """Examples for the report: models evaluated effective in the period, recognised ones first."""
    base = model_list(user, unit=unit, area=area).order_by()
    effective = Evaluation.objects.filter(effective=True, evaluated_on__gte=start, evaluated_on__lte=end)
    return (MovementModel.objects.filter(pk__in=base.values("pk")).filter(pk__in=effective.values("model_id"))
            .select_related("unit", "field").order_by("-status", "-registered_on")[:limit])


# --- indicator sources (registered in registrations.py) ------------------------------------------------


def _sourced(qs, unit: Unit) -> SourcedValue:
    count = qs.count()
    shown = list(qs.order_by("registered_on", "pk")[:RECORDS_SHOWN])
    records = tuple(SourcedRecord(label=m.name, url=reverse("movement:model_detail", args=[m.pk])) for m in shown)
    return SourcedValue(value=Decimal(count), records=records, more=max(0, count - len(records)))


def models_in_operation(unit: Unit, start: date, end: date) -> SourcedValue:
    """DVK_TONG: the unit's own models in operation at the end of the period (launched, not stopped)."""
    return _sourced(MovementModel.objects.unscoped().filter(unit=unit).filter(rules.in_operation_at(end)), unit)


def models_registered(unit: Unit, start: date, end: date) -> SourcedValue:
    """DVK_MOI: the unit's own models (and replications) registered in the period."""
    return _sourced(MovementModel.objects.unscoped().filter(unit=unit).filter(_period_q("registered_on", start, end)),
                    unit)


def list_url_for_unit(unit: Unit) -> str:
    return reverse("movement:model_list") + f"?unit={unit.pk}"

