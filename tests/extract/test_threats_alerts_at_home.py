"""Official warnings and calls of ``extract.threats`` found on fresh articles: a country's own
police or army stepping up security at home is placed in that country, not in the country of
the attack the story tells; forces put on alert, told by the authority that ordered it, are
that authority's warning, dated by its telling and not by the occasion guarded ("ahead of
Thursday's parades"); guards and barriers put around sites, a state of emergency "extended by
30 days"; a call listed with a pledge in the relative clause of a video; a call with a
negated aside ("and not to wait for orders"); a vow of what others will do (a promise, not a
call). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 15)  # a Thursday


def _threats(analyse, text: str, subtype: str) -> list[dict]:
    return [r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == subtype]


def _country(record: dict) -> str | None:
    return (record.get("location") or {}).get("country_code")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A bomb killed 14 people at a church in Beni on Sunday. Ugandan police said on "
            "Monday they had placed border posts in the country's western districts on high "
            "alert.",
            "UG",
        ),
        (
            "Al-Shabaab gunmen killed nine people at a hotel in Mogadishu on Sunday. Kenyan "
            "police were put on high alert on Tuesday, the interior ministry said.",
            "KE",
        ),
    ],
)
def test_a_forces_alert_at_home_is_in_its_country(analyse, text, country):
    warnings = _threats(analyse, text, "official_warning")
    assert warnings
    assert {_country(w) for w in warnings} == {country}


def test_an_embassy_warning_keeps_the_story_s_country(analyse):
    text = (
        "Gunmen attacked a hotel in Bamako on Sunday. The U.S. embassy warned on Monday of "
        "further attacks on hotels in the capital."
    )
    [warning] = _threats(analyse, text, "official_warning")
    assert _country(warning) == "ML"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The national police said on Tuesday that units in the capital had been put on "
            "heightened alert ahead of Saturday's parade.",
            "2022-09-13",
        ),
        (
            "The interior ministry said on Monday that border posts had been placed on high "
            "alert before the elections on Sunday.",
            "2022-09-12",
        ),
    ],
)
def test_an_alert_told_by_the_authority_is_its_warning(analyse, text, day):
    [warning] = _threats(analyse, text, "official_warning")
    assert warning["date"]["start"] == day
    assert actor_names(warning, "authority")


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commanders said on Tuesday that their fighters had been put on high alert.",
        "The national police said on Tuesday that units in the capital would be put on alert "
        "if the threat grew.",
    ],
)
def test_no_official_alert(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


@pytest.mark.parametrize(
    "text",
    [
        "German police have put extra officers and concrete barriers around Christmas markets "
        "since Tuesday.",
        "French police posted additional officers outside synagogues in Paris on Wednesday.",
        "The government on Monday extended by 60 days a state of emergency in three provinces.",
        "Parliament on Tuesday extended for another three months the state of emergency in the "
        "north.",
    ],
)
def test_security_steps_are_warnings(analyse, text):
    assert len(_threats(analyse, text, "official_warning")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The club put extra officers on the pitch for Saturday's derby.",
        "The army deployed additional troops to the front line on Tuesday.",
    ],
)
def test_no_security_step(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Islamic State's Amaq agency released a video in which the attacker, "
        "standing by a river, pledged allegiance to the group's leader and called on Muslims "
        "in Europe to take revenge for air strikes.",
        "Al-Shabaab's spokesman urges Muslims in Kenya to attack tourists and \"not to wait "
        'for orders from anyone," in a video released on Monday.',
    ],
)
def test_calls_in_lists_are_calls(analyse, text):
    assert len(_threats(analyse, text, "call_to_attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In Mogadishu, a spokesman for the group vowed that its fighters would avenge their "
        "commander.",
        "The Taliban's spokesman vowed that the movement's men would take revenge for the raid.",
        "Al-Shabaab's spokesman urged fighters not to attack civilians and to wait for orders.",
    ],
)
def test_no_call(analyse, text):
    assert _threats(analyse, text, "call_to_attack") == []


def test_a_branch_s_call_told_twice_is_one_call_dated_by_its_video(analyse):
    text = (
        "Dozens of families have fled the town this week after gunmen killed three Christians, "
        "following a video in which the Islamic State's Egyptian branch urged its supporters to "
        "hunt them down. The video, released on Sunday by the group's Sinai Province, runs for "
        "20 minutes. It shows the last testament of a suicide bomber, and a masked fighter calls "
        "on followers in Egypt to strike Christians wherever they find them."
    )
    published = date(2017, 2, 25)  # a Saturday
    calls = [
        r
        for r in records_of(analyse(text, published), "threat")
        if r["subtype"] == "call_to_attack"
    ]
    assert len(calls) == 1
    assert calls[0]["date"]["start"] == "2017-02-19"


def test_calls_by_two_branches_stay_apart(analyse):
    text = (
        "On Monday, the Islamic State's Sinai Province urged supporters in a video to attack "
        "churches. On Tuesday, the Islamic State West Africa Province urged fighters in an audio "
        "message to kill soldiers. The Islamic State also called on followers in a statement "
        "to strike Jews."
    )
    calls = _threats(analyse, text, "call_to_attack")
    assert len(calls) == 3


def test_an_interior_ministry_s_alert_is_in_its_own_country(analyse):
    """ "Niger's Interior Ministry ... told security posts to stay on alert": an office that
    keeps order at home warns at home, not in the country of the story's dateline."""
    text = (
        "PARIS, Sept. 16, 2021 — French forces have killed the leader of the Islamic State in "
        "the Greater Sahara, President Emmanuel Macron said.\n\n"
        "Niger's Interior Ministry warned on Thursday that the group could try to avenge its "
        "leader and told security posts in the Tillaberi region to stay on alert."
    )
    [warning] = _threats(analyse, text, "official_warning")
    assert _country(warning) == "NE"


@pytest.mark.parametrize(
    "text",
    [
        "Local officials said on Thursday that the rebels had set up checkpoints on the road "
        "south of the town.",
        "Residents said gunmen had set up checkpoints on the roads out of the city.",
    ],
)
def test_checkpoints_set_up_by_fighters_are_no_warning(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


def test_checkpoints_set_up_by_police_are_a_warning(analyse):
    text = "Police said on Thursday that they had set up checkpoints on the roads out of the city."
    assert len(_threats(analyse, text, "official_warning")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the "to" clause hung inside the phrase of those called on
        "The Islamic State released a video of the defector on Wednesday. In it, he calls on "
        "Tajiks working in Russia to take up arms against the government in Dushanbe.",
        # a vow whose object is violence itself
        "Al-Shabaab vowed revenge for the killing of its leader on Tuesday.",
        # strikes named by what strikes
        "The Islamic State's spokesman called on supporters to widen their drone strikes on the "
        "army.",
    ],
)
def test_calls_told_in_other_words_are_calls(analyse, text):
    assert len(_threats(analyse, text, "call_to_attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "President Hassan Sheikh Mohamud vowed revenge for the attack on Tuesday.",
        "The union called on workers to widen their strikes across the country.",
        "Al-Shabaab vowed to rebuild the mosque.",
    ],
)
def test_vows_and_strikes_that_are_no_call(analyse, text):
    assert _threats(analyse, text, "call_to_attack") == []


def test_a_group_warning_of_more_attacks_calls_for_them(analyse):
    text = (
        "Al-Shabaab said in a statement on its Andalus radio station on Saturday that the "
        "killings were revenge for police raids on mosques in Mombasa, and it warned that "
        "Kenyans would suffer more attacks for as long as Kenyan troops stayed in Somalia."
    )
    [call] = _threats(analyse, text, "call_to_attack")
    assert any(a["canonical"] == "al-Shabaab" for a in call["actors"])
