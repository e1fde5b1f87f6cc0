"""Staff pages of the portal: write an article, submit it, review, publish or unpublish it with a reason,
preview it as visitors will see it. Thin views: parse with a form, call one selector or service, render."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, call_service
from danvan.portal import forms, rules, selectors, services

EVENT_TITLES = {"submit": "Gửi duyệt tin bài", "return": "Trả lại tin bài", "publish": "Đăng tin bài",
                "unpublish": "Gỡ tin bài khỏi cổng", "reopen": "Đưa tin bài về bản nháp để sửa"}


class ArticleListView(ScopedListView):
    template_name = "portal/staff/article_list.html"
    partial_template_name = "portal/staff/_article_rows.html"

    def select(self, request):
        self.form = forms.ArticleFilterForm(request.GET or None)
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return selectors.article_list(request.user, status=data.get("status") or "", q=data.get("q") or "")

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, can_write=selectors.writable_units(self.request.user)
                                        .exists(), **kwargs)


article_list = ArticleListView.as_view()


def _article_kwargs(form) -> dict:
    data = form.cleaned_data
    return {"title": data["title"], "summary": data["summary"], "body": data["body"], "area": data["area"],
            "topics": data["topics"], "cover": data.get("cover"), "cover_alt": data["cover_alt"]}


@login_required
@require_http_methods(["GET", "POST"])
def article_new(request):
    units = selectors.writable_units(request.user)
    first = units.select_related("area").first()
    initial = {"unit": first, "area": first.area.code} if first else {}
    form = forms.ArticleForm(request.POST or None, request.FILES or None, units=units, initial=initial,
                             areas=selectors.writable_areas(request.user))
    status = 200
    if request.method == "POST" and form.is_valid():
        unit = form.cleaned_data["unit"]
        outcome = call_service(request, lambda: services.create_article(
            request.user, unit=unit, **_article_kwargs(form)), into=form, success="Đã lưu bản nháp.")
        if outcome.ok:
            return redirect("portal:staff_article", outcome.value.pk)
        status = outcome.status
    elif request.method == "POST":
        status = 400
    return render(request, "portal/staff/article_form.html", {"form": form, "title": "Viết tin bài"},
                  status=status)


@login_required
@require_http_methods(["GET", "POST"])
def article_edit(request, article_id):
    article = selectors.get_article(request.user, article_id, Action.REPORT)
    if not rules.may(request.user, article, "edit"):
        raise Http404
    initial = {"title": article.title, "summary": article.summary, "body": article.body,
               "area": article.area.code, "topics": article.topics, "cover_alt": article.cover_alt,
               "version": article.version}
    form = forms.ArticleForm(request.POST or None, request.FILES or None, units=selectors.writable_units(
        request.user), areas=selectors.writable_areas(request.user), editing=True, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        outcome = call_service(request, lambda: services.update_article(
            request.user, article, version=form.cleaned_data["version"],
            remove_cover=form.cleaned_data["remove_cover"], **_article_kwargs(form)), into=form,
            success="Đã lưu.")
        if outcome.ok:
            return redirect("portal:staff_article", article.pk)
        status = outcome.status
    elif request.method == "POST":
        status = 400
    return render(request, "portal/staff/article_form.html",
                  {"form": form, "title": "Sửa tin bài", "article": article}, status=status)


@login_required
def article_detail(request, article_id):
    """The article as visitors will read it (a preview until it is published), with what the user may do."""
    article = selectors.get_article(request.user, article_id)
    actions = [(e, rules.ARTICLE.transitions[e].label) for e in rules.ARTICLE.allowed(article.status)
               if e != "edit" and rules.may(request.user, article, e)]
    return render(request, "portal/staff/article_detail.html", {
        "article": article, "actions": actions, "can_edit": rules.may(request.user, article, "edit"),
        "topic_names": [rules.topic_labels().get(t, t) for t in article.topics]})


@login_required
@require_http_methods(["GET", "POST"])
def article_action(request, article_id, event):
    article = selectors.get_article(request.user, article_id)
    if event not in services.EVENTS or not rules.may(request.user, article, event):
        raise Http404
    form = forms.ReasonForm(request.POST or None, initial={"version": article.version})
    status = 200
    if request.method == "POST" and form.is_valid():
        kwargs = {"version": form.cleaned_data["version"]}
        if event in rules.REVIEW_EVENTS:
            kwargs["reason"] = form.cleaned_data["reason"]
        outcome = call_service(request, lambda: services.EVENTS[event](request.user, article, **kwargs),
                               into=form, success=f"{rules.ARTICLE.transitions[event].label}: xong.")
        if outcome.ok:
            return redirect("portal:staff_article", article.pk)
        status = outcome.status
    return render(request, "portal/staff/article_action.html", {
        "article": article, "form": form, "event": event, "title": EVENT_TITLES[event],
        "needs_reason": event in rules.REASON_REQUIRED, "takes_reason": event in rules.REVIEW_EVENTS},
        status=status)


@login_required
def article_cover(request, article_id):
    """The cover of an article the user may see (drafts included), for the preview."""
    article = selectors.get_article(request.user, article_id)
    if not article.cover:
        raise Http404
    return FileResponse(article.cover.open("rb"), content_type=article.cover_type or "image/jpeg")
