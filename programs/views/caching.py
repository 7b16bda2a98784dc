"""HTTP caching of anonymous public pages: shared cache, ETag and 304s.

``public_page`` marks a view's pages as the same for every anonymous
visitor; ``PageCacheMiddleware`` keeps them in the shared cache and serves
them. It sits just below the locale middleware, so a visitor's repeat of a
kept page costs one round trip to the cache (the content version and the page
come together) and none of the session, CSRF, authentication and admin
layers below it. Responses carry an ETag and Last-Modified derived from the
content version: browsers and CDNs revalidate each time, a matching
validator gets a 304, and every edit shows at once.
"""

import functools

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

from ..services.page_cache import lookup_page, page_etag, store_page

# Worked out again for every response, never kept with the page.
NOT_KEPT = {"set-cookie", "etag", "last-modified", "cache-control", "vary"}


def public_page(view):
    """Mark ``view``'s responses as public pages, kept and served by
    ``PageCacheMiddleware`` for anonymous visitors."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.public_page = True
        return response

    return wrapper


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if not self._may_be_kept(request):
            return self.get_response(request)
        language = get_language()
        path = request.get_full_path()
        lookup = lookup_page(language, path)
        # A page drawn in parts reuses this version (views/fragments.py).
        request.content_version = lookup.version
        etag = page_etag(language, path, lookup.version)
        last_modified = int(lookup.version)
        if lookup.hit:
            response = get_conditional_response(
                request, etag=etag, last_modified=last_modified
            ) or _response_from(lookup.stored)
            return _with_validators(response, etag, last_modified)
        response = self.get_response(request)
        if not getattr(response, "public_page", False):
            return response
        if response.status_code == 200 and not response.streaming:
            if callable(getattr(response, "render", None)):
                response = response.render()
            store_page(lookup, _kept_headers(response), response.content)
            response = (
                get_conditional_response(
                    request, etag=etag, last_modified=last_modified
                )
                or response
            )
        return _with_validators(response, etag, last_modified)

    def _may_be_kept(self, request) -> bool:
        """An anonymous read of a page under a language prefix (or the
        sitemap): a visitor with a session may be signed in and see drafts."""
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and (
                request.path.startswith(self.prefixes) or request.path == "/sitemap.xml"
            )
        )


def _kept_headers(response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.items() if k.lower() not in NOT_KEPT]


def _response_from(stored) -> HttpResponse:
    response = HttpResponse(stored.content)
    for name, value in stored.headers:
        response[name] = value
    return response


def _with_validators(response, etag: str, last_modified: int):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
