"""The public application form, filled in and sent as an applicant does."""

from playwright.sync_api import expect


def send_application(
    page, *, given_name: str, family_name: str, email: str, category: str
) -> None:
    """Fill in the English form open on ``page``, from Kazakhstan, agreeing to
    the privacy notice; send it and expect the "Check your email" page."""
    page.get_by_label("Given name").fill(given_name)
    page.get_by_label("Family name").fill(family_name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Country").select_option("KZ")
    page.get_by_label("You take part as").select_option(category)
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
