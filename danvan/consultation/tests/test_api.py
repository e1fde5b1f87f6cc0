"""The /api/v1/consultations contract: shapes exactly as the issue gives them, lifecycle codes, scoping."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.consultation.tests.conftest import DRAFT, LAW

pytestmark = pytest.mark.django_db


def create(client, world, text=DRAFT, name="du-thao.txt"):
    client.force_login(world.a.reviewer)
    return client.post("/api/v1/consultations", {
        "file": SimpleUploadedFile(name, text.encode()), "title": "Dự thảo Báo cáo chính trị",
        "unit": world.a.btgdv.pk, "audience": "public", "opens_on": "2026-03-01", "closes_on": "2026-04-30"})


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_a_draft_upload_answers_201_with_its_pieces(client, world):
    response = create(client, world)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["status"], body["version"]) == ("draft", 1)
    first = body["pieces"][1]
    assert set(first) >= {"id", "code", "title", "level", "order", "parent"}
    assert first["code"] == "Phần thứ nhất" and first["parent"] is None
    child = body["pieces"][2]
    assert child["parent"] == first["id"] and child["code"] == "Phần thứ nhất › I"


def test_comments_group_and_list_through_the_api(client, world):
    c = create(client, world).json()
    url = f"/api/v1/consultations/{c['id']}"
    piece = c["pieces"][3]["id"]
    refused = post(client, url + "/comments", {"piece": piece, "stance": "agree", "text": "Tán thành."})
    assert refused.status_code == 409 and "Đang chuẩn bị" in refused.json()["detail"]
    assert post(client, url + "/open").json()["status"] == "open"
    ids = []
    for text, stance in (("Tán thành.", "agree"), ("Nhất trí với dự thảo", "agree"), ("dong y", "agree"),
                         ("Đề nghị nâng chỉ tiêu tăng trưởng GRDP lên 9%", "other")):
        r = post(client, url + "/comments", {"piece": piece, "stance": stance, "text": text,
                                             "commenter": {"name": "Lê Thị B", "group": "nong_dan", "area": "Xã A"},
                                             "channel": "meeting"})
        assert r.status_code == 201, r.json()
        assert r.json()["group"] is not None
        ids.append(r.json())
    assert ids[0]["group"] == ids[1]["group"] == ids[2]["group"] != ids[3]["group"]
    groups = client.get(url + f"/groups?piece={piece}").json()["items"]
    assert groups[0] == {"id": ids[0]["group"], "piece": piece, "size": 3, "label": groups[0]["label"],
                         "representative": groups[0]["representative"],
                         "stance_counts": {"agree": 3, "disagree": 0, "other": 0},
                         "comments": [ids[0]["id"], ids[1]["id"], ids[2]["id"]]}
    listed = client.get(url + f"/comments?piece={piece}&stance=agree&q=tan thanh").json()
    assert listed["count"] == 1 and listed["items"][0]["id"] == ids[0]["id"]
    bad = post(client, url + "/comments", {"piece": piece, "stance": "other", "text": "",
                                           "commenter": {"group": "khong-co"}})
    assert bad.status_code == 400 and "khong-co" in bad.json()["detail"]
    moved = post(client, f"/api/v1/comments/{ids[3]['id']}/move", {"group": ids[0]["group"]})
    assert moved.status_code == 200 and moved.json()["group"] == ids[0]["group"]
    merged = post(client, url + "/groups/merge", {"groups": [ids[0]["group"]]})
    assert merged.status_code == 400
    hidden = post(client, f"/api/v1/comments/{ids[3]['id']}/hide", {"reason": "Trùng lặp"})
    assert hidden.status_code == 200 and hidden.json()["hidden"] is True
    assert post(client, f"/api/v1/comments/{ids[2]['id']}/hide", {"reason": " "}).status_code == 400
    closed = post(client, url + "/close")
    assert closed.json()["status"] == "closed"
    assert post(client, url + "/close").status_code == 409


def test_a_new_version_maps_pieces_and_says_what_changed(client, world):
    c = create(client, world, LAW, "luat.txt").json()
    url = f"/api/v1/consultations/{c['id']}"
    post(client, url + "/open")
    by_code = {p["code"]: p["id"] for p in c["pieces"]}
    article = by_code["Chương I › Điều 1"]
    post(client, url + "/comments", {"piece": article, "stance": "other", "text": "Cần nói rõ phạm vi."})
    revised = LAW.replace("Luật này quy định về dân chủ ở cơ sở.", "Luật này quy định về thực hiện dân chủ ở cơ sở.")
    response = client.post(url + "/versions", {"file": SimpleUploadedFile("luat-v2.txt", revised.encode())})
    assert response.status_code == 201, response.json()
    pieces = {p["code"]: p for p in response.json()["pieces"]}
    assert response.json()["version"] == 2
    assert pieces["Chương I › Điều 1"]["previous"] == article and pieces["Chương I › Điều 1"]["changed"] is True
    assert pieces["Chương I › Điều 2"]["changed"] is False
    listed = client.get(url + f"/comments?piece={pieces['Chương I › Điều 1']['id']}").json()
    assert listed["count"] == 1 and listed["items"][0]["piece"] == article


def test_synthesis_in_three_formats(client, world):
    c = create(client, world).json()
    url = f"/api/v1/consultations/{c['id']}"
    post(client, url + "/open")
    post(client, url + "/comments", {"stance": "agree", "text": "Tán thành"})
    data = client.get(url + "/synthesis?format=json").json()
    assert data["totals"]["comments"] == 1 and data["pieces"][0]["code"] == "Toàn văn dự thảo"
    docx = client.get(url + "/synthesis?format=docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    xlsx = client.get(url + "/synthesis?format=xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get(url + "/synthesis?format=pdf").status_code == 400


def test_another_province_sees_none_of_it(client, world):
    c = create(client, world).json()
    client.force_login(world.b.reviewer)
    url = f"/api/v1/consultations/{c['id']}"
    for path in ("", "/comments", "/groups", "/synthesis"):
        assert client.get(url + path).status_code == 404
    assert post(client, url + "/open").status_code == 404
    assert client.get("/api/v1/consultations").json()["count"] == 0
