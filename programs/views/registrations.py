"""The public application form and each participant's self-service page.

None of these pages is cached: they hold forms, or one person's data behind
a secret link. The self-service pages also ask search engines to stay away.
"""

import functools
from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.timezone import now
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from exchange_site.client_ip import client_ip

from .. import calendar as ical
from ..forms import ApplicationForm
from ..models import Program, Registration
from ..services import documents, rate_limit, registration
from ..services.prepared import prepared
from ..services.registration import AlreadyRegistered, RegistrationError

APPLY_TEMPLATE = "programs/apply.html"
FIELDS_TEMPLATE = "programs/application_fields.html"


def _published_program(slug: str) -> Program:
    found = _published(slug=slug, now=now())
    if not found:
        raise Http404
    return found[0]


@prepared("slug", "now")
def _published(slug: str, now):
    """The form is never cached, so its program is looked up at every
    request: by SQL compiled once per process (services/prepared.py)."""
    return (
        Program.objects.published(now=now)
        .select_related("organising_city")
        .filter(slug=slug)
    )


@never_cache
def apply(request, slug):
    program = _published_program(slug)
    context = {
        "program": program,
        "verification_hours": settings.APPLICATION_VERIFICATION_HOURS,
    }
    if not registration.applications_are_open(program):
        opens_at = program.applications_open_at
        context["opens_at"] = opens_at if opens_at and opens_at > now() else None
        return render(request, "programs/apply_closed.html", context)
    if request.method != "POST":
        # The empty form's fields come drawn already; there are no errors.
        context["blank_fields"] = blank_application_fields(request)
        return render(request, APPLY_TEMPLATE, context)
    form = ApplicationForm(request.POST)
    context["form"] = form
    try:
        _take_application(request, program, form)
    except ApplicationRefused as refusal:
        return render(request, APPLY_TEMPLATE, context, status=refusal.status)
    return redirect("programs:program-apply-sent", slug=program.slug)


def blank_application_fields(request) -> str:
    """The empty form's fields, the same for every visitor in a language, so
    drawn once per language and process (afresh while templates may change)."""
    if settings.DEBUG:
        return render_to_string(FIELDS_TEMPLATE, {"form": ApplicationForm()}, request)
    return _blank_fields_in(get_language())


@functools.lru_cache(maxsize=len(settings.LANGUAGES))
def _blank_fields_in(language: str) -> str:
    return render_to_string(FIELDS_TEMPLATE, {"form": ApplicationForm()})


class ApplicationRefused(Exception):
    """The application was not taken; why is written on the form, and
    ``status`` is the HTTP status the page answers with."""

    def __init__(self, form, status: HTTPStatus, message=None, field=None):
        super().__init__(message)
        self.status = status
        if message:
            form.add_error(field, message)


TOO_MANY = _lazy(
    "Too many applications have come from your network in the last hour. "
    "Please try again later."
)
TRAP_FILLED = _lazy(
    "Your application was not sent: the field marked “Leave this field empty” "
    "was filled in. Please empty it and send again."
)
ALREADY_APPLIED = _lazy(
    "An application with this email address already exists for this program. "
    "The link to it is in the email we sent you."
)


def _take_application(request, program: Program, form: ApplicationForm) -> None:
    """Validate and submit ``form``, or raise ``ApplicationRefused``."""
    if not _within_rate_limit(request):
        raise ApplicationRefused(form, HTTPStatus.TOO_MANY_REQUESTS, TOO_MANY)
    if form.is_spam:
        raise ApplicationRefused(form, HTTPStatus.BAD_REQUEST, TRAP_FILLED)
    if not form.is_valid():
        raise ApplicationRefused(form, HTTPStatus.BAD_REQUEST)
    try:
        registration.apply_for_program(
            program,
            form.participant_data(),
            source=Registration.Source.PUBLIC_FORM,
            verified=False,
            motivation=form.cleaned_data["motivation"],
            organisation_name=form.cleaned_data["organisation"],
            privacy_accepted=True,
        )
    except AlreadyRegistered as error:
        raise ApplicationRefused(
            form, HTTPStatus.BAD_REQUEST, ALREADY_APPLIED, field="email"
        ) from error
    except RegistrationError as error:
        raise ApplicationRefused(form, HTTPStatus.BAD_REQUEST, error.message) from error


def _within_rate_limit(request) -> bool:
    return rate_limit.allow(
        "apply",
        client_ip(request) or "unknown",
        settings.APPLICATION_RATE_LIMIT,
        settings.APPLICATION_RATE_WINDOW,
    )


@never_cache
def application_sent(request, slug):
    context = {
        "program": _published_program(slug),
        "verification_hours": settings.APPLICATION_VERIFICATION_HOURS,
    }
    return render(request, "programs/apply_sent.html", context)


def _registration_or_404(token: str) -> Registration:
    found = registration.registration_for_token(token)
    if found is None:
        raise Http404(_("There is no registration behind this link."))
    return found


def _private(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
def registration_detail(request, token):
    found = _registration_or_404(token)
    context = {
        "registration": found,
        "program": found.program,
        "expired": registration.verification_has_expired(found),
        "cancellable": registration.may_cancel(found),
    }
    return _private(render(request, "programs/registration_detail.html", context))


NOT_CONFIRMED = _lazy(
    "Your itinerary and travel details are for confirmed participants only."
)


def for_confirmed(view):
    """``view(request, registration)`` for a participant with a place; anyone
    else following such a link (an old one, after a cancellation, say) is
    sent back to their page with the reason."""

    @functools.wraps(view)
    @never_cache
    def wrapper(request, token):
        found = _registration_or_404(token)
        if not found.takes_a_seat:
            messages.error(request, NOT_CONFIRMED)
            return redirect("programs:registration", token=found.token)
        return _private(view(request, found))

    return wrapper


@for_confirmed
def registration_itinerary_pdf(request, found: Registration):
    body = documents.render_pdf(
        "documents/itinerary.html", documents.personal_itinerary(found), get_language()
    )
    response = HttpResponse(body, content_type=documents.PDF_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{found.program.slug}-itinerary.pdf"'
    )
    return response


@for_confirmed
def registration_itinerary_ics(request, found: Registration):
    body = ical.personal_calendar(
        found, documents.itinerary_events(found), **ical.site_address(request)
    )
    return ical.download(body, f"{found.program.slug}-itinerary")


@never_cache
@require_POST
def registration_verify(request, token):
    found = _registration_or_404(token)
    try:
        registration.verify_application(found.token)
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you: your email address is confirmed."))
    return redirect("programs:registration", token=found.token)


@never_cache
def registration_cancel(request, token):
    found = _registration_or_404(token)
    if request.method == "POST":
        try:
            registration.cancel(found, by_participant=True)
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your registration is cancelled."))
        return redirect("programs:registration", token=found.token)
    if not registration.may_cancel(found):
        return redirect("programs:registration", token=found.token)
    context = {"registration": found, "program": found.program}
    return _private(render(request, "programs/registration_cancel.html", context))
