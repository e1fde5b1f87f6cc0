"""The synthesis counts equal the comments; hidden comments are never counted and are marked in exports;
moderation is audited; a unit's batch and an .xlsx import are all or nothing with per-cell errors."""

import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook

from danvan.consultation import selectors, services, synthesis
from danvan.consultation.checks import CommentInput
from danvan.consultation.services.importing import import_comments
from danvan.consultation.tests.conftest import comment
from danvan.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def pieces(c):
    return selectors.version_pieces(selectors.latest_version(c))


def test_synthesis_counts_equal_the_comments_and_hidden_ones_never_count(world, consultation):
    actor = world.a.reviewer
    p1, p2 = pieces(consultation)[3].pk, pieces(consultation)[4].pk
    comment(actor, consultation, "Tán thành", piece=p1, stance="agree", group="nong_dan")
    comment(actor, consultation, "Nhất trí", piece=p1, stance="agree", group="tri_thuc")
    bad = comment(actor, consultation, "Nội dung xúc phạm", piece=p1, stance="other")
    comment(actor, consultation, "Đề nghị nâng chỉ tiêu GRDP", piece=p2, stance="other", group="nong_dan")
    noted = comment(actor, consultation, "Cần làm rõ nguồn lực", piece=p2, stance="other", anonymous=True)
    services.mark_notable(actor, noted)
    services.hide_comment(actor, bad, reason="Ngôn từ không phù hợp")
    s = selectors.synthesis(actor, consultation)
    by_piece = {p["piece"]: p for p in s["pieces"]}
    assert by_piece[p1]["stance_counts"] == {"agree": 2, "disagree": 0, "other": 0}
    assert by_piece[p1]["commenter_groups"] == {"nong_dan": 1, "tri_thuc": 1}
    assert by_piece[p2]["notable"][0]["commenter"] == "Ẩn danh"
    assert s["totals"]["comments"] == sum(p["count"] for p in s["pieces"]) == 4 and s["totals"]["hidden"] == 1
    assert sum(g["size"] for p in s["pieces"] for g in p["groups"]) == 4
    event = AuditEvent.objects.get(action="consultation.comment.hide")
    assert (event.after or {})["hidden_reason"] == "Ngôn từ không phù hợp"
    _, content = synthesis.comments_xlsx(actor, consultation)
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 5
    marked = [r for r in rows if r[0] == bad.pk][0]
    assert marked[-2] == "ĐÃ ẨN: Ngôn từ không phù hợp"
    _, docx = synthesis.synthesis_docx(actor, consultation)
    import docx as python_docx

    text = "\n".join(p.text for p in python_docx.Document(io.BytesIO(docx)).paragraphs)
    assert "TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO" in text.upper() and "Nội dung xúc phạm" not in text
    services.unhide_comment(actor, bad)
    assert selectors.synthesis(actor, consultation)["totals"]["comments"] == 5


def test_a_unit_batch_is_refused_whole_on_one_bad_comment(world, consultation):
    items = [CommentInput(stance="agree", text="Tán thành", group="nong_dan"),
             CommentInput(stance="maybe", text="?", group="nong_dan")]
    with pytest.raises(ValidationError) as exc:
        services.submit_comments(world.a.reviewer, consultation, items, unit=world.a.commune_party)
    assert "2.stance" in exc.value.message_dict
    assert selectors.synthesis(world.a.reviewer, consultation)["totals"]["comments"] == 0
    done = services.submit_comments(world.a.reviewer, consultation, items[:1], unit=world.a.commune_party)
    assert done[0].unit_id == world.a.commune_party.pk


def test_a_unit_outside_the_issuers_line_cannot_submit(world, consultation):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.add_comment(world.b.reviewer, consultation, CommentInput(stance="agree"), unit=world.b.commune_party)


def sheet(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mẫu"])
    ws.append(["Phần", "Ý kiến", "Nội dung", "Người", "Nhóm", "Địa bàn", "Liên hệ", "Kênh", "Ẩn danh"])
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_import_reports_every_bad_cell_and_writes_nothing(world, consultation):
    code = pieces(consultation)[3].code
    bad = sheet([[code, "tán thành", "Tốt", "A", "nong_dan", "", "", "unit", "không"],
                 ["Điều 99", "có lẽ", "?", "B", "nong_dan", "", "", "unit", ""],
                 [code, "ý kiến khác", "Đề nghị bổ sung", "C", "sinh_vien", "", "", "fax", ""]])
    outcome = import_comments(world.a.reviewer, consultation, unit=consultation.unit, file_bytes=bad)
    cells = {(e["row"], e["column"]) for e in outcome.errors}
    assert cells == {(4, "A"), (4, "B"), (5, "E"), (5, "H")} and outcome.created == 0
    assert selectors.synthesis(world.a.reviewer, consultation)["totals"]["comments"] == 0
    good = sheet([[code, "tán thành", "Tốt", "A", "nong_dan", "", "", "unit", "không"],
                  ["", "không tán thành", "", "B", "khac", "", "", "", "có"]])
    outcome = import_comments(world.a.reviewer, consultation, unit=consultation.unit, file_bytes=good)
    assert outcome.created == 2 and not outcome.errors
    assert import_comments(world.a.reviewer, consultation, unit=consultation.unit, file_bytes=b"not excel").errors
