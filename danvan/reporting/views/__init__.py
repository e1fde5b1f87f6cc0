"""Reporting pages, one module per concept; every route is in `reporting/urls.py`."""
