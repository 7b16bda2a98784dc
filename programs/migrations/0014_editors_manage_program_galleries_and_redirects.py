"""Editors manage program galleries, and see and delete redirects.

Redirects are made by the site when a published page is renamed; nobody adds
or edits them by hand, so editors get only "view" and "delete".
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    *(
        f"{action}_programgalleryimage"
        for action in ("add", "change", "delete", "view")
    ),
    "view_redirect",
    "delete_redirect",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="programs", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*editors.permissions.filter(codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [("programs", "0013_images_renditions_galleries_redirects")]

    operations = [migrations.RunPython(grant, revoke)]
