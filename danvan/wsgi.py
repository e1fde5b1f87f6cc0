import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve with the throw-away key (see settings.SECRET_KEY_MISSING).
if settings.SECRET_KEY_MISSING:
    from danvan.core.checks import MISSING_KEY

    raise ImproperlyConfigured(MISSING_KEY)
