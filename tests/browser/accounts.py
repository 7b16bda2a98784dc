"""Staff accounts for the admin journeys, signed in through the login page.

A live-server test empties the database when it ends, and with it the
"Editors" and "Organisers" groups that the data migrations created. Rather
than list their permissions a second time, ``restore_roles`` runs those data
migrations again: the groups come back exactly as a fresh install has them.
"""

from playwright.sync_api import Page, expect

from ..roles import restore_roles  # noqa: F401 - the browser conftest imports it here

# factories.UserFactory gives every account this password.
PASSWORD = "password"  # noqa: S105 - test accounts only


def sign_in(page: Page, base_url: str, username: str) -> None:
    """Sign ``username`` in on the admin's login page, as a person would."""
    page.goto(f"{base_url}/admin/login/?next=/admin/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(f"{base_url}/admin/")
