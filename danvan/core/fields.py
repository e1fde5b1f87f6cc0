"""A materialised-path column that sorts byte by byte on every database.

Subtree queries are ranges (`path >= P AND path < P || '~'`), which are only right when the column
compares in code-point order. SQLite's default (BINARY) does; PostgreSQL's default collation
usually ignores punctuation, so the column gets the "C" collation there.
"""

from django.db import models


class PathField(models.CharField):
    def db_parameters(self, connection):
        params = super().db_parameters(connection)
        if connection.vendor == "postgresql":
            params["collation"] = "C"
        return params
