"""People named in an article: found, cleaned, joined, with titles, countries and quotes."""

from .finder import find_people

__all__ = ["find_people"]
