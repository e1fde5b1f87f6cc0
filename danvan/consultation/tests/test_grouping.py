"""Grouping invariants: every visible comment in exactly one group of its piece; short stance-only comments
group together; staff corrections survive later comments and full regroupings; the labelled-set score."""

import json
from pathlib import Path

import pytest

from danvan.consultation import grouping, selectors, services
from danvan.consultation.models import Comment, CommentGroup, Piece
from danvan.consultation.tests.conftest import comment

LABELLED = Path(__file__).with_name("data") / "labelled_comments.json"
BLIND = Path(__file__).with_name("data") / "blind_comments.json"
BLIND2 = Path(__file__).with_name("data") / "blind2_comments.json"
BLIND3 = Path(__file__).with_name("data") / "blind3_comments.json"
BLIND4 = Path(__file__).with_name("data") / "blind4_comments.json"
BLIND5 = Path(__file__).with_name("data") / "blind5_comments.json"
BLIND6 = Path(__file__).with_name("data") / "blind6_comments.json"
BLIND7 = Path(__file__).with_name("data") / "blind7_comments.json"
BLIND8 = Path(__file__).with_name("data") / "blind8_comments.json"
BLIND9 = Path(__file__).with_name("data") / "blind9_comments.json"
BLIND10 = Path(__file__).with_name("data") / "blind10_comments.json"
BLIND11 = Path(__file__).with_name("data") / "blind11_comments.json"
BLIND12 = Path(__file__).with_name("data") / "blind12_comments.json"
BLIND13 = Path(__file__).with_name("data") / "blind13_comments.json"
BLIND14 = Path(__file__).with_name("data") / "blind14_comments.json"
QUERIES_PER_SAVE = 13  # measured; a new query in the save path must be argued for here


def pieces(c):
    return selectors.version_pieces(selectors.latest_version(c))


def one_group_each(c):
    for x in Comment.objects.filter(consultation=c, hidden=False):
        assert x.group_id is not None
        group = CommentGroup.objects.get(pk=x.group_id)
        assert group.piece_id == x.current_piece_id
    for g in CommentGroup.objects.filter(consultation=c):
        assert g.size == Comment.objects.filter(group=g, hidden=False).count()


@pytest.mark.django_db
def test_short_agreements_group_together_with_and_without_diacritics(world, consultation):
    piece = pieces(consultation)[3].pk
    texts = ["Tán thành.", "Nhất trí với dự thảo", "tan thanh", "Tôi hoàn toàn đồng ý", "Thống nhất cao"]
    groups = {comment(world.a.reviewer, consultation, t, piece=piece, stance="agree").group_id for t in texts}
    assert len(groups) == 1
    no = comment(world.a.reviewer, consultation, "Không tán thành", piece=piece, stance="disagree")
    assert no.group_id not in groups
    one_group_each(consultation)


@pytest.mark.django_db
def test_same_meaning_with_typos_groups_and_another_topic_does_not(world, consultation):
    piece = pieces(consultation)[3].pk
    a = comment(world.a.reviewer, consultation, "Đề nghị đầu tư khu xử lý rác thải sinh hoạt cho các xã", piece=piece)
    b = comment(world.a.reviewer, consultation, "de nghi dau tu khu xu ly rac thai sinh hoat cho cac xa", piece=piece)
    c = comment(world.a.reviewer, consultation, "Cần đầu tư khu xử lý rác thải sinh hoạt chco các xã", piece=piece)
    d = comment(world.a.reviewer, consultation, "Thiếu bác sĩ ở trạm y tế xã", piece=piece)
    e = comment(world.a.reviewer, consultation, "Đề nghị đầu tư khu xử lý rác thải sinh hoạt", piece=pieces(consultation)[4].pk)
    assert a.group_id == b.group_id == c.group_id != d.group_id
    assert e.group_id != a.group_id  # another piece, another group
    one_group_each(consultation)


@pytest.mark.django_db
def test_staff_moves_merges_and_names_survive_later_comments_and_a_full_regrouping(world, consultation):
    piece = pieces(consultation)[3]
    actor = world.a.reviewer
    rubbish = comment(actor, consultation, "Cần thu gom rác thải ở nông thôn", piece=piece.pk)
    doctor = comment(actor, consultation, "Thiếu bác sĩ ở trạm y tế xã", piece=piece.pk)
    roads = comment(actor, consultation, "Đường giao thông liên xã xuống cấp", piece=piece.pk)
    services.move_comment(actor, doctor, group=rubbish.group)
    services.name_group(actor, rubbish.group, label="Môi trường và y tế cơ sở")
    services.merge_groups(actor, [CommentGroup.objects.get(pk=rubbish.group_id),
                                  CommentGroup.objects.get(pk=roads.group_id)])
    later = comment(actor, consultation, "Thiếu bác sĩ ở trạm y tế xã quá", piece=piece.pk)
    services.regroup_piece(actor, consultation, piece)
    for x in (doctor, roads, rubbish):
        x.refresh_from_db()
    assert doctor.group_id == rubbish.group_id == roads.group_id
    group = CommentGroup.objects.get(pk=rubbish.group_id)
    assert group.label == "Môi trường và y tế cơ sở" and group.label_manual
    later.refresh_from_db()
    assert later.group_id is not None
    one_group_each(consultation)


@pytest.mark.django_db
def test_a_split_group_keeps_its_parts_apart(world, consultation):
    piece = pieces(consultation)[3]
    actor = world.a.reviewer
    xs = [comment(actor, consultation, t, piece=piece.pk, stance="agree") for t in ("Tán thành", "Nhất trí", "Đồng ý")]
    group = CommentGroup.objects.get(pk=xs[0].group_id)
    new = services.split_group(actor, group, comments=[Comment.objects.get(pk=xs[2].pk)], label="Đồng ý có điều kiện")
    services.regroup_piece(actor, consultation, piece)
    assert Comment.objects.get(pk=xs[2].pk).group_id == new.pk
    assert Comment.objects.get(pk=xs[0].pk).group_id == Comment.objects.get(pk=xs[1].pk).group_id == group.pk
    one_group_each(consultation)


def _score(split: str, path: Path = LABELLED) -> tuple[float, float, int, int]:
    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["split"] == split]
    truth, predicted = [], []
    for piece in sorted({r["piece"] for r in rows}):
        chosen = [r for r in rows if r["piece"] == piece]
        labels = grouping.cluster([r["text"] for r in chosen])
        truth += [r["group"] for r in chosen]
        predicted += [f"{piece}.{label}" for label in labels]
    return (grouping.adjusted_rand_index(truth, predicted), grouping.misplaced_share(truth, predicted), len(rows),
            len(set(truth)))


def test_the_labelled_set_is_large_enough():
    rows = json.loads(LABELLED.read_text(encoding="utf-8"))
    assert len(rows) >= 400 and len({r["group"] for r in rows}) >= 40 and len({r["piece"] for r in rows}) >= 5


# Both labelled sets and both blind sets are development material: the third pass (weights by rarity in the
# piece, the variant list, short agreements that ask for nothing) was chosen looking at the first three, the
# fourth pass (average-linkage regrouping, LINK_THRESHOLD 0.14, ATTACH_THRESHOLD 0.1) on all four, leaving one
# set out at a time. Measured with the fourth pass's method: dev ARI 0.911 (misplaced 0.009), holdout 0.918
# (0.005), blind 0.866 (0.074), second blind 0.539 (0.126). The honest figure on text not tuned on is the third
# blind set's (test_the_grouping_scores_on_the_third_blind_set). Floors sit just under the measured figures.
@pytest.mark.parametrize("split,ari_floor,wrong_ceiling", [("dev", 0.9, 0.02), ("holdout", 0.93, 0.01)])
def test_the_grouping_scores_on_the_labelled_set(split, ari_floor, wrong_ceiling):
    ari, wrong, n, groups = _score(split)
    print(f"{split}: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert ari >= ari_floor and wrong <= wrong_ceiling


def test_a_word_every_comment_of_the_piece_uses_weighs_less_than_a_rare_one():
    df = grouping.document_frequencies(["lương giáo viên thấp", "giấy tờ giáo viên nhiều", "giáo viên vùng cao"])
    vec = grouping.features("tăng lương giáo viên", df)
    assert vec["luong"] > vec["giao"] and vec["tang"] > vec["vien"]


@pytest.mark.django_db
def test_a_save_counts_its_words_in_the_piece_and_a_regrouping_recounts_them(world, consultation):
    piece = pieces(consultation)[3]
    comment(world.a.reviewer, consultation, "Tăng lương giáo viên", piece=piece.pk)
    comment(world.a.reviewer, consultation, "Giảm giấy tờ cho giáo viên", piece=piece.pk)
    counts = Piece.objects.get(pk=piece.pk).term_counts
    assert counts[""] == 2 and counts["giao vien"] == 2 and counts["luong"] == 1
    Piece.objects.filter(pk=piece.pk).update(term_counts={})
    services.regroup_piece(world.a.reviewer, consultation, piece)
    assert Piece.objects.get(pk=piece.pk).term_counts == {"": 2, "giao": 2, "vien": 2, "giao vien": 2}


def test_the_grouping_scores_on_the_blind_set():
    """431 comments in 66 groups over 8 pieces, written by someone who read no project code
    (data/blind_comments.README.md); scored once by the second pass (ARI 0.662, misplaced 0.111), then used as
    development material by the third pass (0.823 / 0.077 after it) and the fourth (0.866 / 0.074)."""
    ari, wrong, n, groups = _score("blind", BLIND)
    assert n == 431 and groups == 66
    assert ari >= 0.89 and wrong <= 0.07  # 0.896 / 0.065 after the seventh pass (development)


def test_the_regrouping_links_comments_through_their_neighbours_and_keeps_staff_groups_apart():
    """Average linkage: A and C share little, but both are alike to B, and the three, on average, are one group;
    D (another topic) stays apart. Two staff groups never merge, however alike; a free comment joins one."""
    texts = ["Trụ sở xã cũ bỏ trống, lãng phí nhà văn hoá", "Trụ sở xã cũ nên chuyển thành nhà văn hoá thôn",
             "Chuyển nhà đất dôi dư thành nhà văn hoá", "Sửa đường liên thôn bị sạt lở"]
    df = grouping.document_frequencies(texts)
    vectors = [grouping.features(t, df) for t in texts]
    assert grouping.cosine(vectors[0], vectors[2]) < grouping.THRESHOLD  # A alone would not take C
    labels = grouping.partition(vectors)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert grouping.partition([vectors[0], vectors[2]]) == [0, 0]  # free, A and C are alike enough to merge
    staff = [grouping.trim(vectors[0]), grouping.trim(vectors[2])]
    assert grouping.partition([vectors[0], vectors[2]], fixed=staff, fixed_sizes=[1, 1]) == [0, 1]
    assert grouping.partition([vectors[1], vectors[3]], fixed=staff[:1], fixed_sizes=[1]) == [0, 1]


def test_the_adjusted_rand_index_is_one_for_the_same_partition_and_low_for_a_random_one():
    assert grouping.adjusted_rand_index([1, 1, 2, 2], ["a", "a", "b", "b"]) == 1.0
    assert grouping.adjusted_rand_index([1, 1, 2, 2], ["a", "b", "a", "b"]) < 0


def test_the_grouping_scores_on_the_second_blind_set():
    """468 comments in 65 groups over 9 pieces of two new drafts (a commune congress report, a decree on
    grassroots democracy), written by someone who read no project code (data/blind2_comments.README.md), copied
    in while this method was being written, opened only after it was committed (40a2746) and scored once:
    ARI 0.467, misplaced 0.092 — far below the 0.8 target: the groups are mostly kept pure but split into
    fragments (docs/apps/consultation.md). Development material of the fourth pass since (average linkage:
    0.539 / 0.126). The floors sit just under the measured figures to catch regressions."""
    ari, wrong, n, groups = _score("blind", BLIND2)
    print(f"blind2: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 468 and groups == 65
    assert ari >= 0.57 and wrong <= 0.12  # 0.571 / 0.113 after the seventh pass (development)


@pytest.mark.django_db
def test_a_save_with_its_grouping_reads_the_piece_once(world, consultation, django_assert_max_num_queries):
    """The piece check also reads the piece's word frequencies; the save then writes them back, reads the piece's
    groups, updates its group (if unchanged since read: no locking read), inserts the comment, indexes it for
    search and audits it."""
    piece = pieces(consultation)[3].pk
    comment(world.a.reviewer, consultation, "Đề nghị đầu tư khu xử lý rác thải", piece=piece)
    with django_assert_max_num_queries(QUERIES_PER_SAVE) as ctx:
        second = comment(world.a.reviewer, consultation, "Cần đầu tư khu xử lý rác thải sinh hoạt", piece=piece)
    group = CommentGroup.objects.get(pk=second.group_id)
    assert group.size == 2 and group.comments.count() == 2
    assert sum('"term_counts"' in q["sql"] and q["sql"].startswith("SELECT") for q in ctx.captured_queries) == 1


@pytest.mark.django_db
def test_a_save_whose_group_changed_since_it_was_read_locks_it_and_counts_right(world, consultation, monkeypatch):
    from danvan.consultation.services import _common as group_services

    piece = pieces(consultation)[3].pk
    first = comment(world.a.reviewer, consultation, "Đề nghị đầu tư khu xử lý rác thải", piece=piece)
    real = group_services._best_group_id

    def read_then_someone_else_writes(*args, **kwargs):
        found = real(*args, **kwargs)
        monkeypatch.setattr(group_services, "_best_group_id", real)
        comment(world.a.reviewer, consultation, "Đầu tư khu xử lý rác thải cho xã", piece=piece)  # changes the group
        return found

    joined = []
    real_join = group_services._join

    def join(*args):
        joined.append(args)
        return real_join(*args)

    monkeypatch.setattr(group_services, "_join", join)
    monkeypatch.setattr(group_services, "_best_group_id", read_then_someone_else_writes)
    late = comment(world.a.reviewer, consultation, "Cần đầu tư khu xử lý rác thải sinh hoạt", piece=piece)
    assert len(joined) == 1  # the group as read was stale: locked, read again and updated from what it now is
    assert late.group_id == first.group_id
    assert CommentGroup.objects.get(pk=first.group_id).size == 3
    one_group_each(consultation)


def test_the_grouping_scores_on_the_third_blind_set():
    """511 comments in 60 groups over 9 pieces of three new drafts (land compensation, provincial digital public
    services, social housing for workers), written by someone who read no project code
    (data/blind3_comments.README.md), written while the fourth pass's method was being built, opened only after it
    was committed (45d4ae3) and scored once: ARI 0.451, misplaced 0.202 (the code before the fourth pass, 88e87ae:
    0.389 / 0.211) — far below the 0.8 target (docs/apps/consultation.md). The floors sit just under the measured
    figures to catch regressions; raising them needs a better method scored on new text."""
    ari, wrong, n, groups = _score("blind", BLIND3)
    print(f"blind3: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 511 and groups == 60
    assert ari >= 0.57 and wrong <= 0.19  # 0.575 / 0.180 after the seventh pass (development)


def test_the_grouping_scores_on_the_fourth_blind_set():
    """530 comments in 63 groups over 9 pieces of three new drafts (the law on the Fatherland Front, a provincial plan
    on new-style rural areas and OCOP products, a commune regulation on receiving citizens and petitions), written
    by someone who read no project code (data/blind4_comments.README.md), opened only after the fifth pass's
    evaluation was committed (af7dddd; it left the method unchanged) and scored once: ARI 0.551, misplaced 0.209
    (146 predicted groups for 63) — below the 0.8 target. The floors sit just under the measured figures."""
    ari, wrong, n, groups = _score("blind", BLIND4)
    print(f"blind4: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 530 and groups == 63
    assert ari >= 0.74 and wrong <= 0.17  # 0.744 / 0.166 after the seventh pass (development)


def test_the_grouping_scores_on_the_fifth_blind_set():
    """552 comments in 65 groups over 9 pieces of three new drafts (a provincial plan on healthcare at the grassroots,
    a commune regulation on household waste, a provincial resolution on ethnic-minority and mountain areas; 137
    without diacritics), written by someone who read no project code (data/blind5_comments.README.md), opened only
    after the sixth pass's method was committed (b286a0d; its embedding variant frozen in 6ac515b) and scored once:
    ARI 0.663, misplaced 0.159 (139 predicted groups for 65; the code before the sixth pass, 9e04c86: 0.550 /
    0.168) — below the 0.8 target. The floors sit just under the measured figures."""
    ari, wrong, n, groups = _score("blind", BLIND5)
    print(f"blind5: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 552 and groups == 65
    assert ari >= 0.72 and wrong <= 0.15  # 0.722 / 0.149 after the seventh pass (development)


def test_the_grouping_scores_on_the_sixth_blind_set():
    """598 comments in 69 groups over 9 pieces of three new drafts (a provincial plan on vocational training and jobs
    for rural youth, a commune regulation on traffic safety on rural roads, a provincial resolution on care for the
    elderly), written by someone who read no project code (data/blind6_comments.README.md), opened only after the
    seventh pass's method was committed (9e005e6; its embedding variant frozen in 96181b9) and scored once: ARI
    0.643, misplaced 0.191 (143 predicted groups for 69; the code before the seventh pass, 90684bd: 0.610 / 0.194)
    — below the 0.8 target. The floors are the scored figures, rounded."""
    ari, wrong, n, groups = _score("blind", BLIND6)
    print(f"blind6: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 598 and groups == 69
    assert ari >= 0.64 and wrong <= 0.2


def test_the_grouping_scores_on_the_seventh_blind_set():
    """594 comments in 69 groups over 9 pieces of three new drafts (a provincial plan on clean water and sanitation in
    rural areas, a commune regulation on weddings, funerals and festivals, a provincial resolution on digital work in
    grassroots Party cells; 148 without diacritics), written by someone who read no project code
    (data/blind7_comments.README.md) while the eighth pass was built, and scored once after it was merged (8b48e78):
    the full regrouping with the vectors the worker stores (`bench/consultation.py --scores-only`) ARI 0.795,
    misplaced 0.131 (88 predicted groups for 69); the words alone, which this test scores (the model is not run in
    the suite), 0.751 / 0.121 (129 groups; the same on main before the eighth pass, b10c15c). The floors are the
    scored figures of the words alone, rounded down."""
    ari, wrong, n, groups = _score("blind", BLIND7)
    print(f"blind7: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 594 and groups == 69
    assert ari >= 0.75 and wrong <= 0.125


def test_the_grouping_scores_on_the_eighth_blind_set():
    """626 comments in 68 groups over 9 pieces of three new drafts (a provincial plan on preventing drowning and
    injuries among children, a commune regulation on protecting forests and preventing fires, a provincial resolution
    on supporting the families of people with merit; 156 without diacritics), written by someone who read no project
    code (data/blind8_comments.README.md) while the ninth pass was built, and scored once after its method was frozen
    and merged (cea3a12): the regrouping with the worker's vectors ARI 0.761, misplaced 0.157 (88 predicted groups for
    68); the words alone, which this test scores, 0.747 / 0.113 (133 groups). (Main before the ninth pass, da00e9d:
    0.757 with vectors, 0.738 words alone.) The floors are the scored figures of the words alone, rounded; raised by
    the twelfth pass (development: the words alone 0.780 / 0.101, with vectors 0.805 / 0.145)."""
    ari, wrong, n, groups = _score("blind", BLIND8)
    print(f"blind8: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 626 and groups == 68
    assert ari >= 0.77 and wrong <= 0.105


def test_the_grouping_scores_on_the_ninth_blind_set():
    """645 comments in 67 groups over 9 pieces of three new drafts (a provincial plan on drought and saltwater
    intrusion, a provincial regulation on extra teaching and learning, a commune regulation on managing the market; 153
    without diacritics), written by someone who read no project code (data/blind9_comments.README.md) while the tenth
    and eleventh passes were built, and scored once before them (ed3645d, 19:06 UTC) and once after both were merged
    (918e58c, 20:19 UTC): the regrouping with the worker's vectors ARI 0.778 → 0.775, misplaced 0.147 → 0.160 (82 → 78
    predicted groups for 67): the eleventh pass's left-out gain did not carry over to this set; the words alone, which
    this test scores, 0.710 / 0.132 (141 groups) both times. The floors are the scored figures of the words alone,
    rounded; raised by the twelfth pass (development: the words alone 0.757 / 0.112, with vectors 0.807 / 0.143)."""
    ari, wrong, n, groups = _score("blind", BLIND9)
    print(f"blind9: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 645 and groups == 67
    assert ari >= 0.75 and wrong <= 0.115


def test_the_grouping_scores_on_the_tenth_blind_set():
    """666 comments in 66 groups over 9 pieces of three new drafts (a provincial scheme on cemeteries and cremation, a
    provincial regulation on keeping dogs and cats and preventing rabies, a commune regulation on noise in
    neighbourhoods; 159 without diacritics), written by someone who read no project code
    (data/blind10_comments.README.md) while the twelfth pass was built, and scored once before it (72666a1, 20:28 UTC)
    and once after it was merged (684a864, 20:38 UTC): with the worker's vectors ARI 0.739 → 0.763, misplaced 0.182 →
    0.177 (82 → 79 predicted groups for 66); the words alone, which this test scores, 0.660 / 0.149 (155 groups) →
    0.697 / 0.135 (150). The floors are the second score of the words alone, rounded down."""
    ari, wrong, n, groups = _score("blind", BLIND10)
    print(f"blind10: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 666 and groups == 66
    assert ari >= 0.69 and wrong <= 0.14


def test_the_grouping_scores_on_the_eleventh_blind_set():
    """699 comments in 66 groups over 9 pieces of three new drafts (a provincial plan on preventing drug abuse in
    communities, a commune regulation on community tourism and homestays, a provincial resolution on supporting
    fishermen; 161 without diacritics), written by someone who read no project code (data/blind11_comments.README.md)
    while the thirteenth pass was built, and scored once before it (40439c8, 21:58 UTC) and once after it was merged
    (6c7e441, 22:46 UTC): with the worker's vectors ARI 0.832 -> 0.850, misplaced 0.109 -> 0.092 (85 -> 86 predicted
    groups for 66); the words alone, which this test scores, 0.738 / 0.103 (150 groups) both times (the pass's marks
    are read only with vectors). Score files in data/blind11_src. The floors are the words alone, rounded down."""
    ari, wrong, n, groups = _score("blind", BLIND11)
    print(f"blind11: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 699 and groups == 66
    assert ari >= 0.73 and wrong <= 0.11


def test_the_grouping_scores_on_the_twelfth_blind_set():
    """734 comments in 71 groups over 9 pieces of three new drafts (a provincial regulation on school safety, a ward
    regulation on pavements and street vending, a provincial plan on farmers' cooperatives and selling online; 165
    without diacritics), written by someone who read no project code (data/blind12_comments.README.md) while the
    thirteenth pass was built, and scored once before it (40439c8, 21:59 UTC) and once after it was merged (6c7e441,
    22:46 UTC): with the worker's vectors ARI 0.783 -> 0.812, misplaced 0.147 -> 0.131 (88 -> 90 predicted groups for
    71); the words alone, which this test scores, 0.695 / 0.144 (170 groups) both times. Score files in
    data/blind12_src. The floors are the words alone, rounded down."""
    ari, wrong, n, groups = _score("blind", BLIND12)
    print(f"blind12: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
    assert n == 734 and groups == 71
    assert ari >= 0.69 and wrong <= 0.15


def test_the_grouping_scores_on_the_thirteenth_and_fourteenth_blind_sets():
    """Two sets written by people who read no project code (data/blind13_comments.README.md,
    data/blind14_comments.README.md) after the thirteenth pass was merged, each scored once with main as it stood
    (d4a237c, 22:51-22:52 UTC): blind 13, 631 comments in 67 groups (a plan on domestic violence and gender equality,
    a commune regulation on irrigation water, a resolution on returning workers; 167 without diacritics), with the
    worker's vectors ARI 0.829 / misplaced 0.111, the words alone 0.767 / 0.113; blind 14, 637 comments in 72 groups
    (a ward congress's political report, a commune regulation on livestock farming, a plan against storms, floods and
    landslides; 165 without diacritics), with vectors 0.789 / 0.159, the words alone 0.730 / 0.127. The four sets
    written blind this session (11-14, 2,701 comments) pooled: 0.823 / 0.123 with vectors
    (bench/grouping_pooled.py). The floors are the words alone, rounded down."""
    for path, size, true_groups, floor, most_wrong in ((BLIND13, 631, 67, 0.76, 0.12), (BLIND14, 637, 72, 0.72, 0.13)):
        ari, wrong, n, groups = _score("blind", path)
        print(f"{path.name}: {n} comments, {groups} true groups, ARI {ari:.3f}, misplaced {wrong:.3f}")
        assert n == size and groups == true_groups
        assert ari >= floor and wrong <= most_wrong
