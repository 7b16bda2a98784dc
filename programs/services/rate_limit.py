"""A fixed-window rate limit kept in the shared cache.

The cache is Redis in production, so every gunicorn worker and server counts
together; with the local-memory cache each process counts on its own.
"""

from django.core.cache import cache


def allow(scope: str, key: str, limit: int, window: int) -> bool:
    """Count one attempt by ``key`` in ``scope``; False once over ``limit``.

    The window starts with the first attempt and lasts ``window`` seconds.
    """
    cache_key = f"rate:{scope}:{key}"
    if cache.add(cache_key, 1, timeout=window):
        return limit >= 1
    try:
        count = cache.incr(cache_key)
    except ValueError:
        # The window ended between add() and incr(): this opens a new one.
        cache.add(cache_key, 1, timeout=window)
        count = 1
    return count <= limit
