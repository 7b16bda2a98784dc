"""Admin accounts, as far as programs need them: choosing a program's managers.

Editors pick a program's managers from the organisers' accounts with an
autocomplete, yet are not user administrators: for that one lookup they may
list organisers (by username only), and nothing else of the user admin.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from ..services import access
from .search import autocomplete_source

User = get_user_model()
MANAGER_LOOKUP = "programs.program.managers"

admin.site.unregister(User)


@admin.register(User)
class CaravanUserAdmin(UserAdmin):
    def has_view_permission(self, request, obj=None):
        if (
            obj is None
            and autocomplete_source(request) == MANAGER_LOOKUP
            and access.is_editor(request.user)
        ):
            return True
        return super().has_view_permission(request, obj)

    def get_search_results(self, request, queryset, search_term):
        if autocomplete_source(request) == MANAGER_LOOKUP:
            queryset = queryset.filter(
                is_active=True, groups__name=settings.ORGANISERS_GROUP
            )
        return super().get_search_results(request, queryset, search_term)
