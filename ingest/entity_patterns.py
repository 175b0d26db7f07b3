"""Regular expressions of entity mention finding, compiled once per process.

Fixed patterns are module constants; the ones built from the gazetteer or from a word
(:func:`gaz_regex`, :func:`model_regex`, :func:`word_regex`, :func:`terms_regex`) are
cached, since they recur from article to article.  Each pattern's comment shows the text
it reads; the rules that use them are in the ``ingest/mention_rules_*.py`` modules.

Gazetteer matching is one regular expression over the text (a trie of the ~1,700 forms),
not spaCy's PhraseMatcher, for a measured reason: on the 35 development articles the
PhraseMatcher takes 4.1 ms in all against the regex's 6.7 ms (both well under 1% of the
parse), plus 150 ms to build per process, and being token-based it misses names glued
to punctuation the tokenizer keeps attached (``Fortune‘s``) and matches names
inside longer hyphenated ones (``o3-mini`` in ``o3-mini-high``), which the regex's name
boundaries exclude.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ingest.entity_lexicon import NAMED_FEATURES, PRODUCT_NOUNS, TRADE_SUFFIXES

NAME_END = r"(?![\w]|-\w|\.\d)"


WORD_END = r"(?![\w-])"


@lru_cache(maxsize=4096)
def word_regex(word: str, end: str) -> re.Pattern[str]:
    """``word`` as a whole word followed by ``end``, compiled once.

    Names and lexicon words recur from article to article, and there are more
    of them than the ``re`` module's own cache keeps.
    """
    return re.compile(rf"(?<![\w-]){re.escape(word)}{end}")


def word_matches(word: str, end: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`word_regex` in ``text``, as ``finditer`` gives them.

    ``str.find`` jumps to each place the word is written, and the pattern is tried
    there only: a pattern that opens with a lookbehind is otherwise tried at every
    character of the text, some twenty times slower.
    """
    if not word:
        return
    rx = word_regex(word, end)
    pos = text.find(word)
    while pos != -1:
        m = rx.match(text, pos)  # (the lookbehind still sees the text before ``pos``)
        if m is None:
            pos = text.find(word, pos + 1)
        else:
            yield m
            pos = text.find(word, m.end())


@cache
def terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``terms`` as a whole word (longest first): one scan instead of one per term."""
    if not terms:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives}){WORD_END}")


@cache
def gaz_regex(gaz_id: int, forms: tuple[str, ...]) -> re.Pattern[str]:
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
            parts.append(NAME_END)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    # a name may follow "ex-", "pro-", "anti-", "non-" ("the ex-GitHub CEO")
    start = r"(?:(?<![\w-])|(?<=\bex-)|(?<=\bpro-)|(?<=\banti-)|(?<=\bnon-))"
    return re.compile(start + pattern(root)) if root else re.compile(r"(?!)")


@cache
def model_regex(families: tuple[str, ...], variants: tuple[str, ...]) -> re.Pattern[str]:
    """A model family word followed by version and variant tokens ("Claude 3.5
    Sonnet", "GPT-4o", "Llama-4-Maverick-17B-128E-Instruct")."""
    fam = "|".join(re.escape(f) for f in families)
    var = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    version = r"(?:v?\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?|\d+[BbMmKk]|\d+x\d+[Bb])"
    hyphen_tail = r"(?:-[A-Za-z0-9.]+)+"
    space_tail = rf"(?:[ ](?:{version}|(?:{var})(?![\w-])))*"
    return re.compile(
        rf"(?<![\w-])(?:{fam})(?:{hyphen_tail}|{version})?{space_tail}(?![\w]|-\w|\.\d)"
    )


OSERIES = re.compile(r"(?<![\w-])o[1-9](?:-(?:mini|pro|preview|high|low|medium))*(?![\w]|-\w)")


DEF_PAREN = re.compile(
    r"([A-Z][\w&.-]*(?:[ ]+(?:of|for|and|on|[A-Z][\w&.-]*))*)[ ]+\(([A-Z][A-Za-z0-9&.-]{1,9})\)"
)


# "The European Consumer Organisation, known as BEUC,": an acronym the text gives as the
# name's short form, whatever its letters stand for
DEF_KNOWN_AS = re.compile(
    r"([A-Z][\w&.-]*(?:[ ]+(?:of|for|and|on|[A-Z][\w&.-]*))+),?[ ]+\(?(?:also |better |"
    r"commonly |widely )?known as[ ]+([A-Z][A-Z0-9&]{1,7})(?=[,.;:)]|\s)"
)


DEF_PAREN_REV = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9&.-]{1,9})[ ]+"
    r"\((?:the )?([A-Z][\w&.-]*(?:[ ]+(?:of|for|and|on|[A-Z][\w&.-]*))+)\)"
)


ORG_HEAD_NOUNS = (
    "company|startup|start-up|firm|lab|laboratory|division|group|organization|organisation|"
    "subsidiary|venture|unit|outfit|nonprofit|non-profit|institute|hedge fund|think tank|"
    "charity|consultancy|incubator|studio|agency|bank|"
    # kinds of business that are never a person's job title before a name
    "chipmaker|automaker|carmaker|maker|retailer|broadcaster|publisher|watchdog|regulator|"
    "conglomerate|provider|giant|outlet|"
    # the press by its medium ("the news site Kestrel Wire", "the journal Learning
    # Science"; not "the site", a place)
    "news site|website|newsletter|journal|magazine|newspaper"
)
# more kinds of business, which only before a name that speaks say it is no person's
# ("the streaming service Lumio Music said"); elsewhere they open names ("Service
# Employees International Union") or follow them ("the network Tuesday")
BUSINESS_KINDS = "service|network|broker|insurer|label|operator|marketplace|airline"


#: one of those kinds as a whole word ("Chipmaker" opening "Chipmaker Voltera said")
ORG_KIND_WORD = re.compile(rf"(?:{ORG_HEAD_NOUNS})")


# a day or a month after a name is a date ("Nimbus Labs on Monday"), not more name
DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)


APPOS_ORG = re.compile(
    rf"(?:\b(?:{ORG_HEAD_NOUNS})(?:,| called| named| dubbed|)[ ]"
    # ("the streaming service Lumio Music"; not "the network Tuesday", "the network TV")
    rf"|(?<=[a-z] )(?:{BUSINESS_KINDS})[ ](?!{DATE_WORD}|[A-Z]+\b))"
    r"((?:[A-Z][\w&.-]*)(?:[ ][A-Z][\w&.-]*)*"
    # "the group Advocates for Road Safety": a mission after "for" or "on" (not "of":
    # "the startup X of Paris")
    rf"(?:[ ](?:for|on)[ ](?!{DATE_WORD})(?:the[ ])?[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*)*)?)"
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
    r"(?:ai |machine learning )?(?:expert|specialist)|developer|designer|programmer|"
    r"reviewer|critic|commentator|podcaster|blogger|youtuber|influencer)"
)
# roles many a name that is no person's stands before or after ("Teacher Retirement
# System", "Home Improvement, veteran comedian ..."): only in an apposition right after
# a name that reads as a person's ("Marcus Feld, a former export official,")
OTHER_ROLE = (
    r"(?:official|adviser|advisor|consultant|activist|strategist|lobbyist|student|teacher|"
    r"doctor|physician|nurse|scholar|novelist|actor|actress|singer|musician|composer|"
    r"musicologist|comedian|photographer|filmmaker|banker|auditor|aide)"
)


_NAME = (
    r"[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]+|['’][A-Z][^\W\d_]+)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di|del|der|den|la|le) ){0,2}"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2}"
)


# a person's name on its own (after a title: "State Senator Jane Roe")
PERSON_NAME = re.compile(_NAME)

# trades only people practise, so a name right after one is a person's whatever its
# given name ("novelist Ta-Nehisi Grant", "comedian Sarah Bell")
HUMAN_TRADE = (
    r"(?:novelist|comedian|actor|actress|singer|rapper|songwriter|musician|composer|poet|"
    r"playwright|screenwriter|photographer|filmmaker|illustrator|painter|sculptor)"
)

PERSON_BY_ROLE = [
    re.compile(rf"(?i:\b{ROLE}),? (?P<name>{_NAME})\b"),
    re.compile(rf"(?i:\b{HUMAN_TRADE}) (?P<name>{_NAME})\b"),
    re.compile(
        rf"(?P<name>{_NAME}), (?:(?i:a|an|the|its|their|his|her) )?"
        rf"(?:[\w'’-]+ ){{0,4}}?(?i:{ROLE})\b"
    ),
    re.compile(rf"(?i:\b{ROLE}) (?:of|at|for) [^,.;]{{1,40}}, (?P<name>{_NAME}),"),
    # "Nair, Corran's CEO, said": a surname alone, in apposition with a role at a party
    # named with "'s" (an organisation is no one's chief executive)
    re.compile(
        rf"(?<![\w.'’-])(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?), "
        rf"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}}['’]s (?:[\w-]+ ){{0,3}}?(?i:{ROLE}),"
    ),
]


PERSON_BY_OTHER_ROLE = re.compile(
    rf"(?P<name>{_NAME}), (?i:an?|the) (?:[\w'’-]+ ){{0,2}}?(?i:{OTHER_ROLE})\b"
    r"(?=,| at | of | for | now | who )"
)


# the same roles, and a party's in a case, before a name that reads as a person's:
# "The plaintiff, Derek Mills, says ..." (the NER may call him a place)
PERSON_AFTER_OTHER_ROLE = re.compile(
    rf"(?i:\bthe (?:lead |named |sole )?(?:plaintiff|whistleblower|applicant|{OTHER_ROLE})),? "
    rf"(?P<name>{_NAME})\b"
)


PERSON_WHO = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
    r"(?: (?:[A-Z]\.|(?:de|van|von|al|bin|da|di|del|der|le|la) |"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)){1,3}), who\b"
)


# what a hyphen adds to a model's name to describe something else by it ("a GPT-4-class
# model", "a Llama-based system", "a ChatGPT-like assistant")
LIKENESS_SUFFIX = re.compile(
    r"-(?:like|based|class|style|level|powered|sized|scale|grade|esque|inspired|type)$"
)


ORG_BY_SUFFIX = re.compile(
    # a word of four or more letters ending in a full stop ends a sentence, not a name
    # ("... based in Oslo. Nimbus Labs said"); "Inc." and "U.S." go on
    r"(?<![\w-])(?!(?:The|A|An) )(?:[A-Z][\w&.-]+(?<!\w{4}\.)(?<![A-Z]{2}\.) ){1,3}"
    r"(?:Labs|Lab|Inc\.?|Corp\.?|Corporation|Technologies|"
    r"Systems|Robotics|AI|Research|Ventures|Capital|Holdings|Institute|Foundation|Partners|"
    r"Software|Studios|Networks|Semiconductors?|Computing|Dynamics|Group|Court|Commission|"
    r"Committee|Agency|Authority|Council|Association|Society|University|College|Academy|"
    r"Ministry|Department|Bureau|Tribunal|Parliament|Senate|Center|Centre|Alliance|Coalition|"
    r"Consortium|Forum|Guild|Federation|Organization|Organisation|Office|Board|Trust|League|LLP|"
    r"Gazette|Tribune|Herald|Chronicle|Ledger|Courier|Inquirer|Dispatch|Sentinel|"
    r"LLC|Ltd\.?|PBC|SAS|GmbH|AG|PLC|plc|Intelligence|Health|Media|"
    + "|".join(sorted(TRADE_SUFFIXES))
    + r")(?![\w-])"
)


# "Intelligence", "Health" and "Media" name a company ("Reflection Intelligence",
# "Brontal Health", "Kestrel Media") unless they are a field of work or a kind of press
# ("Artificial Intelligence", "Public Health", "Social Media", "State Media")
NOT_ORG_FIELD = re.compile(
    r"\b(?:Artificial|General|Super|Machine|Human|Business|Augmented|Collective|Emotional|"
    r"Competitive|Threat|Signals|Open[- ]Source|Ambient|Physical|Spatial|Generative|"
    r"Superhuman|Agentic|Synthetic|Military|Market|Customer|Sales|Data|Document|Edge|Swarm|"
    r"Computational|Natural|Digital|Responsible|Trustworthy|Applied) Intelligence$"
    r"|\b(?:Public|Global|Mental|Women's|Men's|Child|Children's|Environmental|Occupational|"
    r"Reproductive|Community|Behavioral|Behavioural|Digital|Population|Maternal|Oral|"
    r"Sexual|Planetary|One) Health$"
    r"|\b(?:Social|Mass|New|Digital|State|Local|National|Mainstream|Western|Foreign|"
    r"Independent|Print|Broadcast|News|Online|Traditional|Legacy|Chinese|Russian|US|U\.S\.|"
    r"American|British|Indian|Global|International) Media$"
)


ORG_OF_TAIL = re.compile(
    rf" (?:of|for|on) (?:the )?(?!{DATE_WORD})[A-Z][\w&.-]*(?:(?: and| &|,)? [A-Z][\w&.-]*)*"
    r"(?<![.,])"
)


ORG_SUFFIX_CONTINUES = re.compile(rf"\s*(?:of|for|on) (?!{DATE_WORD})[A-Z]|\s+[A-Z][a-z]")


# what follows a name that is a product or an event, not the organisation in it
# ("the Ascend AI chip", "the Brainstorm AI conference")
NOT_ORG_AFTER = re.compile(
    r"\s*(?:chips?|processors?|accelerators?|conferences?|summit|events?|festival|awards?|"
    r"prize|app|apps|models?|features?|tools?|programm?e?s?|initiative|report|index|"
    r"benchmark|leaderboard|agents?|chatbot|assistant|platform|devices?|glasses|headset|"
    r"servers?|cluster|supercomputer|compliance|act|bill|law|sweep|operation)\b"
)


FACILITY = re.compile(
    r" (?:Data Cent(?:er|re)s?|Campus|Headquarters|HQ|Building|Tower|Plant|Factory|Fab|"
    r"Stadium|Arena)$"
)


# a site an organisation has, named after its place: "Halvern's Dayton hospital"
OWNED_SITE = re.compile(
    r"(?<=['\u2019]s )(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:hospital|clinic|plant|"
    r"factory|campus|office|offices|headquarters|store|warehouse|facility|data center|site)s?\b"
)


# courts by their full names: "the U.S. District Court for the Northern District of
# California", "the 9th U.S. Circuit Court of Appeals", "the Court of Appeals for the
# Second Circuit", "California Superior Court", "the Delaware Court of Chancery"
_CW = r"[A-Z][a-z]+"


COURT = re.compile(
    r"(?<![\w-])(?:(?:U\.S\.|US|United States|\d{1,2}(?:st|nd|rd|th)|" + _CW + r") ){0,3}"
    r"(?:Court|Circuit Court)(?: of (?:Appeals|Justice|Chancery|Federal Claims|"
    r"International Trade|Session|Cassation)| of the European Union)?"
    r"(?: (?:for|of) the (?:" + _CW + r" ){0,2}(?:District|Circuit)"
    r"(?: of " + _CW + r"(?: " + _CW + r")?)?)?(?![\w-])"
)


_MODEL_NAME = r"[A-Z][\w.+-]*(?: (?:[A-Z0-9][\w.+-]*))*"


# what a product's qualifier says it does: "an AI assistant", "its coding agent"
_PRODUCT_QUALIFIER = (
    r"(?:AI|AI-powered|AI-based|AI-generated|synthetic|generative|generative AI|art|image|"
    r"video|music|coding|"
    r"voice|writing|search|research|agentic|autonomous|virtual|digital|shopping)"
)
# the head of a phrase that describes an AI product: a bare "model" or "chatbot", or
# an assistant or agent said to be one of AI ("an assistant professor", "an FBI agent"
# are people)
_PRODUCT_HEAD = (
    r"(?:model|LLM|language model|chatbot|reasoning model|feature|"
    rf"{_PRODUCT_QUALIFIER} (?:[a-z-]+ )?(?:assistant|agent|bot|copilot|companion|app|generator|"
    r"tutor|therapist|girlfriend|boyfriend|influencer|employee|co-?worker|teammate|avatar))"
)
# who owns it: "its", "their", "Acme's", "Orbit Robotics'"
_OWNER = r"(?:its|their|the company['\u2019]s|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}['\u2019]s?)"

MODEL_BY_APPOSITION = [
    # "Maya, an AI assistant", "Maya, Orbit Robotics' coding agent", "Nova, its new model"
    re.compile(
        rf"(?<![\w-])(?P<name>{_MODEL_NAME}), (?:a|an|the|{_OWNER}) "
        r"(?:new |latest |open[- ]source |open[- ]weight |smaller |larger |flagship )?"
        rf"(?:[\w-]+ ){{0,3}}?{_PRODUCT_HEAD}\b"
    ),
    re.compile(
        r"\b(?:model|LLM|chatbot|assistant|agent),? (?:called|named|dubbed|"
        r"(?:which|that) (?:it|they|the company) (?:calls|call|has dubbed|dubbed|has named|named)) "
        rf"(?P<name>{_MODEL_NAME})"
    ),
    # "the chatbot, Maya,", "its new diagnostic model, Nova,", "to train its chatbot,
    # Tessa.": the description, a comma, the name
    re.compile(
        rf"\b(?:[Tt]he|{_OWNER}) (?:(?:new|latest|flagship|own|open-weight|open-source|small|"
        rf"smaller|first|reasoning|multimodal) ){{0,2}}(?:[a-z][a-z-]+ )?(?:{_PRODUCT_HEAD}|AI), "
        rf"(?P<name>{_MODEL_NAME})(?:,|\.(?:\s|$))"
    ),
    # "its new agent, Lumen Code,": an owner's bare "agent" is its product ("the agent,
    # Jane Roe," is a person)
    re.compile(
        rf"\b{_OWNER} (?:(?:new|latest|flagship|own|first) ){{0,2}}agent, "
        rf"(?P<name>{_MODEL_NAME})(?:,|\.(?:\s|$))"
    ),
    # "the Tessel coding agent", "the Lumen chatbot": the name before the product's noun
    re.compile(
        rf"\b[Tt]he (?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:{_PRODUCT_QUALIFIER} "
        r"(?:agent|assistant|model|app)|chatbot)\b"
    ),
    # "its AI-powered tool, Make Slides,", "the AI art generator PaintBot", "its new AI tool
    # 'CrystalNet'"
    re.compile(
        rf"\b{_PRODUCT_QUALIFIER} "
        r"(?:tool|feature|generator|assistant|agent|app|chatbot|model|system|product|service|bot)"
        rf",? (?:called |named |dubbed )?[\"“‘']?(?P<name>{_MODEL_NAME})"
    ),
]


# an unknown name with a digit, just released: "launched SmolLM3", "its new model Kimi-K2",
# "the Phi-4-mini model"
MODEL_RELEASED = re.compile(
    r"\b(?:(?:released|launched|unveiled|introduced|open-sourced|open sourced|debuted)"
    r"(?: (?:its|their|a|an|the))?(?: (?:new|latest|open[- ]source|open[- ]weight))?"
    r"(?: (?:AI |language |reasoning )?model)?|"
    r"(?:its|their) (?:new |latest )?(?:AI |language |reasoning )?model) "
    r"(?P<name>[A-Z][\w.+-]*\d[\w.+-]*"
    # "released Lumen 5", "unveiled Orbit 2.5" (a name and its number)
    r"|(?:(?<=released )|(?<=launched )|(?<=unveiled )|(?<=debuted ))"
    r"[A-Z][a-z][\w+-]* \d+(?:\.\d+)?(?![\w.-]))"
    # "the Phi-9-mini model", "Acme's new Aurora 2 model", "its Lumen-3 Turbo model"
    r"|(?:\b[Tt]he|\bits|\btheir|[A-Z][\w-]*['\u2019]s)"
    r"(?: new| latest| open[- ]source| open[- ]weight| flagship)? "
    r"(?P<name2>[A-Z][\w.+-]*\d[\w.+-]*|[A-Z][\w+-]* \d+(?:\.\d+)?[a-z]?)"
    r"(?: (?P<variant>[A-Z][a-z]+))? (?:AI |language |reasoning |foundation )?model\b"
    # "Acme's Lumen-3 Turbo": a hyphenated, numbered name owned by a company
    r"|[A-Z][\w-]*['\u2019]s (?:new |latest )?"
    r"(?P<name3>[A-Z][a-z]+-\d+(?:\.\d+)?[A-Za-z]?(?:-[A-Za-z0-9]+)*)"
    r"(?: (?P<variant3>[A-Z][a-z]+))?"
    # "Acme's Lumen 4 Opus": a name, its number and a variant word only models have
    # (not "Pro", "Mini" or "Ultra", which phones and laptops have too)
    r"|[A-Z][\w-]*['\u2019]s (?:new |latest )?"
    r"(?P<name4>[A-Z][a-z]+ \d+(?:\.\d+)? (?:Flash|Sonnet|Opus|Haiku|Instruct|Coder|Thinking))"
    r"(?![\w-])"
)


NOT_MODEL_AFTER = re.compile(
    r"\s*(?:chips?|GPUs?|processors?|accelerators?|phones?|smartphones?|laptops?|devices?|"
    r"robots?|cars?|vehicles?|servers?|headsets?|glasses|consoles?|satellites?|rockets?|"
    r"visas?|jets?|planes?|aircraft)\b"
)


# what a product runs on: "powered by Velt Turbo", "built on top of Quillo 2"
MODEL_UNDERNEATH = re.compile(
    r"\b(?:powered by|runs on|running on|run on|built on(?: top of)?|based on|"
    r"fine-tuned (?:from|on)|(?:a )?fine-tuned version of|distilled from) (?:the )?"
    r"(?:new |latest |open[- ]source |open[- ]weight )?"
    r"(?P<name>[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){1,2})(?![\w'\u2019-])"
)


# a name made on a model family's suffix: "BloombergGPT", "VeltGPT", "FinLLM"
MODEL_BY_SUFFIX = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Za-z0-9]*[a-z0-9](?:GPT|LLM))(?![\w-])")


# a quoted name with a technology head: "Acme's 'Just Pay' technology"
MODEL_QUOTED = re.compile(
    r"[\"“‘'](?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})[\"”’'] "
    r"(?i:technology|tool|feature|system|model|chatbot|assistant|app|agent|software)\b"
)


# what only organisations have
ORGANISATION_ONLY = "safety team|board of directors|shareholders|headquarters|subsidiary|workforce"
ORG_CONTEXT = re.compile(
    # (not a date: "released a study on Monday about reasoning models")
    rf"(?<![\w-])(?!{DATE_WORD})(?P<name>[A-Z][a-zA-Z0-9]+(?:[A-Z][a-zA-Z0-9]*)*)(?:['\u2019]s)? "
    r"(?:(?!(?:that|the|a|an|and|or|but|which|who|whose|said|says|its|his|her|their|to|of|in|on|"
    r"at|for|with|by|from|about|is|was|are|were|has|had|will|would|new)\b)[a-z]+ ){0,2}?"
    r"(?P<role>CEO|CTO|spokesperson|spokeswoman|spokesman|co-founder|"
    r"cofounder|researchers|engineers|employees|executives|chatbot|model|models|chip|chips|"
    r"head of|chief [a-z]+ officer|founder|"
    # what no person has, after a possessive ("Velmora's safety team", "Kestrel's
    # shareholders"; not "a TV headquarters", "Politico's Rosslyn headquarters")
    rf"(?<=['\u2019]s )(?:{ORGANISATION_ONLY}))\b"
)


# "DoNotPay", "HonestAGI", "BerriAI"; not "McKernan", "DeSantis", "LeCun", "MacAskill"
CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Le|La|Du|Van|Von|O')[A-Z][a-z]+[A-Z][\w]*")


# "X, the parent company of ...": the apposition says what X is
_ORG_APPOS_NOUNS = (
    r"(?:company|startup|start-up|firm|publisher|conglomerate|maker|chipmaker|developer|"
    r"provider|lab|laboratory|nonprofit|non-profit|organi[sz]ation|agency|regulator|outlet|"
    r"publication|newspaper|website|site|platform|giant|group|subsidiary|unit|division|"
    r"consortium|coalition|institute|university|label|studio|marketplace|exchange|network|"
    r"operator|retailer|broadcaster|watchdog|charity|foundation|fund|investor|bank|owner|"
    r"parent|rival|competitor|supplier|vendor|contractor|consultancy|creator|customer)"
)


# a list's entry that names an organisation, then describes it: "Zentrix: The startup
# raised ...", "Zentrix — This chipmaker ..."
ORG_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*"
    r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})[ \t]*[:—–][ \t]*"
    r"(?:The|This|the|this) (?:[\w-]+ ){0,3}?"
    + _ORG_APPOS_NOUNS
    + r"(?!['’\w-])",
    re.M,
)


ORG_BY_APPOSITION = re.compile(
    # a word of four or more letters ending in a full stop ends a sentence, not a name
    r"(?<![\w-])(?P<name>[A-Z][\w&.'’-]*(?<!\w{4}\.)(?<![A-Z]{2}\.)"
    r"(?: (?:of |for |and |& )?[A-Z][\w&.'’-]*(?<!\w{4}\.)(?<![A-Z]{2}\.)){0,4}), "
    r"(?:a|an|the|which is a|which owns|one of the|"
    r"(?P<owner>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}['’]s)) "
    # the noun heads the apposition: "Jane Roe, a researcher at the lab" is no lab
    # ("X, the Corran Herald's owner": an owner of several words)
    r"(?:(?!who\b|whose\b|at\b|of\b|for\b|in\b|with\b|from\b|on\b)[\w-]+(?:['’]s)? ){0,4}?"
    + _ORG_APPOS_NOUNS
    + r"(?!['’\w-])"
    r"(?=[,.;:)]| (?:of|that|which|in|for|behind|based|founded|backed|owned|known|with|whose|"
    r"specializing|specialising|focused|valued|best|led|run|to|at|and|from|"
    # what the organisation does: "X, the publisher suing Y", "X, the startup making Z"
    r"suing|making|building|developing|operating)\b)"
)


# the same, read after a name the NER calls a person ("Ziff Davis, the parent company")
ORG_FOLLOWS = re.compile(
    r"(?:['’]s)?, (?:a|an|the|which is a|one of the) "
    r"(?:(?!who\b|whose\b|at\b|of\b|for\b|in\b|with\b|from\b|on\b)[\w-]+ ){0,4}?"
    + _ORG_APPOS_NOUNS
    + r"(?!['’\w-])"
)


# "Acme, Globex and other publishers" / "labs such as Acme, Globex and Initech"
# (a list may open a sentence: "Rivals such as X and Y")
_ORG_PLURALS = (
    r"(?i:companies|firms|publishers|labs|laboratories|startups|start-ups|outlets|"
    r"organi[sz]ations|agencies|regulators|groups|giants|developers|rivals|competitors|"
    r"platforms|publications|newspapers|universities|institutions|broadcasters|studios|"
    r"labels|providers|makers|chipmakers|players|investors|funds|banks|retailers|"
    r"brands|websites|networks|manufacturers|suppliers|vendors|automakers|"
    r"carmakers|insurers|nonprofits|foundations|associations|unions|clients|customers)"
)


# a capitalised word of a name; one of four or more letters, or an acronym, ending in a
# full stop ends a sentence, not a name ("... is Mara Lindqvist. Voltera, the chipmaker",
# "a vice president at Microsoft AI. In a post ..."); "U.S." and "Inc." go on
_CAP_WORD = r"[A-Z][\w&.'’-]*(?<!\w{4}\.)(?<![A-Z]{2}\.)"
CAP_WORD = _CAP_WORD  # for the rules of other modules
_LIST_NAME = rf"{_CAP_WORD}(?: (?:of |for |and |& )?{_CAP_WORD}){{0,4}}"


ORG_LIST_BEFORE = re.compile(
    rf"(?P<list>(?:{_LIST_NAME}, )+(?:{_LIST_NAME},? )?)and (?:several |many |various )?other "
    rf"(?:[\w-]+ ){{0,2}}?{_ORG_PLURALS}\b"
)


ORG_LIST_AFTER = re.compile(
    rf"\b{_ORG_PLURALS},? (?:such as|including|like|among them) "
    rf"(?P<list>{_LIST_NAME}(?:, {_LIST_NAME})*,? (?:and|or) {_LIST_NAME})"
)


# where a role is held: "director of the Tech Justice Law Project", "a researcher at
# Kestrel Labs", "CEO of Acme": an organisation, whatever the NER made of its words
ORG_OF_ROLE = re.compile(
    r"\b(?i:ceo|cto|cfo|coo|founder|co-founder|cofounder|director|executive director|"
    r"president|chair|chairman|chairwoman|head|chief|researcher|scientist|engineer|fellow|"
    r"professor|spokesperson|spokeswoman|spokesman|partner|analyst|lawyer|attorney|"
    r"counsel|member|employee|staffer|adviser|advisor|economist|editor|reporter|officer|"
    r"manager|lead|leader|principal|associate|vice president|general counsel|"
    r"policy director|researchers|scientists|engineers|employees|chief executive|"
    r"chief [a-z]+ officer|executive|team|group|unit) "
    r"(?:of [a-z][a-z ]{1,25}? )?(?:of|at|for) (?:the )?"
    r"(?P<name>[A-Z][\w&.'’-]*(?<!\w{4}\.)(?<![A-Z]{2}\.)(?:(?: (?:of|for|and|on|&) (?:the )?)?"
    r" ?[A-Z][\w&.'’-]*(?<!\w{4}\.)(?<![A-Z]{2}\.)){0,5})"
)


# investors in a funding round: "a Series B led by Iconiq, with participation from Acme
# Capital and Globex", "the round, co-led by Fidelity and Initech"
_NAME_LIST = _LIST_NAME + r"(?:, " + _LIST_NAME + r")*(?:,? and " + _LIST_NAME + r")?"


ORG_FUNDING = re.compile(
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


PERSON_LIST = re.compile(
    rf"\b(?i:{_PERSON_PLURALS}),? (?:including |such as |like |among them |namely |led by )?"
    rf"(?P<list>{_PERSON_ITEM}(?:, {_PERSON_ITEM})*,? (?:and|or) {_PERSON_ITEM})(?![\w-])"
)


# organisations in an apposition list: "two publishers, Acme Books and Globex, joined"
ORG_LIST_APPOS = re.compile(
    rf"\b(?i:two|three|four|five|six|several|many|other|rival|major|big|leading) "
    rf"(?:[\w-]+ )?{_ORG_PLURALS}, (?P<list>{_LIST_NAME}(?:, {_LIST_NAME})*,? (?:and|or) "
    rf"{_LIST_NAME})(?=[,;:)]| (?:have|had|were|are|say|said)\b)"
)


# unknown names glued to an AI suffix: "BerriAI", "HonestAGI", "NovaLabs"
ORG_CAMEL = re.compile(r"(?<![\w@.-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:AI|AGI|Labs)(?![\w-])")


# the press: "did not respond to Acme Daily's request for comment", "Reached by Acme"
ORG_BY_PRESS = [
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
BYLINE = re.compile(
    r"^[ \t]*(?:By|BY|Written by|Words by|Reporting by|Reported by|Story by|Posted by|"
    r"Published by)[ \t:]*"
    r"(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?(?: [A-Z]\.)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di) )?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2})"
    r"[ \t]*(?=$|,|\||[-–—•·]| and | and$|\d| on | at )",
    re.M,
)


BYLINE_MORE = re.compile(
    r"(?:,| and|, and|,? &) (?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?(?: [A-Z]\.)?"
    r"(?: (?:(?:de|van|von|al|bin|da|di) )?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2})"
    r"[ \t]*(?=$|,|\||[-–—•·]| and | and$|\d| &)",
    re.M,
)


# a handle with a describing noun before it: "AI enthusiast @jroe", "user @jroe"
HANDLE = re.compile(
    r"\b(?:enthusiast|user|account|researcher|engineer|poster|commenter|handle|developer|"
    r"blogger|influencer|investor|analyst|critic|writer|creator|hacker|founder|scientist) "
    r"(?P<name>@[A-Za-z0-9_]{2,15})(?![\w@])"
)


ORG_OF_PERSON = re.compile(
    rf" (?:of|at|from) (?:the )?(?P<name>{_CAP_WORD}(?: (?:&|and|of|for) ?{_CAP_WORD}|"
    rf" {_CAP_WORD}){{0,3}}?)(?=[,;:)]|\.\s| and | (?:said|says|told|argued|wrote|added|who|"
    r"agreed|disagreed|warned|noted|explained|believes?|thinks?)\b)"
)


# the platform X: "wrote in a post on X", "X (formerly Twitter)"
X_PLATFORM = re.compile(r"\b(?:on|to|via) X(?![\w&-]|\.com|\.\w)")


ORG_TAIL = re.compile(
    r" (?:Foundation|Institute|Inc\b|Corp\b|Corporation|Labs?|Group|Association|Society|"
    r"Center|Centre|Council|Committee|Commission|University)(?![\w-])"
)


# a product word after a name, or an apposition calling it a product
# a division's name used as its product's: "Meta AI, the assistant in WhatsApp", "the
# Meta AI app", "Meta AI replied", "Meta AI's answers", "users asked Meta AI"
PRODUCT_AFTER = re.compile(
    r"(?:['’]s)?(?:,? (?:the|a|an|its|their|Meta['’]s|Microsoft['’]s|Google['’]s) "
    r"(?:[\w-]+ ){0,3}?| (?:AI )?)(?:assistant|chatbot|app|bot|companion)s?\b"
    r"| (?:replied|responded|answered|hallucinated)\b"
    r"|['’]s (?:answers?|responses?|replies|reply|outputs?|chats?)\b"
)


PRODUCT_BEFORE = re.compile(
    r"\b(?:(?:assistant|chatbot|app|bot)(?: called| named|,)?|asked|asking|ask|prompted|"
    r"queried|(?:chat|chatted|chatting|talk|talked|talking) (?:to|with)|users of) $"
)


PLACE_AFTER = re.compile(
    r", (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?|Calif\.|Mass\.|Wash\.)(?![\w-])"
)


# renames: (new name, old name) in either order
_RN = r"(?:[A-Z@][\w.&+'’-]*|X)(?: (?:[A-Z0-9][\w.&+'’-]*|of|for|and|&)){0,4}"


RENAMES = [
    # "Xy (formerly Twitter)", "Xy, formerly known as Twitter,"
    re.compile(
        rf"(?<![\w-])(?P<new>{_RN})(?:, | \(|, which was )(?:formerly|previously|once|originally)"
        rf"(?: known as| called| named| branded as)? (?P<old>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "Bard (now Gemini)", "Bard, now called Gemini,", "Bard, since rebranded as Gemini"
    re.compile(
        rf"(?<![\w-])(?P<old>{_RN})(?:, | \()(?:now|now called|now named|now known as|"
        rf"(?:since|later|now|which (?:was|has been|had been)) (?:renamed|rebranded)(?: as| to)?|"
        rf"which (?:(?:recently|later) )?(?:renamed itself|rebranded(?: itself)?(?: as| to)?|"
        rf"changed its name to)) "
        rf"(?P<new>{_RN})(?=[,.;:)\s]|$)"
    ),
    # "Bard was renamed Gemini", "Facebook rebranded as Meta", "Acme renamed itself Initech"
    re.compile(
        rf"(?<![\w-])(?P<old>{_RN}) (?:(?:(?:was|were|has been|had been|is being|will be|got) "
        rf"(?:(?:recently|officially|quietly|later) )?(?:renamed|rebranded)(?: as| to)?)|"
        rf"(?:(?:recently|officially|quietly|later) )?(?:renamed|rebranded) "
        rf"(?:itself (?:as |to )?|as |to )|changed (?:its|their) name to)"
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


# a law, a document or an event named in full ("the Computer Fraud and Abuse Act", "the
# Consumer Electronics Show"): its capitalised words, joined by small words, end in
# one of ``entity_lexicon.AWARD_WORDS``
_DOC_WORD = r"[A-Z][\w'\u2019-]*"


@cache
def document_name_regex(last_words: tuple[str, ...]) -> re.Pattern[str]:
    """Names ending in one of ``last_words`` (see above)."""
    ends = "|".join(sorted(last_words, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-]){_DOC_WORD}(?: (?:(?:and|of|for|on|to|the|&) )*{_DOC_WORD})*?"
        rf" (?:{ends})(?![\w-])"
    )


# a product noun and the verb that names it: "the chip, called Vela", "a robot named Max"
_PRODUCT_CALLED = re.compile(
    r"\b(?P<noun>[a-z]+),? (?:called|named|dubbed|code-named) "
    r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
)


def products_called(text: str, nouns: frozenset[str] | None = None) -> set[str]:
    """The names the text gives a product ("the software, called Lumio Screen") or one of
    its features ("the voice, called Sky"), or only a thing of ``nouns``: no one's."""
    named = nouns if nouns is not None else PRODUCT_NOUNS | NAMED_FEATURES
    return {m.group("name") for m in _PRODUCT_CALLED.finditer(text) if m.group("noun") in named}


# an owner's named thing with its benchmark results: "the company's Atlas-3 benchmark
# results" (a model's, not a benchmark named Atlas-3)
OWNED_RESULTS = re.compile(
    r"(?:\b(?:its|their)|['\u2019]s) (?P<name>[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*)?) benchmark "
    r"(?:results|scores|numbers|figures)\b"
)
