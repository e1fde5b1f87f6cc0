"""The shipped catalogues: fields of the movement (domain/movement.md) and evaluation criteria (editable data)."""

from django.db import migrations

FIELDS = [
    ("kinh_te", "Kinh tế"),
    ("van_hoa_xa_hoi", "Văn hóa – xã hội"),
    ("quoc_phong_an_ninh", "Quốc phòng – an ninh"),
    ("xay_dung_dang", "Xây dựng Đảng, hệ thống chính trị"),
    ("nong_thon_moi", "Nông thôn mới, đô thị văn minh"),
]

CRITERIA = [
    ("hieu_qua", "Hiệu quả thiết thực, đo được bằng kết quả cụ thể", 10),
    ("dong_thuan", "Sự tham gia, đồng thuận của nhân dân", 10),
    ("sang_tao", "Cách làm mới, sáng tạo, phù hợp thực tiễn", 10),
    ("duy_tri", "Khả năng duy trì lâu dài", 10),
    ("nhan_rong", "Khả năng nhân rộng, lan tỏa", 10),
]


def seed(apps, schema_editor):
    Field = apps.get_model("movement", "Field")
    Criterion = apps.get_model("movement", "Criterion")
    for order, (code, name) in enumerate(FIELDS, start=1):
        Field.objects.update_or_create(code=code, defaults={"name": name, "sort_order": order * 10})
    for order, (code, name, max_score) in enumerate(CRITERIA, start=1):
        Criterion.objects.update_or_create(code=code, defaults={"name": name, "max_score": max_score,
                                                                "sort_order": order * 10})


def unseed(apps, schema_editor):
    apps.get_model("movement", "Field").objects.filter(code__in=[f[0] for f in FIELDS], models__isnull=True).delete()
    apps.get_model("movement", "Criterion").objects.filter(code__in=[c[0] for c in CRITERIA]).delete()


class Migration(migrations.Migration):
    dependencies = [("movement", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
