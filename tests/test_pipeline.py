"""The pipeline keeps going past one article it cannot analyse: that article is reported with
its name and the reason, carries no records, and the others are
analysed as usual. The failing article here is a document whose publication date is
not a date, as a caller of the library might build by mistake."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

pytestmark = pytest.mark.slow

GOOD = (
    "KABUL, Afghanistan, March 14, 2024 — Police arrested five men in Kabul on Tuesday over a "
    "bombing at a mosque, officials said."
)


def test_an_article_that_cannot_be_analysed_is_reported_and_the_rest_go_on(
    settings, make_document, caplog
):
    from watchfloor.pipeline import process_documents

    good = make_document(GOOD, date(2024, 3, 14), origin="good.txt")
    broken = replace(
        make_document(GOOD.replace("five", "six"), date(2024, 3, 14), origin="broken.txt"),
        published="the fourteenth of March",
        posts=[],
    )
    with caplog.at_level("ERROR", logger="watchfloor"):
        results = process_documents([broken, good], settings)
    failed, analysed = results
    assert failed.failure is not None and "please report" in failed.failure
    assert failed.records == []
    assert "broken.txt" in caplog.text
    assert analysed.failure is None
    assert "arrest" in {r.data["type"] for r in analysed.records if r.kind == "event"}

