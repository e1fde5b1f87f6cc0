"""Shapes shared by every router (each router keeps its own request and response shapes)."""

from ninja import Schema


class ErrorOut(Schema):
    detail: str
