"""The reader's words and patterns, in one place: labels, agencies, furniture, roles.

What a pasted news page holds besides the article follows a small vocabulary shared by most
sites: field labels ("Published", "Updated", "Photo:"), byline words ("By", "Staff Writer"),
agency names, and the controls of widgets and boxes ("Share this", "Image 1 of 8"). Each
list below is written from that general vocabulary, never from any one site's wording.
"""

from __future__ import annotations

import re

from ..dates import MONTH

# --- header labels ----------------------------------------------------------------------------

PUBLISHED_LABELS = (
    "published",
    "posted",
    "first published",
    "written",
    "online",
    "date",
    "created",
    "as of",
    "released",
    "published date",
    "publish date",
    "publication date",
    "date published",
)
"""Labels of the publication date (a date line that says one of these is the one that counts)."""
UPDATED_LABELS = (
    "updated",
    "last updated",
    "last modified",
    "modified",
    "edited",
    "revised",
    "modified date",
    "updated date",
    "update date",
    "date modified",
)
"""Labels of a later date: used only when the page gives no publication date."""
DATE_LABEL = re.compile(
    r"\b(?P<label>"
    + "|".join(sorted((*PUBLISHED_LABELS, *UPDATED_LABELS), key=len, reverse=True)).replace(" ", r"\s+")
    + r")\b\s*(?:on|at)?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)
RELATIVE_DATE = re.compile(
    r"\b(?:(?:\d+|an?|one|two|three|few)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|\d+\s?(?:s|m|h|d|w|mins?|hrs?)\s+ago"
    r"|just now|yesterday|today)\b",
    re.IGNORECASE,
)
TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{4}\s+(?:GMT|UTC)\b",
    re.IGNORECASE,
)
DATE_LINE_JOINERS = frozenset(
    "on at by and of the in am pm a.m. p.m. from via hrs hours local time min read last first".split()
)
"""Lower-case words a date line holds besides its dates ("Posted on …", "… at 4:02 pm"); other
lower-case words ("checked herself in") make it a sentence that names a date."""
TIME_ZONE_WORDS = frozenset(
    "GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT HST AKST IST JST KST AEST AEDT SAST WAT EAT".split()
)
WEEKDAYS = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\b\.?", re.IGNORECASE
)

# --- bylines ----------------------------------------------------------------------------------

BYLINE_PREFIX = re.compile(
    r"^(?:(?:(?:analysis|article|story|words|text|report|reporting|written|opinion|commentary)\s+)?by\b|authors?\s*:)[\s:]*",
    re.IGNORECASE,
)
"""``By``, ``by``, ``Analysis by``, ``Article by``, ``Written by``, ``Author:``: what opens a byline."""
BYLINE_ROLE_WORDS = frozenset(
    """writer reporter correspondent editor editors columnist contributor contributing staff bureau chief producer
    analyst presenter anchor journalist photographer photojournalist intern desk team special senior political
    national international foreign economics business science health sports entertainment investigative
    at-large editor-at-large""".split()
)
"""Words of a byline's job description (``AP National Security Writer``, ``News reporter``)."""
HOUSE_BYLINES = re.compile(
    r"^(?:staff(?:\s+(?:reports?|writers?|and\s+wire\s+reports?))?|[A-Z]{2,6}\s+staff|[a-z]+\s+desk|wire\s+reports?"
    r"|(?:news\s+)?wires)$",
    re.IGNORECASE,
)
"""A newsroom byline naming no person (``Staff Reports``, ``HNN Staff``, ``City Desk``, ``NEWS WIRES``)."""
HANDLE = re.compile(r"@[A-Za-z0-9_]*?\d(?=[A-Z][a-z])|@[A-Za-z0-9_]{2,30}")
"""A social-media handle; one ending in digits ends there when a name is glued on (``@ann28Daniel``)."""
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[email\s*protected\]", re.IGNORECASE)
PHONE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
FOLLOW = re.compile(r"\bFollow\b.*$")
BYLINE_OPENING = re.compile(
    r"^(?:(?:(?:analysis|article|story|words|written|opinion)\s+)?by\b|authors?\s*:)", re.IGNORECASE
)
"""How a byline line opens: ``By``, ``Analysis by``, ``Author:``."""
EMBEDDED_POST_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>[^()\n]{6,40})$")
"""An embedded post's signature: ``— The Senate (@TheSenate) October 9, 2018``."""
NAME_PARTICLES = frozenset(
    "de da del della di van von der den la le al el bin ibn abu du dos das ter ten st st.".split()
)

NAME_TOKEN_INNER = frozenset("'’.-")


def is_name_token(token: str) -> bool:
    """``Maria``, ``W.``, ``O'Mahony``, ``Ángel``, ``JOHN``: a capital letter, then letters,
    apostrophes, dots and hyphens (any script's letters, not only ASCII)."""
    return (
        len(token) >= 1
        and token[0].isupper()
        and token[0].isalpha()
        and all(ch.isalpha() or ch in NAME_TOKEN_INNER for ch in token[1:])
    )


# --- agencies and outlets ----------------------------------------------------------------------

WIRE_AGENCIES = {
    # name as written (case-insensitive) -> the agency's usual name
    "ap": "AP",
    "associated press": "Associated Press",
    "the associated press": "The Associated Press",
    "afp": "AFP",
    "agence france-presse": "Agence France-Presse",
    "reuters": "Reuters",
    "thomson reuters": "Thomson Reuters",
    "epa": "EPA",
    "epa-efe": "EPA-EFE",
    "efe": "EFE",
    "dpa": "dpa",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "itar-tass": "ITAR-TASS",
    "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo News",
    "jiji": "JIJI",
    "jiji press": "Jiji Press",
    "yonhap": "Yonhap",
    "yonhap news": "Yonhap",
    "yonhap news agency": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "upi": "UPI",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu Agency",
    "sana": "SANA",
    "irna": "IRNA",
    "wafa": "WAFA",
    "bloomberg": "Bloomberg",
    "getty": "Getty",
    "getty images": "Getty Images",
    "sipa": "SIPA",
    "sipa press": "Sipa Press",
    "zuma": "ZUMA",
    "zuma press": "ZUMA Press",
    "polaris": "Polaris",
    "redux": "Redux",
    "shutterstock": "Shutterstock",
    "alamy": "Alamy",
    "pa": "PA",
    "pa media": "PA Media",
    "press association": "Press Association",
    "aap": "AAP",
    "cp": "CP",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
    "abaca": "ABACA",
    "news agencies": "News agencies",
    "agencies": "Agencies",
    "wires": "Wires",
    "picture alliance": "picture alliance",
    "picture-alliance": "picture-alliance",
    "spa": "SPA",
    "wam": "WAM",
    "mena": "MENA",
    "qna": "QNA",
    "bernama": "Bernama",
    "antara": "Antara",
    "ukrinform": "Ukrinform",
    "interfax": "Interfax",
    "europa press": "Europa Press",
    "belga": "Belga",
    "anp": "ANP",
    "ntb": "NTB",
    "ritzau": "Ritzau",
    "lehtikuva": "Lehtikuva",
    "pap": "PAP",
    "ctk": "CTK",
    "mti": "MTI",
    "hina": "HINA",
    "ana-mpa": "ANA-MPA",
    "dha": "DHA",
    "iha": "IHA",
    "imago": "IMAGO",
    "nurphoto": "NurPhoto",
}
"""Wire and picture agencies: credited for photos and wire copy, never the outlet that published."""
MEDIA_HEADS = frozenset(
    """news times post herald tribune journal telegraph guardian independent observer gazette chronicle express
    mail mirror sun star today daily weekly standard examiner inquirer record review press tv television radio
    network channel magazine online broadcasting media""".split()
)
"""Last words of an outlet's name (``Fox News``, ``The Washington Post``, ``USA TODAY``)."""

# --- photos and videos -------------------------------------------------------------------------

CREDIT_LABEL = re.compile(
    r"^(?:©\s*|\(c\)\s*|copyright\s+|credit(?:s)?\s*(?:\.{2,}|…|:)?\s*|(?-i:[A-Z]{2,5}\s+)?photo(?:graph)?s?\s*(?:by|:)\s*"
    r"|pics?\s*:\s*|image(?:s)?\s*(?:by|:|source,?)\s*"
    r"|(?:left|right|top|bottom|main|lead)\s+image\s*:\s*|pictures?\s*(?:by|:)\s*|picture\s+credit\s*:?\s*|source\s*:\s*"
    r"|provided\s+by\s+|courtesy(?:\s+of)?\s+|care\s+of\s+)",
    re.IGNORECASE,
)
"""What opens a credit: ``Photo:``, ``Photograph:``, ``Credit...``, ``©``, ``Image source,``."""
CAPTION_LABEL = re.compile(
    r"^(?:(?:image|photo|picture|file photo|pictured|above|top|caption|image caption|photo caption)\s*:"
    r"|(?:image|photo) caption\s*,)\s*",
    re.IGNORECASE,
)
"""What opens a caption (``Image: Jose Mourinho has...``, ``FILE PHOTO: Traders work...``,
``Image caption, Trees were …``)."""
SCREEN_READER_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|caption|image caption|photo caption)\s*[:,]\s*", re.IGNORECASE
)
"""A caption label that only says "this is a caption": dropped from the caption (``FILE PHOTO:``
says more and stays)."""
MEDIA_LABEL_LINES = frozenset(
    {
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "video",
        "videos",
        "gallery",
        "watch",
        "play video",
        "video ad feedback",
    }
)
"""A line that is only this labels the media that follows it (a photo's or a video's caption)."""
VIDEO_PREFIX = re.compile(
    r"^\s*(?:WATCH|VIDEO|Watch|Video|Media caption|Video caption|Play video)\s*[:\-–—,]\s*(?P<text>.+)$"
)
RELATED_PREFIX = re.compile(
    r"^\s*(?:READ MORE|RELATED|MORE|SEE ALSO|ALSO READ|READ ALSO|Read more|Related|See also|Also read|Read also"
    r"|More on this)\s*:\s*(?P<text>.+)$"
)
PAST_TENSE_VERB = re.compile(
    r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )(?<!has )(?<!have )(?<!had )(?<!the )(?<!a )(?<!an )"
    r"(?:[a-z]{3,}ed|said|told|took|went|came|gave|made|met|saw|spoke|rose|fell|left|led|won|lost|fled|held|sent"
    r"|struck|shot|brought|fought|sought|began|broke|drove|flew|threw|wrote|took|stood|became)\b"
)
"""A verb in the simple past ("stormed", "pledged", "said", "told", "took"): how a news video's
blurb tells its story (a verb after an auxiliary or an article is a passive or an adjective)."""
PRESENT_CAPTION_WORDS = re.compile(
    r"\b(?:is|are|walks|stands|sits|looks|speaks|arrives|gathers?|attends?|holds?|waits?)\b"
)
"""What photo captions are written with: the present tense of the moment the picture shows."""
PLACEMENT_WORDS = re.compile(
    r"\b(?:left|right|centre|center|top|bottom|pictured|foreground|background)\b", re.IGNORECASE
)
"""Words a caption uses to point at people in the picture (``Mark Esper, left, and ...``)."""
SET_OFF_PLACEMENT = re.compile(
    r"[,(]\s*(?:(?:second|third)\s+from\s+)?(?:left|right|centre|center|top|bottom)\s*[,)]"
    r"|\bpictured\b|\bin the (?:foreground|background)\b",
    re.IGNORECASE,
)
"""A placement as only a caption writes it, set off by commas or brackets (``X, left, and Y``,
``(second from right)``), not the verb of a lede ("which had left hundreds")."""
MONTH_DAY_AT_END = re.compile(r"\b" + MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\.?\s*$")

# --- furniture ---------------------------------------------------------------------------------

FURNITURE_LINES = frozenset(
    {
        # adverts
        "advertisement",
        "ad",
        "advertising",
        "sponsored",
        "sponsored content",
        "promoted",
        "paid content",
        "paid post",
        "story continues below",
        "story continues below advertisement",
        "continue reading",
        "continue reading the main story",
        "continue reading below",
        "article continues below",
        "skip advertisement",
        # sharing and actions
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share via email",
        "tweet",
        "email",
        "e-mail",
        "print",
        "print this article",
        "save",
        "bookmark",
        "comments",
        "comment",
        "view comments",
        "show comments",
        "leave a comment",
        "follow",
        "follow us",
        # widgets and players
        "close",
        "caption",
        "expand",
        "collapse",
        "hide caption",
        "toggle caption",
        "less",
        "more",
        "show more",
        "show less",
        "see more",
        "full screen",
        "fullscreen",
        "autoplay",
        "skip ad",
        "play",
        "replay",
        "pause",
        "mute",
        "unmute",
        "back to gallery",
        "buy photo",
        "view photo",
        "view photos",
        "click to expand",
        "replay video",
        "play video",
        "watch video",
        "up next",
        "now playing",
        "next video",
        "previous",
        "next",
        # live pages' controls
        "live",
        "key events",
        "show key events only",
        "pinned post",
        "load more",
        "load more updates",
        "show more updates",
        # consent banners
        "accept",
        "accept all",
        "accept all cookies",
        "accept cookies",
        "reject all",
        "manage preferences",
        "manage cookies",
        "cookie settings",
        "privacy settings",
        "view gallery",
        "enlarge this image",
        "open gallery",
        "watch now",
        "listen",
        "listen to this article",
        "loading",
        "done",
        "content preferences",
        "article history",
        # accounts and newsletters
        "subscribe",
        "subscribe now",
        "sign up",
        "sign in",
        "log in",
        "login",
        "register",
        "username",
        "password",
        "newsletter",
        "newsletters",
        # boxes of other stories and tags
        "related",
        "related stories",
        "related articles",
        "related content",
        "related coverage",
        "related links",
        "related topics",
        "related news",
        "most read",
        "most popular",
        "most viewed",
        "trending",
        "recommended",
        "more from",
        "more on this",
        "topics",
        "tags",
        "topics in this article",
        "you may also like",
        "you might also like",
        "top stories",
        "latest",
        "latest news",
        "key points",
        "what you need to know",
        "accessibility for screenreader",
        "why you can trust us",
        "supported by",
        "click to enlarge",
        "advertiser content",
        "reuse this content",
        "copy link",
        "link copied",
        "link copied!",
        "ad feedback",
        "gift this article",
        "print this page",
        "explore more on these topics",
        # a site's footer menu
        "terms of use",
        "terms of service",
        "terms and conditions",
        "privacy",
        "privacy policy",
        "cookie policy",
        "cookies",
        "advertise with us",
        "advertising guidelines",
        "do not sell my personal information",
        "contact us",
        "help and contact us",
        "about us",
        "careers",
        "accessibility",
        "site map",
        "sitemap",
    }
)
"""Lines that are furniture when they are all a line holds (compared lower-cased, edges trimmed)."""
SOURCE_WORD = r"(?:[A-Z][\w&'’.-]*|and|news|agencies|wires)"
"""A word of a closing source line: a name's, or "and news agencies"."""
FURNITURE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # gallery counters: "Image 1 of / 8", "1 / 8", "1of4"
        r"^(?:image|photo|picture|slide)?\s*\d+\s*(?:of|/)\s*/?\s*\d+$",
        r"^\d+$",  # a lone number (gallery count, comment count)
        r"^\d+\s+(?:comments?|shares?|min(?:ute)?s?\.?\s+read|photos?|images?)$",  # "0 Comments", "5 Min Read"
        r"^slideshow\s*\(\s*\d+\s+images?\s*\)$",
        r"^(?:https?://|www\.)\S+$",  # a bare address
        r"^[\W_]+$",  # rules and ornaments: "____", "—", "×"
        r"^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts|free)\b",
        r"\b(?:newsletters?|inbox)\b.{0,40}\b(?:sign up|subscribe)\b",
        r"^.{0,40}\b(?:delivered )?(?:to|in) your inbox\.?$",  # "Headlines Delivered to Your Inbox"
        # A promotion ends with its call to action: "… weekly show. Click to subscribe!", "… Sign up here."
        r"(?:^|[.!?]\s+)(?:click (?:here )?to subscribe|subscribe (?:here|now|today)|sign up (?:here|now|today))[.!]?$",
        r"^a version of this (?:article|story|review|report) appear(?:s|ed) in print\b",
        r"^(?:story|article|text) continues below\b",
        r"^(?:tags|topics|filed under|categories)\s*:\s*\S",  # "Tags: caribbean, keith mitchell"
        r"^(?:click here|tap here)\b",
        r"^(?:download|get)\s+(?:the|our)\b.{0,40}\bapp\b",
        r"^(?:view|see) this post on (?:instagram|facebook|twitter)$",
        r"^a post shared by\b",
        r"^(?:wait|please wait) \d+ seconds? to continue\.?$",
        r"\bvideo (?:is )?not available\b|\byour video will (?:play|begin|start)\b"
        r"|\bmedia playback is (?:unsupported|not supported)\b",
        r"^this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|adapted|republished)\b",
        r"^(?:all rights reserved|copyright ©?\s*\d{4}|©\s*\d{4})\b",
        r"^share (?:it|this) with\b",
        r"^(?:print|share|email|comment)(?:\s*[|·•/]\s*(?:print|share|email|comment|tweet|facebook|twitter))+$",
        r"^(?:categories|tags|filed under|posted in)\s*:?$",
        # A category trail, "in Business, PRESS RELEASE": lower-case "in", then only capitalised words.
        r"^(?-i:(?:in|under)\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*(?:\s*,\s*[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*)*)$",
        r"^powered by\b",
        # the contributors' line closing a wire story: "Reporting by …; Editing by …"
        r"^(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b.{0,200}$",
        # a link to the outlet's editorial principles: "Our Standards: …", "Why you can trust …"
        r"^(?:our\s+(?:editorial\s+)?(?:standards|principles|policies)|editorial\s+standards"
        r"|why you can trust)\b.{0,80}$",
        # audio and reading-time widgets: "Listen to this article · 5:12 min", "Time to read 2 min.", "3 min read"
        r"^listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?\b[\s·•|:-]*(?:\d+(?::\d\d)?\s*(?:min(?:ute)?s?)?\b.{0,20})?$",
        r"^(?:(?:time|minutes?)\s+to\s+read|reading\s+time|read\s+time)\s*:?\s*\d+\s*(?:min(?:ute)?s?|mins?)\.?$",
        r"^\d+\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read)?$",
        r"^\d{1,2}:\d\d$",  # a player's running time on its own
        r"^\+\s?\d+$",  # "+5": the count of a gallery's other pictures
        r"^video duration\b.{0,40}$",  # a player's running time spelled out
        r"^\d{1,2}:\d\d\s*[-–—|]\s*source\s*:.{0,40}$",  # a player's footer: "02:15 - Source: CNN"
        r"^[—–-]*\s*with assistance (?:from|by)\b.{0,200}$",  # contributors closing a story
        r"^(?:please )?(?:turn on|enable) javascript\b",
        # consent banners and the fine print of a sign-up box
        r"^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
        r"\bcookies?\b.{0,120}\b(?:you agree|you consent|cookie policy|privacy policy)\b",
        r"^by (?:signing up|subscribing|clicking|continuing|registering|entering your e-?mail)\b.{0,200}$",
        r"^enter your e-?mail(?: address)?\.?$",
        # sign-up and comment boxes written as sentences
        r"(?:^|[.!?]\s+)sign up\b.{0,40}\bhere[.!]?$",
        r"\bsubscribing to (?:our|the) (?:\w+ ){0,3}newsletters?\b",
        r"^you have (?:been )?successfully subscribed\b|\bproblem subscribing you\b",
        r"^(?:join the conversation|please keep (?:comments|the conversation))",
        r"^please (?:log|sign) in\b.{0,40}\bcomment",
        r"\bcomments?\b.{0,200}\bterms of (?:use|service)\b|\bterms of (?:use|service)\b.{0,200}\bcomment",
        r"^this site uses \w+ to reduce spam\b",
        r"^this (?:article|story|page) is more than \d+ (?:years?|months?|days?) old\.?$",
        r"\bnot responsible for the content of external (?:sites|websites|links|internet sites)\b",
        # "Follow Al Jazeera English:", "Follow us:" (the icons after it are not copied)
        r"^follow\s+(?-i:us|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*:$",
        r"^follow (?:us|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) on "
        r"(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin)\b",
        r"^comments?\s*\(\d+\)$",
        r"^subscribe to (?:our|the) (?:\w+ ){0,3}(?:channel|podcast|newsletter)\b",
        r"^(?:got a (?:news )?tip\b|send us (?:your )?(?:news )?tips?\b)",
        # a closing "SOURCE: News agencies" / "Source: Al Jazeera and news agencies": where the copy came
        # from (names and "and" only: "Source: Defense Ministry, October 25, 2019" is a fact-check's claim)
        r"^source\s*:\s*" + SOURCE_WORD + r"(?:[ ,]+" + SOURCE_WORD + r")*$",
        r"^(?:share|save|gift)\s+(?:full\s+)?(?:article|story)$",
        r"^(?:read|lire|leer|lesen)\s+(?:in|en|auf)\s+\w+$",  # "Lire en français", "Read in English"
        r"^sign in to\b",
    )
)
"""Furniture recognised by its shape rather than its exact words."""
BOX_LABELS = re.compile(
    r"^(?:more(?:\s+(?:on|from|about|stories|news|in))?[\w\s]{0,20}:?|related(?:\s+\w+){0,2}:?|read more:?|see also:?"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:in|on|from)\s+\w+(?:\s+\w+){0,3}|\s+[A-Z]\w*(?:\s+[A-Z]\w*)?)?:?"
    r"|top stories:?|latest(?: news)?:?|trending(?: now)?:?|recommended(?: for you)?:?"
    r"|you (?:may|might) also like(?: these (?:articles|stories))?:?|in other news:?|explore more:?"
    r"|categories:?|tags:?|topics:?|filed under:?)$",
    re.IGNORECASE,
)
"""The label of a box of links to other stories: the short lines after it are links, not the article."""
