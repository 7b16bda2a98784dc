"""`make demo` in a subprocess: started, waited for, read from and stopped.

The demo runs in a process group of its own, on a free port, with its own
SQLite file and media folder, so it never meets the test database or a demo
someone else is running. Everything it prints (runserver, the worker, the
console e-mails) goes to one file that the test reads.
"""

import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from email.message import EmailMessage
from pathlib import Path

from django.conf import settings

# Variables of the test run that would change what `make demo` does: the
# settings module, the test database, a shared cache, another mail backend,
# and a parent make's jobserver.
NOT_PASSED_ON = {
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "SITE_URL",
    "DEBUG",
    "MEDIA_ROOT",
    "MAKEFLAGS",
    "MFLAGS",
    "MAKELEVEL",
}
# Django's console backend ends every message with this line.
EMAIL_SEPARATOR = "\n" + "-" * 79 + "\n"
# A terminal's Ctrl-C reaches make with the default SIGINT action even if
# this test process was started with SIGINT ignored; exec make through a
# tiny trampoline that restores it, since ignored signals are inherited.
TRAMPOLINE = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execvp(sys.argv[1], sys.argv[1:])"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RunningDemo:
    """`make demo` serving on ``url`` from files under ``folder``."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / "make-demo.log"
        environment = {
            key: value for key, value in os.environ.items() if key not in NOT_PASSED_ON
        }
        environment.update(
            PORT=str(self.port),
            DATABASE_URL=f"sqlite:///{folder / 'demo.sqlite3'}",
            MEDIA_ROOT=str(folder / "media"),
            PYTHONUNBUFFERED="1",
        )
        # `make test` installs before it runs pytest; the test must not
        # reinstall the environment it is running in, so the install step
        # counts as done (-o: never remade) and the demo's own steps run.
        command = ["make", "--no-print-directory", "-o", ".venv/bin/.installed"]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed command
                [sys.executable, "-c", TRAMPOLINE, *command, "demo"],
                cwd=settings.BASE_DIR,
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.group = self.process.pid

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.output().splitlines()[-lines:])

    def wait_until_serving(self, timeout: float = 60) -> None:
        """Wait for /healthz to answer 200, or fail with what make printed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"make demo exited with {self.process.returncode}:\n{self.tail()}"
                )
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as reply:  # noqa: S310 - our own demo
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise AssertionError(f"make demo did not serve in {timeout} s:\n{self.tail()}")

    def emails(self) -> list[EmailMessage]:
        """Every complete e-mail printed so far, in order."""
        messages = []
        for chunk in self.output().split(EMAIL_SEPARATOR)[:-1]:
            # Log lines may come before the message within the chunk.
            start = chunk.rfind("Content-Type: multipart/")
            if start >= 0:
                messages.append(
                    email.message_from_string(
                        chunk[start:], policy=email.policy.default
                    )
                )
        return messages

    def wait_for_email(
        self, address: str, subject: str, timeout: float = 20
    ) -> EmailMessage:
        """The first printed e-mail to ``address`` with ``subject``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.emails():
                if message["To"] == address and message["Subject"] == subject:
                    return message
            time.sleep(0.2)
        raise AssertionError(
            f"no e-mail “{subject}” to {address} on the console in {timeout} s:\n"
            f"{self.tail()}"
        )

    def press_ctrl_c(self, timeout: float = 15) -> list[str]:
        """Send SIGINT to the whole group, as a terminal does; return what is
        still running ``timeout`` seconds later (nothing, if all went well)."""
        os.killpg(self.group, signal.SIGINT)
        return self._wait_for_the_group(timeout)

    def stop(self) -> None:
        """Kill whatever is left of the group, politely first."""
        for sent in (signal.SIGTERM, signal.SIGKILL):
            if not self.left_running():
                break
            try:
                os.killpg(self.group, sent)
            except ProcessLookupError:
                break
            self._wait_for_the_group(10)

    def _wait_for_the_group(self, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        while True:
            left = self.left_running()
            if not left:
                # make is our child, a zombie by now until it is reaped.
                self.process.wait(timeout=5)
                return left
            if time.monotonic() > deadline:
                return left
            time.sleep(0.2)

    def left_running(self) -> list[str]:
        """Command lines of the group's processes that have not ended (from
        Linux's /proc; zombies waiting to be reaped count as ended)."""
        left = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            # After the parenthesised name: state, parent, group, ...
            state, _parent, group = stat.rsplit(")", 1)[1].split()[:3]
            if int(group) == self.group and state != "Z":
                left.append(command.decode(errors="replace").strip())
        return left
