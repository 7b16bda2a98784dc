"""Cities and the partnerships between them."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .addresses import page_address
from .dates import DatePrecision, format_partial_date, normalise_partial_date
from .natural_keys import SlugNaturalKey, SlugQuerySet

# The language a country's cities usually write their own names in, so the
# local name can carry the right ``lang`` attribute.
LOCAL_LANGUAGE_BY_COUNTRY = {
    "CN": "zh-Hans",
    "KZ": "kk",
    "RU": "ru",
    "FR": "fr",
    "UZ": "uz",
    "KG": "ky",
    "TJ": "tg",
    "TM": "tk",
    "MN": "mn",
}


class City(SlugNaturalKey, models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    native_name = models.CharField(
        _("name in the local language"),
        max_length=120,
        blank=True,
        help_text=_(
            "As the city writes its own name, e.g. 连云港 or Ақтау; shown beside "
            "the translated name where they differ."
        ),
    )
    country = CountryField(_("country"), db_index=True)
    latitude = models.FloatField(
        _("latitude"), help_text=_("Degrees north, from -90 to 90.")
    )
    longitude = models.FloatField(
        _("longitude"), help_text=_("Degrees east, from -180 to 180.")
    )
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "programs.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = SlugQuerySet.as_manager()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__gte=-90) & Q(latitude__lte=90),
                name="city_latitude_in_range",
                violation_error_message=_(
                    "Latitude must be between -90 and 90 degrees."
                ),
            ),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180) & Q(longitude__lte=180),
                name="city_longitude_in_range",
                violation_error_message=_(
                    "Longitude must be between -180 and 180 degrees."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return page_address("programs:city-detail", slug=self.slug)

    @property
    def native_name_if_different(self) -> str:
        """The local name, when the visitor reads the city under another one."""
        return self.native_name if self.native_name not in ("", self.name) else ""

    @property
    def native_language(self) -> str:
        return LOCAL_LANGUAGE_BY_COUNTRY.get(str(self.country), "")


class Partnership(models.Model):
    class Kind(models.TextChoices):
        SISTER_CITIES = "sister_cities", _("Sister cities")
        FRIENDSHIP = "friendship", _("Friendship cities")
        LOGISTICS = "logistics", _("Logistics cooperation")
        CULTURAL = "cultural", _("Cultural cooperation")
        TRADE = "trade", _("Trade cooperation")
        OTHER = "other", _("Other")

    city_a = models.ForeignKey(
        City,
        verbose_name=_("first city"),
        on_delete=models.CASCADE,
        related_name="partnerships_as_a",
    )
    city_b = models.ForeignKey(
        City,
        verbose_name=_("second city"),
        on_delete=models.CASCADE,
        related_name="partnerships_as_b",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    established_on = models.DateField(_("established"), null=True, blank=True)
    established_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["established_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(city_a=F("city_b")),
                name="partnership_between_two_cities",
                violation_error_message=_("A partnership joins two different cities."),
            ),
            models.UniqueConstraint(
                fields=["city_a", "city_b", "kind"],
                name="partnership_unique_kind_per_pair",
                violation_error_message=_(
                    "These two cities already have a partnership of this kind."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city_a} – {self.city_b} ({self.get_kind_display()})"

    def save(self, *args, **kwargs):
        self.established_on = normalise_partial_date(
            self.established_on, self.established_precision
        )
        super().save(*args, **kwargs)

    @property
    def established_display(self) -> str:
        return format_partial_date(self.established_on, self.established_precision)

    def other_city(self, city: City) -> City:
        return self.city_b if city.pk == self.city_a_id else self.city_a
