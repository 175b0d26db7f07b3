"""Models and products the gazetteer does not list, by what the text does with them: an
apposition ("Magistral Medium, a reasoning model", "a chatbot called Nova Chat", "its
AI tool, Make Slides"), a release ("released SmolLM3", "the Phi-9-mini model"; not
chips, quarters or phones), a parameter count ("Zephyr-7B") or a possessive product
phrase ("its Orion framework").
"""

from __future__ import annotations

import re

from ingest.entity_lexicon import (
    DEVICE_LINES,
    FUNCTION_WORDS,
    HONORIFICS,
    MODEL_HEAD_NOUNS,
    PRODUCT_WORDS,
    TITLE_WORDS,
)
from ingest.entity_model import Mention
from ingest.entity_patterns import (
    DATE_WORD,
    LIKENESS_SUFFIX,
    MODEL_BY_APPOSITION,
    MODEL_BY_SUFFIX,
    MODEL_QUOTED,
    MODEL_RELEASED,
    MODEL_UNDERNEATH,
    NOT_MODEL_AFTER,
    OWNED_RESULTS,
)
from ingest.gazetteer import Gazetteer, fold
from ingest.mention_checks import ArticleView, token_at, trim_name
from ingest.mention_rules_orgs import MODEL_LAUNCHER, MODEL_OWNER
from ingest.opposition_words import lexicon as opposition_lexicon


def models_by_apposition(view: ArticleView) -> list[Mention]:
    """Models introduced by apposition or a quoted name: "Magistral Medium, a
    reasoning model", "a chatbot called Nova Chat", "Acme's 'Just Pay' technology"; or
    named on a model family's suffix ("BloombergGPT")."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for rx in (*MODEL_BY_APPOSITION, MODEL_QUOTED, MODEL_BY_SUFFIX):
        for m in rx.finditer(text):
            name = trim_name(re.split(r"[.!?]\s", m.group("name"))[0].rstrip(",;:"))
            if not name or re.search(r"[\"“”‘’']", name):
                continue
            if (
                name.split()[0] in ("The", "A", "An", "This", "Its")
                or fold(name) in gaz.non_entities
                or _DATE_NAME.fullmatch(name)
            ):
                continue  # (a date: "released Lumen 5 on Tuesday, its newest model")
            entry = gaz.lookup(name)
            if entry is not None and entry.type != "Model":
                continue
            if text.startswith(", ", m.end("name")) and _clause_subject(view, m.end()):
                continue  # "According to Acme Labs, the chatbot gave ...": no apposition
            s0 = m.start("name") + m.group("name").index(name)
            first = name.split()[0]
            word = token_at(view.doc, s0)
            adverb = word is not None and word.tag_ == "RB" and name.lower() in view.english
            if first == name and adverb:
                continue  # "Separately, Halvern's coding agent Forge ...": an adverb
            if _FORMER_PERSON.search(m.group(0)):
                continue  # "Melania, a former model": a fashion model, a person
            if first != name and _headline_word(view, s0, name):
                # "Meet Maya, the chatbot that ...": a headline's verb, not the name
                name = name[len(first) :].lstrip()
                s0 = s0 + len(first) + 1
                first = name.split()[0]
            if first != name and view.first_name_of_person(s0, s0 + len(first)):
                continue  # "Jane Holloway, a former fashion model": a person
            cands.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=10))
    return cands


_DATE_NAME = re.compile(rf"(?:{DATE_WORD})(?: \d{{1,2}}(?:, \d{{4}})?)?")

# an apposition that describes a person's past or trade, not a product
_FORMER_PERSON = re.compile(r"\b(?:former|onetime|one-time|fashion|runway|retired|role)\b")


def _names_other_goods(view: ArticleView, end: int) -> bool:
    """Whether the name ending at ``end`` only qualifies a noun that follows it and is
    no kind of AI product ("the maker of Oreo cookies")."""
    tok = token_at(view.doc, end - 1)
    return (
        tok is not None
        and tok.dep_ == "compound"
        and tok.head.i == tok.i + 1
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_ not in MODEL_HEAD_NOUNS | {"app", "generator", "bot"}
    )


def _clause_subject(view: ArticleView, end: int) -> bool:
    """Whether the word ending at ``end`` is the subject of a clause ("..., the chatbot
    gave wrong advice"), not an apposition to the name before it."""
    tok = token_at(view.doc, end - 1)
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


def _headline_word(view: ArticleView, start: int, name: str) -> bool:
    """Whether the first word of ``name`` (at ``start``) is a dictionary word opening its
    sentence that the article leaves out elsewhere: "Meet Maya, the chatbot ..." where
    the text goes on about "Maya" (the tagger calls a capitalised "Meet" a proper noun)."""
    first, rest = name.split(" ", 1)
    tok = token_at(view.doc, start)
    return (
        tok is not None
        and tok.is_sent_start
        and first.lower() in view.english
        # what is left is a name ("Maya", "Kai Mercer"), not a surname alone ("Lyra
        # Castellan", where "Castellan" is written alone later)
        and (" " in rest or rest in view.gaz.given_names)
        and (
            view.text.count(rest) > view.text.count(name)
            # "Meet Kai Mercer": a dictionary word before a given name
            or (rest.split()[0] in view.gaz.given_names and first not in view.gaz.given_names)
        )
    )


# a maker's name and a version number: "Nimbus-5" from Nimbus Labs, "Quillo 3" from Quillo
_MAKER_NUMBERED = re.compile(
    r"(?<![\w-])(?P<name>(?P<stem>[A-Z][A-Za-z]+)(?:[- ]|-[A-Z])\d+(?:\.\d+)?[a-z]?)"
    r"(?![\w.-]*\d)(?![\w-])"
)


# what follows a number that counts or measures, not a version: "56 percent", "458 to
# 359", "24 years", "16 times", "125,000"
_QUANTITY_AFTER = re.compile(
    r"(?:,\d|\s*%|-\d|\s+(?:percent|per cent|percentage|points?|to \d+|years?|months?|"
    r"weeks?|days?|hours?|minutes?|times|delegates|votes|seats|states|people|members|"
    r"million|billion|thousand|hundred)\b)"
)


# a tally of names and numbers: "Cruz 300, Rubio 151, and Kasich 37"
_TALLY_AFTER = re.compile(r",? (?:and )?[A-Z][\w-]+(?: [A-Z][\w-]+)? \d")
_TALLY_BEFORE = re.compile(r"\d[^.\d]{0,40}, (?:and )?$")


def models_numbered_after_makers(view: ArticleView, cands: list[Mention]) -> list[Mention]:
    """An unknown name made of an organisation's name and a version number ("Nimbus-5",
    "Nimbus-K2" where the article names Nimbus Labs): that organisation's model (not its chips or
    phones, and not a year: "Nimbus 2025")."""
    text, gaz = view.text, view.gaz
    stems = {c.text.split()[0] for c in cands if c.type == "Organization"}
    found: list[Mention] = []
    for m in _MAKER_NUMBERED.finditer(text):
        name = m.group("name")
        if m.group("stem") not in stems or gaz.lookup(name) is not None:
            continue
        if (
            m.group("stem").lower() in FUNCTION_WORDS
            or _QUANTITY_AFTER.match(text, m.end())
            or _TALLY_AFTER.match(text, m.end())
            or _TALLY_BEFORE.search(text, max(0, m.start() - 50), m.start())
        ):
            continue  # "The 20 states", "Sanders 56 percent", "Rubio 151, and Kasich 37"
        if re.search(r"[- ](?:19|20)\d\d$", name) or NOT_MODEL_AFTER.match(text, m.end()):
            continue  # "Nimbus 2025", "Nimbus-5 chips"
        found.append(Mention(m.start(), m.end(), name, "Model", "def", weight=5))
    return found


def models_released(view: ArticleView) -> list[Mention]:
    """An unknown name with a digit after a release verb: "released SmolLM3", "its new
    model Kimi-K2", "the Phi-4-mini model", "Acme's new Aurora 2 model", or a hyphenated
    numbered name a company owns ("Acme's Lumen-3 Turbo"); a variant word the gazetteer
    knows ("Turbo", "Pro") belongs to the name."""
    text, gaz = view.text, view.gaz
    variants = set(gaz.variant_words)
    cands: list[Mention] = []
    for m in MODEL_RELEASED.finditer(text):
        g = next(k for k in ("name", "name2", "name3", "name4") if m.group(k))
        name, s0 = LIKENESS_SUFFIX.sub("", m.group(g).rstrip(".,;:-")), m.start(g)
        variant = {"name2": m.group("variant"), "name3": m.group("variant3")}.get(g)
        if variant in variants and name == m.group(g):
            name = f"{name} {variant}"
        headed = re.match(r" (?:AI |language |reasoning )?models?\b", text[s0 + len(name) :])
        if not headed and (
            not re.search(r"[a-z]", name) or re.fullmatch(r"[A-Z]\d+[a-z]?|Q\d|FY\d+", name)
        ):
            continue  # "H20", "Q3": chips and quarters, not models (but "its Q-3 model")
        head = gaz.lookup(name.split("-")[0])
        if head is not None and head.type != "Model" and name.split("-")[0] not in gaz.ambiguous:
            continue  # "Nvidia-2": a known non-model name (not "Aurora-2": a word many use)
        if gaz.lookup(name) is not None or fold(name) in gaz.non_entities:
            continue
        if NOT_MODEL_AFTER.match(text, s0 + len(name)):
            continue  # "released Pixel9 phones"
        cands.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=5))
    return cands


# a name with a parameter count: "Zephyr-7B", "Lumen-3-70B-Instruct", "Orbit 1.5B"
_SIZED_MODEL = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w.]*(?:-[\w.]+)*(?: \d+(?:\.\d+)?)?[- ]\d+(?:\.\d+)?[BM]"
    r"(?:-[A-Z][\w]*)*)(?![\w-])"
)


#: variant words that make a released name a model's ("launched Velt Pro"); plan words
#: ("Plus", "Max") name subscriptions as often
_RELEASED_VARIANTS = (
    "Pro|Flash|Ultra|Nano|Mini|mini|Lite|Turbo|Sonnet|Opus|Haiku|Instruct|Coder|Vision|"
    "Omni|Reasoning|Thinking|Preview"
)
_RELEASED_WITH_VARIANT = re.compile(
    r"\b(?:released|launched|unveiled|introduced|debuted|rolled out|open-sourced|shipped)"
    r"(?: (?:its|their|a|an|the))?(?: new| latest)? "
    rf"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)? (?:{_RELEASED_VARIANTS}))(?![\w-])"
)


def models_released_with_variant(view: ArticleView) -> list[Mention]:
    """An unknown name with a model's variant word after a release verb: "launched
    Velt Pro", "released Quillo Flash" (not hardware: "launched the Lumen Pro phone")."""
    return _unknown_models(view, _RELEASED_WITH_VARIANT)


# a numbered name that scores or beats: "Velt-2 scored 71%", "Lumen 3.5 outperforms ..."
# (not a year: "Lumen 2024 beat")
# a numbered name ("Q-4 Mini": one letter before the number, a variant word after it;
# "Zhenyu-Coder 2": two words joined)
_NUMBERED_NAME = (
    r"(?<![\w-])(?P<name>(?:[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?|[A-Z](?=-\d))(?:-\d+(?:\.\d+)?(?:-[A-Za-z0-9]+)*|"
    r" (?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d+)?)(?: (?:Mini|Pro|Max|Ultra|Flash|Nano|Lite|Plus))?)"
)
_PERFORMING = re.compile(
    # ("Q-4 Mini, released last month, scored ...": a participle clause before the verb)
    _NUMBERED_NAME
    + r"(?=(?:, [a-z][\w ]{1,40},)? (?:also |still |now )?(?:scored|scores|achieved|achieves|"
    r"outperform(?:s|ed)?|"
    r"beat|beats|topped|tops|ranked|ranks|trailed|trails|matched|matches|surpass(?:es|ed)|"
    r"solved|solves|reached|reaches|posted|"
    r"leads|led) )"
)


# "edging past Quorvane's Arden 4 at 69.8%", "Velt-2 with 71 percent": a numbered name
# given a score
_SCORED_AT = re.compile(_NUMBERED_NAME + r"(?= (?:at|with) \d{1,3}(?:\.\d+)?(?: ?%| percent))")
# "beat Quorvane's Arden 4", "well ahead of Velt-2": a numbered name outscored
_OUTSCORED = re.compile(
    r"\b(?:beat|beats|outperform(?:s|ed)?|outscor(?:es|ed)|surpass(?:es|ed)|edg(?:es|ed|ing) past|"
    r"trail(?:s|ed|ing)|(?:ahead of|behind) (?:the )?)\s?(?:[A-Z][\w-]*['\u2019]s )?"
    + _NUMBERED_NAME
)


def models_that_perform(view: ArticleView) -> list[Mention]:
    """An unknown numbered name that scores, beats or ranks ("Velt-2 scored 71%",
    "Lumen-3 outperforms GPT-4o"), is given a score ("Arden 4 at 69.8%") or is outscored
    ("beat Quorvane's Arden 4"): in AI news, a model."""
    compared = [*_unknown_models(view, _SCORED_AT), *_unknown_models(view, _OUTSCORED)]
    return [*_unknown_models(view, _PERFORMING)] + [
        c
        for c in compared
        # ("beats Cruz 42-40": a poll's count; "ahead of May 3": a date)
        if not _DATE_NAME.fullmatch(c.text) and not re.match(r"[-\u2013]\d", view.text[c.end :])
    ]


# "how it trains Aria to handle ...", "trained Lumen on ...": what is trained on data or
# to do something is a model
_TRAINED = re.compile(
    r"\b(?:train|trains|trained|training|fine-tune|fine-tunes|fine-tuned|fine-tuning) "
    r"(?P<name>[A-Z][\w-]*)(?= (?:to|on) )"
)


def models_trained(view: ArticleView) -> list[Mention]:
    """An unknown one-word name a party trains to do something or on some data ("how it
    trains Aria to handle political questions"): a model, not a person."""
    return [
        c for c in _unknown_models(view, _TRAINED) if not view.first_name_of_person(c.start, c.end)
    ]


def models_underneath(view: ArticleView) -> list[Mention]:
    """An unknown versioned name a product runs on: "powered by Velt Turbo", "built on
    top of Quillo 2" (a version number or a variant word the gazetteer knows in it)."""
    variants = view.gaz.variant_words
    return [
        c
        for c in _unknown_models(view, MODEL_UNDERNEATH)
        if any(w in variants or re.search(r"\d", w) for w in c.text.split()[1:])
    ]


def models_with_their_results(view: ArticleView) -> list[Mention]:
    """An unknown name an owner's benchmark results are of: "the company's Atlas-3
    benchmark results" (a model)."""
    return _unknown_models(view, OWNED_RESULTS)


def _unknown_models(view: ArticleView, rx: re.Pattern[str]) -> list[Mention]:
    """A model mention for each ``name`` ``rx`` finds that the gazetteer does not know
    as something else (by its whole name or its first word: "Apple Vision Pro", "runs
    on Nvidia H100s"), that is no plan and no hardware ("runs on Lumen 3 chips")."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in rx.finditer(text):
        name, s0 = m.group("name").rstrip(".,;:"), m.start("name")
        first = gaz.lookup(re.split(r"[- ]", name)[0])
        if gaz.lookup(name) is not None or (first is not None and first.type != "Model"):
            continue
        if fold(name) in gaz.non_entities or NOT_MODEL_AFTER.match(text, s0 + len(name)):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=10))
    return cands


# a name and a model's edition word, with or without a version: "Veltra Pro", "Zorvex
# 2.5 Flash", "Sable-3 Ultra"; people are not surnamed "Ultra" or "Flash"
_EDITION_WORDS = "Pro|Flash|Ultra|Nano|Mini|mini|Lite|Turbo|Instruct|Coder|MoE|Moe"
_EDITION_NAMED = re.compile(
    r"(?<![\w.-])(?P<name>(?P<stem>[A-Z][a-z]+(?:[A-Z][a-z]+)?)"
    r"(?:[ -]\d+(?:\.\d+)?[a-z]?)?(?: (?:" + _EDITION_WORDS + r"))+"
    r"(?: \d+(?:\.\d+)?[BM])?)(?![\w-])"  # "Pangu Pro MoE 72B": its size
)
# the same line in another version: "Zorvex 2.0", "Zorvex-3"
_VERSIONED = (
    r"(?<![\w.-]){stem}(?:[ -]\d+(?:\.\d+)?[a-z]?)"
    r"(?: (?:" + _EDITION_WORDS + r"))*(?![\w.-]*\d)(?![\w-])"
)


def models_by_edition(view: ArticleView) -> list[Mention]:
    """An unknown name with a model's edition word ("Veltra Pro", "Zorvex 2.5 Flash",
    "Sable Ultra"), and that line's other versions in the article ("Zorvex 2.0"). Not
    hardware or apps ("MacBook Pro", "Galaxy S24 Ultra", "Facebook Lite"), not the end
    of a longer name ("Final Cut Pro"), and a dictionary word ("Sable") only where the
    text writes it capitalised inside a sentence."""
    text, gaz = view.text, view.gaz
    found: list[Mention] = []
    stems: set[str] = set()
    for m in _EDITION_NAMED.finditer(text):
        name, stem = m.group("name"), m.group("stem")
        if stem in DEVICE_LINES or stem in PRODUCT_WORDS or gaz.lookup(stem) is not None:
            continue
        if stem in gaz.given_names:
            continue  # "Joe Moe", "Max Pro": a person or a nickname
        if gaz.lookup(name) is not None or fold(name) in gaz.non_entities:
            continue
        if re.search(r"[A-Z][\w&'\u2019.-]* $", text[max(0, m.start() - 30) : m.start()]):
            continue  # "Final Cut Pro", "Adobe Premiere Pro": part of a longer name
        if NOT_MODEL_AFTER.match(text, m.end()):
            continue  # "the Lumen Pro phone"
        if stem.lower() in view.english and not _inside_sentence(view, m.start()):
            continue  # "Deep Pro" opening a sentence: maybe a word
        stems.add(stem)
        found.append(Mention(m.start(), m.end(), name, "Model", "def", weight=10))
    for stem in stems:
        for m in re.finditer(_VERSIONED.format(stem=re.escape(stem)), text):
            if not NOT_MODEL_AFTER.match(text, m.end()) and not re.search(
                r"[- ](?:19|20)\d\d$", m.group(0)
            ):
                found.append(Mention(m.start(), m.end(), m.group(0), "Model", "def", weight=10))
    return found


def editions_of_found_models(view: ArticleView, cands: list[Mention]) -> list[Mention]:
    """A model the article names, with an edition word or a size after it ("Kestrel K3"
    and "Kestrel K3-Mini", "Kestrel K3 Pro", "Kestrel K3-70B"): that model's edition."""
    text, gaz = view.text, view.gaz
    names = {c.text for c in cands if c.type == "Model" and c.source in ("def", "pattern", "gaz")}
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w-])(?:{alternatives})(?:[- ](?:{_EDITION_WORDS})|-\d+(?:\.\d+)?[BM])+"
        r"(?![\w-])"
    )
    return [
        Mention(m.start(), m.end(), m.group(0), "Model", "def", weight=10)
        for m in rx.finditer(text)
        if gaz.lookup(m.group(0)) is None and not NOT_MODEL_AFTER.match(text, m.end())
    ]


def model_lines_named_alone(kept: list[Mention], view: ArticleView) -> None:
    """Retype, in place, a one-word "person", or an "organisation" only the statistical
    NER saw, that is the first word of a model's name the article gives in full
    ("Gemini" beside "Gemini Ultra"): the model line. A name the context calls a
    company ("Corvella said", "Corvella's CEO") keeps its type, and so does the first
    word of a company's full name too ("Halvern" beside "Halvern Health" and its model
    "Halvern Scan"), a word a context calls a company anywhere in the article
    ("Quorvane's head of research" beside "Quorvane Med"), and one that speaks
    ("Velmora said" beside "Velmora Large 3": a model says nothing)."""
    lines = {
        m.text.split()[0]
        for m in kept
        if m.type == "Model" and m.source in ("def", "pattern") and " " in m.text
    } - {m.text.split()[0] for m in kept if m.type == "Organization" and " " in m.text}
    # ("Quorvane said ... its new model, Quorvane Med": a rule that reads the word as a
    # company anywhere in the article makes it the maker, not the model line)
    lines -= {m.text for m in kept if m.type == "Organization" and m.source != "ner"}
    lines -= {
        m.text
        for m in kept
        if m.text in lines
        and (tok := token_at(view.doc, m.start)) is not None
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in view.gaz.cues
        # reporting ("said", "argued that"), not "Gemmaro answered most questions"
        and (
            tok.head.lemma_.lower() in ("say", "tell", "announce", "state", "add")
            or any(c.dep_ == "ccomp" for c in tok.head.children)
        )
    }
    for m in kept:
        guessed = m.type == "Person" or (m.type == "Organization" and m.source == "ner")
        if guessed and m.entry is None and m.text in lines:
            m.type, m.source, m.weight = "Model", "def", 10


def families_only_as_kinds(text: str, kept: list[Mention]) -> list[Mention]:
    """``kept`` without a bare model family ("GPT") that the article only writes before
    "models" ("unlike GPT models") while it names members of the family in full
    ("GPT-4", "GPT-3.5 Turbo"): a kind of model there, not one the article is about."""
    members = {m.text for m in kept if m.type == "Model" and re.search(r"\d", m.text)}
    drop = set()
    for name in {m.text for m in kept if m.type == "Model" and not re.search(r"\d", m.text)}:
        mine = [m for m in kept if m.text == name]
        if any(x.startswith((name + "-", name + " ")) for x in members) and all(
            re.match(r"\s+models\b", text[m.end : m.end + 10]) for m in mine
        ):
            drop.add(name)
    return [m for m in kept if not (m.type == "Model" and m.text in drop)]


def _inside_sentence(view: ArticleView, start: int) -> bool:
    """Whether the token at ``start`` does not open its sentence."""
    tok = token_at(view.doc, start)
    return tok is not None and not tok.is_sent_start


_NAME = r"[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,2}"
_KIND = r"(?:(?i:AI|image|video|music|art|coding|voice|language) )"
# "the companion app Tandem", "its AI app Mara": an app that is an AI product itself
_AI_APP = r"(?:(?i:AI|companion|chatbot) app)"
_OWNED = rf"(?:[A-Z][\w&-]*['\u2019]s )?{_NAME}"
# "the chatbot Tessa", "Acme's image generator Harlow", "the companion app Tandem",
# "image generators Harlow and Pixelmoor", "developer of Harlow", "which developed the
# chatbot Tessa"
_NAMED_BY_KIND = [
    re.compile(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w&-]*['\u2019]s?) (?:new |latest |own |flagship )?"
        rf"(?:chatbot|assistant|{_KIND}(?:generator|model|assistant|agent)|{_AI_APP}) "
        rf"(?P<names>{_NAME})"
    ),
    # "its new model Arden", "Velmora's latest model, Sable,": a model its maker owns
    re.compile(
        r"\b(?:[Ii]ts|[Tt]heir|[A-Z][\w&-]*['\u2019]s?) (?:new |newest |latest |own |flagship )"
        rf"model,? (?P<names>{_NAME})"
    ),
    re.compile(
        rf"\b(?:[Cc]hatbots|{_KIND}(?:generators|models|assistants|agents)),? "
        rf"(?P<names>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME})"
    ),
    # "five AI chatbots, including Acme's Tessa and Globex's Harlow": their owners aside;
    # "tested models including Velmora's R3 and Lumio Think"
    re.compile(
        rf"\b(?:[Cc]hatbots|{_KIND}(?:generators|models|assistants|agents)"
        r"|(?:tested|evaluated|benchmarked|compared|testing|evaluating|reasoning) models),? "
        r"(?:including|such as|like|among them) "
        rf"(?P<names>{_OWNED}(?:(?:, {_OWNED})*,? (?:and|or) {_OWNED})?)"
    ),
    re.compile(
        r"\b(?:developers?|makers?|creators?) of (?:the )?"
        rf"(?:(?:{_KIND}|popular )?(?:chatbot|model|generator|assistant|app) )?(?P<names>{_NAME})"
    ),
    re.compile(
        r"\b(?:which|that) (?:developed|develops|makes|made|created|creates|built|builds) "
        rf"(?:the )?(?:{_KIND}|companion ){{0,2}}(?:chatbot|model|generator|assistant|app) "
        rf"(?P<names>{_NAME})"
    ),
    # "the algorithm, called CarePath,", "an AI tool known as Sentry", "its AI platform,
    # called Mara," (not "a platform called X", which may be a company)
    re.compile(
        rf"\b(?:{_KIND}?(?:algorithm|chatbot|model|assistant|agent|tool|software)"
        rf"|{_KIND}(?:platform|system)),? "
        rf"(?:called|named|dubbed|known as) (?P<names>{_NAME})"
    ),
]


def models_named_by_kind(view: ArticleView) -> list[Mention]:
    """Unknown names the text gives a product's kind or maker: "the chatbot Tessa",
    "image generators Harlow and Pixelmoor", "developer of Harlow", "which developed
    the chatbot Tessa". Not a known name of another type, not a person ("fashion
    models Gigi ..."), and not the subject of a relative clause ("the model Acme
    released")."""
    text, gaz = view.text, view.gaz
    found: list[Mention] = []
    for rx in _NAMED_BY_KIND:
        for m in rx.finditer(text):
            names = m.group("names")
            for part in re.finditer(r"[^,]+", re.sub(r",? (?:and|or) ", ", ", names)):
                # the name ends with its sentence ("... Tessa. Tessa was ..."); an owner
                # before it is not part of it ("Acme's Tessa")
                name = trim_name(re.split(r"\.\s", part.group(0).strip())[0])
                name = re.sub(r"^[A-Z][\w&-]*['\u2019]s ", "", name)
                if not name:
                    continue
                s0 = m.start("names") + names.index(name, part.start())
                if s0 < m.start("names"):
                    continue
                entry = gaz.lookup(name)
                if (entry is not None and entry.type != "Model") or fold(name) in gaz.non_entities:
                    continue
                if name.split()[0] in ("The", "A", "An", "This", "Its", "In", "On"):
                    continue
                if view.first_name_of_person(s0, s0 + len(name.split()[0])):
                    continue
                if (
                    _relative_clause_subject(view, s0)
                    or NOT_MODEL_AFTER.match(text, s0 + len(name))
                    or _names_other_goods(view, s0 + len(name))
                ):
                    continue
                found.append(Mention(s0, s0 + len(name), name, "Model", "def", weight=10))
    return found


def _relative_clause_subject(view: ArticleView, start: int) -> bool:
    """Whether the word at ``start`` is the subject of a relative clause ("the model
    Acme released")."""
    tok = token_at(view.doc, start)
    while tok is not None and tok.dep_ == "compound":
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl"


def models_by_size(view: ArticleView) -> list[Mention]:
    """A name written with its parameter count ("Zephyr-7B", "Lumen-3-70B-Instruct"):
    only models are sized so."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in _SIZED_MODEL.finditer(text):
        name = m.group("name")
        head = gaz.lookup(re.split(r"[- ]", name)[0])
        if head is not None and head.type not in ("Model",):
            continue  # "Nvidia 7B": a known non-model name
        if gaz.lookup(name) is not None or fold(name) in gaz.non_entities:
            continue
        if len(re.split(r"[- ]", name)[0]) < 2 or NOT_MODEL_AFTER.match(text, m.end()):
            continue  # "H-1B visas": a letter and a number, a visa's name
        cands.append(Mention(m.start(), m.end(), name, "Model", "def", weight=5))
    return cands


def product_names(view: ArticleView) -> list[Mention]:
    """ "<its|their|the|X's> Name Words framework/model": "its Orion framework", "the
    Atlas Nova model", "the startup's new Aurora v2 model"."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in re.finditer(
        r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)|['\u2019]s)\s+(?:(?:new|latest|flagship|upcoming)\s+)?"
        r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+v?\d+(?:\.\d+)*[a-z]?)?)\s+"
        r"(?:(?:large|small|multimodal|open-source|open-weight|frontier|foundation|"
        r"language|reasoning|coding|vision|image|video|speech|voice|embedding|AI)\s+){0,3}(\w+)",
        text,
    ):
        first = m.group(1).split()[0]
        if first in gaz.by_form or any(first.startswith(f) for f in gaz.families):
            continue
        if fold(m.group(1)) in gaz.non_entities or m.group(1).isupper():
            continue
        if fold(m.group(1)) in gaz.places or (
            " " not in m.group(1)
            and any(
                a <= m.start(1) < b and label in ("NORP", "LANGUAGE")
                for a, b, label in view.ner_spans
            )
        ):
            continue  # "the Slovenian model", "the German system": a people or a place
        # a company's own "assistant" or "agent" is its product ("its Lumio assistant");
        # after "the" or a person's name it may be a person's helper
        owned = re.match(r"(?:[Ii]ts|[Tt]heir)\s", m.group(0)) is not None
        strong_head = m.group(2) in ("model", "models", "LLM", "chatbot") or (
            owned and m.group(2) in ("assistant", "agent")
        )
        if m.group(2) in MODEL_HEAD_NOUNS and (len(m.group(1).split()) >= 2 or strong_head):
            cands.append(Mention(m.start(1), m.end(1), m.group(1), "Model", "def"))
    return cands


# what is done to or said of a product, never of a person: "released Maya", "using
# Maya", "retrained Maya", "its assistant Maya"; "Maya's responses", "the Maya
# chatbot", "Maya was trained on", "took Maya offline"
_PRODUCT_BEFORE = re.compile(
    r"\b(?:released|launched|unveiled|debuted|using|uses|used|(?:re)?train(?:ed|s)?|"
    r"fine-tuned|deployed|jailbr(?:oke|eak|eaking)|downloaded|installed|rolled out|"
    r"shut down|upgraded|open-sourced|prompted|integrated|[Ss]ubscribers (?:to|of)|"
    r"which makes|chat(?:ting|ted)? with|[Uu]sers of|a version of|"
    r"(?:its|their) (?:new |latest |own )?(?:AI )?(?:assistant|chatbot|bot|agent|app))\s+$"
)
_PRODUCT_AFTER = re.compile(
    r"^(?:['\u2019]s (?:answers?|responses?|outputs?|replies|training data|weights|"
    r"capabilities|hallucinations?|system prompt|context window|accuracy|"
    r"safety filters?|guardrails|creators|developers|makers?)\b|"
    r" (?:chatbot|assistant|app|model|bot|agent|users)\b|"
    r" (?:is|was) (?:powered by|built on|developed by|built by|available to)\b|"
    r" (?:was|were|is|has been|had been|would be|will be) (?:trained|fine-tuned|deployed|"
    r"released|launched|taken offline|shut down|rolled out|updated)\b|"
    r" (?:offline|went offline|hallucinat(?:ed|es)|runs on)\b)"
)


def products_named_like_people(view: ArticleView, kept: list[Mention]) -> None:
    """Retype, in place, a one-word "person" the article treats as a product: released,
    used or retrained, with "responses" or "outputs" of its own ("Orbit
    released Maya ... Maya's responses were false"): an AI assistant with a given name.
    A person's name in full anywhere in the article keeps it a person, and a word that
    is the subject of "say" anywhere ("Quorvane said") is a maker, no product."""
    text, gaz = view.text, view.gaz
    by_word: dict[str, list[Mention]] = {}
    for m in kept:
        if m.type == "Person" and m.entry is None and " " not in m.text:
            by_word.setdefault(m.text, []).append(m)
    in_full = {
        w
        for m in kept
        if m.type == "Person" and " " in m.text and not _headline_verb_and_name(view, m)
        for w in m.text.split()
    }
    # "Lumio Labs said ... Lumio's output": the organisation's short name, no product
    org_starts = {m.text.split()[0] for m in kept if m.type == "Organization" and " " in m.text}
    for word, ms in by_word.items():
        if word in in_full or word in org_starts or gaz.lookup(word) is not None:
            continue
        if any(_word_before(text, m.start) in TITLE_WORDS | HONORIFICS for m in ms):
            continue  # "President Reagan": a title is a person's
        if any(_says(view, k) for k in kept if k.text == word):
            continue  # "Quorvane's safety filter ... Quorvane said": a maker, who speaks
        if any(
            # "using Reagan's vocabulary" uses the vocabulary, not Reagan
            (
                _PRODUCT_BEFORE.search(text[max(0, m.start - 30) : m.start])
                and not re.match(r"['\u2019]s?\b", text[m.end : m.end + 2])
            )
            or _PRODUCT_AFTER.match(text[m.end : m.end + 30])
            for m in ms
        ):
            for m in ms:
                m.type, m.source, m.weight = "Model", "def", 10
            _makers_are_organizations(text, kept, ms, gaz)


def _says(view: ArticleView, m: Mention) -> bool:
    """Whether mention ``m`` is the subject of "say" or of a verb of opposition ("Quorvane
    said ...", "Velmora rejected claims that its chatbot ..."): a chatbot tells, it does
    not answer charges."""
    tok = token_at(view.doc, m.start)
    return (
        tok is not None
        and tok.dep_ == "nsubj"
        and (tok.head.lemma_ == "say" or tok.head.lemma_.lower() in opposition_lexicon().verbs)
    )


# what a made-up performer or persona is called, next to its person-like name: any of
# these kinds after a word that says it is made ("AI-generated", "virtual"), and the
# kinds no person is after a bare "AI" or "digital" ("AI actress", "digital avatar";
# not "AI researcher", "AI influencer" or "digital creator", who are people)
_PERSONA_KIND = (
    r"(?:(?:AI-generated|AI-created|AI-powered|synthetic|computer-generated|virtual)[ -]"
    r"[\"“‘']?(?:news )?(?:actress|actor|performer|singer|rapper|band|musician|newsreader|"
    r"anchor|presenter|host|character|persona|creation|star|talent|influencer|avatar|idol|"
    r"model|human|girlfriend|boyfriend|companion|clone|twin|employee|worker|candidate|"
    r"minister|politician)"
    r"|(?:AI|digital)[ -][\"“‘']?(?:actress|actor|performer|singer|rapper|band|newsreader|"
    r"character|persona|creation|avatar|idol|girlfriend|boyfriend|companion|clone|twin))"
    r"s?[\"”’']?"
)
_PERSONA_BEFORE = re.compile(rf"\b{_PERSONA_KIND},? $")
_PERSONA_AFTER = re.compile(
    rf"^(?:,? (?:is |was )?(?:a|an|the)(?: [\w-]+){{0,2}}? [\"“‘']?{_PERSONA_KIND}\b"
    r"| (?:is|was) not (?:a )?real(?: (?:person|woman|man|human))?\b)"
)


def synthetic_personas(view: ArticleView, kept: list[Mention]) -> None:
    """Retype, in place, a "person" the article calls a made-up performer or persona
    ("AI actress Lyra Castellan", "Kai Mercer, the virtual news anchor"): a product,
    with every mention of its name and of its last word."""
    text = view.text
    found: set[str] = set()
    for m in kept:
        if m.type != "Person" or m.entry is not None or " " not in m.text:
            continue
        if _PERSONA_BEFORE.search(text[max(0, m.start - 60) : m.start]) or _PERSONA_AFTER.match(
            text[m.end : m.end + 80]
        ):
            found.add(m.text)
    if not found:
        return
    surnames = {name.split()[-1] for name in found}
    for m in kept:
        if m.type == "Person" and m.entry is None and (m.text in found or m.text in surnames):
            m.type, m.source, m.weight = "Model", "def", 10


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1] if words else ""


def _headline_verb_and_name(view: ArticleView, m: Mention) -> bool:
    """Whether the two-word "person" ``m`` is a dictionary word opening a sentence and
    a name ("Meet Maya", "Ask Maya"), written so once: no full name of anybody."""
    first = m.text.split()[0]
    tok = token_at(view.doc, m.start)
    return (
        len(m.text.split()) == 2
        and tok is not None
        and tok.is_sent_start
        and first.lower() in view.english
        and view.text.count(m.text) == 1
    )


def _makers_are_organizations(
    text: str, kept: list[Mention], products: list[Mention], gaz: Gazetteer
) -> None:
    """Who owns or launches a product ("Quorvane's Maya", "Quorvane launches Maya") is
    its maker, an organisation: an unknown name the tagger called a person becomes one,
    and one it called a place (or missed) is added."""
    for p in products:
        m = MODEL_OWNER.search(text, max(0, p.start - 40), p.start) or MODEL_LAUNCHER.search(
            text, max(0, p.start - 60), p.start
        )
        if m is None:
            continue
        name = m.group(1)
        if (
            gaz.lookup(name) is not None
            or fold(name) in gaz.places | gaz.non_entities | gaz.stopwords
        ):
            continue
        held = [o for o in kept if o.start <= m.start(1) < o.end]
        for o in held:
            if o.type == "Person" and o.entry is None and o.text == name:
                o.type, o.source, o.weight = "Organization", "def", 5
        if not held:
            kept.append(Mention(m.start(1), m.end(1), name, "Organization", "def", weight=5))
    kept.sort(key=lambda k: k.start)
