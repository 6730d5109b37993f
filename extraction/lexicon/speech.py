"""The one list of speech verbs: what a quoted speaker does."""

# Verbs that introduce or close a quotation ("Yang said", "..., he told reporters").
_SPEECH_VERBS = """
added asked declared explained insisted noted said says stressed told urged warned
"""
SPEECH_VERBS = frozenset(_SPEECH_VERBS.split())

assert all(word.islower() for word in SPEECH_VERBS)
