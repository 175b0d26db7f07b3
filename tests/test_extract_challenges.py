"""Disputes from one party challenging another (ingest/opposition.py), one per pair.

Every sentence here is written for the project.  A challenge needs no claim from the
challenged party; negated, hedged and agreeing statements are no challenge.
"""

from __future__ import annotations

import pytest

from ingest.document import ArticleText
from ingest.pipeline import Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture
keeping = extract_support.keeping  # the one that keeps unnamed sources, as the CLI does


def pairs(extractor: Extractor, text: str) -> list[frozenset[str]]:
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    return [frozenset(d["parties"]) for d in found["disputes"]]


@pytest.mark.parametrize(
    ("text", "challenger", "target"),
    [
        # verbs of accusation, criticism, legal action: the object is the target
        ("Nvidia criticized Anthropic on Thursday over its support for chip rules.",
         "Nvidia", "Anthropic"),
        ("Author Maria Keller accused OpenAI of copying her novels.", "Maria Keller", "OpenAI"),
        ("The New York Times is suing Microsoft for copyright infringement.",
         "The New York Times", "Microsoft"),
        # the criticised thing stands for its owner
        ("Professor Lena Ortiz of Yale questioned Google's benchmark results in a new paper.",
         "Lena Ortiz", "Google"),
        # passive: the agent challenges the subject
        ("OpenAI was sued by The New York Times in December.", "The New York Times", "OpenAI"),
        # nouns and phrasal verbs
        ("The New York Times filed a lawsuit against Microsoft last year.",
         "The New York Times", "Microsoft"),
        ("Elon Musk lashed out at OpenAI in a long post.", "Elon Musk", "OpenAI"),
        # a party's action or argument stands for the party
        ("Anthropic CEO Dario Amodei criticized Nvidia's lobbying against export controls.",
         "Dario Amodei", "Nvidia"),
        ("Judge William Alsup said Anthropic's fair use argument was unconvincing.",
         "William Alsup", "Anthropic"),
        # the parser hangs "from X" on the verb: right after the lawsuit it is still X's
        ("Perplexity CEO Aravind Srinivas called the lawsuit from News Corp baseless in an "
         "interview on Monday.", "Aravind Srinivas", "News Corp"),
        # critical examination of a party's work
        ("Researchers at Stanford University scrutinized Google's latest model in a study.",
         "Stanford University", "Google"),
        # calling someone names
        ("Andrew Bosworth called Sam Altman dishonest during a meeting.",
         "Andrew Bosworth", "Sam Altman"),
        # an accusation whose target is the subject of the reported clause
        ("Getty Images alleged that Stability AI copied millions of its photos.",
         "Getty Images", "Stability AI"),
        # a regulator rejecting a demand from named companies
        ("The European Commission rejected a demand from several firms, including Siemens.",
         "European Commission", "Siemens"),
        # stances
        ("Yann LeCun is critical of OpenAI's approach to safety.", "Yann LeCun", "OpenAI"),
        # an independent check that failed
        ("Researchers at Stanford University could not reproduce Mistral AI's reported scores.",
         "Stanford University", "Mistral AI"),
        # a reported clause charging its subject with wrongdoing
        ("Gary Marcus said OpenAI's benchmark results were inflated.", "Gary Marcus", "OpenAI"),
        ("In a statement, Nvidia said the report by The Information was inaccurate.",
         "Nvidia", "The Information"),
        # a demand on a party: "called for Y to ..." ("for" parsed as a clause's mark)
        ("Reporters Without Borders called for Apple to remove the feature.",
         "Reporters Without Borders", "Apple"),
        # a fine: the lemmatizer's slip ("fined" -> "fin")
        ("The European Commission fined Meta last year for breaching the rules.",
         "European Commission", "Meta"),
        # a former employee is no longer on the company's side
        ("Former OpenAI researcher Jan Leike criticized the company's leadership.",
         "Jan Leike", "OpenAI"),
        # "pushed back" with "back" parsed as an adverb; the warning stands for its owner
        ("Nvidia CEO Jensen Huang pushed back on Dario Amodei's warning about jobs.",
         "Jensen Huang", "Dario Amodei"),
        # an organisation's researchers act for it; a paper's compound names its owner
        ("Google DeepMind researchers questioned the methodology of the Apple paper.",
         "Google DeepMind", "Apple"),
        # a doubted clause is about its subject's party; a forecast is not (see below)
        ("Cohere questioned whether Mistral AI's chip was as fast as advertised.",
         "Cohere", "Mistral AI"),
        # "said in a statement that ...": the parser hangs the clause on the noun
        ("Cohere said in a statement that the Mistral AI report was wrong.",
         "Cohere", "Mistral AI"),
        ("Cohere wrote in a blog post that Mistral AI had misled its customers.",
         "Cohere", "Mistral AI"),
        # a reply naming its target only in the reported clause
        ("Mistral AI hit back, saying Cohere had misread the data.",
         "Mistral AI", "Cohere"),
        # both sides in one coordinated subject
        ("Mistral AI and Cohere have clashed over the licensing terms.",
         "Mistral AI", "Cohere"),
        # critics by standing, whatever the verb
        ("Critics of Mistral AI, including Cohere, say the chip overheats.",
         "Cohere", "Mistral AI"),
        ("Mara Lindqvist, a longtime critic of Mistral AI, said the chip overheats.",
         "Mara Lindqvist", "Mistral AI"),
        ("Mistral AI critic Mara Lindqvist said the chip overheats.",
         "Mara Lindqvist", "Mistral AI"),
        # answers that name no target answer the last claimant of the other side
        ("Mistral AI said it had never used Cohere's code. Cohere insists otherwise.",
         "Cohere", "Mistral AI"),
        ("Cohere warned that Mistral AI's chip was unsafe. Mistral AI called the warning "
         "alarmist.", "Mistral AI", "Cohere"),
        # a finding short of what was claimed
        ("Mistral AI claims its model is twice as fast as rivals. But Cohere, which tested "
         "it, found it was slower than advertised.", "Cohere", "Mistral AI"),
        ("Mistral AI claims its model is fast. Cohere found the model was not as fast as "
         "claimed.", "Cohere", "Mistral AI"),
        # opposed positions: "that of Y", both sides in the subject, doubt with no target
        ("Mara Lindqvist's view is at odds with that of Cohere chief executive Aidan Gomez.",
         "Mara Lindqvist", "Aidan Gomez"),
        ("Mara Lindqvist and Aidan Gomez are at odds over the chip.",
         "Mara Lindqvist", "Aidan Gomez"),
        ("Mara Lindqvist has long argued that open models are dangerous. That view puts her "
         "at odds with Cohere.", "Mara Lindqvist", "Cohere"),
        ("Mistral AI said its model is the fastest. Cohere is not convinced.",
         "Cohere", "Mistral AI"),
        ("Mistral AI said its model is the fastest. Cohere is not so sure.",
         "Cohere", "Mistral AI"),
        # the same doubt with "convinced" tagged as an adjective after an apposition
        ("Mistral AI said its model is the fastest. Mara Lindqvist, an analyst at Cohere, "
         "is not convinced.", "Mara Lindqvist", "Mistral AI"),
        ("Mistral AI said its model is the fastest. Cohere remains skeptical.",
         "Cohere", "Mistral AI"),
        ("Mistral AI said its model is the fastest. Cohere sees it differently.",
         "Cohere", "Mistral AI"),
        ("Mistral AI said its model is the fastest. Cohere's benchmarking says different.",
         "Cohere", "Mistral AI"),
        ("Cohere said Mistral AI's model overheats. Mistral AI shot down the report in a post "
         "on X.", "Mistral AI", "Cohere"),
        ("Mara Lindqvist called into question Mistral AI's benchmark results.",
         "Mara Lindqvist", "Mistral AI"),
        ("Critics panned Mistral AI's new model. Cohere repudiated Mistral AI's account of "
         "the talks.", "Cohere", "Mistral AI"),
        ("The European Commission rejected calls from Mistral AI to pause the AI Act.",
         "European Commission", "Mistral AI"),
        ("Cohere researchers found that Mistral AI's model had been trained on test data, a "
         "charge Mistral AI denies.", "Mistral AI", "Cohere"),
        ("Mistral AI's claims of a breakthrough were met with skepticism by Cohere.",
         "Cohere", "Mistral AI"),
        ("Mistral AI faces a lawsuit from Cohere over the chip.", "Cohere", "Mistral AI"),
        # a title-case headline, which the parser reads badly
        ("Nvidia Slams Anthropic Over Chip Export Rules\n\nThe chipmaker said the rules "
         "would hurt exports.", "Nvidia", "Anthropic"),
        ("Anthropic Sued by Ziff Davis for Copyright Infringement\n\nThe publisher filed "
         "the suit in Delaware.", "Ziff Davis", "Anthropic"),
        ("Reuters Calls Out Anthropic Over Fake Headlines\n\nThe agency said the summaries "
         "were wrong.", "Reuters", "Anthropic"),
        ("The Information reported that most sales needed human review, though Mistral AI "
         "says that is inaccurate.", "Mistral AI", "The Information"),
        # an ambiguous name ("Perplexity") the body establishes counts in the headline
        ("Cloudflare Accuses Perplexity of Stealth Crawling\n\nCloudflare said the AI "
         "search company Perplexity ignored its rules.", "Cloudflare", "Perplexity"),
        # legal and institutional disputes
        ("Mistral AI has asked a court to throw out the lawsuit filed by Cohere.",
         "Mistral AI", "Cohere"),
        ("Cohere is seeking damages from Mistral AI.", "Cohere", "Mistral AI"),
        ("Mistral AI filed a countersuit against Cohere in May.", "Mistral AI", "Cohere"),
        ("Judge William Orrick dismissed most of the claims Cohere brought against Mistral AI.",
         "Cohere", "Mistral AI"),
        ("Judge William Orrick dismissed most of the claims Cohere brought against Mistral AI.",
         "William Orrick", "Cohere"),
        # a failed check of a claim the pronoun refers back to
        ("Mistral AI touted its benchmark scores. Independent evaluators at Cohere were "
         "unable to replicate them.", "Cohere", "Mistral AI"),
        # opposed positions
        # the parser may cut "Unlike X," off as a sentence of its own
        ("Unlike Sam Altman, Demis Hassabis believes AGI is at least five years away.",
         "Demis Hassabis", "Sam Altman"),
        ("Unlike Geoffrey Hinton, Yann LeCun believes the risks of AI are overstated.",
         "Yann LeCun", "Geoffrey Hinton"),
        ("Demis Hassabis's view of the timeline is at odds with Sam Altman's.",
         "Demis Hassabis", "Sam Altman"),
        # opposition a party draws from another
        ("Mistral AI has come under fire from Cohere over its pricing.", "Cohere", "Mistral AI"),
        ("Mistral AI drew criticism from Cohere for the licence change.", "Cohere", "Mistral AI"),
        ("Mistral AI's decision drew the ire of Cohere.", "Cohere", "Mistral AI"),
        # a conflict named by a noun, with both sides around it
        ("The feud between Mistral AI and Cohere escalated on Tuesday.", "Mistral AI", "Cohere"),
        ("Mistral AI is embroiled in a dispute with Cohere over royalties.",
         "Mistral AI", "Cohere"),
        ("Mistral AI and Cohere are locked in a legal battle over the patent.",
         "Mistral AI", "Cohere"),
        ("Mistral AI and Cohere traded barbs on social media.", "Mistral AI", "Cohere"),
        ("Cohere levelled accusations of fraud at Mistral AI.", "Cohere", "Mistral AI"),
        ("Cohere is taking legal action against Mistral AI.", "Cohere", "Mistral AI"),
        # phrases whose noun or preposition carries the target
        ("Cohere took Mistral AI to court.", "Cohere", "Mistral AI"),
        ("Cohere scoffed at Mistral AI's claims.", "Cohere", "Mistral AI"),
        ("Cohere poked holes in Mistral AI's claims.", "Cohere", "Mistral AI"),
        ("Cohere expressed doubts about Mistral AI's figures.", "Cohere", "Mistral AI"),
        ("Cohere raised concerns about Mistral AI's chatbot.", "Cohere", "Mistral AI"),
        # acting against a party or its work, and positions set apart
        ("Cohere lobbied against Mistral AI's bill.", "Cohere", "Mistral AI"),
        ("Cohere testified against Mistral AI.", "Cohere", "Mistral AI"),
        ("Cohere blocked Mistral AI's deal with the chip maker.", "Cohere", "Mistral AI"),
        ("Cohere found flaws in Mistral AI's study.", "Cohere", "Mistral AI"),
        ("Cohere differs from Mistral AI on open models.", "Cohere", "Mistral AI"),
        ("Cohere is seeking an injunction against Mistral AI.", "Cohere", "Mistral AI"),
        ("Cohere filed a complaint with the FTC about Mistral AI.", "Cohere", "Mistral AI"),
        # the tagger may read the answering verb of "a claim X disputes" as a noun
        ("Mistral AI says its model scored 90% on the test, a claim Cohere disputes.",
         "Cohere", "Mistral AI"),
    ],
)
def test_a_single_challenge_is_a_dispute(extractor, text, challenger, target):
    assert frozenset((challenger, target)) in pairs(extractor, text)


def test_a_plural_refers_back_to_a_list_it_introduced_not_to_any_list_of_its_sentence(
    extractor,
):
    # "the artists" is not the outlet reporting next to a list that mentions artists
    found = pairs(
        extractor,
        "According to Reuters, Stability AI and Midjourney have fired back at a group of "
        "artists. The companies asked a federal court to dismiss the artists' lawsuit.",
    )
    assert not any("Reuters" in pair for pair in found)


def test_opposed_views_in_a_contrast_oppose_each_holder(extractor):
    found = pairs(
        extractor,
        "While Geoffrey Hinton warns of grave risks, Andrew Ng and Yann LeCun believe "
        "the fears are exaggerated.",
    )
    assert set(found) == {
        frozenset(("Andrew Ng", "Geoffrey Hinton")),
        frozenset(("Yann LeCun", "Geoffrey Hinton")),
    }


def test_a_challenge_of_several_parties_is_one_dispute_per_pair(extractor):
    found = pairs(
        extractor,
        "Three novelists, Ann Lee, Bo Chen and Cara Diaz, sued Stability AI and Midjourney "
        "in March.",
    )
    for person in ("Ann Lee", "Bo Chen", "Cara Diaz"):
        for company in ("Stability AI", "Midjourney"):
            assert frozenset((person, company)) in found
    # co-plaintiffs and co-defendants are allies, not opponents
    assert frozenset(("Ann Lee", "Bo Chen")) not in found
    assert frozenset(("Stability AI", "Midjourney")) not in found
    assert len(found) == 6


def test_a_list_broken_by_an_apposition_is_still_one_list(extractor):
    found = pairs(
        extractor,
        "Getty Images sued Stability AI, developer of Stable Diffusion, Midjourney, "
        "and DeviantArt in London.",
    )
    for company in ("Stability AI", "Midjourney", "DeviantArt"):
        assert frozenset(("Getty Images", company)) in found


def test_a_plural_noun_refers_back_to_the_listed_parties(extractor):
    found = pairs(
        extractor,
        "Two publishers, Penguin Random House and HarperCollins, joined the case. "
        "The publishers accused Anthropic of training on pirated books.",
    )
    assert frozenset(("Penguin Random House", "Anthropic")) in found
    assert frozenset(("HarperCollins", "Anthropic")) in found


def test_disagreement_without_a_target_answers_the_last_other_party(extractor):
    found = pairs(
        extractor,
        "Google said Gemini beats GPT-4 on coding tasks. OpenAI disagreed.",
    )
    assert frozenset(("OpenAI", "Google")) in found


def test_rejecting_unattributed_allegations_answers_the_accuser(extractor):
    found = pairs(
        extractor,
        "Wired reported that Mistral AI trained its model on leaked code. "
        "Mistral AI rejected the allegations on Friday.",
    )
    assert frozenset(("Wired", "Mistral AI")) in found


def test_a_denial_naming_no_one_answers_the_author_of_the_report(extractor):
    found = pairs(
        extractor,
        "Baidu issued a firm denial of the allegations on Monday. "
        "They surfaced after Epoch AI published an analysis of the ERNIE model.",
    )
    assert frozenset(("Baidu", "Epoch AI")) in found


def test_a_party_introduced_by_name_wrote_the_paper_a_denial_answers(extractor):
    found = pairs(
        extractor,
        "Mistral AI has denied the allegations. The denial followed the release of a paper "
        "by a group named Epoch AI on Friday.",
    )
    assert frozenset(("Mistral AI", "Epoch AI")) in found


def test_a_reply_to_a_partys_remarks_is_a_dispute(extractor):
    found = pairs(
        extractor,
        "Andrew Ng said fears of AI doom help large companies. "
        "Geoffrey Hinton responded to Ng's remarks on Sunday.",
    )
    assert frozenset(("Geoffrey Hinton", "Andrew Ng")) in found


def test_a_plural_noun_for_a_list_accuses_as_each_of_its_parties(extractor):
    # "the labels" refers back to the list; the parser reads "alleged" as a modifier
    # of "labels" and the that-clause as a relative clause of "complaint"
    found = pairs(
        extractor,
        "The case was brought by Sony Music, Warner Records, EMI, and other record labels. "
        "The labels alleged in the complaint that Suno copied thousands of recordings.",
    )
    assert sorted(found, key=sorted) == sorted(
        [frozenset((label, "Suno")) for label in ("Sony Music", "Warner Records", "EMI")],
        key=sorted,
    )


def test_an_accusation_joined_to_a_report_is_the_reporters(extractor):
    # the parser joins "accused" to "has" (what Perplexity said); the tenses show it
    # goes with "said": Perplexity accuses, Cloudflare does not accuse itself
    text = (
        "In reply, Perplexity said Cloudflare has misread its own logs and accused "
        "the company of chasing headlines."
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert {c["claimant"] for c in found["claims"]} == {"Perplexity"}
    assert [d["parties"][0] for d in found["disputes"]] == ["Perplexity"]


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft did not criticize OpenAI over the outage.",  # negated
        "It is unclear whether Meta will sue OpenAI.",  # hedged
        "Will Meta sue OpenAI over the hire?",  # a question
        "Elon Musk agrees with Sam Altman about the risks.",  # agreement
        "The OpenAI board dismissed its chief executive in November.",  # a firing
        "Jensen Huang called Sam Altman a visionary.",  # a name that is no slur
        "While Microsoft reported strong growth, Google said its revenue rose.",  # facts
        "Sam Altman said, citing a Google study, that models keep improving.",  # quoting
        "Google responded to the request from Microsoft within a day.",  # a neutral reply
        "Google said DeepSeek did not copy its model.",  # a clause that clears its subject
        "Anthropic posted its findings on GitHub and YouTube.",  # platforms host, not write
        # defending a party is no attack on it
        "Microsoft fired back at critics with a robust defense of OpenAI on Tuesday.",
        "Cohere doubts that Mistral AI will catch up this year.",  # a forecast
        "Mistral AI and Cohere did not clash over the terms.",  # negated
        "Mistral AI and Cohere may clash over the terms.",  # a possibility
        "Mara Lindqvist is not a critic of Mistral AI.",  # negated stance
        # a finding that confirms or beats a claim
        "Mistral AI claims its model is fast. Cohere found it was as fast as claimed.",
        "Mistral AI claims its model is fast. Cohere found it was faster than advertised.",
        "Mistral AI said its model is fast. Cohere did not say otherwise.",
        "Mara Lindqvist and Aidan Gomez are not at odds over the chip.",
        "Cohere should sue Mistral AI over the design.",  # advice, not an act
        "Cohere declined to criticize Mistral AI.",  # a refusal to challenge
        "Nvidia Praises Anthropic Over Chip Export Rules\n\nThe chipmaker said the rules "
        "would help exports.",
        "Cohere needs to challenge Mistral AI in court.",
        "Mara Lindqvist is not critical of Mistral AI.",
        "Mistral AI said its model is the fastest. Cohere is convinced.",
        # rivalry, support and money are no disagreement
        "Mistral AI and Cohere are locked in a battle for market share.",
        "The price war between Mistral AI and Cohere hurt margins.",
        "Mistral AI drew praise from Cohere.",
        "Mistral AI attracted investment from Cohere.",
        "The partnership between Mistral AI and Cohere grew.",
        "Cohere took action to protect its staff.",
        "Mara Lindqvist raised concerns on X about the pace of AI research.",  # a platform
        "Cohere blocked the spam accounts.",  # no party's thing
        "Cohere found flaws in the chip design.",
        "Judge Mara Lindqvist said Cohere came close to proving its case.",  # not short of it
        "Mistral AI dismissed its chief executive as part of a shake-up.",  # no slur
        "Mistral AI portrayed Cohere as a responsible partner.",
        "Mistral AI said its model is fast. Cohere is not sure when its own will ship.",
    ],
)

def test_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "challenger", "target"),
    [
        (
            "In a letter to Anthropic, Brontal demanded that the startup stop using its "
            "trademarks.",
            "Brontal",
            "Anthropic",
        ),
        ("Brontal urged Anthropic to withdraw the model.", "Brontal", "Anthropic"),
        (
            "Brontal urged regulators to investigate Anthropic's data practices.",
            "Brontal",
            "Anthropic",
        ),
    ],
)
def test_demanding_that_a_party_stop_or_be_investigated_challenges_it(
    extractor, text, challenger, target
):
    assert pairs(extractor, text) == [frozenset({challenger, target})]


@pytest.mark.parametrize(
    "text",
    [
        "Brontal asked its customers to stop using the old app.",
        "Anthropic did not ask regulators to investigate Brontal.",
        "Lyra Castellan instructed Anthropic to stop booking her talks.",
    ],
)
def test_a_request_that_targets_no_other_party_or_is_negated_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit against OpenAI was filed by Anthropic in March.",
        "A lawsuit filed by Anthropic against OpenAI claims the model copied code.",
    ],
)
def test_the_agent_of_a_filed_lawsuit_sues_whom_it_is_against(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_each_of_two_unknown_names_sued_together_is_a_party(extractor):
    found = pairs(extractor, "Brontal sued Quorvane and Velmora in March.")
    assert set(found) == {frozenset({"Brontal", "Quorvane"}), frozenset({"Brontal", "Velmora"})}


def test_the_venue_of_a_complaint_is_no_party_to_it(extractor):
    found = pairs(extractor, "Cohere filed a complaint with the FTC about Mistral AI.")
    assert found == [frozenset({"Cohere", "Mistral AI"})]


def test_the_company_a_complaint_accuses_is_no_public_body_named_before_it(extractor):
    text = (
        "The Authors Guild has filed a complaint against Brontal with the Federal Trade "
        "Commission, alleging the company misled customers."
    )
    assert pairs(extractor, text) == [frozenset({"Authors Guild", "Brontal"})]


def test_a_headline_that_restates_the_bodys_dispute_adds_no_claim_of_its_own(extractor):
    text = (
        "Cohere Accuses Mistral AI of Copying\n\n"
        "Cohere accused Mistral AI on Monday of copying its training data."
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert [frozenset(d["parties"]) for d in found["disputes"]] == [
        frozenset({"Cohere", "Mistral AI"})
    ]
    assert [c["text"] for c in found["claims"]] == [
        "Cohere accused Mistral AI on Monday of copying its training data."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cohere and Mistral AI traded insults over the funding of the new lab.",
        "Cohere said the funding was fake. \u201cWrong, as you surely know,\u201d Mistral AI "
        "wrote in reply.",
    ],
)
def test_trading_insults_or_answering_wrong_is_a_dispute(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Cohere", "Mistral AI"})]


def test_drawing_a_sharp_response_is_a_dispute_but_a_plain_response_is_none(extractor):
    assert pairs(
        extractor, "Cohere questioned the funding, prompting a sharp response from Mistral AI."
    ) == [frozenset({"Cohere", "Mistral AI"})]
    assert (
        pairs(extractor, "Cohere published its results, prompting a response from Mistral AI.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "challenger", "target"),
    [
        pytest.param(
            "Nimbus Labs sued Quorvane on Tuesday in a federal court in Denver.",
            "Nimbus Labs", "Quorvane", id="an_unknown_name_sued_is_a_party",
        ),
        pytest.param(
            "Quorvane clashed with Nimbus Labs over who had invented the chip design.",
            "Quorvane", "Nimbus Labs", id="an_unknown_name_that_clashes_is_a_party",
        ),
        pytest.param(
            "Tom Brandt of Stanford has long been a vocal critic of Quorvane and its chips.",
            "Tom Brandt", "Quorvane", id="an_unknown_name_criticised_by_a_critic_is_a_party",
        ),
        pytest.param(
            "Tom Brandt of Stanford wrote that Quorvane's claims about the safety of the chip "
            "do not hold up.",
            "Tom Brandt", "Quorvane", id="claims_that_do_not_hold_up",
        ),
        pytest.param(
            "Tom Brandt of Stanford said Quorvane's benchmark results could not be reproduced.",
            "Tom Brandt", "Quorvane", id="results_that_could_not_be_reproduced",
        ),
        pytest.param(
            "Quorvane says its chip is the fastest on the market. Not so, says Nimbus Labs.",
            "Nimbus Labs", "Quorvane", id="a_reply_opening_with_not_so",
        ),
        pytest.param(
            "Orrin Vasquez hit back at Quorvane on Tuesday.",
            "Orrin Vasquez", "Quorvane", id="an_unknown_name_hit_back_at_is_a_party",
        ),
        pytest.param(
            "Brontal faces a lawsuit from Quorvane over the use of its code.",
            "Quorvane", "Brontal", id="an_unknown_name_a_lawsuit_comes_from_is_a_party",
        ),
        pytest.param(
            "Brontal and Quorvane are embroiled in a dispute over patents.",
            "Brontal", "Quorvane", id="unknown_names_embroiled_in_a_dispute_are_parties",
        ),
        pytest.param(
            "Brontal is under fire from Anthropic after the launch.",
            "Anthropic", "Brontal", id="a_party_under_fire_from_another",
        ),
    ],
)
def test_unknown_parties_and_failed_claims_are_challenged(extractor, text, challenger, target):
    assert frozenset({challenger, target}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tom Brandt of Stanford said Quorvane's claims about the chip hold up well.",
            id="claims_that_hold_up",
        ),
        pytest.param(
            "Tom Brandt of Stanford said Quorvane's benchmark results were reproduced by his "
            "team.",
            id="results_reproduced",
        ),
    ],
)
def test_claims_that_survive_a_check_are_not_challenged(extractor, text):
    assert pairs(extractor, text) == []


def test_disagreeing_answers_the_view_stated_just_before(extractor):
    text = (
        "Veltrix was sued by novelists who accused it of copying their books. Rebecca Lin, "
        "a copyright lawyer at Fenwick Hale, said the case would turn on how the books were "
        "obtained. Mark Feld, a professor at Columbia Law School, disagreed, arguing that "
        "courts had yet to settle the question."
    )
    found = pairs(extractor, text)
    assert frozenset(("Mark Feld", "Rebecca Lin")) in found
    assert frozenset(("Mark Feld", "Veltrix")) not in found


def test_vowing_to_fight_a_lawsuit_answers_the_party_that_brought_it(extractor):
    text = (
        "\u201cVeltrix built its business on our work without paying,\u201d the novelist "
        "Janet Hollis said in a statement. Veltrix said it intends to fight the lawsuit."
    )
    assert frozenset(("Veltrix", "Janet Hollis")) in pairs(extractor, text)


def test_declining_to_confirm_challenges_nobody(extractor):
    text = (
        "Senator Rita Holloway said the reports were troubling. Nimbus Labs declined to "
        "confirm the departures of its safety staff."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lena Ortiz of Quorvane called Nimbus Labs' safety policy \"theatre\".",
            id="an_insult_the_parser_hangs_the_owner_on",
        ),
        pytest.param(
            "Lena Ortiz of Quorvane called the safety policy of Nimbus Labs a gimmick.",
            id="a_gimmick",
        ),
    ],
)
def test_calling_a_partys_policy_names_challenges_the_party(extractor, text):
    assert frozenset(("Lena Ortiz", "Nimbus Labs")) in pairs(extractor, text)


def test_positions_at_odds_and_unlike_are_disputes(extractor):
    text = (
        "Lena Ortiz, chief executive of Quorvane, told senators that open models make AI "
        "safer. Her view is at odds with that of Tom Brandt, the co-founder of Nimbus Labs. "
        "Unlike Brandt, economist Amara Diallo of Stanford believes the risks are overstated."
    )
    found = pairs(extractor, text)
    assert frozenset(("Lena Ortiz", "Tom Brandt")) in found
    assert frozenset(("Amara Diallo", "Tom Brandt")) in found


@pytest.mark.parametrize(
    ("text", "challenger", "target"),
    [
        pytest.param(
            "U.S. District Judge Maria Santos said Veltrix had not shown that the files "
            "contained anything secret.",
            "Maria Santos", "Veltrix", id="a_party_that_had_not_shown_its_case",
        ),
        pytest.param(
            "Judge Maria Santos wrote that Veltrix had not come close to showing that its "
            "copying was fair.",
            "Maria Santos", "Veltrix", id="a_party_that_had_not_come_close_to_showing_it",
        ),
        pytest.param(
            "Judge Maria Santos said Veltrix fell short of proving its case.",
            "Maria Santos", "Veltrix", id="a_party_that_fell_short_of_proving_it",
        ),
        pytest.param(
            "U.S. District Judge Maria Santos questioned the evidence Veltrix presented at "
            "the hearing.",
            "Maria Santos", "Veltrix", id="the_evidence_a_party_presented",
        ),
        pytest.param(
            "A judge doubted the evidence Veltrix has presented in its lawsuit against a "
            "former engineer, Daniel Cho, whom the chipmaker accuses of taking design files.",
            "Veltrix", "Daniel Cho", id="its_lawsuit_against_and_whom_it_accuses",
        ),
        pytest.param(
            "Veltrix said Daniel Cho had taken its design files. \u201cMy client took nothing "
            "that belonged to Veltrix,\u201d said Peter Lang, a lawyer for the engineer.",
            "Peter Lang", "Veltrix", id="a_denial_that_anything_was_taken",
        ),
    ],
)
def test_court_cases_are_disputes(extractor, text, challenger, target):
    assert frozenset({challenger, target}) in pairs(extractor, text)


def test_a_party_that_has_shown_its_case_is_not_doubted(extractor):
    text = "Judge Maria Santos said Veltrix had shown that the files contained trade secrets."
    assert pairs(extractor, text) == []


def test_a_lawyer_commenting_on_a_case_is_no_party_to_it(extractor):
    text = (
        "\u201cVeltrix built its business on our work,\u201d the novelist Janet Hollis said. "
        "Veltrix said it would fight the lawsuit over the books. Rebecca Lin, a lawyer at "
        "Fenwick Hale, said the case would turn on how the books were obtained."
    )
    found = pairs(extractor, text)
    assert frozenset(("Veltrix", "Janet Hollis")) in found
    assert not [p for p in found if "Rebecca Lin" in p]


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit pits Lyra Castellan against her former co-founder Tamsin Achterberg.",
        "The case, which pits Lyra Castellan against Tamsin Achterberg, goes to trial in May.",
    ],
)
def test_a_lawsuit_or_case_that_pits_one_party_against_another_is_a_dispute(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Tamsin Achterberg"})]


@pytest.mark.parametrize(
    "text",
    [
        "The election pits Lyra Castellan against Tamsin Achterberg in November.",
        "The contest pits Zentrix's newest model against the best systems from Brontal.",
    ],
)
def test_a_contest_that_pits_one_party_against_another_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix became the target of criticism from Brontal after the launch.",
        "Zentrix came under attack from Brontal on Monday.",
        "Zentrix is the subject of a complaint filed by Brontal with the regulator.",
        "Zentrix was hit with a lawsuit by Brontal on Monday.",
        "Zentrix was criticised by Brontal for the delay.",
    ],
)
def test_a_party_that_draws_or_is_the_target_of_opposition_is_challenged(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Zentrix", "Brontal"})]


def test_a_party_hit_with_a_lawsuit_is_its_target_not_its_author(extractor):
    found = extractor.extract(
        ArticleText(text="Zentrix was hit with a lawsuit by Brontal on Monday.", source="test")
    ).to_contract()
    assert [d["parties"] for d in found["disputes"]] == [["Brontal", "Zentrix"]]


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix's figures do not hold up, according to Brontal.",
        "Zentrix's claims are false, according to Brontal.",
        "An analysis by Brontal found that Zentrix's model scored far lower than the company "
        "had claimed.",
        "Brontal researchers found that Zentrix's chatbot was slower than advertised.",
        "Brontal slammed the decision by Zentrix to close its API.",
    ],
)
def test_a_judgement_or_finding_against_a_partys_claim_or_work_is_a_challenge(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Zentrix", "Brontal"})]


def test_a_claim_judged_accurate_is_no_challenge(extractor):
    assert pairs(extractor, "Zentrix's claims are accurate, according to Brontal.") == []


def test_a_claim_said_to_be_without_merit_is_rebutted(extractor):
    assert pairs(extractor, "Brontal's claims are without basis, Zentrix said.") == [
        frozenset({"Zentrix", "Brontal"})
    ]


def test_a_view_held_to_be_the_opposite_answers_the_last_other_view(extractor):
    text = (
        "Tamsin Achterberg argued that scaling alone would lead to general intelligence. "
        "Her former colleague Lyra Castellan has long maintained the opposite."
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Tamsin Achterberg"})]


def test_a_bet_described_as_opposite_is_no_challenge(extractor):
    text = (
        "Zentrix says its chips use less power. Brontal, which makes the opposite bet, "
        "builds larger chips."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brontal wants the court to dismiss Zentrix's lawsuit.", {"Brontal", "Zentrix"}),
        (
            "Zentrix asked the European Commission to delay the rules. The Commission "
            "turned down the request.",
            {"European Commission", "Zentrix"},
        ),
    ],
)
def test_a_party_acting_through_a_body_or_turning_down_a_request_is_a_challenger(
    extractor, text, expected
):
    assert pairs(extractor, text) == [frozenset(expected)]


def test_a_body_asked_to_approve_something_is_no_challenge(extractor):
    assert pairs(extractor, "Brontal wants the court to approve the merger with Zentrix.") == []


def test_a_platform_criticism_was_posted_on_is_not_its_target(extractor):
    text = (
        "Lyra Castellan responded to Tamsin Achterberg's criticism on X, calling it "
        '"misinformed."'
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Tamsin Achterberg"})]


def test_a_party_that_had_not_been_able_to_reproduce_a_result_questions_it(extractor):
    text = (
        "Zentrix said its model scored 78% on the test.\n\n"
        "Brontal said it had not been able to reproduce the results."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


@pytest.mark.parametrize(
    ("text", "challenger", "target"),
    [
        ("Tamsin Achterberg criticized OpenAI's assessment of the risks.",
         "Tamsin Achterberg", "OpenAI"),
        ("Lyra Castellan questioned Anthropic's timeline for the release.",
         "Lyra Castellan", "Anthropic"),
    ],
)
def test_anything_a_named_party_has_stands_for_it_as_a_target(
    extractor, text, challenger, target
):
    assert pairs(extractor, text) == [frozenset({challenger, target})]


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Achterberg sharply criticized one of OpenAI's rivals in a post on Monday.",
        "Lyra Castellan criticized the plan at OpenAI's conference in San Francisco.",
    ],
)
def test_a_party_related_to_a_possessor_or_a_setting_it_has_is_not_the_possessor(
    extractor, text
):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brontal filed a motion to dismiss Zentrix's lawsuit on Tuesday.",
        "Brontal made a bid to block Zentrix's merger with a chip startup.",
    ],
)
def test_a_party_filing_a_request_for_an_act_against_another_challenges_it(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


def test_a_party_declining_a_request_does_not_do_what_was_requested(extractor):
    text = (
        "Lyra Castellan, the judge, declined a request to question Tamsin Achterberg "
        "before the trial."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Brontal poked fun at Zentrix\'s benchmark chart, calling it "creative."',
        "Brontal took potshots at Zentrix's pricing in a blog post.",
        "Brontal heaped criticism on Zentrix's new policy.",
        "Brontal poured scorn on Zentrix's claims about the chip.",
    ],
)
def test_idioms_of_mockery_and_scorn_criticise_their_target(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


@pytest.mark.parametrize(
    "text",
    [
        "Brontal settled its lawsuit with Zentrix for $20 million.",
        "Brontal agreed to settle with Zentrix last week, ending a two-year court fight.",
    ],
)
def test_a_settled_lawsuit_was_a_dispute_between_its_parties(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


def test_settling_somewhere_with_family_is_no_dispute(extractor):
    text = "Lyra Castellan settled in Austin with her family in 2019, Tamsin Achterberg said."
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brontal's lawyers argued that Zentrix's claims lacked evidence.",
        "Zentrix's lawsuit has no merit, Brontal said in a statement.",
    ],
)
def test_a_claim_said_to_lack_grounds_is_rebutted(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix's lawsuit has some merit, Brontal conceded in a statement.",
        "Lyra Castellan said Brontal's new chip lacked the memory to run the largest models.",
    ],
)
def test_granting_merit_or_naming_a_missing_part_is_no_rebuttal(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "critic", "target"),
    [
        ("Brontal said on Monday that its new model was safe. Critics, including Tamsin "
         "Achterberg, say Brontal released the model too early.", "Tamsin Achterberg", "Brontal"),
        ("Critics such as Lyra Castellan argue that Brontal's plan will fail.",
         "Lyra Castellan", "Brontal"),
    ],
)
def test_named_critics_criticise_the_party_their_report_is_about(
    extractor, text, critic, target
):
    assert pairs(extractor, text) == [frozenset({critic, target})]


def test_named_critics_of_an_unowned_thing_have_no_target(extractor):
    text = "Critics, including Tamsin Achterberg, say the model was released too early."
    assert pairs(extractor, text) == []


def test_figures_a_party_released_are_its_claim_to_contest(extractor):
    text = "Anthropic contested the figures OpenAI released on Monday."
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix published a report on chip prices on Monday. In response, Brontal said the "
        "report was riddled with errors.",
        "Brontal said Zentrix's study was full of mistakes.",
        "Zentrix's filing is rife with inaccuracies, Brontal said.",
    ],
)
def test_a_report_said_to_be_full_of_errors_is_rebutted(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


def test_a_place_full_of_something_else_is_no_rebuttal(extractor):
    assert pairs(extractor, "Brontal said the new Zentrix campus was full of light.") == []


def test_a_cease_and_desist_letter_is_sent_to_its_target(extractor):
    text = "Zentrix sent a cease-and-desist letter to Brontal in April."
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


def test_an_ordinary_letter_is_no_challenge(extractor):
    text = "Zentrix sent a letter to Brontal in April asking about a partnership."
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brontal is at loggerheads with Zentrix over the contract.", {"Brontal", "Zentrix"}),
        (
            "Zentrix said on Monday it would raise prices. Zentrix and Brontal have been at "
            "loggerheads over the contract for months.",
            {"Brontal", "Zentrix"},
        ),
        (
            "Lyra Castellan is in disagreement with Tamsin Achterberg about the timeline.",
            {"Lyra Castellan", "Tamsin Achterberg"},
        ),
    ],
)
def test_a_stance_written_with_a_noun_opposes_the_parties(extractor, text, expected):
    assert pairs(extractor, text) == [frozenset(expected)]


@pytest.mark.parametrize(
    "text",
    [
        'In a court filing, Brontal called the allegations by Zentrix "baseless."',
        "Brontal pushed back against the claims by Zentrix, saying its model was built "
        "independently.",
    ],
)
def test_the_author_of_claims_named_after_them_is_the_target(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Zentrix"})]


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        ("Zentrix said Brontal's chatbot had been trained on its data without permission.",
         "Zentrix"),
        ("Lyra Castellan alleges that Brontal copied her novels without paying for them.",
         "Lyra Castellan"),
        ("Lyra Castellan said Brontal had used her voice without her consent.",
         "Lyra Castellan"),
        # or done with illicit material, wherever the parser hangs it
        ("The authors, led by Lyra Castellan, say Brontal trained its Lumora models on "
         "pirated copies of their books.", "Lyra Castellan"),
        ("Zentrix says Brontal built its chatbot with stolen code.", "Zentrix"),
    ],
)
def test_a_deed_reported_as_done_without_leave_accuses_its_doer(extractor, text, accuser):
    assert pairs(extractor, text) == [frozenset({accuser, "Brontal"})]


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix said Brontal had licensed the images with permission from the artists.",
        "Zentrix said it had built the model without help from Brontal.",
        "Zentrix says Brontal trained its models on licensed books.",
        "Zentrix says Brontal used no pirated books to train its models.",
    ],
)
def test_a_deed_done_with_leave_or_without_help_accuses_no_one(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamsin Achterberg, formerly of Brontal, said the company's culture was toxic.",
            {"Tamsin Achterberg", "Brontal"},
        ),
        (
            'Brontal called Zentrix\'s lawsuit "a desperate attempt to stifle competition."',
            {"Brontal", "Zentrix"},
        ),
        # a slur after "as"
        ("Zentrix dismissed Brontal as a copycat.", {"Zentrix", "Brontal"}),
        ("Zentrix cast Brontal's announcement as a marketing stunt.", {"Zentrix", "Brontal"}),
    ],
)
def test_calling_a_party_or_its_work_toxic_or_desperate_criticises_it(
    extractor, text, expected
):
    assert pairs(extractor, text) == [frozenset(expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan is one of several authors suing Brontal over the use of their books.",
        "Lyra Castellan is among the authors suing Brontal.",
        "Lyra Castellan is the latest to criticize Brontal over its pricing.",
        "A group of authors led by Lyra Castellan sued Brontal in 2023.",
    ],
)
def test_a_member_or_leader_of_the_challengers_is_a_challenger(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Brontal"})]


def test_a_member_of_a_team_that_builds_something_challenges_no_one(extractor):
    text = "Lyra Castellan is one of the engineers building Brontal's new chip."
    assert pairs(extractor, text) == []


def test_a_stance_under_a_denied_opinion_is_no_dispute(extractor):
    text = (
        "Lyra Castellan said she does not think OpenAI is at odds with Anthropic over the "
        "contract."
    )
    assert pairs(extractor, text) == []


def test_a_denial_the_tagger_reads_as_a_plural_noun_answers_the_last_claim(extractor):
    text = "OpenAI said its model was trained on licensed data. Anthropic disputes that."
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_a_plural_noun_of_dispute_with_a_relative_clause_is_no_denial(extractor):
    text = (
        "OpenAI said its model was trained on licensed data. The Anthropic disputes that "
        "followed the launch were settled quickly."
    )
    assert pairs(extractor, text) == []


CRITICISM = (
    "Lyra Castellan said on Wednesday that Velmora cares more about headlines than about "
    "research. "
)


@pytest.mark.parametrize(
    "reply",
    [
        "Tamsin Achterberg fired back on Thursday.",
        "Tamsin Achterberg fired back on social media, calling the remarks petty.",
        "Tamsin Achterberg pushed back on the idea at a conference in Berlin.",
        # and a venue some party owns is what the reply answers
        "Tamsin Achterberg pushed back on Castellan's post.",
    ],
)
def test_a_reply_made_on_some_day_or_platform_answers_the_last_speaker(extractor, reply):
    assert pairs(extractor, CRITICISM + reply) == [
        frozenset({"Tamsin Achterberg", "Lyra Castellan"})
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Velmora co-founder Tamsin Achterberg pushed back in a blog post.",
        "Velmora co-founder Tamsin Achterberg fired back, calling the remarks petty.",
    ],
)
def test_a_co_founder_who_replies_is_the_challenger_not_the_company(extractor, reply):
    # the tokenizer splits "co-founder" and the parser gives the verb three subjects
    assert pairs(extractor, CRITICISM + reply) == [
        frozenset({"Tamsin Achterberg", "Lyra Castellan"})
    ]


def test_disputing_the_report_answers_the_outlet_that_investigated(extractor):
    text = (
        "A Quillfeather investigation found that Brontal had quietly cut its safety team "
        "by half. Brontal disputed the report, saying the team had been reorganized."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Quillfeather"})]


ACCUSATION = "Quorvane accused Brontal of gaming the leaderboard. "


@pytest.mark.parametrize(
    "siding",
    [
        "Independent researcher Tamsin Achterberg sided with Quorvane.",
        "Tamsin Achterberg agreed with Quorvane, saying the scores looked odd.",
    ],
)
def test_taking_a_challengers_side_opposes_whom_it_challenged(extractor, siding):
    assert set(pairs(extractor, ACCUSATION + siding)) == {
        frozenset({"Quorvane", "Brontal"}),
        frozenset({"Tamsin Achterberg", "Brontal"}),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreement with a party that challenged nobody
        ("Tamsin Achterberg agreed with Quorvane about the scores.", []),
        # a side not taken
        (
            ACCUSATION + "Tamsin Achterberg did not side with Quorvane.",
            [frozenset({"Quorvane", "Brontal"})],
        ),
    ],
)
def test_agreeing_with_a_party_is_no_dispute_with_it(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_opposing_the_bill_opposes_whoever_introduced_it(extractor):
    text = (
        "Senator Orrin Vasquez introduced a bill on Tuesday that would require AI companies "
        "to disclose their training data. Brontal opposes the bill."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Orrin Vasquez"})]


@pytest.mark.parametrize(
    "author",
    [
        "The bill's author, Senator Orrin Vasquez, said it was modest.",
        "The author of the bill, Orrin Vasquez, said it was modest.",
        "Orrin Vasquez, the bill's sponsor, said it was modest.",
    ],
)
def test_opposing_the_bill_opposes_its_named_author(extractor, author):
    text = author + " Brontal has lobbied against the bill for months."
    assert pairs(extractor, text) == [frozenset({"Brontal", "Orrin Vasquez"})]


def test_saying_the_institute_used_the_wrong_settings_criticises_it(extractor):
    text = (
        "The Halvern Institute published test results on Monday. Brontal said the institute "
        "had used the wrong settings."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Halvern Institute"})]


@pytest.mark.parametrize(
    "text",
    [
        "The Halvern Institute tested the model. Brontal said it had used the wrong settings "
        "itself at first.",
        "Senator Orrin Vasquez introduced a bill on Tuesday. Brontal opposes a bill in Texas.",
    ],
)
def test_own_errors_and_other_bills_oppose_no_one(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane supported SB 1047, the California safety bill. Brontal opposed SB 1047, "
        "arguing it would slow research.",
        "Brontal opposes the disclosure bill, saying it would expose trade secrets. Quorvane "
        "supports it.",
    ],
)
def test_standing_for_what_another_party_opposes_opposes_the_two(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Brontal", "Quorvane"})]


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane supports open research. Brontal opposes the new export rules.",
        "Quorvane supported SB 1047, the California safety bill, last year. Brontal opposed "
        "SB 53, a different bill about data centers.",
        "Quorvane does not support SB 1047. Brontal opposed SB 1047.",
    ],
)
def test_positions_on_different_things_oppose_no_one(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "suit",
    [
        "The suit, filed by Halvern Records and Quillon Music in federal court in Boston, "
        "seeks damages.",
        "The lawsuit was filed by Halvern Records and Quillon Music in federal court.",
    ],
)
def test_the_suit_whose_plaintiffs_are_named_later_sues_the_party_sued_before(extractor, suit):
    text = "Three record labels sued Anthropic on Monday over its use of their songs. " + suit
    assert set(pairs(extractor, text)) == {
        frozenset({"Halvern Records", "Anthropic"}),
        frozenset({"Quillon Music", "Anthropic"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic sniped at OpenAI over its pricing on Tuesday.",
        "Anthropic needled OpenAI over its pricing on Tuesday.",
        "Anthropic took OpenAI to task over its pricing on Tuesday.",
        "Anthropic went after OpenAI over its pricing on Tuesday.",
        "Anthropic pinned the blame on OpenAI for the outage on Tuesday.",
        "Anthropic contradicted OpenAI on Tuesday, saying the outage was longer.",
        "Anthropic urged OpenAI to apologize for the outage.",
    ],
)
def test_more_verbs_and_phrases_of_criticism(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_dismissing_a_person_from_a_post_is_no_dispute(extractor):
    text = "OpenAI dismissed Tamsin Achterberg, its head of research, on Tuesday."
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic said on Tuesday that it held OpenAI responsible for the outage that took "
        "its chatbot offline for six hours.",
        "Anthropic holds OpenAI accountable for the leak of its source code, a spokesperson "
        "said on Tuesday.",
        "Anthropic will hold OpenAI liable for any damage caused by the faulty chips, its "
        "chief executive said on Monday in a statement.",
    ],
)
def test_holding_a_party_responsible_accuses_it(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic said it does not hold OpenAI responsible for the outage, which it blamed "
        "on a storm that hit the data center.",
        "Anthropic said OpenAI holds a responsible position in the industry and praised its "
        "work on safety across many products.",
    ],
)
def test_holding_no_one_responsible_or_a_responsible_post_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


def test_mocking_a_partys_launch_event_criticises_the_party(extractor):
    text = (
        "Anthropic poked fun at OpenAI's launch event on Wednesday, saying the demos on "
        "stage had been staged."
    )
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_critics_including_a_named_researcher_criticise_as_that_researcher(extractor):
    text = (
        "Critics, including the researcher Tamsin Achterberg, say Brontal rushed the release "
        "of its model to beat its rivals to market."
    )
    assert pairs(extractor, text) == [frozenset({"Tamsin Achterberg", "Brontal"})]


@pytest.mark.parametrize(
    "text",
    [
        "Brontal inflated the scores of its Lumora model on two coding tests, according to "
        "Marlowe Quince, who leads the evaluation team at the Halvern Institute.",
        "Brontal's marketing overstated what its Lumora model can do, according to a report "
        "published on Thursday by the Halvern Institute.",
    ],
)
def test_a_wrongdoing_told_according_to_a_source_is_the_sources_accusation(extractor, text):
    found = pairs(extractor, text)
    assert len(found) == 1 and "Brontal" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Brontal did not inflate the scores of its Lumora model, according to Marlowe "
        "Quince, who leads the evaluation team at the Halvern Institute.",
        "Brontal may have inflated the scores of its Lumora model, according to Marlowe "
        "Quince, who leads the evaluation team at the Halvern Institute.",
    ],
)
def test_a_wrongdoing_denied_or_hedged_by_the_source_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


CLAIM_OF_PRIVACY = "Brontal says its assistant never stores what users type. "


@pytest.mark.parametrize(
    "doubt",
    [
        "Tamsin Achterberg, a privacy researcher, isn't buying it: she found copies of user "
        "messages on the company's servers.",
        "Tamsin Achterberg, a privacy researcher, did not buy Brontal's explanation for the "
        "missing logs.",
    ],
)
def test_not_buying_a_claim_rebuts_it(extractor, doubt):
    assert pairs(extractor, CLAIM_OF_PRIVACY + doubt) == [
        frozenset({"Tamsin Achterberg", "Brontal"})
    ]


def test_not_buying_a_product_is_no_dispute(extractor):
    text = CLAIM_OF_PRIVACY + (
        "Tamsin Achterberg, a privacy researcher, did not buy any Brontal chips for her lab "
        "this year."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "doubt",
    [
        "Tamsin Achterberg, a privacy researcher, does not share that view.",
        "That view is not shared by Tamsin Achterberg, a privacy researcher.",
        "It is a conclusion not shared by Tamsin Achterberg, a privacy researcher.",
        "Tamsin Achterberg doesn't share Brontal's confidence.",
    ],
)
def test_not_sharing_a_view_opposes_its_holder(extractor, doubt):
    assert pairs(extractor, CLAIM_OF_PRIVACY + doubt) == [
        frozenset({"Tamsin Achterberg", "Brontal"})
    ]


def test_not_sharing_a_document_is_no_dispute(extractor):
    text = CLAIM_OF_PRIVACY + "Tamsin Achterberg did not share the audit report with Brontal."
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Tamsin Achterberg, a privacy researcher, says the opposite is true.",
        "Tamsin Achterberg begged to differ.",
        "But Tamsin Achterberg, who studies privacy, begs to differ with Brontal.",
    ],
)
def test_saying_the_opposite_or_begging_to_differ_answers_the_last_view(extractor, answer):
    assert pairs(extractor, CLAIM_OF_PRIVACY + answer) == [
        frozenset({"Tamsin Achterberg", "Brontal"})
    ]


def test_two_parties_that_differ_in_a_measure_are_no_dispute(extractor):
    assert pairs(extractor, "Brontal and Cohere differ in size and in revenue.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic questioned the timing of OpenAI's announcement, which came a day before "
        "its own launch.",
        "Anthropic sharply questioned the legality of OpenAI's new data deal with the "
        "publishers on Tuesday.",
        'OpenAI\'s allegations, which Anthropic has called "categorically false", center on a '
        "training run in 2024.",
        "Anthropic is seeking $2 billion in damages from OpenAI over the leaked training code.",
        "Anthropic has asked the court to dismiss the case, arguing that OpenAI's claims are "
        "speculative.",
    ],
)
def test_what_a_party_did_or_said_challenged_in_more_ways(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_calling_a_judges_ruling_misguided_criticises_the_judge(extractor):
    text = "Brontal called the ruling by Judge Orrin Vasquez misguided and said it would appeal."
    assert pairs(extractor, text) == [frozenset({"Brontal", "Orrin Vasquez"})]


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic won a preliminary injunction against OpenAI on Friday, barring it from "
        "selling the chip.",
        "OpenAI sued Anthropic in March. Anthropic says the claims must be rejected because "
        "the code was never secret.",
    ],
)
def test_legal_wins_and_urged_dismissals_are_disputes(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


def test_wanting_the_other_sides_lawsuit_thrown_out_rejects_it(extractor):
    text = (
        "Brontal's lawyers argued that the lawsuit Velmora filed in March should be thrown "
        "out because the code was never secret."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Velmora"})]


def test_a_dismissal_the_speaker_does_not_want_is_no_new_dispute(extractor):
    text = (
        "OpenAI sued Anthropic in March. Tamsin Achterberg, a law professor, said the case "
        "should not be dismissed, whoever wins."
    )
    assert pairs(extractor, text) == [frozenset({"Anthropic", "OpenAI"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brontal, which is being sued by Velmora over a chip design, reported record "
            "sales on Tuesday.",
            {"Velmora", "Brontal"},
        ),
        (
            "Lyra Castellan's accusation that Brontal copied the code has not been proven.",
            {"Lyra Castellan", "Brontal"},
        ),
        (
            "Lyra Castellan cast Brontal as the villain of the story in her new book.",
            {"Lyra Castellan", "Brontal"},
        ),
    ],
)
def test_relative_clauses_and_nouns_that_carry_an_accusation(extractor, text, expected):
    assert pairs(extractor, text) == [frozenset(expected)]


def test_dismissing_accusations_against_a_party_defends_it(extractor):
    text = (
        "Marlowe Quince, a longtime adviser to the campaign, defended Orrin Vasquez on "
        "Sunday. He dismisses accusations that Vasquez has exploited racial tensions."
    )
    assert pairs(extractor, text) == []


def test_calling_an_evaluators_tests_artificial_rebuts_the_evaluator(extractor):
    text = (
        "Apollo Evaluations found that Brontal's Lumora 4 Opus tried to copy itself to "
        "another server. Brontal said the tests were artificial."
    )
    assert pairs(extractor, text) == [frozenset({"Brontal", "Apollo Evaluations"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamsin Achterberg resigned from Brontal's board on Monday, saying the company "
            "had broken its promises on safety.",
            [frozenset({"Tamsin Achterberg", "Brontal"})],
        ),
        (
            "Lyra Castellan, a former Brontal engineer, says the company ignored her "
            "warnings about the model.",
            [frozenset({"Lyra Castellan", "Brontal"})],
        ),
        ("Lyra Castellan said Brontal broke the record for the largest funding round.", []),
        ("Orrin Vasquez said he would ignore the official parade route on Sunday.", []),
    ],
)
def test_breaking_promises_or_ignoring_warnings_is_a_wrongdoing(extractor, text, expected):
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyra Castellan left Quorvane in protest over its decision to work with the "
            "military, she wrote in a post.",
            [frozenset({"Lyra Castellan", "Quorvane"})],
        ),
        (
            "Tamsin Achterberg resigned from the board in protest over Brontal's new safety "
            "policy.",
            [frozenset({"Tamsin Achterberg", "Brontal"})],
        ),
        ("Orrin Vasquez joined a protest in Berlin against the new data center.", []),
    ],
)
def test_leaving_in_protest_criticises_what_the_protest_is_over(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_saying_a_partys_numbers_look_inflated_criticises_it(extractor):
    text = (
        "J.R. Castellano, an analyst at Morningfield Securities, said Brontal's numbers "
        "looked inflated."
    )
    assert pairs(extractor, text) == [frozenset({"J.R. Castellano", "Brontal"})]


def test_calling_a_partys_product_a_disaster_criticises_it(extractor):
    text = "Lyra Castellan calls Brontal's new model a disaster, and she said so on a podcast."
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Brontal"})]


RESULTS = "Brontal published benchmark results for its Lumora model on Monday. "


@pytest.mark.parametrize(
    "reaction",
    [
        '"These numbers are misleading," said Tamsin Achterberg, a researcher at the Halvern '
        "Institute.",
        "Tamsin Achterberg, a researcher at the Halvern Institute, was unimpressed. \"We have "
        'seen this before," she said.',
    ],
)
def test_a_reaction_to_published_results_answers_their_author(extractor, reaction):
    assert pairs(extractor, RESULTS + reaction) == [frozenset({"Tamsin Achterberg", "Brontal"})]


def test_a_wrong_reported_in_the_passive_according_to_a_source_is_its_accusation(extractor):
    text = (
        "Brontal's revenue was overstated by about $40 million, according to documents "
        "reviewed by The Quillfeather Journal."
    )
    assert pairs(extractor, text) == [frozenset({"The Quillfeather Journal", "Brontal"})]


def test_a_wrongdoing_charged_in_a_quotation_is_its_speakers_accusation(extractor):
    text = (
        "Lyra Castellan runs Brontal. Castellan was blunt: \"OpenAI copied our design, "
        'and everyone knows it."'
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "OpenAI"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyra Castellan said Brontal was misled by its former auditors.", []),
        (
            "Lyra Castellan said Brontal was misled by OpenAI about the chip's speed.",
            [frozenset({"Lyra Castellan", "OpenAI"})],
        ),
    ],
)
def test_a_party_wronged_in_the_passive_is_not_the_accused(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_a_charge_whose_verb_the_tagger_reads_as_a_noun_accuses_the_owner(extractor):
    # the small model reads "toolkit copies" as a compound noun; the clause still charges
    text = (
        "Kestrel Robotics said on Wednesday that Brontal's new agent toolkit copies large "
        "parts of its open-source framework without credit."
    )
    assert pairs(extractor, text) == [frozenset({"Kestrel Robotics", "Brontal"})]


def test_a_denial_after_a_charge_by_unnamed_accusers_answers_no_named_party():
    # as the service and `claimgraph extract` run it: unnamed sources' claims kept
    extractor = Extractor(keep_unresolved=True)
    text = (
        "Brontal spokesperson Marlowe Quince said the toolkit was built by the company's "
        "own engineers.\n\n"
        "Last year, Velmora was accused by several independent researchers of training its "
        "coding model on code it had no licence to use. Velmora denied the accusations."
    )
    assert pairs(extractor, text) == []


def test_a_denial_answers_a_named_accuser_who_spoke_after_the_unnamed_ones(extractor):
    text = (
        "Velmora was accused by several researchers of training its model on stolen code. "
        "Tamsin Achterberg, one of them, said Velmora had ignored the licences. Velmora "
        "denied the accusations."
    )
    assert pairs(extractor, text) == [frozenset({"Tamsin Achterberg", "Velmora"})]


def test_calling_an_unowned_comparison_misleading_answers_who_made_it(extractor):
    text = (
        "Quorvane said its chips were twice as fast as Nvidia's. Nvidia called the "
        "comparison misleading."
    )
    assert pairs(extractor, text) == [frozenset({"Nvidia", "Quorvane"})]


def test_a_feud_between_two_people_named_with_their_roles_is_theirs(extractor):
    text = (
        "The feud between Velmora founder Lyra Castellan and Brontal chief executive Orrin "
        "Vasquez flared again this weekend."
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Orrin Vasquez"})]


@pytest.mark.parametrize("insult", ["jealous", "clueless", "a sore loser", "a charlatan"])
def test_calling_a_person_an_insult_criticises_them(extractor, insult):
    text = f"Orrin Vasquez called Lyra Castellan {insult} in a post on Saturday."
    assert pairs(extractor, text) == [frozenset({"Orrin Vasquez", "Lyra Castellan"})]


def test_the_companys_lawyer_answers_for_the_company(extractor):
    text = (
        "Tamsin Achterberg sued Quorvane in March. Marlowe Quince, the company's lawyer, "
        "called the suit frivolous."
    )
    assert pairs(extractor, text) == [frozenset({"Tamsin Achterberg", "Quorvane"})]


@pytest.mark.parametrize(
    "transition", ["Not everyone is convinced.", "But critics disagree.", "Others are skeptical."]
)
def test_a_speaker_introduced_as_a_doubter_questions_the_claim_before(extractor, transition):
    text = (
        f"Brontal says its new model tops every coding benchmark. {transition} Dessa "
        "Brightwater, an analyst at Halvern Research, said the gains were marginal at best."
    )
    assert pairs(extractor, text) == [frozenset({"Dessa Brightwater", "Brontal"})]


@pytest.mark.parametrize(
    "text",
    [
        # the doubter would be named too late
        "Brontal says its chatbot is safe for children. Not everyone is convinced. The "
        "chatbot has been downloaded a million times. Parents have written to the company. "
        "Tamsin Achterberg said she had not tried it yet.",
        # a doubt about something else, in a clause, introduces no doubter
        "Brontal says its chatbot is safe for children. Not everyone is convinced the rules "
        "will matter in the election. Tamsin Achterberg said voters care about prices.",
    ],
)
def test_no_doubter_without_a_doubt_just_before(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize("joined", ["led by", "including"])
def test_every_name_of_a_listed_group_challenges(extractor, joined):
    # the small model folds "Dessa Brightwater and Marlowe Quince" into one phrase
    text = (
        f"The authors, {joined} Dessa Brightwater and Marlowe Quince, accuse Brontal of "
        "training its models on pirated copies of their books."
    )
    assert pairs(extractor, text) == [
        frozenset({"Dessa Brightwater", "Brontal"}),
        frozenset({"Marlowe Quince", "Brontal"}),
    ]


@pytest.mark.parametrize(
    ("retest", "disputed"),
    [
        ("But when Halvern Evals ran the same test, the model scored 71 percent.", True),
        ("Halvern Evals tested it and got 62 percent.", True),
        ("When Halvern Evals ran the test, the model scored 85 percent as well.", False),
        ("Halvern Evals did not run the test; 62 percent of its staff were away.", False),
    ],
)
def test_a_retest_with_another_score_questions_the_reported_score(extractor, retest, disputed):
    text = "Cohere said its Aster model scored 85 percent on MathBench. " + retest
    expected = [frozenset({"Halvern Evals", "Cohere"})] if disputed else []
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize("verdict", ['"science fiction"', "a fantasy", "a myth"])
def test_calling_a_prediction_fiction_dismisses_whoever_made_it(extractor, verdict):
    text = (
        "Orrin Vasquez predicts human-level AI within five years. Lyra Castellan puts the "
        f"odds much lower, calling such timelines {verdict}."
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Orrin Vasquez"})]


def test_a_genre_named_in_a_description_is_no_slur(extractor):
    text = "Lyra Castellan called Orrin Vasquez's novel a science fiction classic."
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "reaction", ["Users on Reddit say otherwise.", "Many users on X criticized the company."]
)
def test_people_on_a_platform_are_unnamed_and_the_platform_no_party(extractor, reaction):
    assert pairs(extractor, "Cohere says the update fixed the bug. " + reaction) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia disputes the findings of the report, which was written by analysts at Halvern "
        "Capital.",
        "Nvidia disputes the report, which was published by Halvern Capital last week.",
        "Nvidia criticized a paper that Halvern Capital researchers published in March.",
    ],
)
def test_a_relative_clause_naming_its_author_says_whose_work_is_challenged(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Nvidia", "Halvern Capital"})]


def test_writing_a_report_is_no_claim_of_its_author(extractor):
    text = "Nvidia disputes the report, which was written by analysts at Halvern Capital."
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert [c["claimant"] for c in found["claims"]] == ["Nvidia"]


@pytest.mark.parametrize(
    "text",
    [
        '"That\'s simply not true," Cohere said of Mistral AI\'s claims.',
        '"That is not accurate," a Cohere spokesperson said in response to the report from '
        "Mistral AI.",
        "Asked about Mistral AI's findings, Cohere chief executive Lyra Castellan said they "
        "were not correct.",
    ],
)
def test_calling_what_another_party_said_untrue_rebuts_it(extractor, text):
    expected = "Lyra Castellan" if "Castellan" in text else "Cohere"
    assert pairs(extractor, text) == [frozenset({expected, "Mistral AI"})]


def test_none_of_it_being_true_answers_the_last_accuser(extractor):
    text = (
        "Mistral AI accused Cohere of hiding safety failures. Lyra Castellan, Cohere's chief "
        "executive, said none of it was true."
    )
    assert frozenset({"Lyra Castellan", "Mistral AI"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan said none of the candidates were right for the job.",
        '"It is not true that the model is open," Cohere said of its own release.',
        "Cohere said it was true that Mistral AI's figures were higher.",
    ],
)
def test_a_truth_not_denied_or_aimed_at_no_other_party_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan said the chip is far less efficient than Nvidia claims.",
        "Lyra Castellan said the model is not as safe as Nvidia says.",
        "According to Lyra Castellan, Nvidia's chip is nowhere near as fast as advertised.",
    ],
)
def test_a_thing_said_to_fall_short_of_what_its_maker_claims_rebuts_the_maker(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Nvidia"})]


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan said the chip is as fast as Nvidia claims.",
        "Lyra Castellan said the chip is faster than Nvidia's.",
        "Lyra Castellan said the model is more capable than most people think.",
    ],
)
def test_a_claim_borne_out_or_a_plain_comparison_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cohere's case against Mistral AI goes to trial in May.",
        "A federal judge ruled against Cohere in its case against Mistral AI.",
        "Cohere agreed to pay Mistral AI $40 million to settle the lawsuit.",
    ],
)
def test_a_case_against_a_party_or_paying_it_to_settle_is_a_dispute(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Cohere", "Mistral AI"})]


@pytest.mark.parametrize(
    "text",
    [
        "In this case, Cohere and Mistral AI use the same chips.",
        "Cohere made the case for open models to Mistral AI.",
        "Cohere agreed to pay Mistral AI $40 million for the rights to the name.",
    ],
)
def test_a_case_in_point_or_a_payment_for_a_deal_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


def test_a_bare_reception_of_skepticism_makes_the_next_speaker_the_critic(extractor):
    text = (
        "Cohere said its model topped the new leaderboard. The claim quickly drew skepticism. "
        "Lyra Castellan, an independent researcher, said the test set had leaked."
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Cohere"})]


def test_criticism_drawn_for_a_reason_or_from_others_introduces_no_critic(extractor):
    text = (
        "Cohere said its model topped the new leaderboard. The claim drew criticism from "
        "several rivals. Lyra Castellan, who joined Cohere in May, said the team was proud."
    )
    assert pairs(extractor, text) == []


def test_rejecting_an_earlier_document_answers_its_author_not_a_later_critic(extractor):
    text = (
        "Mistral AI published an audit claiming that Cohere trained on test data. Months "
        "later, Lyra Castellan questioned Cohere's new scores. Cohere rejected that audit as "
        '"unsound."'
    )
    assert frozenset({"Cohere", "Mistral AI"}) in pairs(extractor, text)


def test_dismissing_criticism_answers_the_critic_before_a_later_documents_author(extractor):
    text = (
        "Cohere said its model topped the leaderboard. The claim quickly drew skepticism. "
        "Lyra Castellan said the company had tested an unreleased version. Cohere dismissed "
        "the criticism. Weeks earlier, Mistral AI had published a report on leaderboards."
    )
    assert frozenset({"Cohere", "Lyra Castellan"}) in pairs(extractor, text)
    assert frozenset({"Cohere", "Mistral AI"}) not in pairs(extractor, text)


def test_an_organisations_titled_person_in_a_headline_is_the_person_named_with_it(extractor):
    text = (
        "Velmora founder takes swipe at Cohere\n\n"
        "Lyra Castellan, the founder of Velmora, criticized Cohere on Thursday, saying the "
        'company "has never taken safety seriously."'
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Cohere"})]


def test_which_after_a_comma_rejected_by_a_party_rejects_the_statement_before(extractor):
    text = (
        "Cohere contends that Mistral AI trained its model on Cohere's data, which Mistral AI "
        "rejects."
    )
    assert pairs(extractor, text) == [frozenset({"Cohere", "Mistral AI"})]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere and Mistral AI have been fighting over the license for months.", True),
        ("Cohere and Mistral AI have argued about the terms for weeks.", True),
        ("Cohere and Mistral AI fought the bill together.", False),
        ("Cohere and Mistral AI argued that the bill was too strict.", False),
        ("Cohere and Mistral AI are battling for market share.", False),
        ("Cohere and Mistral AI fought with regulators for a year.", False),
    ],
)
def test_two_parties_fighting_over_something_dispute_it(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Mistral AI"})] if disputed else [])


@pytest.mark.parametrize(
    "transition", ["Tech industry groups disagree.", "Many economists are skeptical."]
)
def test_an_unnamed_group_doubting_in_a_sentence_of_its_own_introduces_the_next_speaker(
    extractor, transition
):
    text = (
        f"Cohere says its chip is safe. {transition} Lyra Castellan, an economist, said the "
        "tests were far too narrow."
    )
    assert pairs(extractor, text) == [frozenset({"Lyra Castellan", "Cohere"})]


@pytest.mark.parametrize(
    "transition", ["Critics disagree with the ruling.", "Some users are not skeptical."]
)
def test_a_group_disagreeing_with_something_named_or_not_doubting_introduces_no_one(
    extractor, transition
):
    text = (
        f"Cohere says its chip is safe. {transition} Lyra Castellan, an economist, said the "
        "tests were far too narrow."
    )
    assert pairs(extractor, text) == []


def test_dismissing_that_argument_answers_the_statement_just_before(extractor):
    text = (
        "Mistral AI criticized Lyra Castellan's bill. Later, Tamsin Achterberg of Cohere "
        "argued that the bill would push research abroad. Lyra Castellan dismissed that "
        "argument."
    )
    assert frozenset({"Lyra Castellan", "Tamsin Achterberg"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    ("between", "disputed"),
    [
        ("Cohere said it now supports the bill after amendments.", True),
        ("Cohere released a model on Tuesday, and the model sold well.", False),
    ],
)
def test_opposing_it_opposes_the_author_of_the_bill_it_refers_to(extractor, between, disputed):
    text = (
        "Lyra Castellan introduced a bill on Monday to regulate frontier models. "
        f"{between} Mistral AI has lobbied against it."
    )
    found = frozenset({"Mistral AI", "Lyra Castellan"}) in pairs(extractor, text)
    assert found == disputed


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Dessa Brightwater quit, saying she had lost confidence in Cohere's leadership.", True),
        ("Dessa Brightwater said she had lost faith in Cohere.", True),
        ("Investors have not lost confidence in Cohere, Dessa Brightwater said.", False),
        ("Dessa Brightwater said Cohere lost the case in court.", False),
    ],
)
def test_losing_confidence_in_a_party_criticises_it(extractor, text, disputed):
    expected = [frozenset({"Dessa Brightwater", "Cohere"})] if disputed else []
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cohere filed suit in federal court, naming Mistral AI as a defendant.",
        "Mistral AI is named as a defendant in the suit filed by Cohere.",
        "The lawsuit, filed by Cohere, also names Mistral AI as a defendant.",
    ],
)
def test_naming_a_party_as_a_defendant_sues_it(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Cohere", "Mistral AI"})]


def test_the_suit_naming_more_defendants_is_the_plaintiffs_before(extractor):
    text = "Cohere sued Nvidia in May. The suit also names Mistral AI as a defendant."
    assert sorted(map(sorted, pairs(extractor, text))) == [
        ["Cohere", "Mistral AI"],
        ["Cohere", "Nvidia"],
    ]


def test_naming_a_party_something_else_sues_no_one(extractor):
    assert pairs(extractor, "Cohere named Mistral AI as its partner of the year.") == []


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere won an injunction barring Mistral AI from selling the chips.", True),
        ("Cohere won an injunction barring the sale of the chips.", False),
    ],
)
def test_an_injunction_barring_a_party_is_a_suit_against_it(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Mistral AI"})] if disputed else [])


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI brushed off Cohere's criticism of the model.",
        "Mistral AI shrugged off concerns raised by Cohere about the model.",
        "Mistral AI waved away the criticism from Cohere.",
    ],
)
def test_shrugging_off_a_partys_criticism_rebuts_it(extractor, text):
    assert pairs(extractor, text) == [frozenset({"Cohere", "Mistral AI"})]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Nvidia received a cease-and-desist letter from Cohere over its name.", True),
        ("Cohere received a complaint from Nvidia about the delay.", True),
        ("Nvidia received a letter from Cohere inviting it to a conference.", False),
    ],
)
def test_receiving_a_legal_demand_from_a_party_is_its_challenge(extractor, text, disputed):
    found = pairs(extractor, text)
    assert found == ([frozenset({"Cohere", "Nvidia"})] if disputed else [])


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere called on Nvidia to retract the report.", True),
        ("Cohere called on Nvidia to invest more in research.", False),
    ],
)
def test_calling_on_a_party_to_retract_challenges_it(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Nvidia"})] if disputed else [])


def test_a_claim_met_with_doubts_from_a_party_is_questioned_by_it(extractor):
    text = "Nvidia's claim that its chips are twice as fast was met with doubts from Cohere."
    assert pairs(extractor, text) == [frozenset({"Cohere", "Nvidia"})]


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan wrote the bill. Governor Jane Roe has until September to sign or "
        "veto it.",
        "Cohere must decide whether to sue or settle with Nvidia.",
        "Cohere could sue Nvidia or settle with it this year.",
    ],
)
def test_a_challenge_offered_as_one_of_two_choices_is_no_dispute(extractor, text):
    assert pairs(extractor, text) == []


def test_the_measure_is_the_bill_named_before(extractor):
    text = (
        "The bill, written by State Senator Lyra Castellan, passed the Senate last month. "
        "Cohere has lobbied against the measure."
    )
    assert pairs(extractor, text) == [frozenset({"Cohere", "Lyra Castellan"})]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere said Mistral AI had tested a private version of the model. Mistral AI stood "
         "by its figures.", True),
        ("Cohere praised Mistral AI. Nvidia stood by its partner Mistral AI.", False),
    ],
)
def test_standing_by_its_own_figures_answers_who_doubted_them(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Mistral AI"})] if disputed else [])


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Mistral AI said its Lumen model solved 32% of the problems on FrontierMath. In "
         "Cohere's tests, Lumen solved 11% of the problems.", True),
        ("Mistral AI said its Lumen model solved 32% of the problems on FrontierMath. In "
         "Cohere's tests, Lumen solved 32% of the problems.", False),
    ],
)
def test_another_score_in_a_partys_own_tests_questions_the_claimed_one(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Mistral AI"})] if disputed else [])


def test_ridiculing_that_assessment_criticises_who_made_it(extractor):
    text = (
        "Daniel Ortiz said the benchmark was fair. Jane Whitcombe ridiculed that assessment "
        "as naive."
    )
    assert pairs(extractor, text) == [frozenset({"Daniel Ortiz", "Jane Whitcombe"})]


def test_the_company_after_a_post_on_x_is_not_the_platform(extractor):
    text = (
        "Elon Musk criticised OpenAI on Monday in a post on X, accusing the company of "
        "abandoning its mission."
    )
    assert pairs(extractor, text) == [frozenset({"Elon Musk", "OpenAI"})]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Musk and Altman trade barbs over OpenAI's plan\n\nElon Musk escalated his feud with "
         "OpenAI on Monday. Sam Altman responded hours later.", True),
        ("Cohere and Nvidia trade places in the rankings\n\nCohere moved up to second place.",
         False),
    ],
)
def test_a_headline_where_two_parties_trade_barbs_sets_them_against_each_other(
    extractor, text, disputed
):
    assert (frozenset({"Elon Musk", "Sam Altman"}) in pairs(extractor, text)) == disputed


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ('Mistral AI released its model under an "open" licence. Cohere said the licence did '
         "not qualify as open source.", True),
        ("Mistral AI released its model on Tuesday. Cohere said Mistral AI did not qualify "
         "for the tax credit.", False),
    ],
)
def test_saying_a_partys_work_does_not_qualify_rebuts_it(extractor, text, disputed):
    assert pairs(extractor, text) == ([frozenset({"Cohere", "Mistral AI"})] if disputed else [])


def test_a_finding_a_party_contests_read_as_one_noun_phrase_is_still_contested(extractor):
    text = "Cohere's study found that Nvidia's chips overheat, a finding Nvidia contests."
    assert pairs(extractor, text) == [frozenset({"Cohere", "Nvidia"})]


def test_calling_a_partys_product_overpriced_criticises_it(extractor):
    text = "Aidan Gomez of Cohere said Nvidia's chips were overpriced."
    assert frozenset({"Aidan Gomez", "Nvidia"}) in pairs(extractor, text)


def test_a_chief_of_two_companies_challenges_as_himself_not_as_them(extractor):
    text = (
        "Elon Musk on Sunday accused Sam Altman of misleading investors about OpenAI. In a "
        "series of posts on X, the Tesla and SpaceX chief called the restructuring "
        "\u201ca scam.\u201d"
    )
    found = pairs(extractor, text)
    assert frozenset({"Elon Musk", "Sam Altman"}) in found
    assert not [p for p in found if p & {"Tesla", "SpaceX"}]


def test_calling_a_bill_names_its_sponsors_not_the_last_critic(extractor):
    text = (
        "Daniel Ortiz, the chief executive of Quorvane, said the export rules had failed. "
        "Commerce Secretary Jane Whitcombe disagreed. \u201cWe will not sell our best chips "
        "to adversaries,\u201d she said.\n\n"
        "Senators Tom Cotton and Elizabeth Warren have introduced a bill that would require "
        "chipmakers to verify where their products end up. Ortiz called the bill "
        "\u201cunworkable.\u201d"
    )
    found = pairs(extractor, text)
    assert frozenset({"Daniel Ortiz", "Tom Cotton"}) in found


def test_plaintiffs_a_suit_names_later_sue_its_defendant(extractor):
    text = (
        "A group of novelists filed a class-action lawsuit against Velmora on Tuesday, "
        "alleging the startup trained its chatbot on pirated books.\n\n"
        "The suit, filed in the U.S. District Court for the Southern District of New York, "
        "names authors Jane Whitcombe, Daniel Ortiz and Priya Nair as plaintiffs."
    )
    found = pairs(extractor, text)
    for author in ("Jane Whitcombe", "Daniel Ortiz", "Priya Nair"):
        assert frozenset({author, "Velmora"}) in found
    # the court the suit was filed in is where it is heard, no plaintiff
    assert not [p for p in found if any("Court" in name for name in p)]


def test_experts_questioning_a_study_introduce_the_doubter_named_next(extractor):
    text = (
        "\u201cThese systems are not ready for elections,\u201d said Lyra Castellan, the "
        "study's lead author.\n\n"
        "The study has not been peer reviewed. Some experts questioned its methods. "
        "\u201cFour hundred questions is a small sample,\u201d said Daniel Ortiz, a computer "
        "scientist at the University of Toronto."
    )
    assert frozenset({"Daniel Ortiz", "Lyra Castellan"}) in pairs(extractor, text)


def test_the_companies_after_a_list_of_two_are_both_accused(extractor):
    text = (
        "Michael Burry disclosed bets against Quorvane and Velmora on Monday. He said the "
        "companies were overstating the useful life of their chips."
    )
    found = pairs(extractor, text)
    assert frozenset({"Michael Burry", "Quorvane"}) in found
    assert frozenset({"Michael Burry", "Velmora"}) in found


def test_disagreeing_with_the_characterization_answers_the_last_accuser(extractor):
    text = (
        "David Sacks on Tuesday accused Quorvane of running a regulatory capture strategy "
        "based on fear-mongering.\n\n"
        "Quorvane chief executive Marcus Feld responded in a statement on Wednesday. "
        "\u201cWe disagree with the characterization of our work,\u201d Feld wrote."
    )
    assert frozenset({"Marcus Feld", "David Sacks"}) in pairs(extractor, text)


def test_a_member_of_an_unnamed_group_of_accusers_named_next_accuses_too(extractor):
    text = (
        "Velmora on Thursday disabled an image-generation feature in its design app after "
        "several illustrators accused it of reproducing their artwork almost exactly.\n\n"
        "The illustrator Priya Nair posted side-by-side comparisons on Instagram showing "
        "images generated by the tool next to her own drawings."
    )
    assert frozenset({"Priya Nair", "Velmora"}) in pairs(extractor, text)


def test_a_person_of_another_trade_is_no_member_of_the_group(extractor):
    # a negative: only people named with the group's own noun
    text = (
        "Velmora on Thursday disabled an image-generation feature in its design app after "
        "several illustrators accused it of reproducing their artwork almost exactly.\n\n"
        "The analyst Daniel Ortiz said the feature had been popular with business users."
    )
    assert frozenset({"Daniel Ortiz", "Velmora"}) not in pairs(extractor, text)


def test_a_doubter_after_not_everyone_is_convinced_questions_the_view_before_it(extractor):
    text = (
        "\u201cDoctors spend half their day on paperwork,\u201d Velmora co-founder Jane "
        "Whitcombe said in an interview.\n\n"
        "Not everyone is convinced. Dr. Priya Nair, a health policy researcher at Harvard "
        "Medical School, said hospitals had been burned by automation before. \u201cEpic's "
        "early AI tools overpromised,\u201d she said.\n\n"
        "Epic Systems, the largest maker of electronic health records, said its AI features "
        "were used by hundreds of hospitals."
    )
    assert frozenset({"Priya Nair", "Jane Whitcombe"}) in pairs(extractor, text)


def test_saying_a_companys_tools_overpromised_accuses_it(extractor):
    text = (
        "Epic Systems, the largest maker of electronic health records, sells AI tools to "
        "hospitals. Priya Nair, a researcher at Harvard Medical School, said Epic Systems' "
        "early AI tools had overpromised."
    )
    assert frozenset({"Priya Nair", "Epic Systems"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        (
            "Daniel Ortiz tweeted that the benchmark was \"completely broken\" and that "
            "Quorvane's scores could not be trusted. The dispute has drawn attention across "
            "the industry.",
            True,
        ),
        ("Daniel Ortiz said Quorvane's scores can be trusted by anyone who checks them.", False),
    ],
)
def test_saying_a_partys_figures_cannot_be_trusted_questions_it(extractor, text, disputed):
    found = pairs(extractor, text)
    assert (frozenset({"Daniel Ortiz", "Quorvane"}) in found) == disputed


def test_analysts_were_cautious_introduces_the_doubter_named_next(extractor):
    text = (
        "Zhou Jingren, who leads Alibaba Cloud's AI efforts, said at a launch event in "
        "Hangzhou that Qwen3-Max surpasses all domestic rivals.\n\n"
        "Analysts were cautious. \u201cBenchmarks in China have become a marketing tool,\u201d "
        "said Li Wei, an analyst at Counterpoint Research in Beijing."
    )
    assert frozenset({"Li Wei", "Zhou Jingren"}) in pairs(extractor, text)


def test_a_person_a_complaint_names_as_a_defendant_is_sued_by_its_plaintiff(extractor):
    # the parser reads "names" as a noun here
    text = (
        "Velmora sued Quorvane on Monday, alleging that its rival hired away a dozen "
        "engineers who took confidential documents with them.\n\n"
        "The complaint, filed in federal court in San Jose, names former Velmora engineer "
        "Daniel Ortiz as a defendant alongside Quorvane."
    )
    assert frozenset({"Velmora", "Daniel Ortiz"}) in pairs(extractor, text)


def test_an_accusation_only_considered_is_no_challenge(extractor):
    # a negative: an option weighed is not an act
    text = (
        "OpenAI and Microsoft said on Tuesday they had signed a new agreement. People "
        "familiar with the negotiations said OpenAI had considered accusing Microsoft of "
        "anticompetitive behavior. Microsoft president Brad Smith said the companies had "
        "found a path that works for both."
    )
    assert frozenset({"OpenAI", "Microsoft"}) not in pairs(extractor, text)


def test_a_case_brought_by_x_against_y_is_xs_suit(extractor):
    text = (
        "A judge ruled on Monday that Quorvane's training was fair use. Lawyers said the "
        "ruling would be closely watched in the case brought by The New York Times against "
        "OpenAI."
    )
    assert frozenset({"The New York Times", "OpenAI"}) in pairs(extractor, text)


def test_cases_brought_by_two_plaintiffs_pair_each_with_its_own_defendant(extractor):
    text = (
        "A judge ruled on Monday that Quorvane's training was fair use. Lawyers said the "
        "ruling would be closely watched in cases brought by The New York Times against "
        "OpenAI and by Getty Images against Stability AI."
    )
    found = pairs(extractor, text)
    assert frozenset({"The New York Times", "OpenAI"}) in found
    assert frozenset({"The New York Times", "Stability AI"}) not in found


def test_a_view_not_shared_by_a_titled_founder_is_the_founders_challenge(extractor):
    # "by Quorvane co-founder X": the parser splits "co-founder" into three objects of
    # "by"; the challenger is the person, not the company named before the title
    text = (
        "Brontal chief executive Daniel Ortiz said on Thursday that AI coding tools would "
        "not replace programmers. That view is not shared by Quorvane co-founder Marcus "
        "Feld, who has argued that most coding jobs will disappear within five years."
    )
    assert pairs(extractor, text) == [frozenset({"Marcus Feld", "Daniel Ortiz"})]


@pytest.mark.parametrize(
    ("withheld", "disputed"),
    [
        ("said the company had not published any evidence to back up its claims.", True),
        ("said the company has provided no proof that the model is safe.", True),
        # a negative: evidence given is no challenge
        ("said the company had published evidence that the model is safe.", False),
    ],
)
def test_saying_a_party_gave_no_evidence_questions_it(extractor, withheld, disputed):
    text = (
        "Brontal said its Helix-5 model had passed extensive safety testing. Dan Hendrycks, "
        f"the director of the Center for AI Safety, {withheld}"
    )
    found = frozenset({"Dan Hendrycks", "Brontal"}) in pairs(extractor, text)
    assert found is disputed


@pytest.mark.parametrize(
    "judgement",
    [
        'Senator Marcus Feld said that answer was "not good enough."',
        "Senator Marcus Feld said the company's explanation was not credible.",
    ],
)
def test_an_answer_judged_not_good_enough_rebuts_its_speaker(extractor, judgement):
    text = (
        "Velmora chief executive Daniel Ortiz told a Senate committee that the chatbot was "
        "safe for teenagers. Ortiz said the transcripts came from an older version of the "
        f"chatbot. {judgement}"
    )
    found = pairs(extractor, text)
    assert any("Marcus Feld" in p and ({"Daniel Ortiz", "Velmora"} & p) for p in found)


def test_a_report_that_was_not_good_for_its_subject_rebuts_no_one(extractor):
    # a negative: "not good" alone is bad news, not a judgement that the report is false
    text = (
        "Halvern Research published a report on Quorvane's safety record on Monday. Daniel "
        "Ortiz, a television host, said Halvern Research's report \"wasn't good\" for the "
        "company."
    )
    assert not [p for p in pairs(extractor, text) if "Daniel Ortiz" in p]


def test_one_of_unnamed_witnesses_telling_a_different_story_challenges_the_claim(extractor):
    text = (
        "Brontal robotaxi hits cyclist\n\n"
        "In a statement, Brontal said its vehicle had been traveling within the speed limit "
        "and that the cyclist ran a red light.\n\n"
        "Two witnesses told a local newspaper a different story. One, a shop owner named "
        'Marcus Feld, said the robotaxi "didn\'t even slow down."'
    )
    assert pairs(extractor, text) == [frozenset({"Marcus Feld", "Brontal"})]


@pytest.mark.parametrize(
    "charge",
    [
        "He said Quorvane had itself missed two of the pledge's reporting deadlines.",
        "He said Quorvane had missed the pledge's reporting deadlines.",
    ],
)
def test_saying_a_party_missed_its_deadlines_accuses_it(extractor, charge):
    text = (
        "Quorvane chief executive Jane Whitcombe criticised Velmora for pulling out of an "
        "industry pact on AI safety. Hours later, Velmora's president, Daniel Ortiz, "
        f"responded. {charge}"
    )
    assert frozenset({"Daniel Ortiz", "Quorvane"}) in pairs(extractor, text)


def test_a_leaderboard_that_speaks_is_a_party_to_the_dispute_it_opens(extractor):
    # LMArena is a benchmark in the gazetteer; rejecting a study, it is a party
    text = (
        "LMArena rejects study of its leaderboard\n\n"
        "LMArena on Tuesday rejected a study that accused it of letting large companies "
        "test many private model variants.\n\n"
        "The study, written by researchers at Lumio University, said the practice gave a "
        "few companies an unfair advantage."
    )
    assert frozenset({"LMArena", "Lumio University"}) in pairs(extractor, text)


def test_accusing_a_rival_described_before_its_name_targets_the_name(extractor):
    # the parser hangs "Halvern" on the verb, apart from "rival chipmaker"
    text = (
        "Brontal fires back at Halvern\n\n"
        "Brontal on Monday accused rival chipmaker Halvern of publishing misleading results."
    )
    assert frozenset({"Brontal", "Halvern"}) in pairs(extractor, text)


def test_unnamed_testers_saying_the_picture_is_more_complicated_introduce_a_doubter(
    extractor,
):
    text = (
        "Elon Musk said on Sunday that xAI's latest Grok model was the smartest AI in the "
        "world. Researchers who have tested the model say the picture is more complicated. "
        "Lena Brandt, who runs evaluations at Epoch AI, said Grok trailed rival models on "
        "coding."
    )
    assert frozenset({"Lena Brandt", "Elon Musk"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial in a relative clause on the other side's allegations
        "Brontal's allegations, which Velmora denies, center on a former engineer who moved "
        "between the companies.",
        # phrasal verbs of opposition
        "Velmora found holes in Brontal's safety report.",
        "Velmora balked at Brontal's proposal to share the data centre.",
        "Velmora bristled at Brontal's suggestion that it had copied the design.",
        # evidence that does not bear out the other side's claim
        "Velmora's data do not support Brontal's claim that the chip uses less power.",
        "Velmora's tests did not bear out Brontal's claim that the chip uses less power.",
        "Velmora said the evidence does not support Brontal's claim that the chip uses less "
        "power.",
    ],
)
def test_the_other_sides_claim_contested_in_other_words(extractor, sentence):
    text = (
        "Chip makers Velmora and Brontal trade words\n\n"
        "Velmora and Brontal make chips for data centres. " + sentence
    )
    assert frozenset({"Velmora", "Brontal"}) in pairs(extractor, text)


def test_a_party_that_does_not_support_a_proposal_takes_no_evidence_side(extractor):
    # negative: "not support" with a party, not evidence, as its subject
    text = (
        "Chip makers Velmora and Brontal split on registry\n\n"
        "Velmora and Brontal make chips for data centres. Velmora does not support "
        "Brontal's proposal for a federal chip registry, its lobbyists said."
    )
    assert frozenset({"Velmora", "Brontal"}) not in pairs(extractor, text)


@pytest.mark.parametrize(
    "quote",
    [
        "Marcus has been saying this for two years and has never shown a single piece of "
        "evidence,",
        "Marcus has been saying this for two years and has not provided any proof,",
    ],
)
def test_a_reply_that_the_accuser_never_gave_evidence_questions_the_accuser(extractor, quote):
    # the second verb shares the first one's subject ("Marcus") and reporting verb
    text = (
        "Velmora founder accuses Quorvane\n\n"
        "Velmora founder Marcus Feld on Saturday accused Quorvane of stealing his company's "
        "robotics research.\n\n"
        "Quorvane chief executive Jane Whitcombe replied within hours. "
        f'"{quote}" she posted.'
    )
    assert frozenset({"Jane Whitcombe", "Marcus Feld"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        # a misdeed told by a phrasal verb
        "Halvern Research said Quorvane covered up the leak for months.",
        "Halvern Research said Quorvane had tried to get around the export rules.",
        # a misdeed as what the means were used for
        "Halvern Research said Quorvane used shell companies to get around export controls.",
    ],
)
def test_a_reported_misdeed_in_a_phrasal_verb_charges_its_subject(extractor, sentence):
    text = "Quorvane under scrutiny\n\nQuorvane makes chips for data centres. " + sentence
    assert frozenset({"Halvern Research", "Quorvane"}) in pairs(extractor, text)


def test_using_something_for_an_ordinary_purpose_is_no_misdeed(extractor):
    # negative: "used X to train the model" charges nothing
    text = (
        "Quorvane under scrutiny\n\nQuorvane makes chips for data centres. Halvern Research "
        "said Quorvane used its own chips to train the model."
    )
    assert pairs(extractor, text) == []


def test_denying_that_a_third_party_did_wrong_clears_it(extractor):
    # negative: Velmora speaks for Brontal, not against it
    text = (
        "Chip makers\n\nVelmora and Brontal both design AI chips. Velmora denied that "
        "Brontal had copied its designs."
    )
    assert pairs(extractor, text) == []


def test_denying_a_charge_against_oneself_still_answers_the_accuser(extractor):
    text = (
        "Chip makers\n\nVelmora and Brontal both design AI chips. Brontal accused Velmora of "
        "copying its designs. Velmora denied that it had copied anything."
    )
    assert pairs(extractor, text) == [frozenset({"Velmora", "Brontal"})]


def test_a_charge_the_speaker_was_quoted_as_making_is_the_speakers(extractor):
    text = (
        "Chip makers\n\nVelmora and Brontal both design AI chips. Velmora chief executive "
        "Lena Brandt was quoted as saying Brontal copied its designs."
    )
    assert frozenset({"Lena Brandt", "Brontal"}) in pairs(extractor, text)


def test_accusing_a_company_named_after_its_description_targets_the_name(extractor):
    # the parser takes "AI" for the object and "startup" for a verb
    text = (
        "Publisher accuses startup\n\n"
        "Corran Media, the publisher of several business magazines, accused the AI startup "
        "Velmora on Tuesday of training its Lumio chatbot on thousands of paywalled articles."
    )
    assert frozenset({"Corran Media", "Velmora"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Whitcombe said Quorvane should have acted in March.",
        "Jane Whitcombe said Quorvane had not fixed the flaw by Sunday.",
        "Jane Whitcombe said Quorvane failed to warn users about the flaw.",
    ],
)
def test_a_duty_left_undone_or_owed_charges_the_party(extractor, sentence):
    text = (
        "Researcher faults Quorvane over flaw\n\nQuorvane makes the Arden assistant. "
        + sentence
    )
    assert frozenset({"Jane Whitcombe", "Quorvane"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        # negative: a duty owed to the party, in the passive
        "Jane Whitcombe said Quorvane should have been told about the flaw in March.",
        # negative: not a duty
        "Jane Whitcombe said Quorvane had not launched the Arden assistant in Europe.",
        # negative: the speaker's own omission
        "Jane Whitcombe said she had not tested the Arden assistant herself.",
        # negative: a possibility and a question
        "Jane Whitcombe said Quorvane may not have fixed the flaw yet.",
        "Jane Whitcombe asked whether Quorvane should have acted sooner.",
    ],
)
def test_a_duty_owed_to_a_party_or_a_plain_negation_charges_nobody(extractor, sentence):
    text = (
        "Researcher faults Quorvane over flaw\n\nQuorvane makes the Arden assistant. "
        + sentence
    )
    assert pairs(extractor, text) == []


def test_a_protest_filed_with_a_venue_over_a_decision_targets_the_decider(extractor):
    # the parser hangs "over ..." on the venue, not on the protest
    text = (
        "Velmora protests contract award\n\n"
        "Velmora has filed a formal protest with the Government Accountability Office over "
        "the Defense Department's decision to award an AI contract to rival Brontal."
    )
    found = pairs(extractor, text)
    assert frozenset({"Velmora", "Pentagon"}) in found
    assert not [p for p in found if "Government Accountability Office" in p]


def test_calling_a_filing_names_whoever_filed_it(extractor):
    # (found at the start by another path, which the protest's own target now overrides:
    # this guards the filer looked up through the latest "protest" with a known author)
    text = (
        "Velmora protests contract award\n\n"
        "Velmora has filed a formal protest over the Defense Department's decision to award "
        "an AI contract to rival Brontal. In its protest, Velmora said the evaluation was "
        'flawed. Brontal called the protest "a desperate attempt to delay a contract that was '
        'won fairly."'
    )
    assert frozenset({"Brontal", "Velmora"}) in pairs(extractor, text)


def test_a_doubter_after_a_transition_questions_the_feat_reported_before_it(extractor):
    # no one spoke before "Not everyone was impressed": the party whose feat was told
    text = (
        "Quorvane tops chatbot leaderboard\n\n"
        "Quorvane's Arden 5 model took first place on the LMArena leaderboard this week, "
        "edging out models from Google and OpenAI.\n\n"
        "Not everyone was impressed. Velmora's head of research, Tomas Reyes, said the "
        "version Quorvane submitted was a private variant tuned to please human voters."
    )
    assert frozenset({"Tomas Reyes", "Quorvane"}) in pairs(extractor, text)


def test_numbers_judged_false_belong_to_whoever_reported_them_not_to_a_sceptic(extractor):
    # an evaluator who could not reproduce the results speaks in between: "the numbers"
    # are still the ones the lab reported
    text = (
        "Quorvane touts benchmark lead\n\n"
        "Quorvane said on Monday that its Velt-3 model outperformed Lumio-2 on MathBench and "
        "CodeArena.\n\n"
        "Kestrel Evals said it could not reproduce the results on CodeArena.\n\n"
        '"The numbers look cherry-picked," said Priya Nair, a researcher at Halvern '
        "Institute."
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Quorvane"}) in found
    assert frozenset({"Priya Nair", "Kestrel Evals"}) not in found  # (both doubt Quorvane)


def test_a_critic_takes_on_the_company_the_sentence_names_not_its_last_speaker(extractor):
    # the company's finance chief spoke last; the critic's sentence names the company
    text = (
        "Velmora raises $2 billion\n\n"
        "Velmora has raised $2 billion in a round led by Corran Ventures. Tomas Reyes, "
        "Velmora's chief financial officer, said the money would pay for new data centres.\n\n"
        'Marcus Feld, a professor at Halvern University, said the valuation was "absurd" and '
        "that Velmora's models still made basic errors."
    )
    found = pairs(extractor, text)
    assert frozenset({"Marcus Feld", "Velmora"}) in found
    assert frozenset({"Marcus Feld", "Tomas Reyes"}) not in found


def test_a_thing_called_names_as_it_belongs_to_its_owner(extractor):
    # "calling it an overreach": "it" is the regulator's code named before in the sentence
    text = (
        "Quorvane refuses to sign code\n\n"
        "Quorvane said on Friday it would not sign the European Commission's code of "
        "practice for AI models, calling it an overreach that would slow research."
    )
    assert frozenset({"Quorvane", "European Commission"}) in pairs(extractor, text)


@pytest.mark.parametrize("word", ["distasteful", "unseemly", "sleazy"])
def test_a_rivals_approach_called_distasteful_is_criticism(extractor, word):
    text = (
        "Velmora hires rival's researchers\n\n"
        "Velmora has hired six researchers from Quorvane for its new lab.\n\n"
        f'Daniel Ortiz, Quorvane\'s chief executive, said Velmora\'s approach was "{word}".'
    )
    assert frozenset({"Daniel Ortiz", "Velmora"}) in pairs(extractor, text)


def test_testers_of_the_thing_a_score_was_claimed_for_question_that_score(extractor):
    # no model or benchmark is named: "tested the assistant" names what was scored
    text = (
        "Velmora claims 95% accuracy\n\n"
        "Velmora said its diagnostic assistant identified skin cancers with 95 percent "
        "accuracy in trials.\n\n"
        "Doctors at Arden University Hospital, who tested the assistant on 2,000 patients, "
        "said it was right only about 70 percent of the time."
    )
    assert frozenset({"Arden University Hospital", "Velmora"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corran Labs issued a statement saying the study used an outdated version of its "
        "model.",
        # (a judgement of the study itself: found at the start too, a guard here)
        "Corran Labs said the study was misleading about its model.",
    ],
)
def test_a_study_faulted_in_a_reported_clause_questions_its_authors(extractor, sentence):
    text = (
        "Study questioned\n\n"
        "Halvern Institute researchers released a study on Monday about reasoning models.\n\n"
        + sentence
    )
    assert frozenset({"Corran Labs", "Halvern Institute"}) in pairs(extractor, text)


def test_a_study_said_to_be_sound_questions_no_one(extractor):
    # negative: no pejorative, no challenge
    text = (
        "Study praised\n\n"
        "Halvern Institute researchers released a study on Monday about reasoning models.\n\n"
        "Corran Labs said the study used a careful method."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize("verb", ["is fighting", "is battling", "faces"])
def test_whoever_fights_a_lawsuit_brought_by_another_is_its_target(extractor, verb):
    # the suit's bringer sues; the one who fights it is sued, not the suer ("faces":
    # right at the start too, a guard)
    text = (
        "Velmora fights publisher's suit\n\n"
        f"Velmora, which has denied any wrongdoing, {verb} a lawsuit brought by Kestrel Media "
        "over the use of its articles."
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()["disputes"]
    assert [d["parties"] for d in found] == [["Kestrel Media", "Velmora"]]  # (suer first)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the publisher of the words, answered
        ("Feld's lawyer, Daniel Ortiz, said the emails were taken out of context.", "Velmora"),
        # the one who quoted them
        ("Marcus Feld said Kestrel Media had quoted him out of context.", "Kestrel Media"),
    ],
)
def test_words_taken_out_of_context_are_misrepresented_by_who_published_them(
    extractor, sentence, target
):
    text = (
        "Velmora answers founder's suit\n\n"
        "Velmora on Tuesday published emails that it said showed its co-founder Marcus Feld "
        "had backed the company's new structure.\n\n" + sentence
    )
    found = pairs(extractor, text)
    assert any(target in p and p & {"Marcus Feld", "Daniel Ortiz"} for p in found)


def test_words_not_taken_out_of_context_misrepresent_nothing(extractor):
    # negative: the lawyer confirms the emails
    text = (
        "Velmora answers founder's suit\n\n"
        "Velmora on Tuesday published emails that it said showed its co-founder Marcus Feld "
        "had backed the company's new structure.\n\n"
        "Feld's lawyer, Daniel Ortiz, said the emails were not taken out of context."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize("harm", ["unsafe", "dangerous", "harmful"])
def test_a_product_said_to_give_unsafe_advice_is_its_makers_fault(extractor, harm):
    # no answer from the maker: the auditor's charge is enough
    text = (
        "Audit faults Velmora's chatbot\n\n"
        f"Kestrel Labs, an independent auditor, said Velmora's chatbot gave {harm} advice in "
        "30 percent of medical questions."
    )
    assert frozenset({"Kestrel Labs", "Velmora"}) in pairs(extractor, text)


def test_the_auditor_is_the_party_described_as_one_before(extractor):
    # "the auditor's" refers back to the party the article described as an auditor
    text = (
        "Audit faults Velmora's chatbot\n\n"
        "Kestrel Labs, an independent auditor, said the chatbot gave poor advice in 30 "
        "percent of medical questions. Velmora's account differs sharply from the "
        "auditor's."
    )
    assert frozenset({"Velmora", "Kestrel Labs"}) in pairs(extractor, text)


def test_a_conclusion_referred_back_to_is_at_odds_as_its_speakers(extractor):
    # "That conclusion" is the auditor's, stated in the sentence before
    text = (
        "Audit faults Velmora's chatbot\n\n"
        "Kestrel Labs, an independent auditor, said the chatbot gave poor advice in 30 "
        "percent of medical questions. That conclusion is at odds with Velmora's internal "
        "tests."
    )
    assert frozenset({"Velmora", "Kestrel Labs"}) in pairs(extractor, text)


def test_a_denial_of_what_an_outlet_reported_on_the_denier_answers_the_outlet(extractor):
    # the outlet's own report on the company, denied by the company with "that"
    text = (
        "Report says Velmora underpaid contractors\n\n"
        "Velmora paid contractors less than $2 an hour to label violent content for its "
        "chatbot, the Halvern Herald reported on Monday.\n\n"
        "In a statement, Velmora said that was not accurate."
    )
    assert frozenset({"Velmora", "Halvern Herald"}) in pairs(extractor, text)


def test_a_denial_after_an_outlet_relays_another_partys_charge_spares_the_outlet(extractor):
    # negative: the outlet carried Kestrel's words; Velmora answers Kestrel, not the outlet
    text = (
        "Velmora accused of underpaying contractors\n\n"
        "Kestrel Labs accused Velmora of paying contractors less than $2 an hour, the "
        "Halvern Herald reported on Monday.\n\n"
        "In a statement, Velmora said that was not accurate."
    )
    found = pairs(extractor, text)
    assert frozenset({"Velmora", "Kestrel Labs"}) in found
    assert frozenset({"Velmora", "Halvern Herald"}) not in found


@pytest.mark.parametrize(
    "answer",
    [
        "Former Lumio researcher Priya Nair disagreed, saying the safety team had been given "
        "only a week to test it.",
        "Priya Nair, who led Lumio's safety team until March, says otherwise.",
    ],
)
def test_a_company_named_in_the_critics_own_phrase_does_not_replace_the_speaker(
    extractor, answer
):
    # negative of the company-named rule: "Lumio" describes the critic, so she answers
    # the chief executive who spoke, not the company
    text = (
        "Two views of a model's safety\n\n"
        "Lumio's chief executive, Tomas Reyes, told reporters the model was the safest the "
        "company had built. " + answer
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Tomas Reyes"}) in found
    assert frozenset({"Priya Nair", "Lumio"}) not in found


def test_an_answer_after_someone_said_something_answers_them(extractor):
    # "pushed back ... after Y said": the clause of time names whom the answer answers
    text = (
        "Chip smuggling row\n\n"
        "Nvidia pushed back on Wednesday after Anthropic said chips were being smuggled "
        "into China in prosthetic baby bumps."
    )
    assert frozenset({"Nvidia", "Anthropic"}) in pairs(extractor, text)


@pytest.mark.parametrize("joint", ["v.", "v"])
def test_a_case_named_by_its_parties_is_the_plaintiffs_suit(extractor, joint):
    text = (
        "Court hears arguments\n\n"
        f"Lawyers argued on Monday in Kestrel Media {joint} OpenAI, a case over the use of "
        "news articles to train chatbots."
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()["disputes"]
    assert [d["parties"] for d in found] == [["Kestrel Media", "OpenAI"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reddit sued Anthropic on Wednesday, saying the AI company had scraped the site more "
        "than 100,000 times without permission.",
        "Reddit cut off Anthropic's access to its data, saying the AI company had scraped the "
        "site without permission.",
    ],
)
def test_a_platform_that_acts_is_a_party(extractor, sentence):
    # a platform is where users speak ("users on Reddit"), but it may sue as a company
    text = "Reddit takes on Anthropic\n\n" + sentence
    assert frozenset({"Reddit", "Anthropic"}) in pairs(extractor, text)


def test_users_on_a_platform_do_not_make_it_a_party(extractor):
    # negative: "on Reddit" is where the critics wrote
    text = (
        "Users criticise Anthropic\n\n"
        "Several users on Reddit accused Anthropic of quietly limiting its chatbot."
    )
    assert not [p for p in pairs(extractor, text) if "Reddit" in p]


@pytest.mark.parametrize("quality", ["poor", "faulty"])  # ("faulty": found at the start too)
def test_a_product_said_to_give_poor_advice_is_its_makers_fault(extractor, quality):
    text = (
        "Audit faults Velmora's chatbot\n\n"
        f"Kestrel Labs said Velmora's chatbot gave {quality} medical advice in its tests."
    )
    assert frozenset({"Kestrel Labs", "Velmora"}) in pairs(extractor, text)


def test_numbers_called_inflated_are_those_of_whoever_counted_them(extractor):
    # "the numbers" are the usage figures a data firm reported, not the last speaker's
    text = (
        "Chatbot usage soars\n\n"
        "Velmora's Velt-3 model had 80 million weekly users in October, according to "
        "Kestrel Data. Speaking at a conference, Tomas Reyes of Corran Labs said his lab would "
        "publish more research.\n\n"
        "In a blog post, Priya Nair called the numbers inflated."
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Kestrel Data"}) in found
    assert frozenset({"Priya Nair", "Tomas Reyes"}) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        'Lena Brandt said she was "shocked and angered" when she heard Velmora\'s new '
        "assistant, which she said sounded eerily like her.",
        "Lena Brandt said she was outraged by Velmora's new assistant.",
    ],
)
def test_a_party_angered_by_anothers_work_criticises_it(extractor, sentence):
    text = "Velmora faces backlash over voice feature\n\n" + sentence
    assert frozenset({"Lena Brandt", "Velmora"}) in pairs(extractor, text)


def test_a_party_furious_at_another_criticises_it(extractor):
    text = (
        "Authors criticise licensing deal\n\n"
        "The Authors Guild was furious at OpenAI over the licensing deal."
    )
    assert frozenset({"Authors Guild", "OpenAI"}) in pairs(extractor, text)


def test_a_party_not_angry_with_another_criticises_no_one(extractor):
    # negative: the anger is denied
    text = (
        "Velmora faces backlash over voice feature\n\n"
        "Lena Brandt said she was not angry with Velmora's team."
    )
    assert pairs(extractor, text) == []


def test_a_party_that_angers_others_is_not_angry_at_them(extractor):
    # negative: "angered" with an object: the subject angers, it does not criticise
    text = (
        "Velmora's chief in trouble\n\n"
        "Tomas Reyes, Velmora's chief executive, angered Kestrel Media with his comments on "
        "news publishers."
    )
    assert pairs(extractor, text) == []


def test_a_doubter_of_a_companys_promises_disputes_the_company(extractor):
    # the promise was its executive's, but the doubter's words name the company's
    text = (
        "Data center draws complaints\n\n"
        "Tomas Reyes, an executive at Velmora Systems, told officials that the company "
        "would remove most of the generators by June.\n\n"
        "Critics were unconvinced. Priya Nair said the company's promises meant little."
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Velmora Systems"}) in found
    assert frozenset({"Priya Nair", "Tomas Reyes"}) not in found


@pytest.mark.parametrize(
    "transition",
    ["That answer did not satisfy critics.", "The explanation failed to reassure skeptics."],
)
def test_an_answer_that_failed_to_sway_doubters_opens_to_the_next_speaker(
    extractor, transition
):
    text = (
        "Assistant paused\n\n"
        "Velmora Systems said its summaries were clearly labeled as a test.\n\n"
        f"{transition} Priya Nair, a former newspaper editor, said the technology was out of "
        "control."
    )
    assert frozenset({"Priya Nair", "Velmora Systems"}) in pairs(extractor, text)


def test_an_answer_that_satisfied_critics_opens_to_no_doubter(extractor):
    # negative: the answer won them over
    text = (
        "Assistant paused\n\n"
        "Velmora Systems said its summaries were clearly labeled as a test.\n\n"
        "That answer satisfied critics. Priya Nair, a former newspaper editor, said the "
        "technology had improved."
    )
    assert pairs(extractor, text) == []


def test_a_group_an_opening_sentence_leaves_unnamed_accuses_as_the_one_named_next(extractor):
    text = (
        "Data center draws complaints\n\n"
        "An environmental group has accused OpenAI of running gas turbines at its data "
        "center without permits.\n\n"
        "The Halvern Law Center said in a letter that aerial images showed 30 turbines."
    )
    assert frozenset({"Halvern Law Center", "OpenAI"}) in pairs(extractor, text)


def test_a_speaker_is_not_charged_with_the_denial_of_another_in_one_sentence(extractor):
    # Nair's "does not hold up" answers Reyes; Feld, in the same sentence, denies nothing
    text = (
        "Analysts divided over chip rules\n\n"
        "Tomas Reyes, Velmora's chief executive, said the export rules had failed.\n\n"
        "Marcus Feld of Kestrel Capital said the curbs had clearly hurt Velmora's revenue, "
        "while Priya Nair, a former trade official, said the rules had worked as intended "
        'and that Reyes\'s argument "does not hold up."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Tomas Reyes"}) in found
    assert not any("Marcus Feld" in p for p in found)


def test_that_figure_judged_in_a_sentence_is_the_figure_its_first_clause_reported(extractor):
    # not the chief executive quoted before: the analysts' estimate in the same sentence
    text = (
        "Robot makers crowd the field\n\n"
        "Jane Whitcombe, Kestrel Robotics' chief executive, said the company had signed a "
        "pilot with BMW.\n\n"
        "Analysts at Morgan Stanley estimate the humanoid market could reach $5 trillion by "
        "2050, though skeptics at the Brookings Institution say that figure is wildly "
        "optimistic."
    )
    found = pairs(extractor, text)
    assert frozenset({"Brookings Institution", "Morgan Stanley"}) in found
    assert frozenset({"Brookings Institution", "Jane Whitcombe"}) not in found


@pytest.mark.parametrize("slur", ["a betrayal of readers", "a travesty", "an embarrassment"])
def test_a_practice_named_a_betrayal_criticises_whoever_answered_for_it(extractor, slur):
    text = (
        "Magazine used AI reviews\n\n"
        "Halvern Media said the reviews had been produced by an outside contractor.\n\n"
        f'The News Guild called the practice "{slur}."'
    )
    assert frozenset({"News Guild", "Halvern Media"}) in pairs(extractor, text)


def test_a_low_rating_given_to_a_partys_product_criticises_the_party(extractor):
    text = (
        "Chatbot rated risky\n\n"
        "Common Sense Media, which rates technology products for families, gave Velmora's "
        'assistant an "unacceptable" risk rating last month.'
    )
    assert frozenset({"Common Sense Media", "Velmora"}) in pairs(extractor, text)


def test_senators_who_write_that_a_company_failed_to_implement_safeguards_accuse_it(
    extractor,
):
    text = (
        "Senators press chatbot maker\n\n"
        "In a letter, Senators Maria Cantwell and Josh Hawley wrote that Velmora AI had "
        '"failed to implement basic safeguards" for teenagers.'
    )
    found = pairs(extractor, text)
    assert frozenset({"Maria Cantwell", "Velmora AI"}) in found
    assert frozenset({"Josh Hawley", "Velmora AI"}) in found


def test_the_product_a_charge_names_stands_for_the_maker_named_with_it_before(extractor):
    # "the agent" is the coding agent "made by Quorvane" of the sentence before
    text = (
        "Coding agent deleted a database\n\n"
        "A founder says an AI coding agent made by Quorvane wiped his company's database.\n\n"
        "Jason Lemkin wrote on X that the agent ignored repeated instructions not to change "
        "any code."
    )
    assert frozenset({"Jason Lemkin", "Quorvane"}) in pairs(extractor, text)


def test_a_lede_that_sues_an_unnamed_engineer_sues_the_person_named_next(extractor):
    text = (
        "Lab sues former engineer\n\n"
        "Velmora AI has sued a former engineer, accusing him of stealing trade secrets.\n\n"
        "The complaint says Tomas Reyes uploaded confidential files to a personal account."
    )
    assert frozenset({"Velmora AI", "Tomas Reyes"}) in pairs(extractor, text)


def test_an_unnamed_engineer_later_in_an_article_is_not_the_next_person_named(extractor):
    # guard: past the opening, "a former engineer" may be anyone
    text = (
        "Lab sues former engineer\n\n"
        "Velmora AI makes chatbots. It was founded in 2021. It has 300 employees.\n\n"
        "Velmora AI has sued a former engineer, accusing him of stealing trade secrets.\n\n"
        "Tomas Reyes, a lawyer who is not involved in the case, said such suits were common."
    )
    assert frozenset({"Velmora AI", "Tomas Reyes"}) not in pairs(extractor, text)


def test_a_reason_given_in_a_reported_clause_is_reported_too(extractor):
    text = (
        "Math results questioned\n\n"
        "Velmora said its model solved five of six olympiad problems.\n\n"
        "Jane Whitcombe, a mathematician, said the results were hard to compare because "
        "Velmora had not disclosed how much computing power its system used."
    )
    assert frozenset({"Jane Whitcombe", "Velmora"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "transition", ["The claims were quickly challenged.", "The results have been questioned."]
)
def test_claims_contested_by_no_one_named_open_to_the_next_speaker(extractor, transition):
    text = (
        "Math results questioned\n\n"
        "Velmora said its model solved five of six olympiad problems.\n\n"
        f"{transition} Jane Whitcombe, a mathematician, wrote that she would be wary of "
        "drawing conclusions."
    )
    assert frozenset({"Jane Whitcombe", "Velmora"}) in pairs(extractor, text)


def test_claims_confirmed_open_to_no_doubter(extractor):
    # negative: a claim confirmed, not contested
    text = (
        "Math results confirmed\n\n"
        "Velmora said its model solved five of six olympiad problems.\n\n"
        "The claims were quickly confirmed. Jane Whitcombe, a mathematician, wrote that she "
        "had checked the proofs."
    )
    assert pairs(extractor, text) == []


def test_a_rift_opened_between_two_parties_sets_them_against_each_other(extractor):
    text = (
        "Partners fall out\n\n"
        "A rift has opened between Microsoft and OpenAI over access to the startup's models."
    )
    assert frozenset({"Microsoft", "OpenAI"}) in pairs(extractor, text)


@pytest.mark.parametrize("after", ["", " Neither company gave details."])
def test_a_claim_another_said_was_misleading_is_the_sentences_first_speakers(
    extractor, after
):
    # (the parser reads "a claim Y said" as a relative clause or as two subjects)
    text = (
        "Hiring war\n\n"
        "Velmora's Tomas Reyes said Quorvane was offering $100 million bonuses to poach his "
        "researchers, a claim Quorvane's Lena Brandt said was misleading." + after
    )
    assert frozenset({"Lena Brandt", "Tomas Reyes"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "answer",
    [
        "That is not what Kestrel Labs found.",
        "But an audit by Kestrel Labs painted a different picture.",
    ],
)
def test_a_finding_set_against_a_view_just_stated_disputes_it(extractor, answer):
    text = "Safety claims\n\nVelmora AI said its model was safe. " + answer
    assert frozenset({"Kestrel Labs", "Velmora AI"}) in pairs(extractor, text)


def test_a_different_picture_in_the_same_sentence_answers_its_first_speaker(extractor):
    text = (
        "Safety claims\n\n"
        "Tomas Reyes said the chatbot was popular with teachers.\n\n"
        "Velmora AI said its model was safe, but an audit by Kestrel Labs painted a "
        "different picture."
    )
    found = pairs(extractor, text)
    assert frozenset({"Kestrel Labs", "Velmora AI"}) in found
    assert frozenset({"Kestrel Labs", "Tomas Reyes"}) not in found


def test_that_is_just_what_a_party_found_disputes_nothing(extractor):
    # negative: the finding agrees
    text = (
        "Safety claims\n\nVelmora AI said its model was safe. That is exactly what Kestrel "
        "Labs found."
    )
    assert pairs(extractor, text) == []


def test_a_lede_that_names_its_company_a_few_sentences_later_disputes_as_that_company(
    extractor,
):
    text = (
        "Chipmaker disputes report\n\n"
        "A Taiwanese chipmaker has rejected a report that its newest accelerators are "
        'overheating, calling the claims "unfounded."\n\n'
        "The report, published Monday by The Information, said engineers had found that the "
        "servers shut down under heavy load. It cited three people with knowledge of the "
        "tests.\n\n"
        "Halvern Semiconductor said in a statement that the chip had passed all its tests."
    )
    assert frozenset({"Halvern Semiconductor", "The Information"}) in pairs(extractor, text)


def test_a_problem_if_a_report_is_real_denies_nothing(extractor):
    # negative: "is real" under "if" is a condition, not a denial of the report
    text = (
        "Chipmaker disputes report\n\n"
        "Halvern Semiconductor said in a statement that the chip had passed all its tests.\n\n"
        '"If this is real, it\'s a big problem for Halvern," said Stacy Rasgon, an analyst at '
        "Bernstein."
    )
    assert pairs(extractor, text) == []


@pytest.mark.parametrize("noun", ["fine", "penalty"])
def test_a_regulator_proposing_a_fine_against_a_party_charges_it(extractor, noun):
    text = (
        "Regulator acts over robocalls\n\n"
        f"The Federal Communications Commission on Thursday proposed a $6 million {noun} "
        "against Kestrel Media over robocalls that mimicked a candidate's voice."
    )
    assert frozenset({"Federal Communications Commission", "Kestrel Media"}) in pairs(
        extractor, text
    )


@pytest.mark.parametrize(
    ("claim", "estimate", "estimator"),
    [
        ("Velmora AI said the model cost $5 million to train.",
         "Analysts at Kestrel Research estimated the true cost at more than $500 million.",
         "Kestrel Research"),
        ("Velmora AI claims its chatbot is used by 100 million people a week.",
         "Kestrel Data, which tracks app usage, puts the figure closer to 40 million.",
         "Kestrel Data"),
    ],
)
def test_an_estimate_that_puts_a_claimed_figure_elsewhere_disputes_it(
    extractor, claim, estimate, estimator
):
    text = "Figures contested\n\n" + claim + " " + estimate
    assert frozenset({estimator, "Velmora AI"}) in pairs(extractor, text)


def test_an_estimate_that_puts_the_figure_where_it_was_claimed_disputes_nothing(extractor):
    # negative: the same figure
    text = (
        "Figures confirmed\n\n"
        "Velmora AI claims its chatbot is used by 100 million people a week. Kestrel Data, "
        "which tracks app usage, puts the figure at 100 million."
    )
    assert pairs(extractor, text) == []


def test_a_rival_that_says_it_overtook_a_self_declared_leader_disputes_it(extractor):
    text = (
        "Coding crown contested\n\n"
        "Velmora AI said its new model is the best coding model in the world. A day later, "
        "Kestrel Labs said its own model had overtaken Velmora's on every major coding "
        "benchmark."
    )
    assert frozenset({"Kestrel Labs", "Velmora AI"}) in pairs(extractor, text)


def test_a_rival_that_overtook_a_modest_claimant_disputes_nothing(extractor):
    # negative: Velmora claimed no first place, so being overtaken contradicts nothing
    text = (
        "Coding race\n\n"
        "Velmora AI said its new model is good at writing code. A day later, Kestrel Labs "
        "said its own model had overtaken Velmora's on every major coding benchmark."
    )
    assert pairs(extractor, text) == []


def test_former_staff_who_tell_a_different_story_dispute_through_their_named_speaker(
    extractor,
):
    text = (
        "Claims clash\n\n"
        "Velmora AI insists that its assistant keeps no recordings. Former employees tell a "
        "different story: Priya Nair, who worked on the team, said engineers listened to "
        "clips every day."
    )
    assert frozenset({"Priya Nair", "Velmora AI"}) in pairs(extractor, text)


def test_a_figure_said_to_be_much_smaller_disputes_the_figure_stated(extractor):
    text = (
        "Claims clash\n\n"
        "Velmora AI said the deal was worth $10 billion. Kestrel Capital said it was much "
        "smaller."
    )
    assert frozenset({"Kestrel Capital", "Velmora AI"}) in pairs(extractor, text)


def test_a_figure_said_to_be_smaller_than_another_thing_disputes_nothing(extractor):
    # negative: a comparison with something else, not a correction of the figure
    text = (
        "Deal sizes\n\n"
        "Velmora AI said the deal was worth $10 billion. Kestrel Capital said it was smaller "
        "than last year's acquisition of Lumio."
    )
    assert pairs(extractor, text) == []


def test_it_charged_with_what_another_side_said_it_did_lawfully_is_that_sides(extractor):
    text = (
        "Claims clash\n\n"
        "Velmora AI maintains that its model was trained only on licensed data. Marcus Feld, "
        "an author, says it was trained on pirated books."
    )
    assert frozenset({"Marcus Feld", "Velmora AI"}) in pairs(extractor, text)


@pytest.mark.parametrize("noun", ["decision", "ruling"])
def test_disagreeing_with_the_decision_disagrees_with_the_judge_who_made_it(extractor, noun):
    text = (
        "Judge rejects defense\n\n"
        'Judge Anne Conway wrote that she was "not prepared" to hold that the chatbot\'s '
        "output was speech. She allowed the claims against Google to proceed.\n\n"
        "A Velmora spokesperson said the company would keep fighting the lawsuit. Google said "
        f"it strongly disagreed with the {noun}."
    )
    found = pairs(extractor, text)
    assert frozenset({"Google", "Anne Conway"}) in found
    assert frozenset({"Google", "Velmora"}) not in found


def test_the_artists_are_not_the_companies_their_lawsuit_was_against(extractor):
    # "the artists" refers to no list named after "against"
    text = (
        "Artists lose early round\n\n"
        "A judge has dismissed most of a lawsuit filed by a group of artists against "
        "Stability AI, Midjourney and DeviantArt.\n\n"
        "Judge William Orrick said the artists had not shown that specific outputs were "
        "substantially similar to their works."
    )
    found = pairs(extractor, text)
    assert not any("William Orrick" in p and "Midjourney" in p for p in found)


def test_a_risk_said_to_be_exaggerated_was_overstated_by_whoever_warned_of_it(extractor):
    # ("exaggerated" after "was being" is tagged an adjective)
    text = (
        "Answers battery\n\n"
        "Kestrel Labs warned that Velmora's model could help design bioweapons. Velmora AI "
        "said the risk was being exaggerated."
    )
    assert frozenset({"Velmora AI", "Kestrel Labs"}) in pairs(extractor, text)


def test_a_headline_chief_is_the_chief_executive_the_article_names(extractor):
    # "Quorvane chief" in the headline is Jane Whitcombe, whom the denial answers: not
    # the company as a second party beside her
    text = (
        "Quorvane chief accuses Velmora of poaching researchers\n\n"
        "Quorvane's chief executive, Jane Whitcombe, said on Tuesday that Velmora had tried "
        "to lure away a dozen of her company's researchers with huge pay packages. Velmora "
        'disputed that account. A Velmora spokesperson said the figures were "wildly '
        'inflated" and that the company had made only a handful of offers.'
    )
    found = pairs(extractor, text)
    assert frozenset({"Velmora", "Jane Whitcombe"}) in found
    assert frozenset({"Velmora", "Quorvane"}) not in found


def test_a_union_named_in_apposition_after_the_staff_it_represents_is_the_critic(extractor):
    # the parser hangs the union's name on "staff"; the staff's employer is the target
    text = (
        "Lumio blames demand, not AI, for job cuts\n\n"
        "Lumio said it would cut 4,000 jobs and insisted the layoffs had nothing to do with "
        "artificial intelligence. A union representing Lumio's support staff, the "
        'Communications Workers Alliance, said the company\'s explanation was "not credible."'
    )
    assert frozenset({"Communications Workers Alliance", "Lumio"}) in pairs(extractor, text)


def test_a_critic_who_went_further_joins_the_last_critic_against_the_same_party(extractor):
    text = (
        "Quorvane CEO predicts AGI by 2027\n\n"
        "Quorvane's chief executive Jane Whitcombe said artificial general intelligence would "
        "arrive within two years. Lena Brandt, a computer scientist at the University of "
        'Halvern, doubted that timeline. "There is no evidence that scaling alone gets us '
        'there," she said. Daniel Ortiz, the chief AI scientist at Velmora, went further, '
        'calling the prediction "marketing."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Daniel Ortiz", "Jane Whitcombe"}) in found
    assert frozenset({"Daniel Ortiz", "Lena Brandt"}) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the parser reads "the prediction" as a modifier of the insult
        'Daniel Ortiz, the chief AI scientist at Velmora, called the prediction "marketing."',
        "Daniel Ortiz, the chief AI scientist at Velmora, called the prediction wishful thinking.",
        # ... or "forecast" as an adjective of it, the insult the object or a predicate
        "Daniel Ortiz called the forecast pure hyperbole.",
        "Daniel Ortiz, the chief AI scientist at Velmora, called the forecast pure hyperbole.",
    ],
)
def test_a_prediction_called_marketing_or_hyperbole_disputes_who_made_it(extractor, sentence):
    text = (
        "Quorvane predicts AGI\n\n"
        "Quorvane's chief executive Jane Whitcombe said artificial general intelligence would "
        "arrive within two years. " + sentence
    )
    assert frozenset({"Daniel Ortiz", "Jane Whitcombe"}) in pairs(extractor, text)


def test_calling_on_someone_to_stop_marketing_names_nothing(extractor):
    # a guard: "called on ... to" is a call to act, whatever its object
    text = (
        "Quorvane predicts AGI\n\n"
        "Quorvane's chief executive Jane Whitcombe said artificial general intelligence would "
        "arrive within two years. Senator Marcus Feld called on the company to stop the "
        "misleading marketing."
    )
    assert frozenset({"Marcus Feld", "Jane Whitcombe"}) not in pairs(extractor, text)


@pytest.mark.parametrize("judgement", ['"a fig leaf."', "meaningless."])
def test_those_things_just_reported_judged_worthless_dispute_who_reported_them(
    extractor, judgement
):
    text = (
        "Chatbot maker sued after teen's death\n\n"
        "A spokesperson for Lumio said the chatbot had directed the teen to crisis hotlines "
        "more than a dozen times. The family's lawyer, Jane Whitcombe, said those referrals "
        "were " + judgement
    )
    assert frozenset({"Jane Whitcombe", "Lumio"}) in pairs(extractor, text)


# ("Ex-Quorvane" a guard: the base reading already left it out here, not in a headline)
@pytest.mark.parametrize("critics", ["Former Quorvane researchers", "Ex-Quorvane researchers"])
def test_former_staff_of_a_company_do_not_speak_for_it(extractor, critics):
    text = (
        "Hiring claims\n\n"
        "Velmora said it had offered bonuses of $100 million to researchers. "
        + critics
        + " said the claim was false."
    )
    assert frozenset({"Quorvane", "Velmora"}) not in pairs(extractor, text)


@pytest.mark.parametrize(
    "transition",
    [
        "Several outside scientists disputed that description.",
        "Several outside scientists disputed the claim.",
        "Scientists disputed that.",
    ],
)
def test_unnamed_scientists_disputing_the_claim_open_to_the_doubter_named_next(
    extractor, transition
):
    text = (
        "Startup's drug claim questioned\n\n"
        "Brontal Therapeutics said its AI system had designed a new antibiotic from scratch. "
        + transition
        + " Priya Nair, a chemist at Halvern University, said the molecule was a close "
        "variant of a compound published in 2019."
    )
    assert frozenset({"Priya Nair", "Brontal Therapeutics"}) in pairs(extractor, text)


def test_the_person_who_led_a_study_answers_its_critics_on_its_side(extractor):
    # "who led the study" puts Daniel Ortiz with the study's authors; standing by the
    # findings answers the company that contested them, not a company that only said it
    # had not reviewed the study
    text = (
        "Study finds chatbots give wrong election answers\n\n"
        "More than half of the answers that five chatbots gave about voting were inaccurate, "
        "according to a study released on Tuesday by the Democracy Tech Project. Velmora, "
        "whose chatbot performed worst, said the researchers had used an outdated version "
        "of its product. Lumio said it had not been able to review the study's methodology. "
        "Daniel Ortiz, who led the study, said the team had tested the versions available "
        'to the public at the time. "We stand by our findings," he said.'
    )
    found = pairs(extractor, text)
    assert frozenset({"Daniel Ortiz", "Democracy Tech Project"}) not in found
    assert frozenset({"Daniel Ortiz", "Lumio"}) not in found


def test_the_companies_letter_is_the_listed_companies_not_the_body_they_wrote_to(extractor):
    text = (
        "Lawmakers and tech companies split over AI rules\n\n"
        "A group of 40 European companies, including Velmora and Quorvane, asked the European "
        "Commission on Thursday to delay the AI rules by two years. The Commission rejected "
        'the request. "The rules will apply as planned," spokesperson Lena Brandt said. '
        "Digital rights groups welcomed the decision. Daniel Ortiz of the group Open Rights "
        'Europe said the companies\' letter was "a lobbying exercise dressed up as concern."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Daniel Ortiz", "European Commission"}) not in found
    assert frozenset({"Daniel Ortiz", "Velmora"}) in found


@pytest.mark.parametrize(
    "sentence",
    [
        'Safety advocate Priya Nair said the footage "directly contradicts" the company\'s '
        "account.",
        "Safety advocate Priya Nair said the video contradicted Halvern's claims.",
    ],
)
def test_evidence_said_to_contradict_an_account_disputes_its_owner(extractor, sentence):
    text = (
        "Robotaxi strikes cyclist\n\n"
        "Halvern Mobility said its vehicle had been operating as designed when it struck a "
        "cyclist. " + sentence
    )
    assert frozenset({"Priya Nair", "Halvern Mobility"}) in pairs(extractor, text)


def test_the_company_is_not_the_newspaper_named_last(extractor):
    # "the Phoenix Ledger" is a newspaper by its name's last word
    text = (
        "Robotaxi strikes cyclist\n\n"
        "Halvern Mobility said its vehicle had been operating as designed. But video from a "
        "nearby business, reviewed by the Phoenix Ledger, appears to show the cyclist in the "
        "bike lane. Safety advocate Priya Nair said the footage contradicts the company's "
        "account."
    )
    found = pairs(extractor, text)
    assert frozenset({"Priya Nair", "Halvern Mobility"}) in found
    assert frozenset({"Priya Nair", "Phoenix Ledger"}) not in found


def test_the_studys_authors_saying_a_figure_did_not_hold_up_dispute_its_owner(extractor):
    # "did not hold up" shares its subject and its report with "was based on"; "the
    # study's authors" are the authors of the study named before
    text = (
        "Detector flags human writing\n\n"
        "An AI-writing detector sold by Brontal Labs wrongly labeled student essays as "
        "AI-generated, according to a study by researchers at the University of Corran. "
        "Brontal Labs says its detector has a false-positive rate below 1 percent. The "
        "study's authors said that figure was based on a narrow set of test essays and did "
        "not hold up."
    )
    assert frozenset({"University of Corran", "Brontal Labs"}) in pairs(extractor, text)


def test_a_critic_who_was_unpersuaded_doubts_the_answer_just_given(extractor):
    # "unpersuaded" read as a passive participle, not an adjective
    text = (
        "Chip deal draws fire\n\n"
        "Senator Jane Whitcombe said the chip deal was reckless. Press secretary Tomas Reyes "
        "said the deal included strict safeguards. Whitcombe was unpersuaded."
    )
    assert frozenset({"Jane Whitcombe", "Tomas Reyes"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    ("judgement", "disputed"),
    [
        ('Beacon\'s valuation was "hard to justify" given its revenue.', True),
        ("Beacon's account was difficult to believe.", True),
        # negated, no judgement against it
        ("the figure was not hard to believe.", False),
    ],
)
def test_a_figure_hard_to_justify_disputes_its_owner(extractor, judgement, disputed):
    text = (
        "Beacon raises $300 million\n\n"
        "Beacon said its revenue had tripled to $60 million. Fathom's co-founder, Rahul "
        "Iyer, said in an interview that " + judgement
    )
    assert (frozenset({"Rahul Iyer", "Beacon"}) in pairs(extractor, text)) is disputed


@pytest.mark.parametrize(
    "answer",
    [
        "Governor Marcus Feld said the state would appeal.",
        "Governor Marcus Feld, who signed the law in August, said the state would appeal.",
    ],
)
def test_a_party_that_will_appeal_a_ruling_disputes_the_judge(extractor, answer):
    text = (
        "Court blocks state deepfake law\n\n"
        "A federal judge on Tuesday blocked a new state law that bans AI-generated political "
        'deepfakes. Judge Priya Nair wrote that the law was "a blunt instrument." ' + answer
    )
    assert frozenset({"Marcus Feld", "Priya Nair"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "answer",
    [
        # the small model reads "begs" as the subject's noun
        "Brontal Systems begs to differ.",
        "That is not how Brontal Systems sees it.",
        "Brontal Systems has a different view.",
        "Brontal Systems' version of events differs sharply.",
        "Brontal Systems said nothing could be further from the truth.",
    ],
)
def test_idioms_of_seeing_it_otherwise_dispute_the_claim_just_made(extractor, answer):
    text = (
        "Chipmakers spar over speed\n\n"
        "Kestrel Labs said its chip was the fastest on the market. " + answer
    )
    assert frozenset({"Brontal Systems", "Kestrel Labs"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a difference in kind, and a view of something else
        "Brontal Systems' design differs from it in size.",
        "Brontal Systems has a different view on pricing.",
    ],
)
def test_a_difference_that_is_no_disagreement_disputes_nothing(extractor, sentence):
    text = (
        "Chipmakers compare designs\n\n"
        "Kestrel Labs said its chip used a new memory design. " + sentence
    )
    assert frozenset({"Brontal Systems", "Kestrel Labs"}) not in pairs(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Labs piled on Brontal Systems after the outage.",
        "Kestrel Labs dinged Brontal Systems for its slow rollout.",
        "Kestrel Labs said it was disappointed by Brontal Systems' decision.",
        "Kestrel Labs said Brontal Systems doesn't know what it is talking about.",
    ],
)
def test_more_words_of_criticism_dispute_their_object(extractor, sentence):
    text = "Chipmakers clash\n\nThe two chipmakers have clashed before. " + sentence
    assert frozenset({"Kestrel Labs", "Brontal Systems"}) in pairs(extractor, text)


def test_not_knowing_what_one_is_talking_about_said_of_someone_criticises_them(extractor):
    text = (
        "Chip safety row\n\n"
        "Marcus Feld said the chip was safe. \"He doesn't know what he's talking about,\" "
        "Jane Roe said of Marcus Feld."
    )
    assert frozenset({"Jane Roe", "Marcus Feld"}) in pairs(extractor, text)


def test_admitting_one_does_not_know_criticises_no_one(extractor):
    # a guard: "she" is the speaker herself
    text = (
        "Chip safety row\n\n"
        "Marcus Feld said the chip was safe. Jane Roe admitted she doesn't know what she is "
        "talking about."
    )
    assert frozenset({"Jane Roe", "Marcus Feld"}) not in pairs(extractor, text)


@pytest.mark.parametrize(
    ("answer", "disputed"),
    [
        ("Brontal Systems said the test was not representative of real-world use.", True),
        ("Brontal Systems said the methodology was unsound.", True),
        ("Brontal Systems said the analysis relied on outdated data.", True),
        ("Brontal Systems said the study was based on incomplete figures.", True),
        # a guard: data described without a fault
        ("Brontal Systems said the study was based on figures from its own labs.", False),
    ],
)
def test_an_answer_faulting_the_test_or_its_data_disputes_the_tester(
    extractor, answer, disputed
):
    text = (
        "Chip under fire\n\n"
        "Kestrel Labs said on Monday that its tests showed Brontal Systems' new chip ran at "
        "40 percent of its advertised speed. " + answer
    )
    assert (frozenset({"Kestrel Labs", "Brontal Systems"}) in pairs(extractor, text)) is disputed


def test_finding_otherwise_answers_the_claim_just_made_not_an_earlier_critic(extractor):
    text = (
        "Students say detector wrongly flagged essays\n\n"
        'Priya Nair said she was accused of cheating. "The tool is simply wrong about me," '
        "Nair said. Brontal Labs chief executive Marcus Feld wrote that false positives were "
        "extremely rare. Researchers at the Halvern Institute found otherwise."
    )
    found = pairs(extractor, text)
    assert frozenset({"Halvern Institute", "Marcus Feld"}) in found
    assert frozenset({"Halvern Institute", "Priya Nair"}) not in found


def test_a_rebuttal_recalled_in_the_other_side_s_words_is_no_claim_of_its_author(extractor):
    text = (
        "Chipmaker pushes back on forecast\n\n"
        "An analyst at Corran Research, Marcus Feld, predicted that Kestrel would lose half "
        "its market share by 2027. Kestrel has pushed back on the forecast.\n\n"
        "Feld, for his part, called Kestrel's rebuttal \"a marketing document.\""
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    said = [c["claimant"] for c in found["claims"] if "marketing document" in c["text"]]
    assert said == ["Marcus Feld"]
    assert frozenset({"Kestrel", "Marcus Feld"}) in pairs(extractor, text)


AUDIT = (
    "Velmora welcomes audit of its hiring tool\n\n"
    "An independent audit of Velmora's hiring software found no evidence of bias against "
    "older applicants, the auditing firm Halvern Assurance said on Thursday. Velmora "
    "welcomed the findings.\n\n"
)


@pytest.mark.parametrize(
    "criticism",
    [
        "Tomas Reyes, director of the Corran Workers Center, said the audit was too narrow.",
        # an unnamed group judges the audit; the speaker named next joins it, against
        # whoever made the audit, not the company that welcomed it
        "Some labor advocates said the audit was too narrow. Tomas Reyes, director of the "
        "Corran Workers Center, said it had looked at only one of the tool's scoring systems.",
        "Some labor advocates said the audit was flawed. Tomas Reyes, director of the "
        "Corran Workers Center, said it had looked at only one of the tool's scoring systems.",
    ],
)
def test_faulting_an_audit_disputes_the_firm_that_announced_its_findings(extractor, criticism):
    found = pairs(extractor, AUDIT + criticism)
    assert frozenset({"Tomas Reyes", "Halvern Assurance"}) in found
    assert frozenset({"Tomas Reyes", "Velmora"}) not in found


def test_too_early_to_say_faults_no_audit(extractor):
    # guard: "too early" judges the moment, not the audit
    text = AUDIT + (
        "Tomas Reyes, director of the Corran Workers Center, said the audit was too early "
        "to judge."
    )
    assert frozenset({"Tomas Reyes", "Halvern Assurance"}) not in pairs(extractor, text)


def test_the_researchers_accused_are_the_lab_they_were_introduced_with(extractor):
    text = (
        "Robot vacuum maker denies sending home maps to advertisers\n\n"
        "Privacy researchers at the Corran Digital Rights Lab say Brontal's robot vacuums "
        "upload maps of customers' homes to advertising partners.\n\n"
        "The company's privacy chief, Priya Nair, said in a blog post that the researchers "
        "had misread the network traffic they captured."
    )
    assert frozenset({"Priya Nair", "Corran Digital Rights Lab"}) in pairs(extractor, text)


def test_a_defence_after_a_concession_accuses_no_one(keeping):
    # "errors" is a bad word, but after "acknowledged ... but said" it defends the tool
    text = (
        "Hospital chain praises AI scribe\n\n"
        "Halvern Health, a hospital chain in Ohio, says an AI note-taking tool from Lumio "
        "Medical has cut the time its doctors spend on paperwork by half.\n\n"
        "Nurses at two of the chain's hospitals tell a different story. \"It makes mistakes "
        'we have to fix," said Jane Whitcombe, a nurse at Halvern\'s Dayton hospital and a '
        "member of the Ohio Nurses Alliance.\n\n"
        "Lumio Medical's chief medical officer, Tomas Reyes, acknowledged that the tool "
        "sometimes misattributes statements but said errors were rare. The union said it had "
        "documented dozens of them."
    )
    assert frozenset({"Tomas Reyes", "Halvern Health"}) not in pairs(keeping, text)


def test_a_group_s_lawsuit_is_its_leader_s_and_never_the_accused_s_claim(keeping):
    text = (
        "Authors' lawsuit can proceed\n\n"
        "A judge ruled on Monday that a group of authors led by novelist Tomas Reyes can "
        "proceed with their lawsuit accusing Brontal of training its AI on pirated books."
    )
    found = keeping.extract(ArticleText(text=text, source="test")).to_contract()
    assert frozenset({"Tomas Reyes", "Brontal"}) in [
        frozenset(d["parties"]) for d in found["disputes"]
    ]
    assert "Brontal" not in [c["claimant"] for c in found["claims"]]


@pytest.mark.parametrize("verb", ["savaged", "roasted", "upbraided", "decried", "needled"])
def test_a_rare_verb_after_its_subject_s_apposition_still_challenges(extractor, verb):
    # the parser reads the verb as an adjective of "claims" and leaves the name as the
    # sentence's root; the pipeline repairs the parse before anything reads it
    # ("decried" a control: parsed right in this sentence)
    text = (
        "Chip dispute\n\n"
        "Kestrel said its new chip was the fastest on the market. Marcus Feld, an analyst "
        f"at Corran Research, {verb} Kestrel's claims on Tuesday."
    )
    assert frozenset({"Marcus Feld", "Kestrel"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "phrase",
    ["torched", "picked apart", "threw cold water on", "raised red flags about", "dunked on"],
)
def test_more_idioms_of_criticism_challenge(extractor, phrase):
    text = (
        "Chip dispute\n\n"
        f"Kestrel said its new chip was the fastest on the market. Marcus Feld {phrase} "
        "Kestrel's claims on Tuesday."
    )
    assert frozenset({"Marcus Feld", "Kestrel"}) in pairs(extractor, text)


DIVIDED = (
    "Analysts split on chip outlook\n\n"
    "{opening} Marcus Feld of Corran Capital expects Velmora's market share to hold above 80 "
    "percent through 2027. Priya Nair, an analyst at Halvern Securities, sees it falling "
    "below 60 percent as customers design their own chips."
)


def test_two_speakers_after_a_group_said_to_be_divided_hold_opposed_views(extractor):
    text = DIVIDED.format(opening="Analysts are divided over whether Velmora can keep its lead.")
    assert frozenset({"Marcus Feld", "Priya Nair"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "opening",
    [
        # guards: no division said, a named party's own people, and a poll's count
        "Analysts have weighed in on whether Velmora can keep its lead.",
        "Velmora's analysts are divided over whether it can keep its lead.",
        "Voters are divided over whether Velmora can keep its lead.",
    ],
)
def test_two_forecasts_without_a_division_said_are_no_dispute(extractor, opening):
    assert frozenset({"Marcus Feld", "Priya Nair"}) not in pairs(
        extractor, DIVIDED.format(opening=opening)
    )


BENCH_DISPUTE = (
    "New model tops coding benchmark, company says\n\n"
    "Quorvane said its new Halo-2 Pro model scored 71.2 percent on SWE-bench Verified, "
    "ahead of every rival.\n\n"
    "Sean O'Brien, a researcher at the nonprofit evaluation group Model Audit Collective, "
    "said his team could reproduce only 64 percent.\n\n"
    "J.D. Whitcombe Jr., Quorvane's chief scientist, said the collective had used the wrong "
    "settings."
)


def test_a_team_that_reproduces_only_part_of_a_score_questions_it(extractor):
    # "his team" acts for the researcher; "only 64 percent" is a failed check
    assert frozenset({"Sean O'Brien", "Quorvane"}) in pairs(extractor, BENCH_DISPUTE)


def test_the_collective_is_the_group_named_with_that_word(extractor):
    # the answer names "the collective"; the chief scientist's initials are his name's
    found = pairs(extractor, BENCH_DISPUTE)
    assert frozenset({"J.D. Whitcombe Jr.", "Model Audit Collective"}) in found


@pytest.mark.parametrize(
    ("answer", "pair"),
    [
        # the parser splits the idiom between the naming verb's complement and the verb
        ('Quorvane called the comparison "apples to oranges."', {"Quorvane", "Jane Whitcombe"}),
        (
            'Quorvane\'s spokesperson, Tomas Reyes, said that was "a distinction without a '
            'difference."',
            {"Quorvane", "Jane Whitcombe"},  # the spokesperson's answer is Quorvane's
        ),
        ("Quorvane called the comparison a red herring.", {"Quorvane", "Jane Whitcombe"}),
    ],
)
def test_idioms_of_several_words_that_put_a_claim_down_dispute_it(extractor, answer, pair):
    text = (
        "Labs spar over AI energy use\n\n"
        "Velmora's chief executive, Jane Whitcombe, said at a conference that Quorvane's data "
        "centers use twice as much energy per query as Velmora's. " + answer
    )
    assert frozenset(pair) in pairs(extractor, text)


@pytest.mark.parametrize(
    "answer",
    [
        '"That\'s simply not what happened," he said of Adams\'s account.',
        '"That is not what happened," Ortiz said.',
    ],
)
def test_saying_that_is_not_what_happened_denies_the_account(extractor, answer):
    text = (
        "Former scientist and CEO trade barbs\n\n"
        "Hope Adams told a Senate hearing that she resigned because Quorvane had cut its "
        "safety budget by half. Quorvane's chief executive, Daniel Ortiz, said the budget had "
        "grown every year. " + answer
    )
    assert frozenset({"Daniel Ortiz", "Hope Adams"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "answer",
    [
        "Quorvane's Daniel Ortiz is having none of it.",
        "Quorvane's Daniel Ortiz called that idea a nonstarter.",
        "Her position contrasts sharply with that of Quorvane's Daniel Ortiz, who opposes "
        "licensing.",
    ],
)
def test_more_ways_of_holding_the_opposite_view(extractor, answer):
    text = (
        "Regulation debate\n\n"
        "Velmora chief executive Jane Whitcombe said AI models should be licensed before "
        "release. " + answer
    )
    assert frozenset({"Daniel Ortiz", "Jane Whitcombe"}) in pairs(extractor, text)


def test_things_that_contrast_are_no_opposed_positions(extractor):
    # guard: a difference of things, not of views
    text = (
        "Chip designs\n\n"
        "Velmora chief executive Jane Whitcombe said the company's chip uses less power. "
        "Its design contrasts with that of Quorvane's chip, made by Daniel Ortiz's team."
    )
    assert frozenset({"Daniel Ortiz", "Jane Whitcombe"}) not in pairs(extractor, text)


def test_a_claim_said_to_be_contradicted_by_evidence_is_rebutted_by_the_speaker(extractor):
    # the passive: the evidence is the agent, the speaker's own claim that it contradicts
    text = (
        "Family sues chatbot maker\n\n"
        "Quorvane said it was heartbroken but that the chatbot had repeatedly directed the "
        "teen to crisis hotlines. The family's lawyer, Priya Nair, said that claim was "
        "contradicted by chat logs the family had reviewed."
    )
    assert frozenset({"Priya Nair", "Quorvane"}) in pairs(extractor, text)


def test_doubters_described_by_a_relative_clause_still_open_to_the_speaker_next(extractor):
    # "who reviewed the results" describes the group; the sentence is still only doubt
    text = (
        "Velmora says its model passes medical exam\n\n"
        "Velmora said its Aria model passed a medical licensing exam with a score of 92 "
        "percent. Several doctors who reviewed the results were skeptical. Dr. Tomas Reyes of "
        "Halvern Medical School said the exam questions may have appeared in the model's "
        "training data."
    )
    assert frozenset({"Tomas Reyes", "Velmora"}) in pairs(extractor, text)


def test_a_document_judged_unfaithful_rebuts_its_author_named_before(extractor):
    # "the tests" were "run by" the centre; "stood by its findings" then answers the
    # company, not the senator who cited them
    text = (
        "Senator presses chatbot maker\n\n"
        "Sen. Marcus Feld demanded that Quorvane explain its assistant's dieting advice to "
        "teens, citing tests run by the nonprofit Halvern Center. Quorvane said in a "
        "statement that the tests did not reflect how most teens use the product. The "
        "Halvern Center stood by its findings."
    )
    found = pairs(extractor, text)
    assert frozenset({"Quorvane", "Halvern Center"}) in found
    assert frozenset({"Marcus Feld", "Halvern Center"}) not in found


COMPARISON_CLAIM = (
    "Kestrel model tops benchmark\n\n"
    "Kestrel said its new model, Kestrel-R2, scored 91 percent on AIME 2025, beating "
    "OpenAI's o3. Nathan Corran, a researcher at the Allen Institute for AI, noted that "
    "Kestrel's score used 64 samples per question. "
)


@pytest.mark.parametrize(
    "judgement",
    [
        '"That is not an apples-to-apples comparison," Corran wrote.',
        '"It is not a like-for-like comparison," Corran said.',
        '"The comparison is not apples to apples," Corran said.',
        '"Those numbers are not comparable," Corran said.',
        "Corran said the comparison did not hold water.",
        '"That comparison does not make sense," Corran said.',
        '"The numbers don\'t tell the whole story," Corran said.',
        "Corran said the claim did not survive scrutiny.",
    ],
)
def test_a_comparison_judged_unfair_or_failing_rebuts_its_maker(extractor, judgement):
    found = pairs(extractor, COMPARISON_CLAIM + judgement)
    assert frozenset({"Nathan Corran", "Kestrel"}) in found
    assert frozenset({"Nathan Corran", "OpenAI"}) not in found


@pytest.mark.parametrize(
    "judgement",
    [
        '"That is a fair comparison," Corran said.',
        "Corran said the comparison held water.",
        '"It makes sense to compare them," Corran said.',
    ],
)
def test_a_comparison_judged_fair_rebuts_no_one(extractor, judgement):
    # guard: the same words, not negated
    text = (
        "Kestrel model tops benchmark\n\n"
        "Kestrel said its new model, Kestrel-R2, scored 91 percent on AIME 2025, beating "
        "OpenAI's o3. " + judgement.replace("Corran", "Nathan Corran of the Allen Institute", 1)
    )
    assert frozenset({"Nathan Corran", "Kestrel"}) not in pairs(extractor, text)


def test_a_decision_said_to_ignore_reality_answers_whoever_made_it(extractor):
    # "This decision" is the regulator's, which challenged the company before
    text = (
        "Regulator moves to block takeover\n\n"
        "Britain's Competition and Markets Authority said it would block Brontal's takeover "
        "of Lumio, warning the deal could raise prices. "
        '"This decision ignores the reality of a fiercely competitive market," said '
        "Brontal's chief legal officer, Daniel Ortiz."
    )
    assert frozenset({"Daniel Ortiz", "Competition and Markets Authority"}) in pairs(
        extractor, text
    )


@pytest.mark.parametrize(
    "judgement",
    [
        "City supervisor Daniel Ortiz said Lumio was too quick to blame the victim.",
        "City supervisor Daniel Ortiz said Lumio had been too slow to recall the cars.",
    ],
)
def test_a_party_said_to_act_too_hastily_or_too_slowly_is_criticised(extractor, judgement):
    text = (
        "Robotaxi strikes cyclist\n\n"
        "Lumio said its vehicle had been traveling within the speed limit. " + judgement
    )
    assert frozenset({"Daniel Ortiz", "Lumio"}) in pairs(extractor, text)


def test_too_big_to_ignore_faults_no_one(extractor):
    # guard: an infinitive after another adjective
    text = (
        "Robotaxi fleet grows\n\n"
        "Lumio said its fleet had doubled this year. City supervisor Daniel Ortiz said Lumio "
        "was now too big to ignore."
    )
    assert frozenset({"Daniel Ortiz", "Lumio"}) not in pairs(extractor, text)


def test_a_possessors_rival_in_apposition_is_no_ally(extractor):
    # "Kestrel's chief rival, Velmora": Velmora is not on Kestrel's side, so Kestrel's
    # disputing its figure is a dispute
    text = (
        "Kestrel in talks to raise funds\n\n"
        "Kestrel AI is in talks to raise about $2 billion. Kestrel's chief rival, Velmora, "
        "said last week that its agent was used by more than half of the Fortune 100, a "
        "figure Kestrel has disputed."
    )
    assert frozenset({"Kestrel AI", "Velmora"}) in pairs(extractor, text)


def test_a_suit_that_names_a_defendant_is_its_plaintiffs_named_in_the_sentence(extractor):
    # the parser takes "names" for a noun; the plaintiff is named by "brought by"
    text = (
        "Trade group sues over AI law\n\n"
        "The suit, brought by the Digital Progress Council in federal court, names state "
        "Attorney General Lena Brandt as the defendant."
    )
    assert frozenset({"Digital Progress Council", "Lena Brandt"}) in pairs(extractor, text)


def test_calling_the_lawsuit_frivolous_rebuts_who_brought_it(extractor):
    # not the defendant, and the caller brought no suit
    text = (
        "Trade group sues over AI law\n\n"
        "The Digital Progress Council sued Attorney General Lena Brandt on Monday to block "
        "the state's AI safety law. The law's author, state Sen. Tomas Reyes, called the "
        "lawsuit frivolous."
    )
    found = pairs(extractor, text)
    assert frozenset({"Tomas Reyes", "Digital Progress Council"}) in found
    assert frozenset({"Tomas Reyes", "Lena Brandt"}) not in found


@pytest.mark.parametrize(
    "transition",
    [
        "Her comments drew pushback from economists.",
        "Her prediction drew skepticism from scholars.",
    ],
)
def test_opposition_drawn_from_no_one_named_opens_to_the_speaker_next(extractor, transition):
    text = (
        "CEO predicts AI will replace entry-level jobs\n\n"
        "Velmora chief executive Jane Whitcombe said AI could eliminate half of all "
        f"entry-level office jobs within five years. {transition} Marcus Feld, a labor "
        "economist at Corran University, said there was little evidence that AI was "
        "reducing employment."
    )
    assert frozenset({"Marcus Feld", "Jane Whitcombe"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    ("judgement", "critic"),
    [
        (
            # (the unnamed critics open to the researcher; this short text paired her with
            # the company before too, through the claims alone)
            "Critics said the fix did not go far enough. Priya Nair, a media researcher, "
            "said labelling errors was not the same as preventing them.",
            "Priya Nair",
        ),
        (
            "Reporters Without Borders said the fix did not go far enough.",
            "Reporters Without Borders",
        ),
    ],
)
def test_a_fix_said_not_to_go_far_enough_is_criticised(extractor, judgement, critic):
    text = (
        "Lumio updates AI summaries\n\n"
        "Lumio said a software update would label its AI summaries. " + judgement
    )
    assert frozenset({critic, "Lumio"}) in pairs(extractor, text)


def test_a_founder_rejecting_criticism_never_answers_her_own_company(extractor):
    # the company founded by her claimed before the critics; her answer is theirs to hear
    text = (
        "Startups race to build AI companions\n\n"
        "Corran.ai, the companion-app maker founded by Dr. Ana Maria Lopez-Reyes, said on "
        "Tuesday that its users now spend an average of 90 minutes a day chatting with its "
        "characters.\n\n"
        "Chen Weiming, a professor at Halvern University, said the figures were worrying. "
        '"These apps are designed to be sticky," Chen said.\n\n'
        'Lopez-Reyes rejected the criticism. "Loneliness is the real epidemic," she said. '
        "Corran.ai's head of trust and safety, Kwame Mensah, said the company had added "
        "break reminders."
    )
    assert frozenset({"Ana Maria Lopez-Reyes", "Corran.ai"}) not in pairs(extractor, text)


def test_unnamed_experts_calling_a_claim_premature_open_to_the_expert_named_next(extractor):
    text = (
        "Scientists question AI antibiotic claim\n\n"
        "Lumio said its AI system had discovered a new class of antibiotic. Several "
        "microbiologists said the claim was premature. The compound has only been tested in "
        "mice, noted Hope Adams, a microbiologist at the Halvern Institute."
    )
    assert frozenset({"Hope Adams", "Lumio"}) in pairs(extractor, text)


CHIP_CLAIM = (
    "Chip spat\n\n"
    "Velmora chief executive Jane Whitcombe said the company's new chip was the fastest on "
    "the market. "
)


@pytest.mark.parametrize(
    "answer",
    [
        "Marcus Feld, chief executive of Quorvane, said Whitcombe does not understand how "
        "chips are benchmarked.",
        "Marcus Feld, chief executive of Quorvane, said Whitcombe had no idea what she was "
        "talking about.",
        "Marcus Feld, chief executive of Quorvane, said Whitcombe was spreading "
        "misinformation.",
        "Marcus Feld, chief executive of Quorvane, laughed off the claim.",
    ],
)
def test_ignorance_misinformation_and_laughing_it_off_answer_the_claimant(extractor, answer):
    assert frozenset({"Marcus Feld", "Jane Whitcombe"}) in pairs(extractor, CHIP_CLAIM + answer)


def test_we_have_no_idea_is_no_charge(extractor):
    # guard: the speaker's own ignorance
    text = CHIP_CLAIM + '"We have no idea how fast it is," said Marcus Feld of Quorvane.'
    assert frozenset({"Marcus Feld", "Jane Whitcombe"}) not in pairs(extractor, text)


def test_one_of_the_plaintiffs_sues_whom_the_unnamed_group_sued(extractor):
    text = (
        "Song generator sued\n\n"
        "Brontal was sued on Monday by a group of musicians. The complaint says its song "
        'generator was trained on their recordings. "They took our life\'s work," said Hope '
        "Adams, one of the plaintiffs."
    )
    assert frozenset({"Hope Adams", "Brontal"}) in pairs(extractor, text)


def test_a_caution_about_a_kind_of_result_answers_no_one(extractor):
    # "benchmark scores" are scores of any model, not the claimant's; and the researcher
    # works at the institute that found the result, so she is on its side
    text = (
        "Velmora said its model beat Quorvane's on every test.\n\n"
        "Researchers at the Halvern Institute, who tested the model, found that it matched "
        "Quorvane's on most tasks. Priya Nair, a researcher at the institute, said the "
        'results were "impressive" but cautioned that benchmark scores don\'t capture '
        "everything."
    )
    assert not [p for p in pairs(extractor, text) if "Priya Nair" in p]


@pytest.mark.parametrize(
    "charge",
    [
        "the attorneys had abdicated their most basic duty",
        "the attorneys had neglected their duty to the court",
        # "the attorneys" are the firm's lawyers named before, under another word
        "the attorneys had misled the court",
    ],
)
def test_a_judge_faulting_the_attorneys_disputes_the_firm_they_came_from(extractor, charge):
    text = (
        "Fake citations\n\n"
        "A federal judge on Monday fined three lawyers from the personal injury firm "
        "Corran & Blake for citing cases that did not exist.\n\n"
        f"Judge Hope Adams wrote that {charge}."
    )
    assert frozenset({"Hope Adams", "Corran & Blake"}) in pairs(extractor, text)


@pytest.mark.parametrize("noun", ["the estimate", "that estimate"])
def test_disputing_the_estimate_answers_who_estimated(extractor, noun):
    # the estimate is the report's, not the last speaker's before the answer
    text = (
        "Water use\n\n"
        "The report, published by the Clean Water Alliance, estimates that Quorvane's "
        "campus will use a million gallons of water a day.\n\n"
        '"Quorvane is telling residents one thing and doing another," said Maria Delgado, '
        "a resident.\n\n"
        f"Quorvane disputed {noun}."
    )
    assert frozenset({"Quorvane", "Clean Water Alliance"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    ("verb", "disputed"),
    [
        # a backer conceding a weakness answers no one
        ("conceded", False),
        ("admitted", False),
        # a control: the same judgement said outright answers the founder who spoke
        ("said", True),
    ],
)
def test_a_conceded_judgement_answers_no_one(extractor, verb, disputed):
    text = (
        "Pin reviews\n\n"
        '"Version one products are never perfect," Lumio chief executive Imran Sethi wrote. '
        '"We will ship fixes every week."\n\n'
        f"Investor Naomi Cruz, an early backer of the company, {verb} that the launch was "
        "premature."
    )
    found = frozenset({"Naomi Cruz", "Imran Sethi"}) in pairs(extractor, text)
    assert found is disputed


def test_not_having_known_of_a_wrong_is_an_excuse_not_a_charge(extractor):
    text = (
        "Robocalls fined\n\n"
        "The Federal Communications Commission fined Dale Hutchins $6 million on Thursday. "
        'FCC Chair Helen Park said the fine should "send a message."\n\n'
        "Lingo Telecom, which carried the calls, said it had not known the calls were fake."
    )
    assert frozenset({"Lingo Telecom", "Helen Park"}) not in pairs(extractor, text)
    assert frozenset({"Lingo Telecom", "Federal Communications Commission"}) not in pairs(
        extractor, text
    )


@pytest.mark.parametrize("verb", ["called the fine \"excessive\"", "called the fine draconian"])
def test_calling_a_penalty_excessive_answers_who_imposed_it(extractor, verb):
    text = (
        "Robocalls fined\n\n"
        "The Federal Communications Commission on Thursday fined political consultant Dale "
        "Hutchins $6 million for the calls.\n\n"
        f"His lawyer, Victor Salas, {verb} and said his client would appeal."
    )
    found = pairs(extractor, text)
    assert frozenset({"Victor Salas", "Federal Communications Commission"}) in found
    assert frozenset({"Victor Salas", "Dale Hutchins"}) not in found


def test_disagreeing_with_a_retraction_answers_who_retracted(extractor):
    text = (
        "Study retracted\n\n"
        "The journal Cell Reports Medicine has retracted a study by researchers at Halvern "
        "University.\n\n"
        "The notice said that the lead author, Kwame Mensah, disagreed with the retraction."
    )
    assert frozenset({"Kwame Mensah", "Cell Reports Medicine"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name met once, where the small NER guesses a product or a building
        "Marcus Feld accused Velmora of hypocrisy, noting that it had lobbied against the "
        "same rules it now praises.",
        "Marcus Feld took aim at Velmora on Tuesday, saying its safety team had been gutted.",
    ],
)
def test_a_company_named_once_as_the_target_is_a_party(extractor, text):
    assert frozenset({"Marcus Feld", "Velmora"}) in pairs(extractor, f"Feud\n\n{text}")


@pytest.mark.parametrize(
    "reaction",
    [
        # the claim a relative clause with no pronoun is on
        ', a claim Marcus Feld called "laughable."',
        # "That" alone is the claim just made
        ". That drew a sharp rebuke from Marcus Feld.",
    ],
)
def test_a_claim_called_laughable_or_drawing_a_rebuke_is_its_makers(extractor, reaction):
    text = f"Feud\n\nVelmora said its model was the safest on the market{reaction}"
    assert frozenset({"Marcus Feld", "Velmora"}) in pairs(extractor, text)


def test_a_report_a_company_disclosed_something_in_is_its_own(extractor):
    text = (
        "Model tried blackmail in tests\n\n"
        "Quorvane's newest model attempted to blackmail engineers in a simulated scenario, "
        "the company disclosed in a safety report published Thursday.\n\n"
        '"We publish these findings because the risks are real," said Helen Marsh, who '
        "leads Quorvane's alignment team.\n\n"
        'Gary Holt, a professor at NYU, called the report "a marketing stunt."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Gary Holt", "Quorvane"}) in found
    assert frozenset({"Gary Holt", "Helen Marsh"}) not in found


@pytest.mark.parametrize("verb", ["has lobbied against it", "has campaigned against it"])
def test_opposing_what_the_other_clause_argued_for_is_a_dispute(extractor, verb):
    text = (
        "Licensing debate\n\n"
        "Velmora and Quorvane both build AI models. Velmora has argued for strict licensing "
        f"of AI models, while Quorvane {verb}."
    )
    assert frozenset({"Velmora", "Quorvane"}) in pairs(extractor, text)


@pytest.mark.parametrize("verb", ["grilled", "interrogated"])
def test_a_senator_grilling_a_chief_executive_questions_him(extractor, verb):
    text = (
        "Hearing\n\n"
        f"Senator Daniel Ortiz {verb} Quorvane chief executive Ravi Menon about internal "
        "documents at a hearing on Tuesday. Menon said the documents were out of date."
    )
    assert frozenset({"Daniel Ortiz", "Ravi Menon"}) in pairs(extractor, text)


def test_a_lede_group_named_later_with_its_members_is_those_members(extractor):
    # "video game studios" in the opening sentence are the studios the text lists later
    text = (
        "Voice actors reject studios' offer\n\n"
        "The Performers Guild on Wednesday rejected a proposal from major video game "
        "studios on AI protections.\n\n"
        '"This offer is a step backward," said Duncan Crabtree, the guild\'s director.\n\n'
        "The studios, which include Brontal Games and Kestrel Interactive, said their "
        "proposal offered strong protections."
    )
    found = pairs(extractor, text)
    assert frozenset({"Performers Guild", "Brontal Games"}) in found
    assert frozenset({"Performers Guild", "Kestrel Interactive"}) in found


@pytest.mark.parametrize(
    ("advice", "disputed"),
    [
        ("urged patients not to rely on Lumio Health's chatbot for medical advice", True),
        ("warned parents against using Lumio Health's chatbot", True),
        ("advised doctors to avoid Lumio Health's chatbot", True),
        # a control: advice to use it criticises no one
        ("urged patients to try Lumio Health's chatbot", False),
    ],
)
def test_advice_to_shun_a_product_criticises_its_maker(extractor, advice, disputed):
    text = f"Health chatbot\n\nThe Halvern Academy {advice}."
    assert (frozenset({"Halvern Academy", "Lumio Health"}) in pairs(extractor, text)) is disputed


@pytest.mark.parametrize(
    "judgement",
    [
        "Velmora's claims are just marketing",
        "Velmora's claims are pure spin",
        "Velmora's claims are nothing but hype",  # (held before: "hype" alone is a slur)
        "Velmora's claims are little more than marketing",
        # "its" points back to the organisation that is the subject just before it
        "Until Velmora shares its logs, its claims are just marketing",
    ],
)
def test_a_claim_called_no_more_than_a_slur_is_dismissed(extractor, judgement):
    text = (
        "Robotaxi crash\n\n"
        "Velmora says its robotaxi braked in time. "
        f'"{judgement}," said Lena Brandt, a safety advocate.'
    )
    assert frozenset({"Lena Brandt", "Velmora"}) in pairs(extractor, text)


def test_a_slur_alone_as_a_predicate_states_a_fact(extractor):
    # a control: "marketing" with no "just" or "pure" says what a thing is
    text = (
        "Velmora grows\n\n"
        "Velmora says its robotaxi sales doubled. Lena Brandt, an analyst, said Velmora's "
        "greatest strength is marketing."
    )
    assert frozenset({"Lena Brandt", "Velmora"}) not in pairs(extractor, text)


@pytest.mark.parametrize(
    "quotation",
    ["We reject Velmora's account", "Velmora's claims are just marketing"],
)
def test_a_quotation_carried_on_past_its_speaker_is_still_theirs(extractor, quotation):
    # the sentence after "..., said X." names no speaker: X goes on talking
    text = (
        "Robotaxi crash\n\n"
        "Velmora says its robotaxi braked in time. "
        '"Companies love to publish their own data," said Lena Brandt, a safety advocate. '
        f'"{quotation}."'
    )
    assert frozenset({"Lena Brandt", "Velmora"}) in pairs(extractor, text)


def test_the_company_an_outside_lawyer_disagrees_with_is_not_her_own_firm(extractor):
    text = (
        "License dispute\n\n"
        "Quorvane said the license does not apply to its model. Tomas Reyes, a lawyer at "
        "the firm Reyes & Adams, disagreed with the company."
    )
    found = pairs(extractor, text)
    assert frozenset({"Tomas Reyes", "Quorvane"}) in found
    assert frozenset({"Tomas Reyes", "Reyes & Adams"}) not in found


def test_backing_the_regulator_opposes_whom_it_ruled_against(extractor):
    text = (
        "Privacy order\n\n"
        "The Halvern Data Protection Authority ordered Velmora to stop using private "
        "messages to train its chatbot. Velmora said it would appeal. Digital minister "
        'Lena Brandt backed the regulator, telling reporters that "no company is above '
        'the law."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Lena Brandt", "Velmora"}) in found
    assert frozenset({"Lena Brandt", "Halvern Data Protection Authority"}) not in found


@pytest.mark.parametrize(
    "jab",
    [
        "Marcus Feld trolled Quorvane on X",
        "Marcus Feld made fun of Quorvane's launch video",
        'Marcus Feld sneered that Quorvane\'s model "couldn\'t write a to-do list."',
        "Marcus Feld said Quorvane's model \"doesn't work.\"",
        "Marcus Feld said Quorvane's new agent does not work as advertised",
        'Marcus Feld said Quorvane\'s pause was "the dumbest thing I\'ve seen this year."',
        "Marcus Feld said Quorvane's pause was the most ridiculous move of the year",
    ],
)
def test_a_chief_executives_jab_at_a_rival_is_a_dispute(extractor, jab):
    text = f"Spat\n\nQuorvane said it would pause training its largest model. {jab}."
    assert frozenset({"Marcus Feld", "Quorvane"}) in pairs(extractor, text)


@pytest.mark.parametrize(
    "remark",
    [
        # controls: praise, a job held
        "Marcus Feld said Quorvane's pause was a bold move",
        "Marcus Feld said he does not work for Quorvane",
    ],
)
def test_a_remark_that_faults_no_one_is_no_jab(extractor, remark):
    text = f"Spat\n\nQuorvane said it would pause training its largest model. {remark}."
    assert frozenset({"Marcus Feld", "Quorvane"}) not in pairs(extractor, text)


def test_platforms_a_thing_spread_on_are_no_list_it_introduces(extractor):
    # "images ... on Facebook and TikTok": the platforms are where, not what, the images are
    text = (
        "Images\n\n"
        "The fake images spread widely on Facebook and TikTok over the weekend. Gary Holt "
        "condemned the images on Monday."
    )
    assert not [p for p in pairs(extractor, text) if "Gary Holt" in p]


@pytest.mark.parametrize(
    ("reply", "disputed"),
    [
        ('"That is a false equivalency," Priya Nair said.', True),
        # a control: a judgement of the moment, not of what was said
        ('"This is a dangerous moment for the industry," Priya Nair said.', False),
    ],
)
def test_that_called_a_false_thing_rebuts_the_statement_before(extractor, reply, disputed):
    text = (
        "Chart\n\n"
        "Marcus Feld said Quorvane's model was as slow as an old calculator. " + reply
    )
    assert (frozenset({"Priya Nair", "Marcus Feld"}) in pairs(extractor, text)) is disputed


def test_students_at_a_university_are_not_the_university(extractor):
    text = (
        "Detector lawsuit\n\n"
        "Three students at the University of Corran have sued Turnwell, saying its "
        "software falsely flagged their essays. One of the plaintiffs, Amara Okafor, said "
        "she spent weeks proving she had written her thesis herself."
    )
    found = pairs(extractor, text)
    assert frozenset({"University of Corran", "Turnwell"}) not in found


def test_the_company_an_attorney_reports_on_is_not_her_firm(extractor):
    text = (
        "Voice clone\n\n"
        "Lawyers for actor Mara Quinn sent a letter to Brontal about its new ad. In the "
        "letter, attorney Samuel Okoro of the firm Okoro Legal wrote that the company had "
        '"knowingly exploited Ms. Quinn\'s identity for profit."'
    )
    found = pairs(extractor, text)
    assert frozenset({"Samuel Okoro", "Okoro Legal"}) not in found
    assert frozenset({"Samuel Okoro", "Brontal"}) in found


def test_an_investor_suing_a_startups_founders_sues_the_people_named_next(extractor):
    # "its two founders" in the lede are the two co-founders the next sentence names;
    # the investor in the startup is not the startup
    text = (
        "Early backer sues founders\n\n"
        "An early investor in the AI startup Lumio has sued its two founders, accusing "
        "them of secretly issuing new shares to themselves.\n\n"
        "The suit, filed by angel investor Raymond Castellan, claims that co-founders Jun "
        "Park and Ada Whitlock approved the share grant at a board meeting he was not told "
        "about."
    )
    found = pairs(extractor, text)
    assert frozenset({"Raymond Castellan", "Jun Park"}) in found
    assert frozenset({"Raymond Castellan", "Ada Whitlock"}) in found
    assert not [p for p in found if "Lumio" in p and ("Jun Park" in p or "Ada Whitlock" in p)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Moreau said Velmora's argument misses the point.",
        "Ines Moreau urged Velmora to restrict access to the model.",
    ],
)
def test_an_argument_missing_the_point_or_a_call_to_restrict_opposes(extractor, sentence):
    text = (
        "Safety report\n\n"
        f"Velmora said the information is freely available in textbooks. {sentence}"
    )
    assert frozenset({"Ines Moreau", "Velmora"}) in pairs(extractor, text)


@pytest.mark.parametrize("label", ['"heavy-handed"', '"reckless"', "heavy-handed"])
def test_calling_a_regulators_decision_names_calls_the_regulator(extractor, label):
    # "the decision" is the body's that fined, not the court named as where an appeal goes
    text = (
        "AI Act fine\n\n"
        "The European Commission fined Quorvane on Tuesday. Quorvane said it would appeal "
        "to the General Court. The Industry Association called the decision "
        f"{label} and warned of harm to investment."
    )
    found = pairs(extractor, text)
    assert frozenset({"Industry Association", "European Commission"}) in found
    assert frozenset({"Industry Association", "General Court"}) not in found


def test_a_participle_ending_a_judges_report_is_the_judges(extractor):
    # ", rejecting Y's argument" closes what the judge wrote, not the plaintiff's claim
    text = (
        "Defamation suit\n\n"
        "A federal judge refused to dismiss a lawsuit brought by radio host Mark Delaney "
        "against Quorvane. Judge Carla Benton wrote that Delaney had plausibly alleged that "
        "the chatbot's statement was false, rejecting Quorvane's argument that no reader "
        "would treat a chatbot's output as fact."
    )
    assert frozenset({"Carla Benton", "Quorvane"}) in pairs(extractor, text)
