from django import template

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
