"""Create the "Editors" and "Organisers" groups with their model permissions.

Permissions are normally created after all migrations have run, so this
migration asks for them first; it can then run on a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODELS = [
    "city",
    "partnership",
    "organisation",
    "program",
    "itinerarystop",
    "event",
    "presscoverage",
    "report",
    "image",
]
# Editors may look participants up (a press item's journalist) but not change them.
EDITOR_EXTRA = ["view_participant"]
ORGANISER_PERMISSIONS = [
    "view_program",
    "view_event",
    "view_city",
    "view_organisation",
    "add_participant",
    "change_participant",
    "view_participant",
    "add_registration",
    "change_registration",
    "delete_registration",
    "view_registration",
]


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    programs_permissions = Permission.objects.filter(content_type__app_label="programs")

    editor_codenames = [
        f"{action}_{model}"
        for model in EDITOR_MODELS
        for action in ("add", "change", "delete", "view")
    ] + EDITOR_EXTRA
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*programs_permissions.filter(codename__in=editor_codenames))

    organisers, _ = Group.objects.get_or_create(name="Organisers")
    organisers.permissions.add(
        *programs_permissions.filter(codename__in=ORGANISER_PERMISSIONS)
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Editors", "Organisers"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
