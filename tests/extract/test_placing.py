"""Where an event happened (``extract.placing``): the place in its clause, else its
paragraph's, else none (the article's country stands in when incidents are resolved)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import PLACES_TSV, attacks, records_of
from watchfloor.extract import build_context
from watchfloor.extract.placing import place_of_event

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PLACES_TSV.is_file(), reason="places.tsv is not built"),
]

PUBLISHED = date(2021, 6, 12)


def _event_place(nlp, make_document, text: str, word: str):
    document = make_document(text, PUBLISHED)
    ctx = build_context(document, nlp(document.text))
    at = document.text.index(word)
    [sentence] = [s for s in ctx.sentences if s.start <= at < s.end]
    words = ctx.doc.char_span(at, at + len(word), alignment_mode="expand")
    return place_of_event(ctx, sentence, [words.root])


@pytest.mark.parametrize(
    ("text", "word", "name", "code", "explicit"),
    [
        (
            "A car bomb exploded near a market in Jalalabad on Tuesday.",
            "exploded",
            "Jalālābād",
            "AF",
            True,
        ),
        # a town before the province it lies in
        (
            "Gunmen killed three shepherds outside Mayadeen, in Deir el-Zour province.",
            "killed",
            "Al Mayādīn",
            "SY",
            True,
        ),
        # a place further off in the parse, after a locative preposition
        (
            "Forces conducted an operation in search of a Taliban leader in Kajaki district, "
            "Helmand province, today.",
            "operation",
            "Helmand",
            "AF",
            True,
        ),
        # of the places in a sentence, the one the event hangs on
        (
            "Militants who fled from Mosul attacked a village near Kirkuk.",
            "attacked",
            "Kirkuk",
            "IQ",
            True,
        ),
        # a country modifying the event word is whose forces acted, not where
        (
            "A US drone strike in Yemen killed three suspected militants.",
            "strike",
            "Yemen",
            "YE",
            True,
        ),
        # places listed together: the first
        (
            "Forces detained several suspects in overnight operations in Zabul and Khost "
            "provinces.",
            "detained",
            "Zabul",
            "AF",
            True,
        ),
        # the paragraph's place, when the sentence names none
        (
            "Fighting has flared around Sirte in recent weeks. On Tuesday a car bomb exploded at "
            "a checkpoint, killing four.",
            "exploded",
            "Sirte",
            "LY",
            False,
        ),
        # ... or the last sentence before, when the sentence opens a paragraph of the story
        (
            "Suicide bombers struck a crowd in the southern Iranian city of Kerman.\n\nThe two "
            "explosions killed 84 people.",
            "explosions",
            "Kerman",
            "IR",
            False,
        ),
        # a capital named by its country
        (
            "TRIPOLI - Gunmen stormed a hotel in the Libyan capital on Tuesday.",
            "stormed",
            "Tripoli",
            "LY",
            True,
        ),
        # where the victims were heading is not where it happened
        (
            "Gunmen abducted five aid workers in Abyan province as they were returning to Aden.",
            "abducted",
            "Abyan",
            "YE",
            True,
        ),
        # unless the event is told of that place
        (
            "The bomber travelled by bus from Peshawar to Lahore, where he blew himself up in a "
            "crowded park.",
            "blew",
            "Lahore",
            "PK",
            True,
        ),
    ],
)
def test_the_event_s_place(nlp, make_document, text, word, name, code, explicit):
    found = _event_place(nlp, make_document, text, word)
    assert (found.location.name, found.location.country_code, found.explicit) == (
        name,
        code,
        explicit,
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # where it was reported from, and who reported it, are not where it happened
        ("Police in Kabul said a bomb exploded, without saying where.", "exploded"),
        ("The Britain-based Syrian Observatory said the strike killed 11 civilians.", "strike"),
        # where the attackers went afterwards
        ("Gunmen abducted the crew and sped off toward the Sulu archipelago.", "abducted"),
        # where the attacker once lived
        ("The gunman, who had lived in Marseille for years, opened fire on worshippers.", "opened"),
        # another paragraph's place is not borrowed
        # a sentence with places of its own borrows none from the paragraph before
        (
            "Gunmen attacked a market in Kabul on Monday.\n\nIn Bosaso, the group said its "
            "fighters had shot dead an official.",
            "shot",
        ),
    ],
)
def test_no_place_of_its_own(nlp, make_document, text, word):
    assert _event_place(nlp, make_document, text, word) is None


def test_a_record_is_placed_where_its_paragraph_says(analyse):
    result = analyse(
        "Fighting has flared around Sirte in recent weeks. On Tuesday a car bomb exploded at "
        "a checkpoint, killing four soldiers.",
        PUBLISHED,
    )
    [record] = attacks(result)
    assert record.data["location"]["country_code"] == "LY"
    assert record.data["location"]["name"] == "Sirte"


def test_an_unplaced_operation_by_a_named_nation_s_forces_is_at_home(analyse):
    result = analyse(
        "Published 2015-01-27\n\nThe Islamic State named a former Taliban commander as head "
        "of its new branch for Afghanistan and Pakistan, and fighters in Afghanistan's Helmand "
        "and Kabul provinces were said to have joined. Officials in Kabul said the group was "
        "recruiting in Afghanistan.\n\nThe Pakistani military said on Tuesday that jets had "
        "struck militant hideouts overnight, killing 21 militants.",
        date(2015, 1, 27),
    )
    [strike] = [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "military_operation"
    ]
    assert strike["location"]["country_code"] == "PK"

# Borrowed from the sentences before: a country told only as where forces came from ("troops
# from the United Arab Emirates") or whose forces they are locates nothing told after it, even
# in a sentence read only for its names and never parsed; a destination may ("drove the truck
# to Oklahoma City. It exploded ..."). A place in a clause joined to the event's with a doer of
# its own is that doer's.


def test_origin_of_forces_is_not_borrowed(nlp, make_document):
    text = (
        "Commandos, backed by soldiers from the United Arab Emirates, came under fire as they "
        "neared the houses.\n\nOfficials said nine militants died in the fighting."
    )
    found = _event_place(nlp, make_document, text, "died")
    assert found is None or found.location.country_code != "AE"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Commandos came under fire as they neared houses in Yakla, in al-Bayda province.\n\n"
            "Officials said nine militants died in the fighting.",
            "died",
            "YE",
        ),
        # a destination may be borrowed
        (
            "The man drove the van to Kandahar on Monday. Hours later it exploded outside a "
            "police station, killing four officers.",
            "exploded",
            "AF",
        ),
    ],
)
def test_place_of_the_sentence_before_is_borrowed(nlp, make_document, text, word, code):
    found = _event_place(nlp, make_document, text, word)
    assert found is not None and found.location.country_code == code


def test_leader_killed_after_a_raid_backed_by_another_country(analyse):
    text = (
        "SANAA, Yemen, Feb. 6, 2017 — A night raid on a village in central Yemen killed "
        "several militants, residents said. Commandos, backed by soldiers from the United Arab "
        "Emirates, came under heavy fire as they approached.\n\n"
        "The Pentagon said 14 militants were killed, among them Ahmed al-Saqqaf, whom it "
        "described as a senior al-Qaeda commander."
    )
    countries = {
        (r["location"] or {}).get("country_code")
        for r in records_of(analyse(text, date(2017, 2, 6)), "leadership_change")
    }
    assert countries and "AE" not in countries


def test_place_of_a_joined_clause_with_its_own_doer_is_not_the_event_s(analyse):
    """ "Spanish officers arrested nine people ..., and German police searched two flats in
    Bavaria": Bavaria is where the searches were; the arrests are Spain's, told by the
    nationality of the force that made them even though the article names no Spanish place."""
    text = (
        "THE HAGUE, June 14, 2024 — Europol said on Friday that police in several countries had "
        "shut down a news outlet of the Islamic State. Spanish officers arrested nine people "
        "the same day on suspicion of running its translation network, and German police "
        "searched two flats in Bavaria."
    )
    arrests = records_of(analyse(text, date(2024, 6, 14)), "arrest")
    assert [a["location"]["country_code"] for a in arrests] == ["ES"]


def test_clauses_of_one_saying_keep_their_place(nlp, make_document):
    text = (
        "The army said the attacks had been repelled and that soldiers had killed more than 80 "
        "attackers in Kayes."
    )
    found = _event_place(nlp, make_document, text, "repelled")
    assert found is not None and found.location.country_code == "ML"


def test_an_unplaced_operation_by_forces_told_acting_abroad_is_not_at_their_home(analyse):
    """American, French, British and Russian forces are mostly told acting abroad: in a story
    about Afghanistan, "American aircraft carried out strikes" is no strike in the United
    States (the record takes the story's place, or none)."""
    result = analyse(
        "Published 2018-08-16\n\nTaliban fighters stormed Ghazni, the capital of Ghazni "
        "province, on Friday. Afghan officials in Kabul said the fighting had spread from the "
        "bazaar to the districts of Andar and Deh Yak. The United States sent advisers.\n\n"
        "American aircraft carried out repeated air strikes between Friday and Tuesday.",
        date(2018, 8, 16),
    )
    strikes = [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "military_operation"
    ]
    assert strikes
    assert all((s["location"] or {}).get("country_code") != "US" for s in strikes)


def test_a_capital_that_speaks_for_its_government_is_no_place(nlp, make_document):
    text = (
        "Authorities in the Central African Republic said on Monday they had detained three men "
        "over the killing of nine miners, as Beijing demanded that the killers be punished."
    )
    place = _event_place(nlp, make_document, text, "detained")
    assert place is None or place.location.country_code != "CN"


@pytest.mark.parametrize(
    ("forces", "code", "country"),
    [("Rwandan troops", "RW", "Rwanda"), ("Kenyan troops", "KE", "Kenya")],
)
def test_forces_of_an_intervening_neighbour_are_not_at_home(analyse, forces, code, country):
    """Kenya, Ethiopia, Uganda, Rwanda, Burundi, Chad and Turkey are mostly told fighting
    abroad too, in Somalia, Congo, Mozambique, the Lake Chad countries, Syria and Iraq: their
    forces' unplaced operation in a story about another country is not at their home."""
    text = (
        "Published 2021-12-06\n\nInsurgents in northern Mozambique have abducted more than 600 "
        f"women since 2017, a report said. {country} sent 1,000 troops to Mozambique in July."
        f"\n\nOn Sunday, {forces} freed 24 women and children from an insurgent camp in the "
        f"forest west of Mocimboa da Praia, killing five fighters, the {country} Defence Force "
        "said."
    )
    result = analyse(text, date(2021, 12, 6))
    operations = [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "military_operation"
    ]
    assert operations
    assert all((o["location"] or {}).get("country_code") != code for o in operations)
