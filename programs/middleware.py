"""Request middleware of our own."""

from django.utils import translation

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
