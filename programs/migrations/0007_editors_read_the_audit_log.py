"""Editors may read the audit log; nobody may change it through the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        Permission.objects.get(
            content_type__app_label="programs", codename="view_auditentry"
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *editors.permissions.filter(codename="view_auditentry")
        )


class Migration(migrations.Migration):
    dependencies = [("programs", "0006_audit_log")]

    operations = [migrations.RunPython(grant, revoke)]
