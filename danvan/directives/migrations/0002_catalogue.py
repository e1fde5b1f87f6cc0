"""The shipped catalogue of activity kinds (domain/directives.md), editable data. `community_meeting` is the
hamlet's year-end meeting of art. 33 of the Law on Grassroots Democracy, read by the compliance check."""

from django.db import migrations

KINDS = [
    ("conference", "Hội nghị (sơ kết, tổng kết, chuyên đề)"),
    ("briefing", "Giao ban"),
    ("training", "Tập huấn, bồi dưỡng"),
    ("study_session", "Học tập, quán triệt nghị quyết"),
    ("supervision", "Giám sát"),
    ("social_criticism", "Phản biện xã hội"),
    ("dialogue", "Đối thoại với nhân dân"),
    ("voter_meeting", "Tiếp xúc cử tri"),
    ("campaign", "Tuyên truyền, vận động"),
    ("community_meeting", "Hội nghị nhân dân cuối năm ở thôn, tổ dân phố"),
]


def seed(apps, schema_editor):
    ActivityKind = apps.get_model("directives", "ActivityKind")
    for order, (code, name) in enumerate(KINDS, start=1):
        ActivityKind.objects.update_or_create(code=code, defaults={"name": name, "sort_order": order * 10})


def unseed(apps, schema_editor):
    apps.get_model("directives", "ActivityKind").objects.filter(code__in=[k[0] for k in KINDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("directives", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
