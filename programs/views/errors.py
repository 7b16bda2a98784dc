"""Styled error pages and robots.txt."""

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control

from exchange_site import outage

from ..api.errors import is_api_request, json_error


def bad_request(request, exception=None):
    if is_api_request(request):
        return json_error(400, "bad_request", "The request cannot be answered.")
    # Standalone: the request itself is what is wrong, so nothing on the page
    # (language links, the signed-in user) may be built from it.
    return HttpResponseBadRequest(loader.render_to_string("400.html"))


def page_not_found(request, exception=None):
    if is_api_request(request):
        return json_error(404, "not_found", "There is no such address in the API.")
    return render(request, "404.html", status=404)


def server_error(request):
    # A lost database is an outage, not a bug: say so, and that it will pass.
    if outage.handling_database_outage():
        if is_api_request(request):
            return outage.with_retry_after(
                json_error(503, "service_unavailable", outage.API_MESSAGE)
            )
        return outage.service_unavailable()
    if is_api_request(request):
        return json_error(500, "server_error", "Something went wrong on our side.")
    # Rendered without the request context: whatever broke the page may break
    # context processors and database queries too.
    return HttpResponseServerError(loader.render_to_string("500.html"))


@cache_control(public=True, max_age=86400)
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
