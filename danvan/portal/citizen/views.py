"""The citizen pages. Reading pages (the open drafts, a draft, a piece) are the same for everyone and cached
(caching.public_page); pages with a form carry a CSRF and a signed timestamp token and are never cached.

A POST passes the abuse controls first (abuse.guard: rate, size, honeypot, token, time); a refusal is a 429
with its Vietnamese message and nothing written. Then the form, then one service call: the one helper
`_submit` does it for every citizen form (a `PublicForm` says which).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from danvan.core.views import ScopedListView, call_service
from danvan.portal.caching import public_page
from danvan.portal.citizen import abuse, forms, selectors, services
from danvan.portal.models import ModerationKind, ModerationStatus

READ_MAX_AGE = 60


def _form_context(**extra) -> dict:
    return {"form_token": abuse.new_token(), "token_field": abuse.FORM_TOKEN_FIELD,
            "honeypot_field": abuse.HONEYPOT_FIELD, **extra}


def _refused(request, exc: abuse.Refused, template: str, context: dict) -> HttpResponse:
    return render(request, template, {**_form_context(**context), "refusal": exc.message}, status=exc.status)


# --- open consultations ---


@public_page(READ_MAX_AGE)
def consultation_list(request):
    return render(request, "portal/citizen/consultations.html", {
        "open": list(selectors.public_consultations(request.user)[:100]),
        "done": list(selectors.public_consultations(request.user, status=("synthesised",))[:50])})


@public_page(READ_MAX_AGE)
def consultation_detail(request, public_consultation_id: int):
    c = selectors.get_public_consultation(request.user, public_consultation_id)
    return render(request, "portal/citizen/consultation.html", {
        "c": c, "pieces": selectors.pieces(c), "results": selectors.public_results(c)})


@public_page(READ_MAX_AGE)
def piece_detail(request, public_consultation_id: int, public_piece_id: int):
    c = selectors.get_public_consultation(request.user, public_consultation_id)
    piece, under, previous, following = selectors.piece_and_neighbours(c, public_piece_id)
    return render(request, "portal/citizen/piece.html", {
        "c": c, "piece": piece, "under": under, "previous": previous, "next": following,
        "results": selectors.public_results(c, piece)})


@dataclass(frozen=True)
class PublicForm:
    """What `_submit` needs of a citizen's form page: the abuse counter's name and field limits, the page."""

    name: str  # "comment", "recommendation": the rate-limit counter of abuse.guard
    limits: dict[str, int]
    template: str
    context: dict
    texts: tuple[str, ...]  # the fields abuse.signals reads


def _submit(request, spec: PublicForm, form, run: Callable[[dict, Callable[[], list[str]], str], Any],
            sent: Callable[[str, Any], HttpResponse]) -> HttpResponse:
    """The one shape of every citizen POST: the abuse controls (429, nothing written), the form (400), one
    service call (`run(data, signals, client)`; `signals()` computed only once the call's own checks passed;
    its refusal answers the form with the service's status), then `sent(state, obj)` ("created" or "held")."""
    try:
        passed = abuse.guard(request, spec.name, limits=spec.limits)
    except abuse.Refused as exc:
        return _refused(request, exc, spec.template, {**spec.context, "form": form})
    if not form.is_valid():
        return render(request, spec.template, _form_context(form=form, **spec.context), status=400)
    d = form.cleaned_data
    outcome = call_service(request, lambda: run(d, lambda: abuse.signals(passed, [d[f] for f in spec.texts]),
                                                passed.client), into=form, flash=False)
    if not outcome.ok:
        return render(request, spec.template, _form_context(form=form, **spec.context), status=outcome.status)
    state, obj = outcome.value
    return sent(state, obj)


@require_http_methods(["GET", "POST"])
def piece_comment(request, public_consultation_id: int, public_piece_id: int):
    """The comment form of a piece (GET) and its target (POST)."""
    c = selectors.get_public_consultation(request.user, public_consultation_id)
    piece = selectors.comment_target(c, public_piece_id)
    groups = selectors.commenter_groups()
    spec = PublicForm("comment", forms.COMMENT_LIMITS, "portal/citizen/comment.html", {"c": c, "piece": piece},
                      texts=("text", "name", "area", "contact"))
    if c.status != "open":
        return render(request, spec.template, {**spec.context, "closed": True},
                      status=200 if request.method == "GET" else 409)
    if request.method == "GET":
        return render(request, spec.template, _form_context(form=forms.CommentForm(groups=groups), **spec.context))

    def run(d, signals, client):
        payload = {"stance": d["stance"], "text": d["text"], "piece": piece.pk, "name": d["name"],
                   "group": d["group"], "area": d["area"], "contact": d["contact"], "anonymous": d["anonymous"]}
        return services.submit_comment(c, payload, signals=signals(), client=client)

    return _submit(request, spec, forms.CommentForm(request.POST, groups=groups), run, lambda state, _: render(
        request, "portal/citizen/comment_sent.html", {**spec.context, "held": state == "held"}))


# --- recommendations and their status ---


@require_http_methods(["GET", "POST"])
def recommendation(request):
    """The recommendation form: choose the province (a GET form, no script), then the commune and the rest."""
    province_code = (request.POST.get("province") or request.GET.get("tinh") or "")[:20]
    communes = selectors.communes(province_code) if province_code else []
    spec = PublicForm("recommendation", forms.RECOMMENDATION_LIMITS, "portal/citizen/recommendation.html",
                      {"provinces": selectors.provinces(), "province_code": province_code, "communes": communes},
                      texts=("subject", "content", "name", "address"))
    if request.method == "GET":
        return render(request, spec.template, _form_context(form=forms.RecommendationForm(communes=communes),
                                                            **spec.context))
    found: dict = {}

    def run(d, signals, client):
        commune = found["commune"] = selectors.commune(d["commune"])
        unit = selectors.receiving_unit(commune) if commune is not None else None
        if unit is None:
            raise ValidationError({"commune": ["Xã, phường này chưa có tổ chức tiếp nhận trên hệ thống."]})
        payload = {k: d[k] for k in ("kind", "name", "phone", "address", "subject", "content")}
        return services.submit_recommendation(unit=unit, commune=commune, payload=payload, signals=signals(),
                                              client=client)

    return _submit(request, spec, forms.RecommendationForm(request.POST, communes=communes), run,
                   lambda state, obj: render(request, "portal/citizen/recommendation_sent.html", {
                       "held": state == "held", "code": obj.code, "commune": found["commune"]}))


@require_http_methods(["GET", "POST"])
def status_lookup(request):
    """The status of a recommendation from its code and the last four digits of the phone (POST: the digits
    stay out of addresses and logs). One 404 for a wrong code and a wrong phone; rate-limited per address."""
    template = "portal/citizen/lookup.html"
    if request.method == "GET":
        return render(request, template, {"form": forms.LookupForm()})
    form = forms.LookupForm(request.POST)
    try:
        abuse.check_rate(request, "lookup")
        for field, limit in forms.LOOKUP_LIMITS.items():
            if len(request.POST.get(field, "")) > limit * 4:
                raise abuse.Refused(abuse.TOO_LARGE_BODY, "size")
    except abuse.Refused as exc:
        return render(request, template, {"form": form, "refusal": exc.message}, status=exc.status)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    found = selectors.lookup(form.cleaned_data["code"], form.cleaned_data["phone_last4"])
    if found is None:
        return render(request, template, {"form": form, "not_found": True}, status=404)
    return render(request, template, {"form": forms.LookupForm(), "found": found})


# --- the moderation queue (staff) ---


class ModerationListView(ScopedListView):
    template_name = "portal/citizen/moderation_list.html"

    def select(self, request):
        return selectors.moderation_queue(request.user, status=request.GET.get("trang-thai", ModerationStatus.HELD),
                                          kind=request.GET.get("loai", "")[:10])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(statuses=ModerationStatus.choices, kinds=ModerationKind.choices,
                       status=self.request.GET.get("trang-thai", ModerationStatus.HELD),
                       signal_labels=abuse.SIGNAL_LABELS)
        return context


moderation_list = ModerationListView.as_view()


@login_required
def moderation_detail(request, moderation_id: int):
    item = selectors.get_moderation_item(request.user, moderation_id)
    return render(request, "portal/citizen/moderation_detail.html", {
        "item": item, "form": forms.DecisionForm(), "signals": [abuse.SIGNAL_LABELS.get(s, s) for s in item.signals]})


@login_required
@require_POST
def moderation_decide(request, moderation_id: int, event: str):
    """Release ("cho-dang") or hide ("an", a reason required) a held submission."""
    item = selectors.get_moderation_item(request.user, moderation_id)
    form = forms.DecisionForm(request.POST)
    form.is_valid()
    reason = form.cleaned_data.get("reason", "") if form.is_valid() else ""
    if event == "cho-dang":
        outcome = call_service(request, lambda: services.release_item(request.user, item, reason=reason),
                               into=form, success="Đã cho đăng/tiếp nhận nội dung này.")
    elif event == "an":
        outcome = call_service(request, lambda: services.hide_item(request.user, item, reason=reason),
                               into=form, success="Đã ẩn nội dung này.")
    else:
        return render(request, "portal/citizen/moderation_detail.html", {"item": item, "form": form}, status=404)
    if outcome.ok:
        return redirect("portal:moderation_list")
    errors = list(form.errors.get(NON_FIELD_ERRORS, []))
    return render(request, "portal/citizen/moderation_detail.html", {
        "item": item, "form": form, "errors": errors,
        "signals": [abuse.SIGNAL_LABELS.get(s, s) for s in item.signals]}, status=outcome.status)
