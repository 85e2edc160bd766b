"""The figures of a war economy (``extract.statistics``): a weight or volume of what mines,
farms and smugglers yield is a count of those goods ("1.5 million tonnes of coal a year",
"1,300 tonnes of wheat seed", "300,000 litres of smuggled fuel a month"; ``weighed_goods`` and
``weights`` in ``data/statistics.toml``), while a weight that sizes a thing is no count ("a
500-kg bomb"); a sum a verb of buying or selling ties to a unit of goods is their price ("pay
about $25 for a kilogram of coltan ore" → price of coltan ore per kilogram; "A gram of gold
fetches about $30"; "Gold traded above $3,300 an ounce"), but a sum paid for a thing is still a
payment. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 10, 14)
LEAD = "Gunmen killed 21 miners at the coal field on Friday. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The field yields about 1.5 million tonnes of coal a year, according to the mine "
            "owners' association.",
            1500000,
            "tonnes of coal",
        ),
        (
            "The fighters have looted about 1,300 tonnes of wheat seed since they took the town.",
            1300,
            "tonnes of wheat seed looted",
        ),
        (
            "The Frontier Corps says it seized an average of more than 300,000 litres of smuggled "
            "fuel a month last year.",
            300000,
            "litres of fuel seized",
        ),
        # land and volume keep what their "of" names too (``extents``)
        (
            "The province had some 31,000 hectares of poppy last year, the U.N. said.",
            31000,
            "hectares of poppy",
        ),
        (
            "Officials say about 60,000 barrels of diesel a day are smuggled across the river.",
            60000,
            "barrels of diesel",
        ),
    ],
)
def test_a_weight_of_goods_is_their_count(analyse, text, value, measure):
    assert _measures(analyse, text).get(value, "").startswith(measure)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Traders in the town pay about $25 for a kilogram of coltan ore.",
            25,
            "price of coltan ore per kilogram",
        ),
        (
            "A gram of gold fetches about $30 in the town's buying shops.",
            30,
            "price of gold per gram",
        ),
        (
            "Gold traded above $3,300 an ounce last month, and the gangs fight over every vein.",
            3300,
            "price of gold per ounce",
        ),
        (
            "Traders at the mine gates now pay as much as $1,000 a tonne for lithium-bearing ore.",
            1000,
            "price of ore per tonne",
        ),
    ],
)
def test_a_sum_for_a_unit_of_goods_is_their_price(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_sum_paid_for_a_thing_is_a_payment(analyse):
    measures = _measures(analyse, "The group paid $2 million for the weapons, officials said.")
    assert measures.get(2000000) == "payments"


def test_a_weight_that_sizes_a_thing_is_no_count(analyse):
    measures = _measures(analyse, "The attackers used a 500-kg bomb hidden in a coal truck.")
    assert 500 not in measures


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Owners say armed groups demand up to 300 rupees, or about $1, for every tonne that "
            "leaves the mines.",
            1,
            "fee per tonne",
        ),
        (
            "The group charges $10 for every camel sold at the livestock market, elders said.",
            10,
            "fee per camel",
        ),
        # a sum demanded for each of some people is still the ransom
        (
            "The group had demanded 300 million pesos, about $6.4 million, for each foreigner.",
            6400000,
            "ransom demanded",
        ),
    ],
)
def test_a_sum_levied_on_every_unit_is_a_fee_per_unit(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_figure_compared_with_the_one_before_is_named_as_fully(analyse):
    text = (
        "The centre counted at least 1,534 deaths from militant violence in the first nine "
        "months of 2024, compared with 1,523 in the whole of 2023."
    )
    assert _measures(analyse, text).get(1523) == "deaths from militant violence"


def test_goods_a_verb_moved_are_valued_by_the_worth_told_after(analyse):
    text = (
        "China imported about 41,700 tonnes of rare earth compounds from Myanmar last year, "
        "worth about $1.4 billion, according to Chinese customs data."
    )
    measures = _measures(analyse, text)
    assert measures.get(1400000000) == "value of rare earth compounds"
    assert measures.get(41700, "").startswith("tonnes of rare earth compounds")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The district produces roughly a tenth of Peru's gold, according to the institute.",
            10,
            "share of peru's gold",
        ),
        (
            "Traders say the town handles nearly half of Thailand's overland trade with Myanmar.",
            50,
            "share of thailand's overland trade",
        ),
        # no place owns the whole
        (
            "About a third of the country's schools are closed, the ministry says.",
            33,
            "share of schools closed",
        ),
    ],
)
def test_a_share_keeps_the_place_that_owns_its_whole(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
