"""Drafting the synthesised report: the text staff start editing from, made from `content.build_synthesis`.
No query: everything comes from the build and the compiling unit."""

from danvan.org.bloc import BTGDV, DANG_UY, name_parts
from danvan.reporting.models import SynthesisDraft
from danvan.reporting.periods import Period
from danvan.reporting.synthesis.content import lower_first
from danvan.reporting.synthesis.summary import section_text


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


def excerpt_line(excerpt: dict) -> str:
    label = f" ({lower_first(excerpt['period_label'])})" if excerpt["period_label"] else ""
    return f"– {excerpt['unit_name']}{label}: {excerpt['text']}"


def draft_text(build: dict) -> dict[str, str]:
    """The default text of each section: what the units did together (common points "18/24 đơn vị đã …"),
    the notable results with their unit, and a pointer to the appendix (summary.section_text)."""
    return {section["code"]: section_text(section["summary"]) for section in build["sections"]}


def appendix_text(build: dict) -> dict[str, str]:
    """The full excerpts of each section, for the appendix: a line per group title, then "– Đảng ủy xã X: …"
    per excerpt."""
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


def unsaved_draft(form, unit, period: Period, build: dict) -> SynthesisDraft:
    """The default draft, not saved (a GET shows it without writing)."""
    return SynthesisDraft(form=form, unit=unit, period=period.code, **default_content(build, unit))
