"""Direct quotations with a named speaker (``extract.statements``): texts that must and must not
give a statement record, and the quotation marks' pairing."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract.statements import find_quotes, worth_parsing

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)  # a Saturday


def _statements(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "statement"]


def _by_quote(statements: list[dict], opening: str) -> dict:
    found = [s for s in statements if s["quote"].startswith(opening)]
    assert len(found) == 1, statements
    return found[0]


@pytest.mark.parametrize(
    ("text", "opening", "speaker", "role", "affiliation", "day"),
    [
        # speaker after the verb, role in an appositive, affiliation from the role
        (
            '"The group has lost its grip on the desert roads, but not on the villages," said '
            "Maria Lindqvist, a senior analyst at the Stockholm Institute for Conflict Studies.",
            "The group has lost its grip",
            "Maria Lindqvist",
            "a senior analyst at the Stockholm Institute for Conflict Studies",
            "Stockholm Institute for Conflict Studies",
            None,
        ),
        # speaker and title before the verb, quotation after a colon, date of the saying
        (
            "Interior Minister Karim Haddad said on Tuesday: \u201cWe will not allow these cells "
            "to regroup in the valleys.\u201d",
            "We will not allow these cells",
            "Karim Haddad",
            "Interior Minister",
            None,
            "2021-06-08",
        ),
        # "according to"
        (
            '"The attacks follow a pattern we have seen in every dry season," according to '
            "Daniel Okafor, a security consultant at the Lagos Risk Group.",
            "The attacks follow a pattern",
            "Daniel Okafor",
            "a security consultant at the Lagos Risk Group",
            "Lagos Risk Group",
            None,
        ),
        # a surname stands for the full name given before, with the role given there
        (
            "Charlotte Brenner, a fellow at the Global Policy Forum, spent a month in the region "
            'this spring. "Nobody there believes the ceasefire will hold past the summer," '
            "Brenner told reporters.",
            "Nobody there believes",
            "Charlotte Brenner",
            "a fellow at the Global Policy Forum",
            "Global Policy Forum",
            None,
        ),
        # "the spokesman" stands for the person the article made spokesman; a known leader's
        # group is the affiliation
        (
            "Abu Hamza al-Qurashi, the group's spokesman, released a recording last week. "
            '"The war continues in every province," the spokesman said in the message.',
            "The war continues in every province",
            "Abu Hamza al-Qurashi",
            "the group's spokesman",
            "Islamic State",
            None,
        ),
        # a phrase of five words or more quoted inside the author's sentence
        (
            "Governor Babagana Zulum described the killings as \u201ca senseless slaughter of "
            "hardworking farmers\u201d on Sunday.",
            "a senseless slaughter of hardworking farmers",
            "Babagana Zulum",
            "Governor",
            None,
            None,
        ),
        # a title used as a description stands for the person given it before
        (
            "Home Minister Farid Aziz said on Monday that the curfew would be lifted. "
            '"The people of this province reject violence in every form," the Home Minister '
            "said.",
            "The people of this province",
            "Farid Aziz",
            "Home Minister",
            None,
            None,
        ),
        # the outlet relaying a quotation is not its speaker
        (
            "Interior Minister Karim Haddad said the army had \u201cregained full control of the "
            "northern highway\u201d, reports The Frontier Herald.",
            "regained full control",
            "Karim Haddad",
            "Interior Minister",
            None,
            None,
        ),
        # a description set off by commas before the name, and the day it was said
        (
            '"We will rebuild the market within a month," the mayor, Ali Hassan, told reporters '
            "on Sunday.",
            "We will rebuild the market",
            "Ali Hassan",
            "the mayor",
            None,
            "2021-06-06",
        ),
        # a description followed by the name
        (
            '"Nobody came to help us for three days," said her brother, Musa Ibrahim, who '
            "survived the raid.",
            "Nobody came to help us",
            "Musa Ibrahim",
            "her brother",
            None,
            None,
        ),
    ],
)
def test_statement_is_recorded(analyse, text, opening, speaker, role, affiliation, day):
    statement = _by_quote(_statements(analyse, text), opening)
    assert statement["speaker"] == speaker
    assert statement["speaker_role"] == role
    assert statement["affiliation"] == affiliation
    if day is None:
        assert statement["date"] is None
    else:
        assert statement["date"]["start"] == day


def test_quotation_over_paragraphs_with_pronoun(analyse):
    """Newswire: a paragraph left open, the next one opening with a new mark; 'he' is the
    person named just before."""
    text = (
        "Tomas Ekberg, a researcher at the Nordic Centre for Security Studies, has followed the "
        "branch for years.\n"
        '"Its fighters move in small groups and rarely hold ground for long. They strike and '
        "then vanish into the bush.\n"
        '"That makes them very hard to track from the air," he said.'
    )
    [statement] = _statements(analyse, text)
    assert statement["speaker"] == "Tomas Ekberg"
    assert statement["speaker_role"] == "a researcher at the Nordic Centre for Security Studies"
    assert statement["quote"].startswith("Its fighters move in small groups")
    assert statement["quote"].endswith("very hard to track from the air")
    result = analyse(text, PUBLISHED)
    [record] = [r for r in result.records if r.kind == "statement"]
    quoted = [f for f in record.sources[0].fields if f.field == "quote"]
    assert len(quoted) == 2  # one span per paragraph, both inside the document text
    for span in quoted:
        assert result.document.text[span.start : span.end] == span.text


def test_quotation_split_by_its_attribution(analyse):
    text = (
        '"We are not finished," Colonel Ahmed Saleh said, "and we will return to the villages '
        'before the rains." His unit lost four men in the fighting.'
    )
    # one quotation, as newswire prints one: its parts joined
    [statement] = _statements(analyse, text)
    assert statement["speaker"] == "Ahmed Saleh"
    assert statement["quote"] == (
        "We are not finished and we will return to the villages before the rains."
    )


def test_unattributed_quotation_goes_on_with_the_last_speaker(analyse):
    text = (
        '"The roads are closed," said Fatima Bello, who runs a clinic in Maiduguri. '
        '"We have had no medicine for two weeks."'
    )
    # the same speaker going on in the same paragraph: one statement
    [statement] = _statements(analyse, text)
    assert statement["speaker"] == "Fatima Bello"
    assert statement["quote"] == "The roads are closed We have had no medicine for two weeks."


def test_quotation_broken_by_a_long_attribution_is_one_statement(analyse):
    text = (
        '"This is a succession the movement planned for years," said Samira Khoury, a senior '
        "analyst at the Harbour Institute for Regional Security in Beirut. "
        '"The new emir is a preacher, not a field commander."'
    )
    [statement] = _statements(analyse, text)
    assert statement["speaker"] == "Samira Khoury"
    assert statement["quote"].endswith("not a field commander.")


def test_quotations_with_a_sentence_between_them_stay_two(analyse):
    text = (
        '"This is a succession the movement planned for years," said Samira Khoury, a senior '
        "analyst at the Harbour Institute for Regional Security in Beirut. "
        "She said the group had lost fighters in the south. "
        '"The new emir is a preacher, not a field commander," Khoury said.'
    )
    statements = _statements(analyse, text)
    assert len(statements) == 2


def test_quotations_of_one_speaker_in_two_paragraphs_stay_two(analyse):
    text = (
        '"The roads are closed," said Fatima Bello, who runs a clinic in Maiduguri.\n\n'
        "Aid agencies suspended their work in the district on Monday.\n\n"
        '"We have had no medicine for two weeks," Bello said.'
    )
    statements = _statements(analyse, text)
    assert len(statements) == 2
    assert {s["speaker"] for s in statements} == {"Fatima Bello"}


def test_evidence_holds_the_quotation_and_its_attribution(analyse):
    text = (
        "Aid agencies suspended their work in the district.\n"
        '"We cannot send staff where convoys are attacked every week. The risk is too high," '
        "said Ingrid Sole, a coordinator for the Norwegian Refugee Council."
    )
    result = analyse(text, PUBLISHED)
    [record] = [r for r in result.records if r.kind == "statement"]
    evidence = " ".join(e.text for e in record.sources[0].evidence)
    assert "We cannot send staff" in evidence and "said Ingrid Sole" in evidence
    assert "Aid agencies" not in evidence
    fields = {f.field: f.text for f in record.sources[0].fields}
    assert fields["speaker"] == "Ingrid Sole"
    assert fields["speaker_role"] == "a coordinator for the Norwegian Refugee Council"


@pytest.mark.parametrize(
    "text",
    [
        # anonymous speakers are not named
        '"We heard three explosions and then silence," a local resident told Reuters.',
        '"The group is regrouping in the south," a senior U.S. official said on condition of '
        "anonymity.",
        '"Security has been tightened at every checkpoint," officials said on Friday.',
        # a pronoun or a description with nobody named before it
        '"We have lost contact with the patrol," he said.',
        '"The situation in the town is now under control," the spokesman said.',
        # the antecedent is a person not named
        "A neighbour of the suspect spoke to local radio. "
        '"He kept to himself and never caused any trouble," she said.',
        # scare quotes, titles and names
        'The so-called "caliphate" collapsed in 2019, Maria Lindqvist said.',
        "The group released a video titled \u201cThe Harvest of the Faithful Soldiers\u201d on "
        "Friday, said Maria Lindqvist.",
        'Police said the suspect used the name "John Michael Peters" when renting the van.',
        # no speaker at all
        'Leaflets dropped over the town warned residents to "leave before the fighting reaches '
        'your street".',
        # a headline
        'Minister Karim Haddad says "we will win this war soon"\n\n'
        "Fighting continued in the north on Friday.",
        # single quotation marks are not speech marks here
        "'We will win this war soon,' said Karim Haddad.",
    ],
)
def test_no_statement(analyse, text):
    assert _statements(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said: "One. Two," and left.', ["One. Two,"]),
        ("\u201cCurly marks,\u201d she said.", ["Curly marks,"]),
        # newswire continuation: two segments of one quotation
        (
            '"First paragraph goes on.\n"Second one ends," he said.',
            ["First paragraph goes on.", "Second one ends,"],
        ),
        # an opening mark never closed in its paragraph is dropped
        ('A stray " mark here.\nThen "a real one" there.', ["a real one"]),
        # a missing closing mark: the next opening mark closes the quotation
        ('He said: "It will end soon. "We are ready."', ["It will end soon.", "We are ready."]),
    ],
)
def test_find_quotes(text, quoted):
    found = []
    for quote in find_quotes(text):
        found.extend(text[s:e] for s, e in quote.segments)
    assert found == quoted


def test_continuation_is_one_quotation():
    text = '"First paragraph goes on.\n"Second one ends," he said.'
    [quote] = find_quotes(text)
    assert len(quote.segments) == 2


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('"We will fight on," he said.', True),
        ("He said the group would fight on.", False),
        ('The so-called "caliphate" fell.', False),
    ],
)
def test_worth_parsing(text, wanted):
    assert worth_parsing(None, text) is wanted
