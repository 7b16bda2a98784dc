"""Delegation logistics in the admin: travel details on each confirmed
registration, change requests after the deadline, and the deadline itself.

Only a program's managers and superusers reach any of it; editors see
nothing, whatever else they may see (``access.logistics_visible_to``). Every
change goes through ``services/logistics.py``, which applies the deadline and
writes the audit log; this module only turns its answers into pages.
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import (
    ChangeRequest,
    LogisticsSettings,
    Registration,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from ..models.registrations import SEAT_STATUSES
from ..services import access, logistics
from .forms import CaravanAdminForm
from .organiser_pages import admin_page
from .travel_imports import travel_import_view


class LogisticsAccessMixin:
    """Rows of the programs the user manages only, and no way in at all for
    someone who manages none (an editor, however many groups they are in)."""

    def get_queryset(self, request):
        return access.logistics_visible_to(request.user, super().get_queryset(request))

    # Django's permissions first: they are already loaded, and without them
    # (an editor) the question of managed programs costs no query. The
    # module's own permission is the app's, which editors hold.
    def has_module_permission(self, request):
        return super().has_module_permission(
            request
        ) and self.has_view_or_change_permission(request)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (
            access.manages_any_program(request.user)
        )

    def has_add_permission(self, request, *args):
        return super().has_add_permission(request, *args) and (
            access.manages_any_program(request.user)
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (
            access.manages_any_program(request.user)
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (
            access.manages_any_program(request.user)
        )


def flag_list(flags) -> str:
    if not flags:
        return "—"
    return format_html(
        "<ul>{}</ul>",
        format_html_join("", "<li>{}</li>", ((flag.message,) for flag in flags)),
    )


class TravellingFormSet(BaseInlineFormSet):
    """Refuses the whole page, before anything is saved, when the person no
    longer travels (cancelled in another tab since this page was opened)."""

    def clean(self):
        super().clean()
        registration = self.instance
        if registration.pk is None or not self.has_changed():
            return
        status = (
            Registration.objects.filter(pk=registration.pk)
            .values_list("status", flat=True)
            .first()
        )
        if status not in SEAT_STATUSES:
            raise ValidationError(
                _(
                    "This person no longer travels (their registration changed "
                    "meanwhile): nothing was saved."
                ),
                code="not_travelling",
            )


class TravelDetailsInline(LogisticsAccessMixin, admin.StackedInline):
    model = TravelDetails
    formset = TravellingFormSet
    form = CaravanAdminForm
    max_num = 1
    can_delete = False
    fields = (
        "to_check",
        ("passport_name", "nationality"),
        ("passport_number", "passport_expires_on"),
        "dietary_requirements",
        "accessibility_needs",
        "languages_spoken",
        ("interpreter_from", "interpreter_to"),
        ("emergency_contact_name", "emergency_contact_phone"),
    )
    readonly_fields = ("to_check",)

    @admin.display(description=_("to check"))
    def to_check(self, details):
        if details is None or details.pk is None:
            return "—"
        registration = details.registration
        flags = logistics.passport_warnings(registration)
        flags += logistics.missing_information(registration)
        # A missing expiry date is both a passport warning and missing.
        return flag_list(list(dict.fromkeys(flags)))


class TravelLegInline(LogisticsAccessMixin, admin.TabularInline):
    model = TravelLeg
    formset = TravellingFormSet
    form = CaravanAdminForm
    extra = 0
    fields = (
        "stop",
        "direction",
        "date",
        "time",
        "mode",
        "number",
        "from_place",
        "to_place",
    )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None:
            # A new form class per call, so its fields are this page's own.
            formset.form.base_fields[
                "stop"
            ].queryset = obj.program.itinerary_stops.select_related("city")
        return formset


class VisaRequirementInline(LogisticsAccessMixin, admin.TabularInline):
    model = VisaRequirement
    formset = TravellingFormSet
    form = CaravanAdminForm
    extra = 0
    fields = ("country", "needs_visa", "letter_generated_at")
    readonly_fields = ("letter_generated_at",)


LOGISTICS_INLINES = (TravelDetailsInline, TravelLegInline, VisaRequirementInline)


class _Refused(Exception):
    """A logistics service refused a page's change after its forms passed."""


class RegistrationLogisticsMixin:
    """Adds travel details, legs and visas to a confirmed registration's page
    in ``RegistrationAdmin``, saved through the logistics service."""

    def get_inlines(self, request, obj):
        inlines = super().get_inlines(request, obj)
        # Only people who travel have travel details.
        if obj is None or obj.status not in SEAT_STATUSES:
            return inlines
        return (*inlines, *LOGISTICS_INLINES)

    def save_formset(self, request, form, formset, change):
        if formset.model not in (TravelDetails, TravelLeg, VisaRequirement):
            return super().save_formset(request, form, formset, change)
        try:
            if formset.model is TravelDetails:
                return self._save_travel_details(request, form.instance, formset)
            for record in formset.save(commit=False):
                logistics.save_travel_record(record, request.user)
            for record in formset.deleted_objects:
                logistics.delete_travel_record(record, request.user)
        except ValidationError as error:
            # Refused by the service in the last instant (the forms were
            # valid): the whole page is undone (changeform_view).
            raise _Refused(" ".join(error.messages)) from error
        return None

    def changeform_view(self, request, *args, **kwargs):
        try:
            return super().changeform_view(request, *args, **kwargs)
        except _Refused as refusal:
            # Raised inside the admin's transaction, which rolled back.
            messages.error(request, str(refusal))
            return HttpResponseRedirect(request.get_full_path())

    def _save_travel_details(self, request, registration, formset) -> None:
        # What the admin history reads, as formset.save() would have set it.
        formset.new_objects, formset.changed_objects = [], []
        formset.deleted_objects = []
        for details_form in formset.forms:
            changed = [
                name
                for name in details_form.changed_data
                if name in logistics.TRAVEL_DETAIL_FIELDS
            ]
            if not changed:
                continue
            existed = details_form.instance.pk is not None
            outcome = logistics.save_travel_details(
                registration,
                {name: details_form.cleaned_data[name] for name in changed},
                request.user,
            )
            if isinstance(outcome, ChangeRequest):
                messages.info(
                    request,
                    _(
                        "The deadline for travel details has passed, so the "
                        "change waits for approval among the change requests."
                    ),
                )
            elif existed:
                formset.changed_objects.append((outcome, changed))
            else:
                formset.new_objects.append(outcome)


@admin.register(LogisticsSettings)
class LogisticsSettingsAdmin(LogisticsAccessMixin, admin.ModelAdmin):
    form = CaravanAdminForm
    list_display = ("program", "travel_details_deadline", "travel_import_link")
    list_select_related = ("program",)
    fields = ("program", "travel_details_deadline")

    def get_urls(self):
        return [
            path(
                "program/<int:program_id>/import-travel-details/",
                admin_page(self, travel_import_view),
                name="programs_logisticssettings_travel_import",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("import"))
    def travel_import_link(self, settings):
        url = reverse(
            "admin:programs_logisticssettings_travel_import", args=[settings.program_id]
        )
        return format_html('<a href="{}">{}</a>', url, _("Import travel details"))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "program":
            kwargs["queryset"] = access.programs_managed_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def _decide_all(request, queryset, decide, success) -> None:
    """Approve or reject every ticked request, all or none."""
    # Registrations locked in one order by every organiser: two bulk
    # decisions over the same people wait for each other, never deadlock.
    chosen = sorted(
        queryset.select_related("registration__participant"),
        key=lambda request_: (request_.registration_id, request_.pk),
    )
    try:
        with transaction.atomic():
            for request_ in chosen:
                current = request_
                decide(request_, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("%(registration)s: %(error)s Nothing was changed.")
            % {"registration": current, "error": " ".join(error.messages)},
        )
        return
    messages.success(request, success(len(chosen)) % {"count": len(chosen)})


@admin.register(ChangeRequest)
class ChangeRequestAdmin(LogisticsAccessMixin, admin.ModelAdmin):
    list_display = (
        "registration",
        "status",
        "requested_at",
        "requested_by",
        "decided_at",
        "decided_by",
    )
    list_filter = (
        "status",
        ("registration__program", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = (
        "registration__participant",
        "registration__program",
        "registration__event",
        "requested_by",
        "decided_by",
    )
    fields = (
        "registration",
        "changes_shown",
        "status",
        ("requested_at", "requested_by"),
        ("decided_at", "decided_by"),
    )
    readonly_fields = (
        "registration",
        "changes_shown",
        "status",
        "requested_at",
        "requested_by",
        "decided_at",
        "decided_by",
    )
    actions = ("approve", "reject")

    def has_add_permission(self, request):
        # Made only by the travel-details service, after the deadline.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("changes"))
    def changes_shown(self, request_):
        rows = []
        for key, change in request_.changes.items():
            rows.append(
                (
                    logistics.change_label(key),
                    logistics.change_shown(key, change["old"]),
                    logistics.change_shown(key, change["new"]),
                )
            )
        return format_html(
            "<table><tbody>{}</tbody></table>",
            format_html_join("", "<tr><th>{}</th><td>{}</td><td>→ {}</td></tr>", rows),
        )

    @admin.action(
        description=_("Approve the selected change requests"), permissions=["change"]
    )
    def approve(self, request, queryset):
        _decide_all(
            request,
            queryset,
            logistics.approve_change,
            lambda n: ngettext(
                "%(count)d change request approved.",
                "%(count)d change requests approved.",
                n,
            ),
        )

    @admin.action(
        description=_("Reject the selected change requests"), permissions=["change"]
    )
    def reject(self, request, queryset):
        _decide_all(
            request,
            queryset,
            logistics.reject_change,
            lambda n: ngettext(
                "%(count)d change request rejected.",
                "%(count)d change requests rejected.",
                n,
            ),
        )
