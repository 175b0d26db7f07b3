"""Small repairs of the statistical parse that several extraction components share.

The small English model attaches a coordinated verb to the nearest verb, even when
the tenses show it belongs one level up: in "Acme said Beta has a misunderstanding
and accused the company of incompetence", ``accused`` is parsed as a conjunct of
``has`` (inside what Acme said) although it goes with ``said``: Acme accused.
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Span, Token

from ingest.claim_words import lexicon


def coordinated_head(verb: Token) -> Token:
    """The verb ``verb`` is really coordinated with.

    A conjunct of a reported clause's verb whose tense differs from that verb's but
    matches the reporting verb's ("said ... has ... and accused", "refuted the claims
    that ... was copied and attributed ...") coordinates with the reporting verb;
    every other verb keeps the head the parser gave it.
    """
    clause = verb.head
    if verb.dep_ != "conj" or clause.head == clause:
        return verb.head
    if clause.dep_ == "ccomp":
        reporter = clause.head
    elif clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.head != clause.head:
        reporter = clause.head.head  # "refuted the claims that X was copied and blamed Y"
    else:
        return verb.head
    if (
        reporter.pos_ == "VERB"
        and verb.tag_ == reporter.tag_
        and clause.tag_ != verb.tag_
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        return reporter
    if _speaker_goes_on(verb, clause, reporter):
        return reporter
    return verb.head


#: pronouns that can stand for a speaker inside a reported clause
_SPEAKING_PRONOUNS = {"he", "she", "they", "i", "we"}


def _speaker_goes_on(verb: Token, clause: Token, reporter: Token) -> bool:
    """Whether ``verb`` is the reporter's next statement: "X said the chips were safe
    and added that prices would fall" (a continuing cue with a clause of its own, after
    a clause whose subject is no one who could be speaking; in "X said Jane denied it
    and insisted that ...", Jane insists)."""
    if reporter.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["continuing_cues"]:
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or not (
        subject.pos_ == "PROPN" or subject.lower_ in _SPEAKING_PRONOUNS
    )


#: the fewest words a coordinated clause needs to be a statement of its own
MIN_CLAUSE_WORDS = 3


def coordinated_clauses(cue: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """The statements of a reported clause, one character span each.

    "X claims that A happened and that B did" reports two things: each verb
    coordinated with the reported clause's own verb and opened by its own "that" (not
    one the parse repair hands back to the reporting verb) is a statement of its own.
    Anything else is the one span ``content``: "said it is blocking the crawler and
    expects Y to change" splits on the AI-news gold but not on PolNeAR's attribution
    spans, and splitting it cost more than it gained (measured on both).
    """
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None or not content[0] <= clause.left_edge.idx < content[1]:
        return [content]
    parts = [
        c
        for c in clause.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and coordinated_head(c) == clause
        and any(g.dep_ == "mark" for g in c.children)
        and sum(1 for t in c.subtree if not t.is_punct) >= MIN_CLAUSE_WORDS
    ]
    if not parts:
        return [content]
    spans = []
    start = content[0]
    for part in parts:
        before = [t for t in clause.doc[clause.left_edge.i : part.left_edge.i] if t.idx >= start]
        while before and (before[-1].is_punct or before[-1].dep_ == "cc"):
            before.pop()
        if not before:
            return [content]
        spans.append((start, before[-1].idx + len(before[-1].text)))
        start = part.left_edge.idx
    spans.append((start, content[1]))
    if start >= content[1]:
        return [content]
    return spans


# the links by which the last word before a stranded verb leads up to the name
NAME_PARTS = frozenset({"appos", "compound", "conj", "pobj", "prep", "amod", "poss"})


def stranded_subject(verb: Token) -> Span | None:
    """The subject the parser joined to an earlier phrase: in "Asked about the claims
    made by Y, X, Y's chief executive, said ..." X is read as a conjunct of Y and the
    verb gets no subject. The name (with any apposition) that ends just before the
    sentence's main verb is its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].is_punct:
        i -= 1
    tok = doc[i]
    for _ in range(4):  # up from the last word of "X, Y's chief executive"
        if tok.dep_ == "conj" and tok.pos_ == "PROPN":
            return doc[tok.left_edge.i : tok.i + 1]
        if tok.head.i >= verb.i or tok.head == tok or tok.dep_ not in NAME_PARTS:
            return None
        tok = tok.head
    return None


def actor_came_after(verb: Token) -> Span | None:
    """The party named after "came after" for a participle cue the parser hung on
    "came": "The remarks came a day after X disclosed bets against Y, arguing that ...":
    X argues, not the remarks."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.lemma_ not in ("come", "follow") or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None  # "Y came after X, arguing ...": a party that came
    after = next(
        (
            p
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "after"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ),
        None,
    )
    if after is None:
        return None
    start = min((c.i for c in after.children if c.dep_ == "compound"), default=after.i)
    return doc[start : after.i + 1]


def descriptor_read_as_verb(verb: Token) -> Span | None:
    """The subject phrase when the parser read an organisation noun as the main verb:
    in "The AI startup X on Tuesday accused Y ...", "startup" is parsed as a verb with
    "AI" as its subject and X as its object, and "accused" hangs on it. The phrase is
    "The AI startup X"."""
    if verb.pos_ != "VERB" or verb.lower_ not in lexicon()["org_group_nouns"]:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    name = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > verb.i),
        None,
    )
    if name is None and verb.i + 1 < len(verb.doc):
        # "Robotics startup Halvern released ...": the name read as the subject of a
        # clause the noun-as-verb governs
        nxt = verb.doc[verb.i + 1]
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        if nxt.pos_ == "PROPN" and nxt.dep_ == "nsubj" and nxt.head.head == verb:
            name = nxt
    if subject is None or name is None or name.left_edge.i != verb.i + 1:
        return None
    return verb.doc[subject.left_edge.i : name.i + 1]


def subject_inside_misread_descriptor(verb: Token) -> Span | None:
    """The subject phrase when an organisation noun inside its apposition was read as
    a clause of the verb: in "Jane Roe, the founder of the Paris startup Lumio, says
    ...", "startup" is parsed as a verb with "Jane Roe" as its subject, and "says" gets
    none. The phrase runs from that subject to the comma before the verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.children:
        if (
            clause.dep_ != "ccomp"
            or clause.i > verb.i
            or clause.lower_ not in lexicon()["org_group_nouns"]
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        end = verb.i
        while end > clause.i and verb.doc[end - 1].is_punct:
            end -= 1
        return verb.doc[subject.left_edge.i : end]
    return None


def fronted(tok: Token) -> bool:
    """Whether only spaces and punctuation stand before ``tok`` in its sentence (it
    opens the sentence, maybe after a quotation mark or a blank line)."""
    return all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start : tok.i])


def comma_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle clause set off by a comma (", adding that ...")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and (verb.doc[verb.i - 1].text == ",")
    )


def prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of ``tok``'s first preposition among ``preps`` ("a report by X": X)."""
    return next(
        (
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def apposition_of_phrase_head(name: Token) -> Token | None:
    """The head of the noun phrase that apposition ``name`` really describes, when the
    parser hung it on a noun inside the phrase's own modifier: in "A union representing
    Y's support staff, the Workers Alliance, said" (or "The nurses' union at Northgate,
    the Ohio Nurses Association, said"), the Workers Alliance is the union, not the
    staff. The apposition must close the phrase (nothing but punctuation after
    it) and its noun must lie in a clause or preposition of the phrase's head; None
    when the parse already has it right or the apposition is not such a one."""
    if name.dep_ != "appos" or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    inner = name.head
    for outer in inner.ancestors:
        if outer.dep_ in ("nsubj", "nsubjpass") and outer.pos_ == "NOUN":
            break
    else:
        return None
    path = [t for t in inner.ancestors if outer.is_ancestor(t) or t == outer]
    if not any(t.dep_ in ("acl", "relcl", "prep") and t.head == outer for t in [inner, *path]):
        return None
    after = name.doc[name.right_edge.i + 1 : outer.right_edge.i + 1]
    return outer if all(t.is_punct for t in after) else None


def said_to_be_former(noun: Token) -> bool:
    """Whether ``noun`` is said to be former ("former Google engineers", "ex-OpenAI
    researchers", the "ex" the tokenizer split off): former staff no longer speak for
    the organisation named beside them."""
    return any(
        c.lower_ in ("former", "ex", "ex-") or c.text.lower().startswith("ex-")
        for c in noun.children
    )


# nouns that count people rather than name them ("dozens of students")
QUANTITY_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "scores", "handful", "number", "majority"}
)


def counted_noun(head: Token) -> Token:
    """The noun a quantity stands for ("Dozens of students at X", "some of the users",
    "300 of its customers": students, users, customers), else ``head`` itself: the
    people counted are who speaks, so their noun decides whose voice they are."""
    if head.pos_ in ("NUM", "PRON", "DET") or head.lower_ in QUANTITY_NOUNS:
        counted = prep_object(head, ("of",))
        if counted is not None and counted.pos_ == "NOUN":
            return counted
    return head


def verbs_read_as_modifiers(doc: Doc) -> list[Token]:
    """The past-tense verbs the parser read as a modifier of their own object when their
    subject carries an apposition: in "Marcus Feld, an analyst at X, savaged Quorvane's
    claims", "savaged" is parsed as an adjective of "claims", the name is left as the
    sentence's root, and the sentence has no verb. Only a word right after a comma, in a
    sentence whose root is a name or a noun before it, is read (found from the label
    arrays: a Python object for every token would cost more than the rule)."""
    amod, tags = doc.vocab.strings["amod"], {doc.vocab.strings[t] for t in ("VBD", "VBN", "JJ")}
    found = []
    for i, (dep, tag) in enumerate(doc.to_array([DEP, TAG]).tolist()):
        if dep != amod or tag not in tags or i < 3:
            continue
        tok = doc[i]
        if not tok.lower_.endswith("ed") or doc[i - 1].text != ",":
            continue
        root = tok.sent.root
        if (
            root.pos_ in ("PROPN", "NOUN")
            and root.i < i - 1
            and tok.head.i > i
            and tok.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "appos" and c.i < i for c in root.children)
            and not any(t.sent == tok.sent for t in found)
        ):
            found.append(tok)
    return found


def make_main_verb(verb: Token, lemma: str) -> None:
    """Re-attach a sentence around ``verb`` (see :func:`verbs_read_as_modifiers`): the
    old root becomes its subject, the noun it modified its object, and what followed it
    on the old root hangs on it."""
    root, obj = verb.sent.root, verb.head
    after = [t for t in verb.sent if t.i > verb.i and t.head == root and t != obj]
    verb.head = verb
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBD", lemma
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for t in after:
        t.head = verb
