"""The shipped catalogue of commenter groups (editable data, domain/consultation.md)."""

from django.db import migrations

GROUPS = [
    ("can_bo_huu_tri", "Cán bộ hưu trí"),
    ("nong_dan", "Nông dân"),
    ("cong_nhan", "Công nhân"),
    ("tri_thuc", "Trí thức"),
    ("thanh_nien", "Thanh niên"),
    ("phu_nu", "Phụ nữ"),
    ("chuc_sac_ton_giao", "Chức sắc tôn giáo"),
    ("doanh_nhan", "Doanh nhân"),
    ("khac", "Khác"),
]


def seed(apps, schema_editor):
    CommenterGroup = apps.get_model("consultation", "CommenterGroup")
    for order, (code, name) in enumerate(GROUPS, start=1):
        CommenterGroup.objects.update_or_create(code=code, defaults={"name": name, "sort_order": order * 10})


def unseed(apps, schema_editor):
    apps.get_model("consultation", "CommenterGroup").objects.filter(code__in=[g[0] for g in GROUPS],
                                                                    comments__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("consultation", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
