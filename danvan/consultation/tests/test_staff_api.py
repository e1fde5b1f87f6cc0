"""The staff corrections and moderation through the API as the UI offers them: split, name, regroup, unhide,
notable, proposal, synthesise; a unit's batch; scoping of each."""

import pytest

from danvan.consultation import selectors
from danvan.consultation.models import Comment, CommentGroup
from danvan.consultation.tests.conftest import comment

pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def pieces(c):
    return selectors.version_pieces(selectors.latest_version(c))


def test_staff_split_name_and_regroup_through_the_api(client, world, consultation):
    actor = world.a.reviewer
    piece = pieces(consultation)[3]
    xs = [comment(actor, consultation, t, piece=piece.pk, stance="agree") for t in ("Tán thành", "Nhất trí", "Đồng ý")]
    group = xs[0].group_id
    client.force_login(actor)
    url = f"/api/v1/consultations/{consultation.pk}/groups"
    split = post(client, f"{url}/{group}/split", {"comments": [xs[2].pk], "label": "Đồng ý có điều kiện"})
    assert split.status_code == 201, split.json()
    new = split.json()
    assert new["size"] == 1 and new["comments"] == [xs[2].pk] and new["label"] == "Đồng ý có điều kiện"
    named = post(client, f"{url}/{group}/name", {"label": "Tán thành dự thảo"})
    assert named.status_code == 200 and named.json()["label"] == "Tán thành dự thảo" and named.json()["size"] == 2
    regrouped = post(client, f"{url}/regroup", {"piece": piece.pk})
    assert regrouped.status_code == 200 and regrouped.json() == {"piece": piece.pk, "groups": 2}
    assert Comment.objects.get(pk=xs[2].pk).group_id == new["id"]
    assert CommentGroup.objects.get(pk=group).label == "Tán thành dự thảo"
    # A comment of another group cannot be split out of this one; an unknown group is 404.
    assert post(client, f"{url}/{group}/split", {"comments": [xs[2].pk]}).status_code == 400
    assert post(client, f"{url}/999999/name", {"label": "x"}).status_code == 404
    assert post(client, f"{url}/{group}/name", {"label": "x" * 501}).status_code == 400


def test_unhide_notable_and_proposal_through_the_api(client, world, consultation):
    actor = world.a.reviewer
    piece = pieces(consultation)[3]
    x = comment(actor, consultation, "Đề nghị bổ sung chỉ tiêu về chuyển đổi số", piece=piece.pk)
    client.force_login(actor)
    assert post(client, f"/api/v1/comments/{x.pk}/hide", {"reason": "Trùng lặp"}).json()["hidden"] is True
    assert post(client, f"/api/v1/comments/{x.pk}/notable", {"notable": True}).status_code == 400  # hidden
    shown = post(client, f"/api/v1/comments/{x.pk}/unhide")
    assert shown.status_code == 200 and shown.json()["hidden"] is False and shown.json()["group"] is not None
    notable = post(client, f"/api/v1/comments/{x.pk}/notable", {"notable": True})
    assert notable.status_code == 200 and notable.json()["notable"] is True
    url = f"/api/v1/consultations/{consultation.pk}"
    proposal = post(client, f"{url}/pieces/{piece.pk}/proposal", {"proposal": "Tiếp thu, bổ sung chỉ tiêu."})
    assert proposal.json() == {"piece": piece.pk, "proposal": "Tiếp thu, bổ sung chỉ tiêu."}
    s = client.get(f"{url}/synthesis").json()
    row = next(p for p in s["pieces"] if p["piece"] == piece.pk)
    assert row["count"] == 1 and row["notable"][0]["id"] == x.pk and row["proposal"] == "Tiếp thu, bổ sung chỉ tiêu."
    assert post(client, f"{url}/synthesise").status_code == 409  # still open
    assert post(client, f"{url}/close").status_code == 200
    assert post(client, f"{url}/synthesise").json()["status"] == "synthesised"


def test_a_units_batch_is_all_or_nothing(client, world, consultation):
    client.force_login(world.a.reviewer)
    url = f"/api/v1/consultations/{consultation.pk}/comments/batch"
    piece = pieces(consultation)[3].pk
    good = {"piece": piece, "stance": "agree", "text": "Tán thành", "channel": "unit",
            "commenter": {"name": "Hội viên", "group": "nong_dan", "area": "Xã A"}}
    bad = {**good, "stance": "other", "text": ""}
    refused = post(client, url, {"unit": world.a.commune_party.pk, "comments": [good, bad]})
    assert refused.status_code == 400 and "Ý kiến 2" in refused.json()["detail"]
    assert Comment.objects.filter(consultation=consultation).count() == 0
    done = post(client, url, {"unit": world.a.commune_party.pk, "comments": [good, good]})
    assert done.status_code == 201 and [x["unit"] for x in done.json()["items"]] == [world.a.commune_party.pk] * 2
    assert post(client, url, {"unit": world.b.commune_party.pk, "comments": [good]}).status_code == 404


def test_another_province_can_do_none_of_it(client, world, consultation):
    actor = world.a.reviewer
    piece = pieces(consultation)[3]
    x = comment(actor, consultation, "Tán thành", piece=piece.pk, stance="agree")
    x.refresh_from_db()
    client.force_login(world.b.reviewer)
    url = f"/api/v1/consultations/{consultation.pk}"
    for path, body in ((f"{url}/groups/{x.group_id}/split", {"comments": [x.pk]}),
                       (f"{url}/groups/{x.group_id}/name", {"label": "x"}), (f"{url}/groups/regroup", {}),
                       (f"{url}/pieces/{piece.pk}/proposal", {"proposal": "x"}), (f"{url}/synthesise", {}),
                       (f"/api/v1/comments/{x.pk}/unhide", {}), (f"/api/v1/comments/{x.pk}/notable", {}),
                       (f"{url}/comments/batch", {"unit": world.b.commune_party.pk, "comments": []})):
        assert post(client, path, body).status_code == 404, path
    x.refresh_from_db()
    assert not x.notable and CommentGroup.objects.get(pk=x.group_id).label_manual is False


def test_a_portal_comment_is_recorded_with_no_actor_on_a_public_consultation_only(world, consultation):
    """How the public portal records a citizen's comment (docs/apps/consultation.md, "For the portal")."""
    from django.core.exceptions import ValidationError

    from danvan.consultation import services
    from danvan.consultation.checks import CommentInput
    from danvan.consultation.tests.conftest import make_consultation
    from danvan.core.models import AuditEvent

    piece = pieces(consultation)[3].pk
    citizen = CommentInput(stance="other", text="Đề nghị làm rõ lộ trình chuyển đổi số ở thôn bản", piece=piece,
                           name="Người dân", group="khac", area="Xã A", channel="portal", anonymous=True)
    with pytest.raises(ValidationError) as refused:
        services.add_comment(None, consultation, citizen)  # an internal consultation
    assert "cổng thông tin" in str(refused.value.message_dict["channel"])
    public = make_consultation(world.a.reviewer, world.a.btgdv, audience="public")
    citizen.piece = pieces(public)[3].pk
    saved = services.add_comment(None, public, citizen)
    assert (saved.channel, saved.unit_id, saved.created_by_id, saved.anonymous) == ("portal", world.a.btgdv.pk,
                                                                                    None, True)
    assert saved.group_id is not None
    event = AuditEvent.objects.filter(action="consultation.comment.add", object_id=str(saved.pk)).get()
    assert event.actor_id is None
