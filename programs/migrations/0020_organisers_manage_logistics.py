"""Organisers manage their programs' logistics; editors get nothing of it.

Which program's rows an organiser reaches is decided by
``services/access.py``; these are only the model permissions the admin asks
for first. Change requests are never added by hand (the travel-details
service makes them) and never deleted, so they get "view" and "change".
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "logisticssettings",
    "traveldetails",
    "travelleg",
    "visarequirement",
    "hotel",
    "room",
    "roomnight",
    "interpreterassignment",
]
CODENAMES = [
    *(
        f"{action}_{model}"
        for model in MODELS
        for action in ("add", "change", "delete", "view")
    ),
    "view_changerequest",
    "change_changerequest",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    organisers, _ = Group.objects.get_or_create(name="Organisers")
    organisers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="programs", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for organisers in Group.objects.filter(name="Organisers"):
        organisers.permissions.remove(
            *organisers.permissions.filter(codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("programs", "0019_logistics")]

    operations = [migrations.RunPython(grant, revoke)]
