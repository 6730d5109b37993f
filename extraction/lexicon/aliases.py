"""The words that tell another name a person goes by: "X, also known as Y", "Y, as X is known"."""

# Between a name and the alias after it ("Mahmoud Abbas, better known as Abu Mazen", "Albright,
# born Marie Korbelova"); the words are kept with the alias as what the article said.
_ALIAS_AFTER = """
also known as
better known as
more commonly known as
commonly known as
popularly known as
widely known as
otherwise known as
known as
also called
nicknamed
also nicknamed
born
nee
née
"""
ALIAS_AFTER = tuple(sorted((line for line in _ALIAS_AFTER.strip().splitlines()), key=len, reverse=True))

# Between "as X is" and "known", after the alias ("Abu Mazen, as Mahmoud Abbas is widely known").
ALIAS_KNOWN_ADVERBS = frozenset(
    "also better commonly popularly widely generally affectionately often universally".split()
)
