"""Naming traditions and the states whose officials mostly bear names of each, for telling a Korean
surname from an English one when no grammar says whose a person is. Broad on purpose: the question
asked of it is only "could a person so named be this state's?", never "which state is theirs?".
Written from general knowledge, not from any article."""

from __future__ import annotations

# Traditions whose surnames overlap a great deal are one row: a Spanish, an English and a German
# surname are all "European" (a Swiss minister is Pierre Languetin, a Briton Catherine Barnard).
# Israel is in none: its officials' surnames are of every tradition.
_CULTURES = """
european :: US GB CA AU NZ IE DE DD AT CH LU NL FR BE MC IT SM VA MT NO SE DK FI IS GR CY LT LV EE HU RO MD
european :: ES MX AR VE CO PE CL CU BO EC UY PY NI HN GT SV CR PA DO BR PT PH
slavic :: RU SU UA BY BG RS YU MK HR SI BA ME PL CZ SK CS
east-asian :: CN TW SG JP KR KP VN
southeast-asian :: TH KH LA MM MY ID BN
middle-eastern :: SA EG IQ SY JO LB PS AE QA KW BH OM YE LY TN DZ MA SD MR IR AF TJ
turkic :: TR AZ UZ KZ TM KG
south-asian :: IN PK BD LK NP BT MV
african :: NG KE TZ UG ZA ZW ZM GH CI SN CM ET RW BI CD CG GA ML NE BF TD CF SL LR GN BW NA MW SO
caucasian :: AM GE
mongol :: MN
"""

CULTURE_OF: dict[str, str] = {
    code: culture.strip()
    for line in _CULTURES.strip().splitlines()
    for culture, _, codes in [line.partition("::")]
    for code in codes.split()
}
