"""Demo accounts: `admin`, and per province `tinh-<CODE>` (reviewer) and `xa-<CODE>` (reporter)."""

import secrets

from danvan.accounts.choices import Role
from danvan.accounts.selectors import user_by_username
from danvan.accounts.services import create_user, grant_membership
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.models import Unit


def _ensure_user(ctx, username: str, full_name: str, **extra):
    user = user_by_username(username)
    if user is not None:
        return user
    password = ctx.password or secrets.token_urlsafe(12)
    user = create_user(None, username=username, password=password, full_name=full_name, **extra)
    if not ctx.password:
        ctx.write(f"Tài khoản {username}: mật khẩu {password}")
    return user


def load(ctx) -> None:
    _ensure_user(ctx, "admin", "Quản trị hệ thống", is_superuser=True)
    for province in ctx.provinces:
        btgdv = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        commune_party = (Unit.objects.unscoped().filter(area__parent=province, kind__code=DANG_UY, closed_on__isnull=True)
                         .order_by("area__code").select_related("area").first())
        reviewer = _ensure_user(ctx, f"tinh-{province.code}", f"Chuyên viên {btgdv.name}")
        grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
        if commune_party is not None:
            reporter = _ensure_user(ctx, f"xa-{province.code}", f"Cán bộ {commune_party.name}")
            grant_membership(None, user=reporter, unit=commune_party, role=Role.REPORTER)
        ctx.write(f"{province.name}: tinh-{province.code} duyệt tại {btgdv.name}"
                  + (f"; xa-{province.code} báo cáo tại {commune_party.name}" if commune_party else ""))
