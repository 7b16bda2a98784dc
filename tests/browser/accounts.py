"""Staff accounts for the admin journeys, signed in through the login page.

A live-server test empties the database when it ends, and with it the
"Editors" and "Organisers" groups that the data migrations created. Rather
than list their permissions a second time, ``restore_roles`` runs those data
migrations again: the groups come back exactly as a fresh install has them.
"""

from functools import cache

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython
from playwright.sync_api import Page, expect

# factories.UserFactory gives every account this password.
PASSWORD = "password"  # noqa: S105 - test accounts only


@cache
def _data_migrations() -> tuple:
    """The programs app's data migrations, in order, with the models as of now.

    Each one grants a role its permissions with get_or_create and add, so
    running one again on a database that still has the role changes nothing.
    """
    loader = MigrationLoader(connection)
    state = loader.project_state()
    (leaf,) = loader.graph.leaf_nodes("programs")
    plan = loader.graph.forwards_plan(leaf)
    operations = [
        operation
        for app_label, name in plan
        if app_label == "programs"
        for operation in loader.graph.nodes[app_label, name].operations
        if isinstance(operation, RunPython)
    ]
    return state.apps, tuple(operations)


def restore_roles() -> None:
    """Create the staff groups with their permissions, as the migrations do."""
    apps, operations = _data_migrations()
    with connection.schema_editor() as schema_editor:
        for operation in operations:
            operation.code(apps, schema_editor)


def sign_in(page: Page, base_url: str, username: str) -> None:
    """Sign ``username`` in on the admin's login page, as a person would."""
    page.goto(f"{base_url}/admin/login/?next=/admin/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(f"{base_url}/admin/")
