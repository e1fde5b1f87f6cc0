"""Exactly once: a repeated Idempotency-Key gets the first response and writes nothing (core/idempotency.py).

Runs on SQLite and, with DATABASE_URL, on PostgreSQL; the concurrent case is in test_idempotency_concurrency.py.
"""

import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from danvan.core.models import IdempotencyKey
from danvan.situation.models import SituationNote

pytestmark = pytest.mark.django_db
NOTES = "/api/v1/situation/notes"


def _note(world, text="Bà con lo lắng về giải phóng mặt bằng."):
    return {"unit": world.a.commune_party.pk, "observed_on": timezone.localdate().isoformat(), "text": text,
            "mood": "worried", "source_kind": "staff"}


def _api_post(client, body, key):
    return client.post(NOTES, body, content_type="application/json", headers={"Idempotency-Key": key})


def test_the_same_key_twice_writes_one_note_and_answers_the_first_response(client, world):
    client.force_login(world.a.reporter)
    key = str(uuid.uuid4())
    first = _api_post(client, _note(world), key)
    second = _api_post(client, _note(world), key)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json() and second["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert SituationNote.objects.count() == 1


def test_a_new_key_is_a_new_request(client, world):
    client.force_login(world.a.reporter)
    _api_post(client, _note(world), str(uuid.uuid4()))
    _api_post(client, _note(world), str(uuid.uuid4()))
    assert SituationNote.objects.count() == 2


def test_a_key_reused_with_a_different_body_is_refused_with_422_in_vietnamese(client, world):
    client.force_login(world.a.reporter)
    key = str(uuid.uuid4())
    assert _api_post(client, _note(world), key).status_code == 201
    other = _api_post(client, _note(world, text="Một tin khác hẳn."), key)
    assert other.status_code == 422 and "đã được dùng cho một yêu cầu khác" in other.json()["detail"]
    assert SituationNote.objects.count() == 1


def test_a_key_that_is_not_a_uuid_is_a_400_and_nothing_is_written(client, world):
    client.force_login(world.a.reporter)
    r = _api_post(client, _note(world), "abc")
    assert r.status_code == 400 and "UUID" in r.json()["detail"]
    assert not SituationNote.objects.exists()


def test_another_users_key_never_replays_the_first_users_response(client, world):
    key = str(uuid.uuid4())
    client.force_login(world.a.reporter)
    assert _api_post(client, _note(world), key).status_code == 201
    client.force_login(world.b.reporter)
    r = _api_post(client, _note(world), key)
    assert r.status_code == 404 and "Idempotent-Replayed" not in r  # b's own outcome: a's unit is not b's


def test_a_refused_request_keeps_no_key_when_a_retry_may_fare_otherwise(client, world):
    key = str(uuid.uuid4())
    r = client.post(NOTES, _note(world), content_type="application/json", headers={"Idempotency-Key": key})
    assert r.status_code == 401 and not IdempotencyKey.objects.exists()
    client.force_login(world.a.reporter)
    assert _api_post(client, _note(world), key).status_code == 201


def test_an_api_token_owns_its_keys(client, world):
    from danvan.accounts.services import create_token

    _, raw = create_token(None, user=world.a.reporter, name="kịch bản")
    key, auth = str(uuid.uuid4()), {"Authorization": f"Bearer {raw}"}
    for _ in range(2):
        r = client.post(NOTES, _note(world), content_type="application/json", headers={"Idempotency-Key": key, **auth})
        assert r.status_code == 201
    assert SituationNote.objects.count() == 1
    assert IdempotencyKey.objects.get().owner.startswith("token:")


def test_a_ui_form_post_with_the_key_field_is_written_once_and_replays_the_redirect(client, world):
    client.force_login(world.a.reporter)
    key = str(uuid.uuid4())
    form = {"text": "Nhiều người dân lo lắng về dịch bệnh sốt xuất huyết.", "mood": "worried",
            "source_kind": "staff", "unit": world.a.commune_party.pk, "idempotency_key": key}
    first = client.post(reverse("situation:note_new"), form)
    # The second send comes from another page load: another CSRF token, the same key and fields.
    second = client.post(reverse("situation:note_new"), {**form, "csrfmiddlewaretoken": "x" * 64})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] and second["Idempotent-Replayed"] == "true"
    assert SituationNote.objects.count() == 1


def test_the_offline_client_gets_a_redirect_as_a_readable_200(client, world):
    client.force_login(world.a.reporter)
    form = {"text": "Người dân phấn khởi vì đường mới.", "mood": "positive", "source_kind": "staff",
            "unit": world.a.commune_party.pk}
    r = client.post(reverse("situation:note_new"), form,
                    headers={"Idempotency-Key": str(uuid.uuid4()), "X-Danvan-Offline": "1"})
    note = SituationNote.objects.get()
    assert r.status_code == 200 and r["X-Danvan-Redirect"] == reverse("situation:note_detail", args=[note.pk])


def test_a_post_without_a_key_runs_as_before(client, world):
    client.force_login(world.a.reporter)
    client.post(NOTES, _note(world), content_type="application/json")
    client.post(NOTES, _note(world), content_type="application/json")
    assert SituationNote.objects.count() == 2 and not IdempotencyKey.objects.exists()


def test_the_purge_removes_keys_older_than_the_keeping_time_and_keeps_a_day_at_least(client, world, settings):
    settings.IDEMPOTENCY_KEEP_HOURS = 1  # asked for less than a day: 24 hours are kept anyway
    client.force_login(world.a.reporter)
    _api_post(client, _note(world), str(uuid.uuid4()))
    old = IdempotencyKey.objects.create(owner="anon", key=uuid.uuid4(), fingerprint="x", method="POST", path="/",
                                        created_at=timezone.now() - timedelta(hours=25))
    recent = IdempotencyKey.objects.create(owner="anon", key=uuid.uuid4(), fingerprint="x", method="POST",
                                           path="/", created_at=timezone.now() - timedelta(hours=23))
    call_command("purge_idempotency_keys")
    left = set(IdempotencyKey.objects.values_list("pk", flat=True))
    assert old.pk not in left and recent.pk in left and len(left) == 2


def test_the_openapi_description_documents_the_key_for_every_post(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "Idempotency-Key" in schema["info"]["description"]
    posts = [op for item in schema["paths"].values() for method, op in item.items() if method == "post"]
    assert posts and all(any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in op["parameters"])
                         for op in posts)
