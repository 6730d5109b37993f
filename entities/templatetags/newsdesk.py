from django import template
from django.utils import dateformat

from extraction.document import web_url as _web_url

register = template.Library()


@register.filter
def web_url(value) -> str:
    """The value if it is an http(s) link, else "": rows stored before URLs were checked (or
    edited straight in the database) must still never become a `javascript:` href."""
    return _web_url(value)


@register.simple_tag(takes_context=True)
def page_url(context, param: str, number: int) -> str:
    """The current URL's query string with one page parameter changed (other lists keep theirs)."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def view_url(context, value: str) -> str:
    """The current URL's query string with ?view= set (empty: removed), back on the first page."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    query.pop("view", None)
    if value:
        query["view"] = value
    return "?" + query.urlencode() if query else context["request"].path


@register.filter
def meeting_date(meeting, day_format: str = "Y-m-d") -> str:
    """A meeting's date no more precisely than it was given: a day in `day_format`, else "April
    2012" or "2012", else "undated"."""
    if meeting.date is not None and meeting.date_precision == "day":
        return dateformat.format(meeting.date, day_format)
    return meeting.date_label
