"""Read a rendered admin form back into the POST data a browser would send."""

from html.parser import HTMLParser


class FormData(HTMLParser):
    """Collects the successful controls of the form with id ``form_id``."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data: dict[str, list[str]] = {}
        self.select: str | None = None
        self.textarea: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attributes:
                return
            self.data.setdefault(name, []).append(attributes.get("value") or "")
        elif tag == "select" and name:
            self.select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self.select and "selected" in attributes:
            self.data[self.select].append(attributes.get("value") or "")
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # A textarea's first newline belongs to the markup, not the value.
            value = "".join(self.text)
            self.data[self.textarea] = [value.removeprefix("\n")]
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)


def form_data(response, form_id: str) -> dict:
    """The form's data as the browser would post it unchanged."""
    parser = FormData(form_id)
    parser.feed(response.content.decode())
    # A select with nothing selected sends nothing, like a browser.
    return {
        name: values if len(values) > 1 else values[0]
        for name, values in parser.data.items()
        if values
    }
