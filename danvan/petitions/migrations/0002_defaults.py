"""The statutory deadlines of the domain page (editable data) and the reception rule for Party committees."""

from django.db import migrations

# kind, step, days, working days, complex, remote, remote+complex, max extensions, extension days, legal basis
RULES = [
    ("complaint", "acceptance", 10, False, None, None, None, 0, 0, "Luật Khiếu nại 2011, Điều 27"),
    ("complaint", "resolution", 30, False, 45, 45, 60, 0, 0, "Luật Khiếu nại 2011, Điều 28"),
    ("complaint_second", "acceptance", 10, False, None, None, None, 0, 0, "Luật Khiếu nại 2011, Điều 36"),
    ("complaint_second", "resolution", 45, False, 60, 60, 70, 0, 0, "Luật Khiếu nại 2011, Điều 37"),
    ("denunciation", "acceptance", 7, True, 10, None, None, 0, 0, "Luật Tố cáo 2018, Điều 24"),
    ("denunciation", "resolution", 30, False, None, None, None, 2, 30, "Luật Tố cáo 2018, Điều 30"),
    ("recommendation", "acceptance", 10, True, None, None, None, 0, 0, "Luật Tiếp công dân 2013, Điều 28"),
    ("recommendation", "resolution", None, False, None, None, None, 0, 0, "Luật Tiếp công dân 2013 (theo từng việc)"),
    ("reflection", "acceptance", 10, True, None, None, None, 0, 0, "Luật Tiếp công dân 2013, Điều 28"),
    ("reflection", "resolution", None, False, None, None, None, 0, 0, "Luật Tiếp công dân 2013 (theo từng việc)"),
]
FIELDS = ("days", "working_days", "complex_days", "remote_days", "remote_complex_days", "max_extensions",
          "extension_days", "legal_basis")
RECEPTION_KINDS = [("dang-uy", 1, "Bí thư Đảng ủy")]


def seed(apps, schema_editor):
    DeadlineRule = apps.get_model("petitions", "DeadlineRule")
    ReceptionRule = apps.get_model("petitions", "ReceptionRule")
    UnitKind = apps.get_model("org", "UnitKind")
    for kind, step, *values in RULES:
        DeadlineRule.objects.update_or_create(kind=kind, step=step, defaults=dict(zip(FIELDS, values, strict=True)))
    for code, sessions, position in RECEPTION_KINDS:
        unit_kind = UnitKind.objects.filter(code=code).first()
        if unit_kind is not None:
            ReceptionRule.objects.update_or_create(unit_kind=unit_kind, defaults={
                "sessions_per_month": sessions, "host_position": position})


def unseed(apps, schema_editor):
    apps.get_model("petitions", "DeadlineRule").objects.all().delete()
    apps.get_model("petitions", "ReceptionRule").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("petitions", "0001_initial"), ("org", "0002_unit_kinds")]
    operations = [migrations.RunPython(seed, unseed)]
