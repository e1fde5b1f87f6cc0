"""System checks that stop a misconfigured server before it serves anyone."""

from django.conf import settings
from django.core.checks import Error, register

MISSING_KEY = ("SECRET_KEY is not set. Set SECRET_KEY to a long random value, or DEBUG=1 for development.")


@register()
def secret_key_is_set(app_configs, **kwargs):
    if getattr(settings, "SECRET_KEY_MISSING", False):
        return [Error(MISSING_KEY, id="danvan.E001")]
    return []
