"""The pages: register from a phone-sized form, the list with folded search, the model page and its actions."""

from datetime import date

import pytest

from danvan.movement.models import MovementModel
from danvan.movement.tests.conftest import launched, register

pytestmark = pytest.mark.django_db


def test_a_reporter_registers_a_model_through_the_form(client, world):
    client.force_login(world.a.reporter)
    page = client.get("/dan-van-kheo/dang-ky/")
    assert page.status_code == 200 and "Tên mô hình, điển hình" in page.content.decode()
    response = client.post("/dan-van-kheo/dang-ky/", {
        "unit": world.a.commune_party.pk, "kind": "model", "name": "Tổ tự quản đường hoa", "field": "nong_thon_moi",
        "areas": "", "registered_on": "2026-03-01", "goals": "10 km đường hoa."})
    model = MovementModel.objects.unscoped().get(name="Tổ tự quản đường hoa")
    assert response.status_code == 302 and response["Location"] == model.get_absolute_url()
    assert list(model.areas.all()) == [world.a.commune_party.area] and model.goals == "10 km đường hoa."


def test_a_bad_registration_shows_the_errors_and_writes_nothing(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/dan-van-kheo/dang-ky/", {
        "unit": world.a.commune_party.pk, "kind": "model", "name": "X", "field": "kinh_te", "areas": "zzz",
        "registered_on": "2026-03-01"})
    assert response.status_code == 200 and "Không có địa bàn mã: zzz" in response.content.decode()
    assert not MovementModel.objects.unscoped().exists()


def test_the_list_finds_names_typed_without_diacritics(client, world):
    register(world.a.reporter, world.a.commune_party, name="Dân vận khéo xây dựng đời sống văn hóa")
    register(world.a.reporter, world.a.commune_party, name="Camera an ninh")
    client.force_login(world.a.reviewer)
    body = client.get("/dan-van-kheo/", {"q": "doi song van hoa"}).content.decode()
    assert "xây dựng đời sống văn hóa" in body and "Camera an ninh" not in body
    # On a phone each row reads as a card with labelled cells (core's table.responsive), nothing cut off.
    assert '<table class="models responsive">' in body
    for label in ("Tên", "Lĩnh vực", "Đơn vị", "Đăng ký", "Trạng thái"):
        assert f'<td data-label="{label}">' in body
    partial = client.get("/dan-van-kheo/", {"q": "camera"}, headers={"HX-Request": "true"}).content.decode()
    assert "Camera an ninh" in partial and "<html" not in partial
    export = client.get("/dan-van-kheo/xuat-excel/", {"q": "camera"})
    assert export.status_code == 200 and export["Content-Type"].endswith("spreadsheetml.sheet")


def test_the_model_page_offers_the_reviewer_evaluation_and_the_reporter_launch(client, world):
    model = register(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    body = client.get(model.get_absolute_url()).content.decode()
    assert f"/dan-van-kheo/{model.pk}/launch/" in body and "/evaluate/" not in body
    response = client.post(f"/dan-van-kheo/{model.pk}/launch/", {"launched_on": "2026-02-01", "commitments": "Ra quân."})
    assert response.status_code == 302
    client.force_login(world.a.reviewer)
    body = client.get(model.get_absolute_url()).content.decode()
    assert f"/dan-van-kheo/{model.pk}/evaluate/" in body
    client.post(f"/dan-van-kheo/{model.pk}/evaluate/", {"period": "2026-Q1", "evaluated_on": "2026-03-01",
                                                        "effective": "1", "score_hieu_qua": "8"})
    client.post(f"/dan-van-kheo/{model.pk}/recognise/", {"form": "Giấy khen", "level": "commune",
                                                         "decision_number": "5/QĐ", "decision_date": "2026-03-05",
                                                         "issuer": "Đảng ủy phường"})
    model.refresh_from_db()
    assert model.status == "recognised" and model.evaluations.get().scores == {"hieu_qua": 8.0}
    body = client.get(model.get_absolute_url()).content.decode()
    assert "5/QĐ" in body and "Khen thưởng, công nhận" in body


def test_a_refused_action_is_a_message_not_an_error(client, world):
    model = register(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    client.post(f"/dan-van-kheo/{model.pk}/stop/", {"reason": "Trùng lặp."})
    response = client.post(f"/dan-van-kheo/{model.pk}/launch/", {"launched_on": "2026-02-01"}, follow=True)
    assert response.status_code == 200 and "Không thể triển khai" in response.content.decode()


def test_the_page_shows_the_replication_tree(client, world):
    origin = launched(world.a.reporter, world.a.commune_party, registered_on=date(2026, 1, 5))
    client.force_login(world.a.reporter)
    response = client.post(f"/dan-van-kheo/{origin.pk}/replicate/", {
        "unit": world.a.commune_front.pk, "areas": "", "registered_on": "2026-03-01", "name": "Bản nhân rộng"})
    replica = MovementModel.objects.unscoped().get(origin=origin)
    assert response["Location"] == replica.get_absolute_url()
    body = client.get(replica.get_absolute_url()).content.decode()
    assert origin.name in body and "Bản nhân rộng" in body


def test_a_reviewer_publishes_from_the_model_page_with_the_version_seen(client, world):
    model = launched(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reviewer)
    body = client.get(model.get_absolute_url()).content.decode()
    assert f"/dan-van-kheo/{model.pk}/publish/" in body and f'name="version" value="{model.version}"' in body
    assert "Cổng thông tin công khai" in client.get(f"/dan-van-kheo/{model.pk}/publish/").content.decode()
    stale = client.post(f"/dan-van-kheo/{model.pk}/publish/", {"version": model.version - 1}, follow=True)
    model.refresh_from_db()
    assert stale.status_code == 200 and not model.is_public
    client.post(f"/dan-van-kheo/{model.pk}/publish/", {"version": model.version})
    model.refresh_from_db()
    assert model.is_public
    assert f"/dan-van-kheo/{model.pk}/unpublish/" in client.get(model.get_absolute_url()).content.decode()
    client.post(f"/dan-van-kheo/{model.pk}/unpublish/", {"version": model.version})
    model.refresh_from_db()
    assert not model.is_public
    client.force_login(world.a.reporter)
    assert client.post(f"/dan-van-kheo/{model.pk}/publish/", {"version": model.version}).status_code == 403
