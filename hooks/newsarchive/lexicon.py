"""The words the index reads names by: one list each, used by every module that needs it.

Head nouns say what a name is ("X Square" is a landmark, "X Brigades" an armed group); particles
hold names together ("Deir ez-Zor", "Ludwig van Beethoven"); honorifics and titles say a person
follows; calendar words, number words and page furniture are never names. Organisations known
by several names are ``organisations``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- what a name's own head noun says it is ----------------------------------------------------

# Place head nouns and the kind of place each implies ("Naim Square" -> landmark).
PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(_words("river creek canal"), "river"),
    **dict.fromkeys(_words("lake lagoon reservoir"), "lake"),
    **dict.fromkeys(_words("sea gulf bay ocean strait channel"), "sea"),
    "dam": "dam",
    **dict.fromkeys(
        _words(
            """square roundabout bridge gate mosque cathedral chapel temple shrine synagogue stadium
            arena tower airport hospital palace castle citadel fort market bazaar mall museum planetarium gallery
            library hall theatre theater hotel station terminal prison jail refinery oilfield plant mine monument
            memorial park garden zoo building towers centre center complex cemetery embassy consulate port
            harbour harbor pier"""
        ),
        "landmark",
    ),
    **dict.fromkeys(_words("street road avenue highway boulevard lane motorway freeway place drive"), "street"),
    "camp": "camp",
    **dict.fromkeys(_words("base airbase airfield"), "base"),
    **dict.fromkeys(
        _words(
            """province governorate district region county valley desert state territory prefecture oblast
            canton borough suburb"""
        ),
        "region",
    ),
    **dict.fromkeys(_words("mountain mountains mount hills peak plateau"), "mountain"),
    **dict.fromkeys(_words("island islands isle peninsula coast archipelago atoll"), "island"),
    **dict.fromkeys(_words("border crossing checkpoint"), "border"),
    "city": "city",
    "town": "town",
    "village": "village",
    **dict.fromkeys(_words("neighbourhood neighborhood quarter"), "district"),
}
# Words after a name that say what kind of place it is ("Gweiran prison", "al-Hol camp").
FOLLOWING_PLACE_NOUNS = frozenset(PLACE_HEADS) - _words("state channel complex plant centre center")

# Actor head nouns and the kind of actor each implies ("Syrian Democratic Forces" -> armed group).
ACTOR_HEADS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            """forces force army militia militias brigade brigades front units guard guards battalion battalions
            corps regiment division legion coalition rebels militants navy"""
        ),
        "armed_group",
    ),
    **dict.fromkeys(
        _words(
            """news tv press times post radio television agency channel herald journal tribune guardian gazette
            magazine weekly daily telegraph broadcasting broadcaster network"""
        ),
        "media",
    ),
    **dict.fromkeys(
        _words(
            """nations organization organisation committee council union fund bank court ministry department
            office observatory watch cross crescent party foundation institute institution university college
            school academy commission programme program administration church helmets association society federation
            league club company corporation corp inc ltd group authority agencies service services board bureau
            trust charity movement congress parliament assembly senate police unit club team industries
            holdings technologies systems motors airlines airways pharmaceuticals laboratories labs partners
            enterprises ventures studios"""
        ),
        "organization",
    ),
    "government": "state",
}
# Endings of abstract nouns: a faith, a doctrine, a quality ("Buddhism", "Theosophy") is no place.
ABSTRACT_NOUN = re.compile(r"(?:ology|ism|ity|ness|ship|ics)$")

# --- words that hold a name together ---------------------------------------------------------

# Lower-case particles inside personal and place names ("Ludwig van Beethoven", "Abu Bakr al Baghdadi").
# Not "at", "as", "an": standing alone those are English words ("X at Y"), glued they are ARABIC_ARTICLES.
NAME_PARTICLES = _words("al el ez de da del della di du dos das der den la le van von bin ibn abu")
# Arabic articles glued to the next word by a hyphen ("al-Assad", "Deir ez-Zor"): ignored in keys.
ARABIC_ARTICLES = _words("al el ez ad ar as ash at az an")
ARABIC_ARTICLE_START = re.compile(r"^(?:al|el|ez|ad|ar|as|ash|at|az|an)[-‐][A-Z]")
# Possessives that stay inside a name ("People's Party", "Kurdistan Workers' Party"); any other
# possessive ends the name ("Norway's Ola Brenne", "the party's Shadow Home Secretary").
POSSESSIVES_IN_NAMES = _words("people women men children workers")
# Lower-case tails that make an adjective of a hyphenated name ("Kurdish-speaking", "Iran-born"); any
# other lower-case tail is part of the name ("Lam Wai-kit").
HYPHEN_ADJECTIVE_TAILS = _words(
    """speaking born based style era made owned linked inspired dominated majority populated related focused
    themed bound wide only free friendly registered flagged listed designed built produced size sized like
    level scale class type length shaped"""
)
# Words that join two capitalised runs into one name ("Bank of England", "Evergreen Aviation & Space Museum").
NAME_CONNECTORS = _words("of for &") | NAME_PARTICLES
# Arabic, Kurdish and Turkish place-name openings: Ain (spring), Deir (monastery), Tal (hill)...
# Romance and English ones: San (saint), Porto (port), Fort...
PLACE_PREFIXES = _words(
    """Ain Ayn Deir Dayr Beit Bayt Tal Tell Kafr Kfar Jabal Jebel Wadi Ras Khan Bir Qasr Jisr Marj Tel San Santa
    Sao São Porto Puerto Fort Cape"""
)

# Prefixes that make a stance of a name ("pro-Beijing", "anti-Trump"): the span names no entry.
STANCE_PREFIXES = _words("Pro Anti Non Ex Post Pre Neo Pan Trans Inter Sub Super Ultra Counter")

# --- direction words ---------------------------------------------------------------------------

# A compass word makes a name of its own: "South Sudan", "East London", "Northern Ireland".
COMPASS_WORDS = _words(
    """North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest
    Northeastern Northwestern Southeastern Southwestern North-East North-West South-East South-West"""
)
# These point into the place they qualify: "Central Raqqa" is Raqqa.
INNER_PLACE_WORDS = _words("Central Downtown Old Greater Inner Outer Upper Lower")

# Demonyms that do not follow from the country's name by a regular suffix (those are the gazetteer's).
IRREGULAR_DEMONYMS = {
    **dict.fromkeys(_words("Turkish Turk Turks"), "TR"),
    **dict.fromkeys(_words("French Frenchman Frenchmen"), "FR"),
    **dict.fromkeys(_words("British English Welsh Scottish Scots Briton Britons"), "GB"),
    **dict.fromkeys(_words("Dutch"), "NL"),
    **dict.fromkeys(_words("Swiss"), "CH"),
    **dict.fromkeys(_words("Greek Greeks"), "GR"),
    **dict.fromkeys(_words("Spanish Spaniard Spaniards"), "ES"),
    **dict.fromkeys(_words("Danish Dane Danes"), "DK"),
    **dict.fromkeys(_words("Swedish Swede Swedes"), "SE"),
    **dict.fromkeys(_words("Finnish Finn Finns"), "FI"),
    **dict.fromkeys(_words("Polish Pole Poles"), "PL"),
    **dict.fromkeys(_words("Irish"), "IE"),
    **dict.fromkeys(_words("Iraqi Iraqis"), "IQ"),
    **dict.fromkeys(_words("Israeli Israelis"), "IL"),
    **dict.fromkeys(_words("Saudi Saudis"), "SA"),
    **dict.fromkeys(_words("Emirati Emiratis"), "AE"),
    **dict.fromkeys(_words("Afghan Afghans"), "AF"),
    **dict.fromkeys(_words("Thai"), "TH"),
    **dict.fromkeys(_words("Filipino Filipinos Filipina"), "PH"),
    **dict.fromkeys(_words("Chinese"), "CN"),
    **dict.fromkeys(_words("Japanese"), "JP"),
    **dict.fromkeys(_words("Congolese"), "CD"),
    **dict.fromkeys(_words("Somali Somalis"), "SO"),
    **dict.fromkeys(_words("Malagasy"), "MG"),
    **dict.fromkeys(_words("Ukrainian Ukrainians"), "UA"),
    **dict.fromkeys(_words("Russian Russians"), "RU"),
    **dict.fromkeys(_words("American Americans"), "US"),
    **dict.fromkeys(_words("German Germans"), "DE"),
    **dict.fromkeys(_words("Korean Koreans"), "KR"),
    **dict.fromkeys(_words("Vietnamese"), "VN"),
    **dict.fromkeys(_words("Burmese"), "MM"),
    **dict.fromkeys(_words("Kiwi Kiwis"), "NZ"),
    **dict.fromkeys(_words("Argentine Argentinian"), "AR"),
    **dict.fromkeys(_words("Peruvian"), "PE"),
    **dict.fromkeys(_words("Belgian Belgians"), "BE"),
    **dict.fromkeys(_words("Norwegian Norwegians"), "NO"),
    **dict.fromkeys(_words("Portuguese"), "PT"),
    **dict.fromkeys(_words("Czech Czechs"), "CZ"),
    **dict.fromkeys(_words("Slovak Slovaks"), "SK"),
    **dict.fromkeys(_words("Hungarian Hungarians"), "HU"),
    **dict.fromkeys(_words("Lao Laotian"), "LA"),
    **dict.fromkeys(_words("Bangladeshi Bangladeshis"), "BD"),
    **dict.fromkeys(_words("Pakistani Pakistanis"), "PK"),
    **dict.fromkeys(_words("Yemeni Yemenis"), "YE"),
    **dict.fromkeys(_words("Kuwaiti Kuwaitis"), "KW"),
    **dict.fromkeys(_words("Qatari Qataris"), "QA"),
    **dict.fromkeys(_words("Omani Omanis"), "OM"),
    **dict.fromkeys(_words("Bahraini Bahrainis"), "BH"),
    **dict.fromkeys(_words("Lebanese"), "LB"),
    **dict.fromkeys(_words("Sudanese"), "SD"),
    **dict.fromkeys(_words("Nepali Nepalese"), "NP"),
    **dict.fromkeys(_words("Taiwanese"), "TW"),
    **dict.fromkeys(_words("Monegasque"), "MC"),
    **dict.fromkeys(_words("Cypriot Cypriots"), "CY"),
    **dict.fromkeys(_words("Maltese"), "MT"),
    **dict.fromkeys(_words("Icelandic Icelander Icelanders"), "IS"),
    **dict.fromkeys(_words("Luxembourgish"), "LU"),
    **dict.fromkeys(_words("Dominican"), "DO"),
    **dict.fromkeys(_words("Salvadoran"), "SV"),
    **dict.fromkeys(_words("Uzbek Uzbeks"), "UZ"),
    **dict.fromkeys(_words("Kazakh Kazakhs"), "KZ"),
    **dict.fromkeys(_words("Tajik Tajiks"), "TJ"),
    **dict.fromkeys(_words("Kyrgyz"), "KG"),
    **dict.fromkeys(_words("Turkmen"), "TM"),
}

# --- people ----------------------------------------------------------------------------------

# Written only before a person's name: never a name alone.
HONORIFICS = _words("Mr Mrs Ms Miss Mx Dr Prof Sir Dame Rev Revd Lord Lady Messrs Mme Mlle Herr")
# Offices written before a name ("President Joe Biden", "Education Minister Stefania Giannini").
TITLE_HEADS = _words(
    """President Vice-President Premier Minister Secretary Undersecretary Senator Sen Governor Gov Mayor
    Judge Justice Chancellor King Queen Prince Princess Emir Sheikh Sheik Imam Ayatollah Pope Cardinal Bishop
    Archbishop Reverend Father Rabbi General Gen Lieutenant Lt Colonel Col Major Maj Captain Capt Sergeant
    Sgt Commander Cmdr Admiral Adm Marshal Corporal Cpl Officer Detective Inspector Constable Sheriff
    Director Chairman Chairwoman Chairperson Spokesman Spokeswoman Spokesperson Ambassador Envoy Professor
    Doctor Coach Manager Attorney Representative Rep Congressman Congresswoman Councillor Councilor
    Councilman Councilwoman Speaker Leader Chief Editor Correspondent Striker Midfielder Defender
    Goalkeeper Chief-Executive Astronaut Pastor Archduke Duke Duchess Count Countess Baron Baroness Adviser
    Advisor Superintendent Commissioner Administrator Prosecutor Solicitor Secretary-General Anchor Host"""
)
# Words that qualify an office ("Shadow Home Secretary", "Deputy Prime Minister", "Foreign Minister").
TITLE_MODIFIERS = _words(
    """Shadow Home Foreign Interior Defence Defense Finance Health Education Justice Culture Trade Energy
    Environment Transport Agriculture Economy Treasury State Deputy Vice Prime Acting Former Assistant
    Senior Chief Executive First Supreme Grand Crown Emeritus Associate Lead Head Permanent Special Junior
    Opposition Party Labour Conservative Democratic Republican Labor Minority Majority Press Communications
    National Security Policy Managing General"""
)
# Verbs of speech: "X said" makes X a speaker (a person only when the name has a person's shape).
SPEECH_VERBS = _words(
    """said says told tells added adds stated states warned warns announced announces declared declares wrote
    writes tweeted explained explains noted notes argued argues insisted insists claimed claims confirmed
    confirms denied denies urged urges appealed asked asks replied replies responded responds commented
    acknowledged admitted recalled predicted estimated believes believed thinks thought"""
)
# Nouns in an apposition that describe a person (", a spokesman for the SDF,").
ROLE_NOUNS = re.compile(
    r"\b(?:spokes(?:person|man|woman)|commander|leader|official|minister|president|chief|head|director|"
    r"general|colonel|officer|activist|resident|journalist|reporter|photographer|analyst|researcher|"
    r"envoy|ambassador|mayor|governor|founder|member|fighter|doctor|witness|lawyer|professor|negotiator|"
    r"secretary|chairman|chairwoman|adviser|advisor|coordinator|representative|cleric|sheikh|emir|"
    r"student|teacher|mother|father|son|daughter|wife|husband|player|coach|striker|captain|manager|"
    r"author|artist|writer|actor|actress|singer|scientist|economist|expert|executive|candidate|politician|"
    r"lawmaker|senator|worker|volunteer|owner|victim|survivor|refugee|farmer|engineer|astronaut|pilot)s?\b",
    re.IGNORECASE,
)
# People a nationality qualifies ("an Australian climber", "two British tourists"): with it the
# adjective says who is in the fact. Officials, forces and offices are left out: "British police"
# and "Australian officials" speak of one event from two countries (general news wording, not a
# corpus's).
PERSON_NOUNS = (
    r"\b(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teen(?:ager)?s?|tourists?|travell?ers?|visitors?|"
    r"nationals?|citizens?|residents?|climbers?|mountaineers?|hikers?|skiers?|sailors?|divers?|drivers?|"
    r"passengers?|soldiers?|couples?|brothers?|sisters?|mothers?|fathers?|students?|nurses?|doctors?|"
    r"priests?|prisoners?|hostages?|suspects?|gunm[ae]n|victims?|survivors?|refugees?|workers?|players?|"
    r"athletes?|cyclists?|runners?|swimmers?|boxers?|golfers?|backpackers?|journalists?|actors?|"
    r"actress(?:es)?|singers?|pilots?|engineers?|volunteers?)\b"
)

# --- actors by the words around them ---------------------------------------------------------------

# Words after a name that make it an armed group ("Islamic State militants").
ARMED_CUES = _words(
    """militants fighters extremists jihadists rebels insurgents militia militiamen commander commanders
    gunmen forces troops group offensive fighter"""
)
# "U.S.-backed", "Kurdish-led": the name is an agent behind something.
AGENT_SUFFIXES = _words(
    "backed led trained funded allied held controlled run affiliated aligned supported sponsored armed"
)
# "U.S. forces", "Russian troops": a state's armed forces, one actor apart from the state.
STATE_FORCE_NOUNS = _words("coalition forces troops military army soldiers")
# Verbs of a contest: a country or city that "won" or "defeated" is a team in that mention.
CONTEST_VERBS = _words(
    """won win wins beat beats defeated defeat defeats drew draw draws lost lose loses faced face faces
    scored score scores edged thrashed routed eliminated qualified hosted overcame trounced clinched"""
)
# Verbs of an acting state or city government: "Washington announced" is the government.
GOVERNMENT_VERBS = _words(
    """announced accused condemned imposed approved rejected recognised recognized sanctioned threatened
    demanded agreed signed launched deployed expelled vowed pledged criticised criticized responded
    retaliated fired protested summoned"""
)
# What follows a news organisation's name ("AP footage", "Reuters reported").
MEDIA_AFTER = re.compile(r"\s*(?:footage|reported|reports|news agency|said in a report|reporter|correspondent)\b")
# Place prepositions: "in X", "near X" (weak evidence: "in Washington" is a place, "in Anonymous" is not).
# Not "at", "from", "of", "to": "at Mercury", "member of the ZUA", "from NASA" name organisations as often.
PLACE_PREPOSITIONS = _words("in into near across around outside inside toward towards through throughout within")
# Words before "X said" that make X a place the speakers are of ("residents of Danek said").
NOT_A_SPEAKER_AFTER = PLACE_PREPOSITIONS | _words("of from at to")
# "Residents of X said": the people of a place (so X is a place), not a group's members.
RESIDENT_NOUNS = _words("residents people citizens villagers inhabitants locals families natives townspeople")
# "the town of X", "the outskirts of X".
PLACE_OF = re.compile(
    r"\b(?:(?:town|city|village|district|province|region|state|camp|neighbou?rhood|area|outskirts|suburb|capital|"
    r"island|county|port|municipality)\s+of|capital,)\s+$",
    re.IGNORECASE,
)

# --- words that are never names ----------------------------------------------------------------

CALENDAR_WORDS = _words(
    """January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue
    Tues Wed Thu Thur Thurs Fri Sat Sun Today Tonight Yesterday Tomorrow Noon Midnight Christmas Easter
    Ramadan Eid Hanukkah Diwali"""
)
# "May" and "March" are also verbs and names: they are calendar words only as whole spans.
NUMBER_WORDS = _words(
    """One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen
    Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds
    Thousand Thousands Million Millions Billion Billions Dozen Dozens First Second Third Fourth Fifth Sixth
    Seventh Eighth Ninth Tenth Half Quarter Both Several Many Few Some All None Each Every Another"""
)
# Words of page widgets and boxes that a copied page carries between paragraphs.
FURNITURE_WORDS = _words(
    """Advertisement Advertising Sponsored Newsletter Newsletters Subscribe Subscribed Subscription Unsubscribe
    Sign Login Log Register Share Shares Tweet Email Print Comment Comments Reply Play Pause Replay Mute
    Unmute Fullscreen Playing Loaded Loading Autoplay Captions Caption Close Expand Collapse Menu Search
    Skip Next Previous Prev Back Top Latest Popular Trending Recommended Related Topics Tags Tag More Less
    Read Watch Listen Download Follow Like Photo Photos Gallery Video Videos Image Images Slideshow Toggle
    Cookie Cookies Privacy Terms Accept Continue Premium Exclusive Live Update Updated Updates Breaking
    Opinion Podcast Podcasts Newsletter Inbox Offer Deal Deals Buy Shop App Apps Click Tap Here"""
)
# Group nouns: the people of a faith or nation are named by them, but they name no index entry.
GROUP_NOUNS = _words(
    """Muslims Muslim Christians Christian Jews Jewish Hindus Hindu Buddhists Buddhist Sikhs Sikh Catholics
    Catholic Protestants Protestant Sunnis Sunni Shias Shia Shiites Shiite Alawites Alawite Druze Evangelicals
    Evangelical Mormons Mormon Orthodox Atheists Atheist Arabs Arab Kurds Jihadists Islamists Islamist
    Republicans Democrats Conservatives Liberals Socialists Communists Greens Tories Labourites Europeans
    Africans Asians Latinos Hispanics Westerners Americans Britons Brits"""
)
# A name ending in one of these is an occasion or an award ("Waitangi Day", "Booker Prize", "Cannes
# Film Festival"): neither a place nor an actor.
OCCASION_HEADS = _words("Day Week Prize Award Awards Festival Olympics Cup")
# Names of diseases and epidemics look like names and are not places or actors.
DISEASE_WORDS = _words("Covid Covid-19 COVID COVID-19 Ebola Zika Sars SARS MERS Mers HIV AIDS Aids H1N1 Mpox")
# Capital runs that are not names: acronyms of time zones, formats and page words.
STOP_ACRONYMS = _words(
    """TV OK AM PM GMT UTC BST EST EDT CET CEST PST PDT ID WATCH VIDEO READ MORE PHOTO PHOTOS UPDATE UPDATED
    CEO CFO PDF HTML URL DIY FAQ II III IV VI VII VIII IX XI XII LIVE NEW BREAKING EXCLUSIVE OPINION ANALYSIS
    COVID SARS HIV AIDS GDP PR HQ AKA FYI ICYMI LOL MP MPs TBA RIP SOS USD EUR GBP VIP IQ QC KC SC MBE OBE CBE
    PhD MD BA MA BSc MSc RN DNA RNA GPS SMS USB LED CCTV"""
)
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# Words written capitalised that stand for the writer or a clause, never a name ("I", "I'm", "It's").
PRONOUN_CONTRACTIONS = re.compile(r"^(?:I|i|we|you|they|he|she|it|that|there|here|let|what|who)['’]\w+$", re.IGNORECASE)


def _bare(word: str) -> str:
    """A word as the lists write it: no full stop or possessive, capitals as in a sentence ("SEPT." -> "Sept")."""
    bare = word.rstrip(".").removesuffix("'s").removesuffix("’s")
    return bare.title() if bare.isupper() and len(bare) > 1 else bare


@lru_cache(maxsize=65_536)
def is_calendar_word(word: str) -> bool:
    return _bare(word) in CALENDAR_WORDS


NEVER_NAMES = HONORIFICS | TITLE_HEADS | CALENDAR_WORDS | NUMBER_WORDS | FURNITURE_WORDS


def is_never_a_name(words: list[str]) -> bool:
    """A run of words every one of which is an honorific, title, calendar, number or furniture word,
    or an office without its holder ("Prime Minister", "Shadow Home Secretary"; but "Labour Party")."""
    bare = [_bare(w) for w in words]
    if all(w in NEVER_NAMES for w in bare):
        return True
    return bare[-1] in TITLE_HEADS and all(w in TITLE_HEADS or w in TITLE_MODIFIERS for w in bare)
