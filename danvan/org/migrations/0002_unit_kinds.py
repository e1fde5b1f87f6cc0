"""The shipped catalogue of organisation kinds (editable afterwards in the admin)."""

from django.db import migrations

KINDS = [
    # code, name, province name, commune name, province symbol, commune symbol, in bloc, state body
    ("ban-tuyen-giao-dan-van", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo và Dân vận {committee} {name}", "",
     "BTGDVTU", "", True, False),
    ("dang-uy", "Đảng ủy", "", "Đảng ủy {area}", "", "ĐU", True, False),
    ("mttq", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ Việt Nam {area}", "Ủy ban MTTQ Việt Nam {area}", "MTTQ", "MTTQ",
     True, False),
    ("cong-doan", "Công đoàn", "Liên đoàn Lao động {area}", "Công đoàn {area}", "LĐLĐ", "CĐ", True, False),
    ("hoi-nong-dan", "Hội Nông dân", "Hội Nông dân {area}", "Hội Nông dân {area}", "HND", "HND", True, False),
    ("doan-thanh-nien", "Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh {area}",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh {area}", "ĐTN", "ĐTN", True, False),
    ("hoi-phu-nu", "Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ {area}", "Hội Liên hiệp Phụ nữ {area}", "HLHPN",
     "HLHPN", True, False),
    ("hoi-cuu-chien-binh", "Hội Cựu chiến binh", "Hội Cựu chiến binh {area}", "Hội Cựu chiến binh {area}", "CCB",
     "CCB", True, False),
    ("ubnd", "Ủy ban nhân dân", "Ủy ban nhân dân {area}", "Ủy ban nhân dân {area}", "UBND", "UBND", True, True),
    ("cong-an", "Công an", "Công an {area}", "Công an {area}", "CA", "CA", True, True),
    ("quan-su", "Quân sự", "Bộ Chỉ huy Quân sự {area}", "Ban Chỉ huy Quân sự {area}", "BCHQS", "BCHQS", True, True),
    ("khac", "Tổ chức khác", "", "", "", "", False, False),
]


def seed(apps, schema_editor):
    UnitKind = apps.get_model("org", "UnitKind")
    for order, (code, name, pname, cname, psym, csym, in_bloc, state) in enumerate(KINDS, start=1):
        UnitKind.objects.update_or_create(code=code, defaults={
            "name": name, "province_name": pname, "commune_name": cname, "province_symbol": psym,
            "commune_symbol": csym, "in_bloc": in_bloc, "is_state_body": state, "sort_order": order * 10,
        })


def unseed(apps, schema_editor):
    apps.get_model("org", "UnitKind").objects.filter(code__in=[k[0] for k in KINDS], units__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("org", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
