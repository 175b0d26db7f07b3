"""Every entity mention of one article: :func:`find_mentions`.

Mentions come from four sources, in order of trust (``Mention.source``):

1. ``gaz``: the gazetteer (``data/*.tsv``), known organisations, outlets, people,
   models and benchmarks with their aliases (:mod:`ingest.mention_rules_known`);
2. ``pattern``: model-name patterns, a model family word followed by version and variant
   tokens (``Claude 3.5 Sonnet``, ``GPT-4o``), also in :mod:`ingest.mention_rules_known`;
3. ``def``: in-text definitions and context, for names no gazetteer lists: acronyms
   (:mod:`ingest.mention_rules_definitions`), people (:mod:`ingest.mention_rules_people`),
   organisations (:mod:`ingest.mention_rules_orgs`), models
   (:mod:`ingest.mention_rules_models`) and benchmarks
   (:mod:`ingest.mention_rules_benchmarks`);
4. ``ner``: the statistical NER (PERSON, ORG), filtered, because it mislabels this
   domain (:mod:`ingest.mention_rules_ner`).

Each rule proposes candidates; :mod:`ingest.mention_selection` then keeps the most
trusted and longest where they overlap, adds repeats and marks renames.  The order of
the steps below is part of the behaviour: where two candidates tie on trust, length and
place, the first proposed is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ingest.entity_model import Mention
from ingest.gazetteer import Gazetteer
from ingest.mention_checks import ArticleView, person_like_names
from ingest.mention_rules_benchmarks import benchmark_mentions, score_table_mentions
from ingest.mention_rules_definitions import (
    acronym_definitions,
    acronyms_of_full_names,
    acronyms_without_full_names,
    organizations_called,
)
from ingest.mention_rules_known import (
    divisions_as_products,
    gazetteer_mentions,
    model_name_patterns,
)
from ingest.mention_rules_models import (
    editions_of_found_models,
    families_only_as_kinds,
    model_lines_named_alone,
    models_by_apposition,
    models_by_edition,
    models_by_size,
    models_named_by_kind,
    models_numbered_after_makers,
    models_released,
    models_released_with_variant,
    models_that_perform,
    models_trained,
    models_underneath,
    models_with_their_results,
    product_names,
    products_named_like_people,
    synthetic_personas,
)
from ingest.mention_rules_ner import hardware_names, statistical_ner_mentions
from ingest.mention_rules_orgs import (
    authors_of_studies,
    backers,
    business_counterparts,
    camel_case_organizations,
    camel_case_speakers,
    company_owners,
    courts,
    developers_of_models,
    employers_named_before_roles,
    employers_of_people,
    employers_owning_people,
    funding_investors,
    institutions_by_mission,
    makers_of_goods,
    names_listed_with_their_kind,
    organizations_by_apposition,
    organizations_by_context,
    organizations_by_suffix,
    organizations_founded_by,
    organizations_in_lists,
    organizations_named_like_people,
    organizations_of_the_press,
    organizations_people_found_or_run,
    organizations_speaking_of_themselves,
    organizations_where_role_held,
    places_acting_as_companies,
    unknown_parties,
    x_platform,
)
from ingest.mention_rules_people import (
    byline_authors,
    dated_bylines,
    full_names_of_speaking_surnames,
    handles,
    people_after_honorifics,
    people_before_who,
    people_beside_people,
    people_by_given_name,
    people_by_role,
    people_coordinated_with_people,
    people_in_lists,
    people_referred_back,
    people_who_speak,
    photo_credits,
    surname_repeats,
    surnames_of_people,
)
from ingest.mention_selection import (
    add_model_short_names,
    add_repeats,
    add_short_names,
    apply_renames,
    drop_excluded,
    resolve_overlaps,
    strip_kind_words,
    strip_leading_titles,
    strip_leading_words,
    strip_possessives,
)


def find_mentions(
    doc: Doc, gaz: Gazetteer, skip: list[tuple[int, int]], english: frozenset[str] = frozenset()
) -> list[Mention]:
    """Every entity mention in ``doc`` outside the ``skip`` regions, overlaps resolved;
    ``english`` is the dictionary that tells a name opening a sentence from a word."""
    view = ArticleView.of(doc, gaz, english)
    text = view.text

    # 1-2. names known beforehand
    cands = gazetteer_mentions(view)
    divisions_as_products(view, cands)
    cands += model_name_patterns(view, cands)

    # 3. in-text definitions and people
    cands += acronym_definitions(view)
    cands += organizations_called(view)
    cands += people_by_role(view)
    cands += people_referred_back(view)
    cands += people_before_who(view)
    cands += people_who_speak(view)
    cands += full_names_of_speaking_surnames(view)
    cands += people_by_given_name(view)
    lasts = surnames_of_people(view, cands)
    cands += surname_repeats(view, lasts)

    # organisations, people and models the context names as such; the context's
    # weights outvote the statistical NER's guess
    cands += organizations_by_suffix(view)
    cands += institutions_by_mission(view)
    cands += courts(view)
    person_like = person_like_names(doc, gaz)
    cands += organizations_by_apposition(view)
    cands += organizations_in_lists(view, person_like)
    cands += organizations_where_role_held(view, lasts)
    cands += funding_investors(view)
    cands += backers(view, person_like, lasts)
    cands += business_counterparts(view, lasts)
    cands += people_in_lists(view)
    cands += people_coordinated_with_people(view)
    cands += camel_case_organizations(view)
    cands += organizations_of_the_press(view, person_like, lasts)
    cands += employers_of_people(view)
    cands += employers_owning_people(view, person_like)
    cands += employers_named_before_roles(view, lasts)
    cands += organizations_people_found_or_run(view, lasts)
    cands += organizations_founded_by(view, person_like)
    cands += authors_of_studies(view, person_like)
    cands += x_platform(view)
    cands += byline_authors(view)
    cands += photo_credits(view)
    cands += dated_bylines(view)
    cands += handles(view)
    cands += models_by_apposition(view)
    cands += models_released(view)
    cands += models_by_size(view)
    cands += models_underneath(view)
    cands += models_trained(view)
    cands += models_that_perform(view)
    cands += models_released_with_variant(view)
    cands += models_by_edition(view)
    cands += models_with_their_results(view)
    cands += models_named_by_kind(view)
    cands += developers_of_models(view, cands)
    cands += benchmark_mentions(text, gaz)
    cands += score_table_mentions(text, gaz)
    cands += product_names(view)
    cands += organizations_by_context(view)
    cands += organizations_speaking_of_themselves(view)
    cands += camel_case_speakers(view)
    cands += places_acting_as_companies(view)
    cands += unknown_parties(view, lasts)
    cands += company_owners(view, lasts)
    cands += makers_of_goods(view, lasts)
    cands += names_listed_with_their_kind(view, cands, lasts)

    # 4. the statistical NER, then acronyms of the names found in full
    cands += statistical_ner_mentions(view)
    cands += models_numbered_after_makers(view, cands)
    cands += editions_of_found_models(view, cands)
    implied_acronyms = acronyms_of_full_names(view, cands)
    cands += implied_acronyms

    hardware = hardware_names(view)
    if hardware:
        cands = [c for c in cands if c.entry is not None or c.text not in hardware]
    cands = drop_excluded(text, gaz, cands, skip)
    strip_possessives(cands)
    strip_kind_words(cands)
    strip_leading_words(cands, english, gaz)
    strip_leading_titles(cands, gaz)
    kept = add_repeats(text, resolve_overlaps(cands), skip)
    products_named_like_people(view, kept)
    synthetic_personas(view, kept)
    model_lines_named_alone(kept, view)
    organizations_named_like_people(kept, gaz)
    people_beside_people(view, kept)
    people_after_honorifics(view, kept)
    kept = add_short_names(text, gaz, kept, skip)
    kept = add_model_short_names(text, kept, skip)
    kept = acronyms_without_full_names(kept, implied_acronyms)
    kept = families_only_as_kinds(text, kept)
    return apply_renames(text, kept, skip)
