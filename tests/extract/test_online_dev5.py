"""Online actions missed on records_dev5 (``extract.online``): copies of a video removed from
a named platform; a takedown and a hijack told in one sentence; a move to the Session app,
told of the movers' own clause."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 5, 20)  # a Thursday


def _actions(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "online_action"
    ]


def test_copies_removed_from_a_platform_are_a_takedown(analyse):
    text = "YouTube said on Wednesday that it had deleted three copies of the militants' video."
    [action] = _actions(analyse, text)
    assert action["subtype"] == "takedown"


def test_copies_of_a_document_are_no_takedown(analyse):
    text = "Police said on Wednesday that they had removed three copies of the ledger."
    assert _actions(analyse, text) == []


def test_a_takedown_and_a_hijack_in_one_sentence_are_two_actions(analyse):
    text = (
        "Meta said on Tuesday that it had removed dozens of pages run by al-Shabaab supporters "
        "on Facebook, and a Mogadishu newspaper said its Facebook account had been hijacked "
        "on Tuesday by accounts that posted the group's claim."
    )
    assert sorted(a["subtype"] for a in _actions(analyse, text)) == ["account_hijack", "takedown"]


def test_supporters_moving_to_the_session_app_is_a_migration(analyse):
    text = (
        "Telegram deleted scores of Islamic State channels this week, and some supporters had "
        "begun moving their channels to the encrypted app Session."
    )
    moves = [a for a in _actions(analyse, text) if a["subtype"] == "platform_migration"]
    assert len(moves) == 1
    assert "Session" in [a["canonical"] or a["name"] for a in moves[0]["actors"]]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers moved the debate on the Telegram ban to the next session of parliament.",
        "Some users had begun moving their chats to the encrypted app Session.",
    ],
)
def test_no_migration_for_a_session_of_parliament_or_users_at_large(analyse, text):
    assert [a for a in _actions(analyse, text) if a["subtype"] == "platform_migration"] == []
