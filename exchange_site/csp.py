"""django-csp's middleware, with the site's policy built once per process.

django-csp builds the Content-Security-Policy header from the settings for
every response, which is a large share of a kept page's cost. Most responses
ask for nothing of their own: no nonce was used, and no view decorator
updated or replaced the policy. Those all get the same header, so it is
built once and reused; any other response goes through django-csp unchanged.
"""

from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

OWN_POLICY = (
    "_csp_exempt",
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt_ro",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)


class CSPMiddleware(DjangoCSPMiddleware):
    _site_policy: str | None = None

    def process_response(self, request, response):
        if (
            settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or getattr(request, "_csp_nonce", None) is not None
            or any(getattr(response, name, None) for name in OWN_POLICY)
            or HEADER in response
            or HEADER_REPORT_ONLY in response
        ):
            return super().process_response(request, response)
        if CSPMiddleware._site_policy is None:
            parts = self.get_policy_parts(request=request, response=response)
            CSPMiddleware._site_policy = build_policy(**asdict(parts))
        response[HEADER] = CSPMiddleware._site_policy
        # As django-csp does: a nonce asked for after this point is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


@receiver(setting_changed)
def _forget_the_policy(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY") or setting == "DEBUG":
        CSPMiddleware._site_policy = None
