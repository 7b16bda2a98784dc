"""Public forms (the application to a program) and the widgets of our own."""

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Participant, Registration, TravelDetails, TravelLeg
from .services.logistics import TRAVEL_DETAIL_FIELDS


class LongSelect(forms.Select):
    """A <select> for long, flat lists (some 250 countries), drawn in Python.

    Django draws every <option> through its own template include, which made
    the country list most of the application form's rendering time. The
    markup is the same; only groups (<optgroup>) are not supported.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            "<option{}>{}</option>",
            (
                (
                    flatatt({"value": option["value"], "selected": option["selected"]}),
                    option["label"],
                )
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            options,
        )


class ColourInput(forms.TextInput):
    """A ``#rrggbb`` text field with the browser's colour picker beside it.

    The text field is what the form sends; the picker (no name, never sent)
    follows it and writes into it, through ``admin/caravan/colour-input.js``.
    Without JavaScript the text field works on its own.
    """

    class Media:
        js = ["admin/caravan/colour-input.js"]

    def __init__(self, attrs=None):
        super().__init__(
            {"size": 8, "maxlength": 7, "placeholder": "#0f6b73", **(attrs or {})}
        )

    def render(self, name, value, attrs=None, renderer=None):
        text = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id") or self.attrs.get("id", "")
        picker = format_html(
            '<input type="color" class="colour-picker" data-colour-for="{}" '
            'value="{}" aria-label="{}" hidden>',
            field_id,
            value if value and len(str(value)) == 7 else "#0f6b73",
            gettext("Pick a colour"),
        )
        return format_html("{} {}", text, picker)


# The honeypot's name looks worth filling to a bot; people never see it.
HONEYPOT_FIELD = "website"


class ApplicationForm(forms.Form):
    """What an applicant tells us. Works without JavaScript."""

    given_name = forms.CharField(
        label=_("Given name"),
        max_length=100,
        widget=forms.TextInput({"autocomplete": "given-name"}),
    )
    family_name = forms.CharField(
        label=_("Family name"),
        max_length=100,
        widget=forms.TextInput({"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_(
            "We send a link to this address; your application counts once you "
            "follow it."
        ),
        widget=forms.EmailInput({"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput({"autocomplete": "organization"}),
    )
    country = forms.ChoiceField(label=_("Country"), widget=LongSelect)
    category = forms.ChoiceField(
        label=_("You take part as"), choices=Participant.Category.choices
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("We write to you in this language."),
    )
    motivation = forms.CharField(
        label=_("Why would you like to take part? (optional)"),
        max_length=Registration._meta.get_field("motivation").max_length,
        required=False,
        widget=forms.Textarea({"rows": 5}),
    )
    public_listing_consent = forms.BooleanField(
        label=_("List my name publicly among the program's participants (optional)"),
        required=False,
    )
    privacy_accepted = forms.BooleanField(
        label=_("I have read the privacy notice above and agree to it"),
        error_messages={
            "required": _(
                "Please agree to the privacy notice, or we cannot take your "
                "application."
            )
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput({"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Country names in the visitor's language, sorted in it.
        self.fields["country"].choices = [("", "—"), *countries]
        self.fields["preferred_language"].initial = get_language()

    @property
    def is_spam(self) -> bool:
        """True when the honeypot, invisible to people, was filled in."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def participant_data(self) -> dict:
        """The fields of a new participant, for the registration service."""
        data = self.cleaned_data
        return {
            "given_name": data["given_name"],
            "family_name": data["family_name"],
            "email": data["email"],
            "country": data["country"],
            "category": data["category"],
            "preferred_language": data["preferred_language"],
            "public_listing_consent": data["public_listing_consent"],
        }


class DateInput(forms.DateInput):
    """A browser's date picker; the value travels as ISO 8601 whatever the
    language, so no format has to be guessed."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


class TravelDetailsForm(forms.ModelForm):
    """A confirmed participant's passport, needs and emergency contact, as
    they give them on their self-service page (the follow-up form)."""

    class Meta:
        model = TravelDetails
        fields = TRAVEL_DETAIL_FIELDS
        widgets = {
            "passport_name": forms.TextInput({"autocomplete": "off"}),
            "nationality": LongSelect,
            "passport_expires_on": DateInput,
            "dietary_requirements": forms.Textarea({"rows": 2}),
            "accessibility_needs": forms.Textarea({"rows": 2}),
            "interpreter_from": LongSelect,
            "interpreter_to": LongSelect,
            "emergency_contact_phone": forms.TextInput({"autocomplete": "off"}),
        }


class TravelLegForm(forms.ModelForm):
    """How the participant arrives at, or leaves, one stop: left empty, no
    leg (and an existing one is removed)."""

    class Meta:
        model = TravelLeg
        fields = ("date", "time", "mode", "number", "from_place", "to_place")
        widgets = {"date": DateInput, "time": TimeInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False
        self.fields["mode"].choices = [("", "—"), *TravelLeg.Mode.choices]

    @property
    def is_empty(self) -> bool:
        return not any(self.cleaned_data.get(name) for name in self.Meta.fields)

    def clean(self):
        cleaned = super().clean()
        if any(cleaned.get(name) for name in self.Meta.fields):
            for name in ("date", "mode"):
                if not cleaned.get(name):
                    self.add_error(name, _("Give the date and the means of travel."))
        return cleaned

    def _post_clean(self):
        # An empty leg is no leg: the model, which needs a date, is not asked.
        if self.is_valid_so_far() and not self.is_empty:
            super()._post_clean()

    def is_valid_so_far(self) -> bool:
        return not self._errors


class VisaForm(forms.Form):
    """For which countries of the itinerary the participant needs a visa."""

    countries = forms.MultipleChoiceField(
        label=_("I need a visa for"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, itinerary_countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = [
            (country.code, country.name) for country in itinerary_countries
        ]
