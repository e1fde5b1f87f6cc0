"""Reporting pages, one module per concept; each module defines its own `urlpatterns`."""
