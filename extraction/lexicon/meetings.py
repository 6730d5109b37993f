"""Meeting words: triggers and the kinds they report, role nouns, and the words that make an
encounter a plan, a wish, a topic or not an encounter at all. Matched on the lower-case form (the
pipeline runs without a lemmatizer)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(*stems: str) -> dict[str, str]:
    """Inflected forms of regular verbs ("visit" -> visits, visited, visiting)."""
    table: dict[str, str] = {}
    for stem in stems:
        base, _, extra = stem.partition("/")
        table[base] = base
        for form in extra.split(",") if extra else _regular(base):
            table[form] = base
    return table


def _regular(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "s", base + "d", base[:-1] + "ing"]
    return [base + "s", base + "ed", base + "ing"]


# Verbs that report an encounter, by base form, and the kind of meeting each reports
VERB_KIND = {
    "meet": "meeting", "talk": "talks", "confer": "talks", "negotiate": "talks", "host": "meeting",
    "receive": "meeting", "visit": "visit", "call": "visit", "phone": "call", "telephone": "call",
    "consult": "consultation", "greet": "meeting", "speak": "call", "welcome": "meeting",
    "discuss": "talks", "tell": "meeting", "summon": "meeting",
}  # fmt: skip


VERB_FORMS = _forms(
    "meet/meets,met,meeting", "talk", "confer/confers,conferred,conferring", "negotiate", "host",
    "receive", "visit", "call", "phone", "telephone", "consult", "greet",
    "speak/speaks,spoke,spoken,speaking", "welcome", "discuss/discusses,discussed,discussing",
    "tell/tells,told,telling", "summon",
)  # fmt: skip


# Nouns that name an encounter
NOUN_KIND = {
    "talks": "talks", "meeting": "meeting", "meetings": "meeting", "summit": "summit",
    "consultation": "consultation", "consultations": "consultation", "visit": "visit", "visits": "visit",
    "call": "call", "calls": "call", "conversation": "talks", "negotiations": "talks", "discussions": "talks",
    "conference": "summit", "videoconference": "video",
    # "discussed the plans during a trip to Moscow": a journey to a place is a visit to its hosts
    "trip": "visit", "trips": "visit",
    # "had lunch with X": a meal with someone is a meeting with them
    "lunch": "meeting", "luncheon": "meeting", "dinner": "meeting", "breakfast": "meeting",
}  # fmt: skip


# Kinds of encounter that have sides even when everyone is of one country (a government and its
# opposition or its rebels negotiate; a minister meets her own president)
NEGOTIATION_KINDS = frozenset({"talks", "consultation"})

# Title words of one government's own service: two of them of one country in talks are a briefing
# ("Prime Minister X after talks with his ambassador to Athens"), not two sides negotiating
GOVERNMENT_POSTS = frozenset({"ambassador", "minister", "premier", "chancellor", "envoy", "consul"})
# ... and the head of state, by the whole title: a party's or a bank's president is not the government
HEAD_OF_STATE_TITLES = frozenset({"president", "vice president"})


# Heads of a noun phrase that stands for unnamed people of a country ("Swiss officials")
ROLE_NOUNS = _words(
    "official officials counterpart counterparts minister ministers leader leaders delegation delegations "
    "envoy envoys ambassador ambassadors diplomat diplomats president premier chief representative "
    "representatives negotiator negotiators team government authorities side king queen prince emir "
    "chancellor secretary spokesman head heads officer officers police commander commanders"
)


# Unnamed people who are, by what they are, from elsewhere ("diplomats visited her")
FOREIGN_ROLES = _words(
    "diplomat diplomats envoy envoys delegation delegations delegates counterpart counterparts ambassador "
    "ambassadors"
)


PRONOUNS = _words("he she him her his they them we their")


PLURAL_PRONOUNS = _words("they them we their")


# Governing words that make an encounter a plan, or only a wish (not a meeting at all)
FUTURE_AUX = _words("will 'll shall would 'd can could may might should must")

# Days still to come when a present tense names them: "holds talks today" is a timetable.
SCHEDULED_DAYS = _words("today tonight tomorrow later evening")

# Conjunctions of time whose clause, in the present tense, speaks of the future ("when he visits").
TIME_CONJUNCTIONS = _words("when once after before until")


PLAN_WORDS = _words(
    "plan plans planned planning expect expects expected due set scheduled schedule prepare prepared "
    "prepares preparing intend intends intended arrange arranged agree agreed agrees decide decided "
    "likely slated invite invited going head heads headed heading leave leaves left leaving travel "
    "travels travelled traveling travelling fly flies flew depart departs departed"
)


WISH_WORDS = _words(
    "look looks looked looking forward "
    "offer offered offers propose proposed proposes want wants wanted hope hopes hoped seek seeks sought "
    "ready willing urge urged urges ask asked asks demand demanded refuse refused refuses reject "
    "rejected suggest suggested try tried wish wished push pushed press pressed cancel cancelled "
    "canceled postpone postponed scrap scrapped unable able miss missed misses skip skipped skips "
    "boycott boycotted boycotts obstruct obstructed obstructing block blocked blocking derail derailed "
    "derailing sabotage sabotaged sabotaging"
)


WISH_NOUNS = _words("offer offers proposal proposals call calls bid readiness willingness attempt")


HABITUAL = _words(
    "often twice regularly frequently repeatedly usually always never rarely regular frequent periodic "
    "routine weekly daily monthly"
)
# "the times they have met": a relative clause on these tells a pattern, not an occasion
OCCASION_NOUNS = _words("times occasions")


DEPARTURE_WORDS = _words("leave leaves left leaving quit quits walked")

# Setting off for a meeting: "left for Washington on Tuesday for a summit" is when and whence he
# left, not when the summit is; "for <city>" is where it is
SETTING_OFF = _words("left leaves leaving departed departs departing flew flies flying")


ARRIVAL_WORDS = _words("arrive arrives arrived arriving land lands landed come comes came")


# Numbers that make a plural trigger a tally of occasions ("dozens of calls", "five meetings").
COUNT_WORDS = _words("three four five six seven eight nine ten dozen dozens hundreds scores numerous")

PLANNED_MODIFIERS = _words("planned upcoming forthcoming scheduled next expected slated coming future")

# Nouns whose "of <trigger>" is still to come: "the announcement of his visit to Moscow", "in
# advance of", "on the eve of", "ahead of" it.
ANNOUNCEMENT_NOUNS = _words(
    "announcement announcements preparation preparations plans run-up advance eve ahead way"
)

# Time phrases on a noun trigger that put it ahead: "his visit later this month", "talks next week".
FUTURE_TIME_WORDS = _words("next tomorrow coming")


WISHFUL_MODIFIERS = _words("proposed possible potential")


REMOTE_WORDS = _words("phone telephone video virtual online videoconference")


SPEECH_NOUNS = _words("news press")


PARTY_PREPS = frozenset({"with", "between", "among", "to"})


PLACE_PREPS = frozenset({"in", "at"})


# "countries including Iran", "leaders such as X": the examples a plural object names
EXAMPLE_PREPS = frozenset({"including", "as", "like"})


NEEDS_HOST = _words("visit meet receive greet welcome")


MEALS = _words("lunch luncheon dinner banquet breakfast reception")


REMOTE_MEDIA = frozenset({"phone", "telephone", "video", "videolink", "link", "videoconference"})


# Prepositions between a noun trigger and its verb that make the verb's subject not a party
# ("talked about the planned visit"), or the verb's time and place not the encounter's
TOPICAL_PREPS = _words("about on over regarding concerning against")

# Verbs whose subject talks about an occasion rather than takes part in it: "Stent said, pointing to
# the leaders' first summit in Hamburg".
REFERENCE_VERBS = _words(
    "point points pointed pointing refer refers referred referring recall recalls recalled recalling "
    "cite cites cited citing mention mentions mentioned mentioning"
)


AWAY_PREPS = frozenset({"from"})


SETTING_PREPS = _words("at after during following")
# "urged more trade in a meeting with X": a wish said there, not a wish for the meeting
WISH_SETTING_PREPS = SETTING_PREPS | {"in"}


AGREE_WORDS = _words("agree agrees agreed decide decides decided")


PROCESS_VERBS = _words("resume resuming restart restarting reopen open opening continue start begin launch")


PROCESS_NOUNS = _words("talks negotiations discussions consultations")


TOPIC_MODIFIERS = _words("accession membership")


# Modifiers of a visit or meeting that make it a service, not an encounter between sides ("a
# consular visit" to a detained citizen, "a prison visit", "a family visit")
NOT_DIPLOMATIC = _words("consular prison family conjugal")


TOPIC_HEADS = _words(
    "supporter supporters opponent opponents advocate advocates proponent proponents critic critics "
    "resumption atmosphere prospect prospects idea return commitment"
)


PLURAL_OCCASIONS = _words("meetings visits calls")


SEPARATE_WORDS = _words("respective separate individual bilateral")


SEPARATE_ADVERBS = _words("separately individually respectively")


# "the summit, which included leaders of X and Y", "talks involving Z": the verbs that name members
MEMBER_VERBS = _words(
    "included includes including involved involves involving gathered gathering brought groups grouping "
    "grouped comprises comprising"
)


# "paid a (courtesy) call on X": a visit
PAY_VERBS = _words("pay pays paid paying")


SPEECH_VERBS = _words("said says told added noted stressed urged")


PAIR_NOUNS = _words("leaders presidents officials ministers men women heads counterparts")


# Participles that name an event's or a delegation's people by "by": "talks co-chaired by X and Y",
# "a summit attended by X", "the delegation, led by X". A spaCy `DependencyMatcher` pattern: the
# participle, the noun it qualifies, its "by" and the person ("party") that "by" governs.
BY_PARTICIPLES = _words("attended chaired co-chaired cochaired hosted led headed joined")
BY_AGENT_PATTERN = [
    {"RIGHT_ID": "participle", "RIGHT_ATTRS": {"DEP": "acl", "LOWER": {"IN": sorted(BY_PARTICIPLES)}}},
    {"LEFT_ID": "participle", "REL_OP": "<", "RIGHT_ID": "event", "RIGHT_ATTRS": {}},
    {"LEFT_ID": "participle", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"LOWER": "by"}},
    {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": {"DEP": "pobj"}},
]
# The same in a passive clause: "the talks were attended by X", "the meeting was chaired by X"
BY_PASSIVE_PATTERN = [
    {"RIGHT_ID": "participle", "RIGHT_ATTRS": {"TAG": "VBN", "LOWER": {"IN": sorted(BY_PARTICIPLES)}}},
    {"LEFT_ID": "participle", "REL_OP": ">", "RIGHT_ID": "event", "RIGHT_ATTRS": {"DEP": "nsubjpass"}},
    {"LEFT_ID": "participle", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
    {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": {"DEP": "pobj"}},
]
# "The talks were co-chaired by X": the tokenizer splits "co-chaired", and the parser then hangs the
# subject from the auxiliary ("talks" <- "were" <- "co" <- "chaired") rather than the participle
BY_SPLIT_PASSIVE_PATTERN = [
    {"RIGHT_ID": "participle", "RIGHT_ATTRS": {"TAG": "VBN", "LOWER": {"IN": sorted(BY_PARTICIPLES)}}},
    {"LEFT_ID": "participle", "REL_OP": ">>", "RIGHT_ID": "aux", "RIGHT_ATTRS": {"DEP": "auxpass"}},
    {
        "LEFT_ID": "aux",
        "REL_OP": ">",
        "RIGHT_ID": "event",
        "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}},
    },
    {"LEFT_ID": "participle", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
    {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": {"DEP": "pobj"}},
]
# Inverted: "Also attending the summit were X, Y and Z"; the parser hangs the list from "were" or
# from the participle itself
ATTENDING_WORDS = _words("attending joining")
_ATTENDING = [
    {"RIGHT_ID": "participle", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(ATTENDING_WORDS)}}},
    {
        "LEFT_ID": "participle",
        "REL_OP": ">",
        "RIGHT_ID": "event",
        "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"},
    },
    {
        "LEFT_ID": "participle",
        "REL_OP": ">",
        "RIGHT_ID": "be",
        "RIGHT_ATTRS": {"LOWER": {"IN": ["were", "was"]}},
    },
]
_LISTED = {"DEP": {"IN": ["nsubj", "attr", "dobj"]}, "POS": "PROPN"}
ATTENDING_PATTERN = [
    *_ATTENDING,
    {"LEFT_ID": "be", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": _LISTED},
]
ATTENDING_LIST_PATTERN = [
    *_ATTENDING,
    {"LEFT_ID": "participle", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": _LISTED},
]
# "Also attending the talks were X and Y" parsed with the participle as the subject of "were"
ATTENDING_SUBJECT_PATTERN = [
    {"RIGHT_ID": "participle", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(ATTENDING_WORDS)}, "DEP": "csubj"}},
    {
        "LEFT_ID": "participle",
        "REL_OP": ">",
        "RIGHT_ID": "event",
        "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"},
    },
    {
        "LEFT_ID": "participle",
        "REL_OP": "<",
        "RIGHT_ID": "be",
        "RIGHT_ATTRS": {"LOWER": {"IN": ["were", "was"]}},
    },
    {"LEFT_ID": "be", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": _LISTED},
]
# "attended by X and by Y, and by Z": each further "by" is a conjunct of the first
_FURTHER_BY = [
    {"LEFT_ID": "by", "REL_OP": ">>", "RIGHT_ID": "further", "RIGHT_ATTRS": {"DEP": "conj", "LOWER": "by"}},
    {"LEFT_ID": "further", "REL_OP": ">", "RIGHT_ID": "party", "RIGHT_ATTRS": {"DEP": "pobj"}},
]
PARTY_PATTERNS = {
    "BY_AGENT": BY_AGENT_PATTERN,
    "BY_PASSIVE": BY_PASSIVE_PATTERN,
    "BY_AGENT_FURTHER": BY_AGENT_PATTERN[:-1] + _FURTHER_BY,
    "BY_PASSIVE_FURTHER": BY_PASSIVE_PATTERN[:-1] + _FURTHER_BY,
    "BY_SPLIT_PASSIVE": BY_SPLIT_PASSIVE_PATTERN,
    "ATTENDING": ATTENDING_PATTERN,
    "ATTENDING_LIST": ATTENDING_LIST_PATTERN,
    "ATTENDING_SUBJECT": ATTENDING_SUBJECT_PATTERN,
}


# Nouns for a place whose name follows "of": "the city of Guilin", "the resort town of Sochi"
SETTLEMENT_NOUNS = _words("city town port village resort island enclave capital")

# Seats of government that stand for their city in "talks at the Kremlin": the venue's words (lower
# case, accents folded, without "the" or "palace"), then the city and its country code.
VENUES = {
    "kremlin": ("Moscow", "RU"), "white house": ("Washington", "US"), "pentagon": ("Washington", "US"),
    "downing street": ("London", "GB"), "number 10": ("London", "GB"), "no 10": ("London", "GB"),
    "elysee": ("Paris", "FR"), "quai d'orsay": ("Paris", "FR"), "zhongnanhai": ("Beijing", "CN"),
    "great hall of the people": ("Beijing", "CN"), "diaoyutai": ("Beijing", "CN"),
    "blue house": ("Seoul", "KR"), "kantei": ("Tokyo", "JP"), "akasaka": ("Tokyo", "JP"),
    "chequers": ("Chequers", "GB"), "camp david": ("Camp David", "US"),
}  # fmt: skip
assert all(len(code) == 2 and code.isupper() for _, code in VENUES.values())


# Verbs of speaking to someone: in "X warned Y during a call" the one addressed is the counterpart
EXCHANGE_VERBS = _words(
    "told tell tells warned warn warns urged urge urges assured assure assures asked ask asks "
    "reminded remind reminds pressed press presses thanked thank thanks congratulated congratulate "
    "invited invite invites briefed brief briefs"
)


# Verbs of passing something on to someone: in "X gave the message to Y in meetings" Y took part
CONVEY_VERBS = _words(
    "gave give gives delivered deliver delivers conveyed convey conveys passed pass passes "
    "handed hand hands explained explain explains expressed express expresses presented present presents"
)


# The press: "talking to reporters" is a briefing, not an encounter
PRESS_NOUNS = _words("reporters journalists newsmen correspondents press media newspapers")


# Groups that come to be received: "told a visiting delegation from Taiwan"
VISITING_GROUPS = _words("group groups delegation delegations team teams mission officials delegates")

# "X and Y head the US delegation", "The Israeli team is led by Z": who leads a party to a meeting
LEAD_VERBS = _words("head heads headed heading lead leads led leading")
DELEGATION_NOUNS = _words("delegation delegations team teams side")


# Verbs of receiving a visitor that report no encounter on their own ("welcomed visiting X")
WELCOME_VERBS = _words("welcomed welcomes welcome honoured honored feted")


# Title words of people quoted about an event rather than taking part in it
COMMENTATOR_WORDS = _words(
    "analyst analysts professor scholar expert researcher fellow economist commentator lecturer "
    "academic observer strategist historian"
)


# Verbs that put someone somewhere: "X is in Damascus", "X arrived in Beijing" (see `presence_readings`).
PRESENCE_VERBS = _words("is was arrived arrives arriving landed")

# Verbs of a journey "to" a place: "X, who travels to Italy this evening", "X flew to Tokyo" (see
# `presence_readings`): a visit to the country gone to, its city when named.
TRAVEL_VERBS = _words(
    "travel travels travelled traveled travelling traveling fly flies flew flying go goes went heads headed"
)


# A journey in "during his visit": the encounter happened abroad, not at the reporter's dateline.
TRIP_NOUNS = _words("visit trip tour stay stopover journey")


# A general word for a role and the title words it covers: "the British minister" may be the
# Foreign Secretary, "the Japanese leader" the Prime Minister.
GENERAL_ROLES = {
    "minister": _words("minister secretary chancellor"),
    "leader": _words("leader president premier prime chancellor king queen emir sultan"),
    "envoy": _words("envoy ambassador representative"),
    "diplomat": _words("diplomat ambassador envoy counsellor"),
}

# Verbs by which a journey takes its traveller somewhere ("a tour that took him to Paris and Bonn")
TAKE_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "brought", "brings", "bring", "bringing"})


# A government's offices: "meetings at the Foreign Ministry" are with the government there.
MINISTRY_NOUNS = _words("ministry ministries")
