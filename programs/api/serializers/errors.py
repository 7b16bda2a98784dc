"""The error body every failed request gets (``api/errors.py``)."""

from rest_framework import serializers

ERROR_CODES = (
    "bad_request",
    "invalid_filter",
    "invalid_language",
    "not_found",
    "page_not_found",
    "method_not_allowed",
    "rate_limited",
    "server_error",
)


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status, again.")
    code = serializers.ChoiceField(
        choices=ERROR_CODES, help_text="Stable: test this, not the message."
    )
    message = serializers.CharField(help_text="For people; may be reworded.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="The parameters at fault, each with what was wrong.",
    )


class ErrorSerializer(serializers.Serializer):
    """What went wrong, with a code that never changes once published."""

    error = ErrorDetailSerializer()


def with_errors(ok) -> dict:
    """An operation's responses: ``ok`` for 200, the error body otherwise."""
    return {
        200: ok,
        400: ErrorSerializer,
        404: ErrorSerializer,
        429: ErrorSerializer,
    }
