"""Pages of the consultation app. Thin views: parse with a form, call one selector or service, render.

The piece page is the phone page: one piece of the draft, the previous and next pieces, and the three stance
buttons — one tap comments, no text selection needed.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.consultation import forms, imports, rules, selectors, services, synthesis
from danvan.consultation.checks import CommentInput
from danvan.core.permissions import Action
from danvan.core.uploads import read_uploaded
from danvan.core.views import ScopedListView, call_service
from danvan.org.selectors import get_unit, unit_list

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_UNIT_CHOICES = 2_000


class ConsultationListView(ScopedListView):
    template_name = "consultation/list.html"
    partial_template_name = "consultation/_rows.html"

    def select(self, request):
        return selectors.consultations(request.user, q=request.GET.get("q", "")[:200])


consultation_list = ConsultationListView.as_view()


@login_required
def consultation_new(request):
    form = forms.ConsultationForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            unit = get_unit(request.user, d["unit"], Action.REPORT)
        except Http404:
            form.add_error("unit", "Không có tổ chức này trong phạm vi của bạn.")
        else:
            outcome = call_service(request, lambda: services.create_consultation(
                request.user, unit=unit, title=d["title"], audience=d["audience"], opens_on=d["opens_on"],
                closes_on=d["closes_on"], file_bytes=read_uploaded(d["file"]), filename=d["file"].name),
                into=form, success="Đã tạo đợt lấy ý kiến và chia dự thảo thành các phần.")
            if outcome.ok:
                return redirect(outcome.value.get_absolute_url())
            status = outcome.status
    units = unit_list(request.user, action=Action.REPORT)[:200]
    return render(request, "consultation/form.html", {"form": form, "units": units}, status=status)


def _context(request, consultation_id):
    c = selectors.get_consultation(request.user, consultation_id)
    version = selectors.latest_version(c)
    return c, version


@login_required
def consultation_detail(request, consultation_id):
    c, version = _context(request, consultation_id)
    pieces = selectors.version_pieces(version)
    counts = {p["piece"]: p["count"] for p in selectors.synthesis(request.user, c, top_groups=0)["pieces"]}
    return render(request, "consultation/detail.html", {
        "c": c, "version": version, "pieces": [(p, counts.get(p.pk, 0)) for p in pieces],
        "whole_count": counts.get(None, 0), "can_manage": rules.may_manage(request.user, c),
        "actions": [(e, rules.CONSULTATION.transitions[e].label) for e in rules.CONSULTATION.allowed(c.status)
                    if e in ("open", "close", "synthesise")],
        "version_form": forms.VersionForm(), "import_form": forms.ImportForm()})


@login_required
@require_POST
def consultation_transition(request, consultation_id, event):
    c = selectors.get_consultation(request.user, consultation_id)
    if event not in ("open", "close", "synthesise"):
        raise Http404
    call_service(request, lambda: services.transition_consultation(request.user, c, event), success="Đã cập nhật.")
    return redirect(c.get_absolute_url())


@login_required
@require_POST
def version_upload(request, consultation_id):
    c = selectors.get_consultation(request.user, consultation_id)
    form = forms.VersionForm(request.POST, request.FILES)
    if form.is_valid():
        f = form.cleaned_data["file"]
        call_service(request, lambda: services.upload_version(request.user, c, file_bytes=read_uploaded(f),
                                                              filename=f.name),
                     success="Đã tải lên phiên bản mới; các ý kiến đã chuyển sang phần tương ứng.")
    return redirect(c.get_absolute_url())


@login_required
def piece_page(request, consultation_id, piece_id):
    c, version = _context(request, consultation_id)
    piece = selectors.get_piece(c, piece_id)
    groups = selectors.commenter_groups()
    form = forms.CommentForm(request.POST or None, groups=groups)
    status = 200
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        data = CommentInput(stance=d["stance"], text=d["text"], piece=piece.pk, name=d["name"], group=d["group"],
                            area=d["area"], channel=d["channel"], anonymous=d["anonymous"])
        outcome = call_service(request, lambda: services.add_comment(request.user, c, data), into=form,
                               success="Đã ghi nhận ý kiến. Cảm ơn bạn!")
        if outcome.ok:
            return redirect("consultation:piece", c.pk, piece.pk)
        status = outcome.status
    pieces = selectors.version_pieces(version)
    ids = [p.pk for p in pieces]
    index = ids.index(piece.pk) if piece.pk in ids else -1
    return render(request, "consultation/piece.html", {
        "c": c, "piece": piece, "form": form,
        "previous": pieces[index - 1] if index > 0 else None,
        "next": pieces[index + 1] if 0 <= index < len(pieces) - 1 else None,
        "groups": selectors.groups(request.user, c, piece=piece.pk)[:20],
        "can_manage": rules.may_manage(request.user, c)}, status=status)


@login_required
@require_POST
def piece_proposal(request, consultation_id, piece_id):
    c = selectors.get_consultation(request.user, consultation_id)
    piece = selectors.get_piece(c, piece_id)
    form = forms.ReasonForm(request.POST)
    proposal = form.cleaned_data.get("proposal", "") if form.is_valid() else ""
    call_service(request, lambda: services.update_proposal(request.user, piece, proposal=proposal),
                 success="Đã lưu đề xuất.")
    return redirect("consultation:piece", c.pk, piece.pk)


@login_required
def groups_page(request, consultation_id):
    c, version = _context(request, consultation_id)
    piece = request.GET.get("piece", "")
    piece_id = int(piece) if piece.isdigit() and len(piece) < 18 else None
    return render(request, "consultation/groups.html", {
        "c": c, "pieces": selectors.version_pieces(version), "piece_id": piece_id,
        "grouping": selectors.grouping_state(c, piece_id),
        "groups": selectors.groups(request.user, c, piece=piece_id)[:200], "can_manage": rules.may_manage(request.user, c)})


class CommentListView(ScopedListView):
    template_name = "consultation/comments.html"
    partial_template_name = "consultation/_comment_rows.html"

    def select(self, request):
        self.c = selectors.get_consultation(request.user, self.kwargs["consultation_id"])
        self.form = forms.CommentFilterForm(request.GET or None)
        d = self.form.cleaned_data if self.form.is_valid() else {}
        return selectors.comments(request.user, self.c, piece=d.get("piece"), stance=d.get("stance") or "",
                                  group=d.get("group"), q=d.get("q") or "").select_related("current_piece", "group")

    def get_context_data(self, **kwargs):
        return super().get_context_data(c=self.c, form=self.form, can_manage=rules.may_manage(self.request.user, self.c),
                                        **kwargs)


comment_list = CommentListView.as_view()


def _collecting_units(user, c):
    """The units whose comments the user may import: in the consultation's line and the user's reporting scope."""
    return list(unit_list(user, action=Action.REPORT).filter(line_path__startswith=c.line_path,
                                                             closed_on__isnull=True)[:MAX_UNIT_CHOICES])


@login_required
def comment_import(request, consultation_id):
    c, version = _context(request, consultation_id)
    if request.method == "GET" and request.GET.get("mau"):
        from danvan.consultation.excel import template

        response = HttpResponse(template(c.title, [p.code for p in selectors.version_pieces(version)]),
                                content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="mau-gop-y-{c.pk}.xlsx"'
        return response
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    outcome = None
    if request.method == "POST" and form.is_valid():
        unit_id = form.cleaned_data.get("unit")
        try:
            unit = get_unit(request.user, unit_id, Action.REPORT) if unit_id else c.unit
            file_bytes = read_uploaded(form.cleaned_data["file"])
        except Http404:
            form.add_error("unit", "Không có tổ chức này trong phạm vi của bạn.")
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            outcome = imports.upload(request.user, c, unit=unit, file_bytes=file_bytes,
                                     filename=form.cleaned_data["file"].name or "")
            if outcome.job is not None:
                return redirect("consultation:import_job", c.pk, outcome.job.pk)
    errors = outcome.errors if outcome else []
    return render(request, "consultation/import.html", {
        "c": c, "form": form, "errors": errors, "created": outcome.created if outcome else None,
        "units": _collecting_units(request.user, c), "jobs": list(selectors.import_jobs(request.user, c)[:10]),
        "async_rows": imports.ASYNC_ROWS}, status=400 if errors or form.errors else 200)


@login_required
def import_job(request, consultation_id, job_id):
    c = selectors.get_consultation(request.user, consultation_id)
    job = selectors.get_import_job(request.user, c, job_id)
    template = "consultation/_import_job.html" if request.htmx else "consultation/import_job.html"
    return render(request, template, {"c": c, "job": job})


@login_required
def synthesis_page(request, consultation_id):
    c = selectors.get_consultation(request.user, consultation_id)
    return render(request, "consultation/synthesis.html", {"c": c, "s": selectors.synthesis(request.user, c),
                                                           "can_manage": rules.may_manage(request.user, c)})


@login_required
def synthesis_docx(request, consultation_id):
    c = selectors.get_consultation(request.user, consultation_id)
    filename, content = synthesis.synthesis_docx(request.user, c)
    response = HttpResponse(content, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def synthesis_xlsx(request, consultation_id):
    c = selectors.get_consultation(request.user, consultation_id)
    filename, content = synthesis.comments_xlsx(request.user, c)
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def comment_action(request, comment_id, event):
    comment = selectors.get_comment(request.user, comment_id)
    form = forms.ReasonForm(request.POST)
    d = form.cleaned_data if form.is_valid() else {}
    if event == "an":
        call_service(request, lambda: services.hide_comment(request.user, comment, reason=d.get("reason", "")),
                     success="Đã ẩn ý kiến.")
    elif event == "hien":
        call_service(request, lambda: services.unhide_comment(request.user, comment), success="Đã hiện lại ý kiến.")
    elif event in ("tieu-bieu", "bo-tieu-bieu"):
        call_service(request, lambda: services.mark_notable(request.user, comment, notable=event == "tieu-bieu"),
                     success="Đã cập nhật ý kiến tiêu biểu.")
    elif event == "chuyen" and d.get("group"):
        try:
            group = selectors.get_group(request.user, d["group"])
        except Http404:
            raise
        call_service(request, lambda: services.move_comment(request.user, comment, group=group),
                     success="Đã chuyển ý kiến sang nhóm khác.")
    else:
        raise Http404
    return redirect("consultation:comments", comment.consultation_id)


@login_required
@require_POST
def group_action(request, group_id, event):
    group = selectors.get_group(request.user, group_id)
    form = forms.ReasonForm(request.POST)
    d = form.cleaned_data if form.is_valid() else {}
    if event == "dat-ten":
        call_service(request, lambda: services.name_group(request.user, group, label=d.get("label", "")),
                     success="Đã đặt tên nhóm.")
    elif event == "gop":
        ids = [int(x) for x in (d.get("groups") or "").split(",") if x.strip().isdigit() and len(x.strip()) < 18]
        others = []
        for gid in ids[:1000]:
            other = selectors.get_group(request.user, gid)
            if other.consultation_id != group.consultation_id:
                raise Http404
            others.append(other)
        call_service(request, lambda: services.merge_groups(request.user, [group, *others]), success="Đã gộp nhóm.")
    elif event == "tach":
        ids = [int(x) for x in (d.get("comments") or "").split(",") if x.strip().isdigit() and len(x.strip()) < 18]
        chosen = [selectors.get_comment(request.user, cid) for cid in list(dict.fromkeys(ids))[:1000]]
        call_service(request, lambda: services.split_group(request.user, group, comments=chosen,
                                                           label=d.get("label", "")),
                     success="Đã tách các ý kiến đã chọn thành nhóm mới.")
    elif event == "nhom-lai":
        if not rules.may_manage(request.user, group.consultation):
            raise PermissionDenied
        call_service(request, lambda: services.regroup_piece(request.user, group.consultation, group.piece),
                     success="Đã nhóm lại các ý kiến của phần này.")
    else:
        raise Http404
    return redirect(f"/gop-y-du-thao/{group.consultation_id}/nhom-y-kien/?piece={group.piece_id or ''}")
