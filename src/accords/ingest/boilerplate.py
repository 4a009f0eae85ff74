"""Site furniture around news articles, as data: one tuple of patterns per purpose.

Each pattern is a regular expression that must match a whole line (stripped of
surrounding blanks), case-insensitively. The logic that applies them lives in
``clean.py``; this module holds no code, so adding a pattern never changes how
the patterns are used. Keep each pattern specific enough that a sentence of an
article cannot match it: a line is only ever removed when it matches here.

Groups, by where ``clean.py`` looks for them:

* ``MASTHEAD`` — site header: breadcrumbs, "you are here", weather widgets, log-in
  rows. Before the first paragraph, such a line also takes the short lines above
  it (site name, tagline) with it.
* ``RELATED`` — a heading that opens a list of other stories ("Read also:",
  "Related articles"). After the last paragraph, it takes the short lines below
  it (the other stories' headlines).
* ``SHARE``, ``FOLLOW``, ``TAGS``, ``LEGAL``, ``NAVIGATION``, ``EMBEDS`` — single
  lines removed before the first paragraph or after the last one.
* ``INLINE`` — lines so plainly not part of the article (advertisement markers,
  "click here" calls) that they are removed wherever they stand.
"""

from __future__ import annotations

#: Social networks and messaging services named in share and follow rows.
NETWORKS = (
    r"facebook|twitter|x|whatsapp|linkedin|telegram|instagram|youtube|tiktok|reddit"
    r"|pinterest|tumblr|vk|viber|messenger|threads|bluesky|mastodon|flipboard|pocket"
    r"|google news|google\+|social media"
)

#: Words that make up a row of share buttons ("Facebook Twitter WhatsApp Email").
_SHARE_WORD = (
    rf"(?:{NETWORKS}|e-?mail|mail|print|sms|copy link|copy|share|tweet|pin|comments?)"
    r"(?:\s*\(?\d+\)?(?!\d))?"
)

#: Links in a site's footer row ("Privacy policy | Terms of use | Contact us").
_FOOTER_LINK = (
    r"(?:privacy policy|terms of (?:use|service)|terms and conditions|contact us|about us"
    r"|advertise(?: with us)?|sitemap|rss|careers|imprint|impressum)"
)

MASTHEAD: tuple[str, ...] = (
    r"you are here\b.*",
    r"skip to (?:main )?(?:content|navigation|main menu)\b.*",
    r"(?:main )?menu|navigation|search|toggle navigation",
    # breadcrumbs: at least two separators between short items
    r"[^›»>|]{1,40}(?:[›»>][^›»>|]{1,40}){2,10}",
    # a weather widget: "City: 13°C"
    r"[\w .'’-]{2,30}:?\s*[+−-]?\d{1,2}\s*°\s*[cf]?",
    r"(?:log ?in|sign ?in|sign ?up|register|my account)"
    r"(?:\s*[|/·•]?\s*(?:log ?in|sign ?in|sign ?up|register|my account|subscribe))*",
    r"all (?:articles|news|stories|posts|sections)\S*",
)

RELATED: tuple[str, ...] = (
    r"read (?:also|more|next)\b.{0,100}",
    r"(?:see|also read|also see)(?: also)?\s*:.{0,100}",
    r"(?:related|recommended|more|latest|popular|trending|top|must[- ]read)"
    r"(?: (?:articles?|stories|news|posts|content|reading|videos?|links?|topics?"
    r"|from [\w .'-]{1,40}))?"
    r"\s*[:.…]*",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,40}",
    r"(?:most (?:read|popular|viewed|shared)|editor'?s picks|don'?t miss)\s*[:.…]*",
    r"more (?:news|stories|articles) (?:about|on|from) .{1,60}",
    # "More on this topic:", "More in Energy": a section's other stories
    r"more (?:on|in|from|about) (?:this (?:topic|story|subject|issue)|[\w&'’ -]{1,30})\s*[:.…]*",
    # the heading with its headlines on one line: "Related: A | B", "MORE NEWS: A"
    r"(?:related|see also|also read|more news)"
    r"(?: (?:articles?|stories|news|links?|coverage|topics?))?\s*:\s*.{1,250}",
)

SHARE: tuple[str, ...] = (
    rf"share(?: this(?: article| story| post| page)?| it)?(?: on| via| with)?"
    rf"(?: (?:{NETWORKS}|e-?mail|a friend))?\s*[:!.]?",
    # the heading and its buttons on one line: "Share this article: Facebook · X · Email"
    rf"share(?: this(?: article| story| post| page| note)?)?\s*:\s*"
    rf"(?:{_SHARE_WORD}[\s|•·,/]*){{1,14}}",
    rf"(?:{_SHARE_WORD}[\s|•·,/:]*){{1,14}}",
    r"like this (?:story|article)\?.{0,60}",
)

FOLLOW: tuple[str, ...] = (
    rf"(?:follow|join|find|like|connect with) us"
    rf"(?:(?: on| at| via)? (?:{NETWORKS})\b.{{0,60}}|\s*[:!.]?)",
    rf"follow (?:the latest|all the latest|our|the) .{{0,60}} on (?:{NETWORKS})\b.{{0,40}}",
    r"subscribe(?: now)?(?: to| for)? (?:our|the|my) (?:[\w-]+ )?"
    r"(?:newsletter|channel|podcast|feed|updates|alerts|mailing list)\b.{0,80}",
    r"sign up (?:for|to) (?:our|the) (?:[\w-]+ )?"
    r"(?:newsletter|alerts|updates|mailing list)\b.{0,80}",
    r"(?:get|download) (?:our|the) .{0,40}\bapp\b.{0,60}",
    r"(?:get|receive) (?:our|the latest|the) .{0,40}\b(?:newsletter|headlines|updates)\b"
    r" (?:in|to|delivered).{0,60}",
)

TAGS: tuple[str, ...] = (
    r"(?:tags?|topics?|keywords|categories|category|filed under|labels)\s*[:|]\s*.{0,300}",
    r"tags(?=\S).{0,300}",
)

LEGAL: tuple[str, ...] = (
    r"(?:©|ⓒ|\(c\)).{0,250}",
    r".{0,120}[©ⓒ].{0,160}",
    # "Copyright 2024 …", or a short line naming the holder and a year; never
    # a sentence that is about copyright
    r"copyright\s*(?:©|ⓒ|\(c\)|(?:19|20)\d\d\b).{0,250}",
    r"copyright [^.]{0,60}\b(?:19|20)\d\d\b[^.]{0,100}",
    r".{0,150}\ball rights reserved\b.{0,150}",
    r".{0,200}\b(?:we|this (?:web)?site|our (?:web)?site|this portal) uses? cookies\b.{0,400}",
    r"(?:accept|allow|reject|manage) (?:all )?cookies.{0,40}",
    r"cookie (?:policy|settings|preferences|consent)\b.{0,40}",
    r"this (?:copy|article|material) is for your personal.{0,200}",
    rf"{_FOOTER_LINK}(?:\s*[|·•/,]\s*{_FOOTER_LINK})*",
)

NAVIGATION: tuple[str, ...] = (
    r"(?:previous|prev|next|older|newer) (?:article|post|story|item|page).{0,200}",
    r"back to (?:top|home|homepage|news|the top)\b.{0,20}",
    r"(?:go )?to top|top of (?:the )?page",
    r"print(?: this)?(?: article| page| story)?",
    r"e-?mail(?: this)?(?: article| page| story| to a friend)?",
    r"(?:\d+ )?comments?(?: \(\d+\))?",
    r"(?:leave|post|add|write) a (?:comment|reply)\b.{0,40}",
    r"\[?\s*(?:view|show|read|see)(?: all)? comments?\s*\]?.{0,20}",
    r"(?:\d+ )?(?:min(?:ute)?s?|minutes?) read",
    r"loading(?:\.{1,3}|…)?",
)

#: Captions of embedded posts. (The "— Name (@handle) May 4, 2021" line under an
#: embedded tweet stays: it says who wrote what the article quotes.)
EMBEDS: tuple[str, ...] = (
    r"(?:a )?(?:post|photo|video) shared by .{1,80}",
    r"view this post on instagram",
)

INLINE: tuple[str, ...] = (
    r"advertisements?|ad|sponsored(?: content)?",
    r"(?:story|article|text) continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?\.?",
    r"(?:\[\s*)?(?:read (?:also|more)|also read|see also)\s*[:|-]\s*.{1,160}(?:\s*\])?",
    r"(?:click|tap) here\b.{0,120}",
    r".{0,80}\bby (?:clicking|tapping) here\b.{0,40}",
)

#: Lines at the top that are not a headline even when short: datelines, bylines,
#: dates, sources.
NOT_A_HEADLINE: tuple[str, ...] = (
    r"by .{1,80}",
    r"(?:published|posted|updated|source|photo|image|video)(?: on| at| by)?\s*:.*",
    # "Place, Country, Sept. 13" / "Monday, March 9, 2020"
    r"[^,]{1,40},.{0,40}\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?",
    # "Business Desk of Monday, 9 March 2020"
    r".*\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
    r" \d{4}\b.*",
    # a photo caption: "… (Photo: Agency)"
    r".*\((?:file )?(?:photo|image|picture|video)s?\s*:[^)]*\)",
    r".*\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*|.*\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b.*",
)
