"""Enumerates every URL pattern (UI and API) and proves that:

- a user of province A gets nothing of province B's data, whatever ids or filters they send;
- an anonymous user gets nothing but the login pages, the API documentation and public assets.

A new route whose parameters this test cannot fill makes it fail: teach `candidate_kwargs` the new
parameter, so the route is exercised too.
"""

import itertools
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from danvan.accounts.models import ApiToken, Membership
from danvan.accounts.services import create_token
from danvan.org.models import Unit

pytestmark = pytest.mark.django_db

PUBLIC_FOR_ANONYMOUS = {
    "accounts:login",
    "admin:login",
    "admin:logout",
    "accounts:logout",
    "api:openapi-json",
    "api:openapi-view",
    # The installable web app's public assets (core/pwa.py): no data of anyone.
    "core:manifest",
    "core:service_worker",
    "core:offline",
    # "/" is the public portal's home page for an anonymous visitor (registry.public_home).
    "core:home",
    # The public portal's reading pages: published articles, public models, places, feed, sitemap. The anonymous
    # test below still proves they show nothing unpublished (B's draft, in-review and unpublished articles).
    "portal:news", "portal:article", "portal:article_cover", "portal:models", "portal:model", "portal:model_photo",
    "portal:feed", "portal:sitemap", "portal:province", "portal:commune", "portal:model_by_slug",
    # The portal's citizen pages (portal/citizen/urls.py): public drafts only (Consultation.scope_published),
    # forms behind the abuse controls; B's internal draft and its comments stay 404 (test_citizen_visibility.py).
    "portal:consultations",
    "portal:consultation",
    "portal:piece",
    "portal:piece_comment",
    "portal:recommendation",
    "portal:status_lookup",
}


def all_patterns(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from all_patterns(entry, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), f"{namespace}{entry.name}" if entry.name else "", entry


PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>|\(\?P<(?P<rname>\w+)>[^)]*\)")


def param_names(route: str) -> list[str]:
    return [m.group("name") or m.group("rname") for m in PARAM.finditer(route)]


def fill(route: str, values: dict) -> str:
    def sub(m):
        return str(values[m.group("name") or m.group("rname")])

    url = PARAM.sub(sub, route)
    return "/" + url.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\", "")


def b_data(world):
    from danvan.reporting.models import ReportForm
    from danvan.reporting.services import approve_submission, create_submission, submit_submission

    token, _ = create_token(None, world.b.reviewer, name="b-token")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    drafts = [create_submission(world.b.reporter, form=form, unit=world.b.commune_party, period=period,
                                values={"QUA_SL": 4242}, sections={"KQ": "Bí mật của Lai Châu 4242"})
              for period in ("2026-03", "2026-04")]
    submit_submission(world.b.reporter, drafts[0])
    approve_submission(world.b.reviewer, drafts[0])
    b_units = Unit.objects.subtree(world.b.btgdv)
    return {
        "unit_ids": list(b_units.order_by("line_path").values_list("pk", flat=True)[:3]) + [world.b.commune_front.pk],
        "membership_ids": list(Membership.objects.filter(unit__line_path__startswith=world.b.btgdv.line_path)
                               .values_list("pk", flat=True)),
        "token_ids": [token.pk],
        "submission_ids": [d.pk for d in drafts],
        "synthesis_draft_ids": [_b_synthesis_draft(world, form).pk],
        "import_job_ids": [_b_import_job(world, form).pk, _b_movement_import_job(world).pk],
        "attachment_ids": [_b_attachment(world, drafts[0]).pk],
        **_b_situation(world),
        "model_ids": _b_models(world),
        **_b_consultation(world),
        **_b_directives(world),
        **_b_petitions(world),
        **_b_articles(world),
        **_b_portal(world),
        "secrets": ["Tin bài bí mật Lai Châu", world.b.btgdv.name, world.b.commune_party.name, world.b.commune_front.name,
                    world.b.reviewer.username, world.b.reporter.username, "b-token", "Bí mật của Lai Châu",
                    "Nguồn kín Lai Châu", "Mô hình bí mật Lai Châu", "Góp ý bí mật Lai Châu",
                    "Chỉ đạo bí mật Lai Châu", "Đơn bí mật Lai Châu", "Người tố cáo Lai Châu"],
        "area_codes": [world.b.province.code, world.b.commune.code],
    }


def _b_articles(world):
    """B's articles in every state a visitor must not read: a draft, one under review, one unpublished."""
    from danvan.portal import services
    from danvan.portal.text import slugify_vi

    def write(title):
        return services.create_article(world.b.reporter, unit=world.b.commune_party, title=title,
                                       summary="Tin bài bí mật Lai Châu", body="Tin bài bí mật Lai Châu",
                                       area=world.b.commune)

    draft, in_review, gone = (write(f"Tin bài bí mật Lai Châu {n}") for n in (1, 2, 3))
    services.submit_article(world.b.reporter, in_review)
    services.submit_article(world.b.reporter, gone)
    services.publish_article(world.b.reviewer, gone)
    services.unpublish_article(world.b.reviewer, gone, reason="Gỡ")
    articles = [draft, in_review, gone]
    return {"article_ids": [a.pk for a in articles], "article_slugs": [a.slug for a in articles],
            "commune_slugs": [slugify_vi(world.b.commune.name), slugify_vi(world.a.commune.name)]}


def _b_synthesis_draft(world, form):
    from danvan.reporting.services import create_or_refresh_draft, update_draft

    draft = create_or_refresh_draft(world.b.reviewer, form=form, unit=world.b.btgdv, period="2026-03")
    return update_draft(world.b.reviewer, draft, version=draft.version, intro="Bí mật của Lai Châu (tổng hợp)")


def _b_situation(world):
    from django.utils import timezone

    from danvan.situation.services import create_incident, record_note

    note = record_note(world.b.reporter, unit=world.b.commune_party, area=world.b.commune,
                       observed_on=timezone.localdate(), text="Bí mật của Lai Châu: giải phóng mặt bằng",
                       mood="angry", source_kind="collaborator", confidential_source="Nguồn kín Lai Châu")
    incident = create_incident(world.b.reporter, unit=world.b.commune_party, areas=[world.b.commune],
                               title="Bí mật của Lai Châu (vụ việc)", started_on=timezone.localdate(), notes=[note])
    return {"note_ids": [note.pk], "incident_ids": [incident.pk]}


def _b_models(world):
    """A registered model of B and a recognised one with a replication (movement)."""
    from datetime import date

    from danvan.movement import services as movement

    def register(name):
        return movement.register_model(world.b.reporter, unit=world.b.commune_party, name=name, field="kinh_te",
                                       areas=[world.b.commune], registered_on=date(2026, 1, 5))

    registered, origin = register("Mô hình bí mật Lai Châu 1"), register("Mô hình bí mật Lai Châu 2")
    movement.launch_model(world.b.reporter, origin, launched_on=date(2026, 2, 1))
    movement.evaluate_model(world.b.reviewer, origin, period="Q1", effective=True, evaluated_on=date(2026, 3, 1))
    movement.recognise_model(world.b.reviewer, origin, decision_number="1/QĐ", decision_date=date(2026, 3, 2),
                             issuer="Mô hình bí mật Lai Châu (cơ quan)", level="province", form="Bằng khen")
    replica = movement.replicate_model(world.b.reporter, origin, unit=world.b.commune_front, areas=[world.b.commune],
                                       registered_on=date(2026, 3, 3))
    return [registered.pk, origin.pk, replica.pk]


def _b_consultation(world):
    """An open consultation of B with a comment in a group (consultation)."""
    from danvan.consultation.tests.conftest import comment, make_consultation

    c = make_consultation(world.b.reviewer, world.b.btgdv, title="Góp ý bí mật Lai Châu (dự thảo)")
    from danvan.consultation.services.importing import queue_import

    x = comment(world.b.reviewer, c, "Góp ý bí mật Lai Châu", piece=c.pieces.order_by("order")[2].pk)
    job = queue_import(world.b.reviewer, c, unit=world.b.btgdv, file_bytes=b"PK", filename="Góp ý bí mật Lai Châu.xlsx")
    return {"consultation_ids": [c.pk], "piece_ids": list(c.pieces.values_list("pk", flat=True)[:2]),
            "comment_ids": [x.pk], "group_ids": [x.group_id], "consultation_job_ids": [job.pk]}


def _b_directives(world):
    """A document, a task with a child, a dialogue with a commitment and a revoked feed of B (directives)."""
    from datetime import date

    from danvan.directives.services import activities, directives, feeds, tasks

    doc = directives.record_directive(world.b.reviewer, unit=world.b.btgdv, type="KH", number="9", symbol="KH/TU",
                                      issued_on=date(2026, 1, 5), subject="Chỉ đạo bí mật Lai Châu (văn bản)")
    parent = tasks.create_task(world.b.reviewer, unit=world.b.btgdv, period="2026-H1", deadline=date(2026, 6, 30),
                               title="Chỉ đạo bí mật Lai Châu (nhiệm vụ)", lead_units=[world.b.commune_party],
                               directive=doc)
    child = tasks.create_task(world.b.reporter, unit=world.b.commune_party, period="2026-H1", parent=parent,
                              deadline=date(2026, 6, 30), title="Chỉ đạo bí mật Lai Châu (nhiệm vụ con)",
                              lead_units=[world.b.commune_party])
    dialogue = activities.record_activity(
        world.b.reporter, unit=world.b.commune_party, kind="dialogue", title="Chỉ đạo bí mật Lai Châu (đối thoại)",
        starts_on=date(2026, 3, 1), directive=doc, task=child,
        commitments=[{"text": "Chỉ đạo bí mật Lai Châu (cam kết)", "deadline": date(2026, 6, 1)}])
    tasks.report_progress(world.b.reporter, child, status="in_progress", percent=30, reported_on=date(2026, 3, 2),
                          note="Chỉ đạo bí mật Lai Châu (tiến độ)", evidence_activity=dialogue)
    revoked = feeds.issue_feed(world.b.reporter)
    feeds.revoke_feed(world.b.reporter)
    return {"directive_ids": [doc.pk], "task_ids": [parent.pk, child.pk], "activity_ids": [dialogue.pk],
            "commitment_ids": list(dialogue.commitments.values_list("pk", flat=True)),
            "feed_tokens": [revoked.token, "khong-co-dia-chi-nay"]}


def _b_petitions(world):
    """A denunciation of B (accepted) and a reception session of B (petitions)."""
    from datetime import date

    from danvan.petitions import services as petitions

    session = petitions.record_reception(world.b.reporter, unit=world.b.commune_party, held_on=date(2026, 3, 2),
                                         host_name="Người tố cáo Lai Châu (chủ trì)", host_position="Bí thư")
    petition = petitions.create_petition(
        world.b.reporter, unit=world.b.commune_party, kind="denunciation", received_on=date(2026, 3, 2),
        channel="reception", area=world.b.commune, subject="Đơn bí mật Lai Châu", content="Đơn bí mật Lai Châu",
        petitioners=[{"name": "Người tố cáo Lai Châu", "phone": "0912345678"}], reception=session)
    petitions.accept_petition(world.b.reporter, petition, accepted_on=date(2026, 3, 5))
    from django.core.files.uploadedfile import SimpleUploadedFile

    letter = petitions.attach_petition_file(world.b.reporter, petition, SimpleUploadedFile(
        "Đơn tố cáo Lai Châu.txt", "Bí mật của Lai Châu".encode()))
    return {"petition_ids": [petition.pk], "reception_ids": [session.pk], "petition_attachment_ids": [letter.pk]}


def _b_portal(world):
    """A public draft of B (readable by anyone) and a comment on it held for moderation (portal)."""
    from danvan.consultation.tests.conftest import make_consultation
    from danvan.portal.citizen.services import submit_comment

    # A public draft is public to everyone, other provinces' staff included (Consultation.scope_published): its
    # issuer (a unit of B not named in the secrets) may show; its held comment and its author never.
    issuer = Unit.objects.get(area=world.b.commune, kind__code="hoi-nong-dan")
    c = make_consultation(world.b.reviewer, issuer, title="Dự thảo công khai của tỉnh B", audience="public")
    piece = c.pieces.order_by("order").first()
    _, held = submit_comment(c, {"stance": "other", "text": "Góp ý bí mật Lai Châu (cổng)", "piece": piece.pk,
                                 "name": "Người tố cáo Lai Châu", "group": "nong_dan", "area": "",
                                 "contact": "", "anonymous": False}, signals=["lien-ket"])
    return {"public_consultation_ids": [c.pk], "public_piece_ids": [piece.pk], "moderation_ids": [held.pk]}


def _b_import_job(world, form):
    from danvan.reporting.services import queue_import

    return queue_import(world.b.reporter, form=form, period="2026-03", file_bytes=b"PK",
                        filename="Bí mật của Lai Châu.xlsx")


def _b_movement_import_job(world):
    from danvan.movement.importing.services import queue_import

    return queue_import(world.b.reporter, unit=world.b.commune_party, file_bytes=b"PK",
                        filename="Bí mật của Lai Châu (mô hình).xlsx")


def _b_attachment(world, owner):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from danvan.core.services import attach_file

    return attach_file(world.b.reporter, owner, SimpleUploadedFile("Bí mật của Lai Châu.txt", "Bí mật".encode()),
                       title="Bí mật của Lai Châu (tệp)")


def candidate_kwargs(names: list[str], data: dict):
    ids = data["unit_ids"] + data["membership_ids"] + data["token_ids"] + data["submission_ids"]
    options = {
        "pk": ids, "unit_id": data["unit_ids"], "submission_id": data["submission_ids"],
        "job_id": data["import_job_ids"] + data["consultation_job_ids"],
        "attachment_id": data["attachment_ids"] + data.get("petition_attachment_ids", []),
        "draft_id": data["synthesis_draft_ids"], "note_id": data["note_ids"], "incident_id": data["incident_ids"],
        "era": ["current"], "code": data["area_codes"] + ["muc-do-cao"],
        "app_label": ["org", "accounts", "core"], "object_id": [str(i) for i in ids],
        "model_name": ["unit", "membership", "unitkind", "user", "auditevent"], "content_type_id": [1],
        "url": ["x"],
        "model_id": data["model_ids"],
        "event": ["launch", "evaluate", "recognise", "replicate", "stop", "publish", "unpublish", "x",
                  "open", "close", "synthesise", "an", "hien", "tieu-bieu", "chuyen", "dat-ten", "gop", "nhom-lai", "tach",
                  "accept", "reject", "forward", "extend", "answer", "appeal", "note"],
        "consultation_id": data["consultation_ids"], "piece_id": data["piece_ids"], "comment_id": data["comment_ids"],
        "group_id": data["group_ids"],
        "directive_id": data["directive_ids"], "task_id": data["task_ids"], "activity_id": data["activity_ids"],
        "commitment_id": data["commitment_ids"], "token": data["feed_tokens"],
        "petition_id": data["petition_ids"],
        "file_id": data.get("petition_attachment_ids", []) + data["attachment_ids"],
        "article_id": data["article_ids"], "slug": data["article_slugs"] + ["x"],
        "province": ["lai-chau", "ninh-binh"], "commune": data["commune_slugs"], "photo_id": data["attachment_ids"],
        "moderation_id": data["moderation_ids"],
        # The portal's pages of a draft: B's public one (first: the form fuzz posts to it) and B's internal one (404).
        "public_consultation_id": data["public_consultation_ids"] + data["consultation_ids"],
        "public_piece_id": data["public_piece_ids"] + data["piece_ids"][:1],
    }
    missing = [n for n in names if n not in options]
    assert not missing, f"Teach this test how to fill route parameters {missing}"
    for combo in itertools.product(*(options[n] for n in names)):
        yield dict(zip(names, combo, strict=True))


# Signing out would turn the rest of the signed-in probe into an anonymous one.
SIGN_OUT = {"accounts:logout", "admin:logout"}
def b_state(world):
    """Everything of province B a request could change (A's own data may legitimately change)."""
    from danvan.consultation.models import Comment, CommentGroup, Consultation
    from danvan.core.models import Attachment
    from danvan.directives.models import Activity, Commitment, Directive, Task, TaskProgress
    from danvan.movement.models import MovementModel
    from danvan.petitions.models import Petition, PetitionEvent
    from danvan.portal.models import Article, ModerationItem
    from danvan.reporting.models import Submission, SynthesisDraft
    from danvan.situation.models import (
        EscalationRule,
        Incident,
        IncidentEvent,
        SituationNote,
        WarningDismissal,
    )

    prefix = world.b.btgdv.line_path
    return (
        sorted(Membership.objects.filter(unit__line_path__startswith=prefix).values_list("pk", "role")),
        sorted(ApiToken.objects.filter(user=world.b.reviewer).values_list("pk", "revoked_at")),
        sorted(Unit.objects.filter(line_path__startswith=prefix).values_list("pk", "version", "parent_id")),
        sorted(Submission.objects.filter(line_path__startswith=prefix).values_list("pk", "status", "version")),
        sorted(SynthesisDraft.objects.filter(unit__line_path__startswith=prefix).values_list("pk", "version")),
        sorted(SituationNote.objects.filter(line_path__startswith=prefix).values_list("pk", "updated_at")),
        sorted(Incident.objects.filter(line_path__startswith=prefix).values_list("pk", "state", "version")),
        IncidentEvent.objects.filter(incident__line_path__startswith=prefix).count(),
        WarningDismissal.objects.filter(area__path__startswith=world.b.province.path).count(),
        sorted(MovementModel.objects.filter(line_path__startswith=prefix).values_list("pk", "status", "version")),
        sorted(Consultation.objects.filter(line_path__startswith=prefix).values_list("pk", "status", "version")),
        sorted(Comment.objects.filter(line_path__startswith=prefix).values_list("pk", "hidden", "notable", "group_id")),
        sorted(CommentGroup.objects.filter(consultation__line_path__startswith=prefix).values_list("pk", "label", "size")),
        sorted(Directive.objects.filter(line_path__startswith=prefix).values_list("pk", "version")),
        sorted(Task.objects.filter(line_path__startswith=prefix).values_list("pk", "version")),
        sorted(Activity.objects.filter(line_path__startswith=prefix).values_list("pk", "version")),
        sorted(Commitment.objects.filter(activity__line_path__startswith=prefix).values_list("pk", "state")),
        sorted(TaskProgress.objects.filter(task__line_path__startswith=prefix).values_list("pk", "percent")),
        sorted(EscalationRule.objects.values_list("pk", "province_id", "threshold", "is_active")),
        sorted(Petition.objects.filter(line_path__startswith=prefix).values_list("pk", "status", "version")),
        PetitionEvent.objects.filter(petition__line_path__startswith=prefix).count(),
        sorted(ModerationItem.objects.filter(line_path__startswith=prefix).values_list("pk", "status")),
        sorted(Attachment.objects.unscoped().filter(line_path__startswith=prefix).values_list("pk", flat=True)),
        sorted(Article.objects.filter(line_path__startswith=prefix).values_list("pk", "status", "version")),
    )


QUERY_PROBES = ["", "?q=Lai+Chau", "?area={code}", "?unit={unit}", "?parent={code}", "?actor={user}",
                "?form=BC-DV-THANG&period=2026-03&unit={unit}", "?form=BC-DV-THANG&period=2026-Q1&area=current/{code}"]


def probe_urls(data):
    for route, name, _ in all_patterns():
        if route.startswith("static/"):
            continue
        names = param_names(route)
        for kwargs in candidate_kwargs(names, data):
            base = fill(route, kwargs)
            # Hostile filters matter on lists; a route that names its object by id gets it plain.
            for q in (QUERY_PROBES if not names else QUERY_PROBES[:1]):
                yield name, base + q.format(code=data["area_codes"][0], unit=data["unit_ids"][0],
                                            user=data["secrets"][3])


def methods_for(url: str) -> tuple[str, ...]:
    """GET and POST everywhere; DELETE too on the API routes that take one (a petition's file)."""
    return ("get", "post", "delete") if url.startswith("/api/") and "/files/" in url else ("get", "post")


def test_user_of_one_province_gets_nothing_of_another(world, client):
    data = b_data(world)
    before = b_state(world)
    checked = 0
    for user in (world.a.reviewer, world.a.reporter, world.a.unit_admin, world.nobody):
        client.force_login(user)
        for name, url in probe_urls(data):
            if name in SIGN_OUT:
                continue
            for method in methods_for(url):
                response = getattr(client, method)(url)
                assert "_auth_user_id" in client.session, f"{method.upper()} {url} signed the user out"
                body = response.content.decode(errors="replace")
                # A value the request itself carried may be echoed back (a form's "next"); anything else is a leak.
                leaked = [s for s in data["secrets"] if s in body and s not in url]
                assert not leaked, f"{user.username} {method.upper()} {url} ({name}) shows {leaked}"
                assert response.status_code < 500, f"{method.upper()} {url} → {response.status_code}"
                checked += 1
    assert b_state(world) == before, "a request changed another province's data"
    assert checked > 100


def test_anonymous_user_gets_only_login_and_public_pages(world, client):
    data = b_data(world)
    for name, url in probe_urls(data):
        for method in methods_for(url):
            response = getattr(client, method)(url)
            body = response.content.decode(errors="replace")
            if name in PUBLIC_FOR_ANONYMOUS:
                # Public pages answer, but show nothing unpublished or out of scope.
                assert response.status_code < 500, f"{method.upper()} {url} → {response.status_code}"
                assert not [s for s in data["secrets"] if s in body and s not in url], url
                continue
            assert response.status_code in (302, 401, 403, 404, 405), f"{method.upper()} {url} → {response.status_code}"
            if response.status_code == 302:
                assert "dang-nhap" in response["Location"] or "login" in response["Location"], url
            assert not [s for s in data["secrets"] if s in body and s not in url], url


def test_this_test_knows_every_route(world):
    """Every pattern is probed: a route added without a name or with new parameters shows up here."""
    routes = [(route, name) for route, name, _ in all_patterns() if not route.startswith("static/")]
    assert any(name == "org:unit_detail" for _, name in routes)
    assert any(route.startswith("api/v1/units") for route, _ in routes)
    data = b_data(world)
    for route, _ in routes:
        assert list(candidate_kwargs(param_names(route), data)), route
