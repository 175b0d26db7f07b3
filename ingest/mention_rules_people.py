"""People the gazetteer does not list, found by what the text says about them: a role
("spokesperson Jane Roe", "Jane Roe, a fellow at Acme"), a pronoun referring back
("Roe said she ..."), "Jane Roe, who ..." (and "Pliny, who ..."), a name that speaks
("Emeka Obi told Reuters", "according to Rafael de la Cruz"; a surname that speaks finds
its full name elsewhere), a list after a plural noun for people ("three authors, X, Y
and Z"), a byline ("By Jane Roe", "Jane Roe · May 12, 2025"), a photo credit ("Photo by
Jane Roe/AFP") or a handle ("user @jroe"); then their bare last names anywhere in the
article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ingest.entity_lexicon import (
    CLAUSE_OPENERS,
    COLLECTIVE_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTION_HEADS,
    NAME_PARTICLES,
    NOT_ORG_WORDS,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PUBLICATION_WORDS,
    SENTENCE_ADVERBS,
    TITLE_WORDS,
    TRADE_SUFFIXES,
)
from ingest.entity_model import Mention
from ingest.entity_patterns import (
    BUSINESS_KINDS,
    BYLINE,
    BYLINE_MORE,
    HANDLE,
    ORG_FOLLOWS,
    ORG_HEAD_NOUNS,
    ORG_KIND_WORD,
    PERSON_AFTER_OTHER_ROLE,
    PERSON_BY_OTHER_ROLE,
    PERSON_BY_ROLE,
    PERSON_LIST,
    PERSON_NAME,
    PERSON_WHO,
    WORD_END,
    products_called,
    word_matches,
)
from ingest.gazetteer import Gazetteer, fold
from ingest.mention_checks import (
    ArticleView,
    looks_like_person,
    name_tokens,
    plausible_ner,
    set_off_as_person,
    title_case_line,
    token_at,
    tokens_with_dep,
)
from ingest.opposition_words import lexicon as opposition_lexicon
from ingest.syntax import fronted

# words that open a sentence before a name: "And Marcus Feld, the former ..."
_SENTENCE_OPENER = re.compile(r"(?:And|But|Meanwhile|Also|Then|Yet|So|Still|Now|Plus) ")
# a middle initial and the surname after it: " K. Bannon"
_MIDDLE_INITIAL = re.compile(r" [A-Z]\. [A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?![\w-])")


def people_by_role(view: ArticleView) -> list[Mention]:
    """A person named with a role: "spokesperson Ashley Gabriel", "Jane Roe, a fellow at
    Acme", "co-founder of Acme, Jane Roe,"."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for rx in [*PERSON_BY_ROLE, PERSON_BY_OTHER_ROLE, PERSON_AFTER_OTHER_ROLE]:
        for m in rx.finditer(text):
            name = m.group("name")
            s0 = m.start("name")
            others = (PERSON_BY_OTHER_ROLE, PERSON_AFTER_OTHER_ROLE)
            if rx in others and not looks_like_person(name, gaz):
                continue  # "Street Gym, a student of ...": no person's name
            opener = _SENTENCE_OPENER.match(name)
            if opener is not None and len(name.split()) > 2:
                # "And Marcus Feld, the former Quorvane researcher,": a word that opens
                # the sentence is not the person's
                name, s0 = name[opener.end() :], s0 + opener.end()
            initial = _MIDDLE_INITIAL.match(text, m.end("name"))
            if initial is not None:
                name += initial.group(0)  # "Chairman Stephen K. Bannon": the name goes on
            words = name.split()
            if len(words) > 2 and words[1] in TITLE_WORDS and words[0] not in TITLE_WORDS:
                # "State Senator Jane Roe": past a qualified title the name goes on in full
                rest = PERSON_NAME.match(text, s0 + len(words[0]) + len(words[1]) + 2)
                if rest is not None:
                    name, s0 = rest.group(0), rest.start()
            while name.split()[0] in TITLE_WORDS and len(name.split()) > 2:
                s0 += len(name.split()[0]) + 1  # "professor Emeritus Jane Roe"
                name = name.split(" ", 1)[1]
            if any(w in known or w in ORG_SUFFIXES for w in name.split()) or name in known:
                continue
            if (
                not looks_like_person(name, gaz)
                and any(
                    e.label_ in ("GPE", "LOC") and e.start_char <= s0 < e.end_char for e in doc.ents
                )
                and not _described_as_someone(text, m, s0)
            ):
                continue  # "in San Jose, the plaintiffs' attorney": a place
            if title_case_line(text, s0) or not name_tokens(doc, s0, s0 + len(name)):
                continue  # "Chief AI Scientist Says LLMs Will ...": a headline's words
            cands.append(Mention(s0, s0 + len(name), name, "Person", "def"))
    return cands


# prepositions before a place ("in San Jose, a spokesperson said")
_LOCATIVE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]hroughout|[Aa]round)\s+$"
)


def _described_as_someone(text: str, m: re.Match[str], s0: int) -> bool:
    """Whether a name the NER read as a place is described as someone: "from Orrin
    Vasquez, a professor at ...", not "in San Jose, a spokesperson said" (a place
    after a locative preposition) nor "San Jose, the plaintiffs' attorney"."""
    after = text[m.end("name") : m.end("name") + 5]
    return bool(re.match(r", an? ", after)) and _LOCATIVE.search(text[max(0, s0 - 12) : s0]) is None


def people_referred_back(view: ArticleView) -> list[Mention]:
    """A subject whose clause refers back with he/she/his/her: "Pang said he would
    join", "Okafor wrote in her post" (the NER often misses unfamiliar names)."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for tok in tokens_with_dep(doc, "nsubj"):
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
            first == tok.i
            and tok.ent_type_ == "ORG"
            and any(e.label_ == "PERSON" and e.end <= first for e in tok.sent.ents)
        ):
            # "Jane Roe alleges that Quorvane copied her novels": the pronoun is hers,
            # and the NER's organisation stands
            continue
        found = next(
            (t for t in window if t.lower_ in ("her", "his", "she", "he", "it", "its")), None
        )
        pronoun = found.lower_ if found is not None else None
        if found is not None and _anothers_word_opposed(found, tok):
            continue  # "Velmora disputes her account": the account is someone else's
        if (
            tok.pos_ == "PROPN"
            and not tok.text.isupper()
            # "Velmora said it disagreed with her account": its own pronoun comes first
            and pronoun in ("her", "his", "she", "he")
            and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT")
            and fold(tok.text) not in gaz.places
            and fold(tok.text) not in gaz.non_entities
        ):
            name = doc[first : tok.i + 1].text
            if first < tok.i and (
                any(w in ORG_SUFFIXES for w in name.split())
                or title_case_line(text, doc[first].idx)
            ):
                continue
            start = doc[first].idx
            # a speaker with her own pronoun ("Okafor wrote in her post") is a person
            # even when the article never gives her first name
            said = tok.head.lemma_.lower() in gaz.cues
            cands.append(
                Mention(start, start + len(name), name, "Person", "def", weight=3 if said else 0)
            )
    return cands


def _anothers_word_opposed(pronoun: Token, subject: Token) -> bool:
    """Whether ``pronoun`` owns what ``subject`` opposes ("Velmora disputes her account",
    "Quorvane rejected his claims"): another party's, so no sign of the subject's sex."""
    obj = pronoun.head
    verb = subject.head
    return (
        pronoun.dep_ == "poss"
        and obj.dep_ == "dobj"
        and obj.head == verb
        and verb.lemma_.lower() in opposition_lexicon().verbs
    )


def people_before_who(view: ArticleView) -> list[Mention]:
    """ "Jane Roe, who ...": only people are "who"."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for m in PERSON_WHO.finditer(text):
        name, s0 = m.group("name"), m.start("name")
        while len(name.split()) > 2 and name.split()[0] in TITLE_WORDS:
            s0 += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1]
        entry = gaz.lookup(name)
        if (
            (entry is not None and entry.type != "Person")
            or name.split()[0] in NOT_ORG_WORDS
            or any(w in ORG_SUFFIXES or w in INSTITUTION_HEADS for w in name.split())
            or fold(name) in gaz.non_entities
            or fold(name) in gaz.places
            or not name_tokens(doc, s0, s0 + len(name))
            or re.search(r"\b(?:of|at|for|from|with|by|to) $", text[max(0, s0 - 6) : s0])
            or re.search(r" (?:Software|Studios|Networks|Media|News|Group)$", name)
            or any(
                # a place is no "who"; an unknown two-word name the NER took for one is
                # ("Amara Okafor, who leads ...")
                e.label_ in ("GPE", "LOC", "NORP")
                and e.start_char <= s0 < e.end_char
                and (e.label_ == "NORP" or " " not in name)
                for e in doc.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Person", "def", weight=3))
    # one name alone ("Pliny, who posts jailbreaks, said ..."): a person when nothing
    # else says what it is and the word is never written in lower case
    for m in re.finditer(r"(?<![\w.'’-])(?P<name>[A-Z][a-z][^\W\d_]+), who\b", text):
        name, s0 = m.group("name"), m.start("name")
        span = doc.char_span(s0, s0 + len(name))
        if (
            span is None
            or span[0].pos_ != "PROPN"
            or span[0].ent_type_ not in ("", "PERSON")
            or gaz.lookup(name) is not None
            or name in NOT_ORG_WORDS
            or name in TITLE_WORDS
            or fold(name) in gaz.non_entities
            or fold(name) in gaz.places
            or name.lower() in _lower_words(text)
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Person", "def", weight=3))
    return cands


# labels of NER spans that make a speaking name no person ("Quill Media said")
_NOT_PERSON_LABELS = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT")
_WORD = r"[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]+)?"
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# a place or a backer made a modifier: "Los Angeles-area", "Boston-based", "Kremlin-backed"
_PLACE_MODIFIER = re.compile(r"-(?:area|based|born|backed|led|owned|made|bred|bound)$")
# a given name and a surname, particles between ("Rafael de la Cruz", "Soo-ah Kim")
_SPEAKER_NAME = rf"{_WORD}(?: (?:(?:{_PARTICLE}) ){{0,2}}{_WORD}){{1,3}}"
_NAME_BEFORE_CUE = re.compile(rf"(?P<name>{_SPEAKER_NAME}),?\s+(?:has |had |also |later )?$")
_NAME_AFTER = re.compile(rf"\s*(?P<name>{_SPEAKER_NAME})(?=[,.;:]|\s+(?:of|at|from|who)\b)")


# an organisation's kind right before a name: "the startup ", "the company "
_KIND_BEFORE = re.compile(
    rf"\b(?:{ORG_HEAD_NOUNS}|{BUSINESS_KINDS})(?:,? (?:called|named|dubbed|known as))? $"
)


# what comes before a reporting verb that its speaker follows: a quotation's end or a
# comma ('"...," said X', '... last year, said X')
_INVERTED_CUE = re.compile(r"""[,"\u201d'\u2019]\s*$""")


def people_who_speak(view: ArticleView) -> list[Mention]:
    """A personal name that speaks: written just before a reporting verb ("Emeka Obi told
    Reuters", "In a post on X, Jean-Luc Moreau wrote"), just after one ("said Rafael de la
    Cruz,") or after "according to", as a given name and a surname (two to four
    capitalised words, particles such as "de la" or "van der" between them).  The
    statistical NER misses many names it has not seen or splits them, and the parser
    with it; a company's name does not pass (a corporate or place word in it, a known
    non-person name, or the NER reading all of it as an organisation or place)."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    products = products_called(text)
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in gaz.cues:
            before = text[tok.sent.start_char : tok.idx]
            m = _NAME_BEFORE_CUE.search(before)
            found = (tok.sent.start_char + m.start("name"), m.group("name")) if m else None
            if (
                found is None
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].pos_ == "PROPN"
                # ('"...," said X' or '..., said X'; not "supporting X" or ", calling X",
                # its object)
                and tok.tag_ in ("VBD", "VBZ", "VBP")
                and _INVERTED_CUE.search(before) is not None
            ):
                after = _NAME_AFTER.match(text, tok.idx + len(tok.text))
                found = (after.start("name"), after.group("name")) if after else None
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            after = _NAME_AFTER.match(text, doc[tok.i + 1].idx + 2)
            found = (after.start("name"), after.group("name")) if after else None
        else:
            continue
        if found is None:
            continue
        start, name = found
        if name in products:
            continue  # "the software, called Lumio Screen ... 'Lumio Screen ranks ...'"
        if _KIND_BEFORE.search(text, max(0, start - 30), start):
            # "X, who runs the startup Lumio Apps, posted", "... a group called Save
            # Lumio Water, said": the organisation, no speaker
            continue
        # words before the name: "Acme CEO Jane Roe said", "On Monday Jane Roe said"
        words = name.split()
        cut = max(
            (i + 1 for i, w in enumerate(words) if w in TITLE_WORDS or w in ORG_SUFFIXES),
            default=0,
        )
        start += sum(len(w) + 1 for w in words[:cut])
        words = words[cut:]
        if words and words[0] == "The":
            continue  # "The Halvern Ledger reported": no one is called "The X"
        while len(words) > 2 and (
            words[0].lower() in FUNCTION_WORDS
            or words[0].lower() in CLAUSE_OPENERS  # "As Jane Roe put it"
            or words[0].lower() in gaz.role_nouns  # "Author Jane Roe accused"
            or _dated_or_common_opening(token_at(doc, start) or doc[-1])
        ):
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or not 2 <= len(words) <= 5 or words[0].lower() in NAME_PARTICLES:
            continue
        if words[0].lower() in CLAUSE_OPENERS or _adverb_opening(
            token_at(doc, start) or doc[-1], view
        ):
            # "Where Velmora sees risk", "Today Velmora said": a clause's opener or an
            # adverb and one name, no person
            continue
        if (
            gaz.lookup(name) is not None
            or any(
                gaz.lookup(w) is not None and gaz.lookup(w).type != "Person"  # type: ignore[union-attr]
                for w in words
            )
            or any(
                w in ORG_SUFFIXES
                or w in TRADE_SUFFIXES  # "Corran Retail rejected the report"
                or w in INSTITUTION_HEADS
                or w in PLACE_HEADS
                or w in NOT_ORG_WORDS
                or w in TITLE_WORDS
                or w.lower() in FUNCTION_WORDS
                for w in words
            )
            or fold(name) in gaz.non_entities
            or fold(name) in gaz.places
            or ORG_KIND_WORD.fullmatch(words[0].lower()) is not None  # "Chipmaker Voltera"
            or title_case_line(text, start)
            or words[-1] in COLLECTIVE_HEADS
            or any(t.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM") for t in span)
            or any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") for t in span)
            or span[-1].ent_type_ == "NORP"  # "Half of Vermont Democrats said"
            or any(
                label in _NOT_PERSON_LABELS and a <= start and start + len(name) <= b
                for a, b, label in view.ner_spans
            )
        ):
            continue
        cands.append(Mention(start, start + len(name), name, "Person", "def", weight=3))
    return cands


def full_names_of_speaking_surnames(view: ArticleView) -> list[Mention]:
    """The full name of a person who speaks by surname only ("Obi, who led the study,
    said ..."): the one capitalised given name (and particles) written before that
    surname elsewhere in the article ("Emeka Obi"), which the NER may have missed."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    done: set[str] = set()
    for tok in doc:
        if not (tok.pos_ == "VERB" and tok.lemma_.lower() in gaz.cues):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            subj is None
            or subj.pos_ != "PROPN"
            or any(c.dep_ in ("compound", "flat") for c in subj.children)
            or not re.fullmatch(r"[A-Z][a-z][^\W\d_]+", subj.text)
            or subj.text in done
            or subj.text in PUBLICATION_WORDS  # "The Gazette reported": a newspaper
            or gaz.lookup(subj.text) is not None
            or subj.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC")
        ):
            continue
        done.add(subj.text)
        if not re.search(rf"[^\W\d_] {re.escape(subj.text)}(?![\w-])", text):
            continue  # never written after another word: no full name to find
        full = re.compile(
            rf"(?<![\w-]){_WORD}(?: (?:(?:{_PARTICLE}) ){{0,2}}{_WORD}){{0,2}}"
            rf" (?:(?:{_PARTICLE}) ){{0,2}}{re.escape(subj.text)}(?![\w-])"
        )
        forms: dict[str, list[int]] = {}
        for m in full.finditer(text):
            words = m.group(0).split()
            # "Acme Software CEO Emeka Obi", "Professor Emeka Obi", "On Monday Emeka Obi"
            cut = max(
                (
                    i + 1
                    for i, w in enumerate(words)
                    if w in TITLE_WORDS or w in ORG_SUFFIXES or w in COLLECTIVE_HEADS
                ),
                default=0,
            )
            words = words[cut:]
            if len(words) > 2 and re.search(r"\b(?:[A-Z][a-z]+) of $", text[: m.start()]):
                words = words[1:]  # "Secretary of State Madeleine Albright": the office's word
            first_at = m.end() - len(" ".join(words))
            while words and (
                words[0].lower() in FUNCTION_WORDS
                or words[0].lower() in gaz.role_nouns
                or words[0].lower() in CLAUSE_OPENERS  # "Unlike Obi, ..."
                or _adverb_opening(token_at(doc, first_at) or doc[-1], view)  # "Today Obi"
                # "Per Obi's post", "As Obi put it" (not "Will Obi": a given name)
                or (words[0].lower() in STOP_WORDS and words[0] not in gaz.given_names)
            ):
                first_at += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or any(
                w in ORG_SUFFIXES or w in NOT_ORG_WORDS or _PLACE_MODIFIER.search(w) for w in words
            ):
                continue  # (not "a Los Angeles-area Obi volunteer")
            name = " ".join(words)
            if gaz.lookup(name) is not None or title_case_line(text, m.start()):
                continue
            forms.setdefault(name, []).append(m.end() - len(name))
        if len(forms) != 1:
            continue  # none, or two people of that surname
        [(name, starts)] = forms.items()
        cands.extend(Mention(s0, s0 + len(name), name, "Person", "def", weight=3) for s0 in starts)
    return cands


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (read once per article)."""
    return frozenset(re.findall(r"(?<![\w-])[a-z][a-z'’-]*", text))


def _adverb_opening(tok: Token, view: ArticleView) -> bool:
    """Whether ``tok`` opens its sentence as an adverb that is no given name ("Today",
    "Separately", "Notably"): no first word of a name."""
    word = tok.lower_
    return (
        fronted(tok)
        and tok.text not in view.gaz.given_names
        and (
            tok.pos_ == "ADV"
            or word in SENTENCE_ADVERBS
            or (word.endswith("ly") and word[:-2] in view.english)  # "Notably"
        )
    )


def _dated_or_common_opening(tok: Token) -> bool:
    """Whether ``tok`` opening a speaker's words is a date, a time or a place, or a
    common noun opening the sentence (no part of the name)."""
    return tok.ent_type_ in ("DATE", "TIME", "GPE") or (tok.is_sent_start and tok.pos_ == "NOUN")


def surnames_of_people(view: ArticleView, cands: list[Mention]) -> set[str]:
    """The last names of the people named in full so far (by ``cands`` or the NER):
    "Roe" once the article has named "Jane Roe"."""
    doc, text, gaz = view.doc, view.text, view.gaz
    lasts = {c.text.split()[-1] for c in cands if c.type == "Person" and len(c.text.split()) > 1}
    lasts |= {
        e.text.split()[-1]
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e.text.split()) > 1
        and e.text.split()[-1] not in PLACE_HEADS
        and plausible_ner(e.text, "Person", gaz)
        and not title_case_line(text, e.start_char)
        and not ORG_FOLLOWS.match(text, e.end_char)
        and ORG_KIND_WORD.fullmatch(e[0].lower_) is None  # "Chipmaker Voltera said"
        and e[0].text != "The"  # "The Halvern Ledger reported": no one is "The X"
        # "Brightline Content did not respond": a company's name, no one's surname
        and not (
            e.text.split()[-1] in COLLECTIVE_HEADS
            and e[0].text not in gaz.given_names
            and not set_off_as_person(text, e.end_char, gaz.role_nouns)
        )
    }
    return lasts


def surname_repeats(view: ArticleView, lasts: set[str]) -> list[Mention]:
    """Every whole-word occurrence of a known person's last name ("Roe said")."""
    text, known = view.text, view.known
    cands: list[Mention] = []
    for last in lasts:
        if len(last) < 3 or last in known or last.isupper():
            continue
        for m in word_matches(last, WORD_END, text):
            nxt = re.match(r" (&|[A-Z][\w.]*)", text[m.end() : m.end() + 20])
            if nxt and (nxt.group(1) == "&" or nxt.group(1) in ORG_SUFFIXES | INSTITUTION_HEADS):
                continue  # "Moelis & Company", "the Ford Foundation": a firm named after one
            cands.append(Mention(m.start(), m.end(), last, "Person", "def"))
    return cands


def people_in_lists(view: ArticleView) -> list[Mention]:
    """People listed after a plural noun for people: "three authors, Jane Roe, John Doe
    and Ann Poe", "plaintiffs including Jane Roe and John Doe"."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in PERSON_LIST.finditer(text):
        for part in re.finditer(r"(?:(?!,| and | or ).)+", m.group("list")):
            raw = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
            words = raw.split()
            entry = gaz.lookup(raw)
            if (
                not words
                or words[0] in NOT_ORG_WORDS
                or (entry is not None and entry.type != "Person")
                or fold(raw) in gaz.non_entities
                or fold(raw) in gaz.places
                or any(w in ORG_SUFFIXES or (w in known and w != raw) for w in words)
            ):
                continue
            s0 = m.start("list") + part.start() + part.group(0).index(raw)
            cands.append(Mention(s0, s0 + len(raw), raw, "Person", "def", weight=5))
    return cands


def people_coordinated_with_people(view: ArticleView) -> list[Mention]:
    """A two-word name joined by "and" to a person the NER found ("Hope Adams and Tomas
    Reyes said"): a person too, though its first word is a dictionary word the NER
    passed over; not when the article writes its last word in lower case ("Safety
    Research and Jane Roe", "research" elsewhere), nor a name it knows otherwise."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    lower = _lower_words(text)
    for a, b, label in view.ner_spans:
        if label != "PERSON":
            continue
        found = [
            m
            for m in (
                _NAME_AND.search(text, max(0, a - 40), a),
                _AND_NAME.match(text, b),
            )
            if m is not None
        ]
        for m in found:
            name = m.group("name")
            first, last = name.split()
            if (
                # ("Senators Rubio and Cruz", "Both Bolton and Gorka", "Texas Rep. Roe")
                first.rstrip("s") in TITLE_WORDS
                or first.lower() in STOP_WORDS
                or (first.endswith("ing") and first.lower() in view.english)  # "Chasing"
                or f"{last}." in HONORIFICS | TITLE_WORDS
                or title_case_line(text, m.start("name"))  # "Bolton and Gorka Slam ..."
                or last.lower() in lower
                or last in INSTITUTION_HEADS
                or name in known
                or gaz.lookup(name) is not None
                or fold(name) in gaz.places | gaz.non_entities
                or any(w in ORG_SUFFIXES for w in name.split())
            ):
                continue
            start = m.start("name")
            toks = [token_at(view.doc, start), token_at(view.doc, start + len(first) + 1)]
            if any(t is None or t.pos_ != "PROPN" for t in toks) or (
                toks[1].dep_ == "compound" and toks[1].head.i > toks[1].i
            ):
                # "Chasing Trump and Cruz was Rubio": a verb; "Civil Rights icon X": the
                # words name what the noun after them is
                continue
            cands.append(Mention(start, start + len(name), name, "Person", "def"))
    return cands


# a two-word name right before "and" and a person, or right after one and "and"
_NAME_AND = re.compile(r"(?<![\w.-] )(?<![A-Za-z])(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) and $")
_AND_NAME = re.compile(r" and (?P<name>[A-Z][a-z]+ [A-Z][a-z]+)(?![\w'\u2019-]| [A-Z])")


def byline_authors(view: ArticleView) -> list[Mention]:
    """The article's authors by byline: "By Jane Roe", "ByJane Roe and John Doe",
    "Posted by Jane Roe" (there only a person's given name counts)."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in BYLINE.finditer(text):
        spans = [(m.start("name"), m.end("name"))]
        more = BYLINE_MORE.match(text, m.end("name"))
        while more is not None:  # "By Jane Roe and John Doe", "By Jane Roe, John Doe"
            spans.append((more.start("name"), more.end("name")))
            more = BYLINE_MORE.match(text, more.end("name"))
        # a site or its owner often "posts" and "publishes": there only a person's name
        publisher = m.group(0).lstrip().startswith(("Posted", "Published"))
        for a, b in spans:
            name = text[a:b]
            if publisher and name.split()[0] not in gaz.given_names:
                continue
            if name.split()[0] not in gaz.given_names and all(
                w.lower() in view.english for w in name.split()
            ):
                continue  # "By Jane Roe, Senior Reporter": her title, no second author
            if name not in known and not any(w in ORG_SUFFIXES for w in name.split()):
                cands.append(Mention(a, b, name, "Person", "def", weight=5, byline=True))
    return cands


# "Photo by Jane Roe/Getty Images", "Credit: Jane Roe / AFP": a photographer and agency
_PHOTO_CREDIT = re.compile(
    rf"(?:\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]redit)s?\b[^\n/]{{0,12}}?"
    rf"(?:\bby|:)\s*|\bby\s+)(?P<name>{_SPEAKER_NAME})\s?/\s?[A-Z]"
)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a byline without "By": a name, then the date on the same short line ("Jane Roe · May
# 12, 2025", "Jane Roe 12 May 2025 10.30 BST", "Jane Roe, 2025-05-12", "Jane Roe
# Published March 5, 2025", "Jane Roe 05.03.2025")
_DATED_BYLINE = re.compile(
    rf"^[ \t]*(?P<name>{_SPEAKER_NAME})[ \t]*[,|·•–—-]?[ \t]*"
    rf"(?:(?:Published|Updated|Posted|Last updated)(?: on)?:?[ \t]+)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|"
    rf"\d{{1,2}} (?:mins?|minutes|hours?|hrs?|days?) ago|\d{{1,2}} min read|"
    rf"\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[^\n]{{0,40}}$",
    re.M,
)


# where a name stands as a noun of its sentence: a subject, an object, a list member
# (a possessor too: "Priya Nair's prediction is that ...")
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "poss"})


def people_by_given_name(view: ArticleView) -> list[Mention]:
    """A given name and one or two capitalised words after it, standing as a noun of its
    sentence ("Marcus Feld has sued Quorvane"): a person the statistical NER missed and
    no reporting verb names.  Not on a headline's title-case line, not part of a longer
    capitalised name, no known name, no dictionary word after the given name ("Jane
    Street") and no word of an organisation, an institution or a place."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for tok in doc:
        if tok.text not in gaz.given_names or tok.pos_ != "PROPN":
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        # ("In Priya Nair's view", "For Priya Nair,": a small word opening the sentence)
        opening_word = (
            before is not None and before.is_sent_start and before.lower_ in gaz.stopwords
        )
        capital_before = before is not None and before.text[:1].isupper() and before.is_alpha
        if (capital_before and not opening_word) or text[tok.idx - 1 : tok.idx] == "-":
            continue  # inside a longer name ("Eva-Maria Schultheis")
        run = [tok]
        for nxt in doc[tok.i + 1 : tok.i + 3]:
            if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
                break
            run.append(nxt)
        end = run[-1].i + 1
        if len(run) < 2 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title:
            continue  # "Henry Holt and Company": a firm's name
        place = tok.ent_type_ == "GPE" and run[1].ent_iob_ != "I"  # the given name alone
        if run[-1].tag_ == "NNPS" or run[-1].ent_type_ == "NORP" or place:
            continue  # "Georgia Republicans": a place's group
        name = " ".join(t.text for t in run)
        words = name.split()
        if (
            run[-1].dep_ not in _NOUN_ROLES
            or title_case_line(text, tok.idx)
            or not _plain_personal_name(name, gaz)
            or any(w.lower() in view.english for w in words[1:])
            or any(w in INSTITUTION_HEADS or w in PLACE_HEADS or w in NOT_ORG_WORDS for w in words)
        ):
            continue
        cands.append(Mention(tok.idx, run[-1].idx + len(run[-1]), name, "Person", "def", weight=3))
    return cands


def _plain_personal_name(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` can be an unknown person's: no known name, no word of an
    organisation, a title or a sentence, no place and no non-entity term."""
    words = name.split()
    return not (
        gaz.lookup(name) is not None
        or any(w in ORG_SUFFIXES or w in COLLECTIVE_HEADS or w in TITLE_WORDS for w in words)
        or any(w.lower() in FUNCTION_WORDS for w in words)
        or fold(name) in gaz.non_entities
        or fold(name) in gaz.places
    )


# a byline line of its own without "By": names, then a newsroom role ("Jane Roe, Senior
# Reporter", "Jane Roe and John Doe | Staff Writers"), or names alone with the date on
# the next line ("Jane Roe and John Doe\nMarch 3, 2025")
_PRESS_ROLE = (
    r"(?:(?:Senior|Staff|Chief|Contributing|Deputy|Managing|Technology|Tech|Business|"
    r"Science|Political|Special|Foreign|AI) )*"
    r"(?:Reporters?|Writers?|Editors?|Correspondents?|Columnists?|Contributors?|Journalists?)"
)
_NAMES_LINE = re.compile(
    rf"^[ \t]*(?P<names>{_SPEAKER_NAME}(?:(?:,| and| &) {_SPEAKER_NAME}){{0,3}})[ \t]*"
    rf"(?:(?P<role>[,|·•–—-][ \t]*{_PRESS_ROLE})[ \t]*$|\n(?=[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}},?"
    rf"[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|\d{{1,2}} min read)))",
    re.M,
)


# two to four names alone on a line ("Jane Roe and John Doe"): the authors (or the
# people of a caption), when each name opens with a given name
_NAMES_ONLY_LINE = re.compile(
    rf"^[ \t]*(?P<names>{_SPEAKER_NAME}(?:(?:,| and|, and| &) {_SPEAKER_NAME}){{1,3}})[ \t]*$",
    re.M,
)


def dated_bylines(view: ArticleView) -> list[Mention]:
    """The author of a byline written as a name and a date on one short line ("Jane Roe
    · May 12, 2025"), as names and a newsroom role ("Jane Roe, Senior Reporter"), as
    names on a line of their own above the date, or as two to four names that open with
    given names alone on a line ("Jane Roe and John Doe"): a person."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    people_at = {e.start_char for e in view.doc.ents if e.label_ == "PERSON"}
    for m in _NAMES_LINE.finditer(text):
        for name in re.finditer(_SPEAKER_NAME, m.group("names")):
            a = m.start("names") + name.start()
            # without a role only a given name or the NER tells a byline from a headline
            if _plain_personal_name(name.group(0), gaz) and (
                m.group("role") or name.group(0).split()[0] in gaz.given_names or a in people_at
            ):
                cands.append(
                    Mention(
                        a,
                        a + len(name.group(0)),
                        name.group(0),
                        "Person",
                        "def",
                        weight=5,
                        byline=True,
                    )
                )
    for m in _NAMES_ONLY_LINE.finditer(text):
        names = list(re.finditer(_SPEAKER_NAME, m.group("names")))
        if all(
            _plain_personal_name(n.group(0), gaz) and n.group(0).split()[0] in gaz.given_names
            for n in names
        ):
            for n in names:
                a = m.start("names") + n.start()
                cands.append(
                    Mention(
                        a, a + len(n.group(0)), n.group(0), "Person", "def", weight=5, byline=True
                    )
                )
    for m in _DATED_BYLINE.finditer(text):
        name = m.group("name")
        while name.split()[-1] in ("Published", "Updated", "Posted", "Last") and " " in name:
            name = name.rsplit(" ", 1)[0]  # "Jane Roe Published March 5, 2025"
        words = name.split()
        if (
            not _plain_personal_name(name, gaz)
            or words[0][:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
            or re.fullmatch(_MONTH, words[-1])
        ):
            continue
        cands.append(
            Mention(m.start("name"), m.end("name"), name, "Person", "def", weight=5, byline=True)
        )
    return cands


def photo_credits(view: ArticleView) -> list[Mention]:
    """The photographer of a credit line ("Photo by Jane Roe/Getty Images", "Credit: Jane
    Roe / AFP"): a person, named before the agency's slash."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in _PHOTO_CREDIT.finditer(text):
        name = m.group("name")
        if not _plain_personal_name(name, gaz):
            continue
        cands.append(Mention(m.start("name"), m.end("name"), name, "Person", "def", weight=5))
    return cands


def handles(view: ArticleView) -> list[Mention]:
    """A handle after a describing noun: "AI enthusiast @jroe", "user @jroe"."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in HANDLE.finditer(text):
        if fold(m.group("name")[1:]) not in gaz.by_form:
            cands.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Person", "def"))
    return cands


def people_beside_people(view: ArticleView, kept: list[Mention]) -> None:
    """Retype, in place, a two-word "organisation" only the NER saw that is coordinated
    with a person ("written by Coral Davenport and Mark Landler"): a person too, unless
    a word of it says organisation."""
    text = view.text
    people = [m for m in kept if m.type == "Person"]
    for m in kept:
        words = m.text.split()
        if (
            m.type != "Organization"
            or m.source != "ner"
            or m.entry is not None
            or len(words) != 2
            or any(w in ORG_SUFFIXES or not re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
        ):
            continue
        after = any(text.startswith(" and ", m.end) and p.start == m.end + 5 for p in people)
        before = any(p.end + 5 == m.start and text.startswith(" and ", p.end) for p in people)
        if after or before:
            m.type = "Person"


def people_after_honorifics(view: ArticleView, kept: list[Mention]) -> None:
    """Retype, in place, as a person every mention some rule took for an organisation
    of a name the article writes after an honorific ("Mr. Vasquez" ... "Vasquez's
    spokesperson", "Vasquez said" read as a company), with a stated weight that outvotes
    those guesses.  Mentions already typed a person are left to the usual resolution
    (weighting "Mrs. Clinton", beside two Clintons, made it an entity of its own)."""
    text = view.text
    titled = set()
    for m in kept:
        before = text[max(0, m.start - 6) : m.start].split()
        if before and before[-1] in HONORIFICS and text[m.start - 1] == " ":
            titled.add(m.text)
    for m in kept:
        if m.text in titled and m.entry is None and m.type == "Organization":
            m.type = "Person"
            m.weight = max(m.weight, 10)
