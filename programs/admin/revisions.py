"""Revisions in the admin: recorded on save, listed, compared, rolled back.

Mixed into the program and report admins. Every save records a revision
after the inline rows are saved, so the revision holds them too; deleting
goes through the service, which leaves an audit entry. The history page
lists the revisions, compares any two, and rolls back to one after a
confirmation step. The rules live in ``services.revisions``.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from ..models import Revision
from ..services import revisions
from ..services.revision_compare import compare
from ..services.revision_content import snapshot

REVISIONS_PER_PAGE = 50
EDITORIAL_CHANGE_FORM = "admin/caravan/editorial_change_form.html"


class RevisionAdminMixin:
    """Mix into the ModelAdmin of a model listed in ``revision_content.PARTS``."""

    change_form_template = EDITORIAL_CHANGE_FORM

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        revisions.record_revision(form.instance, user=request.user)

    def delete_model(self, request, obj):
        revisions.delete_content(obj, user=request.user)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for obj in queryset:
                revisions.delete_content(obj, user=request.user)

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/revisions/",
                view(self.revisions_view),
                name=f"{name}_revisions",
            ),
            path(
                "<path:object_id>/revisions/compare/",
                view(self.compare_revisions_view),
                name=f"{name}_revisions_compare",
            ),
            path(
                "<path:object_id>/revisions/<int:revision_id>/rollback/",
                view(self.rollback_view),
                name=f"{name}_rollback",
            ),
            *super().get_urls(),
        ]

    def _url(self, view: str, *args) -> str:
        name = f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}"
        return reverse(name, args=args, current_app=self.admin_site.name)

    def _editable_object(self, request, object_id: str, change: bool = False):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        allowed = (
            self.has_change_permission(request, obj)
            if change
            else self.has_view_or_change_permission(request, obj)
        )
        if not allowed:
            raise PermissionDenied
        return obj

    def _revision(self, obj, revision_id) -> Revision:
        return get_object_or_404(
            Revision.objects.filter(pk__in=revisions.revisions_of(obj).values("pk")),
            pk=revision_id,
        )

    def _render(self, request, template: str, obj, title: str, **context):
        return TemplateResponse(
            request,
            f"admin/caravan/revisions/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": obj,
                "title": title,
                "history_url": self._url("revisions", obj.pk),
                "change_url": self._url("change", obj.pk),
                **context,
            },
        )

    def revisions_view(self, request, object_id):
        obj = self._editable_object(request, object_id)
        page = Paginator(revisions.revisions_of(obj), REVISIONS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return self._render(
            request,
            "history.html",
            obj,
            _("Revisions of “%(item)s”") % {"item": obj},
            page=page,
            compare_url=self._url("revisions_compare", obj.pk),
            can_roll_back=self.has_change_permission(request, obj),
        )

    def compare_revisions_view(self, request, object_id):
        obj = self._editable_object(request, object_id)
        chosen = [request.GET.get("a", ""), request.GET.get("b", "")]
        if not all(value.isdigit() for value in chosen):
            messages.error(request, _("Choose two revisions to compare."))
            return HttpResponseRedirect(self._url("revisions", obj.pk))
        older, newer = sorted(
            (self._revision(obj, value) for value in chosen),
            key=lambda revision: (revision.created_at, revision.pk),
        )
        return self._render(
            request,
            "compare.html",
            obj,
            _("Compare revisions of “%(item)s”") % {"item": obj},
            older=older,
            newer=newer,
            comparison=compare(type(obj), older.content, newer.content),
        )

    def rollback_view(self, request, object_id, revision_id):
        obj = self._editable_object(request, object_id, change=True)
        revision = self._revision(obj, revision_id)
        if request.method == "POST":
            return self._roll_back(request, obj, revision)
        return self._render(
            request,
            "rollback.html",
            obj,
            _("Roll back “%(item)s”") % {"item": obj},
            revision=revision,
            comparison=compare(type(obj), snapshot(obj), revision.content),
        )

    def _roll_back(self, request, obj, revision):
        try:
            result = revisions.roll_back(obj, revision, user=request.user)
        except revisions.RevisionError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(self._url("revisions", obj.pk))
        messages.success(
            request,
            _(
                "“%(item)s” was rolled back to the chosen revision. Whether it "
                "is published, and its schedule, did not change."
            )
            % {"item": obj},
        )
        if result.skipped:
            messages.warning(
                request,
                _(
                    "Some rows could not come back, because what they refer to "
                    "is gone: %(rows)s"
                )
                % {"rows": ", ".join(result.skipped)},
            )
        return HttpResponseRedirect(self._url("change", obj.pk))
