"""Typed request and response shapes of /api/v1/ (the contract of the foundation issue)."""

from ninja import Schema


class ErrorOut(Schema):
    detail: str


class MembershipOut(Schema):
    unit: int
    unit_name: str
    role: str


class MeOut(Schema):
    username: str
    is_admin: bool
    memberships: list[MembershipOut]


class AreaOut(Schema):
    era: str
    code: str
    name: str
    division_type: str
    level: str
    parent_code: str | None


class AreaRef(Schema):
    era: str
    code: str
    name: str
    level: str


class LineageRef(AreaRef):
    partial: bool


class AreaDetailOut(AreaOut):
    predecessors: list[LineageRef]
    successors: list[LineageRef]


class AreaPage(Schema):
    count: int
    items: list[AreaOut]


class UnitOut(Schema):
    id: int
    name: str
    kind: str
    symbol: str
    area_code: str
    parent_id: int | None


class UnitDetailOut(UnitOut):
    kind_name: str
    area_era: str
    area_name: str
    opened_on: str | None
    closed_on: str | None
    version: int


class UnitPage(Schema):
    count: int
    items: list[UnitOut]
