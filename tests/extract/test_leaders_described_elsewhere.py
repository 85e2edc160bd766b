"""A leader's fate when the article says in another sentence that the person leads or founded a
named group (``extract.leaders._leaders_described``), bands of South Asia and Latin America the
group lexicon knows, and "recaptured" as a capture."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 5)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _subjects(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "subject"]


def _groups(record: dict) -> list[str]:
    return [a.get("canonical") or a["name"] for a in record["actors"] if a["role"] == "other"]


@pytest.mark.parametrize(
    ("text", "subtype", "surname", "group"),
    [
        (
            "Police killed Rafiq Sarkar in a gunfight near Khulna on Tuesday. Sarkar had headed "
            "the northern wing of Jamaat-ul-Mujahideen Bangladesh for two years, police said.",
            "killed",
            "Sarkar",
            "Jamaat-ul-Mujahideen Bangladesh",
        ),
        (
            "Nestor Olmedo founded the Gulf Cartel's enforcement arm a decade ago. Marines "
            "captured Olmedo at a ranch outside Reynosa on Wednesday, the navy said.",
            "captured",
            "Olmedo",
            "Gulf Cartel",
        ),
        (
            "Soldiers recaptured Hector Vinces, the leader of Los Lobos, at a farm near "
            "Guayaquil on Sunday.",
            "captured",
            "Vinces",
            "Los Lobos",
        ),
        (
            "Counter-terrorism police shot dead Budi Tanjung, a commander of Jamaah Ansharut "
            "Daulah, in Poso on Monday.",
            "killed",
            "Tanjung",
            "Jamaah Ansharut Daulah",
        ),
    ],
)
def test_fate_of_a_leader_said_elsewhere_or_of_a_new_band(analyse, text, subtype, surname, group):
    found = [r for r in _fates(analyse, text) if any(surname in s for s in _subjects(r))]
    assert len(found) == 1, _fates(analyse, text)
    [record] = found
    assert record["subtype"] == subtype
    assert group in _groups(record)


@pytest.mark.parametrize(
    "text",
    [
        # leading denied, or only imagined
        "Police killed Rafiq Sarkar in a gunfight near Khulna on Tuesday. Sarkar never led "
        "Jamaat-ul-Mujahideen Bangladesh, his lawyer said.",
        "Soldiers killed Mateo Ruiz near Culiacan on Tuesday. Ruiz would have led the Sinaloa "
        "Cartel one day, analysts said.",
        # someone else led the group
        "Police killed Rafiq Sarkar near Khulna on Tuesday. His cousin Anwar Hossain had led "
        "Jamaat-ul-Mujahideen Bangladesh until 2015.",
        # a tie to the group that is no post
        "Police arrested Imran Kabir, a shopkeeper, in Dhaka on Monday. Kabir had sold phones "
        "to Jamaat-ul-Mujahideen Bangladesh, officers said.",
    ],
)
def test_no_leader_without_a_post_of_the_group(analyse, text):
    assert _fates(analyse, text) == []
