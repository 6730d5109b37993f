"""Title words: what precedes a name without being part of it, and role nouns inside titles."""

# Words that precede a name but are not part of it. Lower-case; compared without a final dot.
_HONORIFICS = """
acting adm admiral ambassador amir archbishop ayatollah bishop brig capt captain cardinal
chairman chairwoman chancellor cmdr coach col colonel commander comrade crown dame defender
deputy dpm dr emir emperor empress excellency father foreign former gen general goalkeeper gov
governor her his hon honorable honourable imam judge justice keeper king lady laureate
lieutenant lord lt madam madame maj major manager marshal mayor midfielder minister miss mister
mme mp mr mrs ms nobel pm pope premier president prime prince princess prof professor queen rep
representative rev reverend secretary sen senator sgt sheik sheikh sir skipper spokesman
spokesperson spokeswoman state striker sultan vice winger undersecretary under-secretary
mullah haji hajji u exchequer speaker councillor councilor senators sens cpl corporal sergeant
fullback flanker pitcher shortstop quarterback batsman jockey labour democrat republican tory
marine seaman airman pfc trooper staff
congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman h.e
counsel editor doctor inspector conservative liberal
"""
HONORIFICS = frozenset(_HONORIFICS.split())

# Words that join a post to its city or country ("Ambassador to Athens", "envoy in Beijing",
# "Mayor of Lusaka"): the place is the post's, not the holder's country, and not part of a name
POST_PREPS = frozenset({"to", "in"})
CITY_POST_PREPS = POST_PREPS | {"of"}
# Courtesy words that go before a name but hold no office: a title is never one of them alone
# ("Mr", "Comrade") and never starts with them ("His Excellency President" is "President").
_COURTESY_WORDS = """
comrade dame excellency h.e her his hon honorable honourable madam madame miss mister mme mr mrs ms sir
"""
COURTESY_WORDS = frozenset(_COURTESY_WORDS.split())

# Lower-case role nouns that can sit inside a title before a name ("his Russian counterpart Putin").
_ROLE_WORDS = """
acting adviser advisor affairs agriculture aide ambassador analyst attorney candidate chairman
chairwoman chief commander commerce commissioner counterpart defence defense delegate deputy
diplomat director economic economy education emir energy envoy executive expert fellow finance
foreign former general governor head health industry interior judge justice king lawmaker leader
legislator mayor member minister national negotiator official opposition party premier president
prime prince professor queen representative researcher secretary security senator senior
spokesman spokesperson spokeswoman state trade vice undersecretary
"""
ROLE_WORDS = frozenset(_ROLE_WORDS.split())
# Role words that only qualify the holder ("Foreign Minister", "Security Council Secretary"): no
# title ends in one ("security of the Gulf", "trade row" are not titles).
_ROLE_MODIFIERS = """
acting affairs agriculture commerce defence defense economic economy education energy finance
foreign former health industry interior justice national opposition party security senior state
trade vice
"""
ROLE_MODIFIERS = frozenset(_ROLE_MODIFIERS.split())

# Honorifics that only ever precede a person's name: "Gen Pervez Musharraf" tagged ORG is a person.
_PERSONAL = """
dr gen king mr mrs ms pope premier president prince queen sheikh sir
"""
PERSONAL = frozenset(_PERSONAL.split())

# Titles of rulers and clerics known by one name after them ("King Hussein", "Pope Francis"): that
# name is the whole of it, not the forename of someone else the article names.
_ONE_NAME_TITLES = """
ayatollah crown emir emperor empress king pope prince princess queen shah sheikh sultan
"""
ONE_NAME_TITLES = frozenset(_ONE_NAME_TITLES.split())

# Honorifics that say whether the one named is a man or a woman ("Mrs Trump" is not Donald).
GENDERED_HONORIFICS = {
    **dict.fromkeys("mr sir lord king prince".split(), "M"),
    **dict.fromkeys("mrs ms miss madame mme madam lady dame queen princess".split(), "F"),
}

# Role nouns that can stand for an unnamed person ("the Pakistani president", "Kenya's trade minister").
_ROLE_HEADS = """
ambassador chancellor counterpart delegation envoy foreign government king leader minister
official officials premier president prime queen secretary spokesman spokeswoman
"""
ROLE_HEADS = frozenset(_ROLE_HEADS.split())

# Rank abbreviations that end no name: "Lance Cpl" is a rank NER took for a person.
_RANKS = """
cpl sgt lt capt cmdr pte
"""
RANKS = frozenset(_RANKS.split())

# Nouns whose "of <country>" names another country than the holder's: "a close ally of Russia".
_RELATION_NOUNS = """
ally allies friend critic critics enemy foe neighbour neighbor partner opponent rival supporter
admirer backer
"""
RELATION_NOUNS = frozenset(_RELATION_NOUNS.split())

# Roles a country's *name* before them gives the subject of, not the holder's state: "Burundi
# negotiator Julius Nyerere" (a Tanzanian), "Syria envoy Lakhdar Brahimi" (of the UN). An adjective
# ("Tanzanian negotiator") or an abbreviation ("U.S. envoy") still gives the holder's own state.
TOPIC_ROLES = frozenset(
    "envoy envoys negotiator negotiators mediator mediators expert experts specialist specialists "
    "analyst analysts watcher watchers correspondent czar tsar coordinator".split()
)

# Nouns that say where someone comes from, not which state they serve: "Czech native Madeleine
# Albright" was America's Secretary of State. Their country is a weak reading, as an implied one.
_ORIGIN_NOUNS = """
native natives emigre émigré expatriate descent extraction origin
"""
ORIGIN_NOUNS = frozenset(_ORIGIN_NOUNS.split())

# Titles, parties and institutions that belong to one state: "Secretary of State Mike Pompeo" is
# American, "Foreign Secretary Dominic Raab" British, "State Councillor Wang Yi" Chinese. Read only
# when no country is written in the title. Lower-case phrases, matched on word boundaries.
_TITLE_COUNTRIES = """
US secretary of state, trade representative, joint chiefs, congressman, congresswoman,
   speaker of the house, house speaker, senate majority, senate minority, treasury secretary,
   republican, democrat, fbi, cia, federal reserve, pentagon, white house, state department
GB foreign secretary, home secretary, exchequer, shadow foreign secretary, tory, tories, lib dem,
   liberal democrat, house of commons, house of lords, first minister of scotland, mi5, mi6,
   scotland yard, downing street
JP chief cabinet secretary, miti
CN state councillor, state councilor, politburo, cpc, communist party of china, national people's congress,
   central military commission, cppcc
RU duma, federation council
DE bundestag, bundesbank, bundesrat
IL knesset, mossad, shin bet
IN lok sabha, rajya sabha
TW legislative yuan, kuomintang
VA pope
"""
TITLE_COUNTRIES = {
    phrase.strip(): row.split(None, 1)[0]
    for row in _TITLE_COUNTRIES.strip().replace("\n   ", " ").splitlines()
    for phrase in row.split(None, 1)[1].split(",")
}

# Invariants, checked at import as nameparser does: a malformed table fails loudly, not silently.
assert all(
    word.islower()
    for table in (HONORIFICS, ROLE_WORDS, PERSONAL, ROLE_HEADS, RANKS, RELATION_NOUNS)
    for word in table
)
assert PERSONAL <= HONORIFICS, PERSONAL - HONORIFICS
