"""Pledges by listed branches and counted releases of them (``extract.pledges``,
``extract.media``; bench/gold/README.md, "Releases, pledges and claims" and "Series"): a pledge
by several named branches is one pledge per branch, and a counted set of releases showing them
("five videos of fighters ... from its provinces in A, B, ...") one release per counted item,
each carrying its branch."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 11, 4)  # a Monday


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


def _pledgers(records: list[dict]) -> list[str]:
    return sorted(
        a["canonical"] or a["name"]
        for r in records
        for a in r["actors"]
        if a["role"] == "perpetrator"
    )


IS = "Islamic State"
WA, SOM, YEM = f"{IS} West Africa Province", f"{IS} Somalia Province", f"{IS} Yemen Province"
SIN, KHO, LIB = f"{IS} Sinai Province", f"{IS} Khorasan Province", f"{IS} Libya Province"
MOZ, EA, PAK = f"{IS} Mozambique Province", f"{IS} East Asia Province", f"{IS} Pakistan Province"
CA, SAH = f"{IS} Central Africa Province", f"{IS} Sahel Province"


# (text, pledging branches, (release subtype, releases expected) or None when not checked)
GIVING = [
    (
        "In the days after the announcement, the group's media outlets released five videos of "
        "fighters renewing their oath of allegiance to the new caliph, from its provinces in "
        "West Africa, Somalia, Yemen, Sinai and Khorasan.",
        [KHO, SIN, SOM, WA, YEM],
        ("video", 5),
    ),
    (
        "The group's branches in West Africa, Somalia and Yemen renewed their pledge of "
        "allegiance to the new caliph in videos released on Sunday.",
        [SOM, WA, YEM],
        None,
    ),
    (
        "Three audio recordings carried fighters from the Sinai, Libya and Yemen provinces "
        "renewing their pledge to the new leader.",
        [LIB, SIN, YEM],
        ("audio", 3),
    ),
    (
        "The Islamic State's affiliates in Mozambique, Somalia and the Sahel reaffirmed their "
        "allegiance to the new caliph on Saturday.",
        [MOZ, SAH, SOM],
        None,
    ),
    (
        "Fighters in Mozambique, Somalia and Libya renewed their oath of allegiance to the new "
        "caliph in photos published by the group on Saturday.",
        [LIB, MOZ, SOM],
        None,
    ),
    (
        "Its provinces in Khorasan and Pakistan pledged allegiance to the new leader, the "
        "group's weekly newspaper said on Thursday.",
        [KHO, PAK],
        None,
    ),
    (
        "Islamic State branches in West Africa and Sinai swore allegiance to Abu Ibrahim "
        "al-Hashimi al-Qurashi on Sunday.",
        [SIN, WA],
        None,
    ),
    (
        "Two videos released on Friday showed fighters in Somalia and Yemen renewing their "
        "bay'ah to the new caliph.",
        [SOM, YEM],
        ("video", 2),
    ),
    (
        "Six videos appeared online showing fighters from its West Africa, Sinai, Somalia, "
        "Yemen, Khorasan and East Asia provinces pledging allegiance to the new caliph.",
        [EA, KHO, SIN, SOM, WA, YEM],
        ("video", 6),
    ),
    (
        "Fighters in West Africa, Somalia and East Asia pledged allegiance to the new leader, "
        "according to photos released by the group's Amaq agency on Sunday.",
        [EA, SOM, WA],
        None,
    ),
    (
        "On Saturday, the group's Amaq agency published four videos showing fighters from its "
        "provinces in Central Africa, Mozambique, Somalia and the Sahel pledging allegiance to "
        "the new caliph.",
        [CA, MOZ, SAH, SOM],
        ("video", 4),
    ),
    (
        "Militants from the Islamic State's branches in Libya and Sinai renewed their oath of "
        "allegiance to the new leader in an audio message posted on Sunday.",
        [LIB, SIN],
        None,
    ),
    (
        "Over the weekend the group published three videos in which fighters from its branches "
        "in Yemen, Somalia and Khorasan renew their pledge to the new caliph.",
        [KHO, SOM, YEM],
        ("video", 3),
    ),
    (
        "The Islamic State's provinces in Sinai and Libya swore allegiance to the new caliph on "
        "Sunday, days after his predecessor was killed.",
        [LIB, SIN],
        None,
    ),
    (
        "Fighters from its branches in Somalia, Mozambique and Pakistan pledged allegiance to "
        "the new caliph in three videos released on Sunday.",
        [MOZ, PAK, SOM],
        ("video", 3),
    ),
]


@pytest.mark.parametrize(("text", "branches", "releases"), GIVING)
def test_listed_branches_pledge_one_by_one(analyse, text, branches, releases):
    result = analyse(text, PUBLISHED)
    events = [r.data for r in result.records if r.kind == "event"]
    pledges = [e for e in events if e["type"] == "pledge"]
    assert _pledgers(pledges) == branches
    if releases is not None:
        subtype, count = releases
        shown = [e for e in events if e["type"] == "media_release" and e["subtype"] == subtype]
        assert len(shown) == count
        assert _pledgers(shown) == branches


def test_a_counted_set_of_releases_is_a_series(analyse):
    text = (
        "Two videos released on Friday showed fighters in Somalia and Yemen renewing their "
        "bay'ah to the new caliph."
    )
    videos = _events(analyse, text, "media_release")
    assert sorted(v["series"]["index"] for v in videos) == [1, 2]
    assert {v["series"]["count"] for v in videos} == {2}
    assert {v["series"]["text"] for v in videos} == {"Two videos"}


def test_a_pledge_told_of_a_counted_series_is_one_per_release(analyse):
    """ "three videos in which fighters renewed their pledge": one pledge shown in each video,
    each a member of the series, and the videos stay the releasing group's."""
    text = (
        "The Islamic State's Yemen branch claimed the bombing. The branch released three "
        "videos on Saturday in which fighters renewed their pledge to the new caliph."
    )
    pledges = _events(analyse, text, "pledge")
    assert sorted(p["series"]["index"] for p in pledges) == [1, 2, 3]
    assert {p["series"]["text"] for p in pledges} == {"three videos"}
    videos = _events(analyse, text, "media_release")
    assert len(videos) == 3
    assert {a["name"] for v in videos for a in v["actors"]} != {"fighters"}


def test_a_pledge_in_one_release_is_one_pledge(analyse):
    text = (
        "The Islamic State's Yemen branch claimed the bombing. The branch released a video on "
        "Saturday in which fighters renewed their pledge to the new caliph."
    )
    assert len(_events(analyse, text, "pledge")) == 1


def test_listed_branches_renew_their_oath(analyse):
    text = (
        "The group's branches in West Africa, Somalia and Yemen renewed their pledge of "
        "allegiance to the new caliph in videos released on Sunday."
    )
    assert {p["subtype"] for p in _events(analyse, text, "pledge")} == {"renewal"}


# (text, pledges at most): one group with the places it works in, places that are not
# branches, history, denials, plans, calls and negations
NOT_SPLIT = [
    (
        "Al-Shabaab, which operates in Somalia, Kenya and Ethiopia, renewed its pledge of "
        "allegiance to al-Qaeda's new leader on Sunday.",
        1,
    ),
    (
        "Fighters of Islamic State West Africa Province in Nigeria, Niger and Chad renewed their "
        "oath to the new caliph on Saturday.",
        1,
    ),
    (
        "Fighters in Nigeria, Chad and Cameroon renewed their oath to the new caliph in a video "
        "released on Saturday.",
        1,
    ),
    ("Videos from Syria and Iraq exhorted supporters to carry out attacks in Europe.", 0),
    (
        "The group's branches in Sinai, Libya and Yemen pledged allegiance to Abu Bakr "
        "al-Baghdadi in 2014 and 2015.",
        0,
    ),
    (
        "The group's branches in Somalia and Yemen denied that they had renewed their pledge of "
        "allegiance to the new caliph.",
        0,
    ),
    (
        "The group's provinces in West Africa, Somalia and Yemen are expected to renew their "
        "pledge of allegiance to the new caliph in the coming days.",
        0,
    ),
    (
        "Fighters in Mozambique, Somalia and Libya have not renewed their oath of allegiance to "
        "the new caliph.",
        0,
    ),
    (
        "The group urged its provinces in Somalia, Yemen and Sinai to renew their pledge to the "
        "new leader.",
        0,
    ),
    ("Six videos showed fighters in Syria and Iraq training for attacks on police posts.", 0),
]


@pytest.mark.parametrize(("text", "most"), NOT_SPLIT)
def test_places_that_are_not_pledging_branches_give_no_more(analyse, text, most):
    assert len(_events(analyse, text, "pledge")) <= most


def test_videos_from_places_are_not_one_per_place(analyse):
    text = "Videos from Syria and Iraq exhorted supporters to carry out attacks in Europe."
    assert len(_events(analyse, text, "media_release")) <= 1


def test_branches_a_named_movement_owns_are_its_own(analyse):
    text = (
        "Al-Qaeda's branches in Yemen and Somalia renewed their pledge of allegiance to the "
        "group's new leader on Sunday."
    )
    pledgers = _pledgers(_events(analyse, text, "pledge"))
    assert not any(p.startswith(IS) for p in pledgers)


def test_affiliates_listed_by_region_each_renew_their_own_pledge(analyse):
    result = analyse(
        "The Islamic State's affiliates in West Africa and the Sahel renewed their pledges to "
        "the group's new caliph.",
        PUBLISHED,
    )
    pledges = [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]
    pledgers = sorted(
        a["canonical"] or a["name"] for p in pledges for a in p["actors"] if a["role"] == "perpetrator"
    )
    assert {p["subtype"] for p in pledges} == {"renewal"}
    assert len(pledgers) == 2 and all("Province" in name for name in pledgers), pledgers
