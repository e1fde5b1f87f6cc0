"""Directive documents: the scoped list, one document with its implementation chain and missing units."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from danvan.core.permissions import PATH_END, Action, scope_for
from danvan.core.text import fold
from danvan.directives import rules
from danvan.directives.models import Directive
from danvan.org.models import Unit


def readable(user):
    """The documents `user` may read: those of the units in scope and of the units above them."""
    q = rules.readable_directives_q(user)
    if q is None:
        return Directive.objects.none()
    return Directive.objects.filter(q)


def directive_list(user, *, unit: Unit | None = None, type: str | None = None, year: int | None = None, q: str = "",
                   implements: int | None = None):
    qs = readable(user)
    if unit is not None:
        qs = qs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    if type:
        qs = qs.filter(type=type)
    if year:
        qs = qs.filter(issued_on__year=year)
    if implements:
        qs = qs.filter(implements_id=implements)
    if q.strip():
        qs = qs.filter(subject_folded__contains=fold(q))
    return qs.select_related("unit", "implements").order_by("-issued_on", "-id")


def get_directive(user, directive_id, action: str = Action.VIEW) -> Directive:
    """One document the user may read (VIEW) or write for (REPORT: its unit is in the user's report scope)."""
    qs = Directive.objects.for_user(user, action) if action != Action.VIEW else readable(user)
    try:
        return qs.select_related("unit", "implements", "implements__unit", "replaced_by").get(pk=int(directive_id))
    except (Directive.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def open_children(unit: Unit) -> list[Unit]:
    return list(Unit.objects.unscoped().filter(parent=unit, closed_on__isnull=True).select_related("kind")
                .order_by("line_path"))


@dataclass
class Chain:
    directive: Directive
    ancestors: list[Directive]  # the documents it implements, the highest first
    implementations: list[Directive]  # the visible documents implementing it
    expected: list[Unit]  # the units expected to implement it, visible to the user
    missing: list[Unit]  # those of them without an implementing document


def chain(user, directive: Directive) -> Chain:
    """The chain above a document (what it implements) and below it (who implemented it, who did not).

    Units outside the user's scope are neither listed as expected nor as missing."""
    ancestors: list[Directive] = []
    seen, node = {directive.pk}, directive
    readable_ids = readable(user)
    while node.implements_id and node.implements_id not in seen:
        seen.add(node.implements_id)
        found = readable_ids.select_related("unit").filter(pk=node.implements_id).first()
        if found is None:
            break
        ancestors.insert(0, found)
        node = found
    implementations = list(Directive.objects.for_user(user).filter(implements=directive)
                           .select_related("unit").order_by("unit__line_path", "issued_on"))
    scope = scope_for(user, Action.VIEW)
    expected = [u for u in rules.expected_implementers(directive, open_children) if scope.covers(u.line_path)]
    done = {d.unit_id for d in implementations}
    return Chain(directive, ancestors, implementations, expected, [u for u in expected if u.pk not in done])


def recent_for_choice(user, limit: int = 200):
    """Documents to choose from in a form (what a new document implements, what a task serves)."""
    return list(readable(user).select_related("unit").order_by("-issued_on", "-id")[:limit])


def find_by_citation(user, cited: str | None) -> Directive | None:
    """The readable document a citation names (number and symbol as the reader found them), if recorded."""
    if not cited:
        return None
    from danvan.directives.parsing import parse_citation

    fields = parse_citation(cited)
    if not fields.get("found"):
        return None
    return readable(user).filter(number=fields["number"], symbol=fields["symbol"] or "").order_by("-issued_on").first()
