"""Settings, read from the environment.

Production defaults are safe: DEBUG is off unless DEBUG=1, and with DEBUG off the project refuses to
start without a real SECRET_KEY. See docs/operations.md for every variable.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("DANVAN_VAR_DIR", BASE_DIR.parent / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(int(default))).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
# Under pytest the development key is allowed (tests never serve real users).
TESTING = "pytest" in sys.modules
_INSECURE_KEY = "django-insecure-danvan-development-only"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Commands that only read text (`danvan extract`) must run right after install with no environment, so a
# missing key is not fatal here: the process gets a throw-away key, and the system check danvan.E001 (run by
# every command that has system checks, and by wsgi.py) refuses to serve or write with it.
SECRET_KEY_MISSING = False
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = _INSECURE_KEY
    else:
        SECRET_KEY_MISSING = True
        SECRET_KEY = secrets.token_urlsafe(50)
elif not DEBUG and (SECRET_KEY == _INSECURE_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production (at least 32 random characters).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks_db",
    "ninja",
    "danvan.core",
    "danvan.org",
    "danvan.accounts",
    "danvan.reporting",
    "danvan.situation",
    "danvan.movement",
    "danvan.consultation",
    "danvan.directives",
    "danvan.search",
    "danvan.petitions",
    "danvan.portal",
    "danvan.textmine",
    "danvan.api",
]

MIDDLEWARE = [
    "danvan.api.middleware.ApiJsonErrorsMiddleware",  # first: it rewrites the error pages of every layer below
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "danvan.core.middleware.RequestIdMiddleware",
    "danvan.core.request_guards.RejectNulMiddleware",
    "danvan.portal.caching.AnonymousPageMiddleware",  # replays cached public pages before sessions (portal/caching.py)
    "danvan.core.request_guards.PrivateCacheMiddleware",  # outside sessions and CSRF: it sees the cookies they set
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "danvan.core.idempotency.IdempotencyMiddleware",  # after auth and messages, before CSP (core/idempotency.py)
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "danvan.urls"
WSGI_APPLICATION = "danvan.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "danvan.core.context_processors.navigation",
                "danvan.core.context_processors.unread_notifications",
            ],
        },
    },
]

# SQLite (WAL) is the embedded default; PostgreSQL through DATABASE_URL in production and CI.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'danvan.sqlite3'}", conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60"))
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections on SQLite too (DB_CONN_MAX_AGE, 60 s by default): a connection per request cost
    # every request its opening (the PRAGMAs below) and its closing, which, as the last one open, checkpoints the
    # WAL into the database file — 5–6 ms of CPU per comment POST and half its time (docs/performance.md).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    # Tests use an in-memory database, whose shared cache answers "table is locked" to concurrent threads
    # instead of waiting: the concurrency tests run on SQLite with a test database file named here.
    if os.environ.get("SQLITE_TEST_FILE"):
        DATABASES["default"]["TEST"] = {"NAME": os.environ["SQLITE_TEST_FILE"]}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Every statement here is a short indexed read or write: JIT compilation only adds its start-up (a search
    # at 2 million rows, 537 → 367 ms), and the default 4 MB work_mem lets a broad match's bitmap turn lossy
    # (→ 201 ms with more). Per connection, so no server setting is needed (docs/operations.md, PG_WORK_MEM).
    pg_options = DATABASES["default"].setdefault("OPTIONS", {})
    pg_options["options"] = (f"{pg_options.get('options', '')} -c jit=off "
                             f"-c work_mem={os.environ.get('PG_WORK_MEM', '32MB')}").strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# The only backend: every sign-in (main form, admin site, any later one) goes through the lock-out and audit.
AUTHENTICATION_BACKENDS = ["danvan.accounts.signin.SignInBackend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "danvan.accounts.validators.UserAttributeSimilarityValidator"},
    {"NAME": "danvan.accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "danvan.accounts.validators.CommonPasswordValidator"},
    {"NAME": "danvan.accounts.validators.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
# Lock-out after repeated failed logins (per username and per client address).
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
# One office behind NAT shares an address: lock an address out only after many more failures.
LOGIN_FAILURE_LIMIT_PER_IP = int(os.environ.get("LOGIN_FAILURE_LIMIT_PER_IP", "50"))
# Reverse proxies in front of the app (nginx: 1): the client address is read from X-Forwarded-For.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"  # never served directly: attachments are downloaded through a scoped view
# Files (attachments) through Django's storage API: the local disk by default; an S3-compatible store in
# production by setting MEDIA_STORAGE_BACKEND (e.g. storages.backends.s3.S3Storage) and its OPTIONS
# (docs/operations.md, "Tệp đính kèm").
STORAGES = {
    "default": {"BACKEND": os.environ.get("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# In production static files carry a hash of their content in their names (`danvan collectstatic` writes them
# and the manifest), so browsers and the service worker keep them for a year (WhiteNoise marks them immutable);
# `make run` (DEBUG) and the tests, which run no collectstatic, use the plain names.
if not DEBUG and not TESTING:
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Upload limits (danvan.documents.limits.UploadLimits, read by danvan.core.uploads): every upload path checks
# the same numbers; docs/operations.md, "Upload limits".
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
UPLOAD_ZIP_MEMBERS = int(os.environ.get("UPLOAD_ZIP_MEMBERS", "1000"))
UPLOAD_ZIP_MEMBER_BYTES = int(os.environ.get("UPLOAD_ZIP_MEMBER_BYTES", str(50 * 1024 * 1024)))
UPLOAD_ZIP_TOTAL_BYTES = int(os.environ.get("UPLOAD_ZIP_TOTAL_BYTES", str(200 * 1024 * 1024)))
UPLOAD_ZIP_RATIO = int(os.environ.get("UPLOAD_ZIP_RATIO", "200"))
UPLOAD_WORD_PARAGRAPHS = int(os.environ.get("UPLOAD_WORD_PARAGRAPHS", "20000"))
UPLOAD_WORD_CHARS = int(os.environ.get("UPLOAD_WORD_CHARS", "2000000"))
UPLOAD_WORD_TABLE_CELLS = int(os.environ.get("UPLOAD_WORD_TABLE_CELLS", "50000"))
UPLOAD_EXCEL_ROWS = int(os.environ.get("UPLOAD_EXCEL_ROWS", "5000"))
UPLOAD_EXCEL_COLUMNS = int(os.environ.get("UPLOAD_EXCEL_COLUMNS", "500"))
UPLOAD_EXCEL_CELLS = int(os.environ.get("UPLOAD_EXCEL_CELLS", "1000000"))
UPLOAD_PDF_PAGES = int(os.environ.get("UPLOAD_PDF_PAGES", "500"))
# A Word import with more paragraphs than this is read by the task worker, the page showing its progress.
WORD_IMPORT_ASYNC_PARAGRAPHS = int(os.environ.get("WORD_IMPORT_ASYNC_PARAGRAPHS", "3000"))
# Attachments: largest side of a stored photo (bigger ones are scaled down; metadata is always removed).
ATTACHMENT_IMAGE_MAX_PIXELS = int(os.environ.get("ATTACHMENT_IMAGE_MAX_PIXELS", "2048"))
WHITENOISE_USE_FINDERS = True

# Sessions and cookies.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not TESTING)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not TESTING)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Joining the browsers' HSTS preload list is an operator's decision (docs/operations.md).
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# The built-in CSP: every asset comes from the app itself.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Roll-up (danvan/reporting/rollup.py): approvals list the unit-periods they change as pending; about every
# ROLLUP_FOLD_AT changed rows they are folded into the province and country cells. On PostgreSQL the fold
# is queued for the worker (`danvan db_worker`) unless ROLLUP_FOLD_IN_WORKER=0; every
# ROLLUP_FOLD_BACKLOG × ROLLUP_FOLD_AT rows an approval that finds that many listed folds itself (the list
# stays short with no worker running).
ROLLUP_FOLD_AT = int(os.environ.get("ROLLUP_FOLD_AT", "500"))
ROLLUP_FOLD_IN_WORKER = os.environ.get("ROLLUP_FOLD_IN_WORKER", "1") == "1"
ROLLUP_FOLD_BACKLOG = int(os.environ.get("ROLLUP_FOLD_BACKLOG", "4"))

# E-mail (Django 6.1 MAILERS): SMTP when EMAIL_HOST is set, else printed to the console.
if os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": {
        "host": os.environ["EMAIL_HOST"],
        "port": int(os.environ.get("EMAIL_PORT", "25")),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS"),
    }}}
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "danvan@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"danvan.security": {"level": "INFO"}},
}

# Pagination defaults for lists and the API.
PAGE_SIZE = 50

# Idempotency-Key store (core/idempotency.py): keys and responses kept this long (never under 24 h), purged by
# `danvan purge_idempotency_keys`; a request finding its key still running waits this long.
IDEMPOTENCY_KEEP_HOURS = int(os.environ.get("IDEMPOTENCY_KEEP_HOURS", "48"))
IDEMPOTENCY_WAIT_SECONDS = float(os.environ.get("IDEMPOTENCY_WAIT_SECONDS", "10"))
API_MAX_LIMIT = 500

# The cache (the portal's pages and its abuse counters): Redis shared by every web node when REDIS_URL is set
# (production), else the local memory of each process (one machine, development, tests). docs/operations.md.
CACHES: dict[str, dict] = {}
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": os.environ["REDIS_URL"], "KEY_PREFIX": "danvan"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "danvan",
                          "OPTIONS": {"MAX_ENTRIES": 20000}}}

# The public portal's abuse controls (danvan/portal/citizen/abuse.py): submissions per client address and form
# in each window, the smallest and largest request, the seconds a person needs at least, and the list of
# blocked words (comma-separated) that sends a submission to the moderation queue.
PORTAL_RATE_WINDOW_SECONDS = int(os.environ.get("PORTAL_RATE_WINDOW_SECONDS", "600"))
PORTAL_RATE_LIMITS = {
    "default": int(os.environ.get("PORTAL_RATE_LIMIT", "10")),
    "lookup": int(os.environ.get("PORTAL_LOOKUP_RATE_LIMIT", os.environ.get("PORTAL_RATE_LIMIT", "20"))),
}
PORTAL_MAX_BODY_BYTES = int(os.environ.get("PORTAL_MAX_BODY_BYTES", "32768"))
PORTAL_MIN_SUBMIT_SECONDS = float(os.environ.get("PORTAL_MIN_SUBMIT_SECONDS", "3"))
PORTAL_SUSPECT_SECONDS = float(os.environ.get("PORTAL_SUSPECT_SECONDS", "8"))
PORTAL_TOKEN_MAX_AGE = int(os.environ.get("PORTAL_TOKEN_MAX_AGE", str(6 * 3600)))
PORTAL_REPEAT_SECONDS = int(os.environ.get("PORTAL_REPEAT_SECONDS", "3600"))
PORTAL_BLOCKED_WORDS = env_list("PORTAL_BLOCKED_WORDS", "đánh bạc,cá độ,cờ bạc online,vay nóng,lừa đảo trúng thưởng")
