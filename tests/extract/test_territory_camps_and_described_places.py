"""Changes of hands told in ways fresh writers vary (``extract.territory``): a day put between
the control and its place ("took control on Thursday of X"); a group's camp or base taken by
state forces near or at a named place (never an army base overrun by a group: an attack);
and a place described by a clause that dates another change ("retook X, which the militants
had seized last week": the seizure is its own change, and its day is not the retaking's). A
change told as what happens each time ("Every time the army takes a camp, ...") is none."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 17)  # a Monday


def _changes(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


def _place(record: dict) -> str:
    return (record["location"] or {}).get("name") or ""


GOMA = "GOMA, Congo, June 17, 2024 — Fighting spread across eastern Congo over the weekend. "
MOGADISHU = "MOGADISHU, Somalia, June 17, 2024 — Fighting continued in central Somalia. "
MANILA = "MANILA, Philippines, June 17, 2024 — The army pressed its offensive in Mindanao. "
KABUL = "KABUL, Afghanistan, June 17, 2024 — Fighting continued in Badakhshan province. "


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            GOMA + "Rebel fighters took control on Saturday of Rutshuru, a town north of Goma.",
            "2024-06-15",
        ),
        (
            MOGADISHU + "Al-Shabaab fighters seized control late on Sunday of Jowhar, the "
            "regional capital.",
            "2024-06-16",
        ),
    ],
)
def test_a_day_between_the_control_and_its_place(analyse, text, day):
    records = _changes(analyse, text)
    assert len(records) == 1
    assert records[0]["date"]["start"] == day


def test_control_of_something_else_on_a_day_is_no_change(analyse):
    text = GOMA + "The army took control on Saturday of the inquiry into the killings."
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            MANILA + "Troops overran an Abu Sayyaf camp near Patikul on Saturday, the army said.",
            "Patikul",
        ),
        (
            MANILA + "Soldiers also took over a camp used by the militants near the town of "
            "Piagapo on Sunday, the military said.",
            "Piagapo",
        ),
        (
            GOMA + "Congolese soldiers seized a rebel base outside the town of Kalehe on "
            "Saturday, the army said.",
            "Kalehe",
        ),
    ],
)
def test_a_group_camp_taken_by_state_forces_is_taken_near_its_place(analyse, text, place):
    records = _changes(analyse, text)
    assert [_place(r) for r in records] == [place]
    assert any(a["role"] == "authority" for a in records[0]["actors"])


@pytest.mark.parametrize(
    "text",
    [
        MANILA + "Soldiers raided a hideout of the faction outside Datu Piang on Saturday. They "
        "took control of the camp by Saturday afternoon, the army said.",
        MANILA + "Soldiers raided a hideout of the faction outside Datu Piang on Saturday. On "
        "Sunday, troops also took over a second, smaller camp to the east.",
    ],
)
def test_a_camp_named_by_no_place_is_taken_where_the_story_is(analyse, text):
    """A camp taken by state forces that the sentence places nowhere is taken where the
    sentences before it are."""
    [change] = _changes(analyse, text)
    assert change["subtype"] == "captured"
    assert change["location"]["country_code"] == "PH"


def test_two_bases_at_two_places_are_two_changes(analyse):
    text = (
        MOGADISHU + "Somali forces said on Sunday they had taken two of the group's bases, at "
        "Bulo Marer and at Awdheegle, after a week of fighting."
    )
    assert len(_changes(analyse, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        MOGADISHU + "Al-Shabaab fighters overran an army base near the town of El Wak on "
        "Sunday, killing 12 soldiers.",
        MANILA + "The militants took refuge in camps near the border after the raid.",
        MANILA + "Soldiers found rifles and bomb parts at a camp near Patikul on Sunday.",
    ],
)
def test_a_camp_not_taken_by_state_forces_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


def test_a_place_seized_long_ago_does_not_date_its_retaking(analyse):
    text = (
        MOGADISHU + "Somali troops said on Sunday they had retaken the town of Jowhar, which "
        "al-Shabaab fighters had seized in 2019."
    )
    records = _changes(analyse, text)
    assert [r["subtype"] for r in records] == ["recaptured"]
    assert records[0]["date"]["start"] == "2024-06-16"


@pytest.mark.parametrize(
    "text",
    [
        MOGADISHU + "Somali troops said on Sunday they had retaken the town of Jowhar, which "
        "al-Shabaab fighters had seized last week.",
        KABUL + "Taliban forces said on Sunday they had regained control of two villages in "
        "the Jurm district that ISKP gunmen had overrun last week.",
    ],
)
def test_a_recent_seizure_told_in_a_describing_clause_is_its_own_change(analyse, text):
    records = _changes(analyse, text)
    by_subtype = {r["subtype"]: r for r in records}
    assert set(by_subtype) == {"recaptured", "captured"}
    assert by_subtype["recaptured"]["date"]["start"] == "2024-06-16"
    assert by_subtype["captured"]["date"]["start"] < "2024-06-16"


def test_a_relative_clause_read_with_its_participle_as_a_noun_is_read(analyse):
    """The parse may hang "that" as the clause's object, not as its mark: the clause still
    describes the village named before it, and the article is read to the end."""
    text = (
        GOMA + "The Congolese army said on Sunday that it had driven ADF fighters out of "
        "Tchabi, a village in Irumu territory that the rebels had overrun earlier this month."
    )
    records = _changes(analyse, text)
    assert "recaptured" in {r["subtype"] for r in records}
    assert {_place(r) for r in records} == {"Tchabi"}


def test_a_clause_on_the_province_after_the_place_does_not_date_its_retaking(analyse):
    """The parse may hang the describing clause on the province told after the place ("the
    centre of X district, in Farah province, which the Taliban overran in October"): the
    clause dates the earlier capture, not the retaking."""
    text = (
        KABUL + "The army also said on Sunday that its troops had retaken the centre of "
        "Khak-e Safed district, in Farah province, which the Taliban overran in March."
    )
    records = [r for r in _changes(analyse, text) if r["subtype"] == "recaptured"]
    assert [r["date"]["start"] for r in records] == ["2024-06-16"]


def test_a_clause_on_the_region_the_place_is_in_does_not_date_its_retaking(analyse):
    """The parse may hang the describing clause on the region named with "in" after the place
    ("the village of X in Lower Juba, which the militants had overrun last month")."""
    text = (
        MOGADISHU + "The army said on Sunday that it had retaken the village of Bar Sanguni in "
        "Lower Juba, which the militants had overrun last month."
    )
    records = [r for r in _changes(analyse, text) if r["subtype"] == "recaptured"]
    assert [r["date"]["start"] for r in records] == ["2024-06-16"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Every time the army takes a camp, a village pays for it within a week," a resident '
        "said.",
        "Each time the rebels seize a town, the soldiers come back within days, officials say.",
    ],
)
def test_a_change_told_as_what_happens_each_time_is_none(analyse, sentence):
    assert _changes(analyse, GOMA + sentence) == []


def test_a_change_beside_a_habitual_clause_stays(analyse):
    text = (
        GOMA + "Troops took the rebels' camp near Mamundioma on Saturday, the army said. "
        '"Every time the army takes a camp, a village pays for it," a resident said.'
    )
    assert [c["subtype"] for c in _changes(analyse, text)] == ["captured"]
