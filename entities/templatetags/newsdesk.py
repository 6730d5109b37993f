from django import template

register = template.Library()


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
