"""Directive documents: the list, a new document (with a pasted citation read for the user), one document."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, call_service, edit_page
from danvan.directives import forms
from danvan.directives.parsing import parse_citation, parse_document, read_upload
from danvan.directives.selectors import directives as selectors
from danvan.directives.services import directives as services
from danvan.org.selectors import get_unit, unit_list


class DirectiveListView(ScopedListView):
    template_name = "directives/directive_list.html"
    partial_template_name = "directives/_directive_rows.html"

    def select(self, request):
        self.form = forms.DirectiveFilterForm(request.GET or None)
        data = self.form.cleaned_data if self.form.is_valid() else {}
        self.unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
        return selectors.directive_list(request.user, unit=self.unit, type=data.get("type") or None,
                                        year=data.get("year"), q=data.get("q") or "",
                                        implements=data.get("implements"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, unit=self.unit, **kwargs)


directive_list = DirectiveListView.as_view()


def _initial_from_citation(user, text: str, *, own_file: bool = False) -> dict:
    found = parse_document(text) if own_file else parse_citation(text)
    if not found.get("found"):
        return {}
    initial = {k: found[k] for k in ("type", "number", "subject", "external_issuer") if found.get(k)}
    initial["symbol"] = found["symbol"]
    if found.get("issued_on"):
        initial["issued_on"] = found["issued_on"]
    implemented = selectors.find_by_citation(user, found.get("implements_reference"))
    if implemented is not None:
        initial["implements"] = implemented.pk
    return initial


@login_required
def directive_new(request):
    units = unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)
    choices = selectors.recent_for_choice(request.user)
    reading = request.POST.get("action") == "parse"
    citation = forms.CitationForm(request.POST if reading else None, request.FILES if reading else None)
    parsed = None
    if citation.is_bound and citation.is_valid():
        source = citation.cleaned_data["source"]
        read = call_service(request, lambda: read_upload(source, "source") if source
                            else citation.cleaned_data["citation"], into=citation, flash=False)
        if read.ok:
            parsed = _initial_from_citation(request.user, read.value, own_file=bool(source))
    bound = request.method == "POST" and request.POST.get("action") != "parse"
    form = forms.DirectiveForm(request.POST if bound else None, request.FILES if bound else None,
                               initial=parsed or {}, units=units, directives=choices)
    if bound and form.is_valid():
        data = form.cleaned_data
        implements = selectors.get_directive(request.user, data["implements"]) if data["implements"] else None
        outcome = call_service(request, lambda: services.record_directive(
            request.user, unit=data["unit"], external_issuer=data["external_issuer"], type=data["type"],
            number=data["number"], symbol=data["symbol"], issued_on=data["issued_on"], subject=data["subject"],
            implements=implements, file=data["file"]), into=form)
        if outcome.ok:
            return redirect(outcome.value.get_absolute_url())
    return render(request, "directives/directive_form.html", {
        "form": form, "citation": citation, "parsed": parsed, "title": "Ghi nhận văn bản chỉ đạo"},
        status=400 if (bound and form.errors) or citation.errors else 200)


@login_required
def directive_detail(request, directive_id: int):
    directive = selectors.get_directive(request.user, directive_id)
    return render(request, "directives/directive_detail.html", {
        "directive": directive, "chain": selectors.chain(request.user, directive),
        "tasks": directive.tasks.for_user(request.user)[:50],
        "activities": directive.activities.for_user(request.user)[:50],
        "can_edit": request.user.scope_for(Action.REPORT).covers(directive.line_path)})


@login_required
def directive_edit(request, directive_id: int):
    """Correct a recorded document; a stale form (someone saved meanwhile) answers 409 with the reason."""
    directive = selectors.get_directive(request.user, directive_id, Action.REPORT)
    initial = {"external_issuer": directive.external_issuer, "type": directive.type, "number": directive.number,
               "symbol": directive.symbol, "issued_on": directive.issued_on, "subject": directive.subject,
               "implements": directive.implements_id, "version": directive.version}
    choices = [d for d in selectors.recent_for_choice(request.user) if d.pk != directive.pk]
    bound = request.method == "POST"
    form = forms.DirectiveEditForm(request.POST if bound else None, request.FILES if bound else None,
                                   initial=initial, directives=choices)

    def save(data):
        implements = selectors.get_directive(request.user, data["implements"]) if data["implements"] else None
        changes = {k: data[k] for k in ("external_issuer", "type", "number", "symbol", "issued_on", "subject")}
        if data["file"]:
            changes["file"] = data["file"]
        return services.update_directive(request.user, directive, version=data["version"], implements=implements,
                                         **changes)

    return edit_page(request, form, save, success="Đã sửa văn bản.", done=directive.get_absolute_url(),
                     template="directives/directive_edit.html",
                     context={"directive": directive, "title": f"Sửa {directive}"})
