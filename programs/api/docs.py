"""``/api/v1/docs/``: the API's documentation, drawn from its OpenAPI document.

A page rendered on the server rather than Swagger UI or Redoc: those need a
script of their own (and Swagger UI an inline one) under a policy that allows
neither ``unsafe-inline`` nor a CDN, and a plain page also reads without
JavaScript, offline, and in a text browser. Everything on it comes from the
document that ``/api/v1/schema/`` serves, so it cannot drift from the code.
"""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .views.index import openapi_document

METHODS = ("get", "head")


@require_safe
def documentation(request):
    document = openapi_document()
    base = request.build_absolute_uri("/").rstrip("/")
    context = {
        "info": document["info"],
        "operations": list(_operations(document, base)),
        "components": list(_components(document)),
        "schema_url": reverse("api:schema"),
        "openapi_url": reverse("api:openapi-json"),
    }
    return render(request, "api/docs.html", context)


def _operations(document: dict, base: str):
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            example = path.replace("{slug}", _example_slug(path))
            yield {
                "id": operation["operationId"],
                "method": method.upper(),
                "path": path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": [
                    {
                        "name": parameter["name"],
                        "where": parameter["in"],
                        "required": parameter.get("required", False),
                        "type": type_text(parameter.get("schema", {})),
                        "description": parameter.get("description", ""),
                    }
                    for parameter in operation.get("parameters", [])
                ],
                "responses": [
                    {
                        "status": status,
                        "description": response.get("description", ""),
                        "type": type_text(
                            response.get("content", {})
                            .get("application/json", {})
                            .get("schema", {})
                        ),
                    }
                    for status, response in operation.get("responses", {}).items()
                ],
                "curl": f"curl -H 'Accept-Language: fr' '{base}{example}'",
            }


def _example_slug(path: str) -> str:
    if path.startswith("/api/v1/cities/"):
        return "aktau"
    if path.startswith("/api/v1/events/"):
        return "an-event"
    if path.startswith("/api/v1/reports/"):
        return "a-report"
    return "china-kazakhstan-lianyungang-2024"


def _components(document: dict):
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        required = set(schema.get("required", []))
        yield {
            "name": name,
            "description": schema.get("description", ""),
            "type": type_text(schema) if "properties" not in schema else "object",
            "fields": [
                {
                    "name": field,
                    "type": type_text(definition),
                    "required": field in required,
                    "description": definition.get("description", ""),
                }
                for field, definition in schema.get("properties", {}).items()
            ],
        }


def type_text(schema: dict) -> str:
    """A schema as a short phrase: "string or null", "list of City"."""
    if not schema:
        return ""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    for combined in ("oneOf", "anyOf", "allOf"):
        if combined in schema:
            return " or ".join(type_text(part) for part in schema[combined])
    if "enum" in schema:
        values = [str(value) for value in schema["enum"] if value is not None]
        text = "one of " + ", ".join(values)
        return text + " or null" if None in schema["enum"] else text
    kind = schema.get("type", "object")
    kinds = kind if isinstance(kind, list) else [kind]
    words = []
    for one in kinds:
        if one == "array":
            words.append("list of " + type_text(schema.get("items", {})))
        elif one == "object" and "title" in schema:
            words.append(schema["title"])
        else:
            words.append(one + (f" ({schema['format']})" if "format" in schema else ""))
    return " or ".join(words)
