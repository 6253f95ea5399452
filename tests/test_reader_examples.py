"""Example tables for the reader's rules: raw text in, fields out, one row per case.

Rows are grouped by where their pattern was met: the seeds, wire copy, newspaper sites, and
pages copied whole. Every row is written for this table (names and places are invented); none
is copied from an evaluation corpus.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsarchive.reader.bylines import outlet_and_place, read_byline
from newsarchive.reader.captions import read_caption_date, read_caption_place
from newsarchive.reader.credits import is_credit, split_credit, split_trailing_credit
from newsarchive.reader.datelines import clock_value, leading_time, read_date_line
from newsarchive.reader.lines import units_of
from newsarchive.reader.roles import read_evidence
from newsarchive.reader.standalone import standalone_caption
from newsarchive.reader.words import CLOCK_TIME

# --- bylines: text -> (authors, role, agency, outlet, house) ------------------------------------

BYLINES = [
    # the issue's own examples
    (
        "By MARIA SANTOS, JOHN HOLLAND and PRIYA NAIR",
        (("Maria Santos", "John Holland", "Priya Nair"), None, None, None, None),
    ),
    ("Piet Hendriks Associated Press", (("Piet Hendriks",), None, "Associated Press", None, None)),
    ("Anna Kowalski Foreign correspondent", (("Anna Kowalski",), "Foreign correspondent", None, None, None)),
    # wire copy on a newspaper's site: the agency is credited, never the outlet
    ("Lena Varga, AP Diplomatic Writer", (("Lena Varga",), "AP Diplomatic Writer", "AP", None, None)),
    (
        "By SAMIR HADDAD and LAYLA NOUR, Associated Press",
        (("Samir Haddad", "Layla Nour"), None, "Associated Press", None, None),
    ),
    ("The Associated Press", (("The Associated Press",), None, "The Associated Press", None, None)),
    ("AFP/The Daily Coast - [email protected]", (("AFP",), None, "AFP", None, None)),
    ("KYODO", (("Kyodo",), None, "Kyodo", None, None)),
    # newspaper sites: outlet after the names, handles and e-mails, several lines' worth
    ("By Rosa Ilves | Fox News", (("Rosa Ilves",), None, None, "Fox News", None)),
    ("By Owen Pratt, CNN", (("Owen Pratt",), None, None, "CNN", None)),
    ("Analysis by Dana Kerr, CNN Editor-at-large", (("Dana Kerr",), "CNN Editor-at-large", None, "CNN", None)),
    ("Mira Osei and Paul Lind USA TODAY", (("Mira Osei", "Paul Lind"), None, None, "USA TODAY", None)),
    ("Niko Tamm @nikotamm", (("Niko Tamm",), None, None, None, None)),
    ("By Ada Rook@adarook28Ben O'Hara", (("Ada Rook", "Ben O'Hara"), None, None, None, None)),
    ("By Iva Lund ivalund@example.org(555) 123-4567", (("Iva Lund",), None, None, None, None)),
    ("By Carl Moss , Edda Ring on", (("Carl Moss", "Edda Ring"), None, None, None, None)),
    ("Selma BrinkPublished on", (("Selma Brink",), None, None, None, None)),
    ("By Staff Reports -", ((), None, None, None, "Staff Reports")),
    ("By KHN Staff", ((), None, None, None, "KHN Staff")),
    # where the author filed from, whom a reporter wrote for, a desk's name, an agency "with" a name
    ("Anna Kowalczyk in Gdańsk", (("Anna Kowalczyk",), None, None, None, None)),
    ("Jane Roe in Kyiv and Tom Ross in Moscow", (("Jane Roe", "Tom Ross"), None, None, None, None)),
    ("By Anu Rao, New Delhi", (("Anu Rao",), None, None, None, None)),
    ("By JANE ROE FOR MAILONLINE", (("Jane Roe",), None, None, None, None)),
    ("By Jane Roe with AFP", (("Jane Roe",), None, "AFP", None, None)),
    ("By Le Monde with AFP", (("AFP",), None, "AFP", "Le Monde", None)),
    ("By Marine Le Pen", (("Marine Le Pen",), None, None, None, None)),
    # contributors after the authors: not authors
    ("By Jane Roe, with reporting by Tom Ross", (("Jane Roe",), None, None, None, None)),
    (
        "By Ana Silva and Ben Okoro; additional reporting by Li Wei in Kalaba",
        (("Ana Silva", "Ben Okoro"), None, None, None, None),
    ),
    ("City Desk", ((), None, None, None, "City Desk")),
    ("NEWS WIRES", ((), None, None, None, "NEWS WIRES")),
    # lines that are no byline
    ("Farmer Paints Barn in National Colours, Neighbours Object", None),
    ("Hostage swap talks resume", None),
    ("Why you can trust Harbour Times", None),
    ("By the time police arrived, the crowd had gone.", None),
    ("Evening Post News Weekly", None),
]


@pytest.mark.parametrize("text, expected", BYLINES)
def test_bylines(text: str, expected: tuple | None) -> None:
    byline = read_byline(text)
    assert (byline and (byline.authors, byline.role, byline.agency, byline.outlet, byline.house)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("BBC News, Cardiff", "BBC News"), ("CNN", "CNN"), ("Reuters", None), ("Ellen Marsh, Cardiff", None)],
)
def test_an_outlets_line_under_a_byline(text: str, expected: str | None) -> None:
    assert outlet_and_place(text) == expected


# --- date lines: text -> (published, updated, what else the line says) --------------------------

DATE_LINES = [
    # the seeds and ECB+-style wire copy
    ("ABC News October 20, 2017", ("2017-10-20", None, "ABC News")),
    ("First Published: June 13, 2013 4:59 PM EDT", ("2013-06-13", None, "")),
    # labels, times, zones and weekdays around the date
    ("20 Nov 2019 08:00 GMT", ("2019-11-20", None, "")),
    ("Published 11:34 PM EST Nov 19, 2019", ("2019-11-19", None, "")),
    ("Updated 5:27 am CST, Wednesday, November 20, 2019", (None, "2019-11-20", "")),
    ("UPDATED: Tue., Nov. 19, 2019", (None, "2019-11-19", "")),
    ("Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET", ("2020-04-28", "2020-04-28", "")),
    ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", ("2023-11-07", "2023-11-07", "")),
    ("Published:Tuesday | April 26, 2022 | 9:52 PM", ("2022-04-26", None, "")),
    ("As of Friday, April 22, 2022", ("2022-04-22", None, "")),
    ("Updated 1909 GMT (0309 HKT) November 18, 2019", (None, "2019-11-18", "")),
    ("May 06, 2022 News", ("2022-05-06", None, "")),
    ("2022-04-26 21:21:50", ("2022-04-26", None, "")),
    ("11/20/19 6:38 AM", ("2019-11-20", None, "")),
    # glued to a byline or run together by the page's markup
    (
        "By Ana Vale and Tom RossNovember 19, 2019 | 4:20am | Updated November 19, 2019",
        ("2019-11-19", "2019-11-19", "By Ana Vale and Tom Ross"),
    ),
    ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", ("2019-11-20", None, "")),
    ("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", ("2019-11-20", "2019-11-20", "")),
    ("Published On 14 Mar 202314 Mar 2023", ("2023-03-14", None, "")),
    # other sites' styles: a bullet and a reading time, a bar, a weekday and a zone
    ("14 March 2023 • 6 min read", ("2023-03-14", None, "")),
    ("March 14, 2023 | 6:42 PM", ("2023-03-14", None, "")),
    ("Tuesday, 14 March 2023 18:42 IST", ("2023-03-14", None, "")),
    ("Tue 14 Mar 2023 18.42 GMT", ("2023-03-14", None, "")),
    # machine stamps, year-first and hyphenated dates, labels with "date" in them
    ("2023-03-14T18:42:00Z", ("2023-03-14", None, "")),
    ("2023/03/14 18:42", ("2023-03-14", None, "")),
    ("Posted: 14-Mar-2023", ("2023-03-14", None, "")),
    ("14.03.2023, 18:42", ("2023-03-14", None, "")),
    ("Modified date: March 14, 2023", (None, "2023-03-14", "")),
    ("Date published: 14 March 2023", ("2023-03-14", None, "")),
    # a blog platform's post line, with its author, category and tags
    ("Posted by John Smith on May 12, 2021 in Local News", ("2021-05-12", None, "")),
    (
        "This entry was posted in Crime and tagged courts, police on May 12, 2021 by Jane Doe.",
        ("2021-05-12", None, "This entry was"),
    ),
    (
        "On behalf of Rowe & Park, LLP posted in Bicycle Accidents on Friday, May 14, 2021.",
        ("2021-05-14", None, "On behalf of Rowe & Park, LLP"),
    ),
]


@pytest.mark.parametrize("text, expected", DATE_LINES)
def test_date_lines(text: str, expected: tuple) -> None:
    line = read_date_line(text)
    published, updated = line.published, line.updated
    assert (published and published.iso, updated and updated.iso, line.prefix) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The battle to retake the town began on June 6, 2017, following heavy airstrikes by allied forces.",
        "Something happened today in the town.",
        "Reid checked herself in on Tuesday, December 9, 2008.",
    ],
)
def test_prose_that_mentions_a_date_is_no_date_line(text: str) -> None:
    assert read_date_line(text) is None


@pytest.mark.parametrize("text", ["2 hours ago", "2h ago", "45 mins ago"])
def test_a_relative_date_is_recognised_but_gives_no_date(text: str) -> None:
    line = read_date_line(text)
    assert (line.dates, line.relative) == ((), text)


def test_a_numeric_date_that_reads_both_ways_says_so() -> None:
    (found,) = read_date_line("02/10/2020").dates
    assert (found.iso, found.other_reading) == ("2020-02-10", "2020-10-02")


# --- times on date lines: text -> (the date the article takes, time as written, HH:MM, zone) ------

DATE_LINE_TIMES = [
    # 12-hour, before or after the date, with or without a zone, glued or spaced
    ("Published 9:46 PM CDT Sep 26, 2013", ("2013-09-26", "9:46 PM CDT", "21:46", "CDT")),
    ("12/23/12 06:03 PM ET EST", ("2012-12-23", "06:03 PM ET", "18:03", "ET")),
    ("Posted: Sep 27, 2013 10:50AM CDT", ("2013-09-27", "10:50AM CDT", "10:50", "CDT")),
    ("March 8, 2013 5:47 PM", ("2013-03-08", "5:47 PM", "17:47", None)),
    ("Updated 5:27 am CST, Wednesday, November 20, 2019", ("2019-11-20", "5:27 am CST", "05:27", "CST")),
    ("March 3, 2031 12:30 a.m. (+0100)", ("2031-03-03", "12:30 a.m. (+0100)", "00:30", "+0100")),
    ("3 March 2031 at 5 pm GMT+1", ("2031-03-03", "5 pm GMT+1", "17:00", "GMT+1")),
    ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", ("2019-11-20", "4:29 AM EST", "04:29", "EST")),
    ("March 14, 2022 9:30PMEST", ("2022-03-14", "9:30PMEST", "21:30", "EST")),
    # 24-hour: colon or dot, seconds dropped, a machine's stamp, four digits before GMT
    ("Updated 14:05 GMT, 3 March 2021", ("2021-03-03", "14:05 GMT", "14:05", "GMT")),
    ("Tue 14 Mar 2023 18.42 GMT", ("2023-03-14", "18.42 GMT", "18:42", "GMT")),
    ("Tuesday, 14 March 2023 18:42 IST", ("2023-03-14", "18:42 IST", "18:42", "IST")),
    ("14.03.2023, 18:42", ("2023-03-14", "18:42", "18:42", None)),
    ("2022-04-26 21:21:50", ("2022-04-26", "21:21:50", "21:21", None)),
    ("2023-03-14T18:42:00Z", ("2023-03-14", "18:42:00Z", "18:42", "Z")),
    ("2023-03-14T18:42:00.123Z", ("2023-03-14", "18:42:00.123Z", "18:42", "Z")),
    ("Updated 1909 GMT (0309 HKT) November 18, 2019", ("2019-11-18", "1909 GMT", "19:09", "GMT")),
    ("Updated 2010 GMT (0410 HKT) March 14, 2031", ("2031-03-14", "2010 GMT", "20:10", "GMT")),
    ("March 14, 2031 (0410 HKT)", ("2031-03-14", "0410 HKT", "04:10", "HKT")),
    ("Wed Mar 05 2031, 09:12 hrs", ("2031-03-05", "09:12", "09:12", None)),
    ("March 14, 2031 6.03pm", ("2031-03-14", "6.03pm", "18:03", None)),
    # a year before a zone is the date's, never a time
    ("March 14, 2010 GMT", ("2010-03-14", None, None, None)),
    # the publication date's time, never its update's
    (
        "By Ana Vale and Tom RossNovember 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
        ("2019-11-19", "4:20am", "04:20", None),
    ),
    ("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", ("2019-11-20", None, None, None)),
    ("Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET", ("2020-04-28", None, None, None)),
    # no clock time: a reading time, a relative time, an hour no clock shows
    ("March 14, 2023 | 6 min read", ("2023-03-14", None, None, None)),
    ("Published March 3, 2031, updated 2 hours ago", ("2031-03-03", None, None, None)),
    ("March 3, 2031 13:05 pm", ("2031-03-03", None, None, None)),
]


@pytest.mark.parametrize("text, expected", DATE_LINE_TIMES)
def test_the_time_a_date_line_gives_its_date(text: str, expected: tuple) -> None:
    line = read_date_line(text)
    found = line.published or line.updated
    time = found.time
    assert (found.iso, time and time.raw, time and time.value, time and time.zone) == expected


def test_a_zone_given_as_an_offset_is_no_rest_of_the_line() -> None:
    line = read_date_line("March 14, 2022 -- 9:30 PM (GMT+8) By Ana Smith")
    assert (line.published.time.zone, line.rest) == ("GMT+8", "By Ana Smith")


def test_the_updates_time_goes_with_the_updates_date() -> None:
    line = read_date_line("By Ana Vale November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm")
    assert (line.published.time.value, line.updated.time.value) == ("04:20", "21:32")


# --- what a date line's clock time takes from it: text -> the rest of the line ------------------

DATE_LINE_RESTS = [
    ("Updated 2010 GMT (0410 HKT) March 14, 2031", ""),
    ("Wed Mar 05 2031, 09:12 hrs", ""),
    ("Updated 4:08 p.m. ET", ""),
    ("March 14, 2031 9:46 PM CDT By Ana Vale", "By Ana Vale"),
    ("March 14, 2031 3:46 PM Morning Report", "Morning Report"),
    ("March 14, 2031 3:57 PM Follow @anavale", "Follow @anavale"),
]


@pytest.mark.parametrize("text, rest", DATE_LINE_RESTS)
def test_a_clock_time_covers_itself_and_its_zone_only(text: str, rest: str) -> None:
    assert read_date_line(text).rest == rest


# --- clock times: text -> (as matched, HH:MM, zone), or None where no clock is read --------------

CLOCK_TIMES = [
    # 12-hour: colon or dot, spaced or glued, with or without a zone
    ("9:46 PM CDT", ("9:46 PM CDT", "21:46", "CDT")),
    ("10:50AM", ("10:50AM", "10:50", None)),
    ("6.03pm", ("6.03pm", "18:03", None)),
    ("06:03 p.m. ET", ("06:03 p.m. ET", "18:03", "ET")),
    ("5 pm", ("5 pm", "17:00", None)),
    ("9:30PMEST", ("9:30PMEST", "21:30", "EST")),
    ("9:30 PM (GMT+8)", ("9:30 PM (GMT+8)", "21:30", "GMT+8")),
    # 24-hour, seconds dropped
    ("18:42", ("18:42", "18:42", None)),
    ("18.42 GMT", ("18.42 GMT", "18:42", "GMT")),
    ("21:21:50", ("21:21:50", "21:21", None)),
    # four digits: before GMT or UTC, or a second clock in brackets
    ("1909 GMT", ("1909 GMT", "19:09", "GMT")),
    ("2010 GMT (0410 HKT)", ("2010 GMT", "20:10", "GMT")),
    ("(0410 HKT)", ("0410 HKT)", "04:10", "HKT")),
    # no clock: a year before a word, figures no clock shows
    ("2019 CNN", None),
    ("2019 ET", None),
    ("0410 HKT", None),
    ("25:00", None),
    ("3.75", None),
    ("13 pm", None),
]


@pytest.mark.parametrize("text, expected", CLOCK_TIMES)
def test_clock_times(text: str, expected: tuple | None) -> None:
    match = CLOCK_TIME.search(text)
    assert (match and (match.group(0), clock_value(match), match.group("zone"))) == expected


def test_a_clock_time_no_clock_shows_is_matched_but_has_no_value() -> None:
    assert clock_value(CLOCK_TIME.search("13:05 pm")) is None


# --- the time after an archive's date token: text -> the time as written, or None ----------------

LEADING_TIMES = [
    ("14:05 Floods hit Morvan", "14:05"),
    ("9:05 PM Floods hit Morvan", "9:05 PM"),
    ("09:05 GMT Floods hit Morvan", "09:05 GMT"),
    ("9:05 Floods hit Morvan", None),
    ("14.05 Floods hit Morvan", None),
    ("14:05:30 Floods hit Morvan", None),
    ("14:05 floods hit Morvan", None),
]


@pytest.mark.parametrize("text, expected", LEADING_TIMES)
def test_only_a_stamps_time_leads_the_first_line(text: str, expected: str | None) -> None:
    time, _ = leading_time(text)
    assert (time and time.raw) == expected


# --- credits: raw -> (photographer, agency, distributors) ---------------------------------------

CREDITS = [
    # the seeds
    ("Erik De Castro/Reuters", ("Erik De Castro", "Reuters", ())),
    ("Ivor Prickett/The New York Times via Redux", ("Ivor Prickett", "The New York Times", ("Redux",))),
    ("Distribution Airbus DS/AFP/Getty Images", (None, "Airbus DS", ("AFP", "Getty Images"))),
    ("Ronahi TV, via AP", (None, "Ronahi TV", ("AP",))),
    # wire styles
    ("AP Photo/Jane Roe", ("Jane Roe", "AP", ())),
    ("REUTERS/Lars Brenner", ("Lars Brenner", "Reuters", ())),
    ("© AFP / Sami Nasser", ("Sami Nasser", "AFP", ())),
    ("Karim Haddad / Reuters file", ("Karim Haddad", "Reuters", ())),
    ("State Archive via AP, File", (None, "State Archive", ("AP",))),
    ("[File: Reuters]", (None, "Reuters", ())),
    # newspaper styles: labels, commas, pipes, dashes, clients
    ("Photo: Lea Moor, AP", ("Lea Moor", "AP", ())),
    ("Credit...Ivan Kolar/The New York Times", ("Ivan Kolar", "The New York Times", ())),
    ("Credit Omar Aziz/Agence France-Presse — Getty Images", ("Omar Aziz", "Agence France-Presse", ("Getty Images",))),
    ("Nora Quist | Bloomberg | Getty Images", ("Nora Quist", "Bloomberg", ("Getty Images",))),
    ("Photograph: Jane Roe for the Observer", ("Jane Roe", "the Observer", ())),
    ("Photo by Rui Costa/Getty Images for Harbour Films", ("Rui Costa", "Getty Images", ())),
    ("Photos by Ed Marsh, left, and Ian Voss/Invision/AP", ("Ed Marsh and Ian Voss", "Invision", ("AP",))),
    ("© Provided by The Daily Coast Photograph: Pia Holt/AFP/Getty", ("Pia Holt", "AFP", ("Getty",))),
    ("Image source, Reuters", (None, "Reuters", ())),
    # names beyond ASCII and with initials; an agency however it is written; where a picture came from
    ("CreditÁngel Rubio/The New York Times", ("Ángel Rubio", "The New York Times", ())),
    ("CreditCreditLin W. Park/The New York Times", ("Lin W. Park", "The New York Times", ())),
    ("Photo : YONHAP News", (None, "Yonhap", ())),
    ("County Sheriff's Office Records Division via AP", (None, "County Sheriff's Office Records Division", ("AP",))),
    ("Submitted photo", (None, None, ())),
    # labels of other sites: an outlet before its photographer, "Pic:", "Copyright", shouted names
    ("ABC North West: Tom Ross", ("Tom Ross", "ABC North West", ())),
    ("Pic: Reuters", (None, "Reuters", ())),
    ("Copyright Tom Ross/AP", ("Tom Ross", "AP", ())),
    ("ST PHOTO: TOM ROSS", ("TOM ROSS", None, ())),
    ("Image: Michael Kappel/dpa/picture alliance", ("Michael Kappel", "dpa", ("picture alliance",))),
    ("Credit: Tom Ross", ("Tom Ross", None, ())),
]


@pytest.mark.parametrize("raw, expected", CREDITS)
def test_credit_split(raw: str, expected: tuple) -> None:
    credit = split_credit(raw)
    assert (credit.photographer, credit.agency, credit.distributors) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erik De Castro/Reuters", True),
        ("Lea Moor, AP", True),
        ("Photo : YONHAP News", True),
        ("State Sex Offender Registry Office via AP", True),
        ("Contributed photo", True),
        ("Source: Ministry of Defence, October 25, 2019", False),
        ("Hostage swap", False),
        ("Officials met in Geneva on Monday.", False),
    ],
)
def test_credit_lines(text: str, expected: bool) -> None:
    assert is_credit(text) is expected


TRAILING_CREDITS = [
    ("Troops remain in the province [File: Reuters]", ("Troops remain in the province", "File: Reuters")),
    ("A teacher (left) and his colleague Timo KarvoAP", ("A teacher (left) and his colleague Timo Karvo", "AP")),
    (
        "The mayor at the opening last week.Credit...Ivan Kolar/The New York Times",
        ("The mayor at the opening last week.", "Credit...Ivan Kolar/The New York Times"),
    ),
    (
        "Traders on the floor in New York, U.S., November 18, 2019. REUTERS/Lars Brenner",
        ("Traders on the floor in New York, U.S., November 18, 2019.", "REUTERS/Lars Brenner"),
    ),
    (
        "A woman walks past the scene in Kabul. Photograph: Jane Roe/Reuters",
        ("A woman walks past the scene in Kabul.", "Photograph: Jane Roe/Reuters"),
    ),
    (
        "Residents queue for bread in Aleppo, Syria, Dec. 2, 2016. (AP Photo/Hassan Ammar)",
        ("Residents queue for bread in Aleppo, Syria, Dec. 2, 2016.", "AP Photo/Hassan Ammar"),
    ),
    ("Mara Olsen Submitted photo", ("Mara Olsen", "Submitted photo")),
    # credits set off by a bar, a dash and a label, or an agency alone after the last sentence
    (
        "Committee members listen during a hearing on Tuesday. | Tom Ross/AP Photo",
        ("Committee members listen during a hearing on Tuesday.", "Tom Ross/AP Photo"),
    ),
    (
        "Commuters wait at the main station on Tuesday. - Copyright Tom Ross/AP",
        ("Commuters wait at the main station on Tuesday.", "Copyright Tom Ross/AP"),
    ),
    ("The prime minister at the summit. Pic: Reuters", ("The prime minister at the summit.", "Pic: Reuters")),
    ("The line will have 12 stations. ST PHOTO: TOM ROSS", ("The line will have 12 stations.", "ST PHOTO: TOM ROSS")),
    ("The minister speaks in Congress on Tuesday. EFE", ("The minister speaks in Congress on Tuesday.", "EFE")),
    ("Visitors at a heritage site in the kingdom. (SPA)", ("Visitors at a heritage site in the kingdom.", "SPA")),
    ("Residents were evacuated.(ABC News: Tom Ross)", ("Residents were evacuated.", "ABC News: Tom Ross")),
    # a wire's sign-off closing a long paragraph is no credit; a menu's bars are none either
    (
        "Nearly 200 fishermen, among them a teenager, were released by the neighbouring country's coast guard "
        "on Friday and are expected to reach their home port by the weekend. PTI",
        None,
    ),
    ("Home | News | World", None),
    ("The force is known as the Syrian Democratic Forces (SDF)", None),
    ("Officials met in Geneva (Switzerland) on Monday", None),
    ("The company said profits rose (see chart).", None),
]


@pytest.mark.parametrize("text, expected", TRAILING_CREDITS)
def test_credits_at_the_end_of_a_caption(text: str, expected: tuple | None) -> None:
    assert split_trailing_credit(text) == expected


# --- captions: caption -> (place, date) ---------------------------------------------------------

CAPTIONS = [
    # the seeds' style: place, then the date the picture was taken
    ("Fighters ride atop vehicles as they celebrate in Halab, Syria, Oct. 17, 2017.", ("Halab, Syria", "2017-10-17")),
    ("A fighter takes a selfie at a clock tower in Halab, Syria Oct. 18, 2017.", ("Halab, Syria", "2017-10-18")),
    (
        "Kalam Square roundabout after the battle in Halab, Syria, Oct. 18, 2017.",
        ("Kalam Square, Halab, Syria", "2017-10-18"),
    ),
    (
        "Central Halab showing Kalam Square, top left, in a satellite image taken Oct. 16, 2017.",
        ("Halab (Kalam Square)", "2017-10-16"),
    ),
    # wire captions: day-month dates, "on", abbreviations inside the place, accents
    ("Smoke rises over Idlib, Syria, on 4 April 2017.", ("Idlib, Syria", "2017-04-04")),
    ("Fans queue outside the stadium in Boston, U.S., June 8, 2022.", ("Boston, U.S.", "2022-06-08")),
    ("Supporters rally in St. Louis, Missouri, on May 2, 2019.", ("St. Louis, Missouri", "2019-05-02")),
    ("Pilgrims walk in Ávila, Spain, on May 2, 2019.", ("Ávila, Spain", "2019-05-02")),
    # a year-less date takes the article's year; no place or date is no reading
    ("Firefighters battle a blaze in Paradise, California, on Nov. 8.", ("Paradise, California", "2019-11-08")),
    ("Police at the scene on Tuesday.", (None, None)),
]


@pytest.mark.parametrize("caption, expected", CAPTIONS)
def test_caption_place_and_date(caption: str, expected: tuple) -> None:
    assert (read_caption_place(caption, 2019).value, read_caption_date(caption, 2019).value) == expected


# --- lines: text -> units ------------------------------------------------------------------------

LINES = [
    # single newlines are paragraph breaks, as browsers copy pages
    ("First paragraph.\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    # a hard-wrapped paragraph (a plain-text copy at about sixty characters) is one
    (
        "The council met on Monday to discuss the budget and the new\nschool.",
        ["The council met on Monday to discuss the budget and the new school."],
    ),
    # a hard-wrapped paragraph of many lines is still one, read to its last line
    (
        "The council met on Monday to discuss the budget and the new\n"
        "school, which the mayor had promised in the campaign of\n"
        "the year before.\nThe vote is on Friday.",
        [
            "The council met on Monday to discuss the budget and the new school, which the mayor had promised "
            "in the campaign of the year before.",
            "The vote is on Friday.",
        ],
    ),
    # a drop cap is the first letter of its word
    ("T\nurkey and Poland were added to the list.", ["Turkey and Poland were added to the list."]),
    # ... even of a label's, which then announces the next line
    ("P\nhoto:\nReuters\nTrees fell overnight.", ["Photo: Reuters", "Trees fell overnight."]),
    # a caption's label set apart for screen readers announces the next line
    ("Image caption,\nTrees fell overnight", ["Image caption, Trees fell overnight"]),
    ("Media caption,\nWatch: Waves crash over the wall", ["Media caption, Watch: Waves crash over the wall"]),
    # a byline in lower case under a headline is not the headline's continuation
    (
        "The long economic shadow of the pandemic\nby Ana Vale",
        ["The long economic shadow of the pandemic", "by Ana Vale"],
    ),
]


@pytest.mark.parametrize("text, expected", LINES)
def test_units(text: str, expected: list[str]) -> None:
    assert [unit.text for unit in units_of(text)] == expected


# --- furniture: a line on its own -> thrown away or kept -----------------------------------------

FURNITURE = [
    # page chrome copied with the article
    ("Advertisement", True),
    ("Skip to main content", True),
    ("Print | Share | Email", True),
    ("Powered by Example Widgets", True),
    ("Sign in to comment", True),
    ("View photo", True),
    ("Article continues below the photos", True),
    ("Top Stories Delivered to Your Inbox", True),
    ("Sign up for the Harbour Times weekday briefing newsletter.", True),
    ("A version of this story appeared in print on June 8, 2022, Section B, Page 4.", True),
    ("Tags: council budget, schools, roads", True),
    # a promotion ends with its call to action
    ("Each Friday our podcast looks back at the week in sport. Click to subscribe!", True),
    ("Our gardening letter arrives every Saturday morning. Sign up now.", True),
    # a category trail: lower-case "in", then only capitalised names
    ("in Politics, COMMUNITY NOTICES", True),
    # audio, reading-time and gallery widgets; wire contributors' lines; editorial-standards links
    ("Listen to this article · 5:12 min Learn more", True),
    ("Listen to this article", True),
    ("Listen · 4 min", True),
    ("Time to read 2 min.", True),
    ("3 min read", True),
    ("5 min", True),
    ("3:12", True),
    ("+5", True),
    ("Share full article", True),
    ("Gift Article", True),
    ("Lire en français", True),
    ("Reporting by Lena Varga; Editing by Tom Hale", True),
    ("Our Standards: how this newsroom works.", True),
    ("Reporting from the front line is dangerous work.", False),
    # live pages, players, consent banners and sign-up boxes
    ("Show key events only", True),
    ("Video duration 02 minutes 15 seconds", True),
    ("Please turn on JavaScript in your browser to get the best experience.", True),
    ("We use cookies to improve your experience. By continuing, you agree to our use of cookies.", True),
    ("Accept all cookies", True),
    ("Enter your email address", True),
    ("By signing up, you agree to our Privacy Policy and Terms of Use.", True),
    ("By signing the treaty, the two countries agreed to end the war.", False),
    ("02:15 - Source: CNN", True),
    ("— With assistance from Tom Ross", True),
    ("SOURCE: Gulf Daily and news agencies", True),
    ("Source: Interior Ministry statement, 4 May 2021", False),
    # labels and links of news pages' chrome: age warnings, reuse and copy links, social prompts
    ("This article is more than 2 years old", True),
    ("Explore more on these topics", True),
    ("Reuse this content", True),
    ("The Daily Post is not responsible for the content of external sites.", True),
    ("Link Copied!", True),
    ("Ad Feedback", True),
    ("Follow Evening Post English:", True),
    ("Follow us on Twitter", True),
    ("Comments (12)", True),
    ("Subscribe to our YouTube channel", True),
    ("Got a news tip? Email us at tips@example.org", True),
    ("Follow the money, investigators said:", False),
    ("Follow-up talks are planned in Geneva next week.", False),
    ("This article is more important than ever, she said.", False),
    # a footer menu's links; sign-up and comment boxes written as sentences
    ("Terms of Use", True),
    ("Contact Us", True),
    (
        "Each weekday our newsroom picks five stories worth your time. Get the newsletter: sign up today.",
        True,
    ),
    ("Have the morning's biggest stories sent to you by subscribing to our free newsletter.", True),
    ("You have successfully subscribed to the morning briefing.", True),
    ("Join the conversation: tell us what you think below.", True),
    ("Please keep the conversation respectful and relevant, and follow our community rules.", True),
    ("This site uses CleanTalk to reduce spam.", True),
    ("The privacy of the patients was protected, the hospital said.", False),
    ("The bakery uses cookies from a family recipe, the owner said.", False),
    # sentences and subheadings that happen to look alike are kept
    ("In the house, he said", False),
    ("In Washington", False),
    ("Under the bridge, the water rose.", False),
    ("Share prices fell on Monday.", False),
    ("He told reporters to sign up here.", False),
    ("Most readers agreed with the plan.", False),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Most read in sport", True),
        ("Most Read Business", True),
        ("You may also like these stories", True),
        ("Related coverage", True),
        ("Most readers agreed.", False),
    ],
)
def test_box_labels(text: str, expected: bool) -> None:
    assert read_evidence(units_of(text)[0]).box_label is expected


@pytest.mark.parametrize("text, expected", FURNITURE)
def test_furniture_lines(text: str, expected: bool) -> None:
    assert read_evidence(units_of(text)[0]).furniture is expected


# --- wire video blurbs: a past-tense sentence credited to an agency alone is a player's ----------

WIRE_VIDEO_BLURBS = [
    # a news site's embedded wire video, its player not copied: the blurb tells what happened
    ("Rescue workers searched the rubble of the collapsed building through the night after the quake. (AFP)", True),
    ("The opposition leader conceded defeat and called for calm after the vote count ended on Monday. (Reuters)", True),
    # photo captions credited the same way: the present tense, or no verb at all
    ("A firefighter sprays water on the burning warehouse roof on Friday. (AP)", False),
    ("The old customs house at the harbour in Port Elms, Maine. (AP)", False),
    # a paragraph quoting an agency's report is credited to no agency alone
    ("Rescue workers searched the rubble of the collapsed building through the night, the report said. (1)", False),
]


@pytest.mark.parametrize("text, expected", WIRE_VIDEO_BLURBS)
def test_wire_video_blurbs(text: str, expected: bool) -> None:
    assert (read_evidence(units_of(text)[0]).video is not None) is expected


# --- captions with no credit, alone between paragraphs: (line, blank lines before it, page's usual gap) --

STANDALONE_CAPTIONS = [
    # a page spaced by one blank line, where the copied image left one more: a short line under it
    ("Search team members at the river camp", 2, 1, True),
    ("Injured climber, Lena Varga.", 2, 1, True),
    # who is in the picture and when, with no verb, wherever it stands
    ("Princess Ilse and Count Bram in 2009", 0, 0, True),
    ("The Mayor with Ana and Tom in Lisbon in 2016.", 0, 0, True),
    ("Lena and Piet Varga last summer, at the harbour festival.", 0, 0, True),
    # the present tense of a caption's moment, with the image's slot
    ("Volunteers at the food bank greet the first visitors", 2, 1, True),
    ("A volunteer waves to arriving families at the town hall", 2, 1, True),
    # sentences, labels, subheadings, notes and promos
    ("He was elected in 2014.", 0, 0, False),
    ("Ohio ranked second in new housing last year.", 0, 0, False),
    ("Only last month, a fire broke out at the depot.", 0, 0, False),
    ("Floods in 1953", 2, 1, False),
    ("Best regards to all of you,", 2, 1, False),
    ("(Chart: Grain prices since 2015 - here)", 2, 1, False),
    ("LISTEN: OUR DAILY PODCAST IS OUT NOW!", 2, 1, False),
    ("Search team members at the river camp", 2, 2, False),
    ("The men were found by a search team near the river, about 10 kilometres from their camp.", 2, 1, False),
]


@pytest.mark.parametrize("text, gap, usual, expected", STANDALONE_CAPTIONS)
def test_standalone_captions(text: str, gap: int, usual: int, expected: bool) -> None:
    unit = replace(units_of(text)[0], gap_before=gap)
    assert standalone_caption(read_evidence(unit), usual) is expected
