"""The MUC-4 role-filler score: normalisation, the template alignment, the incident-type gate,
entities with co-referent mentions, unaligned templates; the pipeline's templates on a short
text of our own; and (when ../shared/data/muc4 is present) the CLI on five dev documents."""

from __future__ import annotations

import json
import time

import pytest

from helpers import SHARED
from watchfloor.analyze.evaluate_muc4 import (
    ROLES,
    SLOTS,
    _add_incident,
    _entities,
    _one_band_of_perpetrators,
    _victims_by_fullest_names,
    _weapons_once_by_head,
    document_templates,
    gold_templates,
    normalise,
    only_against_armed_forces,
    published_figures,
    record_templates,
    score_document,
    score_templates,
)
from watchfloor.models import FieldSpan, Record, Source, Span

MUC4_DEV = SHARED / "data" / "muc4" / "dev.json"


def _t(kind: str = "attack", **roles: list[list[str]]) -> dict:
    """A template: incident type and role -> entities (lists of mentions)."""
    return {"incident_type": kind} | {role: roles.get(role, []) for role in ROLES}


def _micro(counts: dict) -> tuple[int, int, int, int]:
    totals = [0, 0, 0, 0]
    for c in counts.values():
        totals = [a + b for a, b in zip(totals, (c.p_num, c.p_den, c.r_num, c.r_den), strict=True)]
    return tuple(totals)


def _doc(predicted: list[dict], gold: list[dict]) -> dict:
    score = score_templates({"d": predicted}, {"d": gold})
    return score.slots


# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("The U.S. Embassy", "us embassy"),
        ('the "santo tomas" presidential farm', "santo tomas presidential farm"),
        ("a  car-bomb", "carbomb"),
        ("An attack", "attack"),
        ("theater", "theater"),  # an article only as a whole word
        ("  FMLN  ", "fmln"),
    ],
)
def test_normalise(printed, normal):
    assert normalise(printed) == normal


# --- one document ----------------------------------------------------------------------------


def test_identical_templates_score_everything():
    gold = [_t("bombing", PerpInd=[["urban guerrillas"]], Target=[["power towers"]])]
    slots = _doc(gold, gold)
    assert _micro(slots) == (3, 3, 3, 3)
    assert slots["incident_type"].f1 == 1.0


def test_strings_are_compared_normalised():
    predicted = [_t(Target=[['The "Santo Tomas" farm']])]
    gold = [_t(Target=[["santo tomas farm"]])]
    assert _doc(predicted, gold)["Target"].p_num == 1


def test_incident_type_must_fit_for_a_pair_to_score():
    predicted = [_t("kidnapping", Victim=[["hector oqueli"]])]
    gold = [_t("attack", Victim=[["hector oqueli"]])]
    slots = _doc(predicted, gold)
    # no pair: every filler is spurious on one side and missed on the other
    assert _micro(slots) == (0, 2, 0, 2)
    assert slots["Victim"].precision == 0.0


def test_predicted_type_inside_a_joint_gold_type_fits():
    predicted = [_t("attack", Target=[["bus"]])]
    gold = [_t("bombing / attack", Target=[["bus"]])]
    assert _micro(_doc(predicted, gold)) == (2, 2, 2, 2)


def test_an_entity_fits_when_all_its_mentions_are_the_gold_entitys():
    gold = [_t(PerpOrg=[["farabundo marti national liberation front", "fmln"]])]
    acronym = _doc([_t(PerpOrg=[["fmln"]])], gold)["PerpOrg"]
    both = _doc([_t(PerpOrg=[["fmln", "farabundo marti national liberation front"]])], gold)
    one_wrong = _doc([_t(PerpOrg=[["fmln", "farc"]])], gold)["PerpOrg"]
    assert (acronym.p_num, acronym.r_num) == (1, 1)
    assert both["PerpOrg"].p_num == 1
    assert (one_wrong.p_num, one_wrong.p_den, one_wrong.r_num, one_wrong.r_den) == (0, 1, 0, 1)


def test_a_gold_entity_is_credited_once():
    gold = [_t(PerpInd=[["guerrillas", "urban guerrillas"]])]
    predicted = [_t(PerpInd=[["guerrillas"], ["urban guerrillas"]])]
    perp = _doc(predicted, gold)["PerpInd"]
    assert (perp.p_num, perp.p_den, perp.r_num, perp.r_den) == (1, 2, 1, 1)
    assert perp.precision == 0.5 and perp.recall == 1.0


def test_the_best_alignment_is_found_whatever_the_order():
    gold = [
        _t("attack", Victim=[["carlos julio torrado"]]),
        _t("attack", Target=[["electricity towers"]], Weapon=[["dynamite"]]),
    ]
    predicted = [
        _t("attack", Target=[["electricity towers"]], Weapon=[["dynamite"]]),
        _t("attack", Victim=[["carlos julio torrado"]]),
    ]
    assert _micro(_doc(predicted, gold)) == (5, 5, 5, 5)


def test_unaligned_templates_count_on_their_side():
    gold = [_t("kidnapping", Victim=[["gilda flores"]]), _t("arson", Target=[["houses"]])]
    predicted = [
        _t("kidnapping", Victim=[["gilda flores"]], PerpInd=[["heavily armed men"]]),
        _t("bombing", Weapon=[["bomb"]]),
    ]
    slots = _doc(predicted, gold)
    # kidnapping pair: type + victim right, one spurious PerpInd; bombing spurious (type +
    # weapon); arson missed (type + target)
    assert _micro(slots) == (2, 5, 2, 4)
    micro = score_templates({"d": predicted}, {"d": gold}).micro
    assert micro.precision == pytest.approx(2 / 5)
    assert micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_a_pair_that_scores_less_than_leaving_both_apart_is_not_taken():
    """Aligning can only add right slots, but a document is scored by its best micro-F1: a
    prediction is paired with the gold template it fits best, not the first one."""
    gold = [_t(Target=[["embassy"]]), _t(Target=[["bank"]], Weapon=[["bomb"]])]
    predicted = [_t(Target=[["bank"]], Weapon=[["bomb"]])]
    slots = _doc(predicted, gold)
    assert slots["Target"].p_num == 1 and slots["Weapon"].p_num == 1


def test_a_document_with_no_gold_template_only_costs_precision():
    slots = _doc([_t(PerpOrg=[["fmln"]])], [])
    assert _micro(slots) == (0, 2, 0, 0)


def test_a_document_with_no_prediction_only_costs_recall():
    score = score_templates({}, {"d": [_t(Victim=[["ellacuria"]])]})
    assert _micro(score.slots) == (0, 0, 0, 2)
    assert score.documents == 1


def test_many_templates_fall_back_to_a_greedy_alignment_quickly():
    gold = [_t(Target=[[f"tower {i}"]]) for i in range(12)]
    predicted = list(reversed(gold))
    started = time.perf_counter()
    counts = score_document([_normal(t) for t in predicted], [_normal(t) for t in gold])
    assert time.perf_counter() - started < 5
    assert _micro(counts) == (24, 24, 24, 24)


def _normal(template: dict) -> dict:
    from watchfloor.analyze.evaluate_muc4 import normalised_template

    return normalised_template(template)


def test_gold_templates_drop_offsets_empty_entities_and_repeats():
    row = {
        "templates": [
            {
                "incident_type": "attack",
                "PerpInd": [[["guerrillas", 37], ["guerrilla column", 349]], []],
                "PerpOrg": [],
                "Target": [[['"santo tomas" farm', 61]]],
                "Victim": [],
                "Weapon": [],
            },
            {
                "incident_type": "attack",
                "PerpInd": [[["guerrillas", 37], ["guerrilla column", 349]]],
                "PerpOrg": [],
                "Target": [[['"santo tomas" farm', 61]]],
                "Victim": [],
                "Weapon": [],
            },
        ]
    }
    [template] = gold_templates(row)
    assert template["PerpInd"] == [["guerrillas", "guerrilla column"]]
    assert template["Target"] == [['"santo tomas" farm']]


def test_figures_per_slot_and_micro():
    score = score_templates(
        {"a": [_t("bombing", Weapon=[["bomb"]])], "b": [_t(Victim=[["x y"]])]},
        {"a": [_t("bombing", Weapon=[["bomb"], ["dynamite"]])], "b": []},
    )
    figures = score.as_dict()
    assert set(figures["slots"]) == set(SLOTS)
    weapon = figures["slots"]["Weapon"]
    assert (weapon["precision"], weapon["recall"]) == (1.0, 0.5)
    assert figures["micro"]["right_predicted"] == 2
    assert figures["micro"]["predicted"] == 4
    assert figures["micro"]["gold"] == 3


def test_published_figures_name_their_source():
    figures = published_figures()
    assert {"GTT", "GRIT"} <= {f.system for f in figures}
    for f in figures:
        assert f.source and f.metric
        for value in (f.precision, f.recall, f.f1):
            assert value == "not checked" or 0 < float(value) <= 100


# --- the pipeline's templates ------------------------------------------------------------------


@pytest.mark.slow
def test_templates_from_a_lower_case_wire_report(analyse):
    text = (
        "urban guerrillas of the farabundo marti national liberation front (fmln) dynamited "
        "two power towers in the north of san salvador last night, an army spokesman said."
    )
    [template] = document_templates(analyse(text))
    assert template["incident_type"] == "bombing"
    assert template["PerpInd"] == [["urban guerrillas"]]
    assert template["PerpOrg"] == [["farabundo marti national liberation front", "fmln"]]
    assert template["Target"] == [["power towers"]]
    assert template["Victim"] == []


@pytest.mark.slow
def test_a_past_murder_the_article_is_about_gives_a_template(tmp_path, settings):
    """The key codes the murder an article on its inquiry recalls; the news records do not
    (``Settings.keep_past_attacks``, which the evaluation turns on)."""
    from watchfloor.analyze.evaluate_muc4 import evaluate_muc4

    text = "the judges went on strike after the assassination of magistrate luis ferraz."
    row = {"docid": "d1", "doctext": text, "templates": []}
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(row) + "\n")
    [template] = evaluate_muc4(path, settings).predicted["d1"]
    assert template["incident_type"] == "attack"
    assert template["Victim"] == [["luis ferraz"]]


@pytest.mark.slow
def test_a_news_record_of_the_same_text_holds_no_past_murder(analyse):
    text = "the judges went on strike after the assassination of magistrate luis ferraz."
    assert document_templates(analyse(text)) == []


def test_an_acronym_printed_before_its_name_is_one_entity():
    text = "guerrillas of the fmln (farabundo marti national liberation front) and the eln."
    mentions = ["fmln", "farabundo marti national liberation front", "eln"]
    assert _entities(mentions, text) == [
        ["farabundo marti national liberation front", "fmln"],
        ["eln"],
    ]


def _record(text: str, fields: list[tuple[str, str]], sentences: list[str]) -> Record:
    """An attack record over ``text`` whose evidence is ``sentences`` and whose fields are
    (field, words) pairs, each found at its first place in the text."""
    evidence = [Span(text.index(s), text.index(s) + len(s), s) for s in sentences]
    spans = [FieldSpan(f, text.index(w), text.index(w) + len(w), w) for f, w in fields]
    source = Source("doc", None, None, None, evidence, spans)
    data = {"type": "attack", "subtype": "armed_assault", "certainty": "reported"}
    return Record("event", "r1", [source], data)


def test_a_sentence_of_another_type_that_hits_nothing_joins_the_record_template():
    # rifles as well as bombs: an attack (with bombs alone it would be a bombing)
    first = "rebels attacked the town hall of perquin with rifles."
    second = "later they set off bombs in the hills."
    text = f"{first} {second}"
    fields = [
        ("type", "attacked"),
        ("perp_individual", "rebels"),
        ("target", "town hall"),
        ("weapon", "rifles"),
        ("type", "set off bombs"),
        ("weapon", "bombs"),
    ]
    [template] = record_templates(_record(text, fields, [first, second]), text)
    assert template["incident_type"] == "attack"
    assert template["Target"] == [["town hall"]]
    assert template["Weapon"] == [["rifles"], ["bombs"]]


def test_a_sentence_of_another_type_that_hits_something_is_an_incident_of_its_own():
    first = "rebels attacked the town hall of perquin."
    second = "later they burned down two buses."
    text = f"{first} {second}"
    fields = [
        ("type", "attacked"),
        ("perp_individual", "rebels"),
        ("target", "town hall"),
        ("type", "burned down"),
        ("target", "buses"),
    ]
    templates = record_templates(_record(text, fields, [first, second]), text)
    assert [t["incident_type"] for t in templates] == ["attack", "arson"]
    assert templates[1]["Target"] == [["buses"]]
    assert templates[1]["PerpInd"] == [["rebels"]]


def _record_of_type_told_by_another(text: str, sentences: list[str]) -> Record:
    """A bombing record whose own trigger ("explosives" as its weapon) names nothing hit,
    while its sentence's verb, an attack trigger, hits the embassy."""
    fields = [("type", "attacked"), ("perp_individual", "gunmen"), ("target", "embassy")]
    record = _record(text, fields, sentences)
    record.data["subtype"] = "bombing"
    return record


def test_a_bare_record_template_takes_the_words_of_its_one_other_incident():
    sentence = "gunmen attacked the embassy in lima tonight."
    record = _record_of_type_told_by_another(sentence, [sentence])
    [template] = record_templates(record, sentence)
    assert template["incident_type"] == "bombing"
    assert template["Target"] == [["embassy"]]
    assert template["PerpInd"] == [["gunmen"]]


def test_a_kidnapping_whose_hostages_go_unnamed_stays_an_incident_of_its_own():
    sentence = "gunmen attacked the embassy in lima tonight."
    record = _record_of_type_told_by_another(sentence, [sentence])
    record.data["subtype"] = "kidnapping"
    templates = record_templates(record, sentence)
    assert [t["incident_type"] for t in templates] == ["kidnapping", "attack"]
    assert templates[0]["Target"] == []


def test_a_record_template_with_words_of_its_own_keeps_its_other_incident_apart():
    first = "a bomb exploded at the agrarian bank."
    second = "gunmen attacked the embassy in lima tonight."
    text = f"{first} {second}"
    record = _record_of_type_told_by_another(text, [first, second])
    record.sources[0].fields += [
        FieldSpan("type", text.index("exploded"), text.index("exploded") + 8, "exploded"),
        FieldSpan(
            "target", text.index("agrarian bank"), text.index("agrarian bank") + 13, "agrarian bank"
        ),
    ]
    templates = record_templates(record, text)
    assert [t["incident_type"] for t in templates] == ["bombing", "attack"]
    assert [t["Target"] for t in templates] == [[["agrarian bank"]], [["embassy"]]]


def _bombing_record(text: str, sentences: list[str], targets: list[str]) -> Record:
    fields = [("type", "exploded"), ("weapon", "bomb")] + [("target", t) for t in targets]
    record = _record(text, fields, sentences)
    record.data["subtype"] = "bombing"
    # the second sentence's own trigger
    later = text.index("exploded", text.index(sentences[-1]))
    record.sources[0].fields.append(FieldSpan("type", later, later + 8, "exploded"))
    return record


def test_a_later_bombing_sentence_that_hits_another_thing_is_a_bombing_of_its_own():
    first = "a bomb exploded at the agrarian bank."
    second = "an hour later another bomb exploded at a telephone booth."
    text = f"{first} {second}"
    record = _bombing_record(text, [first, second], ["agrarian bank", "telephone booth"])
    templates = record_templates(record, text)
    assert [t["Target"] for t in templates] == [[["agrarian bank"]], [["telephone booth"]]]


def test_a_later_bombing_sentence_that_hits_nothing_joins_the_first():
    first = "a bomb exploded at the agrarian bank."
    second = "minutes later a second bomb exploded nearby."
    text = f"{first} {second}"
    [template] = record_templates(_bombing_record(text, [first, second], ["agrarian bank"]), text)
    assert template["Target"] == [["agrarian bank"]]


def test_a_later_attack_sentence_that_hits_another_thing_joins_the_first():
    first = "rebels attacked the town hall of perquin."
    second = "they also attacked the police post."
    text = f"{first} {second}"
    fields = [
        ("type", "attacked"),
        ("target", "town hall"),
        ("target", "police post"),
    ]
    record = _record(text, fields, [first, second])
    later = text.index("attacked", len(first))
    record.sources[0].fields.append(FieldSpan("type", later, later + 8, "attacked"))
    [template] = record_templates(record, text)
    assert template["Target"] == [["town hall"], ["police post"]]


def _victims(*names: str) -> dict:
    return _t("attack", Victim=[[n] for n in names])


def test_a_victim_by_a_shorter_name_is_one_incident_with_the_full_name():
    templates = [_victims("enrique lopez albujar")]
    _add_incident(templates, _victims("lopez albujar"))
    assert templates == [_victims("enrique lopez albujar")]


def test_a_template_naming_others_as_well_is_not_merged_by_a_shorter_name():
    templates = [_victims("enrique lopez albujar")]
    _add_incident(templates, _victims("lopez albujar", "maria ruiz"))
    assert len(templates) == 2


def test_a_victim_takes_the_fullest_name_the_documents_templates_give():
    templates = [_victims("carlos valencia"), _victims("carlos valencia garcia", "ana ruiz")]
    _victims_by_fullest_names(templates)
    assert templates[0]["Victim"] == [["carlos valencia garcia"]]


def test_a_surname_two_full_names_share_stays_as_printed():
    templates = [_victims("perez"), _victims("juan perez", "ana perez")]
    _victims_by_fullest_names(templates)
    assert templates[0]["Victim"] == [["perez"]]


def test_a_man_of_the_forces_hurt_by_name_is_a_victim_of_an_attack_on_more():
    sentence = "rebels attacked the town hall, wounding police officer mario perez lopez."
    fields = [
        ("type", "attacked"),
        ("target", "town hall"),
        ("target_forces", "police officer mario perez lopez"),
        ("forces_victim", "mario perez lopez"),
    ]
    record = _record(sentence, fields, [sentence])
    assert not only_against_armed_forces(record)
    [template] = record_templates(record, sentence)
    assert template["Victim"] == [["mario perez lopez"]]


def test_a_man_of_the_forces_hurt_by_name_alone_is_combat():
    sentence = "rebels ambushed a patrol, killing army sergeant pedro ramos vega."
    fields = [
        ("type", "ambushed"),
        ("target_forces", "army sergeant pedro ramos vega"),
        ("forces_victim", "pedro ramos vega"),
    ]
    assert only_against_armed_forces(_record(sentence, fields, [sentence]))


@pytest.mark.slow
def test_a_condemned_murder_gives_a_template_with_its_victim(analyse):
    text = (
        "the army condemned the murder of mayor juan carlos pereira committed by fmln "
        "(farabundo marti national liberation front) guerrillas yesterday."
    )
    [template] = document_templates(analyse(text))
    assert template["Victim"] == [["juan carlos pereira"]]
    assert ["fmln"] in template["PerpOrg"]


@pytest.mark.slow
def test_a_threatened_kidnapping_gives_a_template(analyse):
    text = (
        "the extraditables threatened today to kidnap senator luis perez gomez, a backer of "
        "extradition."
    )
    # the threat record (a call to attack by the group) becomes the threatened incident; one
    # set on a condition ("if the government extradites more colombians") is a demand, which
    # the news conventions leave uncoded (tests/extract/test_threats_release_calls.py)
    templates = document_templates(analyse(text))
    assert [t["incident_type"] for t in templates] == ["kidnapping"]
    [[victim]] = templates[0]["Victim"]
    assert victim.endswith("perez gomez")
    assert templates[0]["PerpOrg"] == [["the extraditables"]]


@pytest.mark.slow
def test_a_threat_by_someone_not_armed_gives_no_template(analyse):
    text = "the minister threatened today to arrest the mayor if the strike continues."
    assert document_templates(analyse(text)) == []


@pytest.mark.slow
def test_an_attack_that_did_not_happen_gives_no_template(analyse):
    text = "the guerrillas did not attack the bus near the border yesterday, the army said."
    assert document_templates(analyse(text)) == []


@pytest.mark.slow
def test_an_attack_on_soldiers_only_gives_no_template(analyse):
    text = "rebels ambushed an army patrol near the border yesterday, killing three soldiers."
    assert document_templates(analyse(text)) == []


# --- the command line ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not MUC4_DEV.is_file(), reason="../shared/data/muc4 is not present")
def test_cli_on_five_dev_documents(tmp_path):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    predictions = tmp_path / "predicted.json"
    result = CliRunner(mix_stderr=False).invoke(
        app,
        [
            "--db",
            str(tmp_path / "unused.db"),
            "eval",
            "muc4",
            str(MUC4_DEV),
            "--limit",
            "5",
            "--json",
            "--predictions",
            str(predictions),
        ],
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == 5
    assert set(figures["slots"]) == set(SLOTS)
    micro = figures["micro"]
    assert micro["gold"] == sum(s["gold"] for s in figures["slots"].values())
    assert 0 <= micro["right_predicted"] <= micro["predicted"]
    assert {p["system"] for p in figures["published"]} >= {"GTT", "GRIT"}

    written = json.loads(predictions.read_text(encoding="utf-8"))
    first_ids = [json.loads(line)["docid"] for line in MUC4_DEV.read_text().splitlines()[:5]]
    assert list(written) == first_ids
    for entry in written.values():
        for template in entry["pred_templates"]:
            assert isinstance(template["incident_type"], str)
            for role in ROLES:
                assert all(
                    isinstance(entity, list) and all(isinstance(m, str) for m in entity)
                    for entity in template[role]
                )


@pytest.mark.slow
@pytest.mark.skipif(not MUC4_DEV.is_file(), reason="../shared/data/muc4 is not present")
def test_cli_table(cli_runner, tmp_path):
    from watchfloor.cli import app

    result = cli_runner.invoke(
        app,
        ["--db", str(tmp_path / "unused.db"), "eval", "muc4", str(MUC4_DEV), "--limit", "2"],
        env={"COLUMNS": "250"},
    )
    assert result.exit_code == 0, result.output
    assert "micro" in result.output
    assert "GTT" in result.output and "not checked" in result.output


# --- one band of perpetrators, a weapon told twice ---------------------------------------------


def test_the_perpetrators_of_a_template_are_one_band_by_their_first_words():
    # "a band of hooded men ... the attackers ... the gunmen": one band
    told = [["band of hooded men"], ["attackers"], ["gunmen"]]
    assert _one_band_of_perpetrators(told) == [["band of hooded men"]]


def test_a_template_with_one_or_no_perpetrator_keeps_it():
    assert _one_band_of_perpetrators([["two youths"]]) == [["two youths"]]
    assert _one_band_of_perpetrators([]) == []


def test_a_weapon_told_again_by_its_head_word_is_one_by_its_fullest_words():
    # "a truck bomb went off ... the bomb had been left there"
    assert _weapons_once_by_head([["bomb"], ["truck bomb"]]) == [["truck bomb"]]
    # "two heavy bombs ... the bomb": singular and plural of one head
    assert _weapons_once_by_head([["two heavy bombs"], ["bomb"]]) == [["two heavy bombs"]]


def test_weapons_of_other_heads_stay_apart():
    # "a bomb and sticks of dynamite", "rifles and a grenade"
    assert _weapons_once_by_head([["bomb"], ["dynamite"]]) == [["bomb"], ["dynamite"]]
    assert _weapons_once_by_head([["rifles"], ["grenade"], ["gas"]]) == [
        ["rifles"],
        ["grenade"],
        ["gas"],
    ]


def test_a_weapon_told_twice_by_as_many_words_keeps_the_first():
    assert _weapons_once_by_head([["car bomb"], ["car bombs"]]) == [["car bomb"]]
