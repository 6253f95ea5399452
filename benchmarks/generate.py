"""Deterministic generator of raw news articles in the formats of the seeds, for the benchmark.

``generate_articles(n, seed=0)`` returns ``{file name: text}`` for ``n`` articles. Each article
is made from its own seeded random stream, so article ``i`` is the same text whatever ``n`` is
(the 200-article archive is the first 200 of the 1,000-article one) and every run is identical.

The texts imitate what people paste from news sites, as the two seeds do:

* two header styles: ``date YYYY-MM-DD`` glued to the first sentence (title inferred), and
  ``<Outlet> <Month D, YYYY>`` with a headline line (sometimes a ``By`` line);
* bodies recombined from sentence templates filled with invented places (towns, provinces,
  landmarks, rivers; some in real countries so the gazetteer is exercised), people introduced
  with an apposition (``Name, a spokesperson for the ...,``) and then by surname, and armed
  groups defined with an acronym (``the Zabadin Democratic Front (ZDF)``) then named by it;
* subheadings, ``WATCH:`` lines, related headlines naming earlier articles (and some that
  are not in the archive), pull-quote captions;
* photo credits in the seed forms: a credit line then a caption (``Erik De Castro/Reuters``,
  ``Distribution Airbus DS/AFP/Getty Images``, ``Name/The New York Times via Redux``),
  captions ending in ``(Name TV, via AP)`` or ``(AP Photo/Name)``, with the place and the
  AP-style date (``Oct. 17, 2017``) the caption states;
* publication dates spread over 2014-2021, so the listings split by year.

The pools of names grow with the article number (new names keep appearing in a real archive)
and are skewed so that a few names are common and most are rare.

    python benchmarks/generate.py 50 OUT_DIR     # write 50 articles into OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2014, 2021
HEADER_GLUED_SHARE = 0.35
"""Share of articles in the seed-000 style (``date YYYY-MM-DD`` glued to the lede)."""

# --- name pools -----------------------------------------------------------------------------

_FIRST_SYLLABLES = """Kar Zab Tal Mar Sal Dar Raq Han Bal Nas Qam Khar Shad Yar Jaz Far Wad Lat Ham Kas Man Bar Sur
Ras Mus Bir Dan Haz Zar Tab Ghar Mel Kol Ner Sid Tor Vel Ask Om Ud Il""".split()
_MIDDLE_VOWELS = ["a", "a", "i", "u", "o", "e"]
_MIDDLE_CONSONANTS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "z", "sh", "y", "kh", "q"]
_ENDINGS = ["an", "in", "ah", "iya", "un", "ir", "at", "ar", "ek", "is", "ul", "ova", "ani", "ayn", "esh", "ara"]
_PLACE_PREFIXES = ["Tal", "Deir", "Ain", "Kafr", "Bir", "Jisr", "Qasr", "Ras", "Umm", "Beit", "Wadi", "Khirbet"]
COUNTRIES = ["Syria", "Iraq", "Yemen", "Libya", "Mali", "Sudan", "Somalia", "Lebanon", "Niger", "Afghanistan"]
COUNTRY_ADJECTIVES = {
    "Syria": "Syrian",
    "Iraq": "Iraqi",
    "Yemen": "Yemeni",
    "Libya": "Libyan",
    "Mali": "Malian",
    "Sudan": "Sudanese",
    "Somalia": "Somali",
    "Lebanon": "Lebanese",
    "Niger": "Nigerien",
    "Afghanistan": "Afghan",
}
_GROUP_ADJECTIVES = [
    "Democratic",
    "Popular",
    "National",
    "Revolutionary",
    "Unified",
    "Free",
    "Liberation",
    "Patriotic",
    "Republican",
    "Independent",
    "Southern",
    "Northern",
]
_GROUP_NOUNS = [
    "Forces",
    "Front",
    "Army",
    "Brigades",
    "Movement",
    "Alliance",
    "Guard",
    "Resistance",
    "Council",
    "Legion",
]
_FIRST_NAMES = """Talal Youssef Amira Layla Hassan Omar Farida Khalid Nour Samir Rania Karim Dalia Walid Hana Tariq
Salma Ibrahim Mariam Fadi Yasmin Ali Zainab Bashir Leila Anwar Huda Jamal Rasha Nabil Sara Mustafa
Aisha Ahmed Fatima Abdi Amina Moussa Idris Ayan Ismail Hawa Daniel Elena Marco Sofia Jonas Ingrid
Pierre Claire Tomas Katya""".split()
_SURNAMES = """Sillo Rabih Haddad Khoury Mansour Nasser Saleh Darwish Aziz Hamdan Barzani Hussein Farah Jaber
Kassem Nouri Othman Qadri Rahimi Said Tahir Wardi Yassin Zaki Abdullah Bakri Dabbagh Ghanem Halabi
Issa Jumaa Karimi Latif Mahmoud Obeid Qasim Rashid Shami Tamimi Warsame Abdi Diallo Traore Keita
Maiga Cisse Haidari Ahmadzai Noorzai""".split()
_PHOTOGRAPHERS = """Erik De Castro|Youssef Rabih|Gabriel Chaim|Ivor Prickett|Goran Tomasevic|Bulent Kilic
Delil Souleiman|Hussein Malla|Felipe Dana|Maya Alleruzzo|Aris Messinis|Lynsey Addario|Moises Saman
Ahmad Al-Rubaye|Khalil Mazraawi|Zohra Bensemra|Thaier Al-Sudani|Ammar Awad|Mohammed Huwais
Marko Djurica|Ricardo Garcia Vilanova|Hemn Baban""".replace("\n", "|").split("|")
_TV_CHANNELS = [
    "Ronahi TV",
    "Hawar TV",
    "Rudaw TV",
    "Al Mayadeen TV",
    "Kurdistan 24 TV",
    "Orient TV",
    "Aamaq TV",
    "Alsumaria TV",
    "Libya Al-Ahrar TV",
    "Shabelle TV",
]
_OUTLETS = [
    "ABC News",
    "CBC News",
    "BBC News",
    "Al Jazeera",
    "The Guardian",
    "CNN",
    "NBC News",
    "France 24",
    "Middle East Eye",
    "Reuters",
    "The Independent",
    "Deutsche Welle",
]
_AGENCIES = [
    "Reuters",
    "AP",
    "AFP",
    "EPA",
    "Getty Images",
    "AFP/Getty Images",
    "The New York Times via Redux",
    "Anadolu Agency",
    "Xinhua",
    "AFP via Getty Images",
]
_SATELLITE = [
    "Distribution Airbus DS/AFP/Getty Images",
    "Maxar Technologies/AFP/Getty Images",
    "Planet Labs/Reuters",
    "DigitalGlobe/AP",
]
_LANDMARK_HEADS = ["Square", "Bridge", "Dam", "Mosque", "Hospital", "Stadium", "Citadel", "Market", "Gate", "Tower"]
_ROLES = [
    "a spokesperson and senior {acr} commander",
    "a spokesperson for the {acr}",
    "a senior {acr} commander",
    "the governor of {province}",
    "a doctor at the {place} General Hospital",
    "a resident of {place}",
    "an analyst at the {place2} Institute for Strategic Studies",
    "the head of the {place} local council",
    "a field commander of the {acr}",
    "a former mayor of {place}",
    "a local journalist in {place}",
    "an aid worker with the {country} Red Crescent",
    "a negotiator for the {acr}",
    "a member of the {place} civil council",
]


@lru_cache(maxsize=None)
def _invented_word(kind: str, k: int) -> str:
    """A pronounceable invented word (``Zabadiya``, ``Kharul``, ``Tabomek``), the same for the same key."""
    rng = random.Random(f"{kind}:{k}")
    word = rng.choice(_FIRST_SYLLABLES)
    if rng.random() < 0.55:
        word += rng.choice(_MIDDLE_VOWELS) + rng.choice(_MIDDLE_CONSONANTS)
    return word + rng.choice(_ENDINGS)


@lru_cache(maxsize=None)
def place_name(k: int) -> str:
    """Invented town ``k`` (``Kharvan``, ``Deir al-Zabadin``, ``Tal Marun``)."""
    rng = random.Random(f"place-form:{k}")
    word = _invented_word("place", k)
    roll = rng.random()
    if roll < 0.18:
        return f"{rng.choice(_PLACE_PREFIXES)} al-{word}"
    if roll < 0.4:
        return f"{rng.choice(_PLACE_PREFIXES)} {word}"
    return word


def place_country(k: int) -> str:
    return COUNTRIES[random.Random(f"place-country:{k}").randrange(len(COUNTRIES))]


@lru_cache(maxsize=None)
def person_name(k: int) -> str:
    rng = random.Random(f"person:{k}")
    surname = rng.choice(_SURNAMES) if k < 2 * len(_SURNAMES) else _invented_word("surname", k)
    return f"{rng.choice(_FIRST_NAMES)} {surname}"


@dataclass(frozen=True)
class Group:
    name: str
    acronym: str


@lru_cache(maxsize=None)
def group(k: int) -> Group:
    """Armed group ``k``: ``Zabadin Democratic Front`` defined once as ``(ZDF)``."""
    rng = random.Random(f"group:{k}")
    words = [_invented_word("group-region", k), rng.choice(_GROUP_ADJECTIVES), rng.choice(_GROUP_NOUNS)]
    if rng.random() < 0.3:
        words.insert(2, rng.choice([a for a in _GROUP_ADJECTIVES if a not in words]))
    return Group(" ".join(words), "".join(w[0] for w in words))


def _skewed(rng: random.Random, size: int) -> int:
    """An index below ``size``, low ones much more often (a few names are everywhere)."""
    return min(int(size * rng.random() ** 2.2), size - 1)


# --- dates ----------------------------------------------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def long_date(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def ap_date(day: dt.date, with_year: bool = True) -> str:
    text = f"{_AP_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


# --- one article ------------------------------------------------------------------------------


@dataclass
class _Context:
    """What one article talks about, and what it has already introduced."""

    rng: random.Random
    date: dt.date
    place: str
    country: str
    places: list[str]
    groups: list[Group]
    enemy: str
    people: list[str]
    landmark: str
    province: str
    introduced: set[str] = field(default_factory=set)

    def group_ref(self, g: Group) -> str:
        if g.acronym in self.introduced:
            return f"the {g.acronym}"
        self.introduced.add(g.acronym)
        return f"the {g.name} ({g.acronym})"

    def person_ref(self, name: str) -> str:
        if name in self.introduced:
            return name.split()[-1]
        self.introduced.add(name)
        role = self.rng.choice(_ROLES).format(**self.slots())
        return f"{name}, {role},"

    def slots(self) -> dict[str, str]:
        rng = self.rng
        main = self.groups[0]
        return {
            "place": self.place,
            "place2": rng.choice(self.places),
            "place3": rng.choice(self.places),
            "country": self.country,
            "adj": COUNTRY_ADJECTIVES[self.country],
            "province": self.province,
            "landmark": self.landmark,
            "acr": main.acronym,
            "acr2": self.groups[-1].acronym,
            "enemy": self.enemy,
            "num": str(rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 35, 40, 65, 80, 120, 250])),
            "pct": str(rng.randint(3, 9) * 10),
            "big": f"{rng.randint(2, 400) * 1000:,}",
            "weekday": _WEEKDAYS[(self.date.weekday() - rng.randint(0, 3)) % 7],
            "months": rng.choice(["two", "three", "four", "five", "six", "eight", "ten"]),
            "dir": rng.choice(["north", "south", "east", "west"]),
            "coalition": rng.choice(
                ["U.S.-led coalition", "Russian-backed government", "Turkish-backed opposition", "UN-backed government"]
            ),
        }

    def fill(self, template: str) -> str:
        slots = self.slots()
        # Groups and people are introduced by the first template that names them.
        for slot, g in (("{G}", self.groups[0]), ("{G2}", self.groups[-1])):
            if slot in template:
                slots[slot[1:-1]] = self.group_ref(g)
        if "{P}" in template:
            slots["P"] = self.person_ref(self.rng.choice(self.people))
        text = template.format(**slots)
        return text[0].upper() + text[1:]


LEDES = [
    "{G} declared victory over {enemy} in {place} on {weekday}, declaring the town free of any militant presence "
    "after a {months}-month battle that left it in ruins.",
    "Fighters of {G} entered the centre of {place} on {weekday} after weeks of street battles with {enemy} "
    "militants, according to commanders on the ground.",
    "Thousands of families fled {place} in northern {country} on {weekday} as {G} pushed toward the town from the "
    "{dir}, aid groups said.",
    "An aid convoy reached the besieged town of {place} on {weekday} for the first time in {months} months, bringing "
    "food and medicine to about {big} people.",
    "Airstrikes by the {coalition} hit a crowded market in {place} on {weekday}, killing at least {num} civilians, "
    "local officials and {G} said.",
    "{G} said on {weekday} it had taken control of the {landmark} outside {place}, a key crossing over the road to "
    "{place2}.",
    "The United Nations warned on {weekday} that fighting between {G} and {enemy} around {place} could displace "
    "another {big} people in {province}.",
]
SENTENCES = [
    "At a press conference inside the town, {G} formally handed over administration of {place} to a council of local "
    "officials and tribal leaders.",
    "Residents said the streets of {place} were littered with destroyed cars and heaps of concrete slabs.",
    "The UN and aid organizations estimate that about {pct} per cent of {place} is destroyed or uninhabitable.",
    "Drone footage from {place} showed entire blocks reduced to rubble, with little sign of civilian life.",
    "{enemy} took over {place}, located on the {landmark} road, in {months} months of fighting and turned it into a "
    "stronghold.",
    "Long before the ground offensive by {G} began, warplanes of the {coalition} pounded {place} for months.",
    "Mines and explosives left behind in {place} kept maiming and killing people long after the fighting ended.",
    "The {landmark} in {place}, once a gathering place, had been turned into an arms depot and a prison.",
    "More than {big} people have fled to camps near {place2} since the offensive began, according to the UN refugee "
    "agency.",
    "Doctors at the only working hospital in {place} said they had treated {num} wounded people on {weekday} alone.",
    "The road between {place} and {place2} remained closed on {weekday} after heavy fighting near the {landmark}.",
    "Commanders of {G2} said their fighters had cleared {num} villages around {place3} in {province}.",
    "Satellite images taken this week show damage to the {landmark} and to dozens of buildings nearby.",
    "The {adj} government in the capital has not commented on the fighting in {province}.",
    "Aid workers warned that the water network of {place} had been cut for {num} days.",
    "Local officials in {place2} said they were preparing for the arrival of {big} displaced people.",
    "The fall of {place} marks a major defeat for {enemy}, which has seen its territory steadily shrink in {province}.",
    "Human rights groups have accused both sides of using heavy weapons in residential areas of {place}.",
    "Schools in {place} have been closed since {enemy} fighters arrived in the town {months} months ago.",
    "Fighters of {G2} were seen on {weekday} moving heavy weapons toward the outskirts of {place3}.",
    "The {coalition} said in a statement that it had carried out {num} strikes near {place} over the past week.",
    "Engineers said it would take months to clear the {landmark} and the streets around it of explosives.",
    "Officials in {place} have repeatedly asked the international community and aid organizations to help rebuild "
    "the town.",
    "A ceasefire agreed in {place2} in the spring collapsed within days, and fighting spread to {province}.",
    "Prices of bread and fuel in {place} have tripled since the siege began, residents said.",
]
QUOTES = [
    "Our victory is one against terrorism, and the liberation of {place} marks the latest chapter in the fight",
    "We call upon all countries and humanitarian organizations to help rebuild {place} and the villages around it",
    "The situation in {place} is catastrophic and it is getting worse every day",
    "We have not received any aid in {place} for {num} weeks",
    "Our forces will not stop until every village in {province} is free",
    "The people of {place} have paid the highest price for this war",
    "We need engineers, not soldiers, to make {place} safe again",
    "Nobody can return to {place} until the mines are removed",
    "The hospital in {place} is running out of everything, from fuel to bandages",
    "We ask the {coalition} to stop the strikes on residential areas of {place}",
]
QUOTE_SENTENCES = [
    '"{quote}," said {P} ',
    '"{quote}," {P} said.',
    '{P} said: "{quote}."',
    '"{quote}," {P} told reporters in {place2}.',
]
SUBHEADINGS = [
    "Over {num} dead fighting {enemy}",
    "A town in ruins",
    "Return of the displaced",
    "Aid groups warn of shortages",
    "Mines left behind",
    "The battle for {place}",
    "Life after the siege",
    "Who controls {province}",
    "Rebuilding {place}",
]
HEADLINES = [
    "{acr} declares victory over {enemy} in its former stronghold of {place}",
    "Drone footage captures apocalyptic aftermath of the battle for {place} in {country}",
    "Thousands flee {place} as {acr} fighters close in on the town from the {dir}",
    "Aid convoy reaches besieged {place} for the first time in {months} months",
    "{num} civilians killed in airstrikes on a market in {place}, monitors say",
    "UN warns of humanitarian catastrophe as fighting spreads across {province}",
    "Residents return to ruined {place} after {months}-month battle against {enemy}",
    "Satellite images show destruction of the historic {landmark} in {place}",
    "{acr} hands over {place} to local council after defeating {enemy} fighters",
    "Inside {place}, the town that {enemy} held for {months} months",
]
UNARCHIVED_RELATED = [
    "What the fall of {place} means for the future of the war in {country}",
    "Families search for missing relatives in the rubble of {place} weeks after the battle",
    "How {enemy} lost its grip on {province} in less than a year of fighting",
]
WATCH = [
    "Drone footage shows widespread {place} destruction",
    "{acr} fighters celebrate in {place}",
    "Inside the ruins of {place}",
    "Aid convoy enters {place}",
    "Residents describe the siege of {place}",
]
CAPTIONS = [
    "{acr} fighters ride atop of military vehicles as they celebrate victory in {place}, {country}, {date}.",
    "{landmark} following the liberation of {place}, {country}, {date}. The location was used by {enemy} militants "
    "to hold prisoners during their rule of the town.",
    "A fighter of {G_name} walks amidst the ruins of buildings in {place}, {country}, {date}.",
    "A heavily destroyed street in {place}, {country}, {date}.",
    "An image taken from drone video shows damaged buildings in {place}, {country}, {date}.",
    "A destroyed classroom in {place}, {country}, {date}.",
    "Displaced families wait at a checkpoint near {place}, {country}, {date}.",
    "A man carries water through the ruins of the old market in {place}, {country} {date}.",
    "Smoke rises over {place2} during an airstrike, seen from {place}, {country}, {date}.",
]
SATELLITE_CAPTIONS = [
    "Central {place} showing {landmark}, top left, and the town's municipal stadium in a satellite image taken {date}.",
    "{place} showing the damaged {landmark} in a satellite image taken {date}.",
]
AP_CAPTIONS = [
    "In this image made from video, {acr} fighters gather in the main square of {place}, {country}, on {weekday}, "
    "{date}.",
    "Smoke rises after an airstrike on the outskirts of {place}, {country}, {date}.",
    "A boy stands in front of his family's destroyed house in {place}, {country}, {date}.",
]


def _article_context(rng: random.Random, i: int) -> _Context:
    pool = 40 + i // 3
    place_k = _skewed(rng, pool)
    country = place_country(place_k)
    others = []
    for _ in range(rng.randint(2, 4)):
        k = _skewed(rng, pool)
        others.append(place_name(k))
    groups = [group(_skewed(rng, 12 + i // 25)) for _ in range(2)]
    enemy_roll = rng.random()
    enemy = (
        "ISIS"
        if enemy_roll < 0.35
        else ("al-Shabab" if country == "Somalia" else f"the {group(_skewed(rng, 12 + i // 25) + 1000).acronym}")
    )
    people = [person_name(_skewed(rng, 60 + i // 2)) for _ in range(rng.randint(1, 3))]
    landmark_word = _invented_word("landmark", _skewed(rng, 30 + i // 4))
    landmark = f"{landmark_word} {rng.choice(_LANDMARK_HEADS)}"
    province = f"{place_name(_skewed(rng, pool) + 5000).split()[-1].removeprefix('al-')} province"
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    return _Context(rng, date, place_name(place_k), country, others, groups, enemy, people, landmark, province)


def _caption(ctx: _Context, templates: list[str]) -> str:
    shot = ctx.date - dt.timedelta(days=ctx.rng.randint(0, 4))
    slots = ctx.slots()
    slots.update(date=ap_date(shot, with_year=ctx.rng.random() < 0.9), G_name=ctx.groups[0].name)
    text = ctx.rng.choice(templates).format(**slots)
    return text[0].upper() + text[1:]


def _photo(ctx: _Context) -> tuple[list[str], bool]:
    """The lines of one photo (credit line + caption, or a caption with a trailing credit)."""
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.55:
        credit = f"{rng.choice(_PHOTOGRAPHERS)}/{rng.choice(_AGENCIES)}"
        return [credit, _caption(ctx, CAPTIONS)], True
    if roll < 0.65:
        return [rng.choice(_SATELLITE), _caption(ctx, SATELLITE_CAPTIONS)], True
    if roll < 0.85:
        return [f"{_caption(ctx, AP_CAPTIONS)} (AP Photo/{rng.choice(_PHOTOGRAPHERS)})"], False
    return [f"{_caption(ctx, CAPTIONS)} ({rng.choice(_TV_CHANNELS)}, via AP)"], False


@dataclass(frozen=True)
class GeneratedArticle:
    """One generated seed, with what a reader must find in it (for the tests)."""

    filename: str
    text: str
    date: str
    title: str | None
    """The headline line, or ``None`` where the header style leaves the title to be inferred."""
    photos: int


def _quote_paragraph(ctx: _Context) -> tuple[str, str]:
    quote = ctx.rng.choice(QUOTES).format(**ctx.slots())
    template = ctx.rng.choice(QUOTE_SENTENCES)
    text = ctx.fill(template.replace("{quote}", quote.replace("{", "{{").replace("}", "}}")))
    text = text.strip().rstrip(",")
    return (text if text.endswith((".", '"')) else text + "."), quote


def make_article(i: int, seed: int = 0, earlier_titles: list[str] | None = None) -> GeneratedArticle:
    """Article ``i`` of the stream ``seed``; ``earlier_titles`` are headlines it may cite."""
    rng = random.Random(f"article:{seed}:{i}")
    ctx = _article_context(rng, i)
    glued = rng.random() < HEADER_GLUED_SHARE
    body: list[str] = []  # blocks, joined by blank lines
    photos = 0
    quotes: list[str] = []
    paragraphs = [ctx.fill(rng.choice(LEDES))]
    sentences = rng.sample(SENTENCES, len(SENTENCES))  # each template at most once per article
    for _ in range(rng.randint(7, 16)):
        if rng.random() < 0.22:
            text, quote = _quote_paragraph(ctx)
            quotes.append(quote)
            paragraphs.append(text)
        else:
            paragraphs.append(" ".join(ctx.fill(sentences.pop()) for _ in range(rng.randint(1, 3)) if sentences))
    title = None
    header: list[str]
    if glued:
        header = []
        paragraphs[0] = f" date {ctx.date.isoformat()} {paragraphs[0]}"
    else:
        title = ctx.fill(rng.choice(HEADLINES).replace("{G}", "{acr}"))
        header = [f"{rng.choice(_OUTLETS)} {long_date(ctx.date)}"]
        if rng.random() < 0.25:
            header.append(f"By {person_name(_skewed(rng, 80) + 3000)}")
        header += ["", title]
        if rng.random() < 0.6:
            body.append("WATCH: " + ctx.fill(rng.choice(WATCH)))
    subheading_at = rng.randint(4, max(4, len(paragraphs) - 2)) if rng.random() < 0.6 else -1
    for index, paragraph in enumerate(paragraphs):
        if index == subheading_at:
            body.append(ctx.fill(rng.choice(SUBHEADINGS)))
        body.append(paragraph)
        if index == 0:
            continue
        if glued:
            if quotes and rng.random() < 0.12:
                # The seed-000 form: a pull quote repeating a paragraph, credited in parentheses.
                body.append(f"'{quotes.pop(0)},' said {ctx.people[0]}. ({rng.choice(_TV_CHANNELS)}, via AP)")
                photos += 1
        elif rng.random() < 0.3:
            lines: list[str] = []
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                photo_lines, _ = _photo(ctx)
                lines += photo_lines
                photos += 1
            body.append("\n".join(lines))
        if not glued and rng.random() < 0.06:
            pool = earlier_titles or []
            if pool and rng.random() < 0.75:
                body.append(rng.choice(pool[-400:]))
            else:
                body.append(ctx.fill(rng.choice(UNARCHIVED_RELATED)))
    if glued and photos == 0:
        body.append(f"{_caption(ctx, AP_CAPTIONS)} (AP Photo/{rng.choice(_PHOTOGRAPHERS)})")
        photos += 1
    text = "\n".join(header) + ("\n\n" if header else "") + "\n\n".join(body)
    if rng.random() < 0.5:
        text += "\n"
    name = f"{i:05d}_{rng.getrandbits(64):016x}.txt"
    return GeneratedArticle(name, text, ctx.date.isoformat(), title, photos)


def generate(n: int, seed: int = 0) -> list[GeneratedArticle]:
    """The first ``n`` articles of stream ``seed``, with what each holds."""
    articles: list[GeneratedArticle] = []
    titles: list[str] = []
    for i in range(n):
        article = make_article(i, seed, titles)
        articles.append(article)
        if article.title:
            titles.append(article.title)
    return articles


def generate_articles(n: int, seed: int = 0) -> dict[str, str]:
    """``n`` raw articles as ``{file name: text}``; the same for the same ``n`` and ``seed``."""
    return {article.filename: article.text for article in generate(n, seed)}


def write_articles(folder: Path, n: int, seed: int = 0) -> list[GeneratedArticle]:
    folder.mkdir(parents=True, exist_ok=True)
    articles = generate(n, seed)
    for article in articles:
        (folder / article.filename).write_text(article.text, encoding="utf-8")
    return articles


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.rsplit("\n\n", 1)[-1], file=sys.stderr)
        raise SystemExit(2)
    written = write_articles(Path(sys.argv[2]), int(sys.argv[1]))
    print(f"wrote {len(written)} articles to {sys.argv[2]}")
