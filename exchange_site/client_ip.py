"""The visitor's IP address, as far as the trusted proxies vouch for it."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address the outermost trusted proxy saw the request come from.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so with ``TRUSTED_PROXY_COUNT`` proxies in front of the
    app, the entry that many places from the right was written by the
    outermost of them. Entries further left were sent by the client and could
    say anything, so they are never used. With no proxy, REMOTE_ADDR is the
    client.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
