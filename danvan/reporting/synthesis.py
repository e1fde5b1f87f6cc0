"""The synthesised report's content, assembled from approved data (a read model: no writes).

`build_synthesis(form, unit, period)` gathers, for a compiling unit and a period, the roll-up of
the indicators, the completeness of reporting, and for each narrative section the excerpts of
every unit strictly below it, taken from APPROVED submissions only and grouped by the kind and
level of the reporting unit. `default_content(build)` turns that into the text staff start editing
from. A bounded number of queries, whatever the size of the subtree (tests pin it).
"""

import re
from collections import defaultdict
from decimal import Decimal

from danvan.org.bloc import BTGDV, DANG_UY, name_parts
from danvan.org.choices import Level
from danvan.org.models import Unit
from danvan.reporting import reports
from danvan.reporting.choices import Status
from danvan.reporting.models import FormSection, SubmissionSection, SynthesisDraft, UnitPeriodValue
from danvan.reporting.periods import Period, PeriodError, parse_period

LEVEL_NAMES = {Level.PROVINCE: "cấp tỉnh", Level.COMMUNE: "cấp xã", Level.DISTRICT: "cấp huyện"}
LOWER_PLURAL = {Level.COMMUNE: "các xã, phường", Level.DISTRICT: "các huyện"}
_SPACES = re.compile(r"\s+")


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def months_of(form, period: Period) -> list[Period]:
    """The form's own periods inside `period` (the months of a quarter); the period itself if it is one."""
    if period.type == form.period_type:
        return [period]
    try:
        return period.children(form.period_type)
    except PeriodError:
        return []


def parse_synthesis_period(form, code) -> Period:
    """The period to compile `form` over: one of its own periods or a longer one made of them."""
    from django.core.exceptions import ValidationError

    try:
        period = parse_period(str(code))
    except PeriodError as exc:
        raise ValidationError({"period": [str(exc)]}) from exc
    if not months_of(form, period):
        raise ValidationError({"period": [f"Biểu mẫu {form.code} báo cáo theo "
                                          f"{form.get_period_type_display().lower()}, không tổng hợp được cho kỳ "
                                          f"{period.code}."]})
    return period


def rollup_rows(form, unit, period: Period) -> list[dict]:
    indicators = reports.form_indicators(form)
    values = reports.rollup_answer(form, period, unit=unit)["values"]
    return [{"code": i.code, "name": i.name, "unit_of_measure": i.unit_of_measure, "value_type": i.value_type,
             "value": values.get(i.code)} for i in indicators]


def completeness_of(form, unit, period: Period) -> dict:
    """reports.completeness of each of the form's periods inside `period`, with totals and missing names."""
    parts = []
    for month in months_of(form, period):
        part = reports.completeness(form, month, unit=unit)
        part["period"] = {"code": month.code, "label_vi": month.label_vi}
        parts.append(part)
    total = {key: sum(p[key] for p in parts) for key in ("expected", "submitted", "on_time", "approved")}
    missing_ids = sorted({uid for p in parts for uid in p["missing"]})
    names = dict(Unit.objects.filter(pk__in=missing_ids).values_list("pk", "name")) if missing_ids else {}
    n = total["expected"]
    return {
        **total,
        "rate": round(total["submitted"] / n, 4) if n else None,
        "rate_on_time": round(total["on_time"] / n, 4) if n else None,
        "periods": parts,
        "several_periods": len(parts) > 1,
        "missing_units": [{"id": uid, "name": names.get(uid, "")} for uid in missing_ids],
    }


def completeness_sentence(c: dict) -> str:
    """ "Có 120/129 đơn vị gửi báo cáo (đạt 93,0%), 110 đơn vị gửi đúng hạn, 100 báo cáo đã được duyệt." """
    if not c["expected"]:
        return "Không có đơn vị nào phải gửi báo cáo theo biểu mẫu này trong kỳ."
    rate = f"{c['rate'] * 100:.1f}".replace(".", ",")
    if c.get("several_periods"):
        return (f"Trong kỳ, các đơn vị đã gửi {c['submitted']}/{c['expected']} lượt báo cáo "
                f"(đạt {rate}%), {c['on_time']} lượt đúng hạn, {c['approved']} lượt đã được duyệt.")
    return (f"Có {c['submitted']}/{c['expected']} đơn vị gửi báo cáo (đạt {rate}%), {c['on_time']} đơn vị gửi "
            f"đúng hạn, {c['approved']} báo cáo đã được duyệt.")


def _group_key(unit, level: str, kind_code: str, kind_order: int) -> tuple:
    """Lower-level party committees first, then the compiling unit's own level, then lower levels by kind."""
    same_level = level == unit.area.level
    if same_level:
        return (1, 0, "")
    return (0 if kind_code == DANG_UY else 2, kind_order, kind_code)


def _group_title(unit, level: str, kind_name: str) -> str:
    if level == unit.area.level:
        return f"Các cơ quan, tổ chức {LEVEL_NAMES.get(level, '')}".strip()
    return f"{kind_name} {LOWER_PLURAL.get(level, '')}".strip()


def excerpts_by_section(form, unit, period: Period) -> dict[str, list[dict]]:
    """{section code: [groups {title, excerpts}]} from approved submissions strictly below `unit` (one query)."""
    months = months_of(form, period)
    if not months:
        return {}
    labels = {m.code: m.label_vi for m in months}
    rows = (SubmissionSection.objects
            .filter(submission__form=form, submission__status=Status.APPROVED,
                    submission__period__in=list(labels),
                    submission__line_path__gt=unit.line_path, submission__line_path__lt=unit.line_path + "~")
            .exclude(text="")
            .values_list("code", "text", "submission__period", "submission__unit_id", "submission__unit__name",
                         "submission__unit__area__level", "submission__unit__area__path",
                         "submission__unit__kind__code", "submission__unit__kind__name",
                         "submission__unit__kind__sort_order"))
    several = len(months) > 1
    grouped: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for code, text, period_code, unit_id, unit_name, level, area_path, kind_code, kind_name, kind_order in rows:
        text = _SPACES.sub(" ", text).strip()
        if not text:
            continue
        key = _group_key(unit, level, kind_code, kind_order)
        group = grouped[code].setdefault(key, {"title": _group_title(unit, level, kind_name), "excerpts": []})
        group["excerpts"].append({
            "unit_id": unit_id, "unit_name": unit_name, "text": text, "period": period_code,
            "period_label": labels[period_code] if several else "",
            "_order": (kind_order, area_path, unit_name, period_code),
        })
    result = {}
    for code, groups in grouped.items():
        ordered = []
        for key in sorted(groups):
            group = groups[key]
            group["excerpts"].sort(key=lambda e: e["_order"])
            for excerpt in group["excerpts"]:
                del excerpt["_order"]
            ordered.append(group)
        result[code] = ordered
    return result


def build_synthesis(form, unit, period: Period | str, *, excerpts: bool = True) -> dict:
    """Everything the synthesised report of `unit` for `period` is made of (see the module docstring).

    `excerpts=False` skips the excerpts (rendering a saved draft needs only the figures and titles).
    """
    if isinstance(period, str):
        period = parse_period(period)
    found = excerpts_by_section(form, unit, period) if excerpts else {}
    sections = []
    for section in FormSection.objects.filter(form=form).order_by("order", "code"):
        groups = found.get(section.code, [])
        sections.append({"code": section.code, "title": section.title, "groups": groups,
                         "excerpts": [e for g in groups for e in g["excerpts"]]})
    return {
        "form": {"code": form.code, "name": form.name},
        "unit": {"id": unit.pk, "name": unit.name},
        "period": {"code": period.code, "label_vi": period.label_vi},
        "rollup": rollup_rows(form, unit, period),
        "completeness": completeness_of(form, unit, period),
        "sections": sections,
    }


def unit_values(form, unit, period: Period) -> tuple[list[dict], list[list]]:
    """(indicators, rows [unit name, value per indicator…]) of every unit strictly below with approved data."""
    indicators = [{"code": i.code, "name": i.name, "unit_of_measure": i.unit_of_measure}
                  for i in reports.form_indicators(form)]
    index = {ind["code"]: n for n, ind in enumerate(indicators)}
    per_unit: dict[int, list] = {}
    rows = (UnitPeriodValue.objects
            .filter(form=form, period=period.code, line_path__gt=unit.line_path,
                    line_path__lt=unit.line_path + "~")
            .order_by("line_path")
            .values_list("unit_id", "unit__name", "figures"))
    for unit_id, name, figures in rows:
        known = {code: value for code, value in figures.items() if code in index}
        if not known:
            continue
        row = per_unit.setdefault(unit_id, [name] + [None] * len(indicators))
        for code, value in known.items():
            row[1 + index[code]] = Decimal(value)
    return indicators, list(per_unit.values())


def excerpt_line(excerpt: dict) -> str:
    label = f" ({lower_first(excerpt['period_label'])})" if excerpt["period_label"] else ""
    return f"– {excerpt['unit_name']}{label}: {excerpt['text']}"


def draft_text(build: dict) -> dict[str, str]:
    """The default text of each section: a line per group title, then "– Đảng ủy xã X: …" per excerpt."""
    texts = {}
    for section in build["sections"]:
        lines = []
        for group in section["groups"]:
            lines.append(f"{group['title']}:")
            lines.extend(excerpt_line(e) for e in group["excerpts"])
        texts[section["code"]] = "\n".join(lines)
    return texts


def subject_for(build: dict) -> str:
    return f"Kết quả công tác dân vận {lower_first(build['period']['label_vi'])}"


def default_signer(unit) -> tuple[str, str]:
    """(authority line, position) most units sign with; staff change them in the draft."""
    kind = unit.kind
    if kind.code == BTGDV:
        return "", "TRƯỞNG BAN"
    if kind.code == DANG_UY:
        return "T/M BAN THƯỜNG VỤ", "BÍ THƯ"
    if kind.is_state_body:
        return "", "THỦ TRƯỞNG CƠ QUAN"
    return "T/M BAN THƯỜNG VỤ", "CHỦ TỊCH"


def default_recipients(unit) -> str:
    parent = unit.parent.name if unit.parent_id else ""
    if unit.kind.code == BTGDV:
        committee = name_parts(unit.area)["committee"]
        lines = ["- Ban Tuyên giáo và Dân vận Trung ương (để b/c),", f"- Thường trực {committee} (để b/c),",
                 "- Lưu Văn phòng Ban."]
    else:
        lines = [f"- {parent} (để b/c)," if parent else "", "- Lưu Văn phòng."]
    return "\n".join(line for line in lines if line)


def default_content(build: dict, unit) -> dict:
    """The fields of a new draft: everything staff edit, filled from the build."""
    authority, position = default_signer(unit)
    period = lower_first(build["period"]["label_vi"])
    return {
        "number": None, "issued_on": None, "subject": subject_for(build),
        "intro": f"Thực hiện chế độ thông tin, báo cáo định kỳ, {unit.name} tổng hợp kết quả công tác dân vận "
                 f"{period} như sau:",
        "sections": draft_text(build),
        "signer_authority": authority, "signer_position": position, "signer_name": "",
        "recipients": default_recipients(unit),
    }


# Scoped reads for the views and the API (they may not touch a manager without for_user).

def get_draft(user, draft_id, action: str = "view") -> SynthesisDraft:
    from danvan.core.permissions import get_for_user_or_404

    return get_for_user_or_404(SynthesisDraft.objects.select_related("form", "unit__kind", "unit__area__parent"),
                               user, action, pk=draft_id)


def draft_for(user, form, unit, period: Period) -> SynthesisDraft | None:
    return (SynthesisDraft.objects.for_user(user).select_related("form", "unit__kind", "unit__area__parent")
            .filter(form=form, unit=unit, period=period.code).first())


def can_compile(user, unit) -> bool:
    """Review or report rights over the compiling unit itself (a provincial reviewer compiles for their Ban)."""
    if user is None or user.is_superuser:
        return True
    return any(user.scope_for(action).covers(unit.line_path) for action in ("review", "report"))


def recent_drafts(user, limit: int = 20):
    return (SynthesisDraft.objects.for_user(user).select_related("form", "unit")
            .order_by("-updated_at")[:limit])


def compilable_units(user, limit: int = 2000):
    """Units the user may compile for (report rights, which every reviewer has) with units reporting to them."""
    return list(Unit.objects.for_user(user, "report").filter(children__isnull=False, closed_on__isnull=True)
                .distinct().select_related("area").order_by("line_path")[:limit])


def unsaved_draft(form, unit, period: Period, build: dict) -> SynthesisDraft:
    """The default draft, not saved (a GET shows it without writing)."""
    return SynthesisDraft(form=form, unit=unit, period=period.code, **default_content(build, unit))
