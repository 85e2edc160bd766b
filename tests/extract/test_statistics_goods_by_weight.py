"""Goods counted by their weight (``extract.statistics``): "1.8 tonnes of cocaine seized" is a
statistic, its decimals kept, and a sum the goods are "worth" is their value. A weight of bombs
dropped or of explosives packed into a vehicle stays an incident's detail, and a decimal figure
keeps its decimals. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2022, 4, 7)), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Ecuador's navy has seized 2.4 tonnes of cocaine from a fishing boat off the "
            "Galapagos islands, it said on Tuesday.",
            2.4,
            "tonnes of cocaine seized",
        ),
        (
            "Customs officers found 3,600 kilograms of cannabis resin in a lorry at the port of "
            "Algeciras, the ministry said.",
            3600,
            "kilograms of cannabis resin",
        ),
        (
            "In March alone, the coast guard seized more than 7.5 tonnes of the cartel's "
            "cocaine, officials said.",
            7.5,
            "tonnes of cocaine seized",
        ),
        (
            "Police in Guayaquil seized 900 kilograms of fentanyl pills hidden in banana crates, "
            "the interior minister said.",
            900,
            "kilograms of fentanyl pills seized",
        ),
        (
            "A panel of U.N. experts said the militia was sending about 80 tonnes of "
            "cassiterite a month across the border.",
            80,
            "tonnes of cassiterite sent per month",
        ),
    ],
)
def test_goods_weighed_are_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The crew escaped, leaving behind the boat, an outboard motor and 60 bales of "
            "cocaine worth about $45 million, the navy said.",
            45_000_000,
            "value of cocaine left",
        ),
        (
            "The tablets, worth more than 300 million euros on the street, were hidden in "
            "rolls of paper, police said.",
            300_000_000,
            "value of tablets",
        ),
    ],
)
def test_a_sum_goods_are_worth_is_their_value(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "On Sunday, bombers dropped about 40 tons of bombs on an island in the river, the "
            "coalition said.",
            40,
        ),
        (
            "The bomber drove a truck packed with 500 kilograms of explosives into the gate of "
            "the base on Monday.",
            500,
        ),
        ("The armoured vehicle, which weighs 14 tonnes, was hit by a mine.", 14),
        ("The commander drove a car worth $30,000, residents said.", 30_000),
    ],
)
def test_other_weights_and_worths_are_not_counted(analyse, text, value):
    assert value not in _measures(analyse, text)


def test_a_share_printed_with_decimals_keeps_them(analyse):
    text = (
        "Brokers say cover for one voyage through the strait now costs between 0.5 and 0.8 "
        "percent of a ship's value."
    )
    statistics = records_of(analyse(text, date(2024, 3, 1)), kind="statistic")
    assert [(s["value"]["min"], s["value"]["max"]) for s in statistics] == [(0.5, 0.8)]
