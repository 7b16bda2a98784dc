"""The follow-up form: a confirmed participant gives their travel details
on their self-service page, in their language, and corrects them until the
organisers' deadline; after it, changes to the details wait for approval
and the arrivals, departures and visas are shown, no longer edited.

Nothing is saved unless the whole form is valid; each error stands next to
its field. The rules are in ``services/logistics.py``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..forms import TravelDetailsForm, TravelLegForm, VisaForm
from ..models import ChangeRequest, Registration, TravelDetails, TravelLeg
from ..services import logistics
from .registrations import for_confirmed

TEMPLATE = "programs/registration_travel.html"


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
                        None if past_deadline else data,
                        instance=legs.get((stop.pk, direction.value)),
                        prefix=f"leg-{stop.pk}-{direction.value}",
                    ),
                )
                for direction in TravelLeg.Direction
            ],
        }
        for stop in stops
    ]
    countries = logistics.itinerary_countries(program)
    needed = [
        row.country.code for row in found.visa_requirements.all() if row.needs_visa
    ]
    visa_form = VisaForm(
        None if past_deadline else data,
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
    if data is None:
        return render(request, TEMPLATE, context)
    if past_deadline:
        forms = [details_form]
    # Every form is checked (no short cut), so every error shows at once.
    valid = [form.is_valid() for form in forms]
    if not all(valid):
        return render(request, TEMPLATE, context, status=400)
    try:
        result = _save(found, details_form, stop_forms, visa_form, past_deadline)
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


def _save(found, details_form, stop_forms, visa_form, past_deadline):
    details = {
        name: details_form.cleaned_data[name] for name in logistics.TRAVEL_DETAIL_FIELDS
    }
    if past_deadline:
        return logistics.save_follow_up(found, details)
    answers = [
        logistics.LegAnswer(
            stop_id=entry["stop"].pk,
            direction=direction.value,
            leg=None if form.is_empty else form.instance,
        )
        for entry in stop_forms
        for direction, form in entry["legs"]
    ]
    return logistics.save_follow_up(
        found, details, answers, visa_form.cleaned_data["countries"]
    )
