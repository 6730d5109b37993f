"""Words around and inside names: particles, organisation heads, what a name is not."""

from .meetings import SETTLEMENT_NOUNS

# Lower-case particles inside names: "Ursula von der Leyen", "Abdul-Karim al-Kabariti",
# "Daniel arap Moi", "Gerard ter Horst", "Karl-Theodor zu Guttenberg", "Sheikha Hind bint Hamad".
_PARTICLES = """
abu al arap ben bin bint da das de del della den der di dos du el ibn la le ould ter van von y zu
"""
PARTICLES = frozenset(_PARTICLES.split())

# "the Reagan administration" is not a reference to Reagan the person.
_NOT_PEOPLE_AFTER = """
administration cabinet-era camp doctrine era faction government militia militiamen movement presidency
programme
"""
NOT_PEOPLE_AFTER = frozenset(_NOT_PEOPLE_AFTER.split())

# Last words that make a name an organisation's or a place's ("Pirelli SpA", "Gold Fields",
# "Manchester United", "Warsaw Newsroom", "Changi Prison", "Sueddeutsche Zeitung", "Islamic State",
# "Lib Dem"), an event's ("Corps Commander Level Meeting") or an instrument's ("the Internal Market
# Bill", "Biosafety Level 4").
_ORGANISATION_HEADS = """
ag agency airlines airways athletic atlantic bank base bv cables cement city co controls corp county
board bureau commission committee conference council dem dems department dialogue facility fields forum
foundation gmbh group holdings inc institute llc ltd medicine meeting ministry mining network newsroom nv plc
prison rovers sa securities spa stadium state summit systems talks united university wanderers zeitung
office service administration party army embassy parliament government corporation company authority
organisation organization association union league movement alliance federation tribunal
bill act treaty accord pact protocol convention charter level
"""
ORGANISATION_HEADS = frozenset(_ORGANISATION_HEADS.split())

# Last words of a three-word name that make it a day or a festival, not a person.
_EVENT_HEADS = """
day festival week holiday anniversary games
"""
EVENT_HEADS = frozenset(_EVENT_HEADS.split())

# Names of international bodies, security services and armed groups, which no person's name
# contains: "Asean Plus Three" written as a name is the grouping, not a man called Asean Plus.
_ORGANISATION_WORDS = """
apec asean comecon ecowas interpol nafta nato opec unesco unicef
hezbollah hamas mossad bet taliban
"""
ORGANISATION_WORDS = frozenset(_ORGANISATION_WORDS.split())

# Heads of a title that make what it names a body, not a person ("crude producer Yukos", "state oil
# firm Rosneft", "Russian gas giant Gazprom").
_ORGANISATION_TITLES = """
agency airline bank broadcaster carrier company conglomerate exporter firm giant group importer insurer
lender maker manufacturer operator producer refiner subsidiary unit
"""
ORGANISATION_TITLES = frozenset(_ORGANISATION_TITLES.split())

# Last words that make a capitalised run a place, not a person ("Liberty Square", "Jordan Valley").
# (Not "Hall", "Hill", "Park", "Lake": surnames too.)
_PLACE_HEADS = """
airport atoll avenue bay centre center garden gardens harbour harbor island islands mountains palace
peninsula plaza reef reefs road shoal shoals square station strait street valley
"""
PLACE_HEADS = frozenset(_PLACE_HEADS.split())

# "the village of Novye Atagi", "the settlement of Kiryat Sefer", "the district of Mong Kok": the
# name after these and "of" is a place's (the settlements a meeting's place is read from, and more).
_PLACE_NOUNS = """
settlement district suburb province region neighbourhood neighborhood municipality county
"""
PLACE_NOUNS = SETTLEMENT_NOUNS | frozenset(_PLACE_NOUNS.split())

# Faiths and peoples that NER takes for names ("Sunni Muslim", "Shia Kurds"): never part of a name.
_NOT_NAME_WORDS = """
arab arabs buddhist catholic christian christians hindu hutu hutus islamic jew jewish kurd kurdish kurds
muslim muslims orthodox protestant shia shiite sikh sunni tutsi tutsis
"""
NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS.split())

# Web page furniture that NER reads as a name ("Replay More Videos ... MUST WATCH"): no one's name.
_PAGE_FURNITURE = """
click follow replay subscribe video videos sign
"""
PAGE_FURNITURE = frozenset(_PAGE_FURNITURE.split())

# Platforms, a disease and a policy that news names every day and the tagger often reads as a person
# when they stand alone ("Twitter said", "Covid hit"): never a person by themselves.
_NOT_A_PERSON_ALONE = """
brexit coronavirus covid facebook google instagram telegram tiktok twitter wechat weibo whatsapp youtube
"""
# News agencies and outlets, named alone as a source ("Yonhap said", "told Bloomberg").
_NEWS_AGENCIES = """
afp antara bernama bloomberg breitbart interfax itar-tass kcna kyodo maariv novosti reuters tass
xinhua yonhap
"""
NOT_A_PERSON_ALONE = frozenset(_NOT_A_PERSON_ALONE.split() + _NEWS_AGENCIES.split())

# "Moscow-backed", "US-friendly", "Polish-born": a country word that says what someone is backed by,
# friendly to or born in, not what they belong to.
_NOT_NATIONALITY_AFTER = """
allied armed backed born bound brokered controlled friendly funded led occupied sponsored style
supported trained
"""
NOT_NATIONALITY_AFTER = frozenset(_NOT_NATIONALITY_AFTER.split())

# "anti-U.S.", "pro-Moscow": against or for a country, not of it.
_NOT_NATIONALITY_BEFORE = """
anti non post pre pro
"""
NOT_NATIONALITY_BEFORE = frozenset(_NOT_NATIONALITY_BEFORE.split())

# Words that open a sentence and that NER runs into a name after them ("Before Mrs Trump spoke").
_CLAUSE_OPENERS = """
after although and as because before but despite during if meanwhile once since so then though
when whereas while yet
"""
CLAUSE_OPENERS = frozenset(_CLAUSE_OPENERS.split())

# Nouns for a vessel: "the Turkish aid ship, Mavi Marmara", "the aircraft carrier Ronald Reagan".
_VESSEL_NOUNS = """
boat carrier destroyer ferry freighter frigate ship submarine tanker vessel warship yacht
"""
VESSEL_NOUNS = frozenset(_VESSEL_NOUNS.split())

# Nouns for other named things the article says a name is: "the news weekly Der Spiegel", "the film
# Basic Instinct", "the pipeline Nord Stream 2", "the satellite Mozi", "Pangong Tso, a lake".
_THING_NOUNS = """
daily weekly newspaper paper magazine tabloid journal broadsheet channel
film movie book novel play song album series programme program show
pipeline satellite rocket spacecraft probe missile aircraft jet plane
lake river sea mountain desert glacier plateau canal dam
"""
THING_NOUNS = VESSEL_NOUNS | frozenset(_THING_NOUNS.split())

# Prefixes of ships' names: "USS Ronald Reagan" is a carrier. Case-sensitive.
_VESSEL_PREFIXES = """
USS HMS HMAS HMCS HMNZS INS RFS MV RMS
"""
VESSEL_PREFIXES = frozenset(_VESSEL_PREFIXES.split())

assert all(word.islower() for word in PARTICLES | NOT_PEOPLE_AFTER | ORGANISATION_HEADS)
assert not PARTICLES & ORGANISATION_HEADS
