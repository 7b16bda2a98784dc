"""The staff groups, as the data migrations create them.

A test that empties the database (live-server and other transactional tests)
takes the "Editors" and "Organisers" groups with it. Rather than list their
permissions a second time, ``restore_roles`` runs those data migrations again:
the groups come back exactly as a fresh install has them.
"""

from functools import cache

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython

STAFF_GROUPS = ("Editors", "Organisers")


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
