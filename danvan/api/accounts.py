"""Accounts routes: who am I."""

from ninja import Router, Schema

from danvan.accounts.selectors import memberships_of
from danvan.api.auth import AuthedRequest
from danvan.api.schemas import ErrorOut

router = Router(tags=["Tài khoản"])


class MembershipOut(Schema):
    unit: int
    unit_name: str
    role: str


class MeOut(Schema):
    username: str
    is_admin: bool
    memberships: list[MembershipOut]


@router.get("/me", response={200: MeOut, 401: ErrorOut}, summary="Người dùng hiện tại")
def me(request: AuthedRequest):
    user = request.auth
    return {
        "username": user.username,
        "is_admin": user.is_superuser,
        "memberships": [{"unit": m.unit_id, "unit_name": m.unit.name, "role": m.role} for m in memberships_of(user)],
    }
