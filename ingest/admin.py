"""Articles in the admin: metadata edits, the upload page and its per-file report, re-extraction.

The Article admin is registered here, above ingest, because its upload page and re-extraction run
`ingest.run.ingest`, the same code path as `manage.py ingest`: a few files in the request, more
through the background worker (ingest.tasks). Its URLs keep the articles app's names
(/admin/articles/article/upload/).
"""

import logging

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles.models import Article
from entities.admin import ReturnToReviewMixin, SharedParentFormSet
from entities.models import CountryMention, MeetingReport, PersonMention
from entities.params import page_number
from ingest.forms import UploadForm
from ingest.models import UploadBatch, UploadFile, UploadStatus
from ingest.run import FAILED, UPDATED, ingest
from ingest.sources import Source
from ingest.uploads import Limits, expand_uploads

logger = logging.getLogger(__name__)

REPORT_PAGE_SIZE = 200


class PersonMentionInline(admin.TabularInline):
    model = PersonMention
    formset = SharedParentFormSet
    extra = 0
    fields = ["person", "count", "titles"]
    raw_id_fields = ["person"]
    verbose_name = "person mentioned"
    verbose_name_plural = "people mentioned"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class CountryMentionInline(admin.TabularInline):
    model = CountryMention
    formset = SharedParentFormSet
    extra = 0
    fields = ["country", "count", "focus"]
    autocomplete_fields = ["country"]
    verbose_name = "country mentioned"
    verbose_name_plural = "countries mentioned"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country")


class MeetingReportInline(admin.TabularInline):
    model = MeetingReport
    formset = SharedParentFormSet
    extra = 0
    fields = ["meeting", "evidence"]
    raw_id_fields = ["meeting"]
    verbose_name = "meeting reported"
    verbose_name_plural = "meetings reported"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting").prefetch_related("meeting__sides")


@admin.register(Article)
class ArticleAdmin(ReturnToReviewMixin, admin.ModelAdmin):
    list_display = ["title", "published", "outlet", "ingested_at", "extracted_at"]
    list_filter = ["published", "ingested_at"]
    search_fields = ["title", "slug", "source"]
    # The body is shown (escaped, as text), never edited: it is what the facts were read from.
    readonly_fields = ["public_page", "body", "slug", "content_hash", "ingested_at", "extracted_at"]
    fields = [
        "title",
        "public_page",
        "published",
        "source",
        "byline",
        "url",
        "dateline",
        "body",
        "slug",
        "content_hash",
        "ingested_at",
        "extracted_at",
    ]
    inlines = [PersonMentionInline, CountryMentionInline, MeetingReportInline]
    actions = ["rerun_extraction"]
    show_full_result_count = False
    list_per_page = 50

    @admin.display(description="outlet", ordering="source")
    def outlet(self, obj):
        return obj.outlet

    @admin.display(description="public page")
    def public_page(self, obj):
        return format_html('<a href="{0}">{0}</a>', obj.get_absolute_url()) if obj.pk else "-"

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("upload/", view(self.upload_view), name="articles_article_upload"),
            path("upload/<int:pk>/", view(self.report_view), name="articles_article_upload_report"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            uploaded = [(f.name, f) for f in form.cleaned_data["files"]]
            limits = Limits.from_settings()
            with transaction.atomic():
                batch = UploadBatch.objects.create(
                    created_by=request.user,
                    source=form.cleaned_data["source"],
                    published=form.cleaned_data["published"],
                )
                # Member by member into the database: one file's bytes in memory at a time.
                batch.add_files(expand_uploads(uploaded, limits), max_bytes=limits.request_bytes)
            if batch.is_small():
                try:
                    batch.run()
                except Exception:
                    # The batch records the error and the files read so far; show them.
                    logger.exception("upload %s failed", batch.pk)
            else:
                batch.enqueue()
                self.message_user(
                    request,
                    f"{batch.total} files queued for the background worker; this page shows its progress.",
                    messages.INFO,
                )
            return redirect(batch.get_report_url())
        context = {
            **self.admin_site.each_context(request),
            "title": "Upload articles",
            "opts": self.model._meta,
            "form": form,
            "limits": Limits.from_settings(),
            "inline_files": settings.NEWSDESK_INLINE_UPLOAD_FILES,
            "recent": UploadBatch.objects.with_progress().select_related("created_by")[:10],
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/upload.html", context)

    def report_view(self, request, pk):
        batch = get_object_or_404(UploadBatch.objects.select_related("created_by"), pk=pk)
        # Whoever may upload sees the report of their own uploads.
        own = batch.created_by_id == request.user.pk and self.has_add_permission(request)
        if not (own or self.has_view_permission(request)):
            raise PermissionDenied
        if request.method == "POST" and "resume" in request.POST:
            if batch.is_stale or batch.status == UploadStatus.FAILED:
                batch.enqueue()
                self.message_user(request, "Resumed: the worker reads the files not read yet.", messages.INFO)
            return redirect(batch.get_report_url())
        files = batch.files.select_related("article").defer("data", "article__body", "article__search_vector")
        progress = batch.progress()
        pending = progress.pop("waiting")
        page = Paginator(files, REPORT_PAGE_SIZE).get_page(page_number(request))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Upload {batch.pk}",
            "opts": self.model._meta,
            "batch": batch,
            "page": page,
            "counts": list(progress.items()),
            "read": sum(progress.values()),
            "pending": pending,
        }
        return TemplateResponse(request, "admin/articles/article/upload_report.html", context)

    @admin.action(description="Re-run extraction on selected articles", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        articles = list(queryset.order_by("pk"))
        # The stored body excludes the headline: rebuild the text ingest hashed, and hand the
        # metadata front matter gave back as defaults.
        sources = [Source(f"article {a.pk}: {a.title}", f"{a.title}\n\n{a.body}".encode()) for a in articles]
        results = []
        for article, source in zip(articles, sources, strict=True):
            if Article.hash_text(f"{article.title}\n\n{article.body}") != article.content_hash:
                results.append(
                    (
                        source.name,
                        FAILED,
                        "its title was edited since ingest; re-extracting would store a copy.",
                    )
                )
                continue
            defaults = {"source": article.source, "published": article.published, "url": article.url}
            (result,) = ingest([source], update=True, defaults={k: v for k, v in defaults.items() if v})
            if result.article is not None and result.article.byline != article.byline:
                # The byline came from a line the rebuilt text no longer has.
                Article.objects.filter(pk=article.pk).update(byline=article.byline)
            results.append((source.name, result.status, result.message))
        updated = sum(1 for _, status, _ in results if status == UPDATED)
        self.message_user(request, f"Re-extracted {updated} of {len(articles)} articles.", messages.SUCCESS)
        for name, status, message in results:
            if status != UPDATED:
                self.message_user(request, f"{name}: {status}: {message}", messages.WARNING)


@admin.register(UploadBatch)
class UploadBatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created_at", "created_by", "status", "read", "total", "report"]
    list_filter = ["status"]
    list_select_related = ["created_by"]
    readonly_fields = [f.name for f in UploadBatch._meta.fields]

    def get_queryset(self, request):
        return super().get_queryset(request).with_progress()

    @admin.display(description="files read")
    def read(self, obj):
        return obj.read

    @admin.display(description="report")
    def report(self, obj):
        return format_html('<a href="{}">per-file report</a>', obj.get_report_url())

    def has_add_permission(self, request):
        return False  # batches come from the upload page

    def has_change_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return redirect(reverse("admin:articles_article_upload_report", args=[object_id]))


@admin.register(UploadFile)
class UploadFileAdmin(admin.ModelAdmin):
    list_display = ["name", "batch", "status", "message", "article"]
    list_filter = ["status"]
    list_select_related = ["batch", "article"]
    search_fields = ["name"]
    # The uploaded bytes are never shown or served: an upload could be HTML meant for a browser.
    exclude = ["data"]
    readonly_fields = ["batch", "position", "name", "error", "status", "message", "article"]
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("data")

    def has_module_permission(self, request):
        # Reached from a batch's per-file report, not from the admin index.
        return False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
