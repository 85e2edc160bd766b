"""Groups the development keys named that the gazetteer lacked (``data/groups.toml``): each is
recognised by its name and its printed abbreviation, and a leader of one arrested in a raid the
parse hangs on the saying after it ("..., in a raid on a house, the force said") is that leader's
arrest, with no attack by the group. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.nlp.lexicon import group_lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("Arakan Rohingya Salvation Army", "Arakan Rohingya Salvation Army"),
        ("ARSA", "Arakan Rohingya Salvation Army"),
        ("MNLF", "Moro National Liberation Front"),
        ("National Thowheed Jamath", "National Thowheed Jamath"),
        ("Ahrar al-Sham", "Ahrar al-Sham"),
        ("IMU", "Islamic Movement of Uzbekistan"),
        ("Macina Liberation Front", "Katiba Macina"),
        ("Saraya Ansar al-Sunna", "Saraya Ansar al-Sunna"),
        ("Permanent Strategic Framework", "Permanent Strategic Framework"),
        ("Arakan Army", "Arakan Army"),
        ("MILF", "Moro Islamic Liberation Front"),
        ("United Jihad Council", "United Jihad Council"),
        ("BRN", "Barisan Revolusi Nasional"),
        ("Lashkar-e-Islam", "Lashkar-e-Islam"),
        ("Ansar Khalifah Philippines", "Ansar Khilafah Philippines"),
        ("Jund al-Khilafa in Tunisia", "Jund al-Khilafa in Tunisia"),
        ("Okba Ibn Nafaa", "Okba Ibn Nafaa Brigade"),
        ("Harakat al-Nujaba", "Harakat al-Nujaba"),
        ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
        ("Army of Conquest", "Jaish al-Fatah"),
        ("Oliver Sinisterra Front", "Oliver Sinisterra Front"),
        ("MNDAA", "Myanmar National Democratic Alliance Army"),
        ("Ta'ang National Liberation Army", "Ta'ang National Liberation Army"),
        ("Kachin Independence Organisation", "Kachin Independence Army"),
        ("KIA", "Kachin Independence Army"),
        ("People's Defense Forces", "People's Defence Force"),
        ("KNDF", "Karenni Nationalities Defence Force"),
        ("Arambai Tenggol", "Arambai Tenggol"),
        ("NDFB", "National Democratic Front of Bodoland"),
        ("Terrorgram", "Terrorgram Collective"),
        ("The Base", "The Base"),
        ("BNA", "Baloch Nationalist Army"),
        ("PAFF", "People's Anti-Fascist Front"),
        ("Fatemiyoun", "Fatemiyoun Brigade"),
        ("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"),
        ("CODECO", "CODECO"),
        ("MNLA", "National Movement for the Liberation of Azawad"),
        ("UWSA", "United Wa State Army"),
        ("DHKP-C", "Revolutionary People's Liberation Party-Front"),
        ("Mara Salvatrucha", "MS-13"),
        # the Balochistan Liberation Front is a group of its own, not the BLA
        ("Balochistan Liberation Front", "Balochistan Liberation Front"),
        ("BLF", "Balochistan Liberation Front"),
        ("BLA", "Balochistan Liberation Army"),
        ("Rastrojos", "Los Rastrojos"),
        ("Jaish Khalid ibn al-Walid", "Khalid ibn al-Walid Army"),
        ("CCMSR", "Military Command Council for the Salvation of the Republic"),
        ("FACT", "Front for Change and Concord in Chad"),
        ("Dan Na Ambassagou", "Dan Na Ambassagou"),
        ("3R", "3R"),
        ("Ahrar-ul-Hind", "Ahrar-ul-Hind"),
        ("Renamo Military Junta", "Renamo Military Junta"),
        ("Renamo", "Renamo"),
        ("Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"),
    ],
)
def test_an_added_group_is_known(printed, canonical):
    assert group_lexicon().canonical(printed) == canonical


def test_the_base_is_a_group_only_by_its_capitals():
    assert group_lexicon().canonical("the base") is None


def test_fact_is_a_group_only_by_its_capitals():
    assert group_lexicon().canonical("fact") is None


@pytest.mark.parametrize("printed", ["ADF", "PLA", "eta", "tak"])
def test_an_abbreviation_of_another_or_a_word_is_not_an_added_group(printed):
    """ "ADF" stays Congo's Allied Democratic Forces, "PLA" China's army; lower-case "eta" and
    "tak" are no names."""
    assert group_lexicon().canonical(printed) not in {
        "Ambazonia Defence Forces",
        "People's Liberation Army of Manipur",
        "ETA",
        "Kurdistan Freedom Hawks",
    }


def test_a_place_seized_by_an_added_group_is_its_capture(analyse):
    text = (
        "On Wednesday the MNDAA said it had seized Chinshwehaw, a trading town on the border "
        "with China, after the garrison there fled."
    )
    [change] = records_of(analyse(text, date(2023, 11, 1)), "territorial_change")
    assert any(
        a["canonical"] == "Myanmar National Democratic Alliance Army" for a in change["actors"]
    )


def test_a_new_chief_named_by_an_added_group_is_its_appointment(analyse):
    text = (
        "In a statement on Saturday, the BNA said its central command had chosen Karim Baloch, "
        "a commander from the Mastung area, to lead the group."
    )
    [change] = records_of(analyse(text, date(2023, 4, 10)), "leadership_change")
    assert change["subtype"] == "appointed"
    assert any(a["canonical"] == "Baloch Nationalist Army" for a in change["actors"])


def test_jas_stays_boko_harams_abbreviation():
    assert group_lexicon().canonical("JAS") == "Boko Haram"


def test_a_leader_arrested_in_a_raid_told_by_the_force_is_no_attack(analyse):
    text = (
        "Police have arrested Ataullah abu Ammar Jununi, the leader of the Arakan Rohingya "
        "Salvation Army, in a raid on a house outside Dhaka, the force said on Wednesday."
    )
    result = analyse(text, date(2025, 3, 20))
    assert records_of(result, "attack") == []
    [change] = records_of(result, "leadership_change")
    assert change["subtype"] == "arrested"


def test_a_raid_by_fighters_told_by_the_army_is_still_their_attack(analyse):
    text = (
        "Al-Shabaab fighters killed five soldiers in a raid on a base near Kismayo, the army said "
        "on Wednesday."
    )
    [attack] = records_of(analyse(text, date(2025, 3, 20)), "attack")
    assert any(a["canonical"] == "al-Shabaab" for a in attack["actors"])


def test_the_arakan_army_is_not_the_rohingya_salvation_army(analyse):
    text = (
        "The Arakan Army, an ethnic armed group fighting Myanmar's military government, said it "
        "had taken the town of Ann, in Rakhine State, on Friday."
    )
    [change] = records_of(analyse(text, date(2024, 12, 22)), "territorial_change")
    assert change["subtype"] == "captured"
    assert {a["canonical"] for a in change["actors"] if a["role"] == "perpetrator"} == {
        "Arakan Army"
    }


def test_a_new_leader_chosen_by_an_added_faction_is_its_appointment(analyse):
    text = (
        "Mariano Nhongo, leader of the Renamo Military Junta, was killed by police in Cheringoma "
        "on Monday. The Junta has chosen Jeremias Buanaissa as its new leader, two former "
        "members said on Tuesday."
    )
    changes = records_of(analyse(text, date(2021, 10, 13)), "leadership_change")
    appointed = [c for c in changes if c["subtype"] == "appointed"]
    assert appointed, changes
    assert any(a["canonical"] == "Renamo Military Junta" for a in appointed[0]["actors"])
