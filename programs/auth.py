"""Authentication backend: Django's, with the staff preferences loaded along."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ModelBackendWithPreferences(ModelBackend):
    """Load a signed-in user together with their staff preferences.

    The admin reads the admin language on every request; fetching it in the
    same query as the user keeps that free.
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("staff_preference").get(
                pk=user_id
            )
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
