"""The gazetteer files (ingest/data/*.tsv) are consistent: one entry per name, and every
affiliation and developer they name is an entry they list by its name (an organisation;
for people also a leaderboard such as LMArena, which is run by a team)."""

from __future__ import annotations

from collections import defaultdict

from ingest.gazetteer import fold, load

# a company and its division named alike, read as the company (organizations.tsv)
SHARED_ON_PURPOSE = {"alibaba cloud"}


def test_every_name_or_alias_names_one_entry():
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry in load().entries:
        for form in (entry.name, *entry.aliases):
            owners[fold(form)].add((entry.type, entry.name))
    shared = {form: sorted(o) for form, o in owners.items() if len(o) > 1}
    assert set(shared) <= SHARED_ON_PURPOSE, shared


def test_affiliations_and_developers_are_listed_organisations():
    gaz = load()
    organisations = {e.name for e in gaz.entries if e.type == "Organization"}
    employers = organisations | {e.name for e in gaz.entries if e.type == "Benchmark"}
    people = {e.name: e.affiliation for e in gaz.entries if e.type == "Person" and e.affiliation}
    models = {e.name: e.developer for e in gaz.entries if e.type == "Model" and e.developer}
    assert {p: a for p, a in people.items() if a not in employers} == {}
    assert {m: d for m, d in models.items() if d not in organisations} == {}


def test_forms_with_an_apostrophe_are_also_listed_with_a_typographic_one():
    gaz = load()
    for form in ("Tom\u2019s Hardware", "Humanity\u2019s Last Exam", "Tim O\u2019Reilly"):
        entry = gaz.by_form.get(form)
        assert entry is not None and "\u2019" not in entry.name, form


def test_accented_forms_are_also_listed_without_accents():
    gaz = load()
    for form, name in (("Jurgen Schmidhuber", "Jürgen Schmidhuber"), ("Beyonce", "Beyoncé")):
        entry = gaz.by_form.get(form)
        assert entry is not None and entry.name == name, form
