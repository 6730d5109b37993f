"""Review and correct what ingest read: people, countries, meetings and their evidence.

Every save of a Person, Meeting or Role here marks it "edited", which ingest never overwrites
or deletes. Lists stay fast on a large corpus: related rows are joined (list_select_related),
and the huge mention tables skip the full count and sort by primary key.
"""

import datetime as dt

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch, Subquery
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import format_html
from django.utils.text import slugify

from articles.models import Article
from entities.models import (
    Country,
    CountryMention,
    Dismissal,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Person,
    PersonMention,
    PersonName,
    PersonRedirect,
    Quote,
    Role,
)
from entities.params import page_number

REVIEW_PAGE_SIZE = 25


class EditedMarkingAdmin(admin.ModelAdmin):
    """An admin's save is a correction: mark it so `ingest --update` keeps it."""

    def save_model(self, request, obj, form, change):
        obj.mark_edited(request.user)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if hasattr(formset.model, "mark_edited"):
            for inline_form in formset.forms:
                if inline_form.has_changed() and not formset._should_delete_form(inline_form):
                    inline_form.instance.mark_edited(request.user)
        super().save_formset(request, form, formset, change)


# Countries


class CountryForm(forms.ModelForm):
    class Meta:
        model = Country
        fields = ["code", "name", "official_name", "historical", "aliases"]

    def clean_aliases(self):
        # Search and the gazetteer read aliases as names: anything but a list of strings is refused
        # here rather than breaking them later.
        aliases = self.cleaned_data["aliases"]
        if aliases in (None, ""):
            return []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise forms.ValidationError('Aliases are a list of names, e.g. ["Russian", "Moscow"].')
        aliases = [" ".join(a.split()) for a in aliases]
        if any(not a or len(a) > 100 for a in aliases):
            raise forms.ValidationError("Each alias is a name of 1 to 100 characters.")
        return aliases


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    form = CountryForm
    list_display = ["name", "code", "official_name", "historical", "article_count", "meeting_count"]
    list_filter = ["historical"]
    search_fields = ["name", "code", "official_name"]
    readonly_fields = ["article_count", "meeting_count"]


# People


class PersonNameInline(admin.TabularInline):
    model = PersonName
    extra = 1
    fields = ["name"]
    verbose_name = "spelling"
    verbose_name_plural = (
        "spellings and variants (ingest attaches articles naming any of these to this person)"
    )


class RoleInline(admin.TabularInline):
    model = Role
    extra = 0
    fields = ["title", "country", "first_seen", "last_seen", "origin"]
    readonly_fields = ["origin"]
    autocomplete_fields = ["country"]


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Person.objects.none(), widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = people
        self.fields["keep"].label_from_instance = lambda p: (
            f"{p.name} ({p.country or 'no country'}; {p.article_count} articles, "
            f"{p.meeting_count} meetings; /{p.slug}/)"
        )


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "country"]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if self.instance.pk is None:
            # The public page's address comes from the name and must be unique; say so instead of
            # failing on the database's unique constraint.
            slug = slugify(name)[:200] or "person"
            existing = Person.objects.filter(slug=slug).first()
            if existing is not None:
                raise forms.ValidationError(
                    f"{existing.name} (/people/{slug}/) already exists: edit that person, or add this "
                    "spelling to them, or give this person a distinguishing name."
                )
        return name


@admin.register(Person)
class PersonAdmin(EditedMarkingAdmin):
    form = PersonForm
    list_display = ["name", "country", "article_count", "meeting_count", "origin", "slug"]
    list_filter = ["origin", "country"]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "names__name"]
    autocomplete_fields = ["country"]
    readonly_fields = [
        "slug",
        "article_count",
        "meeting_count",
        "origin",
        "edited_by",
        "edited_at",
        "public_page",
    ]
    fields = [
        "name",
        "country",
        "public_page",
        "slug",
        "article_count",
        "meeting_count",
        "origin",
        "edited_by",
        "edited_at",
    ]
    inlines = [PersonNameInline, RoleInline]
    actions = ["merge_people"]
    show_full_result_count = False

    @admin.display(description="public page")
    def public_page(self, obj):
        return (
            format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())
            if obj.pk
            else "-"
        )

    @admin.action(description="Merge selected people into one…", permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        people = queryset.select_related("country").order_by("-article_count", "name")
        if len(people) < 2:
            self.message_user(request, "Pick two or more people to merge.", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if "keep" in request.POST else None,
            people=people,
            initial={"keep": people[0].pk},  # the most mentioned: usually the right spelling
        )
        if form.is_valid():
            kept = form.cleaned_data["keep"]
            others = [p for p in people if p.pk != kept.pk]
            with transaction.atomic():
                self.log_deletions(request, queryset.exclude(pk=kept.pk))
                for other in others:
                    other.merge_into(kept)
                kept.refresh_from_db()
                kept.mark_edited(request.user)
                kept.save()
            self.log_change(request, kept, f"Merged {', '.join(o.name for o in others)} into this person.")
            self.message_user(
                request,
                f"Merged {len(others)} into {kept.name}: their names are its variants, their pages redirect.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge people",
            "opts": self.model._meta,
            "people": people,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/entities/person/merge.html", context)

    def delete_model(self, request, obj):
        Dismissal.objects.dismiss_people([obj], request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        Dismissal.objects.dismiss_people(queryset.prefetch_related("names"), request.user)
        super().delete_queryset(request, queryset)


@admin.register(PersonName)
class PersonNameAdmin(admin.ModelAdmin):
    list_display = ["name", "person", "key"]
    list_select_related = ["person"]
    search_fields = ["name", "key", "person__name"]
    autocomplete_fields = ["person"]
    show_full_result_count = False


@admin.register(PersonRedirect)
class PersonRedirectAdmin(admin.ModelAdmin):
    list_display = ["slug", "person"]
    list_select_related = ["person"]
    search_fields = ["slug", "person__name"]
    autocomplete_fields = ["person"]


@admin.register(Role)
class RoleAdmin(EditedMarkingAdmin):
    list_display = ["title", "person", "country", "first_seen", "last_seen", "origin"]
    list_filter = ["origin"]
    list_select_related = ["person", "country"]
    search_fields = ["title", "person__name"]
    autocomplete_fields = ["person", "country"]
    readonly_fields = ["origin", "edited_by", "edited_at"]
    show_full_result_count = False


# Mentions and quotes: the largest tables. Sorted by primary key (indexed) and never fully counted.


class FactTableAdmin(admin.ModelAdmin):
    ordering = ["-pk"]
    show_full_result_count = False
    list_per_page = 50


@admin.register(PersonMention)
class PersonMentionAdmin(FactTableAdmin):
    list_display = ["person", "article", "count", "first_offset"]
    list_select_related = ["person", "article"]
    raw_id_fields = ["article", "person"]
    search_fields = ["person__name"]


@admin.register(CountryMention)
class CountryMentionAdmin(FactTableAdmin):
    list_display = ["country", "article", "count", "focus"]
    list_filter = ["focus"]
    list_select_related = ["country", "article"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["country"]


@admin.register(Quote)
class QuoteAdmin(FactTableAdmin):
    list_display = ["__str__", "person", "article"]
    list_select_related = ["person", "article"]
    raw_id_fields = ["article", "person"]
    search_fields = ["person__name", "text"]


# Meetings


class MeetingParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    extra = 1
    fields = ["person", "country", "title"]
    autocomplete_fields = ["person", "country"]


class MeetingSideInline(admin.TabularInline):
    model = MeetingSide
    extra = 1
    autocomplete_fields = ["country"]
    verbose_name_plural = "sides"


class MeetingReportInline(admin.TabularInline):
    model = MeetingReport
    extra = 0
    fields = ["article", "evidence"]
    raw_id_fields = ["article"]
    verbose_name_plural = "reported by"


@admin.register(Meeting)
class MeetingAdmin(EditedMarkingAdmin):
    list_display = ["__str__", "kind", "status", "date", "place", "confidence", "report_count", "origin"]
    list_filter = ["origin", "kind", "status", "date_precision", "date_anchor"]
    list_select_related = ["place_country"]
    search_fields = ["place", "evidence", "participants__name"]
    autocomplete_fields = ["place_country"]
    readonly_fields = ["report_count", "created_at", "origin", "edited_by", "edited_at"]
    fieldsets = [
        (None, {"fields": ["kind", "status", "date", "date_precision", "place", "place_country"]}),
        (
            "How it was read",
            {"fields": ["evidence", "confidence", "date_text", "date_anchor", "date_anchor_date"]},
        ),
        ("Provenance", {"fields": ["origin", "edited_by", "edited_at", "report_count", "created_at"]}),
    ]
    inlines = [MeetingParticipantInline, MeetingSideInline, MeetingReportInline]
    show_full_result_count = False

    def delete_model(self, request, obj):
        Dismissal.objects.dismiss_meetings(Meeting.objects.filter(pk=obj.pk), request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        Dismissal.objects.dismiss_meetings(queryset, request.user)
        super().delete_queryset(request, queryset)

    def get_urls(self):
        review = path(
            "review/",
            self.admin_site.admin_view(self.review_view),
            name="entities_meeting_review",
        )
        return [review, *super().get_urls()]

    @staticmethod
    def _since(request) -> dt.date:
        """?since=YYYY-MM-DD, or a week ago when absent or not a real date (2019-02-30)."""
        default = timezone.localdate() - dt.timedelta(days=7)
        raw = request.GET.get("since", "")
        try:
            since = parse_date(raw) if raw else None
        except ValueError:
            since = None
        if raw and since is None:
            messages.warning(request, f"“{raw[:40]}” is not a date (YYYY-MM-DD): showing the last week.")
        return since or default

    def review_view(self, request):
        """Extraction review: what ingest read since a date, the weakest evidence first."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        since = self._since(request)
        start = timezone.make_aware(dt.datetime.combine(since, dt.time.min))
        show = request.GET.get("show", "meetings")
        recent = Article.objects.filter(ingested_at__gte=start)
        if show == "articles":
            rows = recent.latest_first().only("pk", "title", "slug", "published", "source", "ingested_at")
            rows = rows.prefetch_related(
                Prefetch("person_mentions", queryset=PersonMention.objects.select_related("person")),
                Prefetch("meeting_reports", queryset=MeetingReport.objects.select_related("meeting")),
            )
        elif show == "people":
            # Named in a single article, and only once there: the likeliest misreadings.
            rows = (
                PersonMention.objects.filter(
                    article__in=Subquery(recent.values("pk")), person__article_count__lte=1
                )
                .select_related("person", "person__country", "article")
                .only(
                    "count",
                    "titles",
                    "person__name",
                    "person__slug",
                    "person__country__name",
                    "article__title",
                    "article__slug",
                )
                .order_by("count", "person__name", "pk")
            )
        else:
            show = "meetings"
            reported = MeetingReport.objects.filter(article__in=Subquery(recent.values("pk"))).values(
                "meeting_id"
            )
            rows = (
                Meeting.objects.filter(pk__in=Subquery(reported))
                .order_by("confidence", "-id")
                .select_related("place_country")
                .prefetch_related(
                    Prefetch(
                        "participant_rows", queryset=MeetingParticipant.objects.select_related("person")
                    ),
                    Prefetch(
                        "reports",
                        queryset=MeetingReport.objects.select_related("article").only(
                            "meeting_id", "article__title", "article__slug"
                        ),
                    ),
                    "sides",
                )
            )
        page = Paginator(rows, REVIEW_PAGE_SIZE).get_page(page_number(request))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Extraction review since {since:%-d %B %Y}",
            "opts": self.model._meta,
            "since": since,
            "show": show,
            "page": page,
            "tabs": [
                ("meetings", "Weakest meetings"),
                ("people", "People mentioned once"),
                ("articles", "Articles"),
            ],
        }
        return TemplateResponse(request, "admin/entities/review.html", context)


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(FactTableAdmin):
    list_display = ["person", "meeting", "country", "title"]
    list_select_related = ["person", "meeting", "country"]
    raw_id_fields = ["meeting"]
    autocomplete_fields = ["person", "country"]
    search_fields = ["person__name"]


@admin.register(MeetingSide)
class MeetingSideAdmin(FactTableAdmin):
    list_display = ["country", "meeting"]
    list_select_related = ["country", "meeting"]
    raw_id_fields = ["meeting"]
    autocomplete_fields = ["country"]


@admin.register(MeetingReport)
class MeetingReportAdmin(FactTableAdmin):
    list_display = ["meeting", "article", "evidence_start"]
    list_select_related = ["meeting", "article"]
    raw_id_fields = ["meeting", "article"]


@admin.register(Dismissal)
class DismissalAdmin(admin.ModelAdmin):
    """Deleted extraction errors; deleting a dismissal lets ingest read the fact again."""

    list_display = ["kind", "key", "article", "created_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["key"]
    raw_id_fields = ["article"]
    readonly_fields = ["kind", "key", "article", "created_by", "created_at"]
    list_select_related = ["article", "created_by"]

    def has_add_permission(self, request):
        return False
