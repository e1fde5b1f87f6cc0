"""Per-request context shared by the audit machinery (no import of models here)."""

from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("danvan_request_id", default="")
