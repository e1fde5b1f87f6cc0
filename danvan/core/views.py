"""The home page, the audit browser, the notification inbox, the generic scoped list view every app's lists
build on, the unit-page panels, and `call_service`: every view's one way to call a service and show its refusal."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from danvan.core import registry
from danvan.core.audit import ConflictError
from danvan.core.audit_labels import action_choices, object_type_choices
from danvan.core.selectors import (
    attachment_for_download,
    audit_events,
    name_related_rows,
    notifications_of,
    unread_count,
)
from danvan.core.services import mark_notifications_read


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


def home(request):
    """ "/": the public portal's home for an anonymous visitor (registry.public_home), else the signed-in home."""
    if not request.user.is_authenticated:
        public_home = registry.public_home.get()
        if public_home is not None:
            return public_home(request)
    return staff_home(request)


@login_required
def staff_home(request):
    """The signed-in home page: the blocks apps registered (core.registry.home_panels), those not hidden."""
    panels = []
    for panel in registry.home_panels:
        context = panel.context(request)
        if context is not None:
            html = render_to_string(panel.template, context, request=request)
            panels.append(RenderedPanel(panel.key, panel.title, SafeString(html)))
    return render(request, "core/home.html", {"panels": panels})


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
        object_type = self.request.GET.get("object_type", "").strip()
        context["object_type"] = object_type
        context["object_type_groups"] = types = object_type_choices()
        context["object_type_is_listed"] = not object_type or any(
            object_type == code for _app, group in types for code, _label in group)
        context["object_list"] = events = list(context["object_list"])
        name_related_rows(self.request.user, events)
        return context


@dataclass(frozen=True)
class RenderedPanel:
    key: str
    title: object
    html: SafeString


def render_unit_panels(request, unit) -> list[RenderedPanel]:
    """The panels apps registered for a unit's page (core.registry.unit_panels), those not hidden, rendered.

    A panel's context function returns None to hide it for this user and unit; its template gets the
    returned context plus `unit`.
    """
    shown = []
    for panel in registry.unit_panels:
        context = panel.context(request, unit)
        if context is not None:
            html = render_to_string(panel.template, {"unit": unit, **context}, request=request)
            shown.append(RenderedPanel(panel.key, panel.title, SafeString(html)))
    return shown


# --- calling a service from a view -----------------------------------------------------------------------

NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này."


@dataclass
class Outcome:
    """What a service call gave: its value, or its refusal in Vietnamese (by field, "__all__" for the rest)."""

    ok: bool
    value: Any = None
    errors: dict[str, list[str]] = field(default_factory=dict)
    status: int = 200  # 400 invalid, 403 not allowed, 409 changed meanwhile or refused by the state machine

    @property
    def messages(self) -> list[str]:
        return [m for msgs in self.errors.values() for m in msgs]

    @property
    def message(self) -> str:
        return " ".join(self.messages)


def error_messages(exc: ValidationError) -> dict[str, list[str]]:
    """A ValidationError's messages by field ("__all__" when it names none)."""
    return exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD_ERRORS: exc.messages}


def call_service(request, run: Callable[[], Any], *, into=None, success: str = "", flash: bool = True,
                 not_allowed: str = NOT_ALLOWED,
                 catch: tuple[type[Exception], ...] = (ValidationError, PermissionDenied, ConflictError)) -> Outcome:
    """Call `run()` (a service call: `lambda: services.approve(user, s)`) and turn its refusal into Vietnamese.

    On success `success` is flashed. On a ValidationError, PermissionDenied or ConflictError (those in
    `catch`; others propagate, e.g. a PermissionDenied a view turns into 404) the messages go to the form
    `into` as field errors when one is given (unknown fields as non-field errors), else to the flash
    messages when `flash` (a PermissionDenied without a message says `not_allowed`); the returned Outcome carries them and the HTTP status a page should answer with.
    """
    try:
        value = run()
    except catch as exc:
        outcome = _refusal(exc, not_allowed)
    else:
        if success:
            messages.success(request, success)
        return Outcome(True, value)
    if into is not None:
        for name, msgs in outcome.errors.items():
            into.add_error(name if name in into.fields else None, msgs)
    elif flash:
        messages.error(request, outcome.message)
    return outcome


def edit_page(request, form, save: Callable[[dict[str, Any]], Any], *, success: str, done: str, template: str,
              context: dict[str, Any]):
    """The one shape of a page that edits a record: GET shows `form`; a valid POST runs `save(cleaned_data)` (a
    service call) through `call_service` and redirects to `done`; an invalid form answers 400, a refusal its own
    status (409 stale, 403, 400) with the reason on the form."""
    status = 200
    if form.is_bound:
        status = 400
        if form.is_valid():
            outcome = call_service(request, lambda: save(form.cleaned_data), into=form, success=success)
            if outcome.ok:
                return redirect(done)
            status = outcome.status
    return render(request, template, {"form": form, **context}, status=status)


def _refusal(exc: Exception, not_allowed: str) -> Outcome:
    if isinstance(exc, ConflictError):
        return Outcome(False, errors={NON_FIELD_ERRORS: [exc.message]}, status=409)
    if isinstance(exc, PermissionDenied):
        return Outcome(False, errors={NON_FIELD_ERRORS: [str(exc) or not_allowed]}, status=403)
    if isinstance(exc, ValidationError):
        return Outcome(False, errors=error_messages(exc), status=400)
    return Outcome(False, errors={NON_FIELD_ERRORS: [str(exc)]}, status=400)  # another type the caller chose


# --- the notification inbox ---


class NotificationListView(ScopedListView):
    """The signed-in user's notices, newest first (mounted at /bao-cao/thong-bao/, where they always were)."""

    template_name = "core/notification_list.html"
    partial_template_name = "core/_notification_rows.html"

    def select(self, request):
        return notifications_of(request.user)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "unread": unread_count(self.request.user)}


@login_required
@require_POST
def notifications_mark_read(request):
    count = mark_notifications_read(request.user)
    messages.success(request, f"Đã đánh dấu {count} thông báo là đã đọc." if count else "Không có thông báo mới.")
    return redirect("core:notification_list")


@login_required
def notifications_badge(request):
    """The unread count as a small partial, for an htmx-loaded badge in the navigation bar."""
    return render(request, "core/_notification_badge.html",
                  {"unread_notifications": unread_count(request.user)})


@login_required
def attachment_download(request, attachment_id: int):
    """Send an attachment as a download (never shown inline), if the user may see its owner; 404 otherwise."""
    from django.http import FileResponse, Http404

    attachment = attachment_for_download(request.user, attachment_id)
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    response = FileResponse(handle, as_attachment=True, filename=attachment.filename,
                            content_type=attachment.content_type)
    response["Cache-Control"] = "private, no-store"
    return response
