"""The shipped catalogue (editable afterwards): the monthly mass-mobilisation form and its indicators,
the monthly public-situation narrative form, and Vietnam's public holidays 2024–2032."""

from django.db import migrations

INDICATORS = [
    # code, name, unit of measure, value type, aggregation over time
    ("QUA_SL", "Số suất quà tặng", "suất", "integer", "sum"),
    ("QUA_GT", "Giá trị quà tặng", "đồng", "money", "sum"),
    ("GAO_TAN", "Gạo hỗ trợ", "tấn", "decimal", "sum"),
    ("NHA_DDK", "Nhà đại đoàn kết xây mới, sửa chữa", "căn", "integer", "sum"),
    ("DVK_TONG", "Mô hình “Dân vận khéo” đang hoạt động", "mô hình", "integer", "last"),
    ("DVK_MOI", "Mô hình “Dân vận khéo” mới", "mô hình", "integer", "sum"),
    ("TH_LOP", "Lớp tập huấn, bồi dưỡng", "lớp", "integer", "sum"),
    ("TH_LUOT", "Lượt người dự tập huấn", "lượt người", "integer", "sum"),
    ("DT_CUOC", "Cuộc đối thoại với nhân dân", "cuộc", "integer", "sum"),
    ("DON_NHAN", "Đơn thư tiếp nhận", "đơn", "integer", "sum"),
    ("DON_XONG", "Đơn thư đã giải quyết", "đơn", "integer", "sum"),
    ("GS_CUOC", "Cuộc giám sát", "cuộc", "integer", "sum"),
    ("PB_HN", "Hội nghị phản biện xã hội", "hội nghị", "integer", "sum"),
]
SECTIONS = [
    ("KQ", "Kết quả thực hiện", "Kết quả nổi bật trong kỳ: tuyên truyền, vận động, chăm lo đời sống, phong trào thi đua."),
    ("TT", "Tình hình nhân dân", "Tư tưởng, dư luận xã hội; vụ việc nổi lên; kiến nghị của nhân dân."),
    ("HC", "Hạn chế, khó khăn", "Những hạn chế, khó khăn và nguyên nhân."),
    ("NV", "Nhiệm vụ kỳ tới", "Nhiệm vụ trọng tâm kỳ tới."),
    ("KN", "Kiến nghị, đề xuất", "Kiến nghị với cấp trên."),
]
BLOC_KINDS = ["dang-uy", "mttq", "cong-doan", "hoi-nong-dan", "doan-thanh-nien", "hoi-phu-nu", "hoi-cuu-chien-binh"]


def seed(apps, schema_editor):
    from danvan.core.calendar import default_holidays

    Indicator = apps.get_model("reporting", "Indicator")
    ReportForm = apps.get_model("reporting", "ReportForm")
    FormIndicator = apps.get_model("reporting", "FormIndicator")
    FormSection = apps.get_model("reporting", "FormSection")
    UnitKind = apps.get_model("org", "UnitKind")
    try:
        Holiday = apps.get_model("reporting", "Holiday")
    except LookupError:  # the tests re-seed with today's registry, where holidays are core's (core 0007)
        Holiday = apps.get_model("core", "Holiday")

    indicators = {}
    for code, name, uom, vtype, time_agg in INDICATORS:
        indicators[code], _ = Indicator.objects.update_or_create(code=code, defaults={
            "name": name, "unit_of_measure": uom, "value_type": vtype, "aggregation_time": time_agg,
            "aggregation_units": "sum", "min_value": 0})
    monthly, _ = ReportForm.objects.update_or_create(code="BC-DV-THANG", defaults={
        "name": "Báo cáo công tác dân vận tháng", "period_type": "month", "deadline_offset_days": 2,
        "deadline_working_days": True})
    for order, (code, *_rest) in enumerate(INDICATORS, start=1):
        FormIndicator.objects.update_or_create(form=monthly, indicator=indicators[code],
                                               defaults={"order": order, "required": False})
    for order, (code, title, guidance) in enumerate(SECTIONS, start=1):
        FormSection.objects.update_or_create(form=monthly, code=code,
                                             defaults={"title": title, "guidance": guidance, "order": order})
    situation, _ = ReportForm.objects.update_or_create(code="BC-TTND-THANG", defaults={
        "name": "Báo cáo tình hình nhân dân tháng", "period_type": "month", "deadline_offset_days": 2,
        "deadline_working_days": True})
    for order, (code, title, guidance) in enumerate([
        ("TT", "Tình hình tư tưởng, dư luận xã hội", "Tâm trạng, dư luận của các tầng lớp nhân dân."),
        ("VV", "Vụ việc nổi lên, điểm nóng", "Vụ việc phức tạp, khiếu kiện đông người, tôn giáo, đất đai."),
        ("KN", "Kiến nghị, đề xuất", "Kiến nghị của nhân dân và của đơn vị."),
    ], start=1):
        FormSection.objects.update_or_create(form=situation, code=code,
                                             defaults={"title": title, "guidance": guidance, "order": order})
    kinds = list(UnitKind.objects.filter(code__in=BLOC_KINDS))
    monthly.expected_kinds.set(kinds)
    situation.expected_kinds.set([k for k in kinds if k.code in ("dang-uy", "mttq")])
    for year in range(2024, 2033):
        for holiday in default_holidays(year):
            Holiday.objects.get_or_create(day=holiday.day, defaults={"name": holiday.name})


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial"), ("org", "0002_unit_kinds")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
