"""The admin screens of the apps Caravan runs on: sign-in protection and jobs.

django-axes and django-tasks-db register their own admins, but leave a few
names outside gettext: the apps' names ("Axes", "Tasks Database Backend"),
some columns drawn by methods without a label ("Status", "Task name") and
axes' records' names ("Failed access: user …", shown in checkbox labels,
titles and breadcrumbs). Those would show in English whatever the admin's
language, so this module names the apps and the records and re-registers the
admins with translated column labels. Everything they translate themselves
is translated in ``locale_supplements/``.
"""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

APP_NAMES = {
    "axes": _("Sign-in protection"),
    "django_tasks_database": _("Background jobs"),
}


def name_the_apps() -> None:
    """Give the apps that have no translated name of their own one of ours."""
    for label, name in APP_NAMES.items():
        try:
            apps.get_app_config(label).verbose_name = name
        except LookupError:  # not installed here: nothing to name
            continue


def _moment(value) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def _attempt_name(attempt) -> str:
    return gettext("Sign-in attempts by %(username)s from %(address)s") % {
        "username": attempt.username or "—",
        "address": attempt.ip_address or "—",
    }


def _failure_name(failure) -> str:
    return gettext("Failed sign-in by %(username)s from %(address)s, %(time)s") % {
        "username": failure.username or "—",
        "address": failure.ip_address or "—",
        "time": _moment(failure.attempt_time),
    }


def _log_name(entry) -> str:
    return gettext("Sign-in by %(username)s, %(time)s") % {
        "username": entry.username or "—",
        "time": _moment(entry.attempt_time),
    }


def name_the_records() -> None:
    """Give axes' records names in the admin's language instead of English.

    Their models build them as fixed English f-strings; nothing but these
    admin pages shows them.
    """
    AccessAttempt.__str__ = _attempt_name
    AccessFailureLog.__str__ = _failure_name
    AccessLog.__str__ = _log_name


def _reregister(model, admin_class) -> None:
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, admin_class)


class SignInAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of attempts, its two unlabelled columns labelled."""

    @admin.display(description=_("Expires at"))
    def expiration(self, obj):
        return super().expiration(obj)

    @admin.display(description=pgettext_lazy("sign-in attempt", "Status"))
    def status(self, obj):
        return super().status(obj)


class BackgroundJobAdmin(DBTaskResultAdmin):
    """django-tasks-db's list of jobs, with its unlabelled columns labelled."""

    list_display = tuple(
        "job_name" if column == "task_name" else column
        for column in DBTaskResultAdmin.list_display
    )

    @admin.display(description=_("Job"), ordering="task_path")
    def job_name(self, obj):
        return obj.task_name

    @admin.display(description=_("Traceback"))
    def formatted_traceback(self, obj):
        return super().formatted_traceback(obj)

    @admin.display(description=_("Run after"))
    def display_run_after(self, obj):
        return super().display_run_after(obj)


name_the_apps()
name_the_records()
if admin.site.is_registered(AccessAttempt):
    _reregister(AccessAttempt, SignInAttemptAdmin)
_reregister(DBTaskResult, BackgroundJobAdmin)
