"""Activities: the list, a new activity (a dialogue with its commitments), one activity and its follow-up items,
the month calendar, grassroots-democracy compliance, and the user's secret iCalendar address."""

from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.selectors import memberships_of
from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, call_service, edit_page
from danvan.directives import forms, ical
from danvan.directives.selectors import activities as selectors
from danvan.directives.selectors import directives as directive_selectors
from danvan.directives.selectors import tasks as task_selectors
from danvan.directives.services import activities as services
from danvan.directives.services import feeds
from danvan.org.selectors import get_unit, unit_list

FEED_DAYS = 400  # the feed carries the activities of about the last year and everything after


class ActivityListView(ScopedListView):
    template_name = "directives/activity_list.html"
    partial_template_name = "directives/_activity_rows.html"

    def select(self, request):
        self.form = forms.ActivityFilterForm(request.GET or None, kinds=selectors.kinds())
        data = self.form.cleaned_data if self.form.is_valid() else {}
        self.unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
        return selectors.activity_list(request.user, unit=self.unit, kind=data.get("kind") or None,
                                       since=data.get("since"), until=data.get("until"), q=data.get("q") or "")

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, unit=self.unit, kind_names=selectors.kind_names(), **kwargs)


activity_list = ActivityListView.as_view()


@login_required
def activity_new(request):
    units = unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)
    form = forms.ActivityForm(request.POST or None, units=units, kinds=selectors.kinds(),
                              directives=directive_selectors.recent_for_choice(request.user),
                              tasks=task_selectors.tasks_for_choice(request.user),
                              initial={"kind": request.GET.get("kind", "")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        directive = directive_selectors.get_directive(request.user, data["directive"]) if data["directive"] else None
        task = task_selectors.get_task(request.user, data["task"]) if data["task"] else None
        outcome = call_service(request, lambda: services.record_activity(
            request.user, unit=data["unit"], kind=data["kind"], title=data["title"], starts_on=data["starts_on"],
            ends_on=data["ends_on"], area=data["area"], participants=data["participants"], content=data["content"],
            outcome=data["outcome"], details=form.details(), directive=directive, task=task,
            commitments=form.commitments()), into=form, success="Đã ghi nhận hoạt động.")
        if outcome.ok:
            return redirect(outcome.value.get_absolute_url())
    return render(request, "directives/activity_form.html", {"form": form, "title": "Ghi nhận hoạt động"},
                  status=400 if form.errors else 200)


@login_required
def activity_detail(request, activity_id: int):
    activity = selectors.get_activity(request.user, activity_id)
    form = forms.CommitmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(request, lambda: services.add_commitment(request.user, activity, **form.cleaned_data),
                               into=form, success="Đã ghi nhận cam kết.")
        if outcome.ok:
            return redirect(activity.get_absolute_url())
    return render(request, "directives/activity_detail.html", {
        "activity": activity, "form": form, "kind_name": selectors.kind_names().get(activity.kind, activity.kind),
        "close_form": forms.CloseCommitmentForm(initial={"closed_on": timezone.localdate()}),
        "can_report": request.user.scope_for(Action.REPORT).covers(activity.line_path)})


@login_required
def activity_edit(request, activity_id: int):
    """Correct a recorded activity (not its unit; commitments have their own actions); stale → 409."""
    activity = selectors.get_activity(request.user, activity_id, Action.REPORT)
    initial = {"kind": activity.kind, "title": activity.title, "starts_on": activity.starts_on,
               "ends_on": activity.ends_on, "area": activity.area.code, "participants": activity.participants,
               "content": activity.content, "outcome": activity.outcome, "directive": activity.directive_id,
               "task": activity.task_id, "version": activity.version, **activity.details}
    bound = request.method == "POST"
    form = forms.ActivityForm(request.POST if bound else None, initial=initial, kinds=selectors.kinds(),
                              directives=directive_selectors.recent_for_choice(request.user),
                              tasks=task_selectors.tasks_for_choice(request.user)).without_unit()

    def save(data):
        directive = directive_selectors.get_directive(request.user, data["directive"]) if data["directive"] else None
        task = task_selectors.get_task(request.user, data["task"]) if data["task"] else None
        return services.update_activity(
            request.user, activity, version=data["version"], kind=data["kind"], title=data["title"],
            starts_on=data["starts_on"], ends_on=data["ends_on"], area=data["area"], participants=data["participants"],
            content=data["content"], outcome=data["outcome"], details=form.details(), directive=directive, task=task)

    return edit_page(request, form, save, success="Đã sửa hoạt động.", done=activity.get_absolute_url(),
                     template="directives/activity_form.html",
                     context={"title": f"Sửa hoạt động: {activity.title}", "activity": activity})


@login_required
@require_POST
def commitment_close(request, commitment_id: int):
    commitment = selectors.get_commitment(request.user, commitment_id)
    form = forms.CloseCommitmentForm(request.POST)
    if form.is_valid():
        call_service(request, lambda: services.close_commitment(request.user, commitment, **form.cleaned_data),
                     success="Đã cập nhật cam kết.")
    else:
        messages.error(request, "Chọn kết quả và ngày.")
    return redirect(commitment.activity.get_absolute_url())


@login_required
def calendar(request):
    form = forms.MonthForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    year, month = map(int, data["month"].split("-")) if data.get("month") else (today.year, today.month)
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    previous = date(year - 1, 12, 1) if month == 1 else date(year, month - 1, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return render(request, "directives/calendar.html", {
        "form": form, "unit": unit, "weeks": selectors.month_grid(request.user, year=year, month=month, unit=unit),
        "month": date(year, month, 1), "previous": previous, "following": following,
        "kind_names": selectors.kind_names()})


@login_required
def compliance(request):
    form = forms.ComplianceForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or timezone.localdate().year
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else next(
        (m.unit for m in memberships_of(request.user)), None)
    result = selectors.compliance(request.user, area=unit.area, year=year) if unit else None
    names = selectors.area_names(result) if result else {}
    return render(request, "directives/compliance.html", {"form": form, "unit": unit, "year": year,
                                                          "result": result, "names": names})


@login_required
def feed_manage(request):
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            call_service(request, lambda: feeds.revoke_feed(request.user), success="Đã thu hồi địa chỉ lịch.")
        else:
            call_service(request, lambda: feeds.issue_feed(request.user), success="Đã tạo địa chỉ lịch mới.")
        return redirect("directives:feed_manage")
    feed = selectors.current_feed(request.user)
    url = request.build_absolute_uri(f"/chi-dao/lich/{feed.token}.ics") if feed else ""
    return render(request, "directives/feed.html", {"feed": feed, "url": url})


def feed(request, token: str):
    """The secret address answers without a session; an unknown or revoked one is a 404."""
    if request.method != "GET":
        raise Http404
    user = selectors.feed_owner(token)
    since = timezone.localdate() - timedelta(days=FEED_DAYS)
    body = ical.activities_ics(selectors.feed_activities(user, since=since), base_url=request.build_absolute_uri("/")
                               .rstrip("/"), kind_names=selectors.kind_names())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="hoat-dong.ics"'
    return response
