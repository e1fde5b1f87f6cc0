"""The official territory: exact counts, idempotent import, lineage, one-query subtrees."""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core.models import AuditEvent
from danvan.org.models import Area, AreaLineage
from danvan.org.selectors import area_lineage
from danvan.org.services import import_divisions

pytestmark = pytest.mark.django_db


def test_division_counts_are_exactly_the_official_lists():
    counts = Counter(Area.objects.exclude(level="hamlet").values_list("era", "level"))
    assert counts[("current", "province")] == 34
    assert counts[("current", "commune")] == 3321
    assert counts[("legacy", "province")] == 63
    assert counts[("legacy", "district")] == 696
    assert counts[("legacy", "commune")] == 10051
    current_types = Counter(Area.objects.filter(era="current", level="commune").values_list("division_type", flat=True))
    assert current_types == {"xã": 2621, "phường": 687, "đặc khu": 13}


def test_second_import_changes_nothing_and_logs_nothing():
    before = AuditEvent.objects.count()
    result = import_divisions(None)
    assert (result["created"], result["updated"], result["lineage_created"], result["lineage_removed"]) == (0, 0, 0, 0)
    assert AuditEvent.objects.count() == before


def test_import_repairs_a_renamed_area():
    area = Area.objects.get(era="current", code="37")
    Area.objects.filter(pk=area.pk).update(name="Sai tên")
    result = import_divisions(None)
    assert result["updated"] == 1
    assert Area.objects.get(pk=area.pk).name == "Tỉnh Ninh Bình"


def test_new_ninh_binh_was_formed_from_ha_nam_nam_dinh_and_ninh_binh():
    ninh_binh = Area.objects.get(era="current", code="37")
    predecessors, _ = area_lineage(ninh_binh)
    assert sorted(a.name for a, _ in predecessors) == ["Tỉnh Hà Nam", "Tỉnh Nam Định", "Tỉnh Ninh Bình"]
    ha_nam = Area.objects.get(era="legacy", code="35")
    _, successors = area_lineage(ha_nam)
    assert [a.code for a, _ in successors] == ["37"]


def test_a_split_legacy_commune_is_flagged_partial_on_each_successor():
    split = AreaLineage.objects.filter(partial=True).select_related("predecessor").first()
    assert split is not None
    links = AreaLineage.objects.filter(predecessor=split.predecessor)
    assert links.count() > 1 and all(link.partial for link in links)


def test_legacy_district_successors_are_the_communes_formed_from_its_communes():
    luc_nam = Area.objects.get(era="legacy", level="district", name="Huyện Lục Nam")
    _, successors = area_lineage(luc_nam)
    assert successors and all(a.era == "current" and a.level == "commune" for a, _ in successors)


def test_subtree_and_ancestors_are_one_query_each():
    province = Area.objects.get(era="current", code="37")
    with CaptureQueriesContext(connection) as ctx:
        communes = list(Area.objects.subtree(province, include_self=False))
    assert len(ctx.captured_queries) == 1
    assert len(communes) == Area.objects.filter(parent=province).count() > 100
    commune = communes[0]
    with CaptureQueriesContext(connection) as ctx:
        chain = [a.code for a in commune.ancestors()]
    assert len(ctx.captured_queries) == 1
    assert chain == ["VN", "37"]


def test_the_area_filter_offers_the_levels_below_the_country():
    from danvan.org.forms import AreaFilterForm

    form = AreaFilterForm()
    assert [label for _, label in form.fields["level"].choices] == [
        "Tất cả các cấp", "Cấp tỉnh", "Cấp huyện (trước 01/7/2025)", "Cấp xã", "Thôn, tổ dân phố"]
    assert not AreaFilterForm(data={"level": "country"}).is_valid()
