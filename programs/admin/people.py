"""Organisations and participants.

Participants are personal data. Who sees which participant, and whose email
and phone, is decided by ``services/access.py``; this module only applies
those answers to the changelist, the change page, search and autocomplete.
"""

import re

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from ..models import Organisation, Participant
from ..services import access, registration
from .forms import CaravanAdminForm
from .privacy import ParticipantPrivacyMixin
from .search import autocomplete_source, in_every_language
from .translation_status import TranslationStatusAdminMixin
from .translation_tabs import TabbedTranslationAdmin

CONTACT_FIELDS = ("email", "phone")
# Autocomplete lookups whose field accepts only the organiser's own people.
MANAGED_ONLY_LOOKUPS = {"programs.registration.participant"}


@admin.register(Organisation)
class OrganisationAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("name", "kind", "city", "website")
    list_filter = ("kind",)
    list_select_related = ("city",)
    search_fields = in_every_language("name")
    autocomplete_fields = ("city",)
    fields = ("name", "kind", "city", "website")


class ParticipantAddForm(CaravanAdminForm):
    # Replaced per request in ParticipantAdmin.get_form, with the programs
    # the signed-in organiser manages.
    register_for = forms.ModelChoiceField(queryset=None, required=False)


@admin.register(Participant)
class ParticipantAdmin(
    ParticipantPrivacyMixin, TranslationStatusAdminMixin, TabbedTranslationAdmin
):
    list_display = ("person", "organisation", "country", "category")
    list_filter = ("category", ("country", CountryFilter), "public_listing_consent")
    list_select_related = ("organisation",)
    search_fields = ("given_name", "family_name", "native_name")
    autocomplete_fields = ("organisation", "photo")
    readonly_fields = ("consent_given_at",)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("given_name", "family_name"),
                    "native_name",
                    "category",
                    "organisation",
                    "country",
                    "preferred_language",
                )
            },
        ),
        (_("Contact details"), {"fields": CONTACT_FIELDS}),
        (_("Profile"), {"fields": ("bio", "photo")}),
        (_("Consent"), {"fields": ("public_listing_consent", "consent_given_at")}),
    )

    def get_queryset(self, request):
        queryset = access.participants_visible_to(
            request.user, super().get_queryset(request)
        )
        return access.annotate_contact_visibility(request.user, queryset)

    def get_search_results(self, request, queryset, search_term):
        if autocomplete_source(request) in MANAGED_ONLY_LOOKUPS:
            queryset = access.participants_managed_by(request.user, queryset)
        results, may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        term = search_term.strip()
        if term:
            # Email and phone are searched only where the user may see them,
            # so a search cannot reveal whose address matches.
            contact_matches = queryset.filter(
                Q(email__icontains=term) | Q(phone__icontains=term),
                contact_visible=True,
            )
            results = queryset.filter(
                Q(pk__in=results.values("pk")) | Q(pk__in=contact_matches.values("pk"))
            )
        return results, may_have_duplicates

    @admin.display(description=_("participant"), ordering="family_name")
    def person(self, obj):
        # The name in native script under the Latin one, in one column, so
        # the list fits beside the sidebar. Its script is not recorded.
        if not obj.native_name:
            return str(obj)
        return format_html(
            '{}<span class="caravan-native-name" lang="">{}</span>',
            obj,
            obj.native_name,
        )

    def get_list_display(self, request):
        shown = list(super().get_list_display(request))
        if access.is_superuser(request.user) or access.is_organiser(request.user):
            shown += ["contact_email", "contact_phone"]
        return shown

    @admin.display(description=_("email"), ordering="email")
    def contact_email(self, obj):
        if not obj.contact_visible:
            return "—"
        if not obj.email:
            return "—"
        # A link to write to them; a narrow list may break the address
        # before an "@" or a dot only.
        parts = re.split(r"(?=[@.])", obj.email)
        shown = "<wbr>".join(["{}"] * len(parts))
        return format_html(f'<a href="mailto:{{}}">{shown}</a>', obj.email, *parts)

    @admin.display(description=_("phone"), ordering="phone")
    def contact_phone(self, obj):
        return obj.phone if obj.contact_visible else "—"

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return access.manages_participant(request.user, obj)

    def _hidden_fields(self, request, obj) -> set[str]:
        hidden = set()
        # Someone adding a person enters their contact details; on an
        # existing record only the person's organisers may see them.
        if obj is not None and not access.can_see_contact_details(request.user, obj):
            hidden.update(CONTACT_FIELDS)
        if not request.user.has_perm("programs.view_image"):
            hidden.add("photo")
        return hidden

    def get_exclude(self, request, obj=None):
        return (
            *(super().get_exclude(request, obj) or ()),
            *self._hidden_fields(request, obj),
        )

    def get_fieldsets(self, request, obj=None):
        hidden = self._hidden_fields(request, obj)
        fieldsets = []
        for name, options in super().get_fieldsets(request, obj):
            fields = [
                line
                for line in options["fields"]
                if line not in hidden
                and not (isinstance(line, tuple) and set(line) <= hidden)
            ]
            if fields:
                fieldsets.append((name, {**options, "fields": fields}))
        if obj is None:
            fieldsets.append((_("Registration"), {"fields": ["register_for"]}))
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = ParticipantAddForm
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            # A new field object per request: the class attribute is shared.
            form.base_fields["register_for"] = forms.ModelChoiceField(
                queryset=access.programs_managed_by(request.user),
                required=not access.is_superuser(request.user),
                label=_("Register for"),
                help_text=_(
                    "The program this person takes part in. They are confirmed "
                    "while seats remain, and join the waitlist otherwise."
                ),
            )
        return form

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        program = form.cleaned_data.get("register_for")
        if not change and program is not None:
            registration.register_by_organiser(form.instance, program, request.user)
