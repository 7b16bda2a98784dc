"""Request middleware of our own."""

from django.http import HttpResponsePermanentRedirect
from django.utils import translation

from .services import redirects
from .services.preferences import admin_language_of


class AdminLanguageMiddleware:
    """Serve the admin in the language each staff member chose.

    Runs after LocaleMiddleware and authentication: the public site keeps
    following its URL prefix, the admin follows the person.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.user.is_authenticated:
            language = admin_language_of(request.user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


class RedirectFallbackMiddleware:
    """Answer a 404 at a renamed page's old address with a 301 to its new one.

    Only requests that found nothing pay for the lookup; the visitor keeps
    their language prefix and query string.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        location = redirects.new_location(request.path_info)
        if location is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"{location}?{query}" if query else location
        )
