"""Deny-by-default scoping, in one place.

Every domain model's manager is a ScopedQuerySet; views and the API read only through
`Model.objects.for_user(user, action)`. A user's scope for an action is a set of reporting-line
path prefixes (a membership in a unit covers that unit and every unit below it), computed by the
user model (`accounts.User.scope_for`) and cached on the user object for the request.

A model declares how it is reached from the reporting line:
- `scope_path_field = "line_path"` (or "unit__line_path"): rows under the user's prefixes;
- `scope_public = True`: reference data any signed-in user may read (areas, unit kinds);
- `scope_admin_only = True`: only system administrators.
A model that declares none of these is visible to nobody but administrators.

What anonymous visitors (the public portal, citizens) may read is declared too, never implied:
- `scope_anonymous = True`: the whole table is public, anyone may view it, signed in or not;
- `scope_published = Q(status="published")`: the rows that filter selects are public. An anonymous visitor
  sees those rows only; the public portal reads them as a visitor (`for_user(AnonymousUser(), VIEW)`) whoever
  asks. A signed-in user's staff pages stay within their scope: a published record of another province is read
  on the portal, never through the staff pages, where its private fields are (a model's registration, a draft's
  comments).
Both give the view action only: an anonymous visitor can never report, review or manage, and a published row
is changed only by those whose scope covers it. Signed-in reference data (`scope_public`) stays closed to
anonymous visitors: publishing is a decision per model, made where the model is declared.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import reduce
from operator import or_

from django.db import models
from django.http import Http404

# Paths are "/<id>/<id>/" strings of digits and slashes: every path below prefix P sorts in [P, P + "~").
PATH_END = "~"


class Action(StrEnum):
    VIEW = "view"
    REPORT = "report"
    REVIEW = "review"
    MANAGE = "manage"


@dataclass(frozen=True)
class Scope:
    everything: bool = False
    prefixes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.everything and not self.prefixes

    def covers(self, path: str) -> bool:
        return self.everything or any(path.startswith(p) for p in self.prefixes)


NOTHING = Scope()
EVERYTHING = Scope(everything=True)


def minimal_prefixes(paths) -> tuple[str, ...]:
    """Drop paths that lie under another one: the OR of subtrees stays short."""
    kept: list[str] = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return tuple(kept)


def scope_for(user, action: str) -> Scope:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return NOTHING
    if action not in Action.__members__.values():
        return NOTHING
    return user.scope_for(Action(action))


def subtree_q(field: str, prefixes) -> models.Q:
    """Rows whose path `field` lies under any prefix: one indexed range per prefix."""
    return reduce(or_, (models.Q(**{f"{field}__gte": p, f"{field}__lt": p + PATH_END}) for p in prefixes))


class ScopedQuerySet(models.QuerySet):
    def for_user(self, user, action: str = Action.VIEW):
        """The rows `user` may act on with `action`: deny by default, as the model declares (module doc)."""
        model = self.model
        signed_in = user is not None and getattr(user, "is_authenticated", False) and user.is_active
        if signed_in and user.is_superuser:
            return self.all()
        if action == Action.VIEW and getattr(model, "scope_anonymous", False):
            return self.all()  # a public table, for anyone
        # The published rows a visitor may view; they give no other action.
        published = getattr(model, "scope_published", None) if action == Action.VIEW else None
        if not signed_in:
            return self.filter(published) if published is not None else self.none()
        if getattr(model, "scope_public", False):
            return self.all() if action == Action.VIEW else self.none()
        field = getattr(model, "scope_path_field", None)
        scope = scope_for(user, action)
        if getattr(model, "scope_admin_only", False) or field is None or scope.is_empty:
            return self.none()
        if scope.everything:
            return self.all()
        return self.filter(subtree_q(field, scope.prefixes))

    def unscoped(self):
        """Every row, for internal reads that must not depend on who asks (recipients, expected units).

        The one explicit escape hatch from scoping: greppable, and allowed by the scoped-reads guard test.
        Never hand its result to a user unfiltered.
        """
        return self.all()


def get_for_user_or_404(queryset_or_model, user, action: str = Action.VIEW, **lookup):
    """Fetch an object and check the right to it in one call; out of scope is indistinguishable from absent."""
    is_queryset = isinstance(queryset_or_model, models.QuerySet)
    qs = queryset_or_model.for_user(user, action) if is_queryset else queryset_or_model.objects.for_user(user, action)
    try:
        return qs.get(**lookup)
    except (qs.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
