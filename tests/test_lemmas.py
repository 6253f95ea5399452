"""Words as the matcher compares them: lemmas, event synonyms, predicates and names."""

from __future__ import annotations

import pytest

from newsarchive.lemmas import analyse, general_idf

# Written for the examples of event synonyms and for the inflections lemmas must meet.
SAME_TERM = [
    ("seized", "captured"),
    ("took over", "captured"),
    ("killed", "dead"),
    ("arrested", "detained"),
    ("earthquake", "quake"),
    ("declares", "declared"),
    ("children", "child"),
    # General news wording of one event in two ways (phrases and nouns added for issue 15).
    ("checked into", "entered"),
    ("checked in at", "entered"),
    ("lost to", "defeated"),
    ("booked into", "arrested"),
    ("snapped up", "bought"),
    ("ripped through", "destroyed"),
    ("launched an air strike on", "bombed"),
    ("set flames to", "burned"),
    ("stood down", "resigned"),
    ("bought out", "acquired"),
    ("burned down", "set fire to"),
    ("blew up", "destroyed"),
    ("voted out", "sacked"),
    ("gunned down", "killed"),
    ("was admitted into", "entered"),
    # Past forms simplemma takes for nouns or adjectives.
    ("broke", "has broken"),
    ("shot", "is shooting"),
    ("won", "wins"),
    ("shook", "shakes"),
]


@pytest.mark.parametrize("one, other", SAME_TERM)
def test_words_for_one_thing_meet(one: str, other: str) -> None:
    assert analyse(f"Rebels {one} it.").terms[-1] == analyse(f"Rebels {other} it.").terms[-1]


def test_stopwords_and_bare_numbers_are_not_terms() -> None:
    assert analyse("The 42 of them were there.").terms == ()


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("The rebels seized the airport.", "capture"),
        ("Lindon checks into a clinic.", "check"),
        ("She fled the city.", "escape"),
        ("The guards were overpowered.", "overpower"),
        ("Hansen broke the scoring record.", "break"),
        ("Police shot a man.", "shoot"),
    ],
)
def test_what_happened_is_a_predicate(text: str, predicate: str) -> None:
    assert predicate in analyse(text).predicates


@pytest.mark.parametrize(
    "text, not_predicate",
    [
        ("Fighters of the Democratic Forces rode in.", "force"),
        ("The mines and explosives are removed.", "explosive"),
        ("Two buildings stood.", "building"),
    ],
)
def test_a_plural_noun_is_not_a_predicate(text: str, not_predicate: str) -> None:
    assert not_predicate not in analyse(text).predicates


def test_names_are_capitalised_words_inside_the_sentence() -> None:
    assert analyse("Officials in Kalaba met Jonah Pell on Sunday.").names == {"kalaba", "jonah", "pell", "sunday"}


def test_rare_words_weigh_more_in_general_english() -> None:
    assert general_idf("earthquake") > general_idf("people") > general_idf("the")


@pytest.mark.parametrize(
    "text, predicate, expected",
    [
        ("He pleaded not guilty to the charges.", "convict", False),
        ("The jury found him guilty of murder.", "convict", True),
        ("Police said no arrests were made.", "arrest", False),
        ("Police arrested two men.", "arrest", True),
        ("Police didn't arrest anyone.", "arrest", False),
        ("The army won't capture the town.", "capture", False),
    ],
)
def test_a_negated_event_word_says_it_did_not_happen(text: str, predicate: str, expected: bool) -> None:
    assert (predicate in analyse(text).predicates) is expected


# A sentence with a contraction, and the terms it must give: a function word run into another is
# none (without its apostrophe "who's" would be the rare word "whos", "we'll" the word "well").
CONTRACTIONS = [
    ("Who's Matt Smith?", ("matt", "smith")),
    ("We'll see the harbour.", ("see", "harbour")),
    ("They're leaving the harbour.", ("leave", "harbour")),
    ("That's the harbour.", ("harbour",)),
    ("I'm at the harbour.", ("harbour",)),
    ("The harbour's gates closed.", ("harbour", "gate", "close")),
]


@pytest.mark.parametrize("text, terms", CONTRACTIONS)
def test_a_contraction_of_function_words_is_no_term(text: str, terms: tuple[str, ...]) -> None:
    assert analyse(text).terms == terms


def test_a_past_form_inside_a_compound_stays_an_adjective() -> None:
    assert analyse("They celebrated a hard-won victory.").terms.count("win") == 1


def test_a_past_form_capitalised_inside_a_sentence_is_a_name() -> None:
    assert "win" not in analyse("Former spy chief Won Sei-hoon was convicted on Tuesday.").predicates


# A capitalised past form in a title-case line: text -> (the past form's verb, read as that verb?).
# Right before a finite verb it is a surname ("Mark Felt died"); elsewhere the headline's verb.
TITLE_CASE_PAST_FORMS = [
    ("Mark Felt died", "feel", False),
    ("Deep Throat Mark Felt Dies At 95", "feel", False),
    ("Mark Felt Was Deep Throat", "feel", False),
    ("Climber Shot Dead In Kabul", "shoot", True),
    ("Hansbrough Broke The Record", "break", True),
    ("Nurses Felt Trapped In The Ward", "feel", True),
    ("Quake Shook Houses In Kalaba", "shake", True),
    ("Teen Shot 11 Times By Police", "shoot", True),
    ("Residents Felt Shaking For Hours", "feel", True),
    ("Man Shot Dies In Hospital", "shoot", True),
    ("Teen Shot Is In Critical Condition", "shoot", True),
]


@pytest.mark.parametrize("text, verb, read_as_verb", TITLE_CASE_PAST_FORMS)
def test_a_title_case_past_form_before_a_verb_is_a_surname(text: str, verb: str, read_as_verb: bool) -> None:
    assert (verb in analyse(text).predicates) is read_as_verb


def test_the_verb_after_a_surname_stays_the_predicate() -> None:
    assert analyse("Deep Throat Mark Felt Dies At 95").predicates == {"kill"}
