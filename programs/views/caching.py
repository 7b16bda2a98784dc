"""HTTP caching of anonymous public pages: shared cache, ETag and 304s."""

import functools

from django.core.cache import cache
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

from ..services.page_cache import PAGE_TIMEOUT, content_version, page_etag, page_key


def _cacheable(request) -> bool:
    return request.method in ("GET", "HEAD") and not request.user.is_authenticated


def public_page(view):
    """Serve ``view`` from the page cache for anonymous visitors.

    Responses carry an ETag and Last-Modified derived from the content
    version, and a conditional GET with a matching validator gets a 304
    without rendering anything. Browsers and CDNs must revalidate each time,
    which costs one small request and lets every edit show at once.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        language = get_language()
        path = request.get_full_path()
        version = content_version()
        etag = page_etag(language, path, version)
        last_modified = int(version)
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=last_modified
        )
        if not_modified is not None:
            return _with_validators(not_modified, etag, last_modified)

        key = page_key(language, path, version)
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                _with_validators(response, etag, last_modified)
                cache.set(key, response, PAGE_TIMEOUT)
                return response
        return _with_validators(response, etag, last_modified)

    return wrapper


def _with_validators(response, etag: str, last_modified: int):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
