"""The public, read-only JSON API under ``/api/v1/`` (Django REST framework).

- ``languages``: which language a request asks for, and translated values;
- ``errors``: the JSON error body with its stable codes;
- ``endpoint``: what every endpoint does before and around its view (rate
  limit, CORS, ETag and Last-Modified from the content version);
- ``filters`` and ``pagination``: the list parameters;
- ``serializers/``: the resources; ``views/``: the endpoints; ``docs``: the
  documentation page drawn from the OpenAPI document.

Visibility comes from the models' ``published()`` querysets and the services
the public pages use; nothing here decides on its own what the public sees.
"""
