"""Cities and the partnerships between them."""

from urllib.parse import urlencode

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ...models import City, Partnership
from .fields import Link, PartialDate, TranslatedText


class CitySummarySerializer(serializers.ModelSerializer):
    """A city as other resources name it."""

    name = TranslatedText("name")
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")
    url = Link("api:city-detail")

    class Meta:
        model = City
        fields = ["slug", "name", "native_name", "country", "latitude", "longitude"]
        fields += ["url"]


class PartnershipSerializer(serializers.ModelSerializer):
    """Two cities joined by a partnership, since a date known to its precision."""

    kind = serializers.ChoiceField(choices=Partnership.Kind.choices)
    established = PartialDate("established_on", "established_precision")
    description = TranslatedText("description")
    cities = serializers.SerializerMethodField()

    class Meta:
        model = Partnership
        fields = ["id", "kind", "established", "description", "cities"]

    @extend_schema_field(CitySummarySerializer(many=True))
    def get_cities(self, partnership):
        pair = [partnership.city_a, partnership.city_b]
        return CitySummarySerializer(pair, many=True, context=self.context).data


class CitySerializer(CitySummarySerializer):
    """A partner city, its partnerships and where its programs are listed."""

    description = TranslatedText("description")
    web_url = Link("programs:city-detail", public=True)
    partnerships = serializers.SerializerMethodField()
    programs_url = serializers.SerializerMethodField()

    class Meta(CitySummarySerializer.Meta):
        fields = [*CitySummarySerializer.Meta.fields, "description", "web_url"]
        fields += ["partnerships", "programs_url"]

    @extend_schema_field(PartnershipSerializer(many=True))
    def get_partnerships(self, city):
        return PartnershipSerializer(
            city.api_partnerships, many=True, context=self.context
        ).data

    @extend_schema_field(serializers.URLField())
    def get_programs_url(self, city):
        path = reverse("api:program-list") + "?" + urlencode({"city": city.slug})
        return self.context["request"].build_absolute_uri(path)
