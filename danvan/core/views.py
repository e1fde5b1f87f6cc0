"""The home page, the audit browser and the generic scoped list view every app's lists build on."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.generic import ListView

from danvan.accounts.selectors import memberships_of
from danvan.core.audit_labels import action_choices
from danvan.core.selectors import attachment_for_download, audit_events, name_related_rows


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
