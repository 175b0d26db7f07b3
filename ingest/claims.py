"""Claims: who asserted what, about whom, with the exact source sentence.

Method (general rules over the dependency parse, lexicons in ``data/cues.tsv``):

1. *Cue verbs*: a verb whose lemma is a reporting cue (say, tell, deny, accuse,
   admit, argue, ...).  Its claimant is the syntactic subject (or the ``by`` agent of a
   passive, or the subject inherited from the governing verb for ``citing ...``,
   ``..., and attributed ...``); its content is the clausal complement, the quote in
   the sentence, or the rest of the clause.  Weak cues (show, find, know) need a clausal
   complement or a quote.  A negated cue other than a denial ("did not respond") is no
   claim.  A complement of two clauses each opened by "that" ("claims that A and that
   B") is two claims, one per clause (:func:`ingest.syntax.coordinated_clauses`).
2. *Phrasal and noun cues*: ``according to X``, ``per X`` (giving way to a speaker
   the sentence names: "Per Reuters, Judge X said ..."), ``as reported by X``, ``was
   first reported by X``, ``based on X's tweet``, ``in X's statement``; a noun with a
   that-clause carries its owner's claim ("X's claim that ...", "X made the argument
   that ...", "X's view is that ..."; nouns in ``data/claim_lexicon.json``).  Being
   asked ("Asked about it, X said") and refusing to act ("refused to disclose") are no
   claims.
3. *Quotes*: every sentence inside a quotation gets the speaker of that quotation: the
   cue attached to the quote, else a name signing it after a dash ('"..." — Jane Roe'),
   else the cue of the sentence introducing it with a colon,
   else the speaker of the previous quotation in the same or the preceding paragraph
   (multi-sentence quotes, "he added" chains).  A cue ending in a colon carries its
   speaker to the next unquoted sentence too.
4. *Claimant resolution*: a named person inside the subject wins ("Meta spokesperson
   Ashley Gabriel"); else an organisation ("an OpenAI employee", "a spokesperson from
   Nvidia" stand for the organisation); pronouns and definite descriptions ("he", "the
   company", "the spokesperson") resolve to the latest compatible claimant or mention;
   a bare surname to the article's one person of that name; "the lawsuit / letter /
   paper said" to the document's author ("X sued", "X sent a letter"); coordinated
   parties ("X and Y said") each make the claim, and "they" then refers to them;
   "their letter" is the group's that was the sentence's subject or spoke last.
   "<Org> <role>" and "the <role>" are the person the article names in that role
   ("Meta CTO X"), else the latest person speaking, else one just named; an unnamed
   former employee ("a former Meta engineer") is no voice of the organisation.  A
   group introduced by number ("two chemistry professors found ...") is the people of
   that number named in the next claims; an unnamed coalition's letter speaks for the
   member named as leading it; "In a new study, X examined ..." makes X its author.
   A definite plural ("the former board members", "the researchers", "the
   companies") refers back to the latest list of 2+ named parties of one type
   introduced with the same words (else the same noun; for a generic word for
   organisations, the latest list of organisations): each member makes the claim.
   "They" also refers to such a group when it was the subject of the previous
   sentence ("The researchers examined X. They noted ...").
   Claims whose claimant names no entity are dropped, unless ``keep_unresolved``:
   then an unnamed source ("critics said") is kept with claimant ``None`` and its own
   words in ``claimant_text`` (``"claimantText"`` in the contract), never attached to a
   named party.  A participle answering the other side's claims chained to a later
   participle cue ("countering the accusations and saying ...") is no claim of its
   own: the chain makes one claim.  A participle cue after a comma speaks for the
   main clause's subject even when the parser gave it a subject inside an earlier
   embedded clause ("X denied claims that its model copied Y's, asserting ...");
   "X, the founder of Y, who found ..." is X; names inside a relative clause of the
   claimant phrase ("a rep for the company, which is led by Z,") do not speak; "X
   published an analysis that suggested ..." and "a paper by X" name the author.
   "The company", like "he", prefers an organisation that was a subject after the
   latest organisation claimant spoke ("Meta is hiring. The company denied ...").
5. *Speaker labels*: a line opened by a speaker and a colon ("Nadella: ...", "HOST:
   ...") attributes the rest of the line; a line that is only "Name, Outlet:" (a link
   post quoting an article) attributes the next paragraph to that person, and an
   embedded post signed "— Name (@handle) date" is its signer's.  Attitude
   cues of weight 2 (praise, want, oppose ...) need a person, an organisation or a
   group of people as claimant.

The claim kind comes from the cue lexicon, refined by denial phrases and negative
stance words (``data/dispute_cues.json``).

Modules: cues in :mod:`ingest.attribution`, quotations in :mod:`ingest.quotations`,
claimant resolution in :mod:`ingest.claimants` and :mod:`ingest.claimant_groups`, the
``Claim`` record in :mod:`ingest.claim_model`, word lists in :mod:`ingest.claim_words`;
this module puts them together (:func:`extract_claims`) and decides the claim's kind,
medium and topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.attribution import Attribution, find_attributions
from ingest.claim_model import Claim
from ingest.claim_words import (
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    FINDING_CLAUSE,
    MEDIUM_NOUNS,
    ORG_DESCRIPTIONS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    REPORT_NOUNS,
)
from ingest.claimant_groups import (
    co_claimants,
    group_of,
    groups_named_later,
    listed_with_later,
    party_lists,
    stranded_conjunct,
    subject_group,
)
from ingest.claimants import (
    UNRESOLVED,
    Discourse,
    by_surname,
    cited_party,
    document_author,
    human_source,
    resolve_subject,
    source_like,
)
from ingest.document import doc_text
from ingest.entity_lexicon import PRODUCT_NOUNS
from ingest.entity_model import Entity, Mention
from ingest.gazetteer import Gazetteer
from ingest.mention_checks import token_at
from ingest.opposition_words import lexicon as opposition_lexicon
from ingest.quotations import (
    merge_quotations,
    opens_sentence,
    paragraph_writers,
    previous_speaker,
    quote_attributions,
    quote_spans,
    signed_posts,
)
from ingest.syntax import coordinated_clauses, coordinated_head

# cues that name the source of a report, not its speaker
SOURCE_CUES = frozenset({"according to", "per", "citing"})


def _in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


@cache
def _negative_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the negative lexicon's words as a whole word: one search instead of one per word.

    An alternation matches wherever one of its words would on its own (the engine
    backtracks into the next word when a boundary check fails), so the answer is
    the same as searching word by word.
    """
    if not words:
        return re.compile(r"(?!)")  # an empty lexicon matches nothing
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


# the claimant not knowing of a wrong: "it had not known the calls were fake", "we were
# unaware the data was stolen": an excuse of its own, no charge against another
_UNKNOWING = re.compile(
    r"^(?:that )?(?:it|we|I|he|she|they) (?:had|has|have|did|does|do|was|were)"
    r"(?:n['\u2019]t| not| never) (?:known|know|been aware|aware|realized|realised|realize|"
    r"realise)\b|^(?:that )?(?:it|we|I|he|she|they) (?:was|were|had been) unaware\b"
)


@cache
def _exonerating() -> re.Pattern[str]:
    """A wrong said not to have been done ("Y did not break copyright law when it trained
    its models ... without permission"): the charge's words are denied, not made."""
    lex = opposition_lexicon()
    verbs = {w for w in [*lex.misdeeds, *lex.misdeed_objects] if " " not in w}
    forms = verbs | {w + end for w in verbs for end in ("s", "es", "d", "ed", "ing")}
    forms |= {w[:-1] + "ing" for w in verbs if w.endswith("e")}
    alternatives = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(
        r"\b(?:did|does|do|has|have|had|was|were|is|are)(?:n['\u2019]t| not| never)"
        rf" (?:\w+ )?(?:{alternatives})\b",
        re.I,
    )


# a condition just before a denial's words: "If this is real, ..." asserts nothing
_CONDITIONAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless)\s+(?:\w+\s+){0,2}$")


def _refine_kind(kind: str, content: str, gaz: Gazetteer, about_other: bool) -> tuple[str, bool]:
    low = content.casefold()
    negative = _negative_regex(tuple(gaz.negative)).search(low) is not None
    if negative and (_UNKNOWING.match(content) or _exonerating().search(content)):
        negative = False
    denial = any(
        not _CONDITIONAL_BEFORE.search(content, 0, m.start())
        for p in gaz.denial_phrases
        if (m := p.search(content)) is not None
    )
    if kind in ("assertion", "opinion") and denial:
        kind = "denial"
    elif kind == "assertion" and negative and about_other:
        kind = "accusation"
    return kind, negative


def _accused(att: Attribution, ctx: Discourse) -> set[str]:
    """The parties an accusation's cue names as its object ("accusing Brontal of ..."):
    whoever makes the accusation, it is not they."""
    if att.kind != "accusation" or att.cue is None:
        return set()
    subject = att.subject
    return {
        m.key
        for o in att.cue.children
        if o.dep_ == "dobj"
        # (not when the object itself names the claimant: "blasted Trump's call for a
        # deportation force" reports Trump's call)
        and (subject is None or not o.left_edge.i <= subject.start <= o.i)
        # (the object's own words, not what hangs after it: "accused Clinton allies of
        # being traitors in their treatment of Mr. Sanders" accuses no Sanders)
        for m in ctx.mentions_in(o.left_edge.idx, o.idx + len(o.text))
    }


def _defence_after_concession(cue: Token | None, gaz: Gazetteer) -> bool:
    """Whether ``cue`` follows a concession by "but" ("acknowledged that the tool
    sometimes errs but said errors were rare"): what the speaker then says defends its
    own side, whatever bad word it repeats; it accuses no one."""
    if cue is None or cue.dep_ != "conj":
        return False
    conceded = coordinated_head(cue)
    return gaz.cues.get(conceded.lemma_.lower(), ("", 0))[0] == "admission" and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*cue.head.children, *cue.children)
    )


def _relative_pronoun(cue: Token | None) -> Span | None:
    """The relative pronoun that is the subject of a cue in a relative clause ("who
    says ...")."""
    if cue is None or cue.dep_ != "relcl":
        return None
    pron = next(
        (c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")),
        None,
    )
    return cue.doc[pron.i : pron.i + 1] if pron is not None else None


def _medium(cue: Token | None) -> tuple[str | None, str | None]:
    """Where the claim was made ("on X", "in an email") and to whom ("told the FT")."""
    if cue is None:
        return None, None
    medium = interviewer = None
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "via"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.lemma_ in MEDIUM_NOUNS or pobj.text in MEDIUM_NOUNS):
                medium = cue.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
        if c.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            interviewer = cue.doc[c.left_edge.i : c.right_edge.i + 1].text
    return medium, interviewer


def extract_claims(
    doc: Doc,
    ents: list[Entity],
    mentions: list[Mention],
    gaz: Gazetteer,
    skip: list[tuple[int, int]],
    keep_unresolved: bool = False,
) -> list[Claim]:
    """All attributed claims of the article, in text order, one per sentence and claimant.

    With ``keep_unresolved`` claims whose claimant phrase names no entity ("officials
    said") are kept too, with the phrase as claimant and no claimant entity.
    """
    text = doc_text(doc)
    all_quotes = quote_spans(text)
    ctx = Discourse(ents, mentions, text, all_quotes)
    ctx.read_descriptions(doc)
    ctx.read_genders(doc)
    headline = headline_region(text)
    if headline is not None:
        skip = [*skip, headline]
    quotes = [q for q in all_quotes if not _in_regions(q[0], skip)]
    sents = [
        s
        for s in doc.sents
        if any(ch.isalnum() for ch in s.text) and not _in_regions(s.start_char, skip)
    ]
    atts = [find_attributions(s, gaz, quotes, text) for s in sents]
    para = [text.count("\n\n", 0, s.start_char) + text.count("\n", 0, s.start_char) for s in sents]
    quote_att, in_passing = quote_attributions(quotes, sents, atts, text)
    lists = party_lists(doc, ctx)
    # "Jane Doe, The Verge:" before a paragraph, or "— Jane Doe (@jdoe) May 3" after one
    posts = signed_posts(doc, text)
    bylines = {**paragraph_writers(doc, text), **posts}
    claims: list[Claim] = []
    seen: dict[tuple[int, str | None, int, int], Claim] = {}
    quote_speaker: dict[tuple[int, int], tuple[tuple[str, ...], Span | None, str, str]] = {}
    carry: tuple[tuple[str, ...], str, str, int, int] | None = None  # colon carry-over
    # the latest speaker, when an unnamed plural source ("two professors found ..."):
    # (number of named claims made by then, sentence start); "they" then refers to it
    plural_source: list[tuple[int, int]] = []

    def make(
        sent: Span,
        key: str,
        subj: Span | None,
        cue: str,
        kind: str,
        content: tuple[int, int],
        cue_tok: Token | None,
        part: int = 0,
    ) -> None:
        # every cue and every statement of a coordinated clause ("claims that A and
        # that B", "said A, adding that B") is a claim of its own when all attributions
        # are wanted; the graph keeps one claim per sentence and claimant, whose
        # content then spans what each of its cues reported
        dedupe = (
            (sent.start, key, cue_tok.i if cue_tok is not None else -1, part)
            if keep_unresolved
            else (sent.start, key, -1, 0)
        )
        if dedupe in seen:
            same = seen[dedupe]
            same.content = (min(same.content[0], content[0]), max(same.content[1], content[1]))
            return
        phrase = None
        if key.startswith(UNRESOLVED):
            name, ckey, ctype = None, None, None
            phrase = key[len(UNRESOLVED) :]
        else:
            ent = ctx.ent(key)
            name, ckey, ctype = ent.name, key, ent.type
        raw = sent.text
        s_text = raw.strip()
        s_start = sent.start_char + (len(raw) - len(raw.lstrip()))
        about_keys, guessed = _about(sent, key, subj, ctx, sents, sents.index(sent))
        named = [
            m.key
            for m in ctx.mentions_in(sent.start_char, sent.end_char)
            if m.key != key and (subj is None or not subj.start_char <= m.start < subj.end_char)
        ]
        csub = text[content[0] : content[1]]
        outlet = ckey is not None and ctx.ent(ckey).kind == "publication"
        kind2, negative = _refine_kind(kind, csub, gaz, bool(about_keys) and not outlet)
        if kind2 == "accusation" and _defence_after_concession(cue_tok, gaz):
            kind2, negative = kind, False
        if outlet and kind2 == "denial" and kind != "denial":
            kind2 = "assertion"  # an outlet reporting someone's denial does not deny
        q = next((text[a:b] for a, b in quotes if a < sent.end_char and sent.start_char < b), None)
        medium, interviewer = _medium(cue_tok)
        claims.append(
            Claim(
                text=s_text,
                start=s_start,
                end=s_start + len(s_text),
                content=content,
                claimant=name,
                claimant_key=ckey,
                claimant_type=ctype,
                claimant_span=(subj.start_char, subj.end_char) if subj is not None else None,
                cue=cue,
                kind=kind2,
                about=[ctx.ent(k).name for k in about_keys],
                about_keys=about_keys,
                named_keys=list(dict.fromkeys(named)),
                about_guessed=guessed,
                quote=q.strip('\u201c\u201d" ') if q else None,
                medium=medium,
                interviewer=interviewer,
                negative=negative,
                claimant_text=phrase,
            )
        )
        seen[dedupe] = claims[-1]
        if ckey is not None:
            ctx.claimants.append(key)
            ctx.claimant_sents.append(sent.start_char)
        elif subj is not None and subj.root.tag_ in ("NNS", "NNPS"):
            plural_source.append((len(ctx.claimants), sent.start_char))

    def resolve(phrase: Span | None) -> tuple[tuple[str, ...], Span | None]:
        """The claimant keys of a claimant phrase: one per coordinated party ("X and Y
        said"), the group "they" refers to, or the unnamed source's phrase."""
        if phrase is None:
            return (), None
        if (
            len(phrase) == 1
            and phrase.root.lower_ in ("they", "them")
            and plural_source
            and plural_source[-1][0] == len(ctx.claimants)
            and phrase.start_char - plural_source[-1][1] < 600
        ):
            # "two professors found ... a term they reject": the unnamed group goes on
            if keep_unresolved:
                return (UNRESOLVED + _source_words(phrase),), phrase
            return (), phrase
        if (
            len(phrase) <= 2
            and phrase.root.lower_ in ("they", "we")
            and ctx.group[0]
            and ctx.group[1] >= len(ctx.claimants) - len(ctx.group[0])
        ):
            return tuple(ctx.group[0]), phrase
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in phrase.root.children):
            # "X and Y did not cite it, but their letter echoed ...": the group's letter
            owners = _coordinated_subject(phrase, ctx) or (
                ctx.group[0] if ctx.group[1] >= len(ctx.claimants) - len(ctx.group[0]) else []
            )
            if len(owners) > 1:
                return tuple(owners), phrase
        group = group_of(phrase, lists, ctx)
        if group:
            return tuple(group), phrase  # "the researchers": each party of the list
        key = document_author(phrase, ctx, gaz)
        if key is not None:
            return (key,), phrase
        key, subj = resolve_subject(phrase, ctx, gaz)
        if key is None:
            key = by_surname(phrase, ctx)
        if key is None:
            if keep_unresolved and source_like(phrase):
                return (UNRESOLVED + _source_words(phrase),), phrase
            return (), subj
        keys = [
            key,
            *(k for k in co_claimants(phrase, ctx) if k != key),
            *(k for k in stranded_conjunct(phrase, ctx) if k != key),
        ]
        if (
            phrase.root.tag_ == "NNS"
            and phrase.root.pos_ == "NOUN"
            and any(c.dep_ == "nummod" for c in phrase.root.children)
            and ctx.ent(key).type == "Person"
        ):
            # "Two former researchers say ...", named later as a list
            keys += listed_with_later(key, phrase.end_char, ctx)
        return tuple(dict.fromkeys(keys)), subj

    def make_all(keys: tuple[str, ...], *args: Any) -> None:
        before = len(ctx.claimants)
        made = len(claims)
        for key in keys:
            make(args[0], key, *args[1:])
        if len(keys) > 1:
            ctx.group = (list(keys), before)
            # what a group says together is not about its own members
            for c in claims[made:]:
                c.about_keys = [k for k in c.about_keys if k not in keys]
                c.about = [ctx.ent(k).name for k in c.about_keys]

    claims_before = 0
    for si, sent in enumerate(sents):
        if si and len(claims) == claims_before:
            # "The researchers examined X. They noted ...": a group that was the subject
            # of the previous sentence, though it claimed nothing there
            group = subject_group(sents[si - 1], lists, ctx)
            if group:
                ctx.group = (group, len(ctx.claimants) - len(group))
        claims_before = len(claims)
        label = bylines.get(sent.start_char)
        if label is not None:
            # "Jane Doe, The Verge:" alone on the line before, or a post she signed: the
            # paragraph is her words
            keys, _ = resolve(label)
            post = sent.start_char in posts  # an organisation posts too
            kinds = ("Person", "Organization") if post else ("Person",)
            if keys and all(k in ctx.by_key and ctx.ent(k).type in kinds for k in keys):
                carry = (keys, "posted" if post else ":", "assertion", 99, para[si])
        s_quotes = [q for q in quotes if q[0] < sent.end_char and sent.start_char < q[1]]
        made = False
        for att in atts[si]:
            cue_pos = att.cue.idx if att.cue is not None else sent.start_char
            if any(q[0] <= cue_pos < q[1] for q in quotes):
                continue  # a cue inside a quotation belongs to the quoted content
            if _nested_same_source(att, atts[si]):
                continue  # "she said she thinks ...": one claim, the outer one
            if att.cue_text == "per" and any(
                o is not att
                and o.cue is not None
                and o.cue.pos_ in ("VERB", "AUX")
                and o.subject is not None
                and o.subject.root.pos_ == "PROPN"
                and not o.weak
                and not o.human  # "Per Reuters, X plans to ...": Reuters reports the plan
                for o in atts[si]
            ):
                continue  # "Per Reuters, Judge X said ...": the judge speaks
            if _chained_participle(att, atts[si], gaz):
                continue  # "..., dismissing X and asserting Y": one claim, the last
            keys, subj = cited_party(att.cue, resolve, ctx) or resolve(att.subject)
            if att.human:
                keys = tuple(k for k in keys if human_source(k, att.subject, ctx, gaz))
            # ("their lawsuit accusing Brontal of ...": never Brontal's own words)
            keys = tuple(k for k in keys if k not in _accused(att, ctx))
            if not keys:
                continue
            content = att.content
            for q in s_quotes:
                # the speaker the sentence names, not the source of its report after it
                # ('"...," X told them, according to a recording reviewed by Y')
                if q not in quote_speaker or att.cue_text.lower() not in SOURCE_CUES:
                    quote_speaker[q] = (keys, subj, att.cue_text, att.kind)
                if content == (sent.start_char, sent.end_char):
                    content = (max(q[0], sent.start_char), min(q[1], sent.end_char))
            made_before = len(claims)
            parts = coordinated_clauses(att.cue, content) if att.cue is not None else [content]
            if _ends_with_colon(att, sent, text) and not s_quotes:
                parts = []  # "He said:" says nothing yet: the next sentence is the claim
            # "Graham, who says ...": the claimant is named by the relative pronoun here,
            # as by "he" in "..., he said"
            said_by = _relative_pronoun(att.cue) or subj
            for n, part in enumerate(parts):
                make_all(keys, sent, said_by, att.cue_text, att.kind, part, att.cue, n)
            if att.rebuts:
                for c in claims[made_before:]:
                    c.rebuts = True
            made = True
            # a transcript turn ("Brandt: No. We hired ...") goes on to the end of its
            # paragraph; "X said:" for the two sentences after it
            turn = 99 if att.cue_text == ":" else 2
            carry = (keys, att.cue_text, att.kind, turn, para[si]) if att.colon else None
        if made:
            continue
        # a quoted sentence without a cue of its own: the quotation's speaker
        for q in s_quotes:
            speaker = quote_speaker.get(q)
            if speaker is None and q in quote_att:
                _, att = quote_att[q]
                keys, subj = resolve(att.subject)
                if keys:
                    speaker = (keys, subj, att.cue_text, att.kind)
            if speaker is None and q in in_passing:
                # "Developers were less measured, with several calling it 'gaslighting.'":
                # a few words quoted in a sentence with no cue are its subject's, named or not
                speaker = _sentence_subject(sent, resolve)
            if speaker is None and opens_sentence(q, sent, text):
                speaker = _subject_just_before(si, sents, para, quotes, resolve, ctx)
            if speaker is None and opens_sentence(q, sent, text):
                speaker = previous_speaker(q, quotes, quote_speaker, text)
            if speaker is None:
                continue
            quote_speaker[q] = speaker
            keys, subj, cue, kind = speaker
            content = (max(q[0], sent.start_char), min(q[1], sent.end_char))
            make_all(keys, sent, subj, cue, kind, content, None)
            made = True
            break
        if made:
            carry = None
            continue
        if carry is not None and carry[3] > 0 and carry[4] == para[si]:
            keys, cue, kind, n, p = carry
            make_all(keys, sent, None, cue, kind, (sent.start_char, sent.end_char), None)
            carry = (keys, cue, kind, n - 1, p)
        else:
            carry = None
    claims.sort(key=lambda c: c.start)
    claims = groups_named_later(claims, ctx)
    if keep_unresolved:
        claims = merge_quotations(claims, text)
    return claims


def _sentence_subject(
    sent: Span, resolve: Callable[[Span | None], tuple[tuple[str, ...], Span | None]]
) -> tuple[tuple[str, ...], Span | None, str, str] | None:
    """The speaker (keys, phrase, cue, kind) a sentence's main subject makes: its words
    up to its head ("Developers", not "Developers on Hacker News")."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    keys, phrase = resolve(sent.doc[subj.left_edge.i : subj.i + 1])
    return (keys, phrase, sent.root.text, "assertion") if keys else None


def _subject_just_before(
    si: int,
    sents: list[Span],
    para: list[int],
    quotes: list[tuple[int, int]],
    resolve: Callable[[Span | None], tuple[tuple[str, ...], Span | None]],
    ctx: Discourse,
) -> tuple[tuple[str, ...], Span | None, str, str] | None:
    """The person the sentence just before names as its subject, in the same paragraph
    and with no quotation of its own, as the speaker of a quotation that follows with no
    cue ("Marcus Feld, an analyst at X, was skeptical. 'The math only works for the
    biggest customers.'"): not the speaker of an earlier quotation."""
    if si == 0 or para[si - 1] != para[si]:
        return None
    prev = sents[si - 1]
    if any(a < prev.end_char and prev.start_char < b for a, b in quotes):
        return None
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    keys, phrase = resolve(prev.doc[subj.left_edge.i : subj.right_edge.i + 1])
    if not keys or any(k not in ctx.by_key or ctx.ent(k).type != "Person" for k in keys):
        return None
    return keys, phrase, prev.root.text, "assertion"


def _source_words(phrase: Span) -> str:
    """The words that name an unnamed source, without what a comma adds after its head
    ("a person familiar with the plans, who asked not to be named" -> "a person
    familiar with the plans")."""
    cut = next(
        (t.i for t in phrase if t.i > phrase.root.i and t.text in (",", "(", "\u2014", "\u2013")),
        None,
    )
    words = phrase.doc[phrase.start : cut] if cut is not None else phrase
    return words.text.strip(" ,;:") or phrase.text


def _coordinated_subject(phrase: Span, ctx: Discourse) -> list[str]:
    """The parties of a coordinated subject earlier in ``phrase``'s sentence ("While X
    and Y did not ..., their letter ..."), if it names two or more."""
    for tok in phrase.sent:
        if tok.i >= phrase.start:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in tok.children):
            span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
            keys = [
                m.key
                for m in ctx.mentions_in(span.start_char, span.end_char)
                if ctx.ent(m.key).type in ("Person", "Organization")
            ]
            return list(dict.fromkeys(keys))
    return []


HEADLINE_MAX_WORDS = 30


def headline_region(text: str) -> tuple[int, int] | None:
    """The article's title: its first line when more text follows, the line ends without
    a full stop and it is short ("Nvidia says rival is telling tall tales").  A title
    restates a claim of the body in the outlet's words; it is no attribution of its own."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    bare = line.rstrip("\u2019\u201d'\" ")
    if not bare or bare[-1] in ".:;," or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    if line[0] in "\u2022*-\u2013\u2014":
        return None  # a bullet point
    return start, start + len(line)


def _ends_with_colon(att: Attribution, sent: Span, text: str) -> bool:
    """Whether the cue's sentence ends with the colon that introduces what it reports."""
    if not att.colon or att.cue is None:
        return False
    after = text[att.cue.idx + len(att.cue.text) : sent.end_char]
    return after.rstrip().endswith(":")


def _chained_participle(att: Attribution, others: list[Attribution], gaz: Gazetteer) -> bool:
    """Whether ``att``'s cue is a participle answering the other side's claims that is
    coordinated with a later participle cue of the same claimant phrase ("countering
    the accusations and saying ...", "dismissing the claims and asserting ..."): the
    chain makes one claim, the last.  Participles with content of their own stay
    ("blaming himself ..., and defending the approach")."""
    cue = att.cue
    if cue is None or cue.tag_ != "VBG" or att.subject is None:
        return False
    if not any(
        c.dep_ == "dobj" and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
        for c in cue.children
    ):
        return False
    later = {t.i for t in cue.conjuncts if t.i > cue.i and t.tag_ == "VBG"}
    return any(
        o.cue is not None
        and o.cue.i in later
        and o.subject is not None
        and (o.subject.start, o.subject.end) == (att.subject.start, att.subject.end)
        for o in others
    )


def _nested_same_source(att: Attribution, others: list[Attribution]) -> bool:
    """Whether ``att``'s cue lies inside the content of another cue of the sentence and
    its claimant is that cue's claimant again (a pronoun or the same words)."""
    if att.cue is None or att.subject is None:
        return False
    for other in others:
        if other is att or other.cue is None or other.subject is None:
            continue
        if not other.content[0] <= att.cue.idx < other.content[1]:
            continue
        if other.content[0] <= other.cue.idx < other.content[1]:
            continue  # a parenthetical cue whose content is the whole sentence
        inner = att.subject
        if not other.content[0] <= inner.start_char < other.content[1]:
            continue  # "said ..., noting that ...": the same speaker goes on
        if att.weak or (
            inner.root.lemma_.lower() in EVIDENCE_NOUNS | REPORT_NOUNS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in inner.root.children)
        ):
            return True  # "X claimed the model showed ...", "... that their research shows"
        if (len(inner) == 1 and inner.root.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS | {"i"}) or (
            inner.text.casefold() == other.subject.text.casefold()
        ):
            return True
        if inner.root.lower_ in PRODUCT_NOUNS and any(
            (c.dep_ == "poss" and c.pos_ == "PROPN")
            or (c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children))
            for c in inner.root.children
        ):
            # "The lawsuit says Velmora's characters told users ...", "students say a
            # detector made by Lumio accused them ...": what a product says is reported
            # by the outer source, no claim of the product's owner
            return True
    return False


def _reporter_of(subj: Span) -> tuple[int, int]:
    """Where the text names who reports the claim whose claimant is ``subj``, when that
    claim is itself reported ("Judge X wrote that Y had alleged ...": X), else (0, 0)."""
    verb = subj.root.head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
        outer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if outer is not None and not subj.start <= outer.i < subj.end:
            return outer.left_edge.idx, outer.right_edge.idx + len(outer.right_edge.text)
    return 0, 0


def _about(
    sent: Span, claimant: str, subj: Span | None, ctx: Discourse, sents: list[Span], si: int
) -> tuple[list[str], bool]:
    """Entity keys a claim is about, and whether they are only guessed.

    The entities named in its sentence, except the claimant and whatever the claimant
    phrase itself names ("Lucas Beyer, a fellow at OpenAI"); else the organisation a
    pronoun points back to ("a bug in their code"); else the article's most-mentioned
    models and organisations (a guess).
    """
    skip = (subj.start_char, subj.end_char) if subj is not None else (0, 0)
    if subj is not None and any(c.dep_ == "appos" for c in subj.root.children):
        # "Tom Brandt, a fellow at Quorvane, remarked": the apposition describes him
        whole = subj.root.right_edge
        skip = (skip[0], max(skip[1], whole.idx + len(whole.text)))
    reporter = _reporter_of(subj) if subj is not None else (0, 0)
    keys = [
        m.key
        for m in ctx.mentions_in(sent.start_char, sent.end_char)
        if m.key != claimant
        and not (skip[0] <= m.start < skip[1])
        # "Judge X wrote that Y had alleged that Z ...": Y's claim is about Z, not X
        and not (reporter[0] <= m.start < reporter[1])
        and not _medium_of_the_claim(m, sent)
    ]
    if not keys:
        # "A group of companies, including X and Y, asked ... Z said the companies'
        # letter was a lobbying exercise": the organisations listed last
        keys = [k for k in _companies_listed_before(sent, ctx) if k != claimant]
    if not keys:
        # "There's a bug in their code": the latest other organisation
        # ... not the one the claimant phrase names ("X, a fellow at Y, remarked: ...")
        own = {m.key for m in ctx.mentions_in(skip[0], skip[1])} | {claimant}
        speaker_org = claimant in ctx.by_key and ctx.ent(claimant).type == "Organization"
        for tok in sent:
            if tok.lower_ in ("their", "its", "they") and tok.pos_ == "PRON":
                if tok.lower_ == "its" and speaker_org and _subject_names_no_one(tok, ctx):
                    # "OpenAI said the study used an outdated version of its model": the
                    # organisation speaking, whose clause's subject is no other party
                    continue
                candidates = [
                    m
                    for m in reversed(ctx.mentions_in(0, sent.start_char))
                    if m.key not in own
                    and ctx.ent(m.key).type == "Organization"
                    and not _describes_a_person(m, sent.doc, ctx)
                ]
                # "Velmora trained its model ... YouTube's terms prohibit ... 'If they
                # trained on my videos'": an organisation that acted, before one only
                # named as an owner
                recent = sents[max(0, si - 3)].start_char
                prev = next(
                    (m.key for m in candidates if m.start >= recent and _acting(m, sent.doc)),
                    candidates[0].key if candidates else None,
                )
                if prev is not None:
                    keys.append(prev)
                break
    if not keys:
        author = _author_of_finding(sent, claimant, ctx)
        if author is not None:
            return [author], False
        return list(dict.fromkeys(ctx.salient(exclude=claimant))), True
    return list(dict.fromkeys(keys)), False


# what joins the names of a list of organisations ("X, Y and Z", "X and Y")
_LIST_JOINER = re.compile(r"(?:,| and|, and) ")


def _companies_listed_before(sent: Span, ctx: Discourse) -> list[str]:
    """The organisations of the latest list of two or more named before ``sent`` ("...,
    including Velmora and Quorvane,"), when ``sent`` refers back to them with a definite
    plural word for companies ("the companies", "the firms'"); else none."""
    if not any(
        t.tag_ == "NNS"
        and t.lemma_.lower() in ORG_DESCRIPTIONS - {"group", "team", "site", "platform"}
        and any(c.lower_ == "the" for c in t.children)
        for t in sent
    ):
        return []
    orgs = [m for m in ctx.mentions_in(0, sent.start_char) if ctx.ent(m.key).type == "Organization"]
    for last in range(len(orgs) - 1, 0, -1):
        run = [orgs[last]]
        while len(run) <= last and _LIST_JOINER.fullmatch(
            ctx.text[orgs[last - len(run)].end : run[0].start]
        ):
            run.insert(0, orgs[last - len(run)])
        if len(run) > 1:
            return list(dict.fromkeys(m.key for m in run))
    return []


def _author_of_finding(sent: Span, claimant: str, ctx: Discourse) -> str | None:
    """Whose finding "the study" or "the findings" a claim that names no one is about:
    the latest other claimant who reported a finding ("Researchers at X found that ...
    Y said the study used an outdated version of its model": about X)."""
    if not any(
        t.lemma_.lower() in EVIDENCE_NOUNS | {"finding", "findings"}
        and any(c.lower_ in ("the", "this", "that") for c in t.children)
        for t in sent
    ):
        return None
    for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
        if start >= sent.start_char or key == claimant:
            continue
        said = sent.doc.char_span(start, start + 1, alignment_mode="expand")
        if said is not None and FINDING_CLAUSE.search(said.sent.text):
            return key
    return None


def _subject_names_no_one(tok: Token, ctx: Discourse) -> bool:
    """Whether the clause ``tok`` stands in has a subject that names no entity ("the
    study used ... its model")."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return not ctx.mentions_in(start, end) and subj.pos_ != "PRON"


def _acting(m: Mention, doc: Doc) -> bool:
    """Whether an organisation's mention is the subject of its clause."""
    name = doc.char_span(m.start, m.end, alignment_mode="expand")
    return name is not None and name.root.dep_ in ("nsubj", "nsubjpass")


def _describes_a_person(m: Mention, doc: Doc, ctx: Discourse) -> bool:
    """Whether an organisation is named only to describe a person ("X, a former product
    lead at Epic Systems, said"): the company "its" later points back to is not that."""
    name = doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = name.root if name is not None else None
    for _ in range(4):
        if tok is None or tok.dep_ not in ("pobj", "prep", "compound", "appos"):
            return False
        if tok.dep_ == "appos":
            return any(
                p.start <= tok.head.idx < p.end and ctx.ent(p.key).type == "Person"
                for p in ctx.mentions_in(tok.head.sent.start_char, tok.head.idx + len(tok.head))
            )
        tok = tok.head
    return False


def _medium_of_the_claim(m: Mention, sent: Span) -> bool:
    """Whether mention ``m`` is where the claim was posted or to whom it was told
    ("remarked on X", "in a post on LinkedIn", "told Reuters"): a platform after "on"
    or "via", or the object of "told", carries the claim; it is not its topic."""
    tok = token_at(sent.doc, m.start)
    if tok is None or tok.i == 0:
        return False
    root = tok
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True  # "told Reuters that ...": the outlet heard it
    return (
        tok.doc[tok.i - 1].lower_ in ("on", "via")
        and m.text.casefold() in opposition_lexicon().platforms
    )


__all__ = ["Claim", "extract_claims", "find_attributions", "quote_spans"]
