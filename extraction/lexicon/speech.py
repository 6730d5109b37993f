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

# Verbs that put someone's own words in quotation marks: without one of these (or "according to", or
# a colon) in the sentence, quotation marks hold a name or a scare quote, not something said.
_QUOTING_VERBS = """
announced argued argues branded call called calls claimed claims commented described describes
dubbed labelled labeled pledged promised quipped remarked replied responded saying stated tweeted
vowed wrote writes
"""
QUOTING_VERBS = REPORTING_VERBS | frozenset(_QUOTING_VERBS.split())

assert all(word.islower() for word in QUOTING_VERBS)
