"""Arrests told a second time, held from before, ordered by a court, taken by fighters of a
force, announced only, or captured leaders:

- a bare "the arrests" after an arrest already told points back to it (no second record, and
  not the date its sentence gives something else);
- "already in custody" is someone held before, not an arrest made now, as is someone who
  "remains under house arrest"; "placed under house arrest" is an arrest;
- "a judge ordered him held in custody" is a remand after the arrest;
- people called suspects are taken by an authority, even by "their fighters";
- an arrest told only as announced ("said on Monday that ... had detained") takes the day it
  was announced, not the date of the sentences around it;
- an arrest by another force joined to a clash's verb is no detention made in the clash, and
  takes the day told in its own clause;
- arrests told as someone's past ("twice before", "previously") and arrests counted "over the
  past year" give no record;
- a named leader taken (captured or arrested, by police too) is the leadership change, and
  "the two men were arrested" just after tells it again; companions taken with him stay.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 12)  # a Friday


def _arrests(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kano detained four men on Tuesday over the market bombing. The arrests "
        "came a week after gunmen killed nine traders in the same district last month.",
        "Officers arrested a cleric in Mombasa on Wednesday. Rights groups said the arrest "
        "followed months of pressure from the government.",
        "Counter-terrorism police detained two brothers in Leeds on Monday. An officer who "
        "took part in the detentions said the pair had been watched for weeks.",
    ],
)
def test_an_arrest_pointed_back_at_is_one_record(analyse, text):
    assert len(_arrests(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said a fourth man, who is already in custody on unrelated charges, had "
        "sent the money.",
        "The driver, already in custody for a robbery, told officers he had carried the bombs.",
    ],
)
def test_someone_already_in_custody_is_no_arrest(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Former prime minister Ahmed Salem, who resigned in June, remains under house arrest "
        "in the capital.",
        "The cleric has been under house arrest since March, his lawyer said.",
        # arrests counted over the year the latest ones close
        "The arrests were the latest in a year in which police have detained more than 140 "
        "terrorism suspects, according to a research group.",
    ],
)
def test_a_standing_house_arrest_or_a_years_tally_is_no_arrest(analyse, text):
    assert _arrests(analyse, text) == []


def test_someone_placed_under_house_arrest_is_an_arrest(analyse):
    text = "Police placed the separatist leader under house arrest on Saturday."
    assert len(_arrests(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A magistrate ordered the teenager held in custody pending trial.",
        "The court on Thursday ordered the two men kept in custody for another month.",
    ],
)
def test_a_remand_ordered_by_a_court_is_no_arrest(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish-led force said on Wednesday that its fighters had detained five suspected "
        "members of the Islamic State in a village near Raqqa.",
        "Government-allied militia fighters captured three suspects after the ambush, a "
        "spokesman said on Tuesday.",
    ],
)
def test_suspects_taken_by_a_force_s_fighters_are_an_arrest(analyse, text):
    assert len(_arrests(analyse, text)) == 1


def test_gunmen_taking_hostages_stay_no_arrest(analyse):
    text = "Gunmen captured four aid workers on the road to Gao on Tuesday."
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Troops raided a camp near Tikrit on May 2. In the north, the Kurdish security "
            "forces said on Wednesday that their units had detained six suspects in a village "
            "near Dohuk.",
            "2023-05-10",
        ),
        (
            "Police said on Monday that officers had arrested a man who was carrying explosives "
            "near the stadium.",
            "2023-05-08",
        ),
    ],
)
def test_an_arrest_told_only_as_announced_takes_the_day_it_was_said(analyse, text, day):
    [arrest] = _arrests(analyse, text)
    assert arrest["date"]["start"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Soldiers killed four rebels in a clash in the hills on Tuesday, the army said, and "
            "police in the provincial capital arrested a man accused of financing the group.",
            None,
        ),
        (
            "Troops killed two fighters near the border on Tuesday, and police in Kasese "
            "detained a man they called the cell's main recruiter on Monday.",
            "2023-05-08",
        ),
    ],
)
def test_an_arrest_by_another_force_joined_to_a_clash_is_its_own(analyse, text, day):
    [arrest] = _arrests(analyse, text)
    if day is not None:
        assert arrest["date"]["start"] == day


@pytest.mark.parametrize(
    "text",
    [
        'Rafael "El Toro" Mendoza, the founder of the Gulf Clan, was taken into '
        "custody in Texas on Thursday, officials said. The two men were arrested by federal "
        "agents after their plane landed near Laredo.",
        "Police captured Omar Haddad, the commander of the Allied Democratic Forces, in a hideout "
        "near Tripoli on Tuesday.",
    ],
)
def test_a_leader_taken_is_no_second_arrest(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Security forces arrested Taliban shadow governor for Kunduz province on Monday.",
        "Police arrested Haqqani network commander in Khost on Monday.",
        "Police in Peshawar detained a senior militant commander at a checkpoint on Sunday.",
    ],
)
def test_a_leader_described_not_named_is_still_an_arrest(analyse, text):
    # press releases count every detainee; only a named leader is told by his own record
    assert len(_arrests(analyse, text)) == 1


def test_companions_taken_with_a_leader_stay_an_arrest(analyse):
    text = (
        "Police captured Omar Haddad, the commander of the Allied Democratic Forces, in a hideout "
        "near Tripoli on Tuesday. Four of his guards were detained with him."
    )
    assert len(_arrests(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The gunman had been arrested twice before for making threats against a synagogue.",
        "The preacher was previously detained over sermons praising the group.",
        "Her brother has been jailed three times for theft, neighbours said.",
    ],
)
def test_arrests_told_as_someone_s_past_give_no_record(analyse, text):
    assert _arrests(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Security forces have detained about 900 people linked to the group over the past year.",
        "Police arrested more than 60 suspected recruiters in the last six months, the ministry "
        "said.",
    ],
)
def test_arrests_counted_over_a_stretch_up_to_now_are_a_tally(analyse, text):
    assert _arrests(analyse, text) == []


def test_an_arrest_made_once_more_stays(analyse):
    text = "Police arrested the cleric again on Tuesday after he called for attacks on churches."
    assert len(_arrests(analyse, text)) == 1


def test_an_arrest_already_made_is_still_an_arrest(analyse):
    text = "Police had already detained 40 members of the banned party in night raids on Friday."
    assert len(_arrests(analyse, text)) == 1
