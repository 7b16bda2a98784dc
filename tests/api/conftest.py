"""The published world of the public page tests, read through the API."""

import pytest

from tests.views.conftest import LANGUAGES, SECRETS, world  # noqa: F401


@pytest.fixture
def api(client):
    """A client that reads JSON, as an API user's would."""

    class Api:
        def get(self, path, **headers):
            return client.get(path, headers=headers)

        def json(self, path, status=200, **headers):
            response = client.get(path, headers=headers)
            assert response.status_code == status, response.content[:500]
            assert response["Content-Type"] == "application/json"
            return response.json()

    return Api()
