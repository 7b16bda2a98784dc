"""People taking part, as far as the public may see them.

Only what the program page shows of a person who consented to be listed:
the name (and its native-script form), the role and the organisation. The
e-mail, phone, country, biography and photo are never sent.
"""

from rest_framework import serializers

from ...models import Participant
from .fields import TranslatedText


class ParticipantOrganisationSerializer(serializers.Serializer):
    name = TranslatedText("name")


class ParticipantSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="full_name")
    role = serializers.ChoiceField(
        source="category", choices=Participant.Category.choices
    )
    organisation = ParticipantOrganisationSerializer(allow_null=True)

    class Meta:
        model = Participant
        fields = ["name", "native_name", "role", "organisation", "is_demo"]
