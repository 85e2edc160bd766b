"""Killed and wounded counts in one sentence, with their offsets."""

from __future__ import annotations

import pytest

from watchfloor.extract.casualties import best_count, find_counts


def _best(sentence: str, field: str):
    counts = find_counts(sentence)
    for c in counts[field]:
        # offsets are within the sentence and cover the number's words
        assert 0 <= c.start < c.end <= len(sentence)
    count = best_count(counts[field])
    return None if count is None else (count.quantity.min, count.quantity.max)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("The blast killed 11 soldiers.", (11, 11), None),
        ("At least 10 people were killed in the attack.", (10, None), None),
        ("More than 60 people were killed and 145 injured.", (60, None), (145, 145)),
        ("Eleven soldiers were killed and five wounded.", (11, 11), (5, 5)),
        ("Gunmen opened fire, killing two soldiers and wounding five.", (2, 2), (5, 5)),
        ("The attack killed three soldiers and two civilians.", (5, 5), None),
        ("Militants killed twenty-two villagers.", (22, 22), None),
        ("A bomb killed 1,200 people, officials said.", (1200, 1200), None),
        ("The explosion killed an intelligence major.", (1, 1), None),
        ("A policeman was killed when the device went off.", (1, 1), None),
        ("Three policemen died of their wounds.", (3, 3), None),
        ("The attack left 12 dead.", (12, 12), None),
        ("The bodies of 21 shepherds were found in the desert.", (21, 21), None),
        ("Twenty-one shepherds were found shot dead.", (21, 21), None),
        ("The death toll rose to 43 on Sunday.", (43, 43), None),
        ("The plane crashed, killing all 224 people on board.", (224, 224), None),
        ("A rocket struck the base, wounding three civilians.", None, (3, 3)),
        ("Four people were injured by flying glass.", None, (4, 4)),
        ("Nobody was killed.", (0, 0), None),
        ("There were no casualties.", (0, 0), (0, 0)),
        ("The passengers escaped unhurt.", (0, 0), (0, 0)),
        # an aside between the count and its verb
        (
            "At least 19 persons, among them women and children, were killed and 71 others injured.",
            (19, None),
            (71, 71),
        ),
        # "four" is the object of "wounding", not a death toll reaching "shot him dead"
        (
            "He attacked passers-by, killing a 29-year-old man and wounding four others before "
            "police shot him dead.",
            (1, 1),
            (4, 4),
        ),
        ("The militants abducted the villager and killed him.", (1, 1), None),
        # names between the count and its verb
        (
            "Three persons, identified as Jehanzeb, Shenay and Saifur Rehman were killed in a blast.",
            (3, 3),
            None,
        ),
        ("A man, identified as Fida Hussain, was shot dead by assailants.", (1, 1), None),
        ("A local leader was shot to death by unidentified assailants.", (1, 1), None),
        # militants killed in the exchange are not the attack's victims
        ("Two policemen and two militants were killed in an exchange of fire.", (2, 2), None),
    ],
)
def test_counts(sentence, killed, wounded):
    assert _best(sentence, "killed") == killed
    assert _best(sentence, "wounded") == wounded


def test_vague_wounded_count_is_only_a_lower_bound():
    wounded = _best("The attack left 12 dead and dozens hurt.", "wounded")
    assert wounded is None or wounded[1] is None


def test_no_one_hurt_is_zero():
    for sentence in (
        "A bomb went off near the market but no one was hurt, police said.",
        "No one was killed or injured in the blast.",
    ):
        killed, wounded = _best(sentence, "killed"), _best(sentence, "wounded")
        assert killed in (None, (0, 0)), (sentence, killed)
        assert wounded in (None, (0, 0)), (sentence, wounded)
        assert (0, 0) in (killed, wounded), sentence


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("A 24-year-old man was shot dead outside his home.", 24),
        ("Two 19-year-old students were killed.", 19),
        ("The 45-year-old was killed by gunmen.", 45),
        ("The man, 45, was killed on his way to work.", 45),
        ("He was killed 10 years after the first attack.", 10),
    ],
)
def test_ages_and_durations_are_not_counted(sentence, age):
    killed = _best(sentence, "killed")
    assert killed is None or age not in killed


def test_an_age_does_not_hide_the_real_count():
    assert _best("Two 19-year-old students were killed.", "killed") == (2, 2)


def test_the_largest_count_wins_in_a_sentence():
    sentence = "Officials first said 10 people were killed, but later said 17 were killed."
    assert _best(sentence, "killed") == (17, 17)


def test_count_offsets_point_at_the_words():
    sentence = "Gunmen opened fire, killing at least 8 people and wounding 31."
    counts = find_counts(sentence)
    killed = best_count(counts["killed"])
    wounded = best_count(counts["wounded"])
    assert sentence[killed.start : killed.end] == "at least 8"
    assert sentence[wounded.start : wounded.end] == "31"
