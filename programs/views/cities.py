"""Partner cities: their partnerships and the programs that visit them."""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from ..models import Partnership, Program
from ..services.ordering import by_translated_name
from ..services.places import public_cities
from .caching import public_page
from .images import first_picture, picture_of
from .maps import city_map, partnerships_map


@public_page
def city_list(request):
    cities = list(
        public_cities()
        .annotate(image_pictures=picture_of("image"))
        .order_by(by_translated_name("name", get_language()), "slug")
    )
    for city in cities:
        city.picture = first_picture(city.image_pictures)
    partnerships = list(Partnership.objects.select_related("city_a", "city_b"))
    context = {
        "cities": cities,
        # The map shows partner cities only: every city of a large catalogue
        # would not fit a readable map (or 40 KB).
        "cities_map": partnerships_map(partnerships, id_prefix="cities-map"),
    }
    return render(request, "programs/city_list.html", context)


@public_page
def city_detail(request, slug: str):
    city = get_object_or_404(
        public_cities().annotate(image_pictures=picture_of("image")), slug=slug
    )
    city.picture = first_picture(city.image_pictures)
    partnerships = list(
        Partnership.objects.filter(Q(city_a=city) | Q(city_b=city)).select_related(
            "city_a", "city_b"
        )
    )
    programs = (
        Program.objects.published()
        .filter(
            Q(organising_city=city)
            | Q(launch_city=city)
            | Q(itinerary_stops__city=city)
        )
        .select_related("launch_city")
        .distinct()
        .order_by("-start_date", "slug")
    )
    context = {
        "city": city,
        "partnerships": [(p, p.other_city(city)) for p in partnerships],
        "city_map": city_map(city, partnerships),
        "programs": programs,
    }
    return render(request, "programs/city_detail.html", context)
