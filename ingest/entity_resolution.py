"""Mentions grouped into the article's entities, and each entity's type voted.

Short forms join a full form (a person's last name, an organisation name without its
``AI``/``Labs`` suffix or with words left out, a defined acronym, a standalone model
variant word, a model name without its size), spellings of one model merge (``GPT
4.1``/``GPT-4.1``), renames merge (``X (formerly Twitter)``, ``Bard, now called Gemini``:
the new name names the entity, the old one is an alias), and each group's type is voted
(gazetteer and patterns outvote NER; a stated apposition outvotes both).  A one-word
person needs a full name, a stated role or two NER readings.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ingest.entity_lexicon import (
    ABBREVIATED_LEGAL_FORMS,
    INSTITUTION_HEADS,
    KIND_BY_NAME_HEAD,
    LEGAL_FORMS,
    NATIONAL_PREFIXES,
    ORG_SUFFIXES,
    PUBLICATION_WORDS,
)
from ingest.entity_model import TYPE_RANK, Entity, Mention
from ingest.gazetteer import GazEntry, Gazetteer, fold


def _aliases_of_longer_names(mentions: list[Mention]) -> None:
    """A known model's short alias that ends a longer model name the article gives
    ("R1" where the article is about the "Rabbit R1", not DeepSeek's R1) is that longer
    name's short form: its mentions join the longer name's entity (in place)."""
    longer = {m.text for m in mentions if m.type == "Model" and len(m.text.split()) > 1}
    for m in mentions:
        if m.entry is None or m.type != "Model" or m.text == m.entry.name:
            continue
        owner = next(
            (
                name
                for name in sorted(longer)
                if name.endswith(" " + m.text) and fold(name) not in _names_of(m.entry)
            ),
            None,
        )
        if owner is not None:
            m.entry = None
            m.key = f"def:{owner}"


def _names_of(entry: GazEntry) -> set[str]:
    """The folded names of a gazetteer entry."""
    return {fold(entry.name), *(fold(a) for a in entry.aliases)}


def resolve(
    mentions: list[Mention], gaz: Gazetteer, english: frozenset[str] = frozenset()
) -> list[Entity]:
    """Group mentions into entities (short forms to full forms) and vote types;
    ``english`` is the dictionary that tells a name from a word ("News Corp." keeps its
    legal form: "News" alone is a word)."""
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

    _aliases_of_longer_names(mentions)

    # pass 1: gazetteer hits, patterns, long forms and multi-word names
    pending = []
    for m in mentions:
        if m.entry is not None:
            add(fold(m.entry.name), m.entry.name, m, 100)
        elif m.key.startswith("def:"):
            pending.append(m)
        elif m.source == "pattern" and m.text.split()[0] in gaz.standalone_variants:
            pending.append(m)  # "Sonnet", "Opus 4": a variant said without its family
        elif m.source == "pattern" or len(m.text.split()) > 1:
            add(fold(m.text), m.text, m, TYPE_RANK[m.source])
        else:
            pending.append(m)

    # pass 2: short forms join the full form they abbreviate; an acronym the article
    # defines once ("Young Americans for Freedom (YAF)") is that name wherever it recurs
    long_forms = {
        id(m): _entity_named(entities, fold(m.key[4:])) for m in pending if m.key.startswith("def:")
    }
    defined = {m.text: t for m in pending if (t := long_forms.get(id(m))) is not None}
    renamed_models = frozenset(
        fold(m.alias_of) for m in mentions if m.alias_of and m.type == "Model"
    )
    said_alone: dict[str, list[int]] = {}  # where each short name stands alone
    for m in pending:
        said_alone.setdefault(m.text, []).append(m.start)
    for m in pending:
        target = long_forms.get(id(m))
        if target is not None:
            add(target, entities[target].name, m, 0)
            continue
        key = defined.get(m.text) or _short_form_target(
            m, entities, gaz.given_names, renamed_models, english, said_alone
        )
        if key is not None:
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
    typed = {k: _entity_type(e, votes.get(k)) for k, e in entities.items()}
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        etype = typed[key]
        fits = [
            k
            for k, o in entities.items()
            if k != key and typed.get(k) == etype and _part_of_name(ent.name, o.name, etype)
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # an organisation named with its country in front ("the U.S. Federal Trade
    # Commission" beside "the Federal Trade Commission", "the FTC") is that organisation;
    # only a nation's abbreviation, since "California Department of Justice" is not
    # the federal one
    for key in [k for k in entities if typed.get(k) == "Organization"]:
        ent = entities.get(key)
        first, _, rest = ent.name.partition(" ") if ent is not None else ("", "", "")
        if first not in NATIONAL_PREFIXES or len(rest.split()) < 2:
            continue
        dst = _entity_named(entities, fold(rest))
        if dst is not None and dst != key and typed.get(dst) == "Organization":
            _merge_entities(entities, votes, key, dst)
        elif dst is None and ent is not None and ent.entry is None:
            known = gaz.lookup(rest)
            if (
                known is not None
                and known.type == "Organization"
                # (not another nation's body: "U.S. AI Safety Institute" is no "UK AI
                # Security Institute", whose alias "AI Safety Institute" it holds)
                and known.name.partition(" ")[0] not in NATIONAL_PREFIXES
            ):
                # "the U.S. Securities and Exchange Commission" alone: the known body
                ent.entry, ent.name = known, known.name

    # a model written with spaces for hyphens or the other way round ("GPT 3.5 Turbo"
    # for GPT-3.5 Turbo): one name, when exactly one other entity has that spelling
    for key in [k for k in entities if typed.get(k) == "Model"]:
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        squashed = _squashed(ent.name)
        fits = [
            k
            for k, o in entities.items()
            if k != key
            and typed.get(k) == "Model"
            and any(_squashed(m.text) == squashed for m in o.mentions)
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # one person under a short and a long first name ("Jon Berg" and "Jonathan Berg"),
    # or under two spellings of it ("Aleksandr Volkov" and "Alexander Volkov", one of
    # them no common given name), when no other person of the article has that surname;
    # before a surname alone joins a full name, so that "Volkov" then finds one
    people = [k for k, e in entities.items() if _entity_type(e, votes.get(k)) == "Person"]
    for key in people:
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        same_surname = [
            k
            for k in people
            if k != key
            and k in entities
            and len(entities[k].name.split()) == len(ent.name.split()) >= 2
            and entities[k].name.split()[-1] == ent.name.split()[-1]
        ]
        if len(same_surname) != 1:
            continue
        other = entities[same_surname[0]]
        mine, theirs = ent.name.split()[0], other.name.split()[0]
        # (not a feminine form: "Daniel" and "Danielle", "Paul" and "Paula" are two)
        shortened = (
            len(mine) >= 3
            and mine != theirs
            and theirs.startswith(mine)
            and theirs[len(mine) :] not in _FEMININE_ENDINGS
        )
        respelled = _spelled_alike(mine, theirs, gaz) and other.first < ent.first
        if shortened or respelled:
            _merge_entities(entities, votes, key, same_surname[0])

    # a person's surname with a particle or after a name suffix ("Van Keulen" for Susan
    # van Keulen, "Kennedy" for Robert F. Kennedy Jr., "Gonzalez Rogers" for Yvonne
    # Gonzalez Rogers) joins the full name, when exactly one person fits
    people = [k for k, e in entities.items() if _entity_type(e, votes.get(k)) == "Person"]
    for key in people:
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        fits = [
            k
            for k in people
            if k != key and k in entities and _surname_of(ent.name, entities[k].name)
        ]
        if len(fits) == 1:
            _merge_entities(entities, votes, key, fits[0])

    # one person with and without a middle initial ("Donald J. Trump" and "Donald Trump"),
    # when exactly one person of the article fits
    for key in people:
        ent = entities.get(key)
        if ent is None or ent.entry is not None:
            continue
        parts = ent.name.split()
        if len(parts) != 3 or not re.fullmatch(r"[A-Z]\.", parts[1]):
            continue
        plain = [
            k
            for k in people
            if k != key and k in entities and entities[k].name.split() == [parts[0], parts[2]]
        ]
        if len(plain) == 1:
            _merge_entities(entities, votes, key, plain[0])

    # a publication's short name joins its full name in the article ("the Times" for The
    # New York Times, "the Journal" for The Wall Street Journal), when exactly one fits
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or _entity_type(ent, votes.get(key)) != "Organization":
            continue
        short = re.sub(r"^The ", "", ent.name)
        if " " in short or short not in PUBLICATION_WORDS:
            continue
        fits = [
            k
            for k, o in entities.items()
            if k != key
            and _entity_type(o, votes.get(k)) == "Organization"
            # ("The Times" for "Corran Times": more words than the short name itself)
            and len(o.name.split()) > len(short.split())
            and o.name.split()[-1] == short
        ]
        # (of several, the one the article names most: "The New York Times" beside one
        # mention of the Financial Times)
        counts = sorted((len(entities[k].mentions) for k in fits), reverse=True)
        if len(fits) == 1 or (fits and counts[0] > counts[1]):
            most = max(fits, key=lambda k: len(entities[k].mentions))
            _merge_entities(entities, votes, key, most)

    # a company named once with its legal form ("Nimbus Labs Inc.", "Amazon.com Inc.")
    # is the company the article names without it
    for key in list(entities):
        ent = entities.get(key)
        if ent is None or _entity_type(ent, votes.get(key)) != "Organization":
            continue
        bare = _without_legal_form(ent.name)
        if bare == ent.name:
            continue
        dst = next(
            (
                k
                for k, o in entities.items()
                if k != key
                and _entity_type(o, votes.get(k)) == "Organization"
                and bare in (o.name, *(m.text for m in o.mentions))
            ),
            None,
        )
        if dst is not None:
            _merge_entities(entities, votes, key, dst)
        elif ent.entry is None and _bare_name_stands(ent.name, bare, gaz, english):
            ent.name = bare  # "Quorvane Inc." alone: Quorvane, the legal form an alias

    # one organisation under two spellings ("Halvern.ai" and "Halvern AI", "QuorvaneAI"
    # and "Quorvane AI"): the first named keeps its name (one the gazetteer knows first)
    orgs = sorted(
        (k for k, e in entities.items() if _entity_type(e, votes.get(k)) == "Organization"),
        key=lambda k: (entities[k].entry is None, entities[k].first),
    )
    written: dict[str, str] = {}  # a spelling squeezed -> the entity first so written
    for k in orgs:
        ent = entities[k]
        known = ent.entry.aliases if ent.entry is not None else ()
        forms = {_squeezed(t) for t in (ent.name, *known, *(m.text for m in ent.mentions))}
        forms.discard("")
        dst = next((written[f] for f in forms if f in written), None)
        if dst is not None and dst in entities:
            _merge_entities(entities, votes, k, dst)
            forms |= {f for f, d in written.items() if d == dst}
        for f in forms:
            written.setdefault(f, dst or k)

    # one model under two spellings ("GPT-4 Turbo", "GPT 4 Turbo"; "the Make Design
    # feature" for Make Designs); a family name alone ("Claude") stays apart from the one
    # model of the family named ("Claude 3.5 Sonnet replaced Claude"), although the
    # article may mean the same model by both
    models = [k for k, e in entities.items() if _entity_type(e, votes.get(k)) == "Model"]
    spelled: dict[str, str] = {}
    for k in models:
        squeezed = re.sub(r"[\s_-]+", "", k)
        if squeezed in spelled:
            _merge_entities(entities, votes, k, spelled[squeezed])
        else:
            spelled[squeezed] = k
    for k in [k for k in models if k in entities and " " in k]:
        plural = spelled.get(re.sub(r"[\s_-]+", "", k) + "s")
        if plural is not None and plural in entities:
            _merge_entities(entities, votes, k, plural)  # "Make Design" for Make Designs

    # type vote and aliases
    for key, ent in entities.items():
        if ent.entry is not None:
            ent.type = ent.entry.type
            ent.kind = ent.entry.kind
        elif votes.get(key):
            ent.type = votes[key].most_common(1)[0][0]
            bare_ner = all(
                m.source == "ner" and not m.weight for m in ent.mentions if m.type == "Person"
            )
            if (
                ent.type == "Person"
                and len(ent.name.split()) == 1
                and bare_ner
                and (
                    (
                        votes[key]["Organization"] >= votes[key]["Person"]
                        and all(m.source == "ner" for m in ent.mentions)
                    )
                    # ("Kestrel said ... Daniel Ortiz, Kestrel's head of compliance"):
                    # what only an organisation has outweighs the NER's guesses
                    or any(m.source == "def" and m.type == "Organization" for m in ent.mentions)
                )
            ):
                # a single word the NER reads as a person as often as a context rule
                # finds it standing as a party ("Velmora said ... a company spokesperson
                # said"), with no full name anywhere: a person would be introduced by one
                # (a tie is read as a person without this)
                ent.type = "Organization"
        if not ent.type:
            ent.type = "Organization"
        if ent.type == "Organization" and ent.kind is None:
            stated = next((m.kind for m in ent.mentions if m.kind), None)
            ent.kind = stated or KIND_BY_NAME_HEAD.get(_name_head(ent.name), "company")
        forms = []
        for m in ent.mentions:
            if m.text != ent.name and m.text not in forms:
                forms.append(m.text)
        if ent.entry is not None and ent.entry.name not in (ent.name, *forms):
            forms.append(ent.entry.name)  # the former name a rename folded in: once
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


def _name_head(name: str) -> str:
    """The word an organisation's name is headed by: the last one, or the one before
    "of" ("American College of Radiology" is a college, "Lakeview University" a
    university)."""
    words = name.split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1].rstrip(",")
    return words[-1] if words else ""


def _entity_type(ent: Entity, vote: Counter[str] | None) -> str:
    if ent.entry is not None:
        return ent.entry.type
    return vote.most_common(1)[0][0] if vote else ent.type


def _without_legal_form(name: str) -> str:
    """``name`` without a trailing legal form ("Inc.", "Corp.", "GmbH") and a ".com"
    before it ("Amazon.com Inc." is Amazon)."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(",") in LEGAL_FORMS:
        words = words[:-1]
    bare = " ".join(words).rstrip(",")
    return bare[:-4] if bare.endswith(".com") and words != name.split() else bare


def _bare_name_stands(name: str, bare: str, gaz: Gazetteer, english: frozenset[str]) -> bool:
    """Whether ``bare`` (``name`` less its legal form) names the company by itself: the
    form was an abbreviation ("Inc.", "LLC"; "Corporation" is often part of the name),
    and what is left is no lone word or place ("News Corp.", "America Inc.")."""
    form = name[len(bare) :].strip(" ,")
    if form not in ABBREVIATED_LEGAL_FORMS or bare.endswith(("&", " and")):
        return False
    words = bare.split()
    return len(words) > 1 or (
        fold(bare) not in english and fold(bare) not in gaz.places | gaz.stopwords
    )


# what turns a given name into another one ("Daniel" -> "Danielle", "Eric" -> "Erica")
_FEMININE_ENDINGS = frozenset({"a", "e", "le", "lle", "ne", "na", "ette", "ina", "ine", "ia"})


def _spelled_alike(a: str, b: str, gaz: Gazetteer) -> bool:
    """Whether two first names are spellings of one ("Aleksandr", "Alexander"): alike in
    most letters, five letters or more, and not both common given names ("Daniel" and
    "Danielle" are two)."""
    if min(len(a), len(b)) < 5 or a == b or (a in gaz.given_names and b in gaz.given_names):
        return False
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75


def _squeezed(name: str) -> str:
    """A name without a leading "The" and anything but its letters and digits ("F.T.C."
    is "ftc", "Halvern.ai" is "halvernai", "The Halvern Gazette" is "halverngazette")."""
    return re.sub(r"[\W_]+", "", fold(re.sub(r"^[Tt]he ", "", name)))


def _squashed(name: str) -> str:
    """A model name without its spaces, hyphens and underscores ("gpt3.5turbo")."""
    return re.sub(r"[\s_-]+", "", fold(name))


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
    if 1 < len(sw) < len(lw) and lw[: len(sw)] == sw and lw[len(sw)] in ("for", "of"):
        return True  # "the Quillan Institute" for "the Quillan Institute for Robot Safety"
    if (
        1 < len(sw) < len(lw)
        and sw[-1] in INSTITUTION_HEADS
        and any(lw[i : i + len(sw)] == sw for i in range(1, len(lw) - len(sw) + 1))
    ):
        # "the Chancery Court" for "the Delaware Chancery Court", "the District Court"
        # for "the U.S. District Court for the Southern District of New York"
        return True
    if len(sw) >= len(lw) or sw[-1] != lw[-1]:
        return False
    if len(sw) == 1:
        return sw[0] in INSTITUTION_HEADS  # "the Commission"
    # the words in order, same first and last ("Safety Committee")
    if sw[0] != lw[0]:
        return False
    it = iter(lw)
    return all(w in it for w in sw)


def _short_form_target(
    m: Mention,
    entities: dict[str, Entity],
    given_names: set[str],
    renamed_models: frozenset[str] = frozenset(),
    english: frozenset[str] = frozenset(),
    said_alone: dict[str, list[int]] | None = None,
) -> str | None:
    """The entity whose full name ``m`` abbreviates, if exactly one fits
    (``renamed_models``: the keys of the names models were renamed to; ``english``: the
    dictionary, whose words describe a company's trade after its name; ``said_alone``:
    where each short name stands alone)."""
    alone = (said_alone or {}).get(m.text, [])
    word = m.text
    hits = []
    for key, ent in entities.items():
        parts = ent.name.split()
        if len(parts) < 2:
            continue
        if (
            (ent.type == "Person" and (parts[-1] == word or "-".join(parts[-2:]) == word))
            # "Pliny" for "Pliny the Liberator": a one-name person the article also
            # names in full
            or (ent.type == "Person" and m.type == "Person" and parts[0] == word)
            # "Liang" for Liang Wenfeng: a family name written first, which the NER may
            # take for an organisation (a given name, "Daniel" alone, stays apart)
            or (
                ent.type == "Person"
                and len(parts) == 2
                and parts[0] == word
                and m.source == "ner"
                and word not in given_names
            )
            # "Elon's latest lawsuit" (in a quotation) for Elon Musk: a given name the NER
            # took for an organisation, which no given name is
            or (
                ent.type == "Person"
                and parts[0] == word
                and m.source == "ner"
                and m.type == "Organization"
                and word in given_names
            )
            or (
                ent.type == "Organization"
                and parts[0] == word
                and all(p in ORG_SUFFIXES for p in parts[1:])
                and _introduced_by_full_name(ent, alone)
            )
            or (
                ent.type == "Organization"
                and parts[-1] == word
                and len(parts) - (parts[0] == "The") == 2
                # ("Herald publisher Jane Roe" for the Halvern Herald: the NER's guess at a
                # paper's last word)
                and (m.source != "ner" or word in PUBLICATION_WORDS)
            )
            or (
                ent.type == "Model"
                and m.type == "Model"
                and (
                    parts[-1] == word
                    or (parts[0] == word and ent.entry is None)
                    # "Opus 4" for "Claude Opus 4": the variant and its version
                    or (" " in word and " ".join(parts[-len(word.split()) :]) == word)
                )
            )
            # "Castellan" for the AI actress Lyra Castellan: a persona's surname
            or (
                ent.type == "Model"
                and m.type == "Person"
                and ent.entry is None
                and len(parts) == 2
                and parts[-1] == word
            )
        ):
            hits.append(key)
    if not hits and m.entry is None and (
        m.type in ("Organization", "") or (m.type == "Person" and m.source == "ner")
    ):
        # "Stratus" for "Stratus Cloud": the first word of an unknown two-word company,
        # said alone, when nothing else fits (also where the NER guessed a person:
        # "Kestrel said" after "Kestrel Dynamics")
        hits = [
            key
            for key, ent in entities.items()
            if ent.type == "Organization"
            and ent.entry is None
            and (
                len(ent.name.split()) == 2
                # "Corran" for "Corran Media Group": three words, the last a legal or
                # corporate suffix
                or (
                    len(ent.name.split()) == 3
                    and ent.name.split()[-1] in ORG_SUFFIXES
                    and m.type != "Person"
                    and word not in given_names  # ("Hillary" is no Hillary Clinton Foundation)
                )
            )
            and ent.name.split()[0] == word
            # (not a model's new name: "its chatbot Pilot, now called Quorvane Assist"
            # beside the company "Quorvane")
            and key not in renamed_models
            # (nor "Lumio Intelligence" after "Lumio" alone, as the suffix rule above)
            and (ent.name.split()[-1] not in ORG_SUFFIXES or _introduced_by_full_name(ent, alone))
        ]
    if not hits and m.entry is None and m.type in ("Organization", ""):
        # "Halvern" for "Halvern Health Insurance", when no shorter name fits: three
        # words, the last two its trade in dictionary words
        hits = [
            key
            for key, ent in entities.items()
            if ent.type == "Organization"
            and ent.entry is None
            and len(ent.name.split()) == 3
            and ent.name.split()[0] == word
            and all(w.lower() in english for w in ent.name.split()[1:])
            and word not in given_names
        ]
    if len({fold(_without_legal_form(entities[k].name)) for k in hits}) == 1 < len(hits):
        # "Brontal" for "Brontal Robotics", also written "Brontal Robotics Corp.": one
        # company with and without its legal form
        hits = [min(hits, key=lambda k: len(entities[k].name))]
    return hits[0] if len(hits) == 1 else None


def _introduced_by_full_name(ent: Entity, alone: list[int]) -> bool:
    """Whether the article names ``ent`` in full before its first word stands alone
    more than once (``alone``: where it does): "Lumio ... complained to Lumio ...
    generated by Lumio Intelligence" names the company alone in its headline and its
    text, so the longer name is a product named after it."""
    return sum(start < ent.mentions[0].start for start in alone) < 2


def _entity_named(entities: dict[str, Entity], form: str) -> str | None:
    """The key of the entity named ``form`` (folded): by its key, else by one of its
    mentions, less a leading "The" ("The Democratic National Committee" at a
    sentence's start)."""
    if form in entities:
        return form
    return next(
        (
            k
            for k, e in entities.items()
            if any(re.sub(r"^the ", "", fold(m.text)) == form for m in e.mentions)
        ),
        None,
    )
