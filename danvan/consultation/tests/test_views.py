"""The pages: the list, the draft, the phone piece page (one tap on a stance comments), groups, synthesis,
moderation; a bounded number of queries whatever the number of comments."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.consultation import selectors
from danvan.consultation.models import Comment
from danvan.consultation.tests.conftest import DRAFT, comment

pytestmark = pytest.mark.django_db


def test_staff_create_a_consultation_from_the_page(client, world):
    client.force_login(world.a.reviewer)
    assert client.get("/gop-y-du-thao/tao-moi/").status_code == 200
    response = client.post("/gop-y-du-thao/tao-moi/", {
        "title": "Dự thảo Báo cáo chính trị", "unit": world.a.btgdv.pk, "audience": "internal",
        "opens_on": "2026-03-01", "closes_on": "2026-04-30", "file": SimpleUploadedFile("d.txt", DRAFT.encode())})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "Phần thứ nhất" in page.content.decode()
    bad = client.post("/gop-y-du-thao/tao-moi/", {
        "title": "X", "unit": world.a.btgdv.pk, "audience": "internal", "opens_on": "2026-03-01",
        "closes_on": "2026-04-30", "file": SimpleUploadedFile("d.pdf", b"%PDF")})
    assert bad.status_code == 400 and "Chỉ nhận tệp" in bad.content.decode()


def test_one_tap_on_a_stance_comments_on_the_piece(client, world, consultation):
    client.force_login(world.a.reviewer)
    piece = selectors.version_pieces(selectors.latest_version(consultation))[3]
    url = f"/gop-y-du-thao/{consultation.pk}/phan/{piece.pk}/"
    page = client.get(url).content.decode()
    assert piece.text in page and 'value="agree"' in page
    response = client.post(url, {"stance": "agree", "group": "khac", "channel": "staff"})
    assert response.status_code == 302
    saved = Comment.objects.get(consultation=consultation)
    assert (saved.current_piece_id, saved.stance, saved.group_id is not None) == (piece.pk, "agree", True)


def test_pages_answer_with_a_bounded_number_of_queries(client, world, consultation, django_assert_max_num_queries):
    piece = selectors.version_pieces(selectors.latest_version(consultation))[3]
    for i in range(30):
        comment(world.a.reviewer, consultation, f"Ý kiến số {i} về vấn đề {i % 7}", piece=piece.pk)
    client.force_login(world.a.reviewer)
    base = f"/gop-y-du-thao/{consultation.pk}/"
    # The group page of one piece: 11 queries (one more than the page of every piece: its grouping's state).
    for path in ("", f"phan/{piece.pk}/", "nhom-y-kien/", f"nhom-y-kien/?piece={piece.pk}", "y-kien/", "tong-hop/",
                 "nhap-excel/"):
        with django_assert_max_num_queries(25):
            assert client.get(base + path).status_code == 200, path
    assert client.get(base + "tong-hop/bao-cao.docx").status_code == 200
    assert client.get(base + "tong-hop/y-kien.xlsx").status_code == 200
    assert client.get("/gop-y-du-thao/").status_code == 200


def test_staff_write_a_proposal_that_the_synthesis_shows(client, world, consultation):
    piece = selectors.version_pieces(selectors.latest_version(consultation))[3]
    client.force_login(world.a.reviewer)
    client.post(f"/gop-y-du-thao/{consultation.pk}/phan/{piece.pk}/de-xuat/", {"proposal": "Giữ nguyên chỉ tiêu."})
    s = selectors.synthesis(world.a.reviewer, consultation)
    assert [p["proposal"] for p in s["pieces"] if p["piece"] == piece.pk] == ["Giữ nguyên chỉ tiêu."]


def test_staff_hide_a_comment_with_a_reason_from_the_list(client, world, consultation):
    x = comment(world.a.reviewer, consultation, "Lời lẽ không phù hợp")
    client.force_login(world.a.reviewer)
    client.post(f"/gop-y-du-thao/y-kien/{x.pk}/an/", {"reason": "Xúc phạm"})
    x.refresh_from_db()
    assert x.hidden and x.hidden_reason == "Xúc phạm"
    page = client.get(f"/gop-y-du-thao/{consultation.pk}/y-kien/").content.decode()
    assert "ĐÃ ẨN" in page
    client.force_login(world.a.reporter)  # a commune reporter cannot moderate the province's consultation
    assert client.post(f"/gop-y-du-thao/y-kien/{x.pk}/hien/").status_code == 404
