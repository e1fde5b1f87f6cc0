"""Demo data of the org app: the divisions (if not loaded) and the standard bloc of each demo province."""

from django.core.management.base import CommandError

from danvan.org.choices import Era, Level
from danvan.org.divisions import code_candidates
from danvan.org.models import Area
from danvan.org.services import create_bloc, import_divisions


def load(ctx) -> None:
    if not Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.PROVINCE).exists():
        import_divisions(None)
    for code in ctx.province_codes:
        province = Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.PROVINCE,
                                                  code__in=code_candidates(code)).first()
        if province is None:
            raise CommandError(f"Không có tỉnh mã “{code}”.")
        result = create_bloc(None, province)
        ctx.provinces.append(province)
        ctx.write(f"{province.name}: khối dân vận — tạo mới {result['created']}, đã có {result['existing']}.")
