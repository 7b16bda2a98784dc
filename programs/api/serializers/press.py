"""Press coverage and reports."""

from rest_framework import serializers

from ...models import PressCoverage, Report
from ...models.press import LANGUAGE_CHOICES
from ...models.richtext import sanitise_html
from .fields import Link, TranslatedText
from .programs import OrganisationSerializer


class PressCoverageSerializer(serializers.ModelSerializer):
    """What the press published; the headline stays in the language of the
    publication (``language``), the summary is ours and translated."""

    kind = serializers.ChoiceField(choices=PressCoverage.Kind.choices)
    language = serializers.ChoiceField(choices=LANGUAGE_CHOICES)
    url = serializers.CharField(
        help_text="The item's http(s) address, or empty when unknown."
    )
    summary = TranslatedText("summary")
    outlet = OrganisationSerializer(allow_null=True)
    program = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = PressCoverage
        fields = ["id", "kind", "title", "language", "url", "published_on"]
        fields += ["summary", "outlet", "program"]


class ReportSummarySerializer(serializers.ModelSerializer):
    title = TranslatedText("title")
    program = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = Link("api:report-detail")
    web_url = Link("programs:report-detail", public=True)

    class Meta:
        model = Report
        fields = ["slug", "title", "author", "first_published_at", "program"]
        fields += ["is_demo", "url", "web_url"]


class ReportSerializer(ReportSummarySerializer):
    body = TranslatedText("body", clean=sanitise_html)

    class Meta(ReportSummarySerializer.Meta):
        fields = [*ReportSummarySerializer.Meta.fields, "body"]
