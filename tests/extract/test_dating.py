"""When an event happened (``extract.dating``): the date in its clause, else the paragraph's,
else none (the reporting window is given later, when incidents are resolved)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import attacks
from watchfloor.extract import build_context
from watchfloor.extract.dating import date_of_event

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _event_date(nlp, make_document, text: str, word: str, sentence_index: int = -1):
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    sentence = ctx.sentences[sentence_index]
    [token] = [t for t in sentence.span if t.text == word]
    return date_of_event(ctx, sentence, [token])


def test_the_date_in_the_event_clause_wins(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Officials said on Friday that gunmen ambushed a patrol near Gao on Wednesday.",
        "ambushed",
    )
    assert (found.span.start, found.span.text, found.explicit) == ("2021-06-09", "Wednesday", True)


def test_an_undated_event_borrows_the_day_told_before_it(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Gunmen raided a village near Gao on Thursday. They burned the market and the school.",
        "burned",
    )
    assert (found.span.start, found.explicit) == ("2021-06-10", False)


def test_an_undated_event_takes_the_day_stated_just_after_it(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Gunmen ambushed an army patrol near Gao. The attack took place on Tuesday.",
        "ambushed",
        sentence_index=0,
    )
    assert (found.span.start, found.explicit) == ("2021-06-08", False)


def test_a_period_never_dates_an_event(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "More than 200 people have been killed in attacks in the region since January 2019.",
        "killed",
    )
    assert found is None


def test_no_date_anywhere_gives_none(nlp, make_document):
    found = _event_date(nlp, make_document, "Gunmen ambushed an army patrol near Gao.", "ambushed")
    assert found is None


def test_a_weekday_possessive_dates_a_recent_attack(analyse):
    text = (
        "Boko Haram claimed responsibility for Saturday's massacre of farm workers near "
        "Maiduguri in Borno state, Nigeria."
    )
    [record] = attacks(analyse(text, date(2020, 12, 1)))
    assert record.data["date"]["start"] == "2020-11-28"


def test_a_rising_toll_does_not_make_the_attack_background(analyse):
    text = (
        "KABUL — The number of people killed in Thursday's suicide bombing outside Kabul "
        "airport in Afghanistan has risen to more than 170, officials said."
    )
    [record] = attacks(analyse(text, date(2021, 8, 28)))
    assert record.data["subtype"] == "suicide_bombing"
    assert record.data["date"]["start"] == "2021-08-26"


def test_a_tally_since_a_year_long_ago_is_not_an_attack(analyse):
    text = (
        "According to government figures, more than 240 people have been killed in attacks by "
        "jihadists in France since the beginning of 2015."
    )
    assert attacks(analyse(text, date(2018, 5, 13))) == []


# --- dates that describe a participant, stretches, and days told by another event -------------


def test_a_date_describing_the_target_is_not_the_raid_s(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Security forces conducted an operation to detain a leader who was responsible for "
        "Tuesday's attack in Zharay district today.",
        "conducted",
    )
    assert (found.span.start, found.span.text) == ("2021-06-12", "today")


def test_a_date_of_the_event_s_own_noun_is_kept(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Ten soldiers were killed in Tuesday's attack on a base near Gao.",
        "attack",
    )
    assert found.span.start == "2021-06-08"


def test_a_short_stretch_dates_an_event_its_clause_gives_no_day(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Warplanes have struck rebel-held districts since Sunday, rescue workers said.",
        "struck",
    )
    assert (found.span.start, found.span.end) == ("2021-06-06", "2021-06-12")


def test_a_long_stretch_still_dates_no_event(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Warplanes have struck rebel-held districts since March, rescue workers said.",
        "struck",
    )
    assert found is None


def test_began_and_lasted_into_gives_both_days(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Troops killed five rebels in a gunfight that began on Tuesday and lasted into Wednesday.",
        "gunfight",
    )
    assert (found.span.start, found.span.end) == ("2021-06-08", "2021-06-09")


def test_began_alone_is_the_first_day_only(nlp, make_document):
    """The assault that "began on Wednesday" may have ended before publication."""
    found = _event_date(
        nlp, make_document, "The assault on the town began on Wednesday, officials said.", "assault"
    )
    assert (found.span.start, found.span.end) == ("2021-06-09", "2021-06-09")


def test_after_the_blast_runs_from_the_blast_s_day(nlp, make_document):
    text = (
        "Nine policemen were killed on Wednesday when a roadside bomb hit their vehicle. "
        "The blast left a deep crater.\n\n"
        "Troops clashed with rebels on Thursday in a forest nearby.\n\n"
        "After the blast, the state police issued an alert to units in the neighbouring "
        "districts."
    )
    found = _event_date(nlp, make_document, text, "issued")
    assert (found.span.start, found.span.end, found.explicit) == ("2021-06-09", "2021-06-12", False)


def test_after_an_event_never_told_before_borrows_nothing_new(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "After the meeting, the police issued an alert to units in the north.",
        "issued",
    )
    assert found is None


def test_a_death_in_a_strike_takes_the_day_the_strike_is_given(nlp, make_document):
    text = (
        "The Pakistani Taliban confirmed on Friday that their leader was killed in an American "
        "drone strike in eastern Afghanistan.\n\n"
        "The statement did not give a date.\n\n"
        "The U.S. military said it had carried out a counterterrorism strike on June 3 in "
        "Kunar province."
    )
    found = _event_date(nlp, make_document, text, "killed", sentence_index=0)
    assert (found.span.start, found.explicit) == ("2021-06-03", False)


def test_a_death_in_a_strike_told_nowhere_else_keeps_the_announcement(nlp, make_document):
    text = (
        "The Pakistani Taliban confirmed on Friday that their leader was killed in an American "
        "drone strike in eastern Afghanistan."
    )
    found = _event_date(nlp, make_document, text, "killed", sentence_index=0)
    assert found.span.start == "2021-06-11"


def test_each_conjoined_clause_takes_its_own_day(nlp, make_document):
    text = (
        "Taliban fighters entered Kabul on Friday. The city of Jalalabad fell without a fight "
        "earlier the same day, and Mazar-i-Sharif was taken on Thursday."
    )
    taken = _event_date(nlp, make_document, text, "taken")
    fell = _event_date(nlp, make_document, text, "fell")
    assert (taken.span.start, fell.span.start) == ("2021-06-10", "2021-06-11")


def test_the_night_in_the_event_clause_beats_the_joined_clause(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Warplanes struck 32 targets linked to the PKK in northern Iraq on Wednesday night, the "
        "ministry said, and further strikes followed on Thursday.",
        "struck",
    )
    assert found.span.start == "2021-06-09"


def test_a_day_inside_the_month_told_is_the_finer_date(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Last month, a bomb hidden in a laptop blew a hole in a jet shortly after it took off "
        "from Mogadishu on May 2.",
        "blew",
    )
    assert (found.span.start, found.span.end) == ("2021-05-02", "2021-05-02")


def test_a_day_after_counts_back_from_the_day_told(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Troops pounded rebel positions on Friday, a day after two bombs tore through a cathedral.",
        "tore",
    )
    assert (found.span.start, found.span.end) == ("2021-06-10", "2021-06-10")


def test_the_event_told_on_the_day_is_not_counted_back(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Troops pounded rebel positions on Friday, a day after two bombs tore through a cathedral.",
        "pounded",
    )
    assert found.span.start == "2021-06-11"


def test_began_alone_runs_to_the_day_the_lead_tells(nlp, make_document):
    text = (
        "Iraqi forces declared the city fully recaptured on Thursday, ending a five-week "
        "offensive.\n\nThe offensive began on May 5 with army and police units."
    )
    found = _event_date(nlp, make_document, text, "began")
    assert (found.span.start, found.span.end) == ("2021-05-05", "2021-06-10")


def test_a_lead_without_a_day_takes_the_day_the_next_paragraph_opens_with(nlp, make_document):
    text = (
        "Telegram has blocked access to channels run by the group.\n\n"
        "Users who tried on Wednesday to open the channel saw a notice."
    )
    found = _event_date(nlp, make_document, text, "blocked", sentence_index=0)
    assert (found.span.start, found.explicit) == ("2021-06-09", False)


def test_a_later_sentence_does_not_borrow_from_the_next_paragraph(nlp, make_document):
    text = (
        "Telegram has blocked access to channels run by the group on Monday. "
        "YouTube removed videos too.\n\nUsers who tried on Wednesday to open the channel saw "
        "a notice."
    )
    found = _event_date(nlp, make_document, text, "removed", sentence_index=1)
    assert found.span.start == "2021-06-07"


_SAID_ABOUT = (
    "The group said on Friday that two of its members carried out Wednesday's attack on the "
    "company's headquarters.\n\nIn a statement, the group said the assault was carried out by "
    "a unit called the Immortals Battalion. Gunmen also burned a truck."
)


def test_a_statement_borrows_the_day_of_the_saying_told_before(nlp, make_document):
    found = _event_date(nlp, make_document, _SAID_ABOUT, "statement", sentence_index=1)
    assert found.span.start == "2021-06-11"


def test_an_event_that_is_no_saying_borrows_the_last_day_told(nlp, make_document):
    found = _event_date(nlp, make_document, _SAID_ABOUT, "burned", sentence_index=2)
    assert found.span.start == "2021-06-09"


def test_a_lead_does_not_take_the_day_of_a_new_event_below_it(nlp, make_document):
    text = (
        "A senior commander may have been killed in the strike.\n\n"
        "Gunmen killed 26 people in an attack near Pahalgam on June 3."
    )
    found = _event_date(nlp, make_document, text, "killed", sentence_index=0)
    assert found is None or found.span.start != "2021-06-03"


def test_a_lead_does_not_borrow_the_day_it_counts_from(nlp, make_document):
    text = (
        "Telegram has blocked channels run by the group, the latest step since the group's "
        "June 1 attack.\n\nUsers who tried on Wednesday to open the channel saw a notice."
    )
    found = _event_date(nlp, make_document, text, "blocked", sentence_index=0)
    assert found.span.start == "2021-06-09"


def test_a_day_under_before_dawn_still_dates_the_event(nlp, make_document):
    found = _event_date(
        nlp, make_document, "Gunmen attacked the village before dawn on Thursday.", "attacked"
    )
    assert found.span.start == "2021-06-10"


def test_the_day_of_the_attack_counted_from_is_not_the_arrests(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Police arrested three men on Friday after Wednesday's attack on the market.",
        "arrested",
    )
    assert found.span.start == "2021-06-11"


# --- a stretch up to the day it was said; dates inside a relative clause are kept -----------------------


def test_this_week_said_on_a_day_ends_on_that_day(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The messaging service said on Thursday that it had blocked 78 channels this week.",
        "blocked",
    )
    # published Saturday June 12: the week runs Monday June 7 to the Thursday it was said on
    assert (found.span.start, found.span.end) == ("2021-06-07", "2021-06-10")


def test_this_week_said_without_a_day_runs_to_publication(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The messaging service said it had blocked 78 channels this week.",
        "blocked",
    )
    assert (found.span.start, found.span.end) == ("2021-06-07", "2021-06-12")


def test_a_day_of_saying_after_the_stretch_leaves_it_alone(nlp, make_document):
    # the saying is not what reports the blocking: its day does not cut the week
    found = _event_date(
        nlp,
        make_document,
        "The service blocked 78 channels this week, and officials said on Thursday they welcomed it.",
        "blocked",
    )
    assert found.span.end == "2021-06-12"


def test_a_date_in_a_relative_clause_on_the_object_is_kept(nlp, make_document):
    # the jet's crash is the downing: the relative clause's day is the event's, not the saying's
    found = _event_date(
        nlp,
        make_document,
        "Investigators said on Thursday that a bomb had downed the jet that crashed on June 1.",
        "downed",
    )
    assert found.span.start == "2021-06-01"


def test_a_date_in_a_relative_clause_on_the_event_s_own_noun_is_kept(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The attack, which took place on Monday, killed five soldiers near Gao.",
        "attack",
    )
    assert found.span.start == "2021-06-07"


def test_a_date_on_a_participle_is_still_the_event_s(nlp, make_document):
    # the parser hangs "this week" on "linked": a participle is not read as a description
    found = _event_date(
        nlp,
        make_document,
        "Telegram said it had blocked 78 channels linked to the group in 12 languages this week.",
        "blocked",
    )
    assert found.span.text == "this week"


# --- a date deeper in the clause, a count from another clause, a lead dated by its saying ----


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Two gunmen opened fire on a bus travelling to the border on May 30.",
            "fire",
            "2021-05-30",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint guarding the road to the airport "
            "on Tuesday.",
            "blew",
            "2021-06-08",
        ),
    ],
)
def test_the_sentence_s_only_date_dates_an_event_deep_in_its_clause(
    nlp, make_document, text, word, expected
):
    found = _event_date(nlp, make_document, text, word)
    assert (found.span.start, found.explicit) == (expected, True)


def test_a_date_of_saying_is_not_the_only_date_further_down(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Fighters raided villages near the road running to the lake, the army said on Friday.",
        "raided",
    )
    assert found is None or not found.explicit


@pytest.mark.parametrize(
    ("text", "word", "span", "explicit"),
    [
        (
            "The decision came four days after militants stormed a hotel in the capital.",
            "stormed",
            ("2021-06-08", "2021-06-08", "day"),
            True,
        ),
        (
            "The ban comes three months after the group published a new issue of its magazine.",
            "published",
            ("2021-03-01", "2021-03-31", "month"),
            False,
        ),
        (
            "The strikes began a week after gunmen killed nine soldiers at a border post.",
            "killed",
            ("2021-06-05", "2021-06-05", "day"),
            False,
        ),
    ],
)
def test_an_event_counted_back_from_its_clause_s_day(
    nlp, make_document, text, word, span, explicit
):
    found = _event_date(nlp, make_document, text, word)
    assert (found.span.start, found.span.end, found.span.precision) == span
    assert found.explicit is explicit
    assert "after" in found.span.text


def test_the_clause_counted_from_is_not_itself_counted_back(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The decision came four days after militants stormed a hotel in the capital.",
        "came",
    )
    assert found is None or "after" not in (found.span.text or "")


def test_a_lead_dated_only_by_its_saying_takes_the_day_told_below(nlp, make_document):
    text = (
        "A senior militant commander was killed in a gunfight with troops in the south, police "
        "said on Saturday.\n\nHe was cornered in a farmhouse on Thursday night after a tip-off, "
        "officials said."
    )
    found = _event_date(nlp, make_document, text, "killed", sentence_index=0)
    assert found.span.start == "2021-06-10"


def test_a_lead_with_its_own_day_keeps_it(nlp, make_document):
    text = (
        "A senior militant commander was killed in a gunfight with troops on Friday, police "
        "said on Saturday.\n\nHe had been cornered in a farmhouse on Thursday night."
    )
    found = _event_date(nlp, make_document, text, "killed", sentence_index=0)
    assert (found.span.start, found.explicit) == ("2021-06-11", True)


def test_a_date_in_a_relative_clause_on_a_participant_is_not_the_event_s(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The army said on Friday that it had recaptured Baga, the fishing town that the "
        "militants overran in January.",
        "recaptured",
    )
    assert found is None or found.span.precision != "month"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Troops killed five rebels in a gunfight that began on Thursday.",
            "killed",
            "2021-06-10",
        ),
        (
            "The suspect swore allegiance to the group in a video he posted online on May 3.",
            "swore",
            "2021-05-03",
        ),
    ],
)
def test_a_relative_clause_on_the_event_s_own_occasion_dates_it(
    nlp, make_document, text, word, expected
):
    found = _event_date(nlp, make_document, text, word)
    assert found.span.start == expected


def test_a_rough_count_back_from_a_day_dates_without_setting_apart(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "The group named a new leader on Tuesday, a month after an airstrike killed his "
        "predecessor.",
        "airstrike",
    )
    assert (found.span.precision, found.explicit) == ("month", False)


def test_a_day_count_back_from_a_day_still_sets_apart(nlp, make_document):
    found = _event_date(
        nlp,
        make_document,
        "Troops pounded militant positions on Monday, a day after two bombs tore through a "
        "cathedral.",
        "tore",
    )
    assert (found.span.start, found.explicit) == ("2021-06-06", True)


@pytest.mark.parametrize(
    "front",
    ["Published 2021-06-12\n\n", "Militant commander dies in southern clash\n\n", ""],
)
def test_the_lead_is_found_below_a_date_line_or_a_headline(nlp, make_document, front):
    text = (
        front + "A senior militant commander was killed in a gunfight with troops in the south, "
        "police said on Saturday.\n\nHe was cornered in a farmhouse on Thursday night after a "
        "tip-off, officials said."
    )
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    lead = next(s for s in ctx.sentences if "gunfight" in s.text)
    [token] = [t for t in lead.span if t.text == "killed"]
    assert ctx.lead_of_post(lead).index == lead.index
    assert date_of_event(ctx, lead, [token]).span.start == "2021-06-10"


def test_a_month_gives_way_to_the_day_another_sentence_gives_the_same_strike(nlp, make_document):
    text = (
        "The group's leader was killed in a drone strike last month, officials said.\n\n"
        "He died in a strike in Achin district on May 26, the Pentagon said."
    )
    found = _event_date(nlp, make_document, text, "strike", sentence_index=0)
    assert (found.span.start, found.span.precision) == ("2021-05-26", "day")


def test_a_day_outside_the_month_is_another_strike(nlp, make_document):
    text = (
        "The group's leader was killed in a drone strike last month, officials said.\n\n"
        "An earlier strike on April 2 missed him."
    )
    found = _event_date(nlp, make_document, text, "strike", sentence_index=0)
    assert found.span.precision == "month"
