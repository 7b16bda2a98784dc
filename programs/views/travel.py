"""The follow-up form: a confirmed participant gives their travel details
on their self-service page, in their language, and corrects them until the
organisers' deadline; after it, all of their changes (details, arrivals and
departures, visas) wait for the organisers' approval.

Nothing is saved unless the whole form is valid; each error stands next to
its field. The rules are in ``services/follow_up.py``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from ..forms import TravelDetailsForm, TravelLegForm, VisaForm
from ..models import ChangeRequest, Registration, TravelDetails, TravelLeg
from ..services import follow_up, logistics
from .registrations import for_confirmed

TEMPLATE = "programs/registration_travel.html"
CHANGED_MEANWHILE = _lazy(
    "Your travel details were changed since you opened this page (perhaps by "
    "the organisers), so nothing was saved. Here they are as they are now: "
    "please make your changes again."
)


@for_confirmed
def registration_travel(request, found: Registration):
    program = found.program
    past_deadline = logistics.is_past_deadline(program)
    details = TravelDetails.objects.filter(registration=found).first()
    data = request.POST if request.method == "POST" else None
    details_form = TravelDetailsForm(data, instance=details, prefix="details")
    stops = list(program.itinerary_stops.select_related("city").order_by("position"))
    legs = {(leg.stop_id, leg.direction): leg for leg in found.travel_legs.all()}
    stop_forms = [
        {
            "stop": stop,
            "legs": [
                (
                    direction,
                    TravelLegForm(
                        data,
                        instance=legs.get((stop.pk, direction.value)),
                        prefix=f"leg-{stop.pk}-{direction.value}",
                    ),
                )
                for direction in TravelLeg.Direction
            ],
        }
        for stop in stops
    ]
    countries = follow_up.itinerary_countries(program)
    needed = [
        row.country.code for row in found.visa_requirements.all() if row.needs_visa
    ]
    visa_form = VisaForm(
        data,
        initial={"countries": needed},
        itinerary_countries=countries,
        prefix="visa",
    )
    forms = [details_form, visa_form] + [
        form for entry in stop_forms for _direction, form in entry["legs"]
    ]
    context = {
        "registration": found,
        "program": program,
        "details_form": details_form,
        "stop_forms": stop_forms,
        "visa_form": visa_form,
        "past_deadline": past_deadline,
        "deadline": logistics.travel_details_deadline(program),
        "pending": found.change_requests.filter(status=ChangeRequest.Status.PENDING),
    }
    context["seen"] = follow_up.fingerprint(found)
    if data is None:
        return render(request, TEMPLATE, context)
    if data.get("seen") != context["seen"]:
        # Saving would undo what changed meanwhile: show it as it is now.
        messages.error(request, CHANGED_MEANWHILE)
        return redirect("programs:registration-travel", token=found.token)
    # Every form is checked (no short cut), so every error shows at once.
    valid = [form.is_valid() for form in forms]
    if not all(valid):
        return render(request, TEMPLATE, context, status=400)
    try:
        result = _save(found, details_form, stop_forms, visa_form)
    except ValidationError as error:
        for message in error.messages:
            details_form.add_error(None, message)
        return render(request, TEMPLATE, context, status=400)
    if isinstance(result, ChangeRequest):
        messages.success(
            request,
            _("Thank you: your changes are sent to the organisers for approval."),
        )
    else:
        messages.success(request, _("Thank you: your travel details are saved."))
    return redirect("programs:registration-travel", token=found.token)


def _save(found, details_form, stop_forms, visa_form):
    details = {
        name: details_form.cleaned_data[name] for name in logistics.TRAVEL_DETAIL_FIELDS
    }
    answers = [
        follow_up.LegAnswer(
            stop_id=entry["stop"].pk,
            direction=direction.value,
            leg=None if form.is_empty else form.instance,
        )
        for entry in stop_forms
        for direction, form in entry["legs"]
    ]
    return follow_up.save_follow_up(
        found, details, answers, visa_form.cleaned_data["countries"]
    )
