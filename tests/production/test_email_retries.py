"""A confirmation e-mail survives a mail server that refuses it twice.

A real SMTP server (aiosmtpd) on this machine answers "451 try again later"
to the first two deliveries and accepts the third; the database queue and
the worker run as in production, with each retry's delay let pass at once.
"""

import datetime
import logging
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from programs.services.registration import apply_for_program
from tests.factories import ProgramFactory

pytestmark = [pytest.mark.django_db(transaction=True)]


class FlakyMailServer:
    """An SMTP handler that refuses the first ``failures`` messages."""

    def __init__(self, failures: int):
        self.failures = failures
        self.refused = 0
        self.accepted = []

    async def handle_DATA(self, server, session, envelope):
        if self.refused < self.failures:
            self.refused += 1
            return "451 4.3.0 Mail server busy, try again later"
        self.accepted.append(envelope)
        return "250 2.0.0 Accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def flaky_mail_server(settings):
    # aiosmtpd logs each connection, also after the test has ended.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    handler = FlakyMailServer(failures=2)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    yield handler
    controller.stop()


def run_worker_once() -> None:
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def let_retry_delays_pass() -> None:
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_a_refused_confirmation_email_is_sent_on_the_third_try(flaky_mail_server):
    program = ProgramFactory(
        applications_open_at=timezone.now() - datetime.timedelta(days=1)
    )
    apply_for_program(
        program,
        {"given_name": "Aru", "email": "aru@example.org", "country": "KZ"},
        source="public_form",
        verified=False,  # the public form: an e-mail asks to confirm
        privacy_accepted=True,
    )

    for _attempt in range(3):
        run_worker_once()
        let_retry_delays_pass()

    assert flaky_mail_server.refused == 2
    [message] = flaky_mail_server.accepted
    assert message.rcpt_tos == ["aru@example.org"]
    statuses = list(
        DBTaskResult.objects.order_by("enqueued_at").values_list("status", flat=True)
    )
    assert statuses == [
        TaskResultStatus.FAILED,
        TaskResultStatus.FAILED,
        TaskResultStatus.SUCCESSFUL,
    ]
