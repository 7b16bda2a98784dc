"""The form behind every Caravan admin page.

Django validates the models' database constraints in ``full_clean`` and
reports each with its ``violation_error_message``, but as an error about the
whole form. Editors fix a mistake faster when the message sits beside the
field to change, so this form moves each known constraint's message there.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

# Constraint name -> the field an editor should change to satisfy it.
CONSTRAINT_FIELDS = {
    "city_latitude_in_range": "latitude",
    "city_longitude_in_range": "longitude",
    "partnership_between_two_cities": "city_b",
    "partnership_unique_kind_per_pair": "city_b",
    "participant_unique_email": "email",
    "program_ends_after_start": "end_date",
    "program_applications_close_after_open": "applications_close_at",
    "program_capacity_not_negative": "capacity",
    "stop_departs_after_arrival": "departure_date",
    "stop_unique_position": "position",
    "event_ends_after_start": "ends_at",
    "event_capacity_not_negative": "capacity",
    "registration_once_per_program": "participant",
    "registration_once_per_event": "event",
    "registration_waitlist_position_only_when_waitlisted": "waitlist_position",
    "image_focal_point_inside": "focal_point_x",
}
# Every publishable model has the same schedule constraint under its own name.
SCHEDULE_CONSTRAINT_SUFFIX = "_expires_after_go_live"


def field_for_constraint(name: str) -> str | None:
    if name.endswith(SCHEDULE_CONSTRAINT_SUFFIX):
        return "expire_at"
    return CONSTRAINT_FIELDS.get(name)


class CaravanAdminForm(forms.ModelForm):
    class Meta:
        error_messages = {
            "slug": {
                "unique": _(
                    "This slug is already taken. It becomes part of a web "
                    "address, so each must be unique: add a year or a place."
                )
            }
        }

    def add_error(self, field, error):
        if field is None:
            error = self._move_constraint_errors_to_fields(error)
        super().add_error(field, error)

    def _move_constraint_errors_to_fields(self, error):
        if not isinstance(error, ValidationError):
            error = ValidationError(error)
        if hasattr(error, "error_dict"):
            errors = {name: list(items) for name, items in error.error_dict.items()}
        else:
            errors = {NON_FIELD_ERRORS: list(error.error_list)}
        targets = self._constraint_targets()
        remaining = []
        for item in errors.pop(NON_FIELD_ERRORS, []):
            target = targets.get(item.messages[0])
            if target:
                errors.setdefault(target, []).append(item)
            else:
                remaining.append(item)
        if remaining:
            errors[NON_FIELD_ERRORS] = remaining
        return ValidationError(errors)

    def _constraint_targets(self) -> dict[str, str]:
        """Map each constraint message of this model to a field on this form."""
        targets = {}
        for constraint in self._meta.model._meta.constraints:
            field = field_for_constraint(constraint.name)
            if field in self.fields:
                targets[str(constraint.get_violation_error_message())] = field
        return targets
