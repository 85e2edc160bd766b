"""Stage 1, sources: every reader on small files written here, and bad inputs that must become
``Skipped`` (with the file's name and a reason) instead of exceptions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from watchfloor.errors import ExitCode, InputNotFoundError
from watchfloor.models import RawArticle, Skipped
from watchfloor.sources import discover, read_paths
from watchfloor.sources.decode import DecodeError, decode_bytes
from watchfloor.sources.readers import reader_for

ARTICLE = (
    "Gunmen attack border post in the north\n\n"
    "Armed men attacked a border post early on Tuesday, killing three guards and wounding two "
    "others, a regional official said.\n\n"
    "The attackers arrived on motorbikes before dawn and withdrew into the forest."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Gunmen attack border post | Example News</title>
<meta property="og:title" content="Gunmen attack border post">
<meta property="article:published_time" content="2022-03-09T07:30:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.test/world/border-post">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news index</a></li></ul></nav>
<article>
<h1>Gunmen attack border post</h1>
<p>Armed men attacked a border post in the north of the country early on Tuesday, killing
three guards and wounding two others, a regional official said.</p>
<p>The attackers arrived on motorbikes before dawn and set fire to two vehicles before
withdrawing into the forest, according to the official, who asked not to be named.</p>
<p>No group has claimed the assault. Security in the area has worsened over the past year,
with several posts abandoned by their garrisons.</p>
</article>
<footer><p>Copyright Example News, all rights reserved</p></footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Desk</title><link>https://example.test/</link>
<item><title>Item one</title><link>https://example.test/1</link>
<pubDate>Tue, 04 Feb 2020 08:00:00 +0000</pubDate>
<description>&lt;p&gt;First paragraph of the first item.&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;bold&lt;/b&gt; paragraph.&lt;/p&gt;</description></item>
<item><title>Item two</title><pubDate>Wed, 05 Feb 2020 08:00:00 +0000</pubDate>
<description>Plain text body of item two.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2021-08-27T00:00:00Z</updated>
<entry><title>Entry one</title><id>urn:1</id><link href="https://example.test/a1"/>
<updated>2021-08-27T10:00:00Z</updated><published>2021-08-26T10:00:00Z</published>
<summary>Short summary only.</summary>
<content type="html">&lt;p&gt;Full body of entry one.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A listed point.&lt;/li&gt;&lt;/ul&gt;</content></entry>
<entry><title>Entry two</title><id>urn:2</id><updated>2021-08-28T09:00:00Z</updated>
<summary>Only a summary here.</summary></entry>
</feed>
"""


def _read(path: Path) -> list[RawArticle | Skipped]:
    return list(read_paths([path]))


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _assert_skipped(items, path: Path) -> Skipped:
    assert items, f"{path.name} gave nothing"
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert skipped, f"{path.name} was not skipped: {items}"
    for s in skipped:
        assert path.name in s.origin
        assert s.reason.strip()
    return skipped[0]


# --- good inputs --------------------------------------------------------------------------------


def test_txt_reader_keeps_text_and_gives_file_uri(tmp_path):
    path = _write(tmp_path, "border.txt", ARTICLE)
    [article] = _read(path)
    assert isinstance(article, RawArticle)
    assert article.text == ARTICLE
    assert article.fmt == "txt"
    assert article.origin == str(path)
    # spec: a local file without a URL gets its file: URI, so the name can be recovered
    assert article.url == path.resolve().as_uri()
    assert article.url.endswith("/border.txt")


def test_txt_reader_accepts_utf8_bom_and_utf16(tmp_path):
    text = "Élan: gunmen attacked a café in Ménaka overnight."
    bom = _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    utf16 = _write(tmp_path, "wide.txt", text.encode("utf-16"))
    assert [a.text for a in _read(bom)] == [text]
    assert [a.text for a in _read(utf16)] == [text]


def test_html_reader_extracts_article_and_metadata(tmp_path):
    path = _write(tmp_path, "page.html", HTML_PAGE)
    [article] = _read(path)
    assert isinstance(article, RawArticle)
    assert article.fmt == "html"
    assert "killing three guards" in article.text
    assert "withdrawing into the forest" in article.text
    # boilerplate stays out
    assert "World news index" not in article.text
    assert "all rights reserved" not in article.text
    assert article.title == "Gunmen attack border post"
    assert article.published == date(2022, 3, 9)
    assert article.url == "https://news.example.test/world/border-post"


def test_htm_extension_uses_the_html_reader(tmp_path):
    path = _write(tmp_path, "page.HTM", HTML_PAGE)
    [article] = _read(path)
    assert isinstance(article, RawArticle) and article.fmt == "html"


def test_html_without_article_text_is_skipped(tmp_path):
    path = _write(
        tmp_path, "nav_only.html", "<html><head><title>t</title></head><body></body></html>"
    )
    _assert_skipped(_read(path), path)


def test_jsonl_reader_reads_every_field(tmp_path):
    lines = [
        {
            "text": "First article about a raid in the city.",
            "url": "https://x.test/1",
            "title": "One",
            "published": "2021-06-07",
            "source": "Wire",
        },
        {"text": "Second article with no url or date."},
    ]
    path = _write(tmp_path, "wire.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    first, second = _read(path)
    assert (first.text, first.url, first.title, first.published, first.source, first.fmt) == (
        lines[0]["text"],
        "https://x.test/1",
        "One",
        date(2021, 6, 7),
        "Wire",
        "jsonl",
    )
    assert first.origin == f"{path}:1"
    assert second.text == lines[1]["text"]
    assert second.published is None and second.title is None
    # no url: the file's URI (with the line), so the file name can be recovered
    assert second.url.startswith(path.resolve().as_uri())


def test_jsonl_text_may_hold_a_raw_line_separator(tmp_path):
    # JSON allows U+2028 unescaped inside a string; it does not end the JSON line
    row = json.dumps({"text": "Headline\u2028KABUL — A patrol found rockets."}, ensure_ascii=False)
    path = _write(tmp_path, "wire.jsonl", row + "\n")
    [article] = _read(path)
    assert article.text == "Headline\u2028KABUL — A patrol found rockets."


def test_jsonl_bad_lines_are_skipped_and_good_lines_kept(tmp_path):
    content = "\n".join(
        [
            json.dumps({"text": "A good line before the broken ones."}),
            '{"text": "unterminated',
            json.dumps({"title": "a line without text"}),
            json.dumps({"text": "A line with a badly written date.", "published": "07/06/2021"}),
            "[1, 2, 3]",
            "",
            json.dumps({"text": "A good line after the broken ones."}),
        ]
    )
    path = _write(tmp_path, "mixed.jsonl", content)
    items = _read(path)
    good = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [g.text for g in good] == [
        "A good line before the broken ones.",
        "A good line after the broken ones.",
    ]
    assert [b.origin for b in bad] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert all(b.reason for b in bad)
    assert "JSON" in bad[0].reason
    assert "07/06/2021" in bad[2].reason


def test_rss_reader_reads_items_as_plain_text(tmp_path):
    path = _write(tmp_path, "desk.xml", RSS)
    one, two = _read(path)
    assert one.fmt == two.fmt == "feed"
    assert one.title == "Item one" and two.title == "Item two"
    assert one.published == date(2020, 2, 4) and two.published == date(2020, 2, 5)
    assert one.url == "https://example.test/1"
    assert one.source == "Test Desk"
    # HTML in the description becomes paragraphs of plain text
    assert "<" not in one.text
    assert "First paragraph of the first item." in one.text
    assert "Second bold paragraph." in one.text
    assert one.text.index("First") < one.text.index("Second")
    # an item without a link gets the file's URI plus its number
    assert two.url.startswith(path.resolve().as_uri())
    assert one.origin != two.origin and path.name in one.origin


def test_atom_reader_prefers_full_content_over_summary(tmp_path):
    path = _write(tmp_path, "updates.atom", ATOM)
    one, two = _read(path)
    assert one.text.startswith("Full body of entry one.")
    assert "A listed point." in one.text
    assert "Short summary" not in one.text
    assert one.published == date(2021, 8, 26)  # published wins over updated
    assert one.url == "https://example.test/a1"
    assert one.source == "Atom Desk"
    assert two.text == "Only a summary here."
    assert two.published == date(2021, 8, 28)  # no published: updated


@pytest.mark.parametrize("suffix", [".rss", ".atom", ".xml"])
def test_feed_extensions(tmp_path, suffix):
    path = _write(tmp_path, f"feed{suffix}", RSS)
    assert all(isinstance(i, RawArticle) for i in _read(path))


def test_published_override_applies_to_every_article(tmp_path):
    jsonl = _write(
        tmp_path,
        "dated.jsonl",
        json.dumps({"text": "Dated article text here.", "published": "2021-06-07"}),
    )
    txt = _write(tmp_path, "plain.txt", ARTICLE)
    feed = _write(tmp_path, "desk.rss", RSS)
    items = list(read_paths([jsonl, txt, feed], published=date(2020, 1, 5)))
    assert len(items) == 4
    assert {i.published for i in items} == {date(2020, 1, 5)}


# --- bad inputs ---------------------------------------------------------------------------------


def test_nul_byte_binary_is_skipped(tmp_path):
    path = _write(tmp_path, "garbage.txt", bytes(range(256)) * 4)
    skipped = _assert_skipped(_read(path), path)
    assert "binary" in skipped.reason.lower() or "NUL" in skipped.reason


def test_undecodable_bytes_without_nul_are_skipped(tmp_path):
    import random

    rng = random.Random(7)
    noise = bytes(rng.choice(range(0x80, 0x100)) for _ in range(600))
    path = _write(tmp_path, "noise.txt", noise)
    items = _read(path)
    # either it is refused, or whatever came out has no control characters
    for item in items:
        if isinstance(item, RawArticle):
            assert not any(ord(c) < 32 and c not in "\n\r\t\f" for c in item.text)
        else:
            assert path.name in item.origin and item.reason


def test_decode_bytes_raises_its_own_error_on_binary():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02\xff\xfe\x00garbage\x00")


LATIN1_CASES = [
    pytest.param(
        "Le préfet a déclaré que des hommes armés ont attaqué le poste de gendarmerie à Ménaka. "
        "Les élèves de l'école ont été évacués vers la mairie.\n",
        id="french",
    ),
    pytest.param(
        "Señor García said the attack near Peñarroya happened outside the café. "
        "His son Iñaki was unhurt.\n",
        id="spanish",
    ),
    pytest.param(
        "Café owners in Médéa said gunmen attacked the dépôt overnight, the préfecture "
        "reported. Residents described the scène as chaotic.\n",
        id="english-with-accents",
    ),
    pytest.param(
        "Die Polizei in München berichtete über einen Angriff. Die Täter flüchteten über die "
        "Straße.\n",
        id="german",
    ),
]


@pytest.mark.parametrize("text", LATIN1_CASES)
def test_latin1_text_decodes_to_the_same_characters(tmp_path, text):
    path = _write(tmp_path, "latin.txt", text.encode("latin-1"))
    [article] = _read(path)
    assert isinstance(article, RawArticle), article
    assert article.text == text


def test_broken_feed_is_skipped_with_its_name(tmp_path):
    path = _write(tmp_path, "broken.rss", "this is not a feed & <<< at all")
    skipped = _assert_skipped(_read(path), path)
    assert "feed" in skipped.reason.lower()


def test_feed_with_an_empty_item_skips_only_that_item(tmp_path):
    path = _write(tmp_path, "partial.xml", RSS.replace("Plain text body of item two.", ""))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "Skipped"]
    assert path.name in items[1].origin and items[1].reason


def test_sample_bad_feed_never_raises():
    from helpers import BAD

    path = BAD / "malformed_feed.xml"
    items = _read(path)
    assert items
    assert any(isinstance(i, Skipped) and path.name in i.origin for i in items)


def test_unsupported_extension_is_skipped(tmp_path):
    path = _write(tmp_path, "notes.docx", "some words in a file we cannot read")
    [skipped] = _read(path)
    assert isinstance(skipped, Skipped)
    assert path.name in skipped.origin
    assert ".docx" in skipped.reason


def test_file_that_vanished_is_skipped_not_raised(tmp_path):
    path = tmp_path / "gone.txt"
    skipped = _assert_skipped(_read(path), path)
    assert "cannot read" in skipped.reason


def test_missing_path_raises_input_not_found(tmp_path):
    missing = tmp_path / "nowhere" / "article.txt"
    with pytest.raises(InputNotFoundError) as info:
        discover([missing])
    assert str(missing) in str(info.value)
    assert info.value.exit_code == ExitCode.NO_INPUT


def test_empty_file_is_skipped_by_ingest_with_its_name(tmp_path, settings):
    """An empty file reads as an empty article, which ingest reports and skips."""
    from watchfloor.pipeline import ingest
    from watchfloor.store import Store

    empty = _write(tmp_path, "empty.txt", b"")
    blank = _write(tmp_path, "blank.txt", "  \n\n \t \n")
    store = Store(str(tmp_path / "t.db"))
    stats = ingest([empty, blank], store, settings)
    assert stats.stored == 0
    assert sorted(Path(s.origin).name for s in stats.skipped) == ["blank.txt", "empty.txt"]
    assert all(s.reason for s in stats.skipped)
    assert store.counts()["documents"] == 0


# --- discovery ------------------------------------------------------------------------------------


def test_discover_walks_folders_sorted_and_deduplicated(tmp_path):
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    files = [
        _write(tmp_path, "b.txt", ARTICLE),
        _write(tmp_path, "a.jsonl", json.dumps({"text": "x y z"})),
        _write(sub, "c.html", HTML_PAGE),
        _write(sub, "d.atom", ATOM),
    ]
    _write(tmp_path, "ignored.docx", "not read")
    _write(sub, "README", "no suffix")
    found = discover([tmp_path, files[0], tmp_path / "nested"])
    assert sorted(found) == sorted(f.resolve() for f in files)
    assert len(found) == len(set(found))
    # an explicit file of an unsupported type is kept, so it can be reported as skipped
    docx = tmp_path / "ignored.docx"
    assert discover([docx]) == [docx.resolve()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "read_txt"),
        ("a.TEXT", "read_txt"),
        ("a.html", "read_html"),
        ("a.htm", "read_html"),
        ("a.jsonl", "read_jsonl"),
        ("a.xml", "read_feed"),
        ("a.rss", "read_feed"),
        ("a.atom", "read_feed"),
        ("a.pdf", None),
        ("a", None),
    ],
)
def test_reader_for(name, expected):
    reader = reader_for(Path(name))
    assert (reader.__name__ if reader else None) == expected
