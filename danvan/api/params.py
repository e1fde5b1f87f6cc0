"""Bounded integer parameters: a value the database cannot hold is a 400 before any query, not a 500 in it."""

from typing import Annotated

from pydantic import Field

MAX_ID = 2**63 - 1  # a BigAutoField
MAX_INT = 2**31 - 1  # an IntegerField / PositiveIntegerField on PostgreSQL
MAX_OFFSET = MAX_INT  # past this an offset only reaches an empty page; past 2^63 the database fails

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Offset = Annotated[int, Field(ge=0, le=MAX_OFFSET)]
Version = Annotated[int, Field(ge=0, le=MAX_INT)]
PositiveInt = Annotated[int, Field(ge=1, le=MAX_INT)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]  # people, items: zero allowed
