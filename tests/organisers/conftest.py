"""Organisers and their programs, with signed-in clients."""

import pytest

from tests.factories import ProgramFactory, UserFactory


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def own_program(organiser):
    return ProgramFactory(
        slug="own-program", title_en="Own Program", managers=[organiser]
    )


@pytest.fixture
def other_program(db):
    return ProgramFactory(slug="other-program", title_en="Other Program")


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client
