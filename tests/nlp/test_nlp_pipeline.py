"""Stage 3, nlp: the real spaCy pipeline with the domain entity ruler, and the group lexicon."""

from __future__ import annotations

import pytest

from watchfloor.nlp import group_lexicon, load_pipeline
from watchfloor.nlp.ruler import GROUP_LABEL


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("IS", "Islamic State"),
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Daesh", "Islamic State"),
        ("Islamic State group", "Islamic State"),
        ("the Islamic State", "Islamic State"),
        ("islamic state", "Islamic State"),
        ("ISWAP", "Islamic State West Africa Province"),
        ("Islamic State West Africa Province", "Islamic State West Africa Province"),
        ("ISKP", "Islamic State Khorasan Province"),
        ("IS-K", "Islamic State Khorasan Province"),
        ("Wilayat Sinai", "Islamic State Sinai Province"),
        ("Al Shabab", "al-Shabaab"),
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Boko Haram", "Boko Haram"),
        ("CPI (Maoist)", "Communist Party of India (Maoist)"),
        ("BLA", "Balochistan Liberation Army"),
        ("Abu Sayyaf Group", "Abu Sayyaf"),
        ("ADF", "Allied Democratic Forces"),
        ("Western War Front", "ELN Western War Front"),
        ("G9 an Fanmi e Alye", "G9 Family and Allies"),
        ("G9", "G9 Family and Allies"),
        ("Viv Ansanm", "Viv Ansanm"),
        ("IPOB", "Indigenous People of Biafra"),
        ("Eastern Security Network", "Eastern Security Network"),
        ("Interim Government of Ambazonia", "Ambazonia Interim Government"),
        ("anti-balaka", "Anti-balaka"),
        ("ex-Seleka", "Seleka"),
        ("FPRC", "Popular Front for the Renaissance of Central Africa"),
        ("Bloque Occidental Alfonso Cano", "Alfonso Cano Western Bloc"),
        ("Jaime Martinez front", "Jaime Martinez Front"),
        ("Frente Oliver Sinisterra", "Oliver Sinisterra Front"),
    ],
)
def test_aliases_have_one_canonical_name(alias, canonical):
    assert group_lexicon().canonical(alias) == canonical


def test_case_sensitive_aliases_do_not_match_ordinary_words():
    lex = group_lexicon()
    assert lex.canonical("is") is None
    assert lex.canonical("g9") is None  # only with its capital: "G9"
    assert lex.canonical("western war front") is None
    assert lex.canonical("ipob") is None  # only with its capitals: "IPOB"
    assert lex.canonical("Is") is None
    assert lex.canonical("Definitely Not A Group") is None


def test_branches_know_their_parent():
    lex = group_lexicon()
    iswap = lex.get("Islamic State West Africa Province")
    assert iswap.type == "branch"
    assert iswap.parent == "Islamic State"
    assert lex.get("Islamic State").type == "armed_group"
    for branch in lex.groups():
        if branch.type == "branch":
            assert branch.parent in lex.entries, branch.canonical


def test_leaders_are_people_of_a_group():
    lex = group_lexicon()
    for person in lex.people():
        assert person.parent is None or lex.get(person.parent) is not None


@pytest.mark.slow
def test_pipeline_is_loaded_once(nlp, settings):
    from watchfloor.extract import sentence_worth_parsing as focus

    assert load_pipeline(settings.spacy_model, focus) is nlp
    assert load_pipeline(worth_parsing=focus) is nlp  # default model and named: one load
    # the rulers run before the statistical recogniser (inside the focus component here)
    for pipeline, recogniser in ((nlp, "watchfloor_focus"), (load_pipeline(), "ner")):
        for ruler in ("ruler_exact", "ruler_folded"):
            assert pipeline.pipe_names.index(ruler) < pipeline.pipe_names.index(recogniser)


@pytest.mark.slow
def test_ruler_tags_groups_with_canonical_ids(nlp):
    doc = nlp(
        "IS fighters and ISWAP militants clashed, while Daesh and ISIL supporters "
        "cheered. The attack is over."
    )
    groups = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == GROUP_LABEL]
    assert ("IS", "Islamic State") in groups
    assert ("ISWAP", "Islamic State West Africa Province") in groups
    assert ("Daesh", "Islamic State") in groups
    assert ("ISIL", "Islamic State") in groups
    # lower-case "is" is a verb, never the group
    assert not any(e.text == "is" for e in doc.ents)


@pytest.mark.slow
def test_ruler_places_are_places(nlp):
    doc = nlp("Fighters attacked a post near Mayadeen and then moved toward Baghouz.")
    places = {e.text for e in doc.ents if e.label_ == "GPE"}
    assert {"Mayadeen", "Baghouz"} <= places


def test_missing_model_is_a_named_error():
    from watchfloor.errors import ExitCode, ModelNotInstalledError

    with pytest.raises(ModelNotInstalledError) as info:
        load_pipeline("no_such_spacy_model_xyz")
    assert info.value.exit_code == ExitCode.MODEL
