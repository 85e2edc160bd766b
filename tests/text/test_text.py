"""Stage 2, text: normalisation, content ids, titles, datelines and multi-post pages."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.models import RawArticle
from watchfloor.text import EmptyArticleError, content_id, normalise_text, to_document
from watchfloor.text.datelines import find_datelines, parse_full_date


def _doc(text: str, **kwargs):
    kwargs.setdefault("origin", "memory.txt")
    return to_document(RawArticle(text=text, **kwargs))


# --- normalise_text -------------------------------------------------------------------------------


def test_normalise_line_endings_spaces_and_controls():
    raw = "  Title\r\nLine one\u00a0with nbsp \t \rLine\u200btwo\x00\x07\n\n\n\n\nLast  "
    text = normalise_text(raw)
    assert "\r" not in text
    assert "\u00a0" not in text and "\u200b" not in text
    assert "\x00" not in text and "\x07" not in text
    assert "\n\n\n" not in text
    assert text == "Title\nLine one with nbsp\nLinetwo\n\nLast"


def test_normalise_composes_unicode():
    decomposed = "Saint-E\u0301tienne"
    assert normalise_text(decomposed) == "Saint-\u00c9tienne"


def test_normalise_is_idempotent():
    raw = "Head\r\n\r\n\r\nBody \u00a0text.\t\n\n\n\nEnd"
    once = normalise_text(raw)
    assert normalise_text(once) == once


# --- content_id -----------------------------------------------------------------------------------


def test_content_id_ignores_whitespace_differences():
    a = "Gunmen attacked a post on Tuesday.\n\nThree guards were killed."
    b = "  Gunmen  attacked a post\ton Tuesday.\n Three guards were\nkilled.  "
    assert content_id(a) == content_id(b)
    assert len(content_id(a)) == 16
    int(content_id(a), 16)  # hexadecimal


def test_content_id_changes_with_the_words():
    assert content_id("Three guards were killed.") != content_id("Four guards were killed.")


def test_document_id_is_stable_across_line_ending_styles():
    unix = "Title line\n\nBody of the article goes here."
    windows = unix.replace("\n", "\r\n")
    assert _doc(unix).id == _doc(windows).id


# --- to_document ----------------------------------------------------------------------------------


def test_title_from_first_line_when_source_has_none():
    doc = _doc("Militants raid village in the north\n\nMilitants raided a village at dawn.")
    assert doc.title == "Militants raid village in the north"


def test_source_title_wins_over_first_line():
    doc = _doc("First line here\n\nBody text of the article.", title="  Feed title  ")
    assert doc.title == "Feed title"


def test_overlong_first_line_is_not_a_title():
    doc = _doc("word " * 60 + "\n\nSecond paragraph.")
    assert doc.title is None


def test_metadata_is_carried_over():
    doc = _doc(
        "Some words of an article.",
        url="https://x.test/a",
        source="Wire",
        fmt="jsonl",
        origin="wire.jsonl:3",
        published=date(2021, 6, 7),
    )
    assert (doc.url, doc.source, doc.fmt, doc.origin, doc.published) == (
        "https://x.test/a",
        "Wire",
        "jsonl",
        "wire.jsonl:3",
        date(2021, 6, 7),
    )
    assert doc.text == "Some words of an article."
    assert doc.id == content_id(doc.text)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("BAGHDAD, Wednesday, January 29, 2020 — Gunmen attacked a checkpoint.", date(2020, 1, 29)),
        ("July 14, 2017", date(2017, 7, 14)),
        ("DUBAI, Jan. 5, 2024 — Two blasts struck a crowd.", date(2024, 1, 5)),
        ("BAMAKO, 16 February 2023 — Soldiers were ambushed.", date(2023, 2, 16)),
        ("Posted 2019-01-28 | Updated later", date(2019, 1, 28)),
    ],
)
def test_published_from_dateline(dateline, expected):
    doc = _doc(f"A headline for the story\n\n{dateline}\n\nThe body of the story follows here.")
    assert doc.published == expected


def test_source_date_wins_over_dateline():
    doc = _doc("Headline\n\nJuly 14, 2017\n\nBody text here.", published=date(2017, 7, 15))
    assert doc.published == date(2017, 7, 15)


def test_date_inside_a_sentence_is_not_a_dateline():
    doc = _doc("Headline of it\n\nThe assault happened on January 5, 2020 in the town.")
    assert doc.published is None


@pytest.mark.parametrize(
    "opening",
    ["On the evening of July 26, 2008,", "In the early hours of July 26, 2008,"],
)
def test_a_short_paragraph_opening_with_the_day_it_tells_heads_no_post(opening):
    """ "On the evening of July 26, 2008, bombs went off": a date the prose tells, not one that
    heads a post, however short its paragraph."""
    text = (
        "KABUL, March 4, 2021 — A court sentenced 30 men on Thursday.\n\n"
        f"{opening} bombs went off in markets and on buses. Fifty-six people were killed."
    )
    doc = _doc(text)
    assert doc.posts == []
    assert doc.anchor_for(doc.text.index("Fifty-six")) == date(2021, 3, 4)


def test_dateline_far_into_the_text_is_not_the_publication_date():
    filler = "\n\n".join(["An opening paragraph with no dates in it at all."] * 15)
    doc = _doc(f"Headline\n\n{filler}\n\nMarch 3, 2019\n\nMore text.")
    assert doc.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year from a release number above a dateline that has none
        (
            "2014-03-S-011\nFor Immediate Release\n\nKABUL, Afghanistan (March 9) — A patrol "
            "found a cache of rockets today.",
            date(2014, 3, 9),
        ),
        # from a dated title above
        (
            "Operations update, Oct. 3, 2013\nKABUL, Afghanistan (Oct. 3)\nA patrol detained "
            "two men.",
            date(2013, 10, 3),
        ),
        # a dated heading whose release number sits just below it
        (
            "May 15: Operations in Three Provinces\nJoint Command\n2009-05-CA-077\nA patrol "
            "detained two men in the district.",
            date(2009, 5, 15),
        ),
        # a full stop typed for the comma
        ("KABUL, Afghanistan (Nov. 1. 2012)\nA patrol detained two men.", date(2012, 11, 1)),
    ],
)
def test_dateline_without_a_year_takes_the_heading_year(text, expected):
    assert _doc(text).published == expected


def test_dateline_without_a_year_and_none_above_gives_no_date():
    doc = _doc("KABUL, Afghanistan (March 9) — A patrol found a cache of rockets today.")
    assert doc.published is None


def test_a_bare_year_above_does_not_date_a_yearless_dateline():
    doc = _doc("Seized: 1998 rifles\nKABUL, Afghanistan (March 9) — A patrol found rockets.")
    assert doc.published is None


def test_line_and_paragraph_separators_break_lines():
    assert normalise_text("Headline\u2028BAGHDAD — Text\u2029More text") == (
        "Headline\nBAGHDAD — Text\n\nMore text"
    )


def test_no_dateline_no_date():
    doc = _doc("Headline\n\nGunmen attacked a village on Tuesday night.")
    assert doc.published is None
    assert doc.posts == []


LIVE_BLOG = (
    "Live: the latest from the region\n\n"
    "Our reporters' updates, newest at the bottom.\n\n"
    "Update — March 2, 2021\n\n"
    "Gunmen shot dead two guards on Tuesday.\n\n"
    "KABUL, March 4, 2021 —\n\n"
    "A bomb exploded on Thursday morning.\n\n"
    "Update — March 5, 2021\n\n"
    "Fighters ambushed a patrol late on Thursday."
)


def test_multi_post_page_is_split_into_posts_with_their_own_dates():
    doc = _doc(LIVE_BLOG)
    assert [p.published for p in doc.posts] == [
        date(2021, 3, 2),
        date(2021, 3, 4),
        date(2021, 3, 5),
    ]
    # posts tile the whole text, in order, without gaps or overlaps
    assert doc.posts[0].start == 0
    assert doc.posts[-1].end == len(doc.text)
    for before, after in zip(doc.posts, doc.posts[1:], strict=False):
        assert before.end == after.start
    # each post starts at its own dateline line and holds its own story
    assert doc.text[doc.posts[1].start :].startswith("KABUL, March 4, 2021")
    assert "bomb exploded" in doc.text[doc.posts[1].start : doc.posts[1].end]
    assert "ambushed" in doc.text[doc.posts[2].start : doc.posts[2].end]
    assert [p.dateline for p in doc.posts] == ["March 2, 2021", "March 4, 2021", "March 5, 2021"]
    # the page's own date is the first post's
    assert doc.published == date(2021, 3, 2)


def test_anchor_for_uses_the_post_of_an_offset():
    doc = _doc(LIVE_BLOG)
    assert doc.anchor_for(doc.text.index("shot dead")) == date(2021, 3, 2)
    assert doc.anchor_for(doc.text.index("bomb exploded")) == date(2021, 3, 4)
    assert doc.anchor_for(doc.text.index("ambushed")) == date(2021, 3, 5)
    assert doc.anchor_for(0) == date(2021, 3, 2)


def test_single_dateline_gives_no_posts():
    doc = _doc("Headline\n\nKABUL, March 4, 2021 — A bomb exploded on Thursday.")
    assert doc.posts == []
    assert doc.anchor_for(10) == doc.published == date(2021, 3, 4)


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", "two words", "\x00\x01 \x02"])
def test_empty_article_error(text):
    with pytest.raises(EmptyArticleError) as info:
        _doc(text, origin="feed.xml#4")
    assert "feed.xml#4" in str(info.value)


def test_long_article_is_cut_at_max_chars():
    doc = to_document(RawArticle(text="word " * 1000, origin="long.txt"), max_chars=500)
    assert len(doc.text) <= 500


# --- datelines ------------------------------------------------------------------------------------


def test_parse_full_date_forms():
    assert parse_full_date("on Sept. 3rd, 2019 at noon") == date(2019, 9, 3)
    assert parse_full_date("21st March 2021") == date(2021, 3, 21)
    assert parse_full_date("February 30, 2020") is None
    assert parse_full_date("March 2021") is None


def test_find_datelines_offsets_point_at_the_date():
    text = "Headline\n\nDUBAI, Jan. 5, 2024 — Body."
    [line] = find_datelines(text)
    assert text[line.start : line.end] == line.text == "Jan. 5, 2024"
    assert line.line_offset == text.index("DUBAI")
    assert line.is_line_start
