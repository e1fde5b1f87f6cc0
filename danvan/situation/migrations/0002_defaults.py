"""The shipped defaults (editable afterwards): escalation rules from the domain page, and the five sections
of the monthly situation report form BC-TTND-THANG (the form itself belongs to reporting's catalogue)."""

from django.db import migrations

RULES = [
    # code, name, kind, threshold, topics
    ("muc-do-cao", "Vụ việc mức độ 3 (cao)", "severity_at_least", 3, []),
    ("dong-nguoi", "Từ 5 người trở lên cùng nội dung", "people_at_least", 5, []),
    ("ton-giao-dan-toc", "Liên quan tôn giáo, dân tộc", "topic_in", 0, ["ton_giao", "dan_toc"]),
    ("nhieu-xa", "Lan ra nhiều hơn một xã", "communes_more_than", 1, []),
    ("keo-dai", "Kéo dài quá 30 ngày chưa ổn định", "open_longer_than", 30, []),
]
SECTIONS = [
    ("TT", "Tình hình tư tưởng, tâm trạng của các tầng lớp nhân dân",
     "Tư tưởng, tâm trạng theo từng tầng lớp: công nhân, nông dân, thanh niên, tín đồ tôn giáo, đồng bào dân tộc…"),
    ("DL", "Dư luận xã hội về những sự kiện nổi bật", "Dư luận của nhân dân về các sự kiện nổi bật trong tháng."),
    ("VV", "Tình hình vụ việc phức tạp, điểm nóng", "Vụ việc phát sinh mới, đang xử lý, đã ổn định; số người liên quan."),
    ("QT", "Những vấn đề cần quan tâm", "Những vấn đề cần theo dõi, cảnh báo sớm."),
    ("KN", "Kiến nghị, đề xuất", "Kiến nghị, đề xuất với cấp ủy."),
]


def seed(apps, schema_editor):
    EscalationRule = apps.get_model("situation", "EscalationRule")
    for order, (code, name, kind, threshold, topics) in enumerate(RULES, start=1):
        EscalationRule.objects.get_or_create(code=code, defaults={
            "name": name, "kind": kind, "threshold": threshold, "topics": topics, "order": order * 10})
    ReportForm = apps.get_model("reporting", "ReportForm")
    FormSection = apps.get_model("reporting", "FormSection")
    form = ReportForm.objects.filter(code="BC-TTND-THANG").first()
    if form is None:
        return
    for order, (code, title, guidance) in enumerate(SECTIONS, start=1):
        FormSection.objects.update_or_create(form=form, code=code,
                                             defaults={"title": title, "guidance": guidance, "order": order})


class Migration(migrations.Migration):
    dependencies = [("situation", "0001_initial"), ("reporting", "0002_catalogue")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
