"""Page furniture's words and patterns: what a pasted page holds that is no part of the article.

Adverts, share and print controls, gallery counters, newsletter and sign-up boxes, consent
banners, audio and reading-time widgets, tag and "Most read" boxes, closing source and
contributor lines. Each list is written from the general vocabulary of news sites' widgets,
never from any one site's wording.
"""

from __future__ import annotations

import re

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
        "skip to main content",
        "skip to content",
        "skip navigation",
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
SOURCE_WORD = r"(?-i:[A-Z][\w&'’.-]*|and|news|agencies|wires)"
"""A word of a closing source line: a name's, or "and news agencies". Case-sensitive inside the
case-blind patterns, so a capitalised word and a lower-case one never match the same text (two
ways to read each word made a long line of them exponential), and a sentence in lower case
("Source: the ministry said …") is never taken for one."""
SOURCE_LINE_MAX_WORDS = 12
"""Words of a closing source line after the first ("Gulf Daily and news agencies" is five)."""
FURNITURE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # gallery counters: "Photo 3 of / 9", "1 / 8", "1of4"
        r"^(?:image|photo|picture|slide)?\s*\d+\s*(?:of|/)\s*/?\s*\d+$",
        r"^\d+$",  # a lone number (gallery count, comment count)
        r"^\d+\s+(?:comments?|shares?|min(?:ute)?s?\.?\s+read|photos?|images?)$",  # "0 Comments", "4 Min Read"
        r"^slideshow\s*\(\s*\d+\s+images?\s*\)$",
        r"^(?:https?://|www\.)\S+$",  # a bare address
        r"^[\W_]+$",  # rules and ornaments: "____", "—", "×"
        r"^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts|free)\b",
        r"\b(?:newsletters?|inbox)\b.{0,40}\b(?:sign up|subscribe)\b",
        r"^.{0,40}\b(?:delivered )?(?:to|in) your inbox\.?$",  # "Top Stories Delivered to Your Inbox"
        # A promotion ends with its call to action: "… every Friday. Click to subscribe!", "… Sign up here."
        r"(?:^|[.!?]\s+)(?:click (?:here )?to subscribe|subscribe (?:here|now|today)|sign up (?:here|now|today))[.!]?$",
        r"^a version of this (?:article|story|review|report) appear(?:s|ed) in print\b",
        r"^(?:story|article|text) continues below\b",
        r"^(?:tags|topics|filed under|categories)\s*:\s*\S",  # "Tags: harbour, ferries"
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
        # A category trail, "in Politics, COMMUNITY NOTICES": lower-case "in", then only capitalised words.
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
        # a closing "SOURCE: Agencies" / "Source: Gulf Daily and news agencies": where the copy came
        # from (names and "and" only: "Source: Interior Ministry statement, 4 May 2021" is a claim's source)
        r"^source\s*:\s*" + SOURCE_WORD + r"(?:[ ,]+" + SOURCE_WORD + r"){0," + str(SOURCE_LINE_MAX_WORDS) + "}$",
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
