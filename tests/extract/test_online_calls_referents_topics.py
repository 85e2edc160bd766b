"""Online actions (``extract.online``): a group's channels calling their audience over to a
named platform; a move dated by the takedown it follows; a takedown whose object is a pronoun
for things named earlier in the sentence; the act as the topic of a judgement; dotted platform
names kept whole by the tokenizer."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 14)  # a Friday


def _actions(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "online_action"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, Islamic State channels told their subscribers to move to Rocket.Chat after "
        "the crackdown, researchers said.",
        "Al-Shabaab's media office on Friday called on supporters to migrate to Element and "
        "Threema.",
        "Pro-IS channels on Telegram spent Monday urging readers to switch to a mirror site and "
        "to SimpleX Chat, a private messenger.",
    ],
)
def test_a_groups_call_to_its_audience_to_move_is_a_migration(analyse, text):
    [action] = _actions(analyse, text)
    assert action["subtype"] == "platform_migration"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry urged citizens to switch to Signal, a messaging app, on Tuesday.",
        "The group's channels will urge followers to move to TamTam if Telegram bans them, "
        "analysts said.",
        "Analysts urged platforms to move faster against the group's channels.",
    ],
)
def test_calls_by_others_or_to_come_are_no_migration(analyse, text):
    assert [a for a in _actions(analyse, text) if a["subtype"] == "platform_migration"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Pro-IS admins moved the group's archive to Odysee on Tuesday, according to monitors.",
        "The outlet's translators relocated their chat groups to the encrypted app Element last "
        "week.",
        "Supporters shifted the newsletter to servers running Rocket.Chat and to the "
        "decentralised platform Element on Wednesday.",
    ],
)
def test_moves_by_a_groups_own_people_to_newer_platforms(analyse, text):
    [action] = _actions(analyse, text)
    assert action["subtype"] == "platform_migration"


def test_publishers_of_no_group_moving_is_no_migration(analyse):
    assert (
        _actions(analyse, "News publishers moved their video archives to YouTube last week.") == []
    )


def test_a_move_since_the_removals_takes_the_takedowns_date(analyse):
    text = (
        "YouTube deleted the group's channel on June 3, a spokesman said. After the ban, "
        "al-Shabaab supporters shifted the videos to BitChute, according to analysts."
    )
    [move] = [a for a in _actions(analyse, text) if a["subtype"] == "platform_migration"]
    assert move["date"]["start"] == "2024-06-03"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they had flagged 500 accounts to the platforms, and that YouTube had "
        "taken down nearly all of them by Friday.",
        "The videos circulated widely on Facebook on Sunday before Meta removed them.",
        "TikTok said on Monday it had deleted dozens of clips glorifying the massacre.",
    ],
)
def test_takedowns_of_things_named_by_pronoun_or_as_clips(analyse, text):
    [action] = _actions(analyse, text)
    assert action["subtype"] == "takedown"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Tuesday it had asked Telegram to take down the group's channels.",
        "Police removed the footage from a shop's security camera.",
        "TikTok said on Monday it had removed most of them, police said.",
    ],
)
def test_requests_offline_footage_and_bare_pronouns_are_no_takedown(analyse, text):
    assert _actions(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Taking the group off Facebook is simple and keeping it off is very hard," said a '
        "researcher at a policy lab.",
        "Banning the group's Telegram channels was the easy part, the official said.",
    ],
)
def test_the_act_as_the_topic_of_a_judgement_is_no_event(analyse, text):
    assert _actions(analyse, text) == []


def test_the_act_as_subject_of_a_told_clause_is_an_event(analyse):
    text = "Facebook said on Monday that removing the Taliban's pages had taken two days."
    [action] = _actions(analyse, text)
    assert action["subtype"] == "takedown"


def test_dotted_platform_names_stay_one_word(nlp):
    doc = nlp("Supporters moved to TamTam and Rocket.Chat. Then the channels went quiet.")
    assert "Rocket.Chat" in [t.text for t in doc]
    assert len(list(doc.sents)) == 2
