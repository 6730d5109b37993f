"""The one list of speech verbs: what a quoted speaker does."""

# Verbs that introduce or close a quotation ("Yang said", "..., he told reporters").
_SPEECH_VERBS = """
added asked declared explained insisted noted said says stressed told urged warned
"""
SPEECH_VERBS = frozenset(_SPEECH_VERBS.split())

# Verbs that end a reporting clause after a name, which the tagger often reads as plural nouns
# ("..., his sister Kim Yo-jong, South Korea's spy agency claims."): no apposition ends with them.
_REPORTING_VERBS = """
adds argues believes claims claimed reports reported says suggests thinks warns writes
"""
REPORTING_VERBS = SPEECH_VERBS | frozenset(_REPORTING_VERBS.split())

assert all(word.islower() for word in REPORTING_VERBS)
