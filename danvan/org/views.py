"""Area browser, unit browser and detail pages. Thin: parse, call a selector or service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts.rules import grantable_roles
from danvan.accounts.selectors import manageable_memberships
from danvan.core.permissions import Action
from danvan.core.views import ScopedListView
from danvan.org import selectors, services
from danvan.org.choices import Era, Level
from danvan.org.forms import AreaFilterForm, HamletForm, UnitFilterForm
from danvan.org.models import UnitKind


class AreaListView(ScopedListView):
    """Tree navigation: the children of `parent` (the provinces when none), or a name search across the era."""

    template_name = "org/area_list.html"
    partial_template_name = "org/_area_rows.html"

    def select(self, request):
        self.form = AreaFilterForm(request.GET or None)
        data = self.form.cleaned_data if self.form.is_valid() else {}
        self.era = data.get("era") or Era.CURRENT
        self.parent = None
        parent_code = request.GET.get("parent", "")
        if parent_code:
            self.parent = selectors.get_area(request.user, self.era, parent_code)
        q, level = data.get("q", ""), data.get("level") or None
        if q or level:
            found = selectors.area_list(request.user, era=self.era, level=level, q=q)
            return found.subtree(self.parent, include_self=False) if self.parent else found
        if self.parent is None:
            return selectors.area_list(request.user, era=self.era, level=Level.PROVINCE)
        return selectors.area_list(request.user, era=self.era, parent_code=self.parent.code).filter(
            parent=self.parent)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, era=self.era, parent=self.parent,
                       ancestors=list(self.parent.ancestors()) if self.parent else [])
        return context


@login_required
def area_detail(request, era: str, code: str):
    if era not in Era.values:
        raise Http404
    area = selectors.get_area(request.user, era, code)
    predecessors, successors = selectors.area_lineage(area)
    children = selectors.area_list(request.user, era=era).filter(parent=area)[:500]
    units = selectors.unit_list(request.user).filter(area=area)
    can_add_hamlet = area.level == Level.COMMUNE and area.era == Era.CURRENT and (
        selectors.unit_list(request.user, action=Action.MANAGE).filter(area=area).exists()
    )
    return render(request, "org/area_detail.html", {
        "area": area, "ancestors": list(area.ancestors()), "predecessors": predecessors, "successors": successors,
        "children": children, "units": units, "can_add_hamlet": can_add_hamlet,
        "hamlet_form": HamletForm() if can_add_hamlet else None,
    })


@login_required
@require_POST
def hamlet_create(request, era: str, code: str):
    area = selectors.get_area(request.user, era, code) if era in Era.values else None
    if area is None or not selectors.unit_list(request.user, action=Action.MANAGE).filter(area=area).exists():
        raise Http404
    form = HamletForm(request.POST)
    if form.is_valid():
        try:
            hamlet = services.create_hamlet(request.user, area, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Đã thêm {hamlet.name}.")
    else:
        messages.error(request, "Vui lòng nhập tên thôn, tổ dân phố.")
    return redirect("org:area_detail", era=area.era, code=area.code)


@login_required
@require_POST
def hamlet_update(request, era: str, code: str):
    hamlet = selectors.get_area(request.user, era, code) if era in Era.values else None
    if hamlet is None or hamlet.level != Level.HAMLET:
        raise Http404
    action = request.POST.get("action", "")
    changes = {"rename": {"name": request.POST.get("name", "")}, "close": {"is_active": False},
               "reopen": {"is_active": True}}.get(action)
    if changes is None:
        messages.error(request, "Thao tác không hợp lệ.")
    else:
        try:
            services.update_hamlet(request.user, hamlet, **changes)
        except PermissionDenied as exc:  # another commune's hamlet: as if it did not exist
            raise Http404 from exc
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Đã cập nhật {hamlet.name}.")
    return redirect("org:area_detail", era=hamlet.parent.era, code=hamlet.parent.code)


class UnitListView(ScopedListView):
    template_name = "org/unit_list.html"
    partial_template_name = "org/_unit_rows.html"

    def select(self, request):
        self.form = UnitFilterForm(request.GET or None, kinds=UnitKind.objects.for_user(request.user))
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return selectors.unit_list(request.user, kind=data.get("kind") or None, q=data.get("q", ""),
                                   area_code=request.GET.get("area") or None)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "form": self.form}


@login_required
def unit_detail(request, pk: int):
    unit = selectors.get_unit(request.user, pk)
    children = selectors.unit_list(request.user).filter(parent=unit)
    renames = unit.renames.all()
    can_manage = request.user.scope_for(Action.MANAGE).covers(unit.line_path)
    members = manageable_memberships(request.user, unit) if can_manage else None
    return render(request, "org/unit_detail.html", {
        "unit": unit, "children": children, "renames": renames, "can_manage": can_manage, "members": members,
        "grantable_roles": grantable_roles(request.user),
        "ancestors": selectors.unit_list(request.user).filter(pk__in=unit.ancestor_ids),
    })
