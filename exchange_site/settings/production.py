"""Production: every secret and host comes from the environment.

See the README's deployment section for the variables; ``manage.py check
--deploy`` with these settings and a complete environment reports nothing.
"""

from .base import *  # noqa: F403
from .environment import env_bool, env_int, env_required

SECRET_KEY = env_required("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Without Redis, the cache must still be one that every gunicorn worker (and
# every server) shares, or an edit would leave other workers serving stale
# pages: the database cache. `migrate` creates its table. Redis is faster and
# is what several app servers should use.
if not REDIS_URL:  # noqa: F405
    CACHES = DATABASE_CACHES  # noqa: F405

# HTTPS only. nginx (or the load balancer) terminates TLS and says so in
# X-Forwarded-Proto; SECURE_SSL_REDIRECT=off suits a proxy that redirects itself.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# /healthz answers load balancers that probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")  # noqa: F405
