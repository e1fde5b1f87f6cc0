"""The home page, the audit browser and the generic scoped list view every app's lists build on."""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.shortcuts import render
from django.views.generic import ListView

from danvan.accounts.selectors import memberships_of
from danvan.core.audit_labels import action_choices, describe_changes
from danvan.core.permissions import Action
from danvan.core.selectors import audit_events


class ScopedListView(LoginRequiredMixin, ListView):
    """A paginated list whose rows come from a scoped selector; htmx requests get only the results partial.

    Subclasses set `template_name`, `partial_template_name` and implement `select(request)`.
    """

    paginate_by = settings.PAGE_SIZE
    partial_template_name: str = ""

    def select(self, request):
        raise NotImplementedError

    def get_queryset(self):
        return self.select(self.request)

    def get_template_names(self):
        if getattr(self.request, "htmx", False) and self.partial_template_name:
            return [self.partial_template_name]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context


@login_required
def home(request):
    memberships = list(memberships_of(request.user))
    return render(request, "core/home.html", {"memberships": memberships})


class AuditEventListView(ScopedListView):
    """Administrators browse the trail per object (object_type + object_id), per user (actor) and per action.

    `action` matches codes by prefix, so a link with "reporting.submission" still lists every report event.
    """

    template_name = "core/audit_list.html"
    partial_template_name = "core/_audit_rows.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def select(self, request):
        return audit_events(request.user, object_type=request.GET.get("object_type", ""),
                            object_id=request.GET.get("object_id", ""), actor=request.GET.get("actor", ""),
                            action=request.GET.get("action", ""))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = self.request.GET.get("action", "").strip()
        choices = action_choices()
        context["action"] = action
        context["action_groups"] = choices
        listed = {code for _app, group in choices for code, _label in group}
        # A prefix or an unknown code from a link stays selected as itself, not silently replaced by "all".
        context["action_is_listed"] = not action or action in listed
        context["object_list"] = events = list(context["object_list"])
        name_related_rows(self.request.user, events)
        return context


# How a related row is named in the changes table (one column, read with values_list); others by their str().
RELATED_LABEL_FIELDS = {"accounts.user": "username", "org.unit": "name", "org.area": "name", "org.unitkind": "name"}


def name_related_rows(user, events) -> None:
    """Set `event.readable_changes`: the changes table with foreign keys named ("xa-37", not 2).

    The ids of all the events are looked up together, one query per related model, through the
    user's scope: a row the user may not see (or one deleted since) keeps its id.
    """
    relations = [_relations(event) for event in events]
    wanted: dict = defaultdict(set)
    for event, fields in zip(events, relations, strict=True):
        for key, related in fields.items():
            wanted[related].update(_ids(event.before, key) + _ids(event.after, key))
    names = {related: _names(user, related, ids) for related, ids in wanted.items() if ids}
    for event, fields in zip(events, relations, strict=True):
        event.readable_changes = describe_changes(
            event.object_type, _with_names(event.before, fields, names), _with_names(event.after, fields, names))


def _relations(event) -> dict:
    """{key of before/after: related model} for the changed keys that are foreign keys of the event's model."""
    before, after = (side if isinstance(side, dict) else {} for side in (event.before, event.after))
    keys = {key for key in {*before, *after} if before.get(key) != after.get(key)}
    try:
        model = apps.get_model(event.object_type) if keys else None
    except (LookupError, ValueError):  # not a model ("reporting.reminder") or not "app.model"
        model = None
    found = {}
    for key in keys if model is not None else ():
        try:
            field = model._meta.get_field(key)  # "unit" or its column "unit_id"
        except FieldDoesNotExist:
            continue
        if field.concrete and (field.many_to_one or field.one_to_one):
            found[key] = field.related_model
    return found


def _ids(side, key: str) -> list[int]:
    value = side.get(key) if isinstance(side, dict) else None
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def _names(user, related, ids) -> dict:
    if not hasattr(related.objects, "for_user"):  # not one of ours: no scope to read it through
        return {}
    rows = related.objects.for_user(user, Action.VIEW).filter(pk__in=ids)
    label_field = RELATED_LABEL_FIELDS.get(related._meta.label_lower)
    if label_field:
        return dict(rows.values_list("pk", label_field))
    return {row.pk: str(row) for row in rows}


def _with_names(side, fields: dict, names: dict):
    if not isinstance(side, dict) or not fields:
        return side
    named = dict(side)
    for key, related in fields.items():
        if _ids(side, key):
            named[key] = names.get(related, {}).get(side[key], side[key])
    return named
