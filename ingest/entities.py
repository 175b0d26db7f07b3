"""Entity mentions and their resolution within one article.

Mentions come from four sources, in order of trust:

1. the gazetteer (``data/*.tsv``): known organisations, outlets, people, models and
   benchmarks with their aliases;
2. general model-name patterns: a model family word followed by version and variant
   tokens (``Claude 3.5 Sonnet``, ``GPT-4o``, ``Llama-4-Maverick-17B-128E-Instruct``);
3. in-text definitions and context, for names no gazetteer lists: ``Long Name (ACR)``,
   appositions (``a division called X``, ``X, the parent company of Y``, ``its AI tool,
   X``), roles (``spokesperson X``, ``X, a fellow at Y``), lists (``X, Y and other
   publishers``, ``labs such as X and Y``), the press (``X's request for comment``),
   bylines (``By Jane Roe``), handles (``user @jroe``), organisation suffixes (``Labs``,
   ``Commission``, ``Court``) and CamelCase ``...AI`` names; courts by their full names;
   people in a list after a plural noun for people (``three authors, X, Y and Z``), as
   ``X, who`` or as a subject referred back to with he/she; where a role is held
   (``director of the X``, ``Jane Roe of X``) and funding investors (``led by X``);
   an unknown name with a digit just released is a model (``released SmolLM3``,
   ``its new model Kimi-K3``, ``the Phi-9-mini model``; not chips, quarters or phones);
   a description before a name (``the think tank X``, ``the hedge fund X``, ``the
   charity X``) and an ``... Intelligence`` suffix (not the field: ``Artificial General
   Intelligence``) name organisations;
4. the statistical NER (PERSON, ORG), filtered, because it mislabels this domain: titles
   are stripped (``Professor Emeritus``), an "organisation" that starts with a
   common given name (``data/given_names.txt``) is a person, a "person" read as
   ``X of Y`` is split, and an NER span never swallows two names found otherwise.

Filters for this domain: an ambiguous gazetteer word (``ambiguous.txt``) counts only
with its developer in the article, as the NER's own name (not a place, not part of a
longer capitalised name) or by possession, never as another name's thing ("Halley's
Comet"); the European Union only where it acts, not as a modifier ("EU rules"); a known
name followed by ", <place>" is the place; an NER span that is a known company plus
product words ("Microsoft Teams") is the company, one before an office title
("Commerce Secretary") no body; a one-word person needs a full name, a stated list or
two NER readings; a division named like its product ("Meta AI") is the product where the
text calls it an assistant, chatbot or app.

A one-word gazetteer alias right after another proper noun is part of a longer name
("House" in "Penguin Random House"), and no gazetteer model or benchmark is read before
an organisation's head word ("the ARC Prize Foundation").

Mentions are then grouped into entities: short forms join a full form (a person's last
name, an organisation name without its ``AI``/``Labs`` suffix or with words left out, a
defined acronym, a standalone model variant word, a model name without its size),
spellings of one model merge (``GPT 4.1``/``GPT-4.1``), renames merge (``X (formerly
Twitter)``, ``Bard, now called Gemini``: the new name names the entity, the old one is
an alias), possessives are dropped, and each group's type is voted (gazetteer and
patterns outvote NER; a stated apposition outvotes both).

Gazetteer matching is one regular expression over the text (a trie of the ~1,700 forms),
not spaCy's PhraseMatcher, for a measured reason: on the 35 development articles the
PhraseMatcher takes 4.1 ms in all against the regex's 6.7 ms (both well under 1% of the
parse), plus 150 ms to build per process, and being token-based it misses names glued
to punctuation the tokenizer keeps attached (``Fortune‘s``) and matches names
inside longer hyphenated ones (``o3-mini`` in ``o3-mini-high``), which the regex's name
boundaries exclude.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from ingest.document import doc_text
from ingest.gazetteer import GazEntry, Gazetteer, fold

ORG_SUFFIXES = {
    "AI",
    "Labs",
    "Lab",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Technologies",
    "Research",
    "Institute",
    "Systems",
    "Group",
    "Ltd",
    "LLC",
    "Holdings",
    "Capital",
    "Ventures",
    "University",
    "Foundation",
    "Intelligence",
    "Partners",
    "Robotics",
}
ORG_HEAD_NOUNS = (
    "company|startup|start-up|firm|lab|laboratory|division|group|organization|organisation|"
    "subsidiary|venture|unit|outfit|nonprofit|non-profit|institute|hedge fund|think tank|"
    "charity|consultancy|incubator"
)
MODEL_HEAD_NOUNS = {
    "feature",
    "tool",
    "model",
    "models",
    "framework",
    "agent",
    "chatbot",
    "assistant",
    "system",
    "LLM",
}
AWARD_WORDS = {
    "Award",
    "Awards",
    "Prize",
    "Medal",
    "Act",
    "Conference",
    "Summit",
    "Day",
    "Week",
    # laws and documents, not bodies ("the Digital Services Act", "an Executive Order")
    "Regulation",
    "Directive",
    "Policy",
    "Bill",
    "Amendment",
    "Order",
    "Guidelines",
    "Principles",
    "Treaty",
    "Plan",
    "Report",
    "Strategy",
    "Process",
    "Challenge",
    "Declaration",
    "Charter",
    "Pact",
    "Accord",
    "Agreement",
    "Roadmap",
    "Blueprint",
    "Framework",
    "Hearing",
    "Expo",
    "Festival",
    "Hackathon",
    "Keynote",
    "Championship",
}
POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$")
TYPE_RANK = {"gaz": 4, "pattern": 3, "def": 2, "ner": 1}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str  # surface form without possessive
    type: str
    source: str  # gaz | pattern | def | ner
    entry: GazEntry | None = None
    key: str = ""  # the entity this mention resolved to (filled by resolve())
    weight: int = 0  # type-vote weight when the context states the type ("X, a startup")
    alias_of: str = ""  # a former or later name of the entity named so ("X, formerly Y")
    byline: bool = False  # the article's author, named in a byline (even one in boilerplate)


@dataclass(slots=True)
class Entity:
    key: str
    name: str
    type: str
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entry: GazEntry | None = None

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 0


def _strip_possessive(text: str) -> str:
    return POSSESSIVE.sub("", text).strip()


_NAME_END = r"(?![\w]|-\w|\.\d)"
_WORD_END = r"(?![\w-])"


@lru_cache(maxsize=4096)
def _word_regex(word: str, end: str) -> re.Pattern[str]:
    """``word`` as a whole word followed by ``end``, compiled once.

    Names and lexicon words recur from article to article, and there are more
    of them than the ``re`` module's own cache keeps.
    """
    return re.compile(rf"(?<![\w-]){re.escape(word)}{end}")


@cache
def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``terms`` as a whole word (longest first): one scan instead of one per term."""
    if not terms:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives}){_WORD_END}")


@cache
def _gaz_regex(gaz_id: int, forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any gazetteer form as a whole name; where several start at one place, the longest.

    The forms are laid out as a trie (``GPT(?:-4(?:o|…)|…)``) rather than as a
    flat alternation of some thousand forms, which Python's regex engine would
    try one by one at every position (most of find_mentions' time).  The text
    decides the one path down the trie, and at each node the longer
    continuations are tried before the name may end there, so the match is the
    longest form that ends at a name boundary: the same as the flat alternation
    sorted longest first.
    """
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def pattern(node: dict[str, dict]) -> str:
        parts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            parts.append(_NAME_END)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    # a name may follow "ex-", "pro-", "anti-", "non-" ("the ex-GitHub CEO")
    start = r"(?:(?<![\w-])|(?<=\bex-)|(?<=\bpro-)|(?<=\banti-)|(?<=\bnon-))"
    return re.compile(start + pattern(root)) if root else re.compile(r"(?!)")


@cache
def _model_regex(families: tuple[str, ...], variants: tuple[str, ...]) -> re.Pattern[str]:
    fam = "|".join(re.escape(f) for f in families)
    var = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    version = r"(?:v?\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?|\d+[BbMmKk]|\d+x\d+[Bb])"
    hyphen_tail = r"(?:-[A-Za-z0-9.]+)+"
    space_tail = rf"(?:[ ](?:{version}|(?:{var})(?![\w-])))*"
    return re.compile(
        rf"(?<![\w-])(?:{fam})(?:{hyphen_tail}|{version})?{space_tail}(?![\w]|-\w|\.\d)"
    )


_OSERIES = re.compile(r"(?<![\w-])o[1-9](?:-(?:mini|pro|preview|high|low|medium))*(?![\w]|-\w)")
_DEF_PAREN = re.compile(
    r"([A-Z][\w&.-]*(?:[ ]+(?:of|for|and|on|[A-Z][\w&.-]*))*)[ ]+\(([A-Z][A-Za-z0-9&.-]{1,9})\)"
)
_DEF_PAREN_REV = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9&.-]{1,9})[ ]+"
    r"\((?:the )?([A-Z][\w&.-]*(?:[ ]+(?:of|for|and|on|[A-Z][\w&.-]*))+)\)"
)
ROLE = (
    r"(?:ceo|cto|cfo|coo|chief [\w ]{0,30}?(?:officer|scientist|executive)|"
    r"(?:vice |senior )?president|"
    r"vp|svp|spokes(?:person|woman|man)|head of [\w ]{1,30}|director|(?:co-?)?founders?|"
    r"(?:research |staff |principal )?(?:scientist|engineer|researcher)|employee|executive|"
    r"(?:technical )?fellow|general manager|manager|chair(?:man|woman)?|partner|analyst|czar|"
    r"representative|professor|secretary|senator|minister|chancellor|governor|investor|author|"
    r"reporter|journalist|editor|correspondent|commissioner|administrator|attorney|lawyer|"
    r"counsel|judge|artist|illustrator|economist|historian|ethicist|entrepreneur|"
    r"(?:ai |machine learning )?(?:expert|specialist)|developer|designer|programmer)"
)
_NAME = (
    r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di|del|der) )?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2}"
)
_PERSON_BY_ROLE = [
    re.compile(rf"(?i:\b{ROLE}),? (?P<name>{_NAME})\b"),
    re.compile(
        rf"(?P<name>{_NAME}), (?:(?i:a|an|the|its|their|his|her) )?"
        rf"(?:[\w'’-]+ ){{0,4}}?(?i:{ROLE})\b"
    ),
    re.compile(rf"(?i:\b{ROLE}) (?:of|at|for) [^,.;]{{1,40}}, (?P<name>{_NAME}),"),
]
_ORG_BY_SUFFIX = re.compile(
    r"(?<![\w-])(?!(?:The|A|An) )(?:[A-Z][\w&.-]+ ){1,3}"
    r"(?:Labs|Lab|Inc\.?|Corp\.?|Corporation|Technologies|"
    r"Systems|Robotics|AI|Research|Ventures|Capital|Holdings|Institute|Foundation|Partners|"
    r"Software|Studios|Networks|Semiconductors?|Computing|Dynamics|Group|Court|Commission|"
    r"Committee|Agency|Authority|Council|Association|Society|University|College|Academy|"
    r"Ministry|Department|Bureau|Tribunal|Parliament|Senate|Center|Centre|Alliance|Coalition|"
    r"Consortium|Forum|Guild|Federation|Organization|Organisation|Office|Board|Trust|LLP|"
    r"Intelligence)"
    r"(?![\w-])"
)
# "Intelligence" names a company ("Reflection Intelligence") unless it is the field
_NOT_ORG_INTELLIGENCE = re.compile(
    r"\b(?:Artificial|General|Super|Machine|Human|Business|Augmented|Collective|Emotional|"
    r"Competitive|Threat|Signals|Open[- ]Source|Ambient|Physical|Spatial|Generative|"
    r"Superhuman|Agentic|Synthetic|Military|Market|Customer|Sales|Data|Document|Edge|Swarm|"
    r"Computational|Natural|Digital|Responsible|Trustworthy|Applied) Intelligence$"
)
# legal forms after a company's name: "Alibaba Group" is Alibaba
_CORPORATE_FORMS = {
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Group",
    "Holdings",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "Co.",
    "Platforms",
    "Technologies",
}
_ORG_OF_TAIL = re.compile(
    r" (?:of|for|on) (?:the )?[A-Z][\w&.-]*(?:(?: and| &|,)? [A-Z][\w&.-]*)*(?<![.,])"
)
_ORG_SUFFIX_CONTINUES = re.compile(r"\s*(?:of|for|on) [A-Z]|\s+[A-Z][a-z]")
_PERSON_WHO = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
    r"(?: (?:[A-Z]\.|(?:de|van|von|al|bin|da|di|del|der|le|la) |"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)){1,3}), who\b"
)
# courts by their full names: "the U.S. District Court for the Northern District of
# California", "the 9th U.S. Circuit Court of Appeals", "the Court of Appeals for the
# Second Circuit", "California Superior Court", "the Delaware Court of Chancery"
_CW = r"[A-Z][a-z]+"
_COURT = re.compile(
    r"(?<![\w-])(?:(?:U\.S\.|US|United States|\d{1,2}(?:st|nd|rd|th)|" + _CW + r") ){0,3}"
    r"(?:Court|Circuit Court)(?: of (?:Appeals|Justice|Chancery|Federal Claims|"
    r"International Trade|Session|Cassation)| of the European Union)?"
    r"(?: (?:for|of) the (?:" + _CW + r" ){0,2}(?:District|Circuit)"
    r"(?: of " + _CW + r"(?: " + _CW + r")?)?)?(?![\w-])"
)
_COURT_SKIP_FIRST = {"The", "A", "An", "In", "At", "On", "For", "From", "By", "With", "Then"}
_MODEL_NAME = r"[A-Z][\w.+-]*(?: (?:[A-Z0-9][\w.+-]*))*"
_MODEL_BY_APPOSITION = [
    re.compile(
        rf"(?<![\w-])(?P<name>{_MODEL_NAME}), (?:a|an|its|their|the company['\u2019]s) "
        r"(?:new |latest |open[- ]source |open[- ]weight |smaller |larger |flagship )?"
        r"(?:[\w-]+ ){0,3}?(?:model|LLM|language model|chatbot|reasoning model)\b"
    ),
    re.compile(
        rf"\b(?:model|LLM|chatbot|assistant) (?:called|named|dubbed) (?P<name>{_MODEL_NAME})"
    ),
    # "its AI-powered tool, Make Slides,", "the AI art generator PaintBot", "its new AI tool
    # 'CrystalNet'"
    re.compile(
        r"\b(?:AI|AI-powered|AI-based|generative|generative AI|art|image|video|music|coding|"
        r"voice|writing|search|research|agentic) "
        r"(?:tool|feature|generator|assistant|agent|app|chatbot|model|system|product|service|bot)"
        rf",? (?:called |named |dubbed )?[\"“‘']?(?P<name>{_MODEL_NAME})"
    ),
]
# an unknown name with a digit, just released: "launched SmolLM3", "its new model Kimi-K2",
# "the Phi-4-mini model"
_MODEL_RELEASED = re.compile(
    r"\b(?:(?:released|launched|unveiled|introduced|open-sourced|open sourced|debuted)"
    r"(?: (?:its|their|a|an|the))?(?: (?:new|latest|open[- ]source|open[- ]weight))?"
    r"(?: (?:AI |language |reasoning )?model)?|"
    r"(?:its|their) (?:new |latest )?(?:AI |language |reasoning )?model) "
    r"(?P<name>[A-Z][\w.+-]*\d[\w.+-]*)"
    r"|\bthe (?P<name2>[A-Z][\w.+-]*\d[\w.+-]*) (?:AI |language |reasoning )?model\b"
)
_NOT_MODEL_AFTER = re.compile(
    r"\s*(?:chips?|GPUs?|processors?|accelerators?|phones?|smartphones?|laptops?|devices?|"
    r"robots?|cars?|vehicles?|servers?|headsets?|glasses|consoles?|satellites?|rockets?)\b"
)
# a quoted name with a technology head: "Acme's 'Just Pay' technology"
_MODEL_QUOTED = re.compile(
    r"[\"“‘'](?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})[\"”’'] "
    r"(?i:technology|tool|feature|system|model|chatbot|assistant|app|agent|software)\b"
)
_ORG_CONTEXT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-zA-Z0-9]+(?:[A-Z][a-zA-Z0-9]*)*)(?:['\u2019]s)? "
    r"(?:(?!(?:that|the|a|an|and|or|but|which|who|whose|said|says|its|his|her|their|to|of|in|on|"
    r"at|for|with|by|from|is|was|are|were|has|had|will|would|new)\b)[a-z]+ ){0,2}?"
    r"(?P<role>CEO|CTO|spokesperson|spokeswoman|spokesman|co-founder|"
    r"cofounder|researchers|engineers|employees|executives|chatbot|model|models)\b"
)
_NOT_ORG_WORDS = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "AI",
    "US",
    "UK",
    "Former",
    "New",
    "Chief",
    "Senior",
    "Company",
    "Then",
    "When",
    "While",
}
_APPOS_ORG = re.compile(
    rf"\b(?:{ORG_HEAD_NOUNS})(?:,| called| named| dubbed|)[ ]"
    r"((?:[A-Z][\w&.-]*)(?:[ ][A-Z][\w&.-]*)*)"
)


# titles and honorifics before a person's name ("Professor Emeritus Jane Roe",
# "U.S. Magistrate Judge Ann Poe"): not part of the name
TITLE_WORDS = {
    "Professor",
    "Prof.",
    "Emeritus",
    "Emerita",
    "Distinguished",
    "Associate",
    "Assistant",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Judge",
    "Magistrate",
    "Justice",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Sir",
    "Dame",
    "Lord",
    "President",
    "Chancellor",
    "Minister",
    "Secretary",
    "Commissioner",
    "Governor",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chief",
    "District",
    "Former",
    "CEO",
    "CTO",
    "Founder",
    "Co-founder",
    "Cofounder",
    "Attorney",
    "General",
    "U.S.",
    "US",
    "Vice",
    "Deputy",
}
NAME_PARTICLES = {"de", "van", "von", "der", "den", "del", "da", "di", "al", "bin", "le", "la"}
# "X, the parent company of ...": the apposition says what X is
_ORG_APPOS_NOUNS = (
    r"(?:company|startup|start-up|firm|publisher|conglomerate|maker|chipmaker|developer|"
    r"provider|lab|laboratory|nonprofit|non-profit|organi[sz]ation|agency|regulator|outlet|"
    r"publication|newspaper|website|site|platform|giant|group|subsidiary|unit|division|"
    r"consortium|coalition|institute|university|label|studio|marketplace|exchange|network|"
    r"operator|retailer|broadcaster|watchdog|charity|foundation|fund|investor|bank|owner|"
    r"parent|rival|competitor|supplier|vendor|contractor|consultancy|creator)"
)
_ORG_BY_APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w&.'’-]*(?: (?:of |for |and |& )?[A-Z][\w&.'’-]*){0,4}), "
    r"(?:a|an|the|which is a|which owns|one of the) "
    r"(?:(?!who\b|whose\b)[\w-]+ ){0,4}?" + _ORG_APPOS_NOUNS + r"(?!['’\w-])"
    r"(?=[,.;:)]| (?:of|that|which|in|for|behind|based|founded|backed|owned|known|with|whose|"
    r"specializing|specialising|focused|valued|best|led|run|to|at|and|from)\b)"
)
# the same, read after a name the NER calls a person ("Ziff Davis, the parent company")
_ORG_FOLLOWS = re.compile(
    r"(?:['’]s)?, (?:a|an|the|which is a|one of the) (?:(?!who\b|whose\b)[\w-]+ ){0,4}?"
    + _ORG_APPOS_NOUNS
    + r"(?!['’\w-])"
)
# "Acme, Globex and other publishers" / "labs such as Acme, Globex and Initech"
_ORG_PLURALS = (
    r"(?:companies|firms|publishers|labs|laboratories|startups|start-ups|outlets|"
    r"organi[sz]ations|agencies|regulators|groups|giants|developers|rivals|competitors|"
    r"platforms|publications|newspapers|universities|institutions|broadcasters|studios|"
    r"labels|providers|makers|chipmakers|players|investors|funds|banks|retailers)"
)
_LIST_NAME = r"[A-Z][\w&.'’-]*(?: (?:of |for |and |& )?[A-Z][\w&.'’-]*){0,4}"
_ORG_LIST_BEFORE = re.compile(
    rf"(?P<list>(?:{_LIST_NAME}, )+(?:{_LIST_NAME},? )?)and (?:several |many |various )?other "
    rf"(?:[\w-]+ ){{0,2}}?{_ORG_PLURALS}\b"
)
_ORG_LIST_AFTER = re.compile(
    rf"\b{_ORG_PLURALS},? (?:such as|including|like|among them) "
    rf"(?P<list>{_LIST_NAME}(?:, {_LIST_NAME})*,? (?:and|or) {_LIST_NAME})"
)
# where a role is held: "director of the Tech Justice Law Project", "a researcher at
# Kestrel Labs", "CEO of Acme": an organisation, whatever the NER made of its words
_ORG_OF_ROLE = re.compile(
    r"\b(?i:ceo|cto|cfo|coo|founder|co-founder|cofounder|director|executive director|"
    r"president|chair|chairman|chairwoman|head|chief|researcher|scientist|engineer|fellow|"
    r"professor|spokesperson|spokeswoman|spokesman|partner|analyst|lawyer|attorney|"
    r"counsel|member|employee|staffer|adviser|advisor|economist|editor|reporter|officer|"
    r"manager|lead|leader|principal|associate|vice president|general counsel|"
    r"policy director|researchers|scientists|engineers|employees) "
    r"(?:of [a-z][a-z ]{1,25}? )?(?:of|at|for) (?:the )?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:(?: (?:of|for|and|on|&) (?:the )?)?"
    r" ?[A-Z][\w&.'’-]*){0,5})"
)
# a department, not an organisation: "head of Global Affairs", "VP of Product"
_DEPARTMENT_WORDS = {
    "Global",
    "Affairs",
    "Public",
    "Policy",
    "Government",
    "Relations",
    "Engineering",
    "Research",
    "Product",
    "Products",
    "Communications",
    "Comms",
    "Operations",
    "Sales",
    "Marketing",
    "Safety",
    "Security",
    "Trust",
    "AI",
    "Technology",
    "Strategy",
    "Legal",
    "Design",
    "Partnerships",
    "Business",
    "Development",
    "Growth",
    "Finance",
    "Staff",
    "Data",
    "Science",
    "Platform",
    "Infrastructure",
    "Applied",
    "Alignment",
    "Preparedness",
    "Consumer",
    "Enterprise",
    "Hardware",
    "Software",
    "Devices",
    "Search",
    "Ads",
    "People",
    "&",
    "and",
    "of",
    "the",
    "Machine",
    "Learning",
    "Generative",
    "Frontier",
    "Models",
    "Superintelligence",
    "Innovation",
    "Digital",
    "Content",
    "News",
    "Editorial",
    "Video",
}
# investors in a funding round: "a Series B led by Iconiq, with participation from Acme
# Capital and Globex", "the round, co-led by Fidelity and Initech"
_NAME_LIST = _LIST_NAME + r"(?:, " + _LIST_NAME + r")*(?:,? and " + _LIST_NAME + r")?"
_ORG_FUNDING = re.compile(
    r"\b(?:round|funding|financing|investment|raise|Series [A-H]|valuation)\b[^.;]{0,80}?"
    r"\b(?:led|co-led|co-leading|leading) by (?P<list>" + _NAME_LIST + r")"
    r"|\b(?:participation|investment|money|funding) (?:from|by) (?P<list2>" + _NAME_LIST + r")"
)
# people named in a list after a plural noun for people: "three authors, Jane Roe, John
# Doe and Ann Poe, sued ...", "plaintiffs including Jane Roe and John Doe"
_PERSON_PLURALS = (
    r"(?:authors|co-authors|writers|novelists|journalists|reporters|artists|illustrators|"
    r"photographers|musicians|singers|actors|actresses|comedians|creators|plaintiffs|"
    r"defendants|lawmakers|senators|legislators|politicians|officials|executives|founders|"
    r"co-founders|cofounders|researchers|scientists|engineers|employees|staffers|"
    r"ex-employees|leaders|experts|critics|economists|professors|academics|scholars|"
    r"judges|lawyers|attorneys|investors|entrepreneurs|billionaires|pioneers|godfathers|"
    r"activists|advocates|whistleblowers|directors|members|figures|people|CEOs|students|"
    r"celebrities|co-hosts|hosts|speakers|signatories|scientists)"
)
_PERSON_ITEM = (
    r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
    r"(?: (?:[A-Z]\.|(?:de|van|von|al|bin|da|di|del|der|le|la) |"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)){0,3}"
)
_PERSON_LIST = re.compile(
    rf"\b(?i:{_PERSON_PLURALS}),? (?:including |such as |like |among them |namely |led by )?"
    rf"(?P<list>{_PERSON_ITEM}(?:, {_PERSON_ITEM})*,? (?:and|or) {_PERSON_ITEM})(?![\w-])"
)
# organisations in an apposition list: "two publishers, Acme Books and Globex, joined"
_ORG_LIST_APPOS = re.compile(
    rf"\b(?i:two|three|four|five|six|several|many|other|rival|major|big|leading) "
    rf"(?:[\w-]+ )?{_ORG_PLURALS}, (?P<list>{_LIST_NAME}(?:, {_LIST_NAME})*,? (?:and|or) "
    rf"{_LIST_NAME})(?=[,;:)]| (?:have|had|were|are|say|said)\b)"
)
# unknown names glued to an AI suffix: "BerriAI", "HonestAGI", "NovaLabs"
_ORG_CAMEL = re.compile(r"(?<![\w@.-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:AI|AGI|Labs)(?![\w-])")
# the press: "did not respond to Acme Daily's request for comment", "Reached by Acme"
_ORG_BY_PRESS = [
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s requests? for comment"
    ),
    re.compile(r"\b(?:[Rr]eached|[Cc]ontacted) by (?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"),
    re.compile(
        r"\b(?:request for comment from|statement to|comment to|interview with|"
        r"told|according to|first reported by|reported by|speaking to|speaking with) "
        r"(?:the )?(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"
    ),
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:first |previously |also |"
        r"earlier |has |had )?reported\b"
    ),
]
# bylines: "By Jane Roe", "ByJane Roe" (scraped pages glue the two), "Reporting by ..."
_BYLINE = re.compile(
    r"^[ \t]*(?:By|BY|Written by|Words by|Reporting by|Reported by|Story by|Posted by|"
    r"Published by)[ \t:]*"
    r"(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?(?: [A-Z]\.)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di) )?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2})"
    r"[ \t]*(?=$|,|\||[-–—•·]| and | and$|\d| on | at )",
    re.M,
)
_BYLINE_MORE = re.compile(
    r"(?:,| and|, and|,? &) (?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?(?: [A-Z]\.)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di) )?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2})"
    r"[ \t]*(?=$|,|\||[-–—•·]| and | and$|\d| &)",
    re.M,
)
# a handle with a describing noun before it: "AI enthusiast @jroe", "user @jroe"
_HANDLE = re.compile(
    r"\b(?:enthusiast|user|account|researcher|engineer|poster|commenter|handle|developer|"
    r"blogger|influencer|investor|analyst|critic|writer|creator|hacker|founder|scientist) "
    r"(?P<name>@[A-Za-z0-9_]{2,15})(?![\w@])"
)
_ORG_OF_PERSON = re.compile(
    r" (?:of|at|from) (?:the )?(?P<name>[A-Z][\w&.'’-]*(?: (?:&|and|of|for) ?[A-Z][\w&.'’-]*|"
    r" [A-Z][\w&.'’-]*){0,3})(?=[,;:)]|\.\s| (?:said|says|told|argued|wrote|added|who)\b)"
)
# the platform X: "wrote in a post on X", "X (formerly Twitter)"
_X_PLATFORM = re.compile(r"\b(?:on|to|via) X(?![\w&-]|\.com|\.\w)")
# renames: (new name, old name) in either order
_RN = r"(?:[A-Z@][\w.&+'’-]*|X)(?: (?:[A-Z0-9][\w.&+'’-]*|of|for|and|&)){0,4}"
_RENAMES = [
    # "Xy (formerly Twitter)", "Xy, formerly known as Twitter,"
    re.compile(
        rf"(?<![\w-])(?P<new>{_RN})(?:, | \(|, which was )(?:formerly|previously|once|originally)"
        rf"(?: known as| called| named| branded as)? (?P<old>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "Bard (now Gemini)", "Bard, now called Gemini,", "Bard, since rebranded as Gemini"
    re.compile(
        rf"(?<![\w-])(?P<old>{_RN})(?:, | \()(?:now|now called|now named|now known as|"
        rf"(?:since|later|now|which (?:was|has been|had been)) (?:renamed|rebranded)(?: as| to)?) "
        rf"(?P<new>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "Bard was renamed Gemini", "Facebook rebranded as Meta", "Acme renamed itself Initech"
    re.compile(
        rf"(?<![\w-])(?P<old>{_RN}) (?:(?:(?:was|were|has been|had been|is being|will be|got) "
        rf"(?:(?:recently|officially|quietly|later) )?(?:renamed|rebranded)(?: as| to)?)|"
        rf"(?:(?:recently|officially|quietly|later) )?(?:renamed|rebranded) "
        rf"(?:itself (?:as |to )?|as |to ))"
        rf" ?(?P<new>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "renamed Bard to Gemini", "rebranding Twitter as X"
    re.compile(
        rf"\b(?:renamed|rebranded|renaming|rebranding|renames|rebrands) (?P<old>{_RN}) "
        rf"(?:as|to|into) (?P<new>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "Gemini, the chatbot formerly known as Bard"
    re.compile(
        rf"(?<![\w-])(?P<new>{_RN}),? (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?:formerly|previously|"
        rf"once) (?:known as|called|named|branded as) (?P<old>{_RN})(?=[,.;:)\s]|$)"
    ),
]
_RENAME_STOP = {"The", "A", "An", "It", "Its", "This", "That", "In", "On", "Now", "He", "She"}
# what follows a name that is a product or an event, not the organisation in it
# ("the Ascend AI chip", "the Brainstorm AI conference")
_NOT_ORG_AFTER = re.compile(
    r"\s*(?:chips?|processors?|accelerators?|conferences?|summit|events?|festival|awards?|"
    r"prize|app|apps|models?|features?|tools?|programm?e?s?|initiative|report|index|"
    r"benchmark|leaderboard|agents?|chatbot|assistant|platform|devices?|glasses|headset|"
    r"servers?|cluster|supercomputer|compliance|act|bill|law|sweep|operation)\b"
)


def _initials_match(acr: str, long: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", long) if w and w[0].isupper()]
    letters = "".join(w[0] for w in words)
    acr_letters = re.sub(r"[^A-Z]", "", acr)
    return bool(acr_letters) and (
        letters.startswith(acr_letters) or acr_letters in letters or letters == acr_letters
    )


def _in_regions(start: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in regions)


def _sentence_initial(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or span[0].is_sent_start or span[0].i == 0


def find_mentions(doc: Doc, gaz: Gazetteer, skip: list[tuple[int, int]]) -> list[Mention]:
    """Every entity mention in ``doc`` outside the ``skip`` regions, overlaps resolved."""
    text = doc_text(doc)
    cands: list[Mention] = []
    ner_spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def ner_covers(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b, _ in ner_spans)

    def ner_names(s: int, e: int) -> bool:
        """Whether the NER reads ``s``-``e`` as a name of its own: not a place, and no
        longer name with more capitalised words ("Nova Scotia", "the Titan submarine")."""
        return any(
            a <= s
            and e <= b
            and label not in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "LAW", "LANGUAGE")
            and not re.search(r"[A-Z]", text[e:b])
            for a, b, label in ner_spans
        )

    # 1. gazetteer
    forms = tuple(sorted({f for e in gaz.entries for f in (e.name, *e.aliases)}))
    gaz_hits = list(_gaz_regex(id(gaz), forms).finditer(text))
    full_names_present = set()
    for m in gaz_hits:
        entry = gaz.lookup(m.group(0))
        # an ambiguous word is no evidence of the full name ("Independent" is not
        # "The Independent"): only an unambiguous form counts
        if entry is not None and m.group(0) not in gaz.ambiguous:
            full_names_present.add(entry.name)
    for m in gaz_hits:
        form = m.group(0)
        entry = gaz.by_form.get(form)
        if entry is None:
            continue
        if _inside_longer_name(doc, text, gaz, m.start(), m.end(), form, entry):
            continue  # "House" in "Penguin Random House", "ARC Prize" in "ARC Prize Foundation"
        if _place_follows(text, m.end(), gaz):
            continue  # "Berkeley, California": the town, not the university
        if form in gaz.ambiguous:
            full_elsewhere = form != entry.name and entry.name in full_names_present
            possessive = re.match(r"['\u2019\u2018]s\b", text[m.end() : m.end() + 3]) is not None
            dev = gaz.lookup(entry.developer) if entry.developer else None
            by_developer = dev is not None and dev.name in full_names_present
            if (
                not full_elsewhere
                and not possessive
                and not by_developer
                and (_sentence_initial(doc, m.start()) or not ner_names(m.start(), m.end()))
            ):
                continue
            if " " not in form and _unknown_owner_before(text, m.start(), gaz):
                continue  # "Halley's Comet": another name's thing, not the product
        if entry.name in _MODIFIER_ONLY and _modifier_token(doc, m.start(), m.end()):
            continue  # "EU regulations", "the EU's position": the union as a place
        cands.append(Mention(m.start(), m.end(), form, entry.type, "gaz", entry))

    # a division named like its product, read as the product where the article says so
    # ("Meta AI, the assistant in WhatsApp", "the Meta AI app"): the product throughout
    products = {
        c.entry.name
        for c in cands
        if c.entry is not None
        and c.entry.kind == "division"
        and (_PRODUCT_AFTER.match(text, c.end) or _PRODUCT_BEFORE.search(text[: c.start]))
    }
    for c in cands:
        if c.entry is not None and c.entry.name in products:
            c.entry, c.type, c.source, c.weight = None, "Model", "def", 20

    # 2. model-name patterns
    rx = _model_regex(tuple(gaz.families), tuple(gaz.variant_words))
    has_model = False
    gaz_starts = {c.start for c in cands}
    for m in list(rx.finditer(text)) + list(_OSERIES.finditer(text)):
        surface = m.group(0).rstrip(".-")
        if surface in gaz.ambiguous and m.start() not in gaz_starts:
            continue  # "Titan", "Whisper" alone: only where the gazetteer took the word
        surface += _product_word_after(doc, text, gaz, m.start(), m.start() + len(surface))
        cands.append(Mention(m.start(), m.start() + len(surface), surface, "Model", "pattern"))
        has_model = True
    if has_model or any(c.type == "Model" for c in cands):
        for word in gaz.standalone_variants:
            for m in _word_regex(word, _WORD_END).finditer(text):
                cands.append(Mention(m.start(), m.end(), word, "Model", "pattern"))

    # 3. in-text definitions
    for m in _DEF_PAREN.finditer(text):
        long, acr = m.group(1), m.group(2)
        long = re.sub(r"^(?:The|the|A|An|a|an)\s+", "", long)
        if fold(acr) in gaz.non_entities or fold(long) in gaz.non_entities:
            continue
        if _initials_match(acr, long):
            ls = m.start(1) + m.group(1).index(long)
            # "Massive Math Understanding (MMU)": a test's name says what it is
            bench = long.split()[-1] in gaz.benchmark_cues["defining_last_words"]
            etype, weight = ("Benchmark", 10) if bench else ("", 0)
            cands.append(Mention(ls, ls + len(long), long, etype, "def", weight=weight))
            cands.append(
                Mention(m.start(2), m.end(2), acr, etype, "def", key=f"def:{long}", weight=weight)
            )
    for m in _DEF_PAREN_REV.finditer(text):
        acr, long = m.group(1), m.group(2)
        if fold(acr) in gaz.non_entities or fold(long) in gaz.non_entities:
            continue
        if _initials_match(acr, long):
            cands.append(Mention(m.start(2), m.end(2), long, "", "def"))
            cands.append(Mention(m.start(1), m.end(1), acr, "", "def", key=f"def:{long}"))
    for m in _APPOS_ORG.finditer(text):
        # the name ends at a sentence end ("... Collective. The founders")
        name = re.split(r"\.(?:\s|$)", m.group(1))[0].rstrip(".")
        if not name or name.split()[0] in ("The", "A", "An", "This", "It", "In"):
            continue
        cands.append(Mention(m.start(1), m.start(1) + len(name), name, "Organization", "def"))

    # 3a. people named by role: "spokesperson Ashley Gabriel", "X, a fellow at Y",
    # "co-founder of Y, X,"; then their bare last names anywhere in the article
    known = set(gaz.by_form)
    for rx in _PERSON_BY_ROLE:
        for m in rx.finditer(text):
            name = m.group("name")
            s0 = m.start("name")
            while name.split()[0] in TITLE_WORDS and len(name.split()) > 2:
                s0 += len(name.split()[0]) + 1  # "professor Emeritus Jane Roe"
                name = name.split(" ", 1)[1]
            if any(w in known or w in ORG_SUFFIXES for w in name.split()) or name in known:
                continue
            if not _looks_like_person(name, gaz) and any(
                e.label_ in ("GPE", "LOC") and e.start_char <= s0 < e.end_char for e in doc.ents
            ):
                continue  # "in San Jose, the plaintiffs' attorney": a place
            if _title_case_line(text, s0) or not _name_tokens(doc, s0, s0 + len(name)):
                continue  # "Chief AI Scientist Says LLMs Will ...": a headline's words
            cands.append(Mention(s0, s0 + len(name), name, "Person", "def"))
    # a subject whose clause refers back with he/she/his/her is a person ("Pang said he
    # would join", "Ruoming Pang said he ...": the NER often misses unfamiliar names)
    for tok in _tokens_with_dep(doc, "nsubj"):
        if tok.dep_ != "nsubj" or not tok.text[:1].isupper() or tok.text in known:
            continue
        first = tok.i
        while (
            first > tok.i - 3
            and first > 0
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].head.i == tok.i
            and re.fullmatch(r"[A-Z][^\W\d_]+(?:-[A-Z]?[^\W\d_]+)?", doc[first - 1].text)
            and doc[first - 1].text not in known
            and doc[first - 1].text not in TITLE_WORDS
            and fold(doc[first - 1].text) not in gaz.role_nouns
        ):
            first -= 1
        if first == tok.i and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            continue
        window = doc[tok.i + 1 : min(len(doc), tok.i + 8)]
        if (
            tok.pos_ == "PROPN"
            and not tok.text.isupper()
            and any(t.lower_ in ("her", "his", "she", "he") for t in window)
            and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT")
            and fold(tok.text) not in gaz.places
            and fold(tok.text) not in gaz.non_entities
        ):
            name = doc[first : tok.i + 1].text
            if first < tok.i and (
                any(w in ORG_SUFFIXES for w in name.split())
                or _title_case_line(text, doc[first].idx)
            ):
                continue
            start = doc[first].idx
            # a speaker with her own pronoun ("Okafor wrote in her post") is a person
            # even when the article never gives her first name
            said = tok.head.lemma_.lower() in gaz.cues
            cands.append(
                Mention(start, start + len(name), name, "Person", "def", weight=3 if said else 0)
            )
    # "Jane Roe, who ...": only people are "who"
    for m in _PERSON_WHO.finditer(text):
        name, s0 = m.group("name"), m.start("name")
        while len(name.split()) > 2 and name.split()[0] in TITLE_WORDS:
            s0 += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1]
        entry = gaz.lookup(name)
        if (
            (entry is not None and entry.type != "Person")
            or name.split()[0] in _NOT_ORG_WORDS
            or any(w in ORG_SUFFIXES or w in _INSTITUTION_HEADS for w in name.split())
            or fold(name) in gaz.non_entities
            or fold(name) in gaz.places
            or not _name_tokens(doc, s0, s0 + len(name))
            or re.search(r"\b(?:of|at|for|from|with|by|to) $", text[max(0, s0 - 6) : s0])
            or re.search(r" (?:Software|Studios|Networks|Media|News|Group)$", name)
            or any(
                e.label_ in ("GPE", "LOC", "NORP") and e.start_char <= s0 < e.end_char
                for e in doc.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Person", "def", weight=3))
    lasts = {c.text.split()[-1] for c in cands if c.type == "Person" and len(c.text.split()) > 1}
    lasts |= {
        e.text.split()[-1]
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e.text.split()) > 1
        and e.text.split()[-1] not in _PLACE_HEADS
        and _plausible_ner(e.text, "Person", gaz)
        and not _title_case_line(text, e.start_char)
        and not _ORG_FOLLOWS.match(text, e.end_char)
    }
    for last in lasts:
        if len(last) < 3 or last in known or last.isupper():
            continue
        for m in _word_regex(last, _WORD_END).finditer(text):
            cands.append(Mention(m.start(), m.end(), last, "Person", "def"))

    # 3a'. unknown organisations by their suffix: "Nexus Labs", "Orbital Robotics Inc."
    for m in _ORG_BY_SUFFIX.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.pos_ != "PROPN" for t in span[:-1]):
            continue
        first = m.group(0).split()[0]
        if (
            m.group(0) in known
            or fold(m.group(0)) in gaz.non_entities
            or (first.replace(".", "").isupper() and len(first.replace(".", "")) <= 3)
        ):
            continue  # "US AI companies": a country, not a name
        after = text[m.end() : m.end() + 40]
        tail = _ORG_OF_TAIL.match(text, m.end())
        if tail is not None and m.group(0).split()[-1] in _INSTITUTION_HEADS | {"Center", "Centre"}:
            # "the Brennan Center for Justice": the name goes on
            name = m.group(0) + tail.group(0)
            if fold(name) not in gaz.non_entities and gaz.lookup(name) is None:
                end = m.end() + len(tail.group(0))
                cands.append(Mention(m.start(), end, name, "Organization", "def"))
            continue
        if _NOT_ORG_AFTER.match(after) or _ORG_SUFFIX_CONTINUES.match(after):
            continue  # "the Ascend AI chip", "Operation AI Comply": part of another name
        if _title_case_line(text, m.start()) and text.count(m.group(0)) == 1:
            continue  # a headline's capitalised words ("Acme Halts AI Tool")
        if _FACILITY.search(m.group(0)):
            continue  # "the Stargate Data Center": a building
        if _NOT_ORG_INTELLIGENCE.search(m.group(0)):
            continue  # "Artificial General Intelligence": the field, not a company
        head = m.group(0).rsplit(" ", 1)[0]
        head_entry = gaz.lookup(head)
        if (head_entry is not None and head_entry.type == "Model") or _model_regex(
            tuple(gaz.families), tuple(gaz.variant_words)
        ).fullmatch(head):
            continue  # "Gemini AI", "Llama Research": the model, named loosely
        if (
            head_entry is not None
            and head_entry.type == "Organization"
            and m.group(0).rsplit(" ", 1)[1] in _CORPORATE_FORMS | {"AI"}
        ):
            # "Alibaba Group", "Nvidia Corp.", "Google AI": the company itself
            cands.append(Mention(m.start(), m.end(), m.group(0), "Organization", "def", head_entry))
            continue
        cands.append(Mention(m.start(), m.end(), m.group(0), "Organization", "def"))

    # 3a-iii. courts named in full (the NER stops at "District Court" or splits the name)
    for m in _COURT.finditer(text):
        name, s0 = m.group(0), m.start()
        while len(name.split()) > 1 and (
            name.split()[0] in _COURT_SKIP_FIRST
            or (name.split()[0] in TITLE_WORDS and name.split()[0] not in ("U.S.", "US"))
        ):
            s0 += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1]
        if len(name.split()) < 2 or (
            name.split()[0] in ("Court", "Circuit") and not re.search(r" (?:for|of) the ", name)
        ):
            continue  # "the court", "Court of Appeals" alone: no proper name
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=20))

    # 3a-iv. organisations the context names as such: "X, the parent company of Y",
    # "X, Y and other publishers", "labs such as X and Y", "BerriAI", "X's request for
    # comment"; their weight outvotes the statistical NER's guess
    person_like = _person_like_names(doc, gaz)
    for m in _ORG_BY_APPOSITION.finditer(text):
        name = _trim_name(m.group("name"))
        if _org_name_ok(name, gaz, set()):
            s0 = m.start("name") + m.group("name").index(name)
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=20))
    for rx in (_ORG_LIST_BEFORE, _ORG_LIST_AFTER, _ORG_LIST_APPOS):
        for m in rx.finditer(text):
            for part in re.finditer(r"(?:(?!,| and | or ).)+", m.group("list")):
                raw = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
                name = _trim_name(raw)
                stated = rx is _ORG_LIST_APPOS  # "two publishers, X and Y,": whatever the NER says
                if not name or not _org_name_ok(name, gaz, set() if stated else person_like):
                    continue
                s0 = m.start("list") + part.start() + part.group(0).index(raw) + raw.index(name)
                weight = 10 if stated else 5
                cands.append(
                    Mention(s0, s0 + len(name), name, "Organization", "def", weight=weight)
                )
    for m in _ORG_OF_ROLE.finditer(text):
        name = re.sub(r"\s+", " ", m.group("name"))
        name = re.split(r"(?<=\w)['’]s? ", name)[0]  # "Acme University's lab": Acme University
        name = _trim_name(re.sub(r" (?:and|of|for|on|&)$", "", name))
        s0 = m.start("name")
        if (
            len(name) < 2
            or name.isupper()  # an acronym: defined or known elsewhere
            or re.match(r" (?:at|for|in|with)\b", text[s0 + len(name) : s0 + len(name) + 6])
            or all(w in _DEPARTMENT_WORDS for w in name.split())
            or not _org_name_ok(name, gaz, set())
            or gaz.lookup(name) is not None
            or name in lasts
            or _title_case_line(text, s0)
            or any(
                e.label_ in ("GPE", "LOC", "NORP", "DATE", "PERSON")
                and e.start_char <= s0 < e.end_char
                and e.end_char - e.start_char >= len(name)
                for e in doc.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    for m in _ORG_FUNDING.finditer(text):
        grp = "list" if m.group("list") else "list2"
        for part in re.finditer(r"(?:(?!,| and ).)+", m.group(grp)):
            raw = re.sub(r"^\s*and\s+", "", part.group(0)).strip()
            name = _trim_name(raw)
            if not name or not _org_name_ok(name, gaz, set()):
                continue
            s0 = m.start(grp) + part.start() + part.group(0).index(raw) + raw.index(name)
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    for m in _PERSON_LIST.finditer(text):
        for part in re.finditer(r"(?:(?!,| and | or ).)+", m.group("list")):
            raw = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
            words = raw.split()
            entry = gaz.lookup(raw)
            if (
                not words
                or words[0] in _NOT_ORG_WORDS
                or (entry is not None and entry.type != "Person")
                or fold(raw) in gaz.non_entities
                or fold(raw) in gaz.places
                or any(w in ORG_SUFFIXES or (w in known and w != raw) for w in words)
            ):
                continue
            s0 = m.start("list") + part.start() + part.group(0).index(raw)
            cands.append(Mention(s0, s0 + len(raw), raw, "Person", "def", weight=5))
    for m in _ORG_CAMEL.finditer(text):
        if m.group(0) not in known and fold(m.group(0)) not in gaz.non_entities:
            cands.append(Mention(m.start(), m.end(), m.group(0), "Organization", "def"))
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for i, rx in enumerate(_ORG_BY_PRESS):
        for m in rx.finditer(text):
            name = _trim_name(m.group("name"))
            s0 = m.start("name")
            if (
                len(name) < 2
                or not _org_name_ok(name, gaz, person_like if i else set())
                or name in lasts
                or (i > 0 and any(a < s0 + len(name) and s0 < b for a, b in person_spans))
            ):
                continue
            if i >= 2 and (len(name.split()) > 1 or not ner_covers(s0, s0 + len(name))):
                continue  # "told Jane Roe": after a verb, only what the NER saw as a name
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=3))
    # "Jane Roe of Acme Partners said": the place a named person works at, unless a place
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        m = _ORG_OF_PERSON.match(text, e.end_char)
        if m is None:
            continue
        name, s0 = m.group("name"), m.start("name")
        if (
            not _org_name_ok(name, gaz, set())
            or any(
                e2.label_ in ("GPE", "LOC", "NORP", "DATE") and e2.start_char <= s0 < e2.end_char
                for e2 in doc.ents
            )
            or _title_case_line(text, s0)
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    for m in _X_PLATFORM.finditer(text):
        cands.append(Mention(m.end() - 1, m.end(), "X", "Organization", "def"))
    # people by byline and by handle
    for m in _BYLINE.finditer(text):
        spans = [(m.start("name"), m.end("name"))]
        more = _BYLINE_MORE.match(text, m.end("name"))
        while more is not None:  # "By Jane Roe and John Doe", "By Jane Roe, John Doe"
            spans.append((more.start("name"), more.end("name")))
            more = _BYLINE_MORE.match(text, more.end("name"))
        # a site or its owner often "posts" and "publishes": there only a person's name
        publisher = m.group(0).lstrip().startswith(("Posted", "Published"))
        for a, b in spans:
            name = text[a:b]
            if publisher and name.split()[0] not in gaz.given_names:
                continue
            if name not in known and not any(w in ORG_SUFFIXES for w in name.split()):
                cands.append(Mention(a, b, name, "Person", "def", weight=5, byline=True))
    for m in _HANDLE.finditer(text):
        if fold(m.group("name")[1:]) not in gaz.by_form:
            cands.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Person", "def"))

    # 3a''. models introduced by apposition: "Magistral Medium, a reasoning model",
    # "a chatbot called Nova Chat"
    for rx in (*_MODEL_BY_APPOSITION, _MODEL_QUOTED):
        for m in rx.finditer(text):
            name = _trim_name(re.split(r"[.!?]\s", m.group("name"))[0].rstrip(",;:"))
            if not name or re.search(r"[\"“”‘’']", name):
                continue
            if (
                name.split()[0] in ("The", "A", "An", "This", "Its")
                or fold(name) in gaz.non_entities
            ):
                continue
            entry = gaz.lookup(name)
            if entry is not None and entry.type != "Model":
                continue
            s0 = m.start("name") + m.group("name").index(name)
            cands.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=10))

    # 3a-iv. an unknown name with a digit after a release verb: "released SmolLM3"
    for m in _MODEL_RELEASED.finditer(text):
        g = "name" if m.group("name") else "name2"
        name, s0 = m.group(g).rstrip(".,;:-"), m.start(g)
        if not re.search(r"[a-z]", name) or re.fullmatch(r"[A-Z]\d+[a-z]?|Q\d|FY\d+", name):
            continue  # "H20", "Q3": chips and quarters, not models
        head = gaz.lookup(name.split("-")[0])
        if head is not None and head.type != "Model":
            continue  # "Nvidia-2": a known non-model name
        if gaz.lookup(name) is not None or fold(name) in gaz.non_entities:
            continue
        if _NOT_MODEL_AFTER.match(text, s0 + len(name)):
            continue  # "released Pixel9 phones"
        cands.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=5))

    # 3a-v. benchmarks no gazetteer lists, by what the text does with them
    cands.extend(_benchmark_mentions(text, gaz))

    # 3b. "<Possessive|the> Name Words framework/model" product names
    for m in re.finditer(
        r"(?:\b(?:its|their|the|his|her)|['\u2019]s)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(\w+)",
        text,
    ):
        first = m.group(1).split()[0]
        if first in gaz.by_form or any(first.startswith(f) for f in gaz.families):
            continue
        if fold(m.group(1)) in gaz.non_entities or m.group(1).isupper():
            continue
        strong_head = m.group(2) in ("model", "models", "LLM", "chatbot")
        if m.group(2) in MODEL_HEAD_NOUNS and (len(m.group(1).split()) >= 2 or strong_head):
            cands.append(Mention(m.start(1), m.end(1), m.group(1), "Model", "def"))

    # 4a. a capitalised name in an organisation's context ("Anthropic's CEO", "Acme
    # researchers"), whatever the NER thought it was (it often says GPE or NORP here)
    for m in _ORG_CONTEXT.finditer(text):
        name = m.group("name")
        if name in known or fold(name) in gaz.non_entities or name in _NOT_ORG_WORDS:
            continue
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or (span[0].is_sent_start and span[0].pos_ != "PROPN"):
            continue
        if any(
            e.label_ == "GPE" and e.start_char <= m.start("name") < e.end_char for e in doc.ents
        ) and m.group("role").lower() not in ("model", "models", "chatbot"):
            continue  # "China's president": a country
        cands.append(Mention(m.start("name"), m.end("name"), name, "Organization", "def"))

    # 4a'. a camel-case name that speaks ("DoNotPay said", "BerriAI argued"): people's
    # names are not written so (McKinsey-style prefixes aside), companies' often are
    for tok in _tokens_with_dep(doc, "nsubj"):
        if (
            tok.pos_ == "PROPN"
            and tok.head.lemma_.lower() in gaz.cues
            and _CAMEL_CASE.fullmatch(tok.text)
            and tok.text not in known
            and fold(tok.text) not in gaz.non_entities
        ):
            cands.append(
                Mention(tok.idx, tok.idx + len(tok.text), tok.text, "Organization", "def", weight=5)
            )

    # 4b. a "place" or "product" the NER found that speaks or acts like a company
    # ("Nvidia said", "DeepSeek released"): an organisation unless it is a real place
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "PRODUCT", "ORG") or len(ent) != 1:
            continue
        tok = ent[0]
        if fold(tok.text) in gaz.places or tok.text in known or fold(tok.text) in gaz.non_entities:
            continue
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.pos_ == "VERB"
            and tok.pos_ == "PROPN"
            and tok.text[0].isupper()
        ):
            # NER-derived, so any in-text definition of the same span outranks it
            cands.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "Organization", "ner"))

    # 4. statistical NER
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        if ent.label_ == "ORG" and fold(ent.text) in gaz.places:
            continue
        span = ent
        while (
            len(span)
            and span[0].lower_ in ("the", "a", "an")
            and (
                span[0].is_lower
                or (span[0].is_sent_start and ent.label_ == "ORG" and len(span) > 1)
            )
        ):
            span = span[1:]  # "The European Commission said": the article opens a sentence
        while len(span) and (
            span[-1].text in ("'s", "\u2019s", "'", "\u2019") or span[-1].is_punct
        ):
            span = span[:-1]
        while len(span) > 1 and ent.label_ == "ORG" and (span[-1].like_num or span[-1].is_lower):
            span = span[:-1]  # "fined Apple 500 million": the name ends before the number
        cut = next(
            (
                t.i
                for t in span[1:-1]
                if t.lower_ in ("in", "at") and doc[t.i - 1].text in _INSTITUTION_HEADS | {"Center"}
            ),
            None,
        )
        if cut is not None:
            span = doc[span.start : cut]  # "the Acme Center in Abilene": the name, then the place
        if ent.label_ == "ORG" and _FACILITY.search(span.text):
            continue  # "the Stargate Data Center": a building, not a body
        if not len(span):
            continue
        if ent.label_ == "ORG" and span.end < len(doc) and doc[span.end].text in _OFFICE_TITLES:
            continue  # "Commerce Secretary Jane Roe": a portfolio in a title, not a body
        if _known_then_product(span, gaz):
            continue  # "Microsoft Teams", "Apple Watch": the company's product
        if _joins_known_name(span, gaz):
            continue  # "Bing and Google Search": two names, one of them known
        if any(t.text in ("'s", "\u2019s") for t in span) or not any(
            t.pos_ == "PROPN" for t in span
        ):
            continue  # "Meta's AI", "Debates": not names
        if _title_case_line(text, span.start_char):
            continue  # headlines capitalise every word; NER guesses there are noise
        if re.match(r"By[A-Z]", span.text):
            continue  # "ByJane Roe": a scraped byline, read by the byline rule
        if (
            span[-1].text in TITLE_WORDS
            and ent.label_ == "ORG"
            and (len(span) < 2 or span[-2].lower_ not in ("of", "for"))
        ):
            continue  # "U.S. Magistrate" (Judge Ann Poe): a title, not a body
        if ent.label_ == "ORG" and all(t.text in _DEPARTMENT_WORDS for t in span):
            continue  # "head of Global Affairs": a department
        titled = 0
        while titled < len(span) - 1 and span[titled].text in TITLE_WORDS:
            titled += 1
        if titled and (ent.label_ == "PERSON" or _looks_like_person(span[titled:].text, gaz)):
            span = span[titled:]  # "Professor Emeritus Jane Roe"
        surface = _strip_possessive(span.text)
        start = span.start_char
        etype = "Person" if ent.label_ == "PERSON" else "Organization"
        split = re.search(r" (?:of|at|from) (?:the )?(?=[A-Z])", surface)
        if etype == "Person" and split:
            # "Alex Roe of Acme Trust" read as one person: the person, then where they work
            org, org_start = surface[split.end() :], start + split.end()
            if _org_name_ok(org, gaz, set()) and not gaz.lookup(org):
                cands.append(
                    Mention(org_start, org_start + len(org), org, "Organization", "def", weight=5)
                )
            surface = surface[: split.start()]
        if etype == "Organization" and surface not in known and _looks_like_person(surface, gaz):
            etype = "Person"  # "Lucas Beyer" tagged ORG: a given name says person
        elif etype == "Person" and surface.split()[-1] in _PLACE_HEADS:
            etype = "Organization"  # "App Store", "Acme Studios" tagged PERSON
        if not _plausible_ner(surface, etype, gaz):
            continue
        cands.append(Mention(start, start + len(surface), surface, etype, "ner"))

    # 5. an acronym of an organisation named in full elsewhere ("AMI" for Advanced
    # Machine Intelligence), even without a parenthesised definition
    initials = {}
    for c in cands:
        words = c.text.split()
        if c.type == "Organization" and c.entry is None and len(words) >= 2:
            letters = "".join(w[0] for w in words if w[0].isupper())
            if len(letters) >= 2:
                initials.setdefault(letters, c.text)
    if initials:
        for m in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text):
            long = initials.get(m.group(0))
            if (
                long is not None
                and m.group(0) not in known
                and fold(m.group(0)) not in gaz.non_entities
            ):
                cands.append(Mention(m.start(), m.end(), m.group(0), "", "def", key=f"def:{long}"))

    # a name inside a longer non-entity term ("Google" in "Google Chrome") is no mention
    terms = _terms_regex(tuple(gaz.non_entity_terms))
    blocked = [(m.start(), m.end()) for m in terms.finditer(text)]
    cands = [
        c
        for c in cands
        if (c.byline or not _in_regions(c.start, skip))
        and c.text
        and "\n" not in c.text
        and not any(s <= c.start and c.end <= e and (e - s) > (c.end - c.start) for s, e in blocked)
    ]
    for c in cands:
        bare = _strip_possessive(c.text)
        if bare != c.text and bare:
            c.end -= len(c.text) - len(bare)
            c.text = bare
    kept = _resolve_overlaps(cands)
    # a name found once is a mention wherever else it occurs (the NER misses repeats,
    # especially sentence-initial ones)
    extra: list[Mention] = []
    kept_starts = [k.start for k in kept]
    for form, src in {m.text: m for m in kept if m.source in ("ner", "def")}.items():
        if len(form) < 3 or not form[0].isupper():
            continue
        for occ in _word_regex(form, _NAME_END).finditer(text):
            s0, e0 = occ.start(), occ.end()
            if _in_regions(s0, skip) or _overlaps_kept(kept, kept_starts, s0, e0):
                continue
            extra.append(Mention(s0, e0, form, src.type, src.source))
    if extra:
        kept = _resolve_overlaps(kept + extra)
    return _apply_renames(text, kept, skip)


_ORG_TAIL = re.compile(
    r" (?:Foundation|Institute|Inc\b|Corp\b|Corporation|Labs?|Group|Association|Society|"
    r"Center|Centre|Council|Committee|Commission|University)(?![\w-])"
)


# a product word after a name, or an apposition calling it a product
_PRODUCT_AFTER = re.compile(
    r"(?:['’]s)?(?:,? (?:the|a|an|its|their|Meta['’]s|Microsoft['’]s|Google['’]s) "
    r"(?:[\w-]+ ){0,3}?| (?:AI )?)(?:assistant|chatbot|app|bot|companion)s?\b"
)
_PRODUCT_BEFORE = re.compile(r"\b(?:assistant|chatbot|app|bot)(?: called| named|,)? $")
# unions of states: entities where they act ("the EU fined Apple"), places where they
# only modify a noun ("EU regulations", "the EU's executive body")
_MODIFIER_ONLY = {"European Union"}
_PLACE_AFTER = re.compile(
    r", (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?|Calif\.|Mass\.|Wash\.)(?![\w-])"
)


# "DoNotPay", "HonestAGI", "BerriAI"; not "McKernan", "DeSantis", "LeCun", "MacAskill"
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Le|La|Du|Van|Von|O')[A-Z][a-z]+[A-Z][\w]*")


# a benchmark-like name: up to four capitalised or numbered words ("Humanity's Last Exam",
# "ZetaQA", "CodeClash-Pro", "MegaMath 2025")
_BENCH_WORD = r"[A-Z0-9][\w+-]*(?:\.[\w+-]+)*(?:['\u2019]s)?"
_BENCH_NAME = rf"{_BENCH_WORD}(?: {_BENCH_WORD}){{0,3}}"


# how sure each benchmark cue is of a lone ordinary word ("the Coding benchmark"):
# "strong" cues take it unless the article also writes the word in lower case, "shaped"
# cues only take a name-shaped word ("performance on Monday", "Elo scores")
_BENCHMARK_RULE_TRUST = {
    "head": "strong",
    "scored": "strong",
    "performance": "shaped",
    "apposition": "strong",
    "list": "shaped",
    "score_of": "shaped",
    "suffix": "any",
}


@cache
def _benchmark_regexes(gaz_id: int, cues: str) -> dict[str, re.Pattern[str]]:
    """Regexes for the ways text names an unlisted benchmark (see benchmark_cues.json),
    by rule name (see ``_BENCHMARK_RULE_TRUST``)."""
    data = json.loads(cues)

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        # "the ZetaQA benchmark", "on the Vibe Arena leaderboard"
        "head": re.compile(
            rf"(?<![\w'\u2019-])(?P<name>{_BENCH_NAME}) (?:{alt(data['head_nouns'])})\b"
        ),
        # "scored 71% on ZetaQA", "reached 40 percent on the CodeClash-Pro test"
        "scored": re.compile(
            rf"\b(?:{alt(data['score_verbs'])}) (?:an? |a score of |about |around |just |over |"
            rf"nearly |only |roughly )?[\d.,]+ ?(?:{alt(data['score_units'])}) on (?:the )?"
            rf"(?P<name>{_BENCH_NAME})"
        ),
        # "performance on ZetaQA"
        "performance": re.compile(
            rf"\b(?:{alt(data['score_nouns'])}) on (?:the )?(?P<name>{_BENCH_NAME})"
        ),
        # "ZetaQA, a collection of hard math problems"
        "apposition": re.compile(
            rf"(?<![\w'\u2019-])(?P<name>{_BENCH_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,4}}?"
            rf"(?:(?:{alt(data['appositive_heads'])})|(?:{alt(data['appositive_collections'])}) "
            rf"of (?:[\w-]+ ){{0,3}}(?:{alt(data['appositive_items'])}))\b"
        ),
        # "the ZetaQA, TerraMath and ProofDeck benchmarks": each listed name
        "list": re.compile(
            rf"(?<![\w'\u2019-])(?P<names>(?:{_BENCH_WORD}, )+(?:and |or )?{_BENCH_WORD}|"
            rf"{_BENCH_WORD} (?:and|or) {_BENCH_WORD}) (?:{alt(data['plural_heads'])})\b"
        ),
        # "its ZetaQA score", "ZETA-2 scores"
        "score_of": re.compile(rf"(?<![\w'\u2019-])(?P<name>{_BENCH_WORD}) scores?\b"),
        # "CodeBench", "Vibe-Bench", "SimpleQA", "ArenaEval"
        "suffix": re.compile(
            rf"\b(?P<name>[A-Z][\w]*[a-z0-9-](?:{alt(data['name_suffixes'])})(?:-[\w.]+)?)\b"
        ),
    }


def _benchmark_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Benchmarks no gazetteer lists: a name before "benchmark"/"leaderboard", a name a
    score was reached on, a list of names before "benchmarks", or a benchmark-shaped
    name ("...Bench", "...QA"). A name the gazetteer knows as something else, or a common
    word, is none."""
    found = []
    for rule, rx in _benchmark_regexes(id(gaz), json.dumps(gaz.benchmark_cues)).items():
        for m in rx.finditer(text):
            if rule == "list":
                names = [
                    (w.start() + m.start("names"), w.group(0))
                    for w in re.finditer(r"[^\s,]+", m.group("names"))
                    if w.group(0) not in ("and", "or")
                ]
            else:
                names = [(m.start("name"), m.group("name"))]
            for start, raw in names:
                mention = _benchmark_mention(start, raw, rule, text, gaz)
                if mention is not None:
                    found.append(mention)
    return found


def _benchmark_mention(
    start: int, raw: str, rule: str, text: str, gaz: Gazetteer
) -> Mention | None:
    name = raw
    while name.split(" ", 1)[0] in ("The", "A", "An", "Its", "Their", "On", "In"):
        name = name.split(" ", 1)[1] if " " in name else ""
    name = re.sub(r"['\u2019]s$", "", name).rstrip(".,;:-")
    if not re.search(r"[^\W\d_]", name) or fold(name) in gaz.non_entities:
        return None  # "its 2025 score": a year, not a name
    if fold(name) in gaz.stopwords:
        return None
    entry = gaz.lookup(name) or gaz.lookup(name.split()[0])
    if entry is not None and entry.type != "Benchmark":
        return None  # "the OpenAI benchmark", "the GPT-5 leaderboard"
    trust = _BENCHMARK_RULE_TRUST[rule]
    if (
        trust != "any"
        and " " not in name
        and not _name_shaped(name)
        and (trust == "shaped" or re.search(rf"\b{re.escape(name.lower())}\b", text))
    ):
        return None
    s0 = start + raw.index(name)
    return Mention(s0, s0 + len(name), name, "Benchmark", "def", weight=10)


def _name_shaped(word: str) -> bool:
    """A word no dictionary has: a digit, an inner capital or hyphen, or all capitals."""
    return bool(re.search(r"\d|.[A-Z]|-", word)) or (word.isupper() and len(word) > 1)


def _place_follows(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a known place follows the name after a comma ("Berkeley, California")."""
    m = _PLACE_AFTER.match(text, end)
    place = m.group("place") if m is not None else ""
    return bool(place) and (place.endswith(".") or fold(place) in gaz.places)


def _unknown_owner_before(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether a possessive proper noun that is no known name precedes ``start``."""
    prev = re.search(r"([A-Z][\w&.-]*)['\u2019]s $", text[max(0, start - 40) : start])
    return prev is not None and gaz.lookup(prev.group(1)) is None


def _modifier_token(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only modifies a noun (compound, possessive)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end


_FACILITY = re.compile(
    r" (?:Data Cent(?:er|re)s?|Campus|Headquarters|HQ|Building|Tower|Plant|Factory|Fab|"
    r"Stadium|Arena)$"
)
# government portfolios in a title: "Commerce Secretary", "Foreign Minister"
_OFFICE_TITLES = {
    "Secretary",
    "Minister",
    "Commissioner",
    "Ambassador",
    "Undersecretary",
    "Czar",
    "czar",
}
# last words that name a place of business or a product, never a person's surname
_PLACE_HEADS = {
    "Store",
    "Studios",
    "Studio",
    "Records",
    "Pictures",
    "Games",
    "Bank",
    "Fund",
    "Cloud",
    "Hub",
    "Market",
    "Marketplace",
    "Network",
    "Networks",
    "Media",
    "News",
    "LLP",
    "PC",
}
# product words after a company's name: "Microsoft Teams", "Google Docs", "Apple Watch"
_PRODUCT_WORDS = {
    "Teams",
    "Word",
    "Excel",
    "Outlook",
    "Office",
    "PowerPoint",
    "Edge",
    "Docs",
    "Sheets",
    "Slides",
    "Drive",
    "Maps",
    "Photos",
    "Translate",
    "Search",
    "Lens",
    "Pixel",
    "Nest",
    "Home",
    "Watch",
    "Vision",
    "Echo",
    "Prime",
    "Kindle",
    "Fire",
    "Music",
    "TV",
    "Pay",
    "Wallet",
    "Glass",
    "Glasses",
    "Quest",
    "Messenger",
    "Keyboard",
    "Chromebook",
    "Surface",
    "Xbox",
    "Autopilot",
    "Model",
}


def _known_then_product(span, gaz: Gazetteer) -> bool:
    """Whether an NER span is a known organisation's name followed by product words only."""
    words = [t.text for t in span]
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        entry = gaz.by_form.get(head)
        if entry is not None and entry.type == "Organization" and gaz.lookup(span.text) is None:
            rest = words[i:]
            return rest[0] in _PRODUCT_WORDS and all(
                w in _PRODUCT_WORDS or w[:1].isdigit() or w[:1].isupper() for w in rest
            )
    return False


def _joins_known_name(span, gaz: Gazetteer) -> bool:
    """Whether an NER span reads "X and Y" where Y starts with a known name."""
    words = [t.text for t in span]
    if "and" not in words or gaz.lookup(span.text) is not None:
        return False
    rest = words[words.index("and") + 1 :]
    return any(gaz.by_form.get(" ".join(rest[:j])) is not None for j in range(1, len(rest) + 1))


def _inside_longer_name(
    doc: Doc, text: str, gaz: Gazetteer, start: int, end: int, form: str, entry
) -> bool:
    """Whether a gazetteer hit is only part of a longer, different name.

    A one-word form right after another proper noun that is no known name or title
    ("Penguin Random House" is not the House of Representatives, "Ben Huang" is not
    Jensen Huang), and a non-organisation's name followed by an organisation's
    head word ("the ARC Prize Foundation" is not the ARC-AGI benchmark).
    ``text`` is ``doc.text``, which spaCy rebuilds on every access: the caller's copy.
    """
    if entry.type != "Organization" and _ORG_TAIL.match(text, end):
        return True
    if " " in form:
        return False
    prev = re.search(r"([A-Z][\w&.'’-]*) $", text[max(0, start - 40) : start])
    if prev is None:
        return False
    word = prev.group(1)
    if (
        word in gaz.by_form
        or word in TITLE_WORDS
        or word.rstrip(".") in TITLE_WORDS
        or POSSESSIVE.search(word)
        or word.isupper()
        or fold(word) in gaz.role_nouns
    ):
        return False
    span = doc.char_span(start - 1 - len(word), start - 1, alignment_mode="expand")
    return span is not None and span[-1].pos_ == "PROPN" and not span[-1].is_sent_start


def _name_tokens(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens of ``start``-``end`` could all be words of a name (no verbs,
    pronouns, determiners, prepositions or adverbs)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(
        t.pos_ in ("AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ")
        or t.lower_ in _FUNCTION_WORDS
        or (t.pos_ == "VERB" and t.lower_.endswith("s") and t.lemma_ != t.lower_)
        for t in span
    )


_FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "is",
    "are",
    "was",
    "were",
    "be",
    "says",
    "said",
    "new",
    "first",
    "never",
    "not",
    "no",
    "how",
    "why",
    "what",
}


def _product_word_after(doc: Doc, text: str, gaz: Gazetteer, start: int, end: int) -> str:
    """A capitalised product word after a model family's name (" Imagine" in "Grok
    Imagine", " Live" in "Gemini Live"), or "" when the next word is no part of it.

    Only after a family that names a model alone (not "DeepSeek", also the company),
    and only a proper noun that is no known name, title, place or date.  ``text`` is
    ``doc.text`` (the caller's copy: spaCy rebuilds it on every access).
    """
    nxt = re.match(r" ([A-Z][a-z]{2,})(?![\w-]| [A-Z])", text[end : end + 30])
    if nxt is None or _title_case_line(text, start):
        return ""  # "Bard Sissie Hsiao": a person's name follows; headlines capitalise all
    word = nxt.group(1)
    entry = gaz.lookup(text[start:end])
    if entry is not None and entry.type != "Model":
        return ""
    if (
        word in gaz.by_form
        or word in TITLE_WORDS
        or word in ORG_SUFFIXES
        or fold(word) in gaz.role_nouns
        or fold(word) in gaz.places
        or fold(word) in gaz.non_entities
        or word.lower() in gaz.stopwords
    ):
        return ""
    span = doc.char_span(end + 1, end + 1 + len(word))
    if (
        span is None
        or span[0].pos_ != "PROPN"
        or span[0].ent_type_ in ("GPE", "LOC", "DATE", "ORG", "NORP")
    ):
        return ""
    return " " + word


def _trim_name(name: str) -> str:
    """``name`` without a leading article or a trailing possessive or full stop."""
    name = re.sub(r"^(?:The|A|An|the)\s+(?=[A-Z])", "", name.strip())
    return _strip_possessive(name).rstrip(".").strip()


def _person_like_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Names the NER tags as people, or that start with a common given name."""
    return {e.text for e in doc.ents if e.label_ == "PERSON"}


def _looks_like_person(name: str, gaz: Gazetteer) -> bool:
    """A two- or three-word name that starts with a common given name ("Lucas Beyer")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] not in gaz.given_names:
        return False
    if any(w in ORG_SUFFIXES or w in TITLE_WORDS for w in words[1:]):
        return False
    rest = [w for w in words[1:] if w not in NAME_PARTICLES]
    return bool(rest) and all(
        re.fullmatch(r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*\.?", w) for w in rest
    )


def _org_name_ok(name: str, gaz: Gazetteer, person_like: set[str]) -> bool:
    """Whether a context rule may call ``name`` an organisation."""
    if not name or not name[0].isupper() or "\n" in name:
        return False
    words = name.split()
    if words[0] in _NOT_ORG_WORDS or words[0] in _RENAME_STOP or len(words) > 5:
        return False
    f = fold(name)
    if f in gaz.non_entities or f in gaz.places or name in person_like:
        return False
    entry = gaz.lookup(name)
    if entry is not None and entry.type != "Organization":
        return False
    return not _looks_like_person(name, gaz)


def _apply_renames(text: str, kept: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """Mark the former name in "X (formerly Y)", "Y, now called X", "Y was renamed X".

    The former name's mention gets ``alias_of`` = the new name, so :func:`resolve` makes
    one entity of the two, named by the new name.  A name the rule finds without a
    mention gets one, typed like the other name (organisations and models only: "Roe,
    now CEO of Acme" is a person's new job, not a rename).
    """
    for rx in _RENAMES:
        for m in rx.finditer(text):
            new, old = _trim_name(m.group("new")), _trim_name(m.group("old"))
            if (
                not new
                or not old
                or fold(new) == fold(old)
                or new.split()[0] in _RENAME_STOP
                or old.split()[0] in _RENAME_STOP
                or _in_regions(m.start(), skip)
            ):
                continue
            ns = m.start("new") + m.group("new").index(new)
            os_ = m.start("old") + m.group("old").index(old)
            spans = {"new": (ns, ns + len(new), new), "old": (os_, os_ + len(old), old)}
            found: dict[str, Mention | None] = {}
            for role, (a, b, _) in spans.items():
                over = [k for k in kept if k.start < b and a < k.end]
                found[role] = over[0] if len(over) == 1 and over[0].start == a else None
                if over and found[role] is None:
                    found[role] = over[0] if (over[0].start, over[0].end) == (a, b) else None
                    if found[role] is None:
                        break
            else:
                typed = found["new"] or found["old"]
                if typed is None or typed.type not in ("Organization", "Model"):
                    continue
                for role, (a, b, form) in spans.items():
                    if found[role] is None:
                        found[role] = Mention(a, b, form, typed.type, "def")
                        kept.append(found[role])
                old_m, new_m = found["old"], found["new"]
                assert old_m is not None and new_m is not None
                if old_m.type != new_m.type and new_m.source == "def" and new_m.entry is None:
                    new_m.type = old_m.type
                old_m.alias_of = new_m.entry.name if new_m.entry else new_m.text
    kept.sort(key=lambda k: k.start)
    return kept


def _tokens_with_dep(doc: Doc, dep: str) -> Iterator[Token]:
    """The tokens whose dependency label is ``dep``, in order.

    Read from the doc's label array: making a Python object for every token of
    the article just to look at its label costs more than the rest of the rule.
    """
    wanted = doc.vocab.strings[dep]
    for i, label in enumerate(doc.to_array(DEP).tolist()):
        if label == wanted:
            yield doc[i]


def _overlaps_kept(kept: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps a kept mention (``kept``: sorted, disjoint).

    Disjoint and sorted by start means sorted by end too, so only the last
    mention starting before ``end`` can reach past ``start``.
    """
    i = bisect_left(starts, end) - 1
    return i >= 0 and kept[i].end > start


def _title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a headline-style line (most words capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text[start : end if end >= 0 else len(text)])
    if len(words) < 4:
        return False
    small = {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "at",
        "by",
        "with",
        "over",
    }
    content = [w for w in words if w.lower() not in small]
    if not content or sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return False
    # a sentence full of names ("Judge Ann Poe of the U.S. District Court ... denied the
    # motion.") ends like one and keeps its verbs in lower case; a headline does neither
    line = text[start : end if end >= 0 else len(text)].rstrip()
    lower = sum(1 for w in content if w[0].islower())
    return not (re.search(r"[.!?][\"”’')]?$", line) and lower >= 1)


def _plausible_ner(surface: str, etype: str, gaz: Gazetteer) -> bool:
    if fold(surface) in gaz.non_entities or "\n" in surface:
        return False
    words = surface.split()
    if not words or not surface[0].isupper():
        return False
    if words[-1] in AWARD_WORDS:
        return False
    if etype == "Person":
        if any(ch.isdigit() for ch in surface) or len(words) > 4:
            return False
        if any(not w[0].isupper() for w in words if w not in ("de", "van", "von", "al", "bin")):
            return False
        return not any(w in ORG_SUFFIXES for w in words[1:])
    # organisations: unknown all-caps short tokens are usually jargon (LLMs, CoT, ELO)
    if len(words) == 1 and len(surface) <= 5 and (surface.isupper() or surface[-1] == "s"):
        return False
    return len(words) <= 6


def _resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep the most trusted, then longest, mention wherever candidates overlap."""
    cands.sort(key=lambda c: (-TYPE_RANK[c.source], -(c.end - c.start), c.start))
    kept: list[Mention] = []
    for c in cands:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        if not clash:
            kept.append(c)
            continue
        # a longer model/pattern name beats a shorter gazetteer family hit
        # ("Llama 4 Maverick" over "Llama 4"), and a definition's long form beats NER
        if c.source == "ner" and (
            sum(
                (k.entry is not None and k.text == k.entry.name) or k.source == "def" for k in clash
            )
            > 1
        ):
            continue  # "Alibaba and Tencent" read as one: the two known names stand
        if all(
            (c.end - c.start) > (k.end - k.start)
            and c.start <= k.start
            and k.end <= c.end
            and (
                c.type == k.type or (c.source in ("pattern", "def") and k.source in ("gaz", "ner"))
            )
            and not (k.source == "gaz" and c.source == "def" and c.type != k.type and c.type)
            for k in clash
        ):
            for k in clash:
                kept.remove(k)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[Entity]:
    """Group mentions into entities (short forms to full forms) and vote types."""
    entities: dict[str, Entity] = {}
    votes: dict[str, Counter[str]] = {}

    def add(key: str, name: str, m: Mention, weight: int) -> None:
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(key=key, name=name, type=m.type or "Organization")
        ent.mentions.append(m)
        m.key = key
        if m.entry is not None:
            ent.entry = m.entry
        if m.type:
            votes.setdefault(key, Counter())[m.type] += max(weight, m.weight)

    # pass 1: gazetteer hits, patterns, long forms and multi-word names
    pending = []
    for m in mentions:
        if m.entry is not None:
            add(fold(m.entry.name), m.entry.name, m, 100)
        elif m.key.startswith("def:"):
            pending.append(m)
        elif (m.source == "pattern" and m.text not in gaz.standalone_variants) or len(
            m.text.split()
        ) > 1:
            add(fold(m.text), m.text, m, TYPE_RANK[m.source])
        else:
            pending.append(m)

    # pass 2: short forms join the full form they abbreviate
    for m in pending:
        if m.key.startswith("def:"):
            target = fold(m.key[4:])
            if target in entities:
                add(target, entities[target].name, m, 0)
                continue
        key = _short_form_target(m, entities)
        if key is not None:
            if m.type == "Person" or entities[key].type == "Person" or m.source != "ner":
                add(key, entities[key].name, m, 0)
                continue
            add(key, entities[key].name, m, 0)
            continue
        add(fold(m.text), m.text, m, TYPE_RANK[m.source])

    # a benchmark named without its edition joins the edition used in the article
    # ("AIME" with "AIME 2025")
    for key, ent in list(entities.items()):
        if ent.type != "Benchmark" and (ent.entry is None or ent.entry.type != "Benchmark"):
            continue
        longer = [
            k
            for k, e in entities.items()
            if k != key
            and e.name.startswith(ent.name + " ")
            and (e.entry is not None and e.entry.type == "Benchmark")
        ]
        if len(longer) == 1:
            target = entities[longer[0]]
            for m in ent.mentions:
                m.key = target.key
                target.mentions.append(m)
            target.mentions.sort(key=lambda m: m.start)
            del entities[key]

    # renames: the former name joins the entity of the new one ("X (formerly Twitter)")
    for m in [m for m in mentions if m.alias_of and m.key in entities]:
        target = fold(m.alias_of)
        dst = next(
            (
                k
                for k, e in entities.items()
                if k == target or any(fold(x.text) == target for x in e.mentions)
            ),
            None,
        )
        if dst is not None and dst != m.key:
            _merge_entities(entities, votes, m.key, dst)
    # an organisation named by part of its name ("the Safety Committee" for the Safety and
    # Security Committee, "the Commission" for the European Commission), and a model named
    # without its size ("Qwen-2.5" for "Qwen-2.5 14B"), when exactly one entity fits
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        etype = _entity_type(ent, votes.get(key))
        fits = [
            k
            for k, o in entities.items()
            if k != key
            and _entity_type(o, votes.get(k)) == etype
            and _part_of_name(ent.name, o.name, etype)
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # a person's surname with a particle or after a name suffix ("Van Keulen" for Susan
    # van Keulen, "Kennedy" for Robert F. Kennedy Jr., "Gonzalez Rogers" for Yvonne
    # Gonzalez Rogers) joins the full name, when exactly one person fits
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or ent.entry is not None or _entity_type(ent, votes.get(key)) != "Person":
            continue
        fits = [
            k
            for k, o in entities.items()
            if k != key
            and _entity_type(o, votes.get(k)) == "Person"
            and _surname_of(ent.name, o.name)
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # a publication's short name joins its full name in the article ("the Times" for The
    # New York Times, "the Journal" for The Wall Street Journal), when exactly one fits
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or _entity_type(ent, votes.get(key)) != "Organization":
            continue
        short = re.sub(r"^The ", "", ent.name)
        if " " in short or short not in _PUBLICATION_WORDS:
            continue
        fits = [
            k
            for k, o in entities.items()
            if k != key
            and _entity_type(o, votes.get(k)) == "Organization"
            and len(o.name.split()) > len(ent.name.split())
            and o.name.split()[-1] == short
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # one model under two spellings ("GPT-4 Turbo", "GPT 4 Turbo"); a family name alone
    # ("Claude") stays apart from the one model of the family named ("Claude 3.5 Sonnet
    # replaced Claude"), although the article may mean the same model by both
    models = [k for k, e in entities.items() if _entity_type(e, votes.get(k)) == "Model"]
    spelled: dict[str, str] = {}
    for k in models:
        squeezed = re.sub(r"[\s_-]+", "", k)
        if squeezed in spelled:
            _merge_entities(entities, votes, k, spelled[squeezed])
        else:
            spelled[squeezed] = k

    # type vote and aliases
    for key, ent in entities.items():
        if ent.entry is not None:
            ent.type = ent.entry.type
            ent.kind = ent.entry.kind
        elif votes.get(key):
            ent.type = votes[key].most_common(1)[0][0]
        if not ent.type:
            ent.type = "Organization"
        if ent.type == "Organization" and ent.kind is None:
            ent.kind = "company"
        forms = []
        for m in ent.mentions:
            if m.text != ent.name and m.text not in forms:
                forms.append(m.text)
        if ent.entry is not None and ent.entry.name != ent.name:
            forms.append(ent.entry.name)
        if ent.type == "Organization" and ent.name.startswith("The ") and ent.entry is None:
            forms.append(ent.name[4:])  # "The European Commission" is the European Commission
        ent.aliases = forms
    # a lone first name or an upper-case transcript label ("Chris", "WALLACE") that only
    # the statistical NER saw, once, is too weak to be a person of the article
    for key, ent in list(entities.items()):
        if (
            ent.type == "Person"
            and ent.entry is None
            and len(ent.name.split()) == 1
            and all(m.source == "ner" for m in ent.mentions)
            and (len(ent.mentions) == 1 or ent.name.isupper())
        ) or (
            # one word that only a weak context rule calls a person ("Designs said it
            # ... her", a surname-like word with no full name in the article)
            ent.type == "Person"
            and ent.entry is None
            and len(ent.name.split()) == 1
            and not ent.name.startswith("@")
            and not any(m.weight for m in ent.mentions)
            and sum(m.source == "ner" for m in ent.mentions) < 2
        ):
            for m in ent.mentions:
                m.key = ""
            del entities[key]
    return sorted(entities.values(), key=lambda e: e.first)


def _entity_type(ent: Entity, vote: Counter[str] | None) -> str:
    if ent.entry is not None:
        return ent.entry.type
    return vote.most_common(1)[0][0] if vote else ent.type


def _merge_entities(
    entities: dict[str, Entity], votes: dict[str, Counter[str]], src: str, dst: str
) -> None:
    """Move every mention of entity ``src`` to entity ``dst`` (votes and entry too)."""
    s, d = entities.pop(src), entities[dst]
    for m in s.mentions:
        m.key = dst
        d.mentions.append(m)
    d.mentions.sort(key=lambda m: m.start)
    if d.entry is None and s.entry is not None:
        d.entry = s.entry
        d.type = s.entry.type
    if src in votes:
        votes.setdefault(dst, Counter()).update(votes.pop(src))


_PUBLICATION_WORDS = {
    "Times",
    "Journal",
    "Post",
    "Guardian",
    "Telegraph",
    "Herald",
    "Tribune",
    "Globe",
    "Chronicle",
    "Independent",
    "Review",
    "Economist",
    "Register",
    "Information",
}
_INSTITUTION_HEADS = {
    "Commission",
    "Committee",
    "Court",
    "Agency",
    "Council",
    "Department",
    "Ministry",
    "University",
    "Institute",
    "Foundation",
    "Parliament",
    "Senate",
    "Authority",
    "Office",
    "Board",
    "Lab",
    "Labs",
}


_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _surname_of(short: str, full: str) -> bool:
    """Whether ``short`` is the surname part of the person name ``full`` (case aside)."""
    parts = [p.rstrip(",") for p in full.split()]
    while len(parts) > 2 and parts[-1] in _NAME_SUFFIXES:
        parts = parts[:-1]
    s = short.casefold()
    return any(" ".join(parts[i:]).casefold() == s for i in range(1, len(parts))) and (
        s != full.casefold()
    )


def _part_of_name(short: str, long: str, etype: str) -> bool:
    """Whether ``short`` names the same organisation or model as the longer ``long``."""
    if etype == "Model":
        size = re.fullmatch(re.escape(short) + r"[ -]\d+(?:\.\d+)?[BbMm]", long)
        return size is not None
    if etype != "Organization":
        return False
    sw, lw = short.split(), long.split()
    if len(sw) >= len(lw) or sw[-1] != lw[-1]:
        return False
    if len(sw) == 1:
        return sw[0] in _INSTITUTION_HEADS  # "the Commission"
    # the words in order, same first and last ("Safety Committee")
    if sw[0] != lw[0]:
        return False
    it = iter(lw)
    return all(w in it for w in sw)


def _short_form_target(m: Mention, entities: dict[str, Entity]) -> str | None:
    """The entity whose full name ``m`` abbreviates, if exactly one fits."""
    word = m.text
    hits = []
    for key, ent in entities.items():
        parts = ent.name.split()
        if len(parts) < 2:
            continue
        if (
            (ent.type == "Person" and (parts[-1] == word or "-".join(parts[-2:]) == word))
            or (
                ent.type == "Organization"
                and parts[0] == word
                and all(p in ORG_SUFFIXES for p in parts[1:])
            )
            or (
                ent.type == "Organization"
                and parts[-1] == word
                and len(parts) == 2
                and m.source != "ner"
            )
            or (
                ent.type == "Model"
                and m.type == "Model"
                and (parts[-1] == word or (parts[0] == word and ent.entry is None))
            )
        ):
            hits.append(key)
    return hits[0] if len(hits) == 1 else None
