"""Word lists the extractors share, grouped by purpose (heuristics as data).

Each group is a regular-expression alternation matched case-insensitively on word
boundaries unless its name says otherwise. ``compile_group`` refuses an empty group
so that a mistake cannot silently match everything.
"""

from __future__ import annotations

import re
from functools import cache

#: Sentences about relations between states use at least one of these.
COOPERATION = (
    r"cooperat\w*",
    r"co-operat\w*",
    r"agreements?",
    r"documents?",
    r"deals?",
    r"pacts?",
    r"memorand\w*",
    r"mous?",
    r"protocols?",
    r"commissions?",
    r"committees?",
    r"councils?",
    r"treat(?:y|ies)",
    r"signed",
    r"sign",
    r"talks",
    r"meetings?",
    r"met",
    r"visit\w*",
    r"relations",
    r"ties",
    r"bilateral",
    r"partnership",
    r"summit",
    r"consultations",
    r"declaration",
    r"joint",
    r"accords?",
    r"session",
    r"roadmap",
    r"dialogue",
    r"negotiat\w*",
    r"discuss\w*",
    r"review(?:ed|ing|s)?",
    r"hosted",
    r"delegations?",
    r"embass\w*",
    r"ambassadors?",
    r"intergovernmental",
    r"linkages",
    r"agreed to (?:deepen|strengthen|expand|boost|enhance|develop|promote)",
    # one official receiving another, or calling on or phoning them: a meeting
    r"received",
    r"courtesy call",
    r"(?:tele)?phone (?:call|conversation)",
)

#: Signals that states (not firms, towns or teams) are the actors.
STATE_ACTORS = (
    r"ministers?",
    r"ministr(?:y|ies)",
    r"president",
    r"prime minister",
    r"government\w*",
    r"intergovernmental",
    r"ambassadors?",
    r"embass(?:y|ies)",
    r"foreign affairs",
    r"head of state",
    r"bilateral",
    r"state visit",
    r"officials",
    r"envoy",
    r"diplomat\w*",
    r"king",
    r"emir",
    r"chancellor",
    r"delegations?",
    r"secretary of state",
    r"joint commission",
    r"deputy prime minister",
    # a standing body of the two states, whatever words qualify it
    r"(?:joint|intergovernmental|bilateral|binational|high[- ]level)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:commission|committee|council|mechanism|working group|task force)",
    r"ministerial",
    r"state department",
)

#: Words for the official of the other state who holds the same office ("her Chilean
#: counterpart"); "homologue" is the French and Spanish word in translation.
COUNTERPARTS = ("counterpart", "homologue")

#: A meeting or document that has not happened yet.
PLANNED = (
    r"will",
    r"shall",
    r"would",
    r"to be (?:held|signed|convened|concluded|adopted)",
    r"(?:can|may|might|could) be (?:held|signed|convened|concluded|adopted|inked)",
    r"to take place",
    r"scheduled",
    # "a seventh meeting is foreseen for the autumn"; not "as foreseen in the treaty"
    r"(?:is|are|was|were|been) (?:foreseen|envisaged|slated|pencil+ed in)",
    # "next year" is to come; "for the next five years" is how long something lasts
    r"next(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|few|several)"
    r"\s+(?:years|months|decades|weeks|days)\b)",
    r"upcoming",
    r"forthcoming",
    r"planned",
    r"plans?(?: to)?",
    r"planning",
    r"ahead of",
    r"expected",
    r"is due",
    r"are due",
    r"preparing",
    r"prepare[sd]?",
    r"preparations?",
    r"preparatory",
    r"finali[sz]ing",
    r"finali[sz]e",
    r"drafting",
    r"draft",
    r"being (?:drafted|negotiated|prepared|finali[sz]ed|discussed|worked out)",
    r"negotiating",
    r"(?:start|begin|launch|open|resume)\w* (?:the )?negotiations? (?:on|for|towards?)",
    r"under negotiation",
    r"negotiations? (?:on|for|of|towards?)",  # "progress in negotiations on a treaty"
    r"(?:at|in) (?:an?|the|its) (?:advanced|final|early) stages?",  # of negotiation
    r"under discussion",
    r"proposed",
    r"intend\w*",
    r"aim(?:s|ing)? to",
    r"agreed to (?:hold|sign|convene|meet)",
    # "agreed on the holding of the first session", "decided on the convening of": a
    # sitting agreed on as a noun is still to come
    r"(?:agreed|agree|decided|decide)\s+(?:on|upon)\s+the\s+"
    r"(?:holding|convening|organi[sz]ation)\s+of",
    r"to sign",
    r"to hold",
    r"to (?:arrange|organi[sz]e|host|schedule)",  # "agreed to arrange a summit"
    r"to meet",
    r"to convene",
    r"(?:should|must|ought to) (?:meet|hold|convene|be (?:held|convened|signed))",
    r"pending",
    r"(?:ready|open|submitted) for (?:the )?(?:signatures?|signing)",
    r"coming",
    r"future",
    r"working on",
    r"working out",
    r"in the pipeline",
    r"is set to",
    r"are set to",
    r"soon",
    r"look(?:s|ed|ing)? forward to",
    r"accepted the invitation",
    r"not (?:yet )?been (?:announced|set|fixed|decided|determined|agreed)",  # its date: still to come
    r"no date",
    r"complet(?:e|ing)",
    r"finish(?:es|ing)?",  # "to finish the agreement within months" (not "finished")
    r"to conclude",
    # a task given: "tasked their ministers with concluding a memorandum", "instructed … to"
    r"(?:task|charg|entrust|mandat)(?:s|es|ed|ing)? (?:\w+ ){0,3}?with",
    r"instruct(?:s|ed|ing)? (?:\w+ ){0,3}?to",
)
#: A document whose text is agreed or initialled but not yet signed (planned, whatever
#: else its sentence says of signing).
UNSIGNED_TEXT = (
    r"initiall?ed",
    r"text (?:\w+ )?(?:has been|had been|was|is|were|have been) (?:\w+ )?agreed",
    r"agree[sd]? (?:up)?on (?:the |a |its |their )?(?:\w+ )?text",
    r"can(?:not|'t) (?:yet )?be signed",
)

#: Any word of a signing, done or to come: "signed", "to sign", "the signing", "inked".
SIGNING = (r"sign(?:s|ed|ing)?", r"signatures?", r"ink(?:s|ed|ing)?")

# Verbs of a document's own life, as word stems (matched at a word's start by
# ``compile_stems``): the verbs that conclude it, and what else is done to its text.
#: Concluding a document: sign, ink, seal, conclude.
CONCLUDING_STEMS = ("sign", "ink", "seal", "conclud")
#: Giving a text force after or instead of a signature: ratified, approved, adopted, endorsed.
ENACTING_STEMS = ("ratif", "approv", "adopt", "endors")
#: Making or awaiting a text: drafted, prepared, negotiated, initialled, expected, due.
PREPARING_STEMS = (
    "finali[sz]", "finish", "prepar", "draft", "negotiat", "initial", "exchang", "expect",
    "await", "due",
)

#: A document that has been signed (or otherwise concluded).
SIGNED = (
    r"signed",
    r"inked",
    r"concluded",
    r"exchanged",
    r"adopted",
    r"issued",
    r"sealed",
    r"signing",
    r"endorsed",
    r"approved",
    r"reached",
    r"struck",
    r"executed",
    r"renewed",
    r"subscribed",  # translated from Spanish and Portuguese ("suscribir", "subscrever"): signed
    # "proceeded to the signature of", "put their signatures to"; not "ready for the signature"
    r"(?<!for )(?<!for the )signatures? (?:of|to|on)",
)
RATIFIED = (r"ratif\w*",)
IN_FORCE = (
    r"entered into force",
    r"in force",
    r"came into force",
    r"comes? into force",
    r"took effect",
    r"came into effect",
    r"in effect",
    r"existing",
    r"under the",
    r"implement\w*",
    r"valid",
    r"operational",
)
TERMINATED = (
    r"terminat\w*",
    r"withdr[ae]w\w*",
    r"suspend\w*",
    r"scrapped",
    r"annulled",
    r"denounced",
    r"cancell?ed",
    r"revoked",
    r"expired",
    r"lapsed",
)

#: A meeting that happened.
HELD = (
    r"held",
    r"met",
    r"took place",
    r"convened",
    r"hosted",
    r"was attended",
    r"concluded",
    r"last",
    r"previous",
    r"visited",
    r"discussed",
    r"reviewed",
    r"chaired",
    r"co-chaired",
    r"opened",
    r"closed",
    r"ended",
    r"resulted",
)

#: Forms of address before a name ("Mr", "H.E.", "the Hon.").
HONORIFICS = (
    "Mr",
    "Mr.",
    "Mrs",
    "Ms",
    "Dr",
    "Dr.",
    "H.E.",
    "HE",
    "Hon.",
    "Honourable",
    "Honorable",
    "His",
    "Her",
    "Excellency",
    "Majesty",
    "Highness",
)

#: Words for a named person's office.
ROLE_WORDS = (
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Ministers",
    "Deputy",
    "Secretary",
    "Ambassador",
    "Chairman",
    "Chairperson",
    "Chair",
    "Co-Chair",
    "Co-chair",
    "Governor",
    "Director",
    "Head",
    "General",
    "Commissioner",
    "Speaker",
    "King",
    "Queen",
    "Emir",
    "Amir",  # the emir, as Qatar and Kuwait spell the office in English
    "Sheikh",
    "Crown",
    "Prince",
    "Envoy",
    "Chief",
    "Executive",
    "Mayor",
    "Senator",
    "Permanent",
    "Under",
    "State",
    "Foreign",
    "Affairs",
    "Chancellor",
    "Premier",
    "First",
    "Lady",
    "Assistant",
    "Special",
    "Representative",
    "Consul",
    "Counsellor",
    "Counselor",
    "Adviser",
    "Advisor",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Officer",
    "Chargé",
    "Charge",
    "d'Affaires",
    "Commander",
    "Marshal",
    "Attorney",
    "Auditor",
    "Registrar",
    "Chairwoman",
    *HONORIFICS,
)
#: Portfolio words that stand between a demonym and "Minister" ("Health Minister").
PORTFOLIO_WORDS = (
    "Health",
    "Trade",
    "Energy",
    "Finance",
    "Economy",
    "Economic",
    "Defence",
    "Defense",
    "Interior",
    "Justice",
    "Education",
    "Agriculture",
    "Transport",
    "Culture",
    "Industry",
    "Labour",
    "Labor",
    "Tourism",
    "Environment",
    "Science",
    "Investment",
    "Development",
    "Planning",
    "Commerce",
    "Communications",
    "Information",
    "Youth",
    "Sports",
    "Sport",
    "Mines",
    "Mining",
    "Water",
    "Home",
    "External",
    "Public",
    "Works",
    "Infrastructure",
    "Digital",
    "Technology",
    "Innovation",
    "Security",
    "Social",
    "Welfare",
    "Higher",
    "and",
    "of",
    "for",
    "the",
    "Cooperation",
    "Relations",
    "International",
)

SPEECH_VERBS = (
    r"said",
    r"says",
    r"noted",
    r"notes",
    r"told",
    r"tells",
    r"added",
    r"adds",
    r"stressed",
    r"stated",
    r"emphasi[sz]ed",
    r"explained",
    r"remarked",
    r"declared",
    r"underlined",
    r"pointed out",
    r"observed",
    r"highlighted",
    r"affirmed",
    r"asserted",
    r"announced",
    r"commented",
    r"insisted",
    r"wrote",
    r"continued",
    r"concluded",
    r"recalled",
    r"assured",
    r"urged",
    r"maintained",
    r"acknowledged",
    r"confirmed",
    r"argued",
    r"expressed",
    r"indicated",
    r"mentioned",
    r"reiterated",
    r"underscored",
    r"according to",
)


@cache
def compile_group(group: tuple[str, ...], *, case_sensitive: bool = False) -> re.Pattern[str]:
    """One pattern for a word group, matched on word boundaries."""
    if not group:
        raise ValueError("an empty cue group would match everything")
    flags = 0 if case_sensitive else re.IGNORECASE
    alternation = "|".join(sorted(group, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)


@cache
def compile_stems(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for word stems, matched at the start of a word (``.match`` a token)
    or, with ``.search``, at the start of any word of a text."""
    if not stems:
        raise ValueError("an empty stem group would match everything")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(stems)})", re.IGNORECASE)


def has(group: tuple[str, ...], text: str) -> bool:
    return compile_group(group).search(text) is not None
