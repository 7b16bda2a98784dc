"""Browser-facing security: content policy, headers, cookies, login throttling.

Imported by ``base``, so dev and test run under the same policy as production
and a page that breaks it fails in the tests, not in a visitor's browser.
``production`` adds what only makes sense over HTTPS (HSTS, secure cookies).
"""

from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF

from .environment import env_int, env_list, env_str


def media_origins() -> list[str]:
    """Where media images come from when they are not on this site.

    S3-compatible media are served by the bucket's endpoint or the CDN named
    in AWS_S3_CUSTOM_DOMAIN; CSP_MEDIA_ORIGINS adds any other.
    """
    origins = env_list("CSP_MEDIA_ORIGINS", "")
    bucket = env_str("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return origins
    custom_domain = env_str("AWS_S3_CUSTOM_DOMAIN", "")
    endpoint = env_str("AWS_S3_ENDPOINT_URL", "")
    if custom_domain:
        origins.append(f"https://{custom_domain}")
    elif endpoint:
        parts = urlsplit(endpoint)
        origins.append(f"{parts.scheme}://{parts.netloc}")
    else:
        region = env_str("AWS_S3_REGION_NAME", "")
        hosts = [f"{bucket}.s3.amazonaws.com"]
        if region:
            hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
        origins += [f"https://{host}" for host in hosts]
    return origins


# Content-Security-Policy (django-csp 4). No 'unsafe-inline' anywhere, the
# admin included: our templates carry no inline script or style attribute
# (data travels in json_script blocks) and Django's admin has none. The one
# inline script, django-prose-editor's import map in the admin, carries the
# request's nonce (see programs/admin/translation_tabs.py); django-csp puts
# the nonce in the header only on pages that use it.
MEDIA_ORIGINS = media_origins()
PROSE_EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # The editor's own base stylesheet (white-space rules ProseMirror needs),
        # which tiptap injects as a <style> element: allowed by its hash, so
        # no other inline style can apply. tests/production checks the hash
        # against the installed django-prose-editor.
        "style-src": [SELF, PROSE_EDITOR_STYLE_HASH],
        "img-src": [SELF, *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Permissions-Policy: the site uses none of these browser features, so no
# page (or anything injected into one) may ask for them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Nothing of ours reads the CSRF cookie from JavaScript: the admin and our forms
# send the token from the form field, so the cookie can be hidden from scripts.
CSRF_COOKIE_HTTPONLY = True

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for
# one username from one address, that pair is locked out for the cool-off time.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "programs.auth.ModelBackendWithPreferences",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "programs.admin.lockout.locked_out"
# Behind a proxy, the client's address is taken from X-Forwarded-For as the
# trusted proxies wrote it (see TRUSTED_PROXY_COUNT), never as the client sent it.
AXES_CLIENT_IP_CALLABLE = "exchange_site.client_ip.client_ip"
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
