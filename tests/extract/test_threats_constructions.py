"""Constructions of warnings and calls that earlier rules missed (written for this test, not
taken from any answer key): advice told by a participle ("..., telling citizens to ..."),
advice to forces told in the passive, notices issued with no attack word, states of emergency
extended, precautions such as keeping off a coast, calls whose "to kill" follows an aside (also
one that gives the release's title in quotes), a call told by a participle of an outlet's verb
("... devoted its editorial to them, ... calling on its fighters to break them open"), a past
call listed after a warning ("warned drivers not to enter it, and called on fighters to
attack"), dated by the release its list opens with, and a group's threat told as "would suffer
the fate of" / "should leave immediately"."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 5, 14)  # a Saturday
WARNING, CALL = "official_warning", "call_to_attack"


def _threats(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"]


def _names(record: dict) -> str:
    return " | ".join(a["name"].lower() for a in record["actors"])


@pytest.mark.parametrize(
    ("text", "subtype", "actor"),
    [
        # advice told by a participle hanging on the issuing verb
        (
            "The Dutch Foreign Ministry revised its travel advice on Tuesday, telling "
            "travellers in Mali to avoid markets and hotels.",
            WARNING,
            "foreign ministry",
        ),
        (
            "The Canadian Embassy in Bamako issued a security message on Monday warning "
            "Canadians to avoid the road to Gao.",
            WARNING,
            "embassy",
        ),
        (
            "Germany warned its nationals in the Sahel to take extra care after the kidnapping.",
            WARNING,
            "germany",
        ),
        (
            "The British Embassy in Nairobi urged Britons to keep a low profile on Friday.",
            WARNING,
            "embassy",
        ),
        # forces told to guard themselves, in the passive or by an authority
        (
            "Police stations across Punjab were told on Thursday to tighten security at mosques.",
            WARNING,
            "police",
        ),
        (
            "The Interior Ministry told checkpoints in the northern region on Friday to stay on "
            "high alert.",
            WARNING,
            "interior ministry",
        ),
        # keeping off a coast
        (
            "The Kenyan navy told ships on Wednesday to stay at least 30 miles off the coast "
            "near Lamu.",
            WARNING,
            "navy",
        ),
        # a notice issued by an authority, with no attack word
        ("Police issued an alert on Tuesday.", WARNING, "police"),
        (
            "Philippine police issued an alert to airport units on Monday about militants "
            "returning from Syria.",
            WARNING,
            "police",
        ),
        # a state of emergency extended
        (
            "Parliament voted on Thursday to extend the state of emergency for six months.",
            WARNING,
            "parliament",
        ),
        (
            "The government extended the state of emergency in the northern provinces on Monday.",
            WARNING,
            "government",
        ),
        # calls whose act follows an aside, and other ways of attacking
        (
            "Al-Shabaab's spokesman, Ali Dhere, who urged supporters on Monday, in a "
            "20-minute audio message, to attack Kenyan troops, was not seen.",
            CALL,
            "dhere",
        ),
        (
            "The Islamic State's weekly al-Naba, which urged readers to derail trains in "
            "Europe, appeared on Thursday.",
            CALL,
            "islamic state",
        ),
        # a group's threat told as what will befall its enemies
        (
            "Al-Shabaab released an audio message on Tuesday in which a commander warned that "
            "countries sending troops to Somalia would suffer the fate of Kenya.",
            CALL,
            "shabaab",
        ),
        (
            "The Taliban's spokesman said on Monday that foreign companies should leave the "
            "country immediately.",
            CALL,
            "taliban",
        ),
    ],
)
def test_constructions_give_a_threat(analyse, text, subtype, actor):
    records = [r for r in _threats(analyse, text) if r["subtype"] == subtype]
    assert records, text
    assert actor in _names(records[0])


@pytest.mark.parametrize(
    "text",
    [
        # no authority, or not an official notice
        "The company issued an alert to its customers on Tuesday.",
        "Police issued an alert on Tuesday about a missing girl.",
        "The weather service issued an alert on Friday as storms approached.",
        "Police issued a traffic alert on Monday after the crash.",
        "Residents were told on Friday to stay indoors.",
        # not done: expected, refused, or history
        "Parliament will vote next week on whether to extend the state of emergency.",
        "Parliament voted against extending the state of emergency on Thursday.",
        "The embassy did not issue a security message on Monday.",
        # a warning addressed to a group is a threat of force, not an alert
        "The army issued a warning to al-Shabaab on Tuesday.",
        # the threat told by officials or analysts, or not a threat
        "Analysts said foreign companies should leave the region immediately.",
        "The spokesman said the talks would not suffer from the delay.",
        "Al-Shabaab's spokesman said on Monday that the group had not urged anyone to attack.",
        "The militants urged residents on Friday, in leaflets, to attend prayers.",
    ],
)
def test_lookalikes_give_no_threat(analyse, text):
    assert _threats(analyse, text) == [], text


def test_officials_telling_of_an_attack_ahead_give_a_warning_not_a_call(analyse):
    records = _threats(
        analyse, "Officials warned that the capital would be attacked during the holidays."
    )
    assert [r["subtype"] for r in records] == [WARNING]


def test_a_price_to_pay_is_a_deterrent_not_a_call(analyse):
    text = (
        "A senior al-Shabaab commander, Ali Dhere, said Kenya and Ethiopia would pay a heavy price."
    )
    assert [r for r in _threats(analyse, text) if r["subtype"] == CALL] == []


@pytest.mark.parametrize(
    "text",
    [
        # the release's title, quoted in the aside, has a verb of its own
        "The Islamic State's spokesman urged followers in a speech of about 30 minutes released "
        'on Tuesday, titled "Fight Them Until the End," to attack Jews and Christians in Europe.',
        "Al-Qaeda's leader urged supporters in a video released on Monday, entitled "
        '"The Promised Day," to carry out attacks in France.',
    ],
)
def test_call_whose_act_follows_a_titled_release(analyse, text):
    assert [t["subtype"] for t in _threats(analyse, text)] == [CALL]


def test_titled_release_asking_nothing_violent_is_no_call(analyse):
    text = (
        "The Islamic State's spokesman urged followers in a speech released on Tuesday, titled "
        '"Patience," to stay loyal to the group.'
    )
    assert _threats(analyse, text) == []


def test_call_told_by_a_participle_of_the_outlet_s_verb(analyse):
    # the participle's doer is the subject of the verb it hangs from: the group's newsletter;
    # breaking open the places it calls prisons is a prison break asked for
    text = (
        "The Islamic State has made the women in the camps a theme of its propaganda. The "
        "group's weekly al-Naba newsletter on Thursday devoted its editorial to them, describing "
        "the camps as prisons and calling on its fighters to break them open."
    )
    assert [t["subtype"] for t in _threats(analyse, text)] == [CALL]


def test_participle_of_a_police_raid_is_no_call(analyse):
    text = "Police raided the house on Monday, calling on residents to stay indoors."
    assert _threats(analyse, text) == []


def test_past_call_listed_after_a_warning_is_the_release_s(analyse):
    # listed after "warned", the call is judged as told, and dated by the release the list
    # opens with
    text = (
        "In an audio message in early May, JNIM's commander for the region announced that the "
        "group was besieging the town, warned drivers not to enter it, and called on fighters "
        "to attack any convoy heading there."
    )
    calls = [t for t in _threats(analyse, text) if t["subtype"] == CALL]
    assert len(calls) == 1
    assert calls[0]["date"]["start"] == "2022-05-01"


def test_second_advice_listed_with_a_warning_is_no_second_warning(analyse):
    text = (
        "Two days after the attack, France classed the whole country as a red zone and advised "
        "its citizens against any travel there."
    )
    assert [t["subtype"] for t in _threats(analyse, text)] == [WARNING]
