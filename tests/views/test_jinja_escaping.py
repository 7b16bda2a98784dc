"""The Jinja2 templates escape what they print, whatever the settings ask."""

from django.template import engines

from programs.jinja import environment


def test_the_sites_jinja_templates_escape_what_they_print():
    template = engines["jinja2"].from_string("<p>{{ name }}</p>")

    assert template.render({"name": '<script>alert("x")</script>'}) == (
        "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</p>"
    )


def test_options_cannot_turn_escaping_off():
    env = environment(autoescape=False)

    assert env.from_string("{{ name }}").render(name="<b>") == "&lt;b&gt;"
