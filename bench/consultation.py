"""Speed of comments on a draft: saving a comment with its grouping, regrouping the largest piece, the
synthesis as JSON and .docx; and the grouping's score on the labelled set. Prints JSON.

    .venv/bin/python bench/consultation.py --json [--comments N] [--saves N] [--embed N] [--distinct]
    .venv/bin/python bench/consultation.py --json --scores-only [--lexical]  # the labelled sets' scores only
    .venv/bin/python bench/consultation.py --json --cluster-only 3000 [--mixed]  # the regrouping's clustering alone

Builds the real divisions and one province's bloc in a fresh SQLite database under a temporary
DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), creates the demo's
political report draft through the services, bulk-inserts N comments (default 100,000; not through the
services, for speed) spread over its pieces, then: regroups the largest piece in full (the service), times
`add_comment` on that piece (p50/p95 over --saves saves, as the province's reviewer), and times
`selectors.synthesis` and the .docx; with --embed N (default 500), times the worker's task on N comments, then
the worker's regrouping of the largest piece with vectors (its check and its task, `regrouping`). Targets: save p95 ≤ 50 ms, regrouping ≤ 60 s, JSON ≤ 1 s,
.docx ≤ 5 s. The scores are the product's path with the vectors the worker would store (the first run embeds the
labelled sets' ~3,800 comments: a few minutes; cached under /tmp/danvan-e5-product).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PARTS: dict[str, tuple[str, str, str]] = {}  # --distinct: each text's base comment and two place phrases
EXTRA = ["ở vùng sâu vùng xa", "cho bà con dân tộc thiểu số", "trong giai đoạn tới", "ở các xã biên giới",
         "nhất là khu vực nông thôn", "đối với thanh niên", "cho phụ nữ và trẻ em", "tại các khu công nghiệp",
         "ở khu vực miền núi", "đối với hộ nghèo", "cho người cao tuổi", "ở đô thị"]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    parser.add_argument("--scores-only", action="store_true", help="only the labelled sets' scores (no database)")
    parser.add_argument("--lexical", action="store_true", help="with --scores-only: the words alone, no vectors")
    parser.add_argument("--embed", type=int, default=500, metavar="N",
                        help="time the worker's task on N comments, then regroup the largest piece with vectors "
                             "(0: skip)")
    parser.add_argument("--mixed", action="store_true", help="with --cluster-only: with (composed) vectors")
    parser.add_argument("--distinct", action="store_true",
                        help="every comment followed by two place phrases (mostly distinct texts), the largest "
                             "piece's vectors composed as --cluster-only --mixed does; no labelled-set scores")
    parser.add_argument("--cluster-only", type=int, metavar="N",
                        help="only time grouping.partition on N distinct texts (no database)")
    args = parser.parse_args()
    if args.scores_only:
        print(json.dumps(scores(args.lexical), ensure_ascii=False, indent=2))
        return
    if args.cluster_only:
        print(json.dumps(cluster_only(args.cluster_only, args.mixed), ensure_ascii=False, indent=2))
        return
    os.environ.setdefault("DANVAN_VAR_DIR", tempfile.mkdtemp(prefix="danvan-bench-"))
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from django.core.management import call_command

    from danvan.consultation import demo, selectors, services, synthesis
    from danvan.consultation.checks import CommentInput
    from danvan.consultation.models import Comment, CommenterGroup, Piece
    from danvan.org.bloc import BTGDV
    from danvan.org.models import Area, Unit
    from danvan.org.services import create_bloc, import_divisions
    from danvan.testing.factories import UserFactory

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    import_divisions(None)
    province = Area.objects.filter(era="current", level="province").order_by("code").first()
    create_bloc(None, province)
    root = Unit.objects.unscoped().get(area=province, kind__code=BTGDV)
    from danvan.accounts.choices import Role
    from danvan.accounts.services import grant_membership

    user = UserFactory(username="bench-reviewer")
    grant_membership(None, user=user, unit=root, role=Role.REVIEWER)
    from datetime import date

    c = services.create_consultation(user, unit=root, title=demo.TITLE, audience="public", opens_on=date(2026, 1, 1),
                                     closes_on=date(2026, 12, 31), file_bytes=demo.DRAFT.encode(), filename="d.txt")
    c = services.transition_consultation(user, c, "open")
    pieces = list(Piece.objects.filter(consultation=c, level__gte=3))
    groups = list(CommenterGroup.objects.all())
    rng = random.Random(2026)
    # The largest piece takes a fifth of the comments; the rest spread over the others.
    largest = pieces[0]
    rows = []
    for i in range(args.comments):
        piece = largest if rng.random() < 0.2 else rng.choice(pieces)
        stance, texts = rng.choice(demo.THEMES)
        if args.distinct:
            base, a, b = rng.choice(texts), rng.choice(EXTRA), rng.choice(EXTRA)
            text = f"{base} {a} {b}"
            PARTS[text] = (base, a, b)
        else:
            text = rng.choice(texts) + (" " + rng.choice(EXTRA) if rng.random() < 0.5 else "")
        rows.append(Comment(unit=root, line_path=root.line_path, consultation=c, piece=piece, current_piece=piece,
                            stance=stance, text=text, text_folded=text.lower(), commenter_group=rng.choice(groups),
                            channel="unit", commenter_name=f"Người góp ý {i}"))
        if len(rows) == 5000:
            Comment.objects.bulk_create(rows)
            rows = []
    Comment.objects.bulk_create(rows)
    setup_s = round(time.perf_counter() - started, 1)
    size = Comment.objects.filter(current_piece=largest).count()
    t, cpu = time.perf_counter(), time.process_time()
    n_groups = services.regroup_piece(user, c, largest)
    regroup_s = round(time.perf_counter() - t, 2)
    regroup_cpu_s = round(time.process_time() - cpu, 2)
    embedded = embed_and_regroup(args, user, c, largest) if args.embed else {}
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    saves, saves_cpu, queries, sample = [], [], [], []
    for _ in range(args.saves):
        stance, texts = rng.choice(demo.THEMES)
        data = CommentInput(stance=stance, text=rng.choice(texts) + " " + rng.choice(EXTRA), piece=largest.pk,
                            group="nong_dan", channel="meeting")
        t, cpu = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as ctx:
            services.add_comment(user, c, data)
        saves.append(time.perf_counter() - t)
        saves_cpu.append(time.process_time() - cpu)
        queries.append(len(ctx.captured_queries))
        sample = sample or [q["sql"][:100] for q in ctx.captured_queries]  # the first save's queries, to profile
    saves.sort()
    saves_cpu.sort()
    t, cpu = time.perf_counter(), time.process_time()
    selectors.synthesis(user, c)
    synthesis_json_ms = ms(time.perf_counter() - t)
    synthesis_json_cpu_ms = ms(time.process_time() - cpu)
    t, cpu = time.perf_counter(), time.process_time()
    synthesis.synthesis_docx(user, c)
    synthesis_docx_ms = ms(time.perf_counter() - t)
    synthesis_docx_cpu_ms = ms(time.process_time() - cpu)
    print(json.dumps({
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "comments": Comment.objects.filter(consultation=c).count(), "largest_piece_comments": size,
        "largest_piece_groups": n_groups, "setup_s": setup_s,
        "largest_piece_distinct_texts": len(set(Comment.objects.filter(current_piece=largest).values_list("text", flat=True))), "regroup_largest_piece_s": regroup_s,
        "regroup_largest_piece_cpu_s": regroup_cpu_s, **embedded,
        "save_ms": {"p50": ms(statistics.median(saves)), "p95": ms(saves[int(len(saves) * 0.95) - 1]),
                    "max": ms(saves[-1]), "n": len(saves)},
        # CPU time of this process (SQLite runs in it): less sensitive to the other agents' load than wall time.
        "save_cpu_ms": {"p50": ms(statistics.median(saves_cpu)), "p95": ms(saves_cpu[int(len(saves_cpu) * 0.95) - 1])},
        "queries_per_save": max(queries), "save_queries": sample,
        "synthesis_json_ms": synthesis_json_ms, "synthesis_json_cpu_ms": synthesis_json_cpu_ms, "synthesis_docx_ms": synthesis_docx_ms,
        "synthesis_docx_cpu_ms": synthesis_docx_cpu_ms,
        "labelled_set": None if args.distinct else scores(),
        "targets": {"save_p95_ms": 50, "regroup_s": 60, "synthesis_json_ms": 1000, "synthesis_docx_ms": 5000,
                    "ari": 0.8},
    }, ensure_ascii=False, indent=2))


def cluster_only(n: int, mixed: bool = False) -> dict:
    """CPU time of the full regrouping's clustering alone on n mostly distinct texts: the labelled sets' comments,
    each followed by two random place phrases (seed 7). `mixed`: with a vector each, composed (not embedded: n
    texts would take n × 25 ms) as the unit sum of the base comment's product vector and half each phrase's."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    import resource

    import django

    django.setup()
    import numpy as np

    from danvan.consultation import embedding, grouping, mixing

    data = REPO / "danvan" / "consultation" / "tests" / "data"
    rows = [r for name in ("labelled_comments.json", "blind_comments.json", "blind2_comments.json")
            for r in json.loads((data / name).read_text(encoding="utf-8"))]
    rng = random.Random(7)
    chosen = [(rng.choice(rows), rng.choice(EXTRA), rng.choice(EXTRA)) for _ in range(n)]
    texts = [f"{r['text']} {a} {b}" for r, a, b in chosen]
    dense = None
    if mixed:
        cache = Path(os.environ.get("DANVAN_E5_CACHE", Path(tempfile.gettempdir()) / "danvan-e5-product"))
        base = _product_vectors(rows, cache)
        extra = dict(zip(EXTRA, embedding.embed(EXTRA), strict=True))
        composed = np.stack([base[(r["piece"], r["text"])] + 0.5 * extra[a] + 0.5 * extra[b] for r, a, b in chosen])
        dense = mixing.centred(composed / np.linalg.norm(composed, axis=1, keepdims=True))
    t = time.process_time()
    df = grouping.document_frequencies(texts)
    vectors = [grouping.features(text, df, marks=dense is not None) for text in texts]
    features_s = time.process_time() - t
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, wall = time.process_time(), time.perf_counter()
    labels = grouping.partition(vectors, dense=dense)
    return {"texts": n, "distinct": len(set(texts)), "mixed": mixed, "features_cpu_s": round(features_s, 2),
            "partition_cpu_s": round(time.process_time() - t, 2), "partition_s": round(time.perf_counter() - wall, 2),
            "groups": len(set(labels)),
            "max_rss_mb": {"before_partition": rss_before // 1024,
                           "after": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024},
            "loadavg": Path("/proc/loadavg").read_text().split()[:3]}


def embed_and_regroup(args, user, consultation, largest) -> dict:
    """The worker's task timed on `args.embed` comments (wall and CPU per comment, the backfill's rate: the
    model's load included, as a fresh worker pays it), then the largest piece's other comments given the vector
    of their text (embedded once per distinct text: the bench's texts repeat) and the piece regrouped in full
    with them."""
    import numpy as np

    from danvan.consultation import embedding, mixing
    from danvan.consultation.models import Comment, CommentVector

    t, cpu = time.perf_counter(), time.process_time()
    done = embedding.embed_pending(consultation.pk, limit=args.embed)
    wall_s, cpu_s = time.perf_counter() - t, time.process_time() - cpu
    missing = list(Comment.objects.filter(current_piece=largest, vector__isnull=True).only("id", "text", "stance"))
    texts = sorted({m.said() for m in missing})
    if PARTS:  # --distinct: each text's vector composed from its parts' (embedding thousands would take minutes)
        parts = sorted({p for t in texts for p in PARTS[t]})
        of = dict(zip(parts, embedding.embed(embedding.prepared_texts(parts, parts)), strict=True))
        composed = [of[PARTS[t][0]] + 0.5 * of[PARTS[t][1]] + 0.5 * of[PARTS[t][2]] for t in texts]
        by_text = {t: mixing.to_bytes(v / np.linalg.norm(v)) for t, v in zip(texts, composed, strict=True)}
    else:
        by_text = dict(zip(texts, (mixing.to_bytes(v) for v in embedding.embed(
            embedding.prepared_texts(texts, texts))), strict=True))
    CommentVector.objects.bulk_create([CommentVector(comment_id=m.pk, data=by_text[m.said()])
                                       for m in missing], batch_size=2000)
    # The worker's path (tenth pass): the check after an embedding run, then its regrouping task on the piece.
    from danvan.consultation import regrouping
    from danvan.consultation.models import CommentGroup

    t = time.perf_counter()
    queued = regrouping.queue_due([largest.pk])
    check_ms = ms(time.perf_counter() - t)
    t, cpu = time.perf_counter(), time.process_time()
    ran = regrouping.regroup_embedded.call(largest.pk)
    worker = {"queued": queued == [largest.pk], "ran": ran, "check_ms": check_ms}
    wall, cpu_used = round(time.perf_counter() - t, 2), round(time.process_time() - cpu, 2)
    t = time.perf_counter()
    again = regrouping.queue_due([largest.pk])  # nothing changed: not due
    worker["check_again_ms"], worker["queued_again"] = ms(time.perf_counter() - t), again
    n_groups = CommentGroup.objects.filter(piece=largest, size__gt=0).count()
    return {"worker_regroup": worker,
            "embed_task": {"comments": done, "wall_ms_per_comment": round(wall_s * 1000 / max(done, 1), 1),
                           "cpu_ms_per_comment": round(cpu_s * 1000 / max(done, 1), 1),
                           "comments_per_s": round(done / wall_s, 1)},
            "regroup_largest_piece_mixed_s": wall, "regroup_largest_piece_mixed_cpu_s": cpu_used,
            "largest_piece_groups_mixed": n_groups,
            "loadavg_after_embedding": Path("/proc/loadavg").read_text().split()[:3]}


def _product_vectors(rows: list[dict], cache: Path) -> dict[tuple[str, str], object]:
    """(piece, text) → the e5 vector the worker would store for that comment (`embedding.prepared_texts`: a text
    without diacritics restored with the piece's accented comments, then embedded; float16 as stored), computed
    once and cached under `cache` by the texts' digest."""
    import hashlib

    import numpy as np

    from danvan.consultation import embedding, mixing

    keys = sorted({(r["piece"], r["text"]) for r in rows})
    digest = hashlib.sha256("\n".join(f"{p}\t{t}" for p, t in keys).encode()).hexdigest()[:16]
    path = cache / f"product-e5-{digest}.npy"
    if path.exists():
        matrix = np.load(path)
    else:
        prepared = []
        for piece in sorted({p for p, _t in keys}):
            texts = [t for p, t in keys if p == piece]
            prepared += embedding.prepared_texts(texts, texts)
        matrix = np.stack([mixing.from_bytes(mixing.to_bytes(v)) for v in embedding.embed(prepared)])
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, matrix)
    return {key: matrix[i] for i, key in enumerate(keys)}


def _score_sets(path: Path, split: str, vectors: dict | None) -> tuple[float, float, int, int, int]:
    """The full regrouping's rule per piece (`grouping.cluster`), with the comments' vectors if given."""
    import numpy as np

    from danvan.consultation import grouping

    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["split"] == split]
    truth, predicted = [], []
    for piece in sorted({r["piece"] for r in rows}):
        chosen = [r for r in rows if r["piece"] == piece]
        dense = None if vectors is None else np.stack([vectors[(piece, r["text"])] for r in chosen])
        labels = grouping.cluster([r["text"] for r in chosen], dense)
        truth += [r["group"] for r in chosen]
        predicted += [f"{piece}.{label}" for label in labels]
    return (grouping.adjusted_rand_index(truth, predicted), grouping.misplaced_share(truth, predicted), len(rows),
            len(set(truth)), len(set(predicted)))


def scores(lexical: bool = False) -> dict:
    """ARI and misplaced share of the full regrouping on each labelled set present (grouping.cluster per piece),
    every comment with the vector the worker would store (`lexical`: the words alone, as before the eighth
    pass; also what a piece whose comments have no vector yet gets). Vectors cached in $DANVAN_E5_CACHE
    (default /tmp/danvan-e5-product)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from danvan.consultation import grouping, mixing
    from danvan.consultation.tests import test_grouping

    cache = Path(os.environ.get("DANVAN_E5_CACHE", Path(tempfile.gettempdir()) / "danvan-e5-product"))
    out: dict = {"path": "lexical" if lexical else "mixed", "threshold": grouping.THRESHOLD}
    out.update({"link_threshold": grouping.LINK_THRESHOLD, "attach_threshold": grouping.ATTACH_THRESHOLD}
               if lexical else {"alpha": mixing.ALPHA, "link_threshold": mixing.LINK_THRESHOLD,
                                "attach_threshold": mixing.ATTACH_THRESHOLD})
    from grouping_passes import blind_files  # bench/, next to this file

    sets = [("dev", "dev", test_grouping.LABELLED), ("holdout", "holdout", test_grouping.LABELLED)] + [
        (path.name.split("_")[0], "blind", path) for path in blind_files()]
    for name, split, path in sets:
        if path.exists():
            rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["split"] == split]
            vectors = None if lexical else _product_vectors(rows, cache)
            ari, wrong, n, groups, found = _score_sets(path, split, vectors)
            out[name] = {"ari": round(ari, 3), "misplaced": round(wrong, 3), "comments": n, "true_groups": groups,
                         "predicted_groups": found}
    out["loadavg"] = Path("/proc/loadavg").read_text().split()[:3]
    return out


if __name__ == "__main__":
    main()
