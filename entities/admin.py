"""Review and correct what ingest read: people, countries, meetings and their evidence.

Every save of a Person, Meeting or Role here marks it "edited", which ingest never overwrites
or deletes. Lists stay fast on a large corpus: related rows are joined (list_select_related),
and the huge fact tables skip the full count and sort by primary key.
"""

import datetime as dt

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import F, Prefetch, Subquery
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from articles.models import Article
from entities.models import (
    Country,
    Dismissal,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Origin,
    Person,
    PersonMention,
    PersonName,
    Quote,
    Role,
)
from entities.params import page_number

REVIEW_PAGE_SIZE = 25


def safe_next(request) -> str | None:
    """The `next` page a review link asked to return to, when it is one of this site's."""
    target = request.GET.get("next", "")
    ok = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if target and ok else None


class ReturnToReviewMixin:
    """A "fix" link from the extraction review carries ?next=: saving goes back there, so a
    reviewer corrects one reading after another without losing their place."""

    def response_change(self, request, obj):
        target = safe_next(request)
        if target and not any(k in request.POST for k in ("_continue", "_addanother", "_saveasnew")):
            self.message_user(request, f"Saved {obj}.", messages.SUCCESS)
            return HttpResponseRedirect(target)
        return super().response_change(request, obj)


class SharedParentFormSet(forms.BaseInlineFormSet):
    """Inline rows are labelled with their parent ("Wang Yi (China) at the China-Russia talks"):
    each row is given the parent object itself, so it and its sides are read once, not per row."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        setattr(form.instance, self.fk.name, self.instance)
        return form


class EditedMarkingAdmin(ReturnToReviewMixin, admin.ModelAdmin):
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
        people = queryset.select_related("country").prefetch_related("names", "roles")
        people = people.order_by("-article_count", "name")
        if len(people) < 2:
            self.message_user(request, "Pick two or more people to merge.", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if "keep" in request.POST else None,
            people=people,
            initial={"keep": people[0].pk},  # the most mentioned: usually the right spelling
        )
        previewing = "_preview" in request.POST
        if form.is_valid() and not previewing:
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
        # The preview follows the choice: "Preview" re-reads it without merging (no script needed).
        chosen = form.cleaned_data["keep"] if form.is_bound and form.is_valid() else people[0]
        kept = next(p for p in people if p.pk == chosen.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge people",
            "kept": kept,
            "merged": people.merged(kept),
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


@admin.register(Role)
class RoleAdmin(EditedMarkingAdmin):
    list_display = ["title", "person", "country", "first_seen", "last_seen", "origin"]
    list_filter = ["origin"]
    list_select_related = ["person", "country"]
    search_fields = ["title", "person__name"]
    autocomplete_fields = ["person", "country"]
    readonly_fields = ["origin", "edited_by", "edited_at"]
    show_full_result_count = False


# Quotes: one of the largest tables. Sorted by primary key (indexed) and never fully counted.
# The join tables (spellings, redirects, mentions, participants, sides, reports) have no admin of
# their own: they are edited inline on the person, meeting or article they belong to.


class FactTableAdmin(admin.ModelAdmin):
    ordering = ["-pk"]
    show_full_result_count = False
    list_per_page = 50


@admin.register(Quote)
class QuoteAdmin(FactTableAdmin):
    list_display = ["__str__", "person", "article"]
    list_select_related = ["person", "article"]
    raw_id_fields = ["article", "person"]
    search_fields = ["person__name", "text"]


# Meetings


class MeetingParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    formset = SharedParentFormSet
    extra = 1
    fields = ["person", "country", "title"]
    autocomplete_fields = ["person", "country"]
    verbose_name = "participant"
    verbose_name_plural = "participants"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "country")


class MeetingSideInline(admin.TabularInline):
    model = MeetingSide
    formset = SharedParentFormSet
    extra = 1
    autocomplete_fields = ["country"]
    verbose_name = "side"
    verbose_name_plural = "sides"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country")


class MeetingReportInline(admin.TabularInline):
    model = MeetingReport
    formset = SharedParentFormSet
    extra = 0
    fields = ["article", "evidence"]
    raw_id_fields = ["article"]
    verbose_name = "report"
    verbose_name_plural = "reported by"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


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
        decide = path(
            "review/decide/",
            self.admin_site.admin_view(require_POST(self.review_decide_view)),
            name="entities_meeting_review_decide",
        )
        return [review, decide, *super().get_urls()]

    def review_decide_view(self, request):
        """One reviewer's verdict on one review row: accept (it stands: marked edited, which ingest
        keeps) or dismiss (deleted and remembered as a Dismissal, which ingest honours). An
        article's verdict is on the meetings read from it."""
        kind, verdict = request.POST.get("kind"), request.POST.get("verdict")
        model = {"meeting": Meeting, "person": Person, "article": Article}.get(kind)
        if model is None or verdict not in ("accept", "dismiss"):
            messages.error(request, "Nothing was changed: that is not a review decision.")
            return HttpResponseRedirect(self._back_to_review(request))
        model_admin = self if model is Article else self.admin_site.get_model_admin(model)
        allowed = (
            model_admin.has_change_permission(request)
            if verdict == "accept"
            else model_admin.has_delete_permission(request)
        )
        if not allowed:
            raise PermissionDenied
        pk = request.POST.get("pk", "")
        obj = model.objects.filter(pk=int(pk)).first() if pk.isdigit() else None
        if obj is None:
            messages.warning(request, f"That {kind} is no longer there (dismissed or merged already).")
        elif model is Article:
            self._decide_article(request, obj, verdict)
        elif verdict == "accept":
            obj.mark_edited(request.user)
            obj.save(update_fields=["origin", "edited_by", "edited_at"])
            model_admin.log_change(request, obj, "Accepted on the extraction review.")
            messages.success(request, f"Accepted {obj}: ingest will keep it as it is.")
        else:
            rows = model.objects.filter(pk=obj.pk)
            with transaction.atomic():
                if model is Meeting:
                    Dismissal.objects.dismiss_meetings(rows, request.user)
                else:
                    Dismissal.objects.dismiss_people(rows.prefetch_related("names"), request.user)
                model_admin.log_deletions(request, rows)
                rows.delete()
            messages.success(request, f"Dismissed {obj}: re-ingesting will not bring it back.")
        return HttpResponseRedirect(self._back_to_review(request))

    def _decide_article(self, request, article, verdict: str) -> None:
        article_admin = self.admin_site.get_model_admin(Article)
        if verdict == "accept":
            meetings = list(Meeting.objects.filter(reports__article=article, origin=Origin.EXTRACTED))
            for meeting in meetings:
                meeting.mark_edited(request.user)
                meeting.save(update_fields=["origin", "edited_by", "edited_at"])
                self.log_change(request, meeting, f"Accepted on the extraction review, with “{article}”.")
            messages.success(request, f"Accepted the {len(meetings)} meetings read from “{article}”.")
            return
        with transaction.atomic():
            count = Dismissal.objects.dismiss_meetings_of(article, request.user)
        article_admin.log_change(request, article, f"Dismissed the {count} meetings read from it.")
        messages.success(
            request,
            f"Dismissed the {count} meetings read from “{article}”: re-extraction skips them.",
        )

    @staticmethod
    def _back_to_review(request) -> str:
        target = request.POST.get("next", "")
        ok = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
        return target if target and ok else reverse("admin:entities_meeting_review")

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
                    "person__origin",
                    "person__edited_at",
                    "article__title",
                    "article__slug",
                )
                # Those not yet accepted first: the list is a queue that empties as it is worked.
                .order_by(F("person__edited_at").asc(nulls_first=True), "count", "person__name", "pk")
            )
        else:
            show = "meetings"
            reported = MeetingReport.objects.filter(article__in=Subquery(recent.values("pk"))).values(
                "meeting_id"
            )
            rows = (
                Meeting.objects.filter(pk__in=Subquery(reported))
                .order_by(F("edited_at").asc(nulls_first=True), "confidence", "-id")
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
