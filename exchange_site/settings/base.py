"""Settings shared by every environment."""

from pathlib import Path

import dj_database_url
import dj_email_url
from django.utils.translation import gettext_lazy as _

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_countries",
    "django_prose_editor",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "programs",
]

MIDDLEWARE = [
    "exchange_site.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "exchange_site.csp.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything that queries: see exchange_site/hostile_input.py.
    "exchange_site.hostile_input.RefuseHostileInputMiddleware",
    # Anonymous visitors' kept pages, before the session, CSRF and auth layers.
    "programs.views.caching.PageCacheMiddleware",
    # A 404 at a renamed page's old address becomes a 301 to its new one.
    "programs.middleware.RedirectFallbackMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "programs.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "exchange_site.urls"
WSGI_APPLICATION = "exchange_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    {
        # The templates drawn many times per page (programs/jinja.py).
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "programs.jinja.environment"},
    },
]


# How often a connection runs a statement before psycopg prepares it
# (psycopg's own default; Django turns it off unless asked).
PREPARE_THRESHOLD = 5


def database_from_url(url: str) -> dict:
    """Turn DATABASE_URL into Django's DATABASES entry.

    A relative SQLite path is taken from the project folder, so the demo
    database lands in ``var/`` whatever the working directory. PostgreSQL goes
    through psycopg 3's connection pool, which replaces persistent connections;
    the pool checks each connection before lending it, so a restarted server
    costs no failed request. A statement that runs longer than
    DATABASE_STATEMENT_TIMEOUT milliseconds is cancelled (0 turns that off);
    DATABASE_RANDOM_PAGE_COST is the planner's random_page_cost (1.1, for SSDs).

    Values travel apart from the SQL (server-side binding), and psycopg
    prepares a statement the fifth time a connection runs it, so PostgreSQL
    parses and plans each page query once per connection rather than once per
    request; DATABASE_PREPARED_STATEMENTS=off turns both off, for a pooler
    such as PgBouncer in transaction mode, which cannot keep prepared
    statements.
    """
    config = dj_database_url.parse(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        name = config.get("NAME") or "var/db.sqlite3"
        if name != ":memory:" and not Path(name).is_absolute():
            name = BASE_DIR / name
            name.parent.mkdir(parents=True, exist_ok=True)
        config["NAME"] = str(name)
    elif config["ENGINE"] == "django.db.backends.postgresql":
        config["CONN_MAX_AGE"] = 0
        config["CONN_HEALTH_CHECKS"] = True
        options = config.setdefault("OPTIONS", {})
        options["pool"] = {
            "min_size": 1,
            "max_size": env_int("DATABASE_POOL_MAX_SIZE", 8),
            # How long a request waits for a connection before giving up (503).
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 10),
        }
        # Solid-state storage reads at random almost as fast as in sequence;
        # PostgreSQL's default of 4 has it scan a whole table (all the
        # participants) rather than look up one program's few hundred by index.
        settings = [
            f"-c random_page_cost={env_str('DATABASE_RANDOM_PAGE_COST', '1.1')}"
        ]
        statement_timeout = env_int("DATABASE_STATEMENT_TIMEOUT", 30_000)
        if statement_timeout:
            settings.append(f"-c statement_timeout={statement_timeout}")
        options["options"] = " ".join(settings)
        if env_bool("DATABASE_PREPARED_STATEMENTS", True):
            options["server_side_binding"] = True
            options["prepare_threshold"] = PREPARE_THRESHOLD
    return config


DATABASE_URL = env_str("DATABASE_URL", "sqlite:///var/db.sqlite3")
DATABASES = {"default": database_from_url(DATABASE_URL)}
# SQLite (the demo, the audit) keeps the participant_listed index without its
# covering columns, which only PostgreSQL reads (models/people.py); a site
# small enough for SQLite does not need them.
SILENCED_SYSTEM_CHECKS = (
    ["models.W040"]
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    else []
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "caravan",
        }
    }
    # Sessions are read from Redis and written through to the database, so a
    # Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # One process only (tests); production and the demo fall back to the
    # database cache, which every worker and server shares.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A cache that several processes share without Redis; `migrate` makes its table.
DATABASE_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "caravan_cache",
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages. English is the default and the fallback for missing translations;
# every public URL carries its language prefix, English included.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("kk", _("Kazakh")),
    ("zh-hans", _("Simplified Chinese")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
# locale_supplements fills the Kazakh gaps in Django's and our dependencies'
# catalogues; our own locale/ comes first, so it wins where both translate.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_supplements"]
USE_I18N = True
# Django ships no Kazakh date and number formats; ours live here.
FORMAT_MODULE_PATH = ["exchange_site.formats"]
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(LANGUAGE_CODES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible object storage when a bucket is named. The keys come
# from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (boto3 reads them itself) or
# the machine's role; AWS_S3_ENDPOINT_URL points at MinIO, Ceph, Garage, ...
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN", "") or None,
            "location": env_str("AWS_LOCATION", "media"),
            # Public pages link to images directly (or through a CDN), so URLs
            # are plain; turn signing on for a private bucket.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
        },
    }

# The app answers /media/ itself (exchange_site/media_files.py) unless media
# are on S3 or SERVE_MEDIA is off (nginx serving the folder is faster).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True) and not AWS_STORAGE_BUCKET_NAME

# Image uploads (programs/services/images/uploads.py). Larger files and pictures are
# refused; an accepted original is stored at most IMAGE_MAX_SIDE pixels on its
# long side, since no rendition is wider than 1920. A JPEG is decoded at a
# reduced scale, so 60 megapixels (a 50-megapixel camera gets through) costs
# about 200 MB; PNG, WebP and GIF are decoded in full, four bytes a pixel,
# hence their lower limit.
IMAGE_MAX_BYTES = int(env_str("IMAGE_MAX_BYTES", str(30 * 1024 * 1024)))
IMAGE_MAX_PIXELS = int(env_str("IMAGE_MAX_PIXELS", "60000000"))
IMAGE_MAX_PIXELS_DECODED_IN_FULL = int(
    env_str("IMAGE_MAX_PIXELS_DECODED_IN_FULL", "20000000")
)
IMAGE_MAX_SIDE = 3840
IMAGE_QUALITY = 88

EMAIL_URL = env_str("EMAIL_URL", "console://")
vars().update(dj_email_url.parse(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Caravan <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A job that raises is retried with growing delays (see programs/services/jobs.py).
# After an editor's save, the background worker draws the pages it touched
# in every language before visitors ask (programs/views/warming.py).
PAGE_WARMING = env_bool("PAGE_WARMING", True)
TASK_MAX_ATTEMPTS = env_int("TASK_MAX_ATTEMPTS", 5)
TASK_RETRY_DELAY = env_int("TASK_RETRY_DELAY", 60)
# /healthz reports the queue as failing when a due job has waited this long.
HEALTHZ_QUEUE_MAX_WAIT = env_int("HEALTHZ_QUEUE_MAX_WAIT", 300)

# Background jobs (e-mails, image renditions, purges) go through django-tasks,
# the backport of Django 6's django.tasks. The database backend needs no extra
# server; `manage.py db_worker` runs them.
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}

LOGIN_URL = "admin:login"

# The site's own address, for links in emails (no trailing slash).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Public applications: unverified ones are deleted after this many hours
# (`manage.py expire_applications`), and one IP address may send at most
# APPLICATION_RATE_LIMIT applications per APPLICATION_RATE_WINDOW seconds.
APPLICATION_VERIFICATION_HOURS = 48
APPLICATION_RATE_LIMIT = 5
APPLICATION_RATE_WINDOW = 3600

# Only the benchmark scripts turn this on: it mounts /bench/hello, the
# baseline, and lets a request say that an editor saved just before it
# (programs/views/benchmark.py), so that "after an edit" can be measured.
BENCHMARK_ENDPOINTS = env_bool("BENCHMARK_ENDPOINTS", False)
if BENCHMARK_ENDPOINTS:
    MIDDLEWARE.insert(
        MIDDLEWARE.index("programs.views.caching.PageCacheMiddleware"),
        "programs.views.benchmark.EditedBeforeRequestMiddleware",
    )

# The public API (programs/api/): read-only JSON, its OpenAPI document
# generated from the code by drf-spectacular. No authentication at all, so no
# session or CSRF layer, and a signed-in editor sees what anyone sees.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "programs.api.errors.exception_handler",
    "URL_FORMAT_OVERRIDE": None,
    "UNICODE_JSON": True,
    "COMPACT_JSON": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Caravan API",
    "DESCRIPTION": "Read-only access to published cultural-exchange programs, "
    "their itineraries, events, partner cities, press coverage, reports and "
    "the participants who agreed to be listed, in five languages.",
    "VERSION": "v1",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "programs.api.serializers.fields.add_text_components",
    ],
}
# Requests per client address per window (seconds) before a 429; 0 turns the
# limit off (the benchmarks do).
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 300)
API_RATE_WINDOW = env_int("API_RATE_WINDOW", 60)

# Personal data of participants is anonymised this many days after the last
# program they took part in ended (`manage.py purge_personal_data`, from cron).
PERSONAL_DATA_RETENTION_DAYS = int(env_str("PERSONAL_DATA_RETENTION_DAYS", "365"))

# The groups that the data migration creates and the admin relies on.
EDITORS_GROUP = "Editors"
ORGANISERS_GROUP = "Organisers"

# Where seed_demo reads the reference program's facts (copied into the project,
# so nothing outside the repository is read at run time).
SEED_FACTS_PATH = BASE_DIR / "programs" / "seed" / "lianyungang-kazakhstan-2024.json"

from .log_config import LOG_FORMAT, LOGGING  # noqa: E402,F401
from .security import *  # noqa: E402,F403
