from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, param: str, number: int) -> str:
    """The current URL's query string with one page parameter changed (other lists keep theirs)."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode()
