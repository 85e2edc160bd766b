"""Numbers a report states about the conflict (statistic records).

A statistic is an aggregate figure: the strength of a group ("between 20,000 and 31,500
fighters"), a count of acts over a period ("1,112 martyrdom operations in 2016"), people killed,
taken or displaced over a period or in total ("more than 230 people have been killed since
January 2015"), arrests in a year, releases published, channels removed, weapons seized, a share
("nearly 40 percent of the attacks", "nearly three-fourths of them"), a rate ("93 suicide
bombings per month"), money ("$2 million a month", "losses exceeding $180 million", "offered up
to $5 million for information": a reward offered, whatever it pays for), people held or escaped
("of the 620 prisoners, 430 got away"). Each becomes
a ``StatisticMention`` with:

- ``measure``: what is counted, short and head-based, lower case: the counted noun with its
  nearest telling modifier and what happened to it ("fighters killed", "suicide bombings
  claimed", "channels removed", "share of attacks", "percent change in suicide attacks");
  printed synonyms are folded ("martyrdom operations" -> "suicide bombings", ``data/
  statistics.toml``);
- ``value``: "between A and B" -> A/B; "more than N" -> N/null; "nearly N", "up to N" -> null/N
  (short of N by an amount nobody states); "about N" -> N/N with ``details["approximate"]``;
  "dozens", "hundreds of", "tens of thousands" are read (a floor, ``extract.numbers``) but give
  no statistic: no figure is stated; "half a million" is a figure; a share
  of a stated total is a percentage ("nearly three-fourths of" 527 -> null/75, measure
  "share of ...", with ``details["fraction"]``, ``["of"]`` and ``["subset"]``);
- ``period``: the time expression governing the number ("in 2016", "since October", "through
  the first six months of 2017", "so far in 2017" -> up to the publication date); "by December
  2016" is the month a running total is counted up to (``details["running_total"]``);
- ``place``: the places named with the number ("in Iraq and Syria");
- ``actor``: the group the number is about (a group named in its clause, or the one "the
  organization" refers back to);
- ``attributed_to``: who states it ("according to EUROPOL", "the Pentagon reportedly estimated",
  "..., officials said"), never the article's author;
- ``details``: ``unit`` ("percent" or a currency code), ``per`` and ``average`` for rates.

Units in another clause are followed: "Of the 5,600 foreign fighters, about 1,200 have
returned", "1,112 attacks in 2016 ... nearly three-fourths of them" (which also takes the
first clause's period and place), "70 raids a month in 2019 and 64 a month",
"arrests decreased from 141 in 2015 to 77", "the number of civilians killed stood at 33",
"676 incidents, of which 70 were recorded in 2011", "killed 2 civilians and injured 11 others".
In a paragraph of figures (a statistic in one of the sentences just before), a count is read
as one more of them. A figure a group "has", "fields" or "commands" without a noun counts what
the strength figure just before it counted ("Los Lobos has 8,000 members, and Los Choneros has
10,000"). A share says which part of its whole it is: "lost 45 percent of the territory" ->
"share of territory lost", "half of all deaths linked to militant groups", "60 percent of the
attacks took place in Balochistan" -> "share of attacks in balochistan". Fighters a release
shows pledging are "fighters shown pledging" (or "renewing oath"), the one figure it gives of
a branch's strength; people detained are "detained", not arrests.

Refused: the toll of the single incident an article tells ("the blast killed 12 people": the
event extractors record it), so a count of people killed, wounded, taken or displaced needs a
period or a total ("this year", "since 2009", "in such attacks", "so far"), a conflict as its
doer ("the insurgency has killed"), a source's data, or the paragraph of figures it is in, and
no incident told with it ("the attack on Thursday", "a supporter killed", "the attack in which";
but the toll of an incident dated more than a year before the report, recalled in passing, is
kept with ``details["borderline"]``: no event record holds it); accounts, channels and posts
are counted whatever day they were taken down or hijacked (no event has a field for them);
a few acts, fighters or weapons need such a cue too ("two attacks on Monday" is an incident),
and people counted for nothing ("hundreds of residents gathered") are no statistic. Never
statistics: dates, years, ages, clock times, durations, lengths and weights, ordinals,
reference numbers ("Flight 752", "Resolution 2254"), "those two countries", the attackers of
one raid, sums of money that are no revenue, cost, loss, ransom or the like, and any number in
a question, a condition, a negated clause, a plan, wish, threat or guess ("will kill 1,000",
"plans to send 3,000 troops", "attacks could force thousands more from their homes"; "could
muster 30,000 fighters" is an estimate). A number of historical interest is still a statistic
("54 suicide attacks in all of 2001"): certainty does not apply to statistics.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise, takewhile

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.dating import counted_after, names_a_weekly_rite
from watchfloor.extract.lexicon import alternation, attack_lexicon
from watchfloor.extract.media import media_lexicon, names_a_groups_outlet
from watchfloor.extract.numbers import parse_quantity
from watchfloor.extract.setting import a_month_before_last
from watchfloor.extract.syntax import doc_text, in_an_opening_with
from watchfloor.geo import gazetteer
from watchfloor.models import DateSpan, FieldSpan, Quantity, Span, StatisticMention
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.text.numbers import NUMBER_WORDS
from watchfloor.time.find import is_period

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''", "(", ")", "[", "]"})
_NP_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "HYPH", "NFP"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})
# children that open a clause of their own: what they say is not the number's clause
_CLAUSE_DEPS = frozenset(
    {"advcl", "relcl", "ccomp", "parataxis", "conj", "csubj", "xcomp", "appos"}
)
# words joining a figure to the one before it whose unit it shares ("93 ... and 88", "12 with
# 10 in Akakhel", "two in 2017 as compared to 185 in 2012")
_JOINERS = frozenset(
    {"and", "but", "to", "or", "than", "versus", "while", ",", ";", "with", "including"}
    | {"against", "from"}
)
# verbs that only link figures of one list ("182 in Chhattisgarh, followed by 137 in ...")
_LINKING = frozenset({"be", "compare", "follow", "include", "against"})
# "70 were recorded during 2011 185 in 2012": a list printed without commas
_LISTED_AFTER_PERIOD = re.compile(r"\s*(?:[a-z]+\s+){0,3}(?:in|during)\s+(?:19|20)\d\d\s*", re.I)
_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "they", "it"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "that", "which"})
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|this|that|these|those)\s+", re.I)
_FRAME_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "can", "ca"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
_REFERENCE_BEFORE = re.compile(r"\b(?:the|those|these|its|their|his|her|both|all)\s+$", re.I)
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"  # "one in five", "nine out of ten"


# --- the lexicon ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatisticLexicon:
    figure: re.Pattern  # a number with its qualifier, range, currency and percent sign
    single: re.Pattern  # the same without "20 to 30" ranges
    fraction: re.Pattern  # "nearly three-fourths of", "one in five"
    # what makes a sentence worth parsing: digits, a number word before a counted noun, a share
    worth_digits: re.Pattern
    worth_counted: re.Pattern
    worth_shares: re.Pattern
    toll_words: re.Pattern  # "killed", "died": a number word before any plural may be a toll
    tally_verbs: frozenset[str]  # "claim": acts counted over a few days are a tally, no bout
    counting_verbs: frozenset[str]  # "counted 41 attacks on army bases": a source's tally
    tie_words: frozenset[str]  # "terrorism-related": a hyphened tie kept in the measure
    number_cues: frozenset[str]  # number words, for a quick first test
    partitives: frozenset[str]  # nouns that count what their "of" names ("pieces of content")
    share_cues: frozenset[str]  # words of shares and vague amounts, likewise
    year_like: re.Pattern
    not_after: re.Pattern
    not_before: re.Pattern
    qualifiers: dict[str, str]  # qualifier -> lower_bound | upper_bound | approximate | plain
    scales: dict[str, int]
    vague: dict[str, int]
    fractions: dict[str, float]
    currency_symbols: dict[str, str]
    currency_words: list[tuple[re.Pattern, str]]
    stock: frozenset[str]
    territory: frozenset[str]
    military_sites: frozenset[str]
    materiel: frozenset[str]
    weights: frozenset[str]  # "tonnes" of goods: a weight counts them (see weighed_goods)
    extents: frozenset[str]  # "hectares of coca": a unit that keeps what its "of" names
    generic_people: frozenset[str]
    totals: re.Pattern
    event: frozenset[str]
    online: frozenset[str]
    casualty: frozenset[str]
    never: frozenset[str]
    drop_modifiers: frozenset[str]
    per_unit: re.Pattern
    outcomes: dict[str, str]  # verb lemma or participle -> outcome word
    casualty_outcomes: frozenset[str]
    synonyms: dict[str, str]
    cumulative: re.Pattern
    estimate: re.Pattern
    incident_nouns: frozenset[str]
    aggregate_subjects: frozenset[str]
    long_struggles: frozenset[str]
    acts_on_people: dict[str, str]
    acts_on_things: dict[str, str]  # "the blocking of 6,096 web addresses": what befell them
    transparent: frozenset[str]
    money_verbs: dict[str, str]
    price_verbs: frozenset[str]  # "pay", "fetch": a sum for a unit of goods is their price
    price_units: frozenset[str]  # "gram", "tonne": the units goods are priced by
    goods_first_verbs: frozenset[str]  # "fetch", "trade": their subject is the goods priced
    heads: frozenset[str]  # "person", "hostage": the ones a sum is told per head of
    ransom_takers: frozenset[str]  # "the kidnappers wanted 50 million pesos": a ransom asked
    ransom_cues: frozenset[str]  # "paid $200,000 to secure his release": a ransom paid
    per_head: re.Pattern  # "$2,500 a person", "for each sailor freed": a sum per one of them
    asking_verbs: frozenset[str]
    money_nouns: frozenset[str]
    amount_words: frozenset[str]  # "an average of $25,000 a month": the sum's own word
    currencies: frozenset[str]
    valued_minimum: int  # least sum printed before a thing that is its value
    flows: frozenset[str]
    arrival_verbs: frozenset[str]
    journeys: frozenset[str]  # outcomes whose destination the measure keeps
    journey_purposes: frozenset[str]  # "travelled to join the group": the purpose it keeps
    light_verbs: frozenset[str]  # verbs that tell nothing of a share's part ("carried out")
    death_nouns: frozenset[str]  # "dead", "deaths": "militant dead" are militants killed
    strength_of: dict[str, str]  # bodies a "-strong" figure sizes, and who they are made of
    strength_nouns: frozenset[str]  # "the group's strength is estimated at 3,000 men"
    size_nouns: dict[str, str]  # "its ranks have swelled to 10,000": the fighters
    denials: frozenset[str]  # verbs that deny what their clause says
    incident_verbs: frozenset[str]
    intransitive: frozenset[str]
    change_lemmas: frozenset[str]
    level_putting: frozenset[str]  # "put turnout at 41 percent": the object is at the level
    level_nouns: frozenset[str]  # "turnout", "unemployment": rates a percentage is the level of
    floor_verbs: frozenset[str]  # "has passed 1 million": more than a million
    resetting: frozenset[str]  # "cut the number of troops to 1,000": set to a new level
    container_nouns: frozenset[str]
    population_of: frozenset[str]  # "home to 3 million people": a population
    place_nouns: frozenset[str]  # "a city of a million people": a place's size in passing
    member_nouns: frozenset[str]  # "members of the security forces": the force's people
    member_forces: frozenset[str]
    hypothetical: frozenset[str]
    done_to_passives: frozenset[str]  # "20 teachers have been threatened": befell them
    judged_passives: frozenset[str]  # "are considered to be": a judgement, not a plan
    past_cause_marks: frozenset[str]  # "promised ... after a bomb killed 300": a fact told
    rescue_settings: frozenset[str]  # "17 hostages were freed in the operation": a rescue
    camp_places: frozenset[str]  # "the camps held about 96,000 Eritreans": refugees in camps
    plights: frozenset[str]  # "25.6 million people face acute hunger": people facing hunger
    blame_verbs: frozenset[str]  # "37 attacks attributed to AQAP": acts put down to someone
    aiming_verbs: frozenset[str]  # "were aimed at checkpoints": whom acts were meant for
    foreign_fighter_moves: re.Pattern  # "tunisians travelled to fight": foreign fighters
    not_foreign_fighters: re.Pattern  # "young men joined militant groups": local recruits
    capacity_verbs: frozenset[str]
    strength_verbs: frozenset[str]  # "Los Choneros has 10,000": verbs of a group's strength
    plain_verbs: frozenset[str]  # verbs that tell a count, not what was done to the counted
    circumstance_preps: frozenset[str]  # "according to", "since": not what completes a verb
    unrecorded_tolls: frozenset[str]  # outcomes no event field records ("missing")
    verdicts: frozenset[str]  # a court's verdicts: counted, a statistic ("sentenced 38 men")
    judicial_killing_verbs: frozenset[str]  # "Iraq hanged 36 men": a state's executions ...
    executing_states: frozenset[str]  # ... by its authorities, government or courts
    sought_verbs: frozenset[str]  # "were still being sought": people still looked for
    sought_phrases: frozenset[tuple[str, str]]  # ("at", "large"): "remain at large"
    taken_people: frozenset[str]  # those an abduction takes ("pupils"): its count, not a toll
    civilians: frozenset[str]  # "girls", "villagers", "sailors": seized, they are abducted
    share_verbs: dict[str, str]  # "lost 45 percent of the territory": the share's participle
    share_makers: dict[str, str]  # "make up" -> part (people or a place), "provide" -> source
    share_routes: frozenset[str]  # "come from", "pass through": where the part comes or goes
    share_routes_not: frozenset[str]  # "fled from": people driven out, counted as displaced
    share_membership: dict[str, str]  # "belong" -> "to": whose the part is
    sums_of_a_kind: frozenset[str]  # "collected $7 million in ransom": the sum is a ransom
    deaths_of_want: frozenset[str]  # "died of hunger": no killing
    deaths_in_custody: frozenset[str]  # "died in military custody": no killing
    share_people: frozenset[str]  # "speakers": people who may make up a share
    occupations: frozenset[str]  # "people work in gold mining": what the counted are doing
    sheltering: frozenset[str]  # "people sheltering in the compound": the place says who
    involvements: frozenset[str]  # "citizens involved in jihadist networks": what they are in
    estimating_verbs: frozenset[str]  # "estimates that ... will cost $1 billion": stated
    flow_units: frozenset[str]  # "barrels": a flow, whose "a day before ..." is still a rate
    flow_rate: re.Pattern
    sharing_out: frozenset[str]  # "produces nearly half of the coca": a share of a whole
    share_doer_verbs: frozenset[str]  # "gangs control 85 percent of ...": by whom, too
    share_cause_verbs: frozenset[str]  # "the Islamic State caused 12 percent of ...": by whom
    harm_of_a_kind: frozenset[str]  # "hostile acts": a harm noun kept with its kind
    showing: frozenset[str]  # "the set shows about 70 men": verbs of a release showing people
    shown_minimum: int  # fewest people shown that tell a branch's strength
    postposed: frozenset[str]  # "channels active on Telegram": adjectives kept after the noun
    serving: dict[str, str]  # "3,600 soldiers serve with the AU force" -> "serving with ..."
    voters: dict[str, str]  # "128 million people are registered to vote" -> "registered voters"
    releases: frozenset[str]  # "a video in which 40 fighters renewed their pledge"
    renewed_pledge: re.Pattern  # "renewing their oath": what the fighters shown do
    pledging: re.Pattern
    source_verbs: frozenset[str]
    containers: frozenset[str]
    anaphora: frozenset[str]
    raising: frozenset[str]  # "are believed to have travelled": the governed verb tells
    spent: frozenset[str]  # "fired 3,000 rounds": weapons used up in an incident
    many_pages: int  # "12,000 pages of content": web pages, not a document's length
    weighed_goods: re.Pattern  # "1.8 tonnes of cocaine": a weight that counts goods
    weighed_goods_words: re.Pattern  # "cocaine", "gold": the goods alone
    scheduled: frozenset[str]  # "is due to fall to 1,500": a plan
    bodies: frozenset[str]  # "a small group, maybe 40 men": a body the figure sizes
    stretch: re.Pattern  # "wounded in the fighting": a stretch of war, for large tolls
    stretch_minimum: int
    set_minimum: int  # "one of 40 Houthi leaders": the least set size that is a statistic
    stretch_nouns: frozenset[str]  # "during the campaign": a stretch a tally runs over
    deployments: frozenset[str]
    deployment_verbs: frozenset[str]
    number_nouns: frozenset[str]
    deployment_minimum: int
    sourced_minimum: int
    freed_minimum: int
    vehicles: frozenset[str]
    residence: frozenset[str]
    housing: frozenset[str]
    hosting: frozenset[str]  # "Lebanon hosts ... refugees": a country sheltering the displaced
    hosted_people: frozenset[str]
    host_nouns: frozenset[str]
    journey_nouns: frozenset[str]  # "foreign fighters": whose journey needs no telling
    fleeing: frozenset[str]  # "fled to neighbouring countries": refugees
    kind_nouns: frozenset[str]  # "some form of aid": the aid is what is meant
    not_refugees: frozenset[str]  # armed men who cross a border
    abroad_nouns: frozenset[str]  # "fled to neighbouring countries", "across the border"
    grounded_nouns: frozenset[str]  # "arrests for travelling to conflict zones": what for
    grounded_verbs: frozenset[str]  # "arrested 180 people on charges of terrorism"
    housing_places: frozenset[str]
    holding_places: frozenset[str]  # "children in the camp", "fighters held in prisons"
    inmates: frozenset[str]  # people named for the place that holds them ("39,000 inmates")
    register_nouns: frozenset[str]  # "people in the Islamist scene", "on the watch list"
    listing_verbs: frozenset[str]  # "counted 27,480 people in the scene": who put them there
    refuge_verbs: frozenset[str]  # "have sought refuge in Togo": people who fled there
    refuge_nouns: frozenset[str]
    share_words: frozenset[str]
    baselines: frozenset[str]
    residents_minimum: int
    price_nouns: frozenset[str]  # "the price of fuel has risen by 50 percent"
    passive_kept: frozenset[str]  # "11,838 people had been arrested": no synonym
    totting: frozenset[str]  # "bringing the total to 290"
    peaks: frozenset[str]  # "down from a peak of 2,000": the height of a figure
    qualified_outcomes: frozenset[str]  # outcomes a measure tells what caused ("in attacks")
    done_by_outcomes: frozenset[str]  # "children recruited by armed groups": doer kept
    pointing_doers: frozenset[str]  # "claimed by the branch": a doer that names no one new
    harm_nouns: frozenset[str]  # kinds of acts the counted were hit in ("killed in clashes")
    strike_nouns: frozenset[str]
    striking_verbs: frozenset[str]
    kinds_by_of: frozenset[str]  # "incidents of Maoist violence": the kind is the "of" phrase
    guard_verbs: frozenset[str]  # "10,000 soldiers to guard synagogues": a force's task
    acts_by_times: dict[str, str]  # "struck ... 700 times": the verb's lemma -> the acts
    running_ordinal: re.Pattern  # "(at least) the third", "the 12th": a running count's rank
    ordinal_values: dict[str, int]
    running_stretch: re.Pattern  # "in two months", "so far"
    ranked_taken: frozenset[str]  # "the fourth district capital ... seized since March 23"
    ranked_acts: frozenset[str]  # "the ninth mass break-out ... since 2001": acts ranked too
    taking_away: frozenset[str]  # "22 people were taken from a bus": civilians taken away
    air_strikers: frozenset[str]
    drone_strikers: frozenset[str]
    attackers: frozenset[str]  # the doers of an attack, never counted in its toll
    held_people: frozenset[str]  # "hostages": people abducted, unless their fate is told
    quantity_words: frozenset[str]  # "several", "many": a noun's own count, told in words
    bout_acts: frozenset[str]  # "17 strikes between Sunday and Monday": a bout's acts of force
    spans_before: frozenset[str]  # "in the week before the blast": a stretch an incident ends
    targeted_acts: frozenset[str]  # "attacks on civilians": acts told with their target
    acts_on_whom_of: frozenset[str]  # "abductions of women and girls": whom, by "of"
    target_words_most: int
    target_preps: frozenset[str]  # ... the prepositions that name it ("on", "against", "by")
    lacking_preps: frozenset[str]  # "children without classes": what the counted lack
    unable_states: frozenset[str]  # "residents (still) unable to return"
    ties: frozenset[str]  # "had links to the Islamic State": people with links to it
    unlikely_states: frozenset[str]  # "likely to", "expected to": what may become of them
    state_verbs: frozenset[str]  # "are", "remain", "live": verbs telling a state the counted are in
    not_states: frozenset[str]  # "on duty", "on average": no state that says who they are
    state_preps: frozenset[str]  # "under siege", "on death row": a state whatever its noun
    held_states: dict[str, frozenset[str]]  # "in custody": states told with a place's preposition
    states_of_what: frozenset[str]  # "at risk of famine": the state keeps its "of" phrase
    idle_doing: frozenset[str]  # "troops taking part": doings that name no kind of the counted
    force_people: frozenset[str]  # "3,600 soldiers in the AU force": a force's people ...
    serving_bodies: frozenset[str]  # ... and the bodies they serve in
    stationing_verbs: frozenset[str]  # "has 4,500 soldiers in the Sahel": troops kept there
    foreigners: frozenset[str]  # "among them 2,000 foreigners": the whole's foreign part
    out_of_states: frozenset[str]  # "children out of school": what the counted are kept out of
    marking_verbs: frozenset[str]  # "registered for release": what the counted are set aside for
    home_driving: frozenset[str]  # "driven 2.6 million from their homes": displaced
    home_nouns: frozenset[str]
    home_leaving: frozenset[str]  # "have left their homes": displaced
    claiming: frozenset[str]  # "claimed that 40 people had been killed": a group's own toll
    claimed_outcomes: frozenset[str]  # ... of the killed and the wounded
    claim_sayers: frozenset[str]  # "a statement said", "the group said": who may claim it
    claim_pronouns: frozenset[str]  # "it said", "its claim": a group named in the sentence
    own_fighters: frozenset[str]  # "its fighters had killed": the group's own men


@cache
def statistic_lexicon() -> StatisticLexicon:
    data = load_toml("statistics.toml")
    quals = data["qualifiers"]
    qualifiers = {q: kind for kind, words in quals.items() for q in words}
    words = _number_words()
    digits = r"\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scales = "|".join(sorted(data["scales"], key=len, reverse=True))
    symbols = "|".join(
        re.escape(s) for s in sorted(data["currency_symbols"], key=len, reverse=True)
    )
    fractions = "|".join(
        re.escape(f).replace(r"\ ", r"\s+")
        for f in sorted(data["fractions"], key=len, reverse=True)
    )
    # "a quarter of a million" first: "three" alone would match before "three-quarters of"
    amount = (
        rf"(?:{symbols})?\s?(?:(?:{fractions})\s+of\s+an?\s+(?:million|billion)\b|(?:{digits})(?:\s*(?:{scales})\b)?|(?:{words})(?:\s+(?:hundred|thousand|million|billion|dozen))?\b|"
        r"(?:a|one)\s+(?:hundred|thousand|million|billion)\b|a dozen\b|"
        r"half\s+an?\s+(?:million|billion|dozen)\b)"
    )
    qual = "|".join(
        re.escape(q).replace(r"\ ", r"\s+") for q in sorted(qualifiers, key=len, reverse=True)
    )
    vague = "|".join(
        sorted([*data["vague"], "dozens", "scores", "hundreds", "thousands"], key=len, reverse=True)
    )
    head = rf"(?<![\w$€£.,/-])(?:(?P<qual>{qual})\s+)?"
    between = rf"between\s+(?P<lo>{amount})\s+and\s+(?P<hi>{amount})"
    dashed = rf"(?P<lo2>{amount})\s*(?:-|–|to)\s*(?P<hi2>{amount})"
    alone = rf"(?P<one>{amount})|(?P<vague>{vague})"
    tail = r"(?P<pct>\s*(?:%|percent\b|per\s+cent\b))?(?![\w])"
    figure = re.compile(rf"{head}(?:{between}|{dashed}|{alone}){tail}", re.I)
    single = re.compile(rf"{head}(?:{between}|{alone}){tail}", re.I)
    fraction = re.compile(
        rf"(?<![\w-])(?:(?P<qual>{qual})\s+)?(?:(?P<frac>{fractions})"
        r"(?!\s+(?:of\s+)?an?\s+(?:million|billion|dozen)\b)|"
        rf"(?P<part>{_SMALL})\s+(?:in|out\s+of)\s+(?P<whole>{_SMALL}|\d{{1,3}}))\s+(?=of\b|[a-z])",
        re.I,
    )
    m = data["measures"]
    return StatisticLexicon(
        figure=figure,
        single=single,
        fraction=fraction,
        # a range printed with a dash ("2,000-3,000 fighters") opens with a figure too
        worth_digits=re.compile(
            r"(?<![\w.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w/:]|[-–](?![\d,]+\b|strong\b))"
        ),
        worth_counted=re.compile(
            rf"(?:\s+[\w.-]+){{0,2}}?\s+(?:{_plural_alternation(m)})\b|"
            r"\s+(?:hundred|thousand|million|billion)\b",
            re.I,
        ),
        worth_shares=re.compile(
            rf"%|\bper\s?cent\b|\b(?:{vague})\s+of\b|\b(?:{fractions})\s+of\b|"
            # "fell by nearly half", "rose by more than a third": a change told as a share
            rf"\bby\s+(?:(?:{qual})\s+)?(?:{fractions})\b|"
            # "its appeal is less than half funded": how far a thing is in a state
            rf"\b(?:{fractions})\s+(?:[a-z]+ed|complete|full|empty)\b|"
            r"\b(?:a|one)\s+(?:hundred|thousand|million|billion)\b",
            re.I,
        ),
        toll_words=alternation(data["cues"]["toll_words"]),
        tally_verbs=frozenset(data["cues"]["tally_verbs"]),
        counting_verbs=frozenset(data["cues"]["counting_verbs"]),
        tie_words=frozenset(data["cues"]["tie_words"]),
        number_cues=frozenset(
            w
            for phrase in [*NUMBER_WORDS, *data["scales"]]
            for w in re.findall(r"[a-z]+", phrase)
            if w not in ("a", "an", "no", "of", "m", "single", "both", "couple", "pair", "zero")
        ),
        share_cues=frozenset(
            w
            for phrase in [*data["fractions"], *data["vague"]]
            for w in re.findall(r"[a-z]+", phrase)
        )
        - {"a", "one", "the", "of", "two", "three"}
        | {
            "dozens",
            "scores",
            "hundreds",
            "thousands",
            "hundred",
            "thousand",
            "million",
            "billion",
        },
        year_like=re.compile(r"(?:19|20)\d\d"),
        not_after=re.compile(
            r"\s*(?:-\s*[a-z]|(?:" + "|".join(data["not_a_count"]["after"]) + r")\b|:\d|/\d)", re.I
        ),
        not_before=re.compile(
            r"(?:^|\W)(?:" + "|".join(data["not_a_count"]["before"]) + r")\s*#?\s*$", re.I
        ),
        qualifiers=qualifiers,
        scales=data["scales"],
        vague=data["vague"],
        fractions=data["fractions"],
        currency_symbols=data["currency_symbols"],
        currency_words=[
            (re.compile(rf"\s*(?:{w})\b", re.I), code) for w, code in data["currency_words"].items()
        ],
        stock=frozenset(m["stock"]),
        territory=frozenset(m["territory"]),
        military_sites=frozenset(m["military_sites"]),
        materiel=frozenset(m["materiel"]),
        weights=frozenset(m["weights"]),
        extents=frozenset(m["extents"]),
        generic_people=frozenset(m["generic_people"]),
        totals=alternation(data["cues"]["totals"]),
        number_nouns=frozenset(data["cues"]["number_nouns"]),
        event=frozenset(m["event"]),
        online=frozenset(m["online"]),
        casualty=frozenset(m["casualty"]),
        never=frozenset(m["never"]),
        drop_modifiers=frozenset(m["drop_modifiers"]),
        per_unit=re.compile(
            r"\s*" + m["per_unit"] + r"\b(?!\s+(?:" + "|".join(m["per_unit_not_before"]) + r")\b)",
            re.I,
        ),
        outcomes={w: name for name, ws in data["outcomes"].items() for w in ws},
        casualty_outcomes=frozenset(data["outcome_kinds"]["casualty"]),
        synonyms=data["synonyms"],
        cumulative=alternation(data["cues"]["cumulative"]),
        estimate=alternation(data["cues"]["estimate"]),
        incident_nouns=frozenset(data["cues"]["incident_nouns"]),
        aggregate_subjects=frozenset(data["cues"]["aggregate_subjects"]),
        long_struggles=frozenset(data["cues"]["long_struggles"]),
        acts_on_people=dict(data["acts_on_people"]),
        acts_on_things=dict(data["acts_on_things"]),
        transparent=frozenset(m["transparent_verbs"]),
        money_verbs={v: name for name, vs in data["money"]["verbs"].items() for v in vs},
        price_verbs=frozenset(data["money"]["prices"]["verbs"]),
        price_units=frozenset(data["money"]["prices"]["units"]),
        goods_first_verbs=frozenset(data["money"]["prices"]["goods_first_verbs"]),
        ransom_takers=frozenset(data["money"]["ransom_takers"]),
        heads=frozenset(data["money"]["heads"]),
        ransom_cues=frozenset(data["money"]["ransom_cues"]),
        per_head=re.compile(
            r"\s*(?:a|an|per|for\s+each|for\s+every)\s+(?P<one>"
            + "|".join([*data["money"]["heads"], *data["money"]["charged_units"]])
            + r")\b(?:\s+(?P<fate>"
            + "|".join(data["money"]["head_fates"])
            + r"))?\b",
            re.I,
        ),
        asking_verbs=frozenset(data["money"]["asking_verbs"]),
        money_nouns=frozenset(data["money"]["nouns"]),
        amount_words=frozenset(data["money"]["amount_words"]),
        currencies=frozenset(data["money"]["currencies"]),
        valued_minimum=data["money"]["valued_minimum"],
        flows=frozenset(data["outcome_kinds"]["flows"]),
        arrival_verbs=frozenset(data["outcome_kinds"]["arrival_verbs"]),
        deployments=frozenset(data["outcome_kinds"]["deployments"]),
        deployment_verbs=frozenset(data["outcome_kinds"]["deployment_verbs"]),
        deployment_minimum=data["outcome_kinds"]["deployment_minimum"],
        sourced_minimum=data["outcome_kinds"]["sourced_minimum"],
        freed_minimum=data["outcome_kinds"]["freed_minimum"],
        vehicles=frozenset(data["outcome_kinds"]["vehicles"]),
        residence=frozenset(m["residence"]),
        housing=frozenset(m["housing"]),
        hosting=frozenset(m["hosting"]),
        hosted_people=frozenset(m["hosted_people"]),
        host_nouns=frozenset(m["host_nouns"]) | frozenset(m["place_nouns"]),
        journey_nouns=frozenset(data["outcome_kinds"]["journey_nouns"]),
        fleeing=frozenset(data["outcome_kinds"]["fleeing"]),
        kind_nouns=frozenset(data["outcome_kinds"]["kind_nouns"]),
        not_refugees=frozenset(data["outcome_kinds"]["not_refugees"]),
        abroad_nouns=frozenset(data["outcome_kinds"]["abroad_nouns"]),
        grounded_nouns=frozenset(data["outcome_kinds"]["grounded_nouns"]),
        grounded_verbs=frozenset(data["outcome_kinds"]["grounded_verbs"]),
        camp_places=frozenset(m["camp_places"]),
        plights=frozenset(m["plights"]),
        blame_verbs=frozenset(m["blame_verbs"]),
        aiming_verbs=frozenset(m["aiming_verbs"]),
        foreign_fighter_moves=alternation(m["foreign_fighter_moves"]),
        not_foreign_fighters=alternation(m["not_foreign_fighters"]),
        housing_places=frozenset(m["housing_places"]),
        holding_places=frozenset(m["holding_places"]),
        inmates=frozenset(m["inmates"]),
        register_nouns=frozenset(m["register_nouns"]),
        listing_verbs=frozenset(m["listing_verbs"]),
        refuge_verbs=frozenset(data["outcome_kinds"]["refuge_verbs"]),
        refuge_nouns=frozenset(data["outcome_kinds"]["refuge_nouns"]),
        share_words=frozenset(m["share_words"]),
        baselines=frozenset(m["baselines"]),
        residents_minimum=m["residents_minimum"],
        price_nouns=frozenset(m["price_nouns"]),
        passive_kept=frozenset(m["passive_kept"]),
        journeys=frozenset(data["outcome_kinds"]["journeys"]),
        journey_purposes=frozenset(data["outcome_kinds"]["journey_purposes"]),
        light_verbs=frozenset(m["light_verbs"]),
        death_nouns=frozenset(m["death_nouns"]),
        strength_of=data["strength_of"]["bodies"],
        strength_nouns=frozenset(data["strength_of"]["nouns"]),
        size_nouns=data["strength_of"]["sizes"],
        denials=frozenset(data["cues"]["denials"]),
        incident_verbs=frozenset(data["cues"]["incident_verbs"]),
        intransitive=frozenset(data["outcome_kinds"]["intransitive"]),
        change_lemmas=frozenset(m["change_verbs"]),
        level_putting=frozenset(m["level_putting"]),
        level_nouns=frozenset(m["level_nouns"]),
        floor_verbs=frozenset(m["floor_verbs"]),
        container_nouns=frozenset(m["containers"]),
        population_of=frozenset(m["population_of"]),
        place_nouns=frozenset(m["place_nouns"]),
        member_nouns=frozenset(m["member_nouns"]),
        member_forces=frozenset(m["member_forces"]),
        hypothetical=frozenset(data["cues"]["hypothetical_lemmas"]),
        done_to_passives=frozenset(data["cues"]["done_to_passives"]),
        judged_passives=frozenset(data["cues"]["judged_passives"]),
        past_cause_marks=frozenset(data["cues"]["past_cause_marks"]),
        rescue_settings=frozenset(data["cues"]["rescue_settings"]),
        partitives=frozenset(m["partitives"]),
        capacity_verbs=frozenset(data["cues"]["capacity_verbs"]),
        strength_verbs=frozenset(m["strength_verbs"]),
        plain_verbs=frozenset(m["plain_verbs"]),
        circumstance_preps=frozenset(m["circumstance_preps"]),
        unrecorded_tolls=frozenset(data["outcome_kinds"]["unrecorded_tolls"]),
        verdicts=frozenset(data["outcome_kinds"]["verdicts"]),
        judicial_killing_verbs=frozenset(data["outcome_kinds"]["judicial_killing_verbs"]),
        executing_states=frozenset(data["outcome_kinds"]["executing_states"]),
        sought_verbs=frozenset(data["outcome_kinds"]["sought_verbs"]),
        sought_phrases=frozenset(
            tuple(p.split()) for p in data["outcome_kinds"]["sought_phrases"]
        ),
        taken_people=frozenset(data["outcome_kinds"]["taken_people"]),
        civilians=frozenset(
            data["measures"]["generic_people"]
            + data["outcome_kinds"]["taken_people"]
            + data["outcome_kinds"]["civilian_trades"]
        ),
        share_verbs=m["share_verbs"],
        share_makers=dict(m["share_makers"]),
        share_routes=frozenset(m["share_routes"]),
        share_routes_not=frozenset(m["share_routes_not"]),
        share_membership=dict(m["share_membership"]),
        sums_of_a_kind=frozenset(data["money"]["sums_of_a_kind"]),
        deaths_of_want=frozenset(m["deaths_of_want"]),
        deaths_in_custody=frozenset(m["deaths_in_custody"]),
        share_people=frozenset(m["share_people"]),
        occupations=frozenset(m["occupations"]),
        sheltering=frozenset(m["sheltering"]),
        involvements=frozenset(m["involvements"]),
        estimating_verbs=frozenset(m["estimating_verbs"]),
        flow_units=frozenset(m["flow_units"]),
        flow_rate=re.compile(r"\s*" + m["per_unit"] + r"\b", re.I),
        sharing_out=frozenset(m["sharing_out"]),
        share_doer_verbs=frozenset(m["share_doer_verbs"]),
        share_cause_verbs=frozenset(m["share_cause_verbs"]),
        harm_of_a_kind=frozenset(data["outcome_kinds"]["harm_of_a_kind"]),
        showing=frozenset(data["shown"]["verbs"]),
        shown_minimum=data["shown"]["minimum"],
        postposed=frozenset(m["postposed"]),
        serving=m["serving"],
        voters=m["voters"],
        releases=frozenset(data["shown"]["releases"]),
        renewed_pledge=re.compile(data["shown"]["renewed"], re.I),
        pledging=re.compile(data["shown"]["pledging"], re.I),
        source_verbs=frozenset(data["sources"]["verbs"]),
        containers=frozenset(data["sources"]["containers"]),
        anaphora=frozenset(data["actors"]["anaphora"]),
        raising=frozenset(data["outcome_kinds"]["raising"]),
        spent=frozenset(data["outcome_kinds"]["spent"]),
        many_pages=data["not_a_count"]["many_pages"],
        weighed_goods=re.compile(
            r"\s*(?:" + "|".join(f"{re.escape(w.rstrip('s'))}s?" for w in m["weights"]) + r")\s+of\s+"
            r"(?:the\s+[\w-]+'s?\s+|[\w-]+\s+){0,2}?"
            r"(?:" + "|".join(data["not_a_count"]["weighed_goods"]) + r")\b",
            re.I,
        ),
        weighed_goods_words=re.compile(
            "|".join(data["not_a_count"]["weighed_goods"]), re.I
        ),
        scheduled=frozenset(data["cues"]["scheduled"]),
        bodies=frozenset(m["bodies"]),
        stretch=alternation(data["cues"]["stretch"]),
        stretch_minimum=data["cues"]["stretch_minimum"],
        set_minimum=data["cues"]["set_minimum"],
        stretch_nouns=frozenset(data["cues"]["stretch_nouns"]),
        totting=frozenset(m["totting_verbs"]),
        resetting=frozenset(m["resetting_verbs"]),
        qualified_outcomes=frozenset(data["outcome_kinds"]["qualified"]),
        done_by_outcomes=frozenset(data["outcome_kinds"]["done_by_outcomes"]),
        pointing_doers=frozenset(data["outcome_kinds"]["pointing_doers"]),
        peaks=frozenset(m["peaks"]),
        harm_nouns=frozenset(data["outcome_kinds"]["harm_nouns"]),
        strike_nouns=frozenset(data["outcome_kinds"]["strike_nouns"]),
        striking_verbs=frozenset(data["outcome_kinds"]["striking_verbs"]),
        kinds_by_of=frozenset(m["kinds_by_of"]),
        guard_verbs=frozenset(m["guard_verbs"]),
        acts_by_times=dict(data["acts_by_times"]),
        running_ordinal=re.compile(
            r"\b(?:was|is|were|are|became|been|be)\s+(?P<least>at\s+least\s+)?"
            # "was the ELN's third national armed strike since 2016": a possessor between;
            # "was Uganda's third prison escape since March": a possessor for the article
            r"(?:the\s+(?:[\w.-]+(?:'s|’s)\s+)?|[A-Z][\w.-]*(?:'s|’s)\s+)"
            # "were the 23rd and 24th French soldiers killed": the last rank counts
            r"(?:(?:\d{1,3}(?:st|nd|rd|th)|"
            + "|".join(data["running_counts"]["ordinals"])
            + r")\s+and\s+)?"
            r"(?P<rank>\d{1,3}(?:st|nd|rd|th)|"
            + "|".join(data["running_counts"]["ordinals"])
            + r")\b(?!-)",  # not "the second-largest"
            re.I,
        ),
        ordinal_values=dict(data["running_counts"]["ordinals"]),
        running_stretch=re.compile(
            r"\b(?:" + "|".join(data["running_counts"]["stretch"]) + r")\b", re.I
        ),
        ranked_taken=frozenset(data["running_counts"]["taken_outcomes"]),
        ranked_acts=frozenset(data["running_counts"]["ranked_acts"]),
        taking_away=frozenset(data["outcome_kinds"]["taking_away"]),
        air_strikers=frozenset(data["outcome_kinds"]["air_strikers"]),
        drone_strikers=frozenset(data["outcome_kinds"]["drone_strikers"]),
        attackers=frozenset(m["attackers"]),
        held_people=frozenset(m["held_people"]),
        quantity_words=frozenset(m["quantity_words"]),
        bout_acts=frozenset(m["bout_acts"]),
        spans_before=frozenset(m["spans_before"]),
        targeted_acts=frozenset(m["targeted_acts"]),
        acts_on_whom_of=frozenset(m["acts_on_whom_of"]),
        target_words_most=m["target_words_most"],
        target_preps=frozenset(m["target_preps"]),
        lacking_preps=frozenset(m["lacking_preps"]),
        ties=frozenset(m["ties"]),
        unable_states=frozenset(m["unable_states"]),
        unlikely_states=frozenset(m["unlikely_states"]),
        state_verbs=frozenset(m["state_verbs"]),
        state_preps=frozenset(m["state_preps"]),
        not_states=frozenset(m["not_states"]),
        held_states={k: frozenset(v) for k, v in m["held_states"].items()},
        states_of_what=frozenset(m["states_of_what"]),
        idle_doing=frozenset(m["idle_doing"]),
        force_people=frozenset(m["force_people"]),
        serving_bodies=frozenset(m["serving_bodies"]),
        stationing_verbs=frozenset(m["stationing_verbs"]),
        foreigners=frozenset(m["foreigners"]),
        out_of_states=frozenset(m["out_of_states"]),
        marking_verbs=frozenset(m["marking_verbs"]),
        home_driving=frozenset(data["outcome_kinds"]["home_driving_verbs"]),
        home_nouns=frozenset(data["outcome_kinds"]["home_nouns"]),
        home_leaving=frozenset(data["outcome_kinds"]["home_leaving_verbs"]),
        claiming=frozenset(data["claimed_tolls"]["claiming"]),
        claimed_outcomes=frozenset(data["claimed_tolls"]["outcomes"]),
        claim_sayers=frozenset(data["claimed_tolls"]["sayers"]),
        claim_pronouns=frozenset(data["claimed_tolls"]["pronouns"]),
        own_fighters=frozenset(data["claimed_tolls"]["own_fighters"]),
    )


def _number_words() -> str:
    """Number words from two up ("twenty-five", "eleven", "a dozen"): "one", "a" and "no" are
    never the count of a statistic."""
    units = [w for w, v in NUMBER_WORDS.items() if 2 <= v <= 19 and " " not in w]
    units = [w for w in units if w not in ("both", "dozen")]
    tens = [w for w, v in NUMBER_WORDS.items() if v in range(20, 100, 10)]
    ones = "one|two|three|four|five|six|seven|eight|nine"
    return rf"(?:{'|'.join(tens)})(?:[- ](?:{ones}))?|{'|'.join(sorted(units, key=len, reverse=True))}|a dozen"


def _plural_alternation(measures: dict) -> str:
    # people, places and weapons too: "Forty-two civilians have been killed this year"
    nouns = [
        *measures["stock"],
        *measures["event"],
        *measures["casualty"],
        *measures["generic_people"],
        *measures["territory"],
        *measures["military_sites"],
        *measures["materiel"],
        *measures["weights"],
        *measures["online"],
    ]
    return "|".join(sorted({re.escape(n) for n in nouns}, key=len, reverse=True))


# --- the pipeline's hooks ------------------------------------------------------------------------


def worth_parsing(sentence, text: str) -> bool:
    """A figure not obviously a date: a number of two or more digits that is not a year or a
    day, a number word before a counted noun, a percentage, a share."""
    lex = statistic_lexicon()
    for m in lex.worth_digits.finditer(text):
        words = m.group()
        after = lex.not_after.match(text, m.end())
        many = float(words.replace(",", "")) >= lex.many_pages
        pages = after is not None and after.group().strip().lower().startswith("page")
        web_pages = pages and (many or _online_pages(text, m.start(), m.end()))
        acts = _TIMES.match(text, m.end()) is not None  # "struck the town 700 times"
        goods = lex.weighed_goods.match(text, m.end()) is not None
        if after and not web_pages and not acts and not goods and not _STRONG.match(text, m.end()):
            continue  # a length, an age ("12,000 pages" counts web pages, "22,000-strong" a force)
        if lex.year_like.fullmatch(words):
            continue
        if _counts_something(text, m, lex):
            return True
    lower = text.lower()
    if "%" in text or "percent" in lower or "per cent" in lower:
        return True
    if lex.running_ordinal.search(text):
        return True  # "the raid was at least the ninth on a military base in two months"
    if _IN_EVERY.search(text):
        return True  # "three in four South Sudanese depend on aid"
    words = _WORD.findall(lower)
    if not lex.share_cues.isdisjoint(words) and lex.worth_shares.search(text):
        return True
    if lex.number_cues.isdisjoint(words):
        return False
    # "eight videos", "two million": a number word before a counted noun or a scale
    # "which killed four worshippers": a toll names its victims by any noun, listed or not,
    # capitalised too ("seven Christians have been killed")
    tolled = lex.toll_words.search(text) is not None
    return any(
        m.group() in lex.number_cues
        and (
            lex.worth_counted.match(text, m.end())
            or (tolled and _PLURAL_AFTER.match(lower, m.end()) is not None)
            or lex.per_unit.match(lower, m.end()) is not None  # "averaged about four a month"
            or _TIMES.match(lower, m.end()) is not None  # "attacked at least four times"
        )
        for m in _WORD.finditer(lower)
    )


_WORD = re.compile(r"[a-z]+")


# a plural noun within three words: regular, or one of the irregular plurals of people
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|[a-z]*men|people|children)\b")
_SCALE_AFTER = re.compile(
    r"\s*(?:(?:hundred|thousand|million|billion|bn|crores?|lakhs?|per\s?cent)\b|%)", re.I
)


def _counts_something(text: str, m: re.Match, lex: StatisticLexicon) -> bool:
    """A number in digits that is neither a day of a month, a reference ("room 3") nor a lone
    digit without a plural noun after it."""
    if len(m.group()) <= 2 and _after_month(text, m.start()):
        return False
    if lex.not_before.search(text, max(0, m.start() - 30), m.start()):
        return False
    if (
        len(m.group()) > 1
        or _PLURAL_AFTER.match(text, m.end())
        or _SCALE_AFTER.match(text, m.end())
    ):
        return True
    return text[: m.start()].rstrip().endswith(tuple(lex.currency_symbols))  # "$2"


# month names and their abbreviations, whole words ("maybe 40" is no day of May)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$",
    re.I,
)


_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d\d\b")


def _after_month(text: str, start: int) -> bool:
    return bool(_MONTH_BEFORE.search(text[max(0, start - 12) : start]))


# A paragraph of figures: a figure within this many sentences after a statistic of the same
# paragraph is read as one of them ("It said that Naxals carried out 1,476 attacks, killing
# 389 civilians").
CONTEXT_SENTENCES = 3


def _opens_a_table(mention: StatisticMention) -> bool:
    """A count over a stated period starts a paragraph of figures; a bounty on one man's head
    or a figure without a period does not."""
    currencies = set(statistic_lexicon().currency_symbols.values())
    return mention.period is not None and mention.details.get("unit") not in currencies


def extract(ctx: DocContext) -> list[StatisticMention]:
    memory: list[_Known] = []
    mentions: list[StatisticMention] = []
    counted: set[int] = set()  # sentences that gave a statistic
    for sentence in ctx.sentences:
        if not sentence.parsed or not worth_parsing(None, sentence.text):
            continue
        context = any(
            s.index in counted and s.paragraph == sentence.paragraph
            for s in ctx.sentences[max(0, sentence.index - CONTEXT_SENTENCES) : sentence.index]
        )
        found = _statistics_in(ctx, sentence, memory, context)
        if any(_opens_a_table(m) for m in found):
            counted.add(sentence.index)
        mentions.extend(found)
    return mentions


# --- figures: the numbers as printed -------------------------------------------------------------


@dataclass
class _Figure:
    start: int  # offsets in the document
    end: int
    text: str
    quantity: Quantity
    kind: str  # count | vague | percent | money | fraction
    details: dict = field(default_factory=dict)
    fraction: float | None = None


@dataclass
class _Measure:
    text: str
    start: int  # the words it was read from (document offsets)
    end: int
    head: object | None  # the counted noun's token, or the figure's own when bare
    nouns: str  # the counted noun phrase alone, without what happened to it
    outcome: str | None = None
    per: str | None = None
    modifiers: list = field(default_factory=list)  # the noun phrase's tokens before its head
    # what the counted were hit in or by ("in attacks", "by violence"), added to the text last
    qualifier: str | None = None
    # "300,000 people already displaced": a stock, which no period of the sentence counts
    standing: bool = False
    # "turnout fell to 34.5 percent": a percentage that is the level of what it names, neither
    # a share of it nor a change in it
    level: bool = False


@dataclass
class _Setting:
    """Where a figure stands: its clause, and the place, group and source told with it."""

    anchor: object  # the counted noun's token, or the figure's
    scope: set[int]
    place: tuple | None = None
    actor: tuple | None = None
    period: tuple | None = None
    source: tuple | None = None
    context: bool = False  # told among other statistics, or from a source's data


@dataclass
class _Known:
    """A figure already read, with its measure: what later figures refer back to."""

    sentence: int
    figure: _Figure
    measure: _Measure
    where: _Setting
    anchor: int  # token index of the counted noun, or of the figure when it has none
    stated: bool = False  # it gave a statistic: a part of it is one too ("Of those, 600 ...")


def _figures(sentence: Sentence) -> list[_Figure]:
    lex = statistic_lexicon()
    text = sentence.text
    found: list[_Figure] = []
    taken: list[tuple[int, int]] = []
    for m in lex.fraction.finditer(text):
        figure = _fraction_figure(sentence, m)
        if figure is not None:
            found.append(figure)
            taken.append((m.start(), m.end()))
    pos = 0
    while (m := lex.figure.search(text, pos)) is not None:
        if m.group("lo2") and not _a_range(text, m):
            m = lex.single.match(text, m.start())  # "from 141 ... to 77": two figures
        pos = m.end()
        if any(s <= m.start() < e for s, e in taken):
            continue
        figure = _figure_from(sentence, m)
        if figure is not None and not _not_a_count(sentence, figure):
            found.append(figure)
    found += [f for f in _ranks_of_a_running_count(sentence) if not _overlaps(f, found)]
    return sorted(found, key=lambda f: f.start)


RUNNING_COUNT_MINIMUM = 3


def _ranks_of_a_running_count(sentence: Sentence) -> list[_Figure]:
    """ "The attack was the third suicide bombing in the region in a year", "the raid was at
    least the ninth on a military base in two months": an ordinal after a copula, which
    ``_running_count`` reads as the count of such acts so far."""
    lex = statistic_lexicon()
    found = []
    for m in lex.running_ordinal.finditer(sentence.text):
        rank = m.group("rank").lower()
        value = lex.ordinal_values.get(rank) or int(re.sub(r"\D", "", rank))
        if value < RUNNING_COUNT_MINIMUM:
            continue  # "the second deadly raid in a month": a pair, not a tally
        start = sentence.start + (m.start("least") if m.group("least") else m.start("rank"))
        quantity = Quantity(value, None) if m.group("least") else Quantity(value, value)
        text = sentence.text[start - sentence.start : m.end()]
        end = sentence.start + m.end()
        figure = _Figure(start, end, text, quantity, "count", {"ordinal": True})
        if not any(s < figure.end and figure.start < e for s, e, _, _ in sentence.dates):
            found.append(figure)
    return found


def _overlaps(figure: _Figure, others: list[_Figure]) -> bool:
    return any(o.start < figure.end and figure.start < o.end for o in others)


def _a_range(text: str, m: re.Match) -> bool:
    """ "20 to 30 fighters" is a range; "from 141 to 77" and "2015 to 77" are two figures."""
    before = text[: m.start()].rstrip().lower()
    if before.endswith("from") and not re.search(r"\brang(?:e|es|ed|ing)\s+from$", before):
        return False  # "from 141 to 77" is a change; "ranging from 1,000 to 3,000" a range
    lo, hi = _amount(m.group("lo2")), _amount(m.group("hi2"))
    if lo is None or hi is None or hi[0] <= lo[0]:
        return False
    return not statistic_lexicon().year_like.fullmatch(m.group("lo2").strip())


def _figure_from(sentence: Sentence, m: re.Match) -> _Figure | None:
    lex = statistic_lexicon()
    g = m.groupdict()
    qual = re.sub(r"\s+", " ", (g["qual"] or "").lower())
    kind_of_qual = lex.qualifiers.get(qual)
    details: dict = {}
    currency_end: int | None = None
    if g["vague"]:
        word = g["vague"].lower()
        value = lex.vague.get(word)
        quantity = Quantity(value, None) if value else parse_quantity(None, word)
        if quantity is None:
            return None
        details["vague"] = True
        kind = "vague"
    else:
        lo_text = g["lo"] or g.get("lo2") or g["one"]
        hi_text = g["hi"] or g.get("hi2")
        lo = _amount(lo_text)
        hi = _amount(hi_text) if hi_text else None
        if lo is None or (hi_text and hi is None):
            return None
        unit = lo[1] or (hi[1] if hi else None)
        if unit is None and (after := _currency_after(sentence.text, m.end())) is not None:
            unit, currency_end = after  # "5 million rupees": the word is part of the figure
        kind = "percent" if g["pct"] else "money" if unit else "count"
        if kind == "percent":
            details["unit"] = "percent"
        elif unit:
            details["unit"] = unit
        if hi is not None:
            quantity = Quantity(_exact(lo[0], math.floor), _exact(hi[0], math.ceil))
        else:
            quantity = _qualified(lo[0], kind_of_qual)
        if kind_of_qual == "approximate":
            details["approximate"] = True
        # "1.8 tonnes of cocaine": a weight under two is still a figure
        weighed = statistic_lexicon().weighed_goods.match(sentence.text, m.end()) is not None
        if kind == "count" and (quantity.best() or quantity.max or 0) < 2 and not weighed:
            return None
    start = sentence.start + m.start()
    end = m.end() if currency_end is None else currency_end
    return _Figure(
        start, sentence.start + end, sentence.text[m.start() : end], quantity, kind, details
    )


def _qualified(value: float, kind_of_qual: str | None) -> Quantity:
    low, high = _exact(value, math.floor), _exact(value, math.ceil)
    if kind_of_qual == "lower_bound":
        return Quantity(low, None)
    if kind_of_qual == "upper_bound":
        return Quantity(None, high)
    return Quantity(low, high)


def _exact(value: float, whole) -> int | float:
    """A figure as printed: "1.8 tonnes" stays 1.8, and a value that only computing made
    fractional is rounded to a whole number by ``whole`` (floor for a lower end)."""
    if value == int(value):
        return int(value)
    if round(value, 3) == value:
        return value  # "1.8", "0.7 percent", "2.5 million" (2500000.0 is whole anyway)
    return whole(value)


def _amount(words: str | None) -> tuple[float, str | None] | None:
    """ "$2.5 million" -> (2500000.0, "USD"), "31,500" -> (31500.0, None)."""
    if not words:
        return None
    lex = statistic_lexicon()
    words = words.strip()
    unit = None
    for symbol in sorted(lex.currency_symbols, key=len, reverse=True):
        if words.startswith(symbol):
            unit = lex.currency_symbols[symbol]
            words = words[len(symbol) :].strip()
            break
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)$", words, re.I)
    half = re.fullmatch(r"half\s+an?\s+(million|billion|dozen)", words, re.I)
    if half:  # "half a million"
        return {"dozen": 6.0}.get(half.group(1).lower()) or lex.scales[
            half.group(1).lower()
        ] / 2, unit
    share = re.fullmatch(r"(.+?)\s+of\s+an?\s+(million|billion)", words, re.I)
    if share and (part := lex.fractions.get(re.sub(r"\s+", " ", share.group(1).lower()))):
        return part * lex.scales[share.group(2).lower()], unit  # "a quarter of a million"
    if m:
        base = float(m.group(1).replace(",", ""))
        scale = m.group(2).lower()
    else:
        parts = words.lower().rsplit(" ", 1)
        scale = parts[1] if len(parts) == 2 and parts[1] in lex.scales else ""
        head = parts[0] if scale else words.lower()
        quantity = parse_quantity(None, head)
        if quantity is None or quantity.min is None:
            return None
        base = float(quantity.min)
    if scale:
        if scale not in lex.scales or (len(scale) <= 2 and unit is None):
            return None  # "5m" is a length unless it is money
        # "$1.07 billion": 1.07 * 10**9 is 1070000000.0000001 in floating point
        base = round(base * lex.scales[scale], 3)
    return base, unit


def _currency_after(text: str, end: int) -> tuple[str, int] | None:
    """The currency word after a figure ("5 million rupees"), with where it ends."""
    for pattern, code in statistic_lexicon().currency_words:
        if (m := pattern.match(text, end)) is not None:
            return code, m.end()
    return None


def _fraction_figure(sentence: Sentence, m: re.Match) -> _Figure | None:
    lex = statistic_lexicon()
    if m.group("frac"):
        share = lex.fractions[re.sub(r"\s+", " ", m.group("frac").lower())]
    else:
        part, whole = _amount(m.group("part")), _amount(m.group("whole"))
        if part is None or whole is None or whole[0] <= part[0]:
            return None
        share = part[0] / whole[0]
    text = m.group().rstrip()
    qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower())
    details = {"fraction": (m.group("frac") or m.group()).strip().lower()}
    if lex.qualifiers.get(qual) == "approximate":
        details["approximate"] = True
    start = sentence.start + m.start()
    figure = _Figure(start, start + len(text), text, Quantity(None, None), "fraction", details)
    figure.fraction = share
    figure.details["qualifier"] = lex.qualifiers.get(qual)
    return figure


def _fiscal_year(words: str) -> bool:
    """ "201415": two years printed together."""
    m = re.fullmatch(r"(?:19|20)(\d\d)(\d\d)", words)
    return m is not None and int(m.group(2)) == (int(m.group(1)) + 1) % 100


def _web_pages(unit: str, figure: _Figure) -> bool:
    """ "identified 12,000 pages of extremist content": so many pages are web pages, not a
    length."""
    many = (figure.quantity.best() or figure.quantity.max or 0) >= statistic_lexicon().many_pages
    return many and unit.strip().lower().startswith("page")


# "40 pages and profiles", "35 pages or accounts": pages told with what else lives on platforms
_PAGES_JOINED = re.compile(r"\s*pages?\s+(?:and|or)\s+(?:[a-z-]+\s+)?([a-z]+)", re.I)
# "had taken down about 40 pages", "removed 35 pages": pages a platform takes down
_REMOVED_BEFORE = re.compile(
    r"\b(?:remov|delet|block|bann|suspend|(?:took|taken|taking|take|shut|shutting)\s+down)\w*"
    r"\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)


def _online_pages(text: str, start: int, end: int) -> bool:
    """Pages of a platform, not of a document, whatever their number: pages joined to
    accounts or profiles, or pages taken down."""
    joined = _PAGES_JOINED.match(text, end)
    if joined is not None and joined.group(1).lower() in statistic_lexicon().online:
        return True
    return text[end:].lstrip().lower().startswith("page") and bool(
        _REMOVED_BEFORE.search(text[max(0, start - 40) : start])
    )


def _second_half(before: str, words: str) -> bool:
    """The second number of a date or a fiscal year ("26/11", "2011-12", "2011 12")."""
    if not words.isdigit() or len(words) > 2:
        return False
    m = re.search(r"(?<![\d,])(\d{1,2}|(?:19|20)\d\d)[\s/-]+$", before)
    if m is None:
        return False
    first = m.group(1)
    return len(first) <= 2 or int(words) == (int(first) + 1) % 100


def _not_a_count(sentence: Sentence, figure: _Figure) -> bool:
    """A date, a time, an age, a length, a rank or a reference number, not a count."""
    lex = statistic_lexicon()
    if any(s < figure.end and figure.start < e for s, e, _, _ in sentence.dates):
        return True
    offset = figure.end - sentence.start
    text = sentence.text
    after = lex.not_after.match(text, offset) if figure.kind in ("count", "vague") else None
    online = _online_pages(text, figure.start - sentence.start, offset)
    goods = lex.weighed_goods.match(text, offset) is not None  # "1.8 tonnes of cocaine"
    if after is not None and not _web_pages(after.group(), figure) and not online and not goods:
        if _acts_by_times(sentence, figure) is not None:
            return False  # "warplanes have struck the town more than 700 times"
        return not _STRONG.match(text, offset)  # "a 22,000-strong force" sizes the force
    before = text[: figure.start - sentence.start]
    if _after_month(text, figure.start - sentence.start) and _YEAR_AFTER.match(text, offset):
        return True  # "PESHAWAR, Nov. 25, 2024 —": a dateline's day
    if _second_half(before, figure.text) or _fiscal_year(figure.text):
        return True  # "the 26/11 attacks", "in 2011-12"
    if lex.not_before.search(before) and not _number_verb(before, figure):
        return True
    if before.rstrip().endswith(("#", "No", "no.")):
        return True
    if before.endswith("[") and text[offset : offset + 1] == "]":
        return True  # a footnote mark ("Vorderbruggen[897]")
    small = figure.kind == "count" and (figure.quantity.best() or 0) < 10
    if small and _REFERENCE_BEFORE.search(before):
        return True  # "in those two countries": a reference back, not a count
    return figure.kind == "count" and lex.year_like.fullmatch(figure.text.strip()) is not None


# --- one sentence --------------------------------------------------------------------------------


def _statistics_in(
    ctx: DocContext, sentence: Sentence, memory: list[_Known], context: bool
) -> list[StatisticMention]:
    """The statistics of one sentence; ``context``: a sentence just before it in the same
    paragraph gave one."""
    out = []
    passed: list[tuple[_Figure, _Measure, _Setting]] = []  # measured, but no statistic alone
    claims: list[StatisticMention] = []  # a group's own tolls: no context for the figures after
    context = context or _counted_by_source(sentence)
    figures = _figures(sentence)
    for n, figure in enumerate(figures):
        if _question(sentence, figure):
            continue
        if n and figure.kind == "money":
            _bound_of_the_sum_converted(sentence, figures[n - 1], figure)
        if n + 1 < len(figures) and _converted_next(sentence, figure, figures[n + 1]):
            continue  # "demanded 1 billion naira, about $620,000": the dollars tell the sum
        words = _tokens(sentence, figure.start, figure.end)
        if words is None:
            continue
        measure, antecedent = _measure(sentence, figure, words, memory)
        if measure is None:
            continue
        _with_the_named_before(figure, measure)
        _floor_told_by_the_verb(figure, words)
        _ceiling_told_by_a_negation(figure, measure)
        _before_the_war(measure)
        _died_of_want(measure)
        _armed_men_as_fighters(measure)
        _goods_sent(measure)
        _done_to_things(measure)
        _neutralised_told_apart(sentence, measure)
        _shown_pledging(ctx, sentence, measure)
        _foreign_part_of_whole(sentence, measure, memory)
        if figure.kind == "fraction" and not _apply_fraction(figure, measure, antecedent, words):
            continue
        if figure.kind == "percent":
            measure = _share(measure, words)
            if measure is None:
                continue
        own = measure.head is not None and measure.start >= figure.start
        anchor = measure.head if own else words.root  # the counted noun, when it follows
        where = _Setting(anchor, _scope(anchor, words))
        where.place = _place(
            sentence, _place_scope(sentence, anchor, words, measure), anchor, figure
        )
        where.actor = _actor(ctx, sentence, where.scope, anchor, measure)
        where.period = (
            None if measure.standing else _period(ctx, sentence, where.scope, anchor, figure)
        )
        if antecedent is not None:  # "1,200 attacks in 2019 ... three-fourths of them"
            where.place = where.place or antecedent.where.place
            where.actor = where.actor or antecedent.where.actor
            where.period = where.period or antecedent.where.period
        known = _Known(sentence.index, figure, measure, where, anchor.i)
        memory.append(known)
        if _attackers_killed(measure):
            continue  # "killed four civilians and four attackers": the doers are not counted
        if _in_source(anchor):
            continue  # "officials at two organisations said"
        told = _presupposed(sentence, figure) or figure.details.get("ceiling")
        # "... holding about 12,000 suspected fighters, among them 2,500 foreigners": a part
        # of a whole the sentence has stated is stated too
        told = told or (bool(out) and _part_of_them(sentence, figure))
        if not told and _hypothetical(anchor, figure.kind):  # "never had more than 150": told
            continue
        where.source = _attribution(sentence, anchor)
        # a part of a figure that gave a statistic is counted over the same whole
        part = antecedent is not None and antecedent.stated
        # "carried out 196 missions ... The operations killed 44": acts counted just before
        part = part or _acts_counted_before(memory[:-1], sentence, anchor)
        where.context = context or bool(out) or part
        # "counts 26 towns under blockade ..., up from eight a year ago": the figure a stated
        # count changed from is the same count at another time
        baseline = antecedent is not None and antecedent.stated and _changed_from(anchor)
        baseline = baseline or _gapped_after_a_stated(memory[:-1], sentence, anchor)
        baseline = baseline or _stated_again_bare(antecedent, sentence, anchor)
        if baseline or _is_statistic(sentence, figure, measure, where):
            _told_by_what_they_do(measure)
            out.append(_mention(ctx, sentence, figure, measure, where))
            known.stated = True
        elif _recalled_toll(ctx, sentence, figure, measure, where):
            mention = _mention(ctx, sentence, figure, measure, where)
            mention.details["borderline"] = True
            out.append(mention)
            known.stated = True
        elif (claimer := _claimer_of_toll(figure, measure, where)) is not None:
            # a copy: a figure told after it ("officials put the number at 140") is no claim
            claimed = replace(measure, text=f"{_printed(measure)} (claimed)", qualifier=None)
            if claimer.lower_ not in statistic_lexicon().claim_pronouns:
                where.source = where.source or _source_words(claimer)
            claims.append(_mention(ctx, sentence, figure, claimed, where))
        elif not where.context:
            passed.append((figure, measure, where))
    listed = _listed_before(ctx, sentence, out, passed)
    if not listed and not claims:
        return out
    return sorted(out + listed + claims, key=lambda m: m.fields[0].start)


# what may follow the verb in "people crossed the Darien Gap", "people were working at the
# mines": its object, a place, what they work as; not a time, a source or a clause of its own
_DOING_DEPS = frozenset({"dobj", "prep", "prt", "acomp", "attr", "oprd", "dative"})
_NOT_DOING_PREPS = frozenset(
    {"according", "since", "before", "after", "during", "until", "by", "amid", "despite", "as"}
)
_DOING_MOST_WORDS = 7


def _told_by_what_they_do(measure: _Measure) -> None:
    """ "More than 460,000 people crossed the Darien Gap", "2 million people live in Idlib
    province": people in general counted with nothing befalling them are counted by what the
    clause says they do, which the measure keeps ("people crossed the darien gap")."""
    head = measure.head
    if head is None or measure.outcome is not None or measure.per or measure.qualifier:
        return
    if measure.text != measure.nouns or measure.nouns.split()[-1:] != [_clean(head.text)]:
        return
    if _clean(head.text) not in statistic_lexicon().generic_people or head.dep_ != "nsubj":
        return
    doing = _what_they_do(head.head)
    if doing is not None:
        measure.text = f"{measure.nouns} {doing}"


def _more_of_them(figure_root) -> bool:
    """ "390 more", "about 4,000 more": a figure of more of the noun counted just before (not
    "more than 17")."""
    return any(
        c.lower_ == "more" and c.dep_ in ("amod", "advmod") and c.i > figure_root.i
        for c in figure_root.children
    )


def _what_they_do(verb) -> str | None:
    """The verb of a clause with its object or place ("crossed the darien gap", "working at
    reduced capacity"), when it is no outcome and says more than the verb alone."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in statistic_lexicon().outcomes or lemma in _LINKING:
        return None
    # "25,000 people live on the islands": what they do now reads "people living on ..."; a
    # past deed keeps its tense ("people crossed the darien gap")
    words = [_gerund(lemma) if verb.tag_ in ("VBP", "VBZ") else verb.text]
    for child in (c for c in verb.children if c.i > verb.i and c.dep_ in _DOING_DEPS):
        timed = any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        if child.dep_ == "prep" and (child.lower_ in _NOT_DOING_PREPS or timed):
            break
        more = [t.text for t in child.subtree if not t.is_punct]
        if len(words) + len(more) > _DOING_MOST_WORDS:
            break
        words += more
    return " ".join(w.lower() for w in words) if len(words) > 1 else None


def _changed_from(anchor) -> bool:
    """The figure is what a count changed from ("up from eight a year ago", "down from 20")."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "from"
        and anchor.head.head.lower_ in ("up", "down")
    )


def _with_the_named_before(figure: _Figure, measure: _Measure) -> None:
    """ "Ambassador Christopher Stevens and three other Americans were killed": the counted
    are the three and the ones named with them, each a single person (not "12 soldiers and
    three other people", where the soldiers have a figure of their own)."""
    head = measure.head
    if figure.kind != "count" or head is None or head.dep_ not in ("conj", "appos"):
        return
    if not any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children):
        return
    first = head
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    named = [first, *(t for t in first.conjuncts if t.i < head.i)]
    named += [c for n in named for c in n.children if c.dep_ == "appos" and c.i < head.i]
    if not named or any(
        t.tag_ not in ("NN", "NNP") or any(c.like_num for c in t.children) for t in named
    ):
        return
    low, high = figure.quantity.min, figure.quantity.max
    extra = len({t.i for t in named})
    figure.quantity = Quantity(
        None if low is None else low + extra, None if high is None else high + extra
    )


def _floor_told_by_the_verb(figure: _Figure, words) -> None:
    """ "The number of people displaced has passed 1 million", "the toll topped 300": a figure
    a count has gone past is its floor, more than the figure (not "the convoy passed 30
    checkpoints", whose figure counts what it went past)."""
    root = words.root
    low, high = figure.quantity.min, figure.quantity.max
    if root.dep_ != "dobj" or low is None or low != high:
        return
    if root.head.lemma_.lower() in statistic_lexicon().floor_verbs:
        figure.quantity = Quantity(low, None)


# "never had more than", "has not had more than": a negation that caps a figure
_MORE_THAN = re.compile(r"(?:more|over)\b", re.I)


def _ceiling_told_by_a_negation(figure: _Figure, measure: _Measure) -> None:
    """ "Gran Grif has never had more than 150 fighters", "the cell has never had more than a
    dozen armed members": a negated "more than" caps the count, at most the figure, and states
    it (not a denial)."""
    head = measure.head
    low, high = figure.quantity.min, figure.quantity.max
    if head is None or low is None or high is not None or not _MORE_THAN.match(figure.text):
        return
    verb = head.head if head.dep_ in ("dobj", "attr", "nsubj") else None
    if verb is None or not any(c.dep_ == "neg" for c in verb.children):
        return
    figure.quantity = Quantity(None, low)
    figure.details["ceiling"] = True


def _bound_of_the_sum_converted(sentence: Sentence, before: _Figure, figure: _Figure) -> None:
    """ "a reward of up to 250 million pesos, about $65,000": a sum converted into dollars is
    the same sum, so it keeps the bound the first one is told with (at most $65,000), whatever
    its own rounding word says."""
    between = sentence.text[before.end - sentence.start : figure.start - sentence.start]
    if not _CONVERTED.fullmatch(between) or before.kind not in ("count", "money"):
        return
    words = _WORD.findall(between.lower())
    if before.kind == "count" and not any(w in statistic_lexicon().currencies for w in words):
        return
    low, high = before.quantity.min, before.quantity.max
    value = figure.quantity.best()
    if value is None or (low is None) == (high is None):
        return
    figure.quantity = Quantity(None, value) if low is None else Quantity(value, None)


def _converted_next(sentence: Sentence, figure: _Figure, after: _Figure) -> bool:
    """A sum in another currency that the next figure converts into dollars ("1 billion naira,
    about $620,000"): one sum, recorded once, in the dollars the report gives."""
    if figure.kind != "money" or figure.details.get("unit") in (None, "USD"):
        return False
    if after.kind != "money" or after.details.get("unit") != "USD":
        return False
    between = sentence.text[figure.end - sentence.start : after.start - sentence.start]
    return _CONVERTED.fullmatch(between) is not None


# "... pesos, about $65,000", "... rupees (some $1.2 million)": a sum and its conversion
_CONVERTED = re.compile(
    r"\s*(?:[a-z]+\s*)?[,(]?\s*(?:about|around|roughly|some|nearly|approximately|or)?\s*", re.I
)


def _taken_people(measure: _Measure) -> bool:
    """ "86 pupils were still missing": pupils, schoolgirls and hostages missing are the
    abduction's count (``abducted``), which the event records."""
    nouns = measure.nouns.split()
    return bool(nouns) and nouns[-1] in statistic_lexicon().taken_people


def _attackers_killed(measure: _Measure) -> bool:
    """The attackers who died in their own attack ("killed four civilians and the three
    assailants"): the conventions leave them out of every toll."""
    nouns = measure.nouns.split()
    killed = measure.outcome == "killed"
    return killed and bool(nouns) and nouns[-1] in statistic_lexicon().attackers


def _listed_before(
    ctx: DocContext, sentence: Sentence, out: list[StatisticMention], passed: list
) -> list[StatisticMention]:
    """ "1,200 civilians were killed, 2,300 wounded and 40,000 displaced since January": the
    period the parse hangs on the last of a list of figures is the whole list's, so a figure
    before a statistic told over a period is read as one of its paragraph of figures."""
    found = [m for f, ms, _ in passed if (m := _totalled(ctx, sentence, out, f, ms))]
    dated = [m for m in out if m.period is not None]
    if not dated:
        return found
    first = min(m.fields[0].start for m in dated)
    tolls = statistic_lexicon().casualty_outcomes
    for figure, measure, where in passed:
        if figure.start >= first or measure.outcome not in tolls:
            continue  # a list of tolls, not "30 gunmen tried to cross ... 12 were killed so far"
        where.context = True
        told = next(f for f in dated[0].fields if f.field == "period")
        where.period = where.period or (dated[0].period, told.start, told.end, False)
        if _is_statistic(sentence, figure, measure, where):
            found.append(_mention(ctx, sentence, figure, measure, where))
    return found


def _totalled(
    ctx: DocContext,
    sentence: Sentence,
    out: list[StatisticMention],
    figure: _Figure,
    measure: _Measure,
) -> StatisticMention | None:
    """ "Police carried out 118 raids overnight, bringing the total since Saturday to 414": a
    figure a running total adds up is one of the tally's, whatever night it tells."""
    if _measure_kind(measure) == "casualty":
        return None  # "the blast killed 12, bringing the toll to 85": the 12 are the blast's
    for total in out:
        running = total.details.get("running_total") and total.fields[0].start > figure.start
        if running and total.measure == measure.text:
            mention = _mention(ctx, sentence, figure, measure, _Setting(measure.head, set()))
            mention.place = total.place
            mention.actor = total.actor
            mention.attributed_to = total.attributed_to
            return mention
    return None


# An incident dated more than this many days before the report is recalled, not reported: the
# attack extractor drops attacks told months back (``attacks._RECALLED_DAYS``), so their tolls
# are kept as (borderline) statistics ...
RECALLED_AFTER_DAYS = 60
# ... but a state force's killing is a military operation, and an attack the lead tells is the
# article's news: the event extractors keep those unless they are more than a year old
# ("security forces killed 13 rebels in another forest in May" in a November story), unless the
# toll is told in passing, in a clause hanging from an incident that is itself the object of
# other news (``_in_passing``)
OPERATION_RECALLED_DAYS = 365


def _recalled_toll(
    ctx: DocContext, sentence: Sentence, figure: _Figure, measure: _Measure, where: _Setting
) -> bool:
    """ "the November 2015 attacks in Paris, in which 52 people were killed", told in 2018:
    the toll of a past incident recalled in passing, dated by the incident's own words."""
    if figure.kind != "count":
        return False
    if _measure_kind(measure) != "casualty" and not _civilians_taken(measure):
        return False
    published = ctx.document.anchor_for(sentence.start)
    if published is None:
        return False
    verb = _governing_verb(where.anchor)
    # "blamed for the siege in July, in which 20 hostages were killed": a toll told in a
    # clause hanging from an incident that is the object of other news is recalled in
    # passing once it is a season old, whoever killed
    passing = _in_passing(verb)
    told_as_news = _killed_by_state_forces(verb) or _in_the_lead(ctx, sentence)
    days = OPERATION_RECALLED_DAYS if told_as_news and not passing else RECALLED_AFTER_DAYS
    cutoff = (published - timedelta(days=days)).isoformat()
    if _told_long_after(verb):
        return True  # "came a year after al-Shabaab overran a base ..., killing 140 soldiers"
    year = _year_it_tells(verb)
    if year is not None:  # "since December 2014, when gunmen killed 150 people"
        return f"{year}-12-31" < cutoff
    when = _time_it_tells(sentence, verb)
    if when is not None:  # "since October, when militants killed 33 soldiers"
        return when < cutoff
    told = {t.i for t in _incident_of(verb).subtree} if verb.dep_ == "relcl" else where.scope
    told |= _doer_words(verb) | _where_or_when_it_happened(verb)
    if not any(words.root.i in told for _, _, _, words in sentence.dates):
        # "Until this month, the deadliest attack was the March 2016 assault ..., in which":
        # an incident dated by its own words is not dated by the clause it hangs from
        told |= _dated_with(verb)
    spans = [
        span
        for _, _, span, words in sentence.dates
        if words.root.i in told and not names_a_weekly_rite(words)
    ]
    by_month = spans and days == RECALLED_AFTER_DAYS  # a state's killing is news for a year
    if by_month and all(a_month_before_last(published, span) for span in spans):
        return True  # "In August, a suicide bomber killed more than 70 people", in October
    ends = [span.end for span in spans]
    if not ends:  # "The Bali bombings killed 202 people": dated where the story first named it
        year = _year_named_before(ctx, sentence, verb)
        if year is not None:
            return f"{year}-12-31" < cutoff
        # "In 2016 he escaped a police ambush, in which 31 rebels were killed": an incident
        # told in passing takes the time of the clause it hangs from
        ends = [span.end for _, _, span, _ in sentence.dates] if passing else []
        if not ends and not sentence.dates:
            # "On July 26, 2008, 21 bombs went off ... Fifty-six people were killed": the toll
            # of the incident the sentence before told, with its day
            ends = _days_of_the_sentence_before(ctx, sentence)
        return bool(ends) and all(end is not None and end < cutoff for end in ends)
    return all(end is not None and end < cutoff for end in ends)


def _told_long_after(verb) -> bool:
    """The toll's clause is what the news came a month or more after ("The attack came almost
    exactly a year after al-Shabaab overran a base at El Adde, killing more than 140
    soldiers", "less than a month after gunmen killed 311 people at the Rawdah mosque"): an
    incident that long before the news is recalled; days or weeks after, it is news still."""
    for up in [verb, *verb.ancestors]:
        counted = counted_after(up)
        if counted is not None:
            return counted[1] in ("year", "month")  # (how many, unit)
    return False


def _days_of_the_sentence_before(ctx: DocContext, sentence: Sentence) -> list[str | None]:
    """The ends of the dates the sentence before tells, in the same paragraph or the one just
    before (a toll opening its paragraph after the incident told at the end of the last)."""
    if sentence.index == 0:
        return []
    before = ctx.sentences[sentence.index - 1]
    if before.paragraph < sentence.paragraph - 1:
        return []
    return [span.end for _, _, span, _ in before.dates]


def _claimer_of_toll(figure: _Figure, measure: _Measure, where: _Setting):
    """Who claims an attack's toll as its own: "JNIM claimed the attack, saying its fighters
    had killed more than 100 soldiers", "Amaq ... claimed that about 40 people had been killed
    or wounded". A group's own toll is its claim, which no event records (the attack keeps
    what officials and witnesses count), so it is a statistic the group states, marked as
    claimed. Not a state's toll ("the army said it had killed 30 militants": the operation's)."""
    lex = statistic_lexicon()
    if figure.kind != "count" or measure.outcome not in lex.claimed_outcomes or measure.per:
        return None
    verb = _governing_verb(where.anchor)
    if lex.outcomes.get(verb.lemma_.lower()) not in lex.claimed_outcomes:
        return None  # "... and officials put the number at about 140": not the group's toll
    node, joined = verb, [verb]
    # "had seized the base and killed", "had overrun the base, killing 107 soldiers": the verb
    # the killing is joined to, whose subject did it
    while _joined_act(node) and node.head.i != node.i:
        node = node.head
        joined.append(node)
    killers = next((c for v in joined for c in v.children if c.dep_ == "nsubj"), None)
    if any(c.lower_ == "according" for c in verb.children):
        return None  # "killing 51 soldiers, according to the army": a toll the army tells
    own = killers is not None and _own_fighters(killers)
    # "al-Shabaab said it had killed": the sayer itself, when a group or its outlet says it
    itself = killers is not None and killers.lower_ in lex.claim_pronouns
    # the toll is what the claim or the saying says, not a clause beside it
    if node.dep_ not in ("ccomp", "xcomp", "acl"):
        return None
    told = node.head
    if told.pos_ == "NOUN" and told.lemma_.lower() in lex.claim_sayers:
        # "said in a statement that its fighters had killed 11": the parse may hang the
        # clause on the statement; the verb it was said with tells who said it
        told = next((a for a in told.ancestors if a.pos_ in ("VERB", "AUX")), told)
    claimed = told.lemma_.lower() in lex.claiming
    if not claimed and told.lemma_.lower() not in lex.source_verbs:
        return None
    return _claimer(told, own) if claimed or own or itself else None


def _joined_act(verb) -> bool:
    """A verb joined to the act before it, sharing its subject: "and killed", ", killing"."""
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


def _own_fighters(killers) -> bool:
    """ "its fighters", "fighters of its Central Africa Province": the group's own men (not "its
    soldiers", a state's)."""
    lex = statistic_lexicon()
    if killers.lemma_.lower() not in lex.own_fighters:
        return False
    owned_by = [killers] + [o for c in killers.children if c.lower_ == "of" for o in c.children]
    owners = [g for word in owned_by for g in word.children if g.dep_ == "poss"]
    return any(o.lower_ in lex.claim_pronouns for o in owners)


def _claimer(verb, own: bool):
    """Who says the claim: the subject of the verb of saying or claiming, or, where it has
    none, of the verbs it hangs from ("JNIM claimed the attack ..., saying"; "said one of its
    fighters had detonated his vest ... and claimed that", where the parse joins the claim to
    the detonating), or the outlet a "which" stands for ("its Amaq news agency, which said")."""
    node = verb
    for _ in range(_CLAIMER_REACH):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "poss")), None)
        if subject is not None and subject.lower_ in _RELATIVES and node.dep_ == "relcl":
            subject = node.head
        if subject is not None and _speaks_for_a_group(subject, own):
            return subject
        if node.dep_ not in ("advcl", "conj", "acl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


# how many clauses up from the claim its sayer may be
_CLAIMER_REACH = 3


def _speaks_for_a_group(claimer, own: bool) -> bool:
    """A group, its outlet, or a statement or pronoun standing for them; not a state body. A
    pronoun stands for a group the sentence names, or whose own fighters did the killing."""
    # the claimer's own words, not a clause on it ("its Amaq news agency, which said its
    # fighters had killed 25 members of the police")
    cut = {t.i for c in claimer.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in claimer.subtree if t.i not in cut]
    if any(t.ent_type_ == GROUP_LABEL for t in words):
        return True
    text = doc_text(claimer.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    if attack_lexicon().state_forces.search(text):
        return False
    if names_a_groups_outlet(words, media_lexicon()):
        return True
    lex = statistic_lexicon()
    if claimer.lower_ in lex.claim_pronouns:  # "it said", "repeats its claim"
        return own or any(t.ent_type_ == GROUP_LABEL for t in claimer.sent)
    return claimer.lemma_.lower() in lex.claim_sayers


def _where_or_when_it_happened(verb) -> set[int]:
    """The words of a "where" or "when" clause inside the toll's own clause ("killed 76 people
    in twin bombings at two sites in Kampala where crowds were watching the World Cup final in
    July 2010"): the setting of the incident, whose time is the incident's."""
    return {
        t.i
        for c in verb.subtree
        if c.dep_ == "relcl"
        and any(m.dep_ == "advmod" and m.lower_ in ("where", "when") for m in c.children)
        for t in c.subtree
    }


def _dated_with(verb) -> set[int]:
    """The time words of the clause the toll's verb goes with: "In May 2011, militants
    stormed the base and killed 10 security personnel" (the verb it is joined to), "In May
    2014, an attempt ended in a rout in which 50 soldiers were killed" (the verb governing
    the incident the relative clause tells of)."""
    if verb.dep_ == "conj":
        owner = verb.head
    elif verb.dep_ == "relcl":
        owner = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    else:
        return set()
    if owner is None:
        return set()
    return {
        t.i
        for c in owner.children
        if c.dep_ in ("prep", "npadvmod") and c.i < verb.i
        for t in c.subtree
        if verb.i not in {u.i for u in c.subtree}
    }


def _incident_of(relative):
    """What a relative clause tells of: the incident its place hangs from when the parse
    hangs the clause on the place ("the March bombing of a church in the south, which
    killed nine": the bombing, whose words date it), else the word it hangs on."""
    incidents = statistic_lexicon().incident_nouns
    node = relative.head
    while node.lower_ not in incidents and node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node if node.lower_ in incidents else relative.head


def _in_the_lead(ctx: DocContext, sentence: Sentence) -> bool:
    """The headline or the lead paragraph (a headline under a "Published" line takes the
    paragraph after it along), where the attack extractor keeps an old attack as the news
    (``attacks._in_the_lead``)."""
    lead = ctx.lead_of_post(sentence)
    if lead is None:
        return True
    last = lead.paragraph
    if not lead.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'")):
        last += 1  # a headline
    return sentence.paragraph <= last


def _killed_by_state_forces(verb) -> bool:
    """ "Security forces killed 13 rebels", "troops killed 40 militants": the toll of a military
    operation, not of an attack."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ == GROUP_LABEL:
        return False
    if verb.lemma_.lower() in statistic_lexicon().intransitive:
        return False  # "Eight soldiers died in a single ambush": the dead, not the doers
    return attack_lexicon().state_forces.search(_subject_words(subject)) is not None


def _let_go_by_captors(sentence: Sentence, anchor, scope: set[int]) -> bool:
    """People freed by those who held them ("Kidnappers freed 279 schoolgirls on Tuesday", "The
    42 captives were freed on Saturday"): no event records a release. Those freed by state
    forces or in a raid are the operation's detail ("commandos freed 14 hostages", "troops
    raided a camp, killing 11 insurgents and freeing 29 women", "17 hostages were freed in the
    operation")."""
    lex, doc = statistic_lexicon(), sentence.span.doc
    freeing = next(
        (v for v in [anchor, *anchor.ancestors] if lex.outcomes.get(v.lemma_.lower()) == "freed"),
        None,
    )
    if freeing is None:
        return False
    clauses = [freeing]
    while clauses[-1].dep_ in ("advcl", "conj", "xcomp") and clauses[-1].head.i != clauses[-1].i:
        clauses.append(clauses[-1].head)  # "raided a camp, ... freeing 29 women held there"
    state_forces = attack_lexicon().state_forces
    for clause in clauses:
        if clause.lemma_.lower() in lex.rescue_settings:
            return False
        # a dateline may parse as a second subject ("BUNIA, Sept. 3 — Congolese troops have freed")
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        doers += [t for c in clause.children if c.dep_ == "agent" for t in c.children]
        if any(state_forces.search(_subject_words(d)) for d in doers if d.dep_ != "punct"):
            return False
    return not any(doc[i].lower_ in lex.incident_nouns | lex.rescue_settings for i in scope)


def _subject_words(subject) -> str:
    """The subject without what hangs after it: "Its deadliest raid, on a police station"
    is the group's raid, not a police one ("police raids" and "security forces" stay)."""
    after = ("prep", "appos", "relcl", "acl", "punct")
    left_out = {t.i for c in subject.rights if c.dep_ in after for t in c.subtree}
    return " ".join(t.text for t in subject.subtree if t.i not in left_out)


def _in_passing(verb) -> bool:
    """A toll told in a relative clause of an incident that hangs from another clause ("the
    faction is blamed for the siege of ..., in which 20 hostages were killed", "among them the
    assault on the airport in June in which 45 people died"), not of the subject the sentence
    tells ("The siege, in which 20 hostages were killed, lasted 12 hours")."""
    if verb.dep_ != "relcl":
        return False
    incident = verb.head
    # "among them the shooting ...": the parse may hang the incident as a clause
    misparsed = incident.dep_ == "advcl" and incident.pos_ == "NOUN"
    return misparsed or incident.dep_ in ("pobj", "dobj", "appos", "attr", "conj", "npadvmod")


def _year_it_tells(verb) -> int | None:
    """The year of the date a "when" clause hangs from ("since December 2014, when ..."): the
    incident's own time, whatever span the words around the date give."""
    verb = _first_of_joined(verb)
    if verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE":
        return None
    if not any(c.lower_ == "when" for c in verb.children):
        return None
    date_words = [t for t in verb.head.subtree if t.ent_type_ == "DATE" and t.i < verb.i]
    years = [int(t.text) for t in date_words if statistic_lexicon().year_like.fullmatch(t.text)]
    return years[-1] if years else None


def _time_it_tells(sentence: Sentence, verb) -> str | None:
    """The first day of the date a "when" clause hangs from, whose year the text leaves to the
    reader ("since October, when militants killed 33 soldiers"): a period's start is the
    incident's own time. The toll may be told of the incident the "when" clause names ("since
    December 2016, when a man drove a truck into a market in an attack that cost 13 lives")."""
    verb = _when_clause_of_its_incident(verb) or _first_of_joined(verb)
    when = next((c for c in verb.children if c.lower_ == "when"), None)
    # "The toll is the worst since June last year, when gunmen killed 132 people": the parse
    # may hang the clause on the verb whose date it follows
    if verb.dep_ not in ("relcl", "advcl") or when is None:
        return None
    for _, _, span, words in sentence.dates:
        if not span.start:
            continue
        on_date = verb.dep_ == "relcl" and words.start <= verb.head.i < words.end
        # "the deadliest attack since July 2005, when four bombers killed 52 people": the
        # parse may hang the clause on the noun before the date; the date is right before
        just_before = verb.head.ent_type_ != "DATE" and words.end in (when.i, when.i - 1)
        if on_date or just_before:
            return span.start if is_period(span) else span.end
    return None


def _first_of_joined(verb):
    """The first of verbs joined by "and" that share one "when": "since June, when the
    militants stormed a base and killed more than 50 soldiers" tells the toll's time there."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if any(c.lower_ == "when" or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break  # a verb with its own subject or "when" starts a clause of its own
        verb = verb.head
    return verb


def _when_clause_of_its_incident(verb):
    """The "when" clause whose incident a toll's relative clause tells of, or None."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in statistic_lexicon().incident_nouns:
        return None
    clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(c.lower_ == "when" for c in clause.children):
        return None
    return clause


def _doer_words(verb) -> set[int]:
    """The words of the subject a toll's verb has, or shares with the verb it is joined to
    ("The Jakarta attack in January 2016, claimed by ..., killed four civilians"): the
    incident's own date is told there."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in statistic_lexicon().incident_nouns:
        return set()
    return {t.i for t in subject.subtree}


def _year_named_before(ctx: DocContext, sentence: Sentence, verb) -> int | None:
    """The year printed with the incident that is the doer of a toll, where the article named it
    before ("the 2002 Bali bombings" ... "The Bali bombings killed 202 people")."""
    lex = statistic_lexicon()
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.lower_ not in lex.incident_nouns:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in doer.children):
        # "... the January 2015 attack on its newsroom. That attack killed 12 people."
        before = ctx.sentences[sentence.index - 1].text if sentence.index else ""
        years = re.findall(rf"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}{doer.lemma_}", before)
        return int(years[-1]) if years else None
    modifiers = [t for t in doer.lefts if t.dep_ in ("compound", "amod")]
    if not any(t.text[:1].isupper() and t.i > t.sent.start for t in modifiers):
        return None  # "the attack" names no incident the article told before
    words = r"\s+".join(re.escape(t.text) for t in doer.doc[modifiers[0].i : doer.i + 1])
    earlier = ctx.document.text[: sentence.start]
    m = re.search(
        rf"\b((?:19|20)\d\d)\s+{words}\b|\b{words}\s+(?:of|in)\s+((?:19|20)\d\d)\b", earlier
    )
    return int(m.group(1) or m.group(2)) if m else None


def _counted_by_source(sentence: Sentence) -> bool:
    """The sentence gives figures from data: "according to MHA data", "statistics showed",
    "the annual report stated"."""
    lex = statistic_lexicon()
    for tok in sentence.span:
        if tok.lower_ not in lex.containers:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.source_verbs:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return True
    return False


def _tokens(sentence: Sentence, start: int, end: int):
    return sentence.span.doc.char_span(start, end, alignment_mode="expand")


def _mention(
    ctx: DocContext, sentence: Sentence, figure: _Figure, measure: _Measure, where: _Setting
) -> StatisticMention:
    value_field = FieldSpan("value", figure.start, figure.end, figure.text)
    measure_field = FieldSpan(
        "measure", measure.start, measure.end, ctx.document.text[measure.start : measure.end]
    )
    averaged = _averaged(sentence, figure)
    printed = _as_foreign_fighters(_printed(measure))
    if averaged and _a_rate_of_things(measure, figure):
        printed += AVERAGE
    mention = StatisticMention(
        measure=printed,
        value=figure.quantity,
        sentence=Span(sentence.start, sentence.end, sentence.text),
        sentence_index=sentence.index,
        fields=[value_field, measure_field],
        details={k: v for k, v in figure.details.items() if v is not None},
    )
    if measure.per:
        mention.details["per"] = measure.per
    if averaged:
        mention.details["average"] = True
    if where.period is not None:
        span, start, end, running = where.period
        if running:
            mention.details["running_total"] = True
        mention.period = span
        mention.fields.append(FieldSpan("period", start, end, span.text or ""))
    if where.place is not None:
        name, start, end, words = where.place
        mention.place = name
        mention.fields.append(FieldSpan("place", start, end, words))
    if where.actor is not None:
        name, start, end, words = where.actor
        mention.actor = name
        if start is not None:
            mention.fields.append(FieldSpan("actor", start, end, words))
    if where.source is not None:
        name, start, end = where.source
        mention.attributed_to = name
        mention.fields.append(FieldSpan("attributed_to", start, end, name))
    return mention


def _averaged(sentence: Sentence, figure: _Figure) -> bool:
    """ "an average of about 25 a month", "averaged six a month": the figure is an average."""
    before = sentence.text[
        max(0, figure.start - sentence.start - 30) : figure.start - sentence.start
    ]
    return bool(_AVERAGE_BEFORE.search(before))


_AVERAGE_BEFORE = re.compile(
    r"\baverag\w*(?: of)?(?:\s+(?:about|around|nearly|almost|roughly|some|more than|over|"
    r"at least|just over|just under|fewer than|less than|close to))?\s*$",
    re.I,
)

# an average count over a stretch, as the keys print it: "attacks per month (average)"
AVERAGE = " (average)"


def _a_rate_of_things(measure: _Measure, figure: _Figure) -> bool:
    """A count per unit of time (not a sum of money: "revenue per month" is what it earns)."""
    return bool(measure.per) and figure.kind == "count"


# --- what is counted -----------------------------------------------------------------------------


def _measure(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known]
) -> tuple[_Measure | None, _Known | None]:
    """What the figure counts, and the earlier figure it refers back to, if any."""
    doc = words.doc
    end = sentence.span.end
    if _STRONG.match(sentence.text, figure.end - sentence.start):
        return _strength_of(words), None
    acts = _acts_by_times(sentence, figure)
    if acts is not None:
        return acts, None
    numbered = _numbered(words)
    if numbered is not None:
        return numbered, None
    if figure.kind == "money":
        value = _value_of_the_subject(words) or _value_of_the_thing_priced(figure, words)
        if value is not None:
            return value, None
    if figure.details.get("ordinal"):
        return _running_count(sentence, words), None
    if figure.kind in ("percent", "fraction"):
        state = _subject_in_a_state(words) or _funds_received(words)
        if state is not None:  # "its appeal was only 24 percent funded", "is less than half
            return state, None  # funded"
    left = _left_at_large(sentence, figure, words, memory)
    if left is not None:
        return left
    i = _skip_quotes(doc, words.end, end)
    if i < end and doc[i].lower_ == "of":
        return _measure_of(sentence, figure, words, memory, i + 1)
    if i + 1 < end and doc[i].lower_ == "head" and doc[i + 1].lower_ == "of":
        # "more than 12,000 head of cattle were stolen": the animals, counted by the head
        return _measure_of(sentence, figure, words, memory, i + 2)
    if figure.kind == "fraction" and i < end and doc[i].lower_ in ("the", "its", "their"):
        return _measure_of(sentence, figure, words, memory, i)  # "more than half the population"
    if i < end and doc[i].lower_ == "the" and _past_the_number_of(doc, i + 1, end) > i + 1:
        # "brings to at least 30 the number of people charged": the figure stands before the
        # count it sets
        return _measure_of(sentence, figure, words, memory, i)
    if figure.kind == "count" and _rate(doc, words.end) is not None:
        return _elided(sentence, figure, words, memory)  # "had averaged nearly three a day"
    change = _change_beside_a_count(sentence, figure, words, memory)
    if change is not None:
        return change
    phrase = _noun_phrase(doc, i, end)
    if _a_share_changed_by(sentence, figure):  # "attacks fell by nearly half"
        return _percent_change(figure, words), None
    if figure.kind == "fraction":
        if phrase is not None and _IN_EVERY.fullmatch(figure.text):  # "nine in ten victims"
            measure = _named_measure(phrase, figure, words)
            if measure is not None:
                return measure, None
        measure, antecedent = _share_of_which(sentence, figure, words, memory)
        if measure is None:  # "Nearly nine in ten took place in Khyber Pakhtunkhwa"
            # the parse may make "Fewer" of "Fewer than one in five were ..." the head
            subject = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), words.root)
            whole = _whole_told_before(subject, memory, sentence, figure)
            if whole is not None:
                return _copy_measure(whole.measure, subject, figure, words), whole
        return measure, antecedent
    if phrase is not None and phrase[1].lower_ == "others":
        return _others(sentence, figure, words, memory, phrase[1])
    if phrase is not None:
        measure = _named_measure(phrase, figure, words)
        if measure is not None:
            antecedent = _such(measure, phrase, words, memory)
            if antecedent is not None:
                measure = _inherit(measure, antecedent.measure)
            elif measure.outcome is None:
                _part_of_earlier(measure, sentence, memory)
            return measure, antecedent
        if figure.kind != "percent" and not _dated(sentence, phrase[1]):
            return _noun_told_before(memory, sentence, figure, words)  # "250 taken hostage"
    if figure.kind == "percent":  # "rose by 30 percent (last year)"
        changed = _percent_change(figure, words)
        if changed is not None:
            return changed, None
    return _elided(sentence, figure, words, memory)


_BY_BEFORE = re.compile(r"\bby\s*$", re.I)


def _a_share_changed_by(sentence: Sentence, figure: _Figure) -> bool:
    """ "Attacks fell by nearly half": a fraction after "by" tells a change."""
    before = sentence.text[: figure.start - sentence.start]
    return figure.kind == "fraction" and _BY_BEFORE.search(before) is not None


# "700 times", "nine times a month"; not "three times as many", "four times the number"
_TIMES = re.compile(
    r"\s*times\b(?!\s+(?:as|more|higher|greater|larger|bigger|smaller|less|fewer|over|the|that"
    r"|than|what)\b)",
    re.I,
)


# words between "number" and the figure it says a body counts ("number more than 3,000")
_NUMBER_QUALIFIERS = frozenset(
    ("about", "some", "around", "roughly", "nearly", "almost", "more", "than", "at", "least",
     "up", "to", "over", "perhaps", "as", "many", "fewer", "less", "between", "an", "estimated")
)


def _numbered(words) -> _Measure | None:
    """ "The group's fighters number about 3,000": the plural noun before the verb "number",
    which the parse often takes for a noun ("fighters number" as a compound)."""
    doc = words.doc
    i = words.start - 1
    while i >= 0 and doc[i].lower_ in _NUMBER_QUALIFIERS:
        i -= 1
    if i < 1 or doc[i].lower_ not in ("number", "numbered", "numbers"):
        return None
    counted = doc[i - 1]
    if counted.lower_ in ("who", "which") and doc[i].dep_ == "relcl":
        # "its imprisoned members, who number about 350": the noun the clause describes
        counted = doc[i].head
    if counted.tag_ not in ("NNS", "NNPS"):
        return None
    measure = _Measure("", counted.idx, counted.idx + len(counted.text), counted, _clean(counted.text))
    measure.text = _compose(measure)
    return measure


def _change_beside_a_count(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known]
) -> tuple[_Measure, _Known] | None:
    """A change told beside a count is the count's: "recorded 856 attacks in the first 10
    months of the year, up by about a third on the same period of 2023", "207 attacks last
    year, a rise of 42 percent over 2020" -> "percent change in attacks"."""
    if figure.kind not in ("percent", "fraction") or words.root.dep_ != "pobj":
        return None
    prep = words.root.head
    owner = prep.head
    if prep.lower_ == "of":  # "a rise of 42 percent", not "a rise of 42 percent in kidnappings"
        told = (
            owner.pos_ == "NOUN"
            and owner.lemma_.lower() in statistic_lexicon().change_lemmas
            and (owner.dep_ == "attr" or _set_off(owner))
            and not any(
                c.dep_ == "prep" and c.lower_ == "in"
                for c in (*owner.children, *words.root.children)
            )
        )
    else:  # "up by about a third", not "attacks were up by a third" (their own subject)
        told = prep.lower_ == "by" and owner.lower_ in ("up", "down")
        # "claimed 87 attacks ..., down by about two-thirds": set off from the verb it hangs on
        told = told and (owner.head.pos_ not in ("VERB", "AUX") or _set_off(owner))
    if not told:
        return None
    before = [
        known
        for known in memory
        if known.sentence == sentence.index
        and known.figure.start < figure.start
        and known.figure.kind == "count"
        and known.measure.per is None
    ]
    if not before:
        return None
    known = before[-1]
    changed = _Measure(
        "", owner.idx, owner.idx + len(owner.text), known.measure.head, known.measure.nouns,
        known.measure.outcome,
    )
    changed.text = f"percent change in {_casualties_told(before) or known.measure.text}"
    return changed, known


def _set_off(noun) -> bool:
    """A noun phrase set off by a comma, told beside what comes before it however the parse
    hangs it ("207 attacks last year, a rise of 42 percent")."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _casualties_told(before: list[_Known]) -> str | None:
    """ "1,659 civilians were killed and 3,524 wounded ..., a rise of 47 percent": a change of
    the dead and wounded together is one of casualties."""
    if len(before) < 2:
        return None
    killed, wounded = before[-2].measure, before[-1].measure
    lex = statistic_lexicon()
    if killed.outcome != "killed" or lex.outcomes.get(wounded.nouns, wounded.outcome) != "wounded":
        return None
    return "civilian casualties" if killed.nouns == "civilians" else "casualties"


def _acts_by_times(sentence: Sentence, figure: _Figure) -> _Measure | None:
    """ "Coalition warplanes have struck around the town more than 700 times since late
    September", "Lido beach has been attacked at least four times", "U.S. forces have come
    under attack more than 160 times": the figure counts the acts its verb tells, on what
    they hit ("attacks on lido beach")."""
    offset = figure.end - sentence.start
    if figure.kind != "count" or not _TIMES.match(sentence.text, offset):
        return None
    words = _tokens(sentence, figure.start, figure.end)
    if words is None or words.end >= sentence.span.end:
        return None
    times = words.doc[words.end]
    if times.lower_ != "times":
        return None
    verb = next((a for a in times.ancestors if a.pos_ in ("VERB", "AUX")), None)
    acts = _acts_of(verb) if verb is not None else None
    if acts is None:
        return None
    lex = statistic_lexicon()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    under = acts != lex.acts_by_times.get(verb.lemma_.lower())  # "came under attack"
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if acts == "strikes" and doer is not None and not under:
        striker = doer.lemma_.lower()
        if striker in lex.drone_strikers:
            acts = "drone strikes"
        elif striker in lex.air_strikers:
            acts = "air strikes"
    hit_dep = ("nsubjpass", "nsubj") if passive or under else ("dobj",)
    hit = next((c for c in verb.children if c.dep_ in hit_dep), None)
    if hit is not None and (hit.pos_ not in ("NOUN", "PROPN") or times in hit.subtree):
        hit = None  # "clashed an average of nine times": no target
    target = _target_words(hit) if hit is not None else None
    measure = _Measure("", times.idx, times.idx + len(times.text), times, acts)
    measure.per = _rate(words.doc, times.i + 1)
    measure.text = _compose(measure)
    if target:
        measure.text = f"{acts} on {target}" + (f" per {measure.per}" if measure.per else "")
    return measure


def _value_of_the_subject(words) -> _Measure | None:
    """ "Trade through Chinshwehaw was worth about $1.8 billion", "the trade was worth $31
    billion in 2014": a sum a thing is said to be worth is its value ("value of trade")."""
    worth = words.root.head
    if worth.lower_ != "worth" or worth.dep_ not in ("acomp", "attr"):
        return None
    subject = next((c for c in worth.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    nouns = _bare_phrase(subject)
    measure = _Measure("", subject.idx, subject.idx + len(subject.text), subject, "value")
    measure.text = f"value of {nouns}"
    return measure


def _value_of_the_thing_priced(figure: _Figure, words) -> _Measure | None:
    """ "under a $15 billion deal", "leads the $20 billion Mozambique LNG project": a large sum
    printed before a thing that is no sum itself is the thing's value ("value of deal"); "a $5
    million reward" is the reward."""
    lex = statistic_lexicon()
    thing = words.root.head
    before = words.root.dep_ in ("nummod", "compound", "amod") and thing.i > words.root.i
    if not before or thing.pos_ != "NOUN" or (figure.quantity.best() or 0) < lex.valued_minimum:
        return None
    name = _clean(thing.text)
    if name in lex.money_nouns or name in lex.currencies or name in lex.amount_words:
        return None
    if name == "worth":  # "$40 billion worth of cargo": the cargo's value, told elsewhere
        return None
    measure = _Measure("", thing.idx, thing.idx + len(thing.text), thing, "value")
    measure.text = f"value of {_bare_phrase(thing)}"
    return measure


def _running_count(sentence: Sentence, words) -> _Measure | None:
    """What an ordinal after a copula ranks, when it ranks acts over a stretch of time: the
    noun it modifies ("was the third suicide bombing ... in a year"), else the subject ("The
    strike on Wednesday was the 12th in Pakistan this year"), with what they hit ("the ninth
    on a military base")."""
    lex = statistic_lexicon()
    rank = words[-1]
    if rank.dep_ == "conj" and rank.head.dep_ == "amod":
        rank = rank.head  # "the 23rd and 24th French soldiers": the ranks of one noun
    noun = rank.head if rank.dep_ == "amod" and rank.head.pos_ == "NOUN" else None
    told = noun if noun is not None else rank
    copula = told.head
    if told.dep_ != "attr" or copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    acts = noun if noun is not None else subject
    victims = _victims_ranked(noun) if noun is not None else None
    if victims is not None:  # "the 24th French soldier killed in the region since 2013"
        return victims
    if acts is None:
        return None
    word = _hyphened(acts)  # "break-out", which the tokenizer splits into three
    if word not in lex.incident_nouns | lex.ranked_acts:
        return None
    scope = {t.i for t in copula.subtree}
    dated = any(w.root.i in scope for _, _, _, w in sentence.dates)
    if not dated and not lex.running_stretch.search(sentence.text):
        return None  # "the third attack on the town": a rank, over no stretch told
    kept = [t for t in acts.lefts if t.dep_ in ("compound", "amod") and t.i != rank.i]
    joined = word != acts.lower_
    if joined:  # the words hyphened to it are no modifiers of it
        kept = [t for t in kept if t.i < acts.i - 2 * word.count("-")]
    nouns = " ".join([*(_clean(t.text) for t in kept), f"{word}s" if joined else _plural(acts)])
    # what they hit or where ("the ninth on a military base", "the third jailbreak at the
    # facility")
    on = next((c for c in told.children if c.dep_ == "prep" and c.lower_ in ("on", "at")), None)
    hit = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    # "at Auno", "at Kabul airport": the place, not a kind of target; but a named body struck
    # is the target ("the third attack on Express News since August")
    named_target = hit is not None and on.lower_ == "on" and _a_named_body(hit)
    if hit is not None and hit.pos_ != "NOUN" and not named_target:
        hit = None
    measure = _Measure("", rank.idx, rank.idx + len(rank.text), rank, nouns)
    measure.text = f"{nouns} {on.lower_} {_target_words(hit)}" if hit is not None else nouns
    return measure


def _a_named_body(token) -> bool:
    """A name of an organisation, an outlet or a group, not of a place."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "")


def _victims_ranked(noun) -> _Measure | None:
    """ "the 24th French soldier killed in the region since 2013": a rank among people a
    casualty befell since a time, the count of them so far."""
    lex = statistic_lexicon()
    # "the 24th soldier killed", "the seventh senior figure to be arrested since the ceasefire"
    harm = next(
        (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"), None
    )
    outcome = lex.outcomes.get(harm.lemma_.lower()) if harm is not None else None
    if outcome in lex.ranked_taken:
        outcome = harm.lower_  # "the fourth district capital the insurgents have seized"
    elif outcome not in lex.casualty_outcomes and outcome not in ARREST_OUTCOMES:
        return None
    if not _since_told(harm, noun.head):
        return None  # "the third soldier killed": a rank, over no stretch told
    # "French soldier": the kind of them, not the rank ("24th") nor a vague adjective
    kept = [
        t
        for t in noun.lefts
        if t.dep_ == "compound" or (t.dep_ == "amod" and t.ent_type_ == "NORP")
    ]
    nouns = " ".join([*(_clean(t.text) for t in kept), _plural(noun)])
    measure = _Measure("", noun.idx, noun.idx + len(noun.text), noun, nouns, outcome)
    measure.text = f"{nouns} {outcome}"
    return measure


def _since_told(harm, copula) -> bool:
    """The stretch a rank counts over, told with the deed ("killed in the region since 2013")
    or hung by the parse on the copula ("was the seventh candidate killed in Colombia since
    the campaign began")."""
    if any(t.lower_ == "since" and not _in_a_relative_below(t, harm) for t in harm.subtree):
        return True
    for c in copula.children:
        if c.dep_ == "prep" and c.lower_ == "since" and c.i > harm.i:
            return True
        if c.dep_ == "advcl" and c.i > harm.i and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children
        ):
            return True
    return False


def _in_a_relative_below(token, top) -> bool:
    """ "killed in the town, which has been quiet since 2019": a word of a relative clause
    about something under ``top``, which says nothing of ``top`` itself."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _stated_again_bare(antecedent: _Known | None, sentence: Sentence, anchor) -> bool:
    """ "counted 24 crew members taken in 2016 and eight in 2019": a bare figure joined to a
    stated one of its sentence is the same count at another time or place, a statistic too
    (however small it is alone)."""
    if antecedent is None or not antecedent.stated or antecedent.sentence != sentence.index:
        return False
    return anchor.like_num and anchor.dep_ == "conj"


def _gapped_after_a_stated(memory: list[_Known], sentence: Sentence, anchor) -> bool:
    """ "Another 2,212 people were wounded and 1,494 kidnapped in 2024": a figure whose verb
    shares the auxiliary of a stated figure's verb is told the same way, as a statistic
    (whatever its own verb would say alone: "kidnapped" reads as one incident)."""
    verb = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # a clause of its own
    first = verb.head
    subjects = {
        t.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    }
    return any(k.sentence == sentence.index and k.stated and k.anchor in subjects for k in memory)


def _acts_of(verb) -> str | None:
    """The acts a verb tells ("struck" -> strikes), or those of "come under attack"."""
    acts = statistic_lexicon().acts_by_times
    lemma = verb.lemma_.lower()
    if lemma in acts:
        return acts[lemma]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in acts:
                return acts[noun.lemma_.lower()]
    return None


def _target_words(noun) -> str:
    """What acts hit, told by its noun and the words before it ("al-Qaeda figures", "Lido
    beach", "U.S. forces"), without determiners or what follows."""
    kept = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "case")]
    first = min([noun, *(t.left_edge for t in kept)], key=lambda t: t.i)
    return noun.doc[first.i : noun.i + 1].text.lower()


# "nine in ten", "one out of five": a rate, not "four out of 135 missing persons" (a count)
_IN_EVERY = re.compile(
    rf"(?:(?:as\s+many\s+as|as\s+few\s+as|up\s+to)\s+|\w+\s+(?:than\s+)?)?"
    rf"(?:{_SMALL})\s+(?:in|out\s+of)\s+(?:{_SMALL}|10)",
    re.I,
)
_OF_WHICH_BEFORE = re.compile(r"\b(?:of|among)\s+(?:whom|which|them|those)\s*,?\s*$", re.I)


def _share_of_which(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known]
) -> tuple[_Measure | None, _Known | None]:
    """ "killed 40,000 people, of whom about a third were civilians": a share of the figure
    told just before it in the sentence."""
    before = sentence.text[: figure.start - sentence.start]
    if not _OF_WHICH_BEFORE.search(before):
        return None, None
    antecedent = _latest(memory, sentence, figure)
    if antecedent is None or antecedent.sentence != sentence.index:
        return None, None
    return _copy_measure(antecedent.measure, words.root, figure, words), antecedent


# "is believed to number 4,000": the verb, not "number 7"
_NUMBER_VERB = re.compile(
    r"\b(?:to|may|might|could|would|now|still|did|does|who|which|they|we)\s+number\s*$", re.I
)
_STRONG = re.compile(r"\s*[-–]\s*strong\b", re.I)
_NUMBER_BEFORE = re.compile(r"\bnumber\s*$", re.I)


def _number_verb(before: str, figure: _Figure) -> bool:
    """ "is believed to number 4,000", "the militias number more than 120,000 men": the verb,
    not a reference ("number 7"). A reference number never carries a qualifier, so "number"
    right before "about", "some" or "more than" is the verb whatever the parse makes of it."""
    if _NUMBER_VERB.search(before):
        return True
    if not _NUMBER_BEFORE.search(before):
        return False
    printed = re.sub(r"\s+", " ", figure.text.lower())
    if printed.startswith("between ") or figure.quantity.min != figure.quantity.max:
        return True  # "fighters number between 300 and 500": no reference is a range
    return any(printed.startswith(q + " ") for q in statistic_lexicon().qualifiers if q)


def _strength_of(words) -> _Measure | None:
    """ "the 22,000-strong African Union force": the people of the body it sizes, as the
    lexicon names them (troops of a force, fighters of a militia); "a 300-strong mob" is none."""
    strong = next((t for t in words.doc[words.end : words.end + 3] if t.lower_ == "strong"), None)
    body = strong.head if strong is not None else None
    if body is None or body.pos_ != "NOUN":
        return None
    people = statistic_lexicon().strength_of.get(body.lemma_.lower())
    if people is None:
        return None
    lex = statistic_lexicon()
    police = next((t.lower_ for t in body.lefts if t.lower_ in lex.strength_of.values()), None)
    people = police or people  # "a 1,000-strong police force" counts police
    measure = _Measure("", body.idx, body.idx + len(body.text), body, people)
    measure.text = _compose(measure)
    return measure


def _dated(sentence: Sentence, tok) -> bool:
    """ "rose to 340 last year": the words after the figure are its time, not what it counts."""
    return any(s <= tok.idx < e for s, e, _, _ in sentence.dates)


def _part_of_earlier(measure: _Measure, sentence: Sentence, memory: list[_Known]) -> None:
    """ "500 people were killed, including 120 children": the part shares what happened to the
    whole told before it in the sentence."""
    head = measure.head
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in ("including", "among"):
        return
    earlier = next((k for k in reversed(memory) if k.sentence == sentence.index), None)
    if earlier is None or earlier.measure.outcome is None:
        return
    measure.outcome = earlier.measure.outcome
    measure.text = _compose(measure)


def _foreign_part_of_whole(sentence: Sentence, measure: _Measure, memory: list[_Known]) -> None:
    """ "some 10,000 Islamic State fighters ..., among them about 2,000 foreigners", "56,000
    people live in the camp ... and 10,000 of them are foreigners": the foreigners are the
    whole's people who are foreign ("foreign fighters"), not foreigners at large."""
    lex = statistic_lexicon()
    if measure.outcome is not None or measure.text not in lex.foreigners:
        return
    whole = next(
        (k for k in reversed(memory) if k.sentence == sentence.index and _counts_people(k)), None
    )
    if whole is None:
        return
    people = _clean(whole.measure.head.text)
    if people in lex.generic_people and whole.measure.nouns != people:
        people = whole.measure.nouns  # "camp residents"
    measure.text = f"foreign {people}"


def _counts_people(known: _Known) -> bool:
    """A figure told before that counts people of some kind ("fighters", "residents"), not
    places or things ("two dozen prisons"), nor foreigners themselves."""
    lex = statistic_lexicon()
    head = known.measure.head
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    noun = _clean(head.text)
    people = (lex.stock - lex.territory) | lex.generic_people
    return noun in people and noun not in lex.foreigners


def _others(sentence: Sentence, figure: _Figure, words, memory: list[_Known], others):
    """ "killed 2 civilians and injured 11 others": more of what the figure before counted."""
    before = _latest(memory, sentence, figure)
    if before is None or before.sentence != sentence.index:
        return None, None
    outcome = _verb_outcome(others, words)
    measure = _Measure(
        "", others.idx, others.idx + len(others.text), others, before.measure.nouns, outcome
    )
    measure.nouns = measure.nouns.removeprefix("people ") if outcome else measure.nouns
    measure.text = _compose(measure)
    # "has stopped more than 9,000 others from leaving": what was done to the others
    measure.text = " ".join(filter(None, [measure.text, _act_told(measure, others)]))
    return measure, before


def _skip_quotes(doc, i: int, end: int) -> int:
    while i < end and doc[i].text in _QUOTES:
        i += 1
    return i


def _plural_compound_of(word, noun) -> bool:
    """ "35 social media accounts": a plural the parse makes the compound of a plural noun."""
    return word.dep_ == "compound" and word.head.i == noun.i and noun.tag_ in ("NNS", "NNPS")


def _noun_phrase(doc, i: int, end: int):
    """(tokens, head) of the noun phrase starting at token ``i``: modifiers, the counted noun,
    a participle after it ("people killed")."""
    tokens = []
    j = i
    while j < end:
        tok = doc[j]
        if tok.text in _QUOTES and tok.text not in "()":
            j += 1
            continue
        if tok.text == "(" and j + 2 < end and doc[j + 2].text == ")" and doc[j + 1].is_upper:
            j += 3  # "124 Security Force (SF) personnel"
            continue
        if (
            tok.tag_ not in _NP_TAGS
            and not (tok.tag_ == "VBG" and j + 1 < end and doc[j + 1].tag_ in _NOUN_TAGS)
            and not _adverb_of_modifier(tok, j, end)
            and not (tokens and _mistagged_plural(tok))
            and not (not tokens and _mistagged_casualty(tok))
            and not (tokens and _joins_modifiers(tok, j, end))
            and not (tokens and _in_a_list_of_modifiers(doc, j, end))
        ):
            break
        if (
            tok.tag_ in ("NNS", "NNPS", "NN")
            and tokens
            and tokens[-1].tag_ in ("NNS", "NNPS")
            and tokens[-1].ent_type_ != GROUP_LABEL
            # but "35 social media accounts": a plural the parse makes the noun's compound
            and not (_plural_compound_of(tokens[-1], tok) and _countable(tok))
        ):
            break  # "fighters members": a new phrase
        if tok.ent_type_ in ("DATE", "TIME") and any(_countable(t) for t in tokens):
            break  # "170 suspects last year": the period, not the counted
        tokens.append(tok)
        j += 1
    heads = [t for t in tokens if _countable(t)]
    if not heads:
        if (
            tokens
            and (tokens[-1].tag_ in ("JJ", "VBN") or _mistagged_casualty(tokens[-1]))
            and tokens[-1].lower_ in statistic_lexicon().casualty
        ):
            return tokens, tokens[-1]  # "84 dead", "300 wounded"
        return None
    head = heads[-1]
    tokens = [t for t in tokens if t.i <= head.i + 1]
    if tokens[-1].i == head.i + 1 and tokens[-1].tag_ != "VBN":
        tokens = tokens[:-1]
    return tokens, head


def _joins_modifiers(tok, j: int, end: int) -> bool:
    """ "more than 30 air and drone strikes": "and" between two words that both modify the
    counted plural after them, not between two counted things ("20 soldiers and police")."""
    doc = tok.doc
    if tok.tag_ != "CC" or tok.lower_ not in ("and", "or") or j + 2 >= end:
        return False
    before, after, counted = doc[j - 1], doc[j + 1], doc[j + 2]
    # the parse may make the first modifier the counted noun and the plural its conjunct
    # ("24 suicide and complex attacks")
    conjunct = counted.dep_ == "conj" and counted.head.i == before.i
    return (
        before.tag_ in ("NN", "JJ")
        and after.tag_ in ("NN", "JJ")
        # "16 passenger and freight trains a day": the plural may be tagged a verb
        and (counted.tag_ == "NNS" or _mistagged_plural(counted))
        and (before.head.i in (after.i, counted.i) or conjunct)
    )


def _listed_participles(modifiers: list) -> list:
    """The participles listed with "or" or "and" before the counted noun ("completed, failed
    or foiled"), from the first to the last; none when there is no such list."""
    participles = [n for n, t in enumerate(modifiers) if t.tag_ == "VBN"]
    if len(participles) < 2:
        return []
    first, last = participles[0], participles[-1]
    words = modifiers[first : last + 1]
    if not any(t.lower_ in ("and", "or") for t in words):
        return []
    return words


def _in_a_list_of_modifiers(doc, j: int, end: int) -> bool:
    """ "14 completed, failed or foiled jihadist attacks": a comma or "or" inside a list of
    participles and adjectives that all stand before the counted plural."""
    if doc[j].text != "," and doc[j].lower_ not in ("and", "or"):
        return False
    if doc[j - 1].tag_ != "VBN":
        return False  # "soldiers and police officers": two counted things
    k, joined = j, False
    while k < end and k - j <= _MODIFIER_LIST_WORDS:
        tok = doc[k]
        if tok.tag_ == "NNS":
            return joined
        if tok.lower_ in ("and", "or"):
            joined = True
        elif tok.text != "," and tok.tag_ not in ("JJ", "VBN", "NN"):
            return False
        k += 1
    return False


# how far a list of modifiers may run before the counted noun it stands before
_MODIFIER_LIST_WORDS = 6


def _adverb_of_modifier(tok, j: int, end: int) -> bool:
    """ "130,000 internally displaced people", "200 newly recruited fighters": an adverb of
    the participle or adjective that modifies the counted noun."""
    doc = tok.doc
    return (
        tok.tag_ == "RB"
        and tok.dep_ == "advmod"
        and j + 1 < end
        and doc[j + 1].tag_ in ("VBN", "JJ")
        and tok.head.i == j + 1
    )


def _mistagged_plural(tok) -> bool:
    """ "14 dormant Twitter accounts", "16 freight trains" tagged a verb: a counted plural
    after a modifier."""
    lex = statistic_lexicon()
    return tok.tag_ == "VBZ" and tok.lower_ in lex.online | lex.event | lex.stock | lex.vehicles


def _mistagged_casualty(tok) -> bool:
    """ "230 were killed and 410 wounded": the elided participle the parse took for a verb with
    the figure as its subject."""
    return tok.tag_ == "VBD" and tok.dep_ == "conj" and tok.lower_ in statistic_lexicon().casualty


def _members_named(tok) -> bool:
    """ "344 Maoists", "1,728 Naxals": a group's name for its members."""
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return alone and tok.text.endswith("s") and tok.text[:1].isupper()


def _countable(tok) -> bool:
    """A noun that can be counted: a common noun, or a plural name ("1,728 Naxals")."""
    if tok.ent_type_ == GROUP_LABEL:
        return _members_named(tok)
    if tok.tag_ in _NOUN_TAGS or _mistagged_plural(tok):
        return True
    plural_name = tok.tag_ == "NNP" and tok.text.endswith("s") and tok.text[:-1].isalpha()
    return (plural_name and tok.ent_type_ in ("", "NORP")) or _people_counted(tok)


def _people_counted(tok) -> bool:
    """A people's name that is its own plural, counted by the figure before it ("700,000
    Rohingya", "2,000 Hazara"), not "the Rohingya leader"."""
    counted = any(c.dep_ == "nummod" and c.like_num for c in tok.children)
    # "75 percent of South Sudanese": the people a share is of
    shared = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.ent_type_ == "PERCENT"
    return (
        tok.tag_ == "NNP"
        and tok.ent_type_ in ("NORP", "")  # the model may miss the name
        and tok.text.isalpha()
        and (counted or (shared and tok.ent_type_ == "NORP"))
    )


def _named_measure(phrase, figure: _Figure, words) -> _Measure | None:
    lex = statistic_lexicon()
    tokens, head = phrase
    noun = _clean(head.text)
    if noun in lex.never or (
        head.tag_ == "NN" and figure.kind == "count" and noun not in lex.casualty
    ):
        return None  # "2,000 head of cattle", "12 Kabul"
    if noun in lex.currencies:
        return None  # "grants of 65,000 pesos ($1,300)": a sum, not a count of things
    if head.tag_ == "NNP" and not _countable(head):
        return None
    after = [t for t in tokens if t.i > head.i]
    modifiers = [t for t in tokens if t.i < head.i]
    outcome = None
    # "people already displaced": a participle after the noun, past an adverb the noun phrase
    # stops at (however the parse hangs it)
    told_after = _participle_after_adverbs(head)
    listed = _listed_participles(modifiers)  # "completed, failed or foiled": no one fate
    in_list = {t.i for t in listed}
    for tok in [*modifiers, *after, *told_after]:
        if tok.i in in_list:
            continue
        if (tok.tag_ == "VBN" or tok in told_after) and tok.lower_ in lex.outcomes:
            outcome = lex.outcomes[tok.lower_]
    before = _fate_after_participle(head, modifiers, outcome, words)
    if before is not None:  # "35 escaped prisoners were recaptured": the later fate counts
        outcome = None
    outcome = (
        _still_outcome(head, words)
        or outcome
        or _verb_outcome(head, words)
        or _verb_outcome(words.root, words)
        or _clause_outcome(head)
    )
    if outcome == "left" and head.dep_ != "nsubj":
        outcome = None  # "had fewer than 100 cadres left": the ones remaining, not who left
    next_word = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if outcome == "deployed" and next_word is not None and next_word.lower_ == "home":
        outcome = "sent_home"  # "sending about 4,000 pupils home", however the parse hangs it
    # "150,000 Malians have fled to neighbouring countries": displaced abroad, refugees
    refugees = outcome in (None, "displaced") and _fled_abroad(head)
    if refugees:
        outcome = "displaced"
    if outcome == "remaining" and _stationed(head):
        outcome = None  # "About 900 American troops remain in Syria": a force's strength
    if outcome is None and _hosted_by_a_country(head):
        outcome = "hosted"
    nouns = _noun_text(head, modifiers)
    if listed:  # "14 completed, failed or foiled jihadist attacks"
        nouns = f"{_words_as_printed(listed)} {nouns}"
    if before is not None and not nouns.startswith(before):
        nouns = f"{before} {nouns}"
    if _population(head):
        nouns, outcome = "population", None
    elif (voters := _voters(head)) is not None:
        nouns, outcome = voters, None
    elif _residents(head):
        nouns, outcome = _residents_named(head), None
    elif (place := _camp_housing(head)) is not None:  # "the camps held about 96,000 Eritreans"
        nouns, outcome = f"{nouns} in {_place_words(place)}", None
    if nouns == "men" and outcome is None and _strength(head):
        nouns = "fighters"  # "a small group, perhaps 30 men": a group's strength
    outcome = outcome or _still_there(head)
    doc = head.doc
    first = min([head, *modifiers], key=lambda t: t.i)
    last = max([head, *after], key=lambda t: t.i)
    measure = _Measure(
        "", doc[first.i].idx, last.idx + len(last.text), head, nouns, outcome, modifiers=modifiers
    )
    measure.per = _rate(doc, last.i + 1) or _clause_rate(head)
    measure.standing = any(
        doc[t.i - 1].lower_ in ("already", "still") for t in told_after if t.lower_ in lex.outcomes
    )
    measure.text = _compose(measure)
    if measure.outcome in statistic_lexicon().journeys:
        measure.text = _with_journey(measure.text, head, nouns)
    if measure.outcome == "left":
        measure.text = _place_left(measure, head)
    if measure.outcome == "joined":
        measure.text = " ".join(filter(None, [measure.text, _what_they_joined(head)]))
    measure.text = " ".join(filter(None, [measure.text, _told_after(measure, head, words)]))
    measure.text = _narrowed(measure, head)
    measure.text = _with_cause(measure, head) or _with_joined_outcome(measure, head)
    if measure.text == _compose(measure):
        told = (
            _act_told(measure, head)
            or _needing(measure, head)
            or _relative_told(measure, head)
            or _target_of_acts(measure, head)
            or _arrival_told(measure, head)
            or _classed_as(measure, head)
            # not "40 percent of families in the camp ...": a share of the camp's people
            or (_held_at(measure, head) if _a_count_or_its_part(figure) else None)
            or _registered_in(measure, head)
        )
        measure.text = " ".join(filter(None, [measure.text, told, _task_of_the_force(head)]))
    measure.qualifier = (
        _hit_by(measure, head)
        or _outcome_done_by(measure, head)
        or _killed_by_the_state(measure, head)
    )
    if refugees:
        measure.text = REFUGEES
    sentence_given = _sentenced_to(head) if measure.outcome == "convicted" else None
    if sentence_given is not None:
        measure.text = _with_sentence_given(measure.text, sentence_given)
    if _soldiers_kept_somewhere(measure, head):
        measure.outcome = "deployed"
        measure.text = _compose(measure)
    if measure.outcome == "deployed":
        _named_by_their_country(measure, head)
    return measure


# people put on trial: an outcome read off the verb that counts them alone, as "try" mostly
# tells an attempt ("who tried to go", "travelled or tried to travel")
TRIED = "tried"


def _put_on_trial(verb) -> bool:
    """ "Seventy-eight people were tried", "all eight people tried over the attack", "courts
    tried more than 300 people": tried by a court (not "tried to flee")."""
    if verb.lemma_.lower() != "try" or verb.tag_ not in ("VBN", "VBD"):
        return False
    # "had never been tried": a state the share's own words tell
    return not any(c.dep_ in ("xcomp", "ccomp", "neg") for c in verb.children)


def _executed_by_a_state(anchor) -> bool:
    """ "Pakistan hanged four militants", "the authorities executed 12 prisoners": the state
    (a country's name, its government or courts) carries out death sentences."""
    lex = statistic_lexicon()
    verb = _governing_verb(anchor)
    if verb.lemma_.lower() not in lex.judicial_killing_verbs or anchor.dep_ != "dobj":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    states = lex.executing_states
    return subject.ent_type_ == "GPE" or bool({subject.lower_, subject.lemma_.lower()} & states)


def _sentenced_to(head) -> str | None:
    """ "courts have sentenced more than 200 people to death", "sentenced 38 men to death and
    11 to life in prison": the sentence, not only the conviction, says what befell them (the
    figure's own "to" first, for a figure that shares its verb with another)."""
    verb = _raised(_governing_verb(head))
    if verb.lemma_.lower() != "sentence":
        return None
    for owner in (head, verb):
        to = next((c for c in owner.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        given = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if given is not None and given.lower_ in _SENTENCES_FOR_LIFE:
            return " ".join(t.lower_ for t in given.subtree)
    return None


# what a sentence may take besides years ("to death", "to life in prison")
_SENTENCES_FOR_LIFE = frozenset({"death", "life"})


def _with_sentence_given(text: str, given: str) -> str:
    """ "men convicted" -> "men sentenced to death": what they were sentenced to says what
    befell them, in place of the conviction (and of an "of" after it, which told what the
    conviction was for: "sentenced five members of a banned group to death") or of the
    sentence a figure told before them had ("38 men to death and 11 to life in prison")."""
    return re.sub(
        r"\bsentenced to .*$|\bconvicted\b(?: of .*$)?", f"sentenced to {given}", text, count=1
    )


def _soldiers_kept_somewhere(measure: _Measure, head) -> bool:
    """ "France has about 4,500 soldiers in the Sahel", "4,000 soldiers serving with the
    African Union force there": a country's soldiers kept somewhere, counted as its troops
    deployed there (not soldiers killed, sent or surrendered, nor a measure already
    narrowed)."""
    if head.lower_ != "soldiers" or measure.outcome is not None or measure.per:
        return False
    if measure.text != measure.nouns:
        return False
    verbs = statistic_lexicon().stationing_verbs
    kept = head.dep_ == "dobj" and head.head.lemma_.lower() in verbs
    serving = any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in head.children)
    return kept or serving


def _named_by_their_country(measure: _Measure, head) -> None:
    """ "France has about 4,500 soldiers in the Sahel" -> "french soldiers deployed": a force
    a country sends or keeps is named by its people, unless its words already say whose it is
    ("1,000 Ugandan soldiers")."""
    if any(gazetteer().demonym_country(t.text) for t in measure.modifiers):
        return
    if not measure.text.startswith(measure.nouns):
        return
    adjective = _country_keeping_them(head)
    if adjective is None:
        return
    # after the words of how many more: "200 extra soldiers" -> "extra mexican soldiers"
    more = re.match(r"(?:(?:extra|additional|more|other|new) )*", measure.nouns).group(0)
    nouns = f"{more}{adjective.lower()} {measure.nouns[len(more):]}"
    measure.text = nouns + measure.text[len(measure.nouns) :]
    measure.nouns = nouns


def _country_keeping_them(head) -> str | None:
    """ "France has about 4,500 soldiers in the Sahel", "France, which keeps ...", "the
    Ugandan army, which has about 1,700 soldiers in Congo": the adjective of the country whose
    soldiers they are."""
    keeper = _sender_of(head)
    if keeper is None:
        return None
    name = _entity_of(keeper)
    if name is not None and name.label_ == "GPE":
        return gazetteer().country_adjective(name.text)
    adjectives = [c for c in keeper.children if c.dep_ in ("amod", "compound")]
    for word in adjectives:  # "the Ugandan army"
        if gazetteer().demonym_country(word.text) is not None:
            return word.text
    return None


def _entity_of(token):
    """The recognised entity the token is part of, if any."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _sender_of(head):
    """The subject that sends or keeps the counted force: "France" in "France has about 4,500
    soldiers", "France, which keeps ...", "Kenya sent troops ... and now has ..."."""
    verb = head.head if head.dep_ == "dobj" else _governing_verb(head)
    # "Kenya sent troops ... and now has", "plans to keep around 1,000 soldiers": the subject
    # of the verb the keeping is joined to
    while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    keeper = subjects[0] if subjects else None
    if keeper is not None and keeper.tag_ == "WDT" and verb.dep_ == "relcl":
        keeper = verb.head  # "France, which has ...": the noun the clause describes
    return keeper


REFUGEES = "refugees"


def _a_count_or_its_part(figure: _Figure) -> bool:
    """A count, or the stand-in for a count's part ("10,000 of its fighters")."""
    return figure.kind == "count" or bool(figure.details.get("part_count"))


def _registered_in(measure: _Measure, head) -> str | None:
    """ "counted 27,480 people in the Islamist scene", "5,100 people were on the police watch
    list": the scene or register that holds them says which people the figure counts."""
    if measure.outcome is not None or measure.per or not _generic_people(measure):
        return None
    lex = statistic_lexicon()
    verb = _governing_verb(head)
    # "counted 27,480 people in the Islamist scene", "are listed in France's database"
    telling = verb.lemma_.lower() in lex.state_verbs or verb.lemma_.lower() in lex.listing_verbs
    holders = [head, verb] if telling else [head]
    return _place_that_holds(
        holders,
        head,
        ("in", "on"),
        lambda place: place.lemma_.lower() in lex.register_nouns,
        lambda t: t.dep_ in ("amod", "compound") and t.ent_type_ not in ("GPE", "ORG", "PERSON"),
    )


def _place_that_holds(holders: list, head, preps: tuple, holds, kind) -> str | None:
    """The first phrase after the counted noun, on one of ``holders``, whose preposition is one
    of ``preps`` and whose object ``holds`` people: the preposition, the object's modifiers that
    tell its ``kind`` and the object, without its name or determiner ("in military detention")."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < head.i:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None or not holds(place):
                continue
            kinds = [t for t in place.lefts if kind(t)]
            return " ".join([prep.lower_, *(_clean(t.text) for t in kinds), place.lower_])
    return None


def _held_at(measure: _Measure, head) -> str | None:
    """ "some 20,000 Iraqi children in the camp", "about 100 French women ... in the camps",
    "10,000 fighters held in prisons": the kind of place that holds them says which of them
    the figure counts ("children in camp"; not "in Syria", "in the city": where they are is
    the place)."""
    if measure.outcome not in (None, "held", "remaining") or measure.per:
        return None
    lex = statistic_lexicon()
    # "100 French women and 250 children in the camps": the place ends the pair
    holders = [head, *(c for c in head.conjuncts if c.i > head.i)]
    # "8,000 of its members held in detention facilities": the participle after the noun
    holders += [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verb = _governing_verb(head)
    if measure.outcome is not None or verb.lemma_.lower() == "be":
        holders.append(verb)  # "were held in prisons", "there are 250 children in the camps"
    if verb.lemma_.lower() == "hold":  # "holds 10,000 men accused of fighting for the group in
        # prisons": the parse may hang where they are held on the words that describe them
        holders += [t for t in head.subtree if t.pos_ == "VERB" and t.i > head.i]
    # the kind of place only, as a measure reads ("in camps", "in military detention"), not
    # which one ("the al-Hol camp": the place) nor how many
    held_in = _place_that_holds(
        holders,
        head,
        ("in", "inside"),
        lambda place: place.pos_ == "NOUN" and _holds_people(place),
        # "in military detention", "in detention facilities"
        lambda t: (t.dep_ == "amod" and not t.ent_type_)
        or (t.dep_ == "compound" and t.lower_ in lex.holding_places),
    )
    if held_in is None and not _residents(head):  # "camp residents" says where already
        held_in = _holder_of(head)
    return None if held_in and measure.text.endswith(held_in) else held_in


def _holder_of(head) -> str | None:
    """ "the prisons holding about 12,000 suspected fighters", "the camps, which hold some
    40,000 people": the camp or prison that holds the counted ("in prisons")."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() != "hold":
        return None
    if _clean(head.text) in statistic_lexicon().inmates:
        return None  # "Ecuador's prisons hold about 39,000 inmates": their name says where
    place = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and place is not None and place.tag_ == "WDT"):
        place = verb.head  # "the prisons holding ...", "the camps, which hold ..."
    if place is None or place.pos_ != "NOUN" or not _holds_people(place):
        return None
    return f"in {place.lower_}"


def _holds_people(place) -> bool:
    """A camp, prison or the like, or a place named by one ("detention centres")."""
    holding = statistic_lexicon().holding_places
    return place.lower_ in holding or any(
        c.dep_ == "compound" and c.lower_ in holding for c in place.children
    )


def _fled_abroad(head) -> bool:
    """ "150,000 Malians have fled to neighbouring countries", "30,000 people crossed into
    Uganda": people who left their country are counted as refugees (not "fled to the city")."""
    return _all_abroad(_ways_fled(head))


def _all_abroad(ways: list) -> bool:
    return bool(ways) and all(_abroad(obj) for obj in ways)


def _ways_fled(head) -> list:
    """Where the counted fled to, when they are the subject of a verb of fleeing (or of its
    relative clause): the objects of its "to", "into", "across" phrases."""
    lex = statistic_lexicon()
    verb = _raised(_governing_verb(head))
    # "among them more than 700,000 who have crossed into neighbouring countries"
    fled = next((c for c in head.children if c.dep_ == "relcl"), None)
    if fled is not None and fled.lemma_.lower() in lex.fleeing:
        verb = fled
    elif head.dep_ == "dobj" and head.head.lemma_.lower() in lex.home_driving:
        verb = head.head  # "drove more than 700,000 people across the border into Bangladesh"
    elif head.dep_ == "nsubj" and _refuge_sought(verb):
        # "4,000 Burkinabe have sought refuge in Togo's Savanes region"
        found_in = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"]
        return [o for p in found_in for o in p.children if o.dep_ == "pobj"]
    elif head.dep_ != "nsubj" or verb.lemma_.lower() not in lex.fleeing:
        return []
    if _clean(head.text) in lex.not_refugees:
        return []
    # every place they fled to is abroad: not "fled toward Menaka town or into Niger"
    # (the parse may hang a way from the homes left, or join it to another)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    # "about 460,000 more have fled abroad": the adverb is where they went
    away = [
        c for c in verb.children if c.dep_ == "advmod" and c.lemma_.lower() in lex.abroad_nouns
    ]
    return away + [
        obj
        for prep in [*preps, *(c for p in preps for c in p.conjuncts)]
        if prep.lower_ in ("to", "into", "across", "toward", "towards")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _refuge_sought(verb) -> bool:
    """ "have sought refuge", "took shelter": people who fled to where they found it."""
    lex = statistic_lexicon()
    return verb.lemma_.lower() in lex.refuge_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.refuge_nouns for c in verb.children
    )


def _abroad(place) -> bool:
    """A place to flee to that is out of the country: "neighbouring countries", "the border",
    a country by name (which the recogniser may miss: "fled into Niger" as a facility)."""
    if place.lemma_.lower() in statistic_lexicon().abroad_nouns:
        return True
    owner = next((t for t in place.subtree if t.dep_ == "poss" and t.i < place.i), None)
    if place.pos_ == "NOUN" and owner is not None:
        place = owner  # "into Ghana's Upper East region": the country that owns it
    ent = _entity_of(place)
    name = ent.text if ent is not None and ent.label_ == "GPE" else place.text
    found = gazetteer().resolve(name) if place.pos_ == "PROPN" else None
    return found is not None and found.kind == "country"


def _hosted_by_a_country(head) -> bool:
    """ "Lebanon hosts more than 1 million Syrian refugees", "Turkey, which hosts about 1.8
    million refugees", "the kingdom hosts 635,000 refugees": the displaced a country shelters
    (not "the camp holds 40,000 people", a place's residents)."""
    lex = statistic_lexicon()
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in lex.hosting:
        return False
    host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if host is not None and host.lower_ in ("which", "that") and verb.dep_ == "relcl":
        host = verb.head  # "Turkey, which hosts ..."
    if host is None:
        return False
    people = _clean(head.text)
    # "Djibo now shelters more than 300,000 people": people a named town shelters
    sheltered = verb.lemma_.lower() == "shelter" and people in lex.generic_people
    if people not in lex.hosted_people and not (sheltered and host.ent_type_ == "GPE"):
        return False
    return host.ent_type_ == "GPE" or (
        host.pos_ == "NOUN" and host.lemma_.lower() in lex.host_nouns
    )


def _stationed(head) -> bool:
    """ "900 American troops remain in Syria": a force that stays somewhere is there, not what
    is left of something (not "troops remained missing", nor "fighters remain in the city")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() != "remain":
        return False
    if _clean(head.text) not in statistic_lexicon().force_people:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in verb.children)


def _act_told(measure: _Measure, head) -> str | None:
    """What was done to the counted, when no outcome word names it: "designated 22 criminal
    gangs as terrorist organisations" counts gangs designated as terrorist organisations,
    "shot dead 20 others" suspects shot dead, "10,000 accounts taken over" accounts taken over.
    The participle keeps its particle and the words that complete it; a verb that only tells
    the count ("has", "recorded", "estimated") tells nothing of what is counted."""
    if measure.outcome is not None or measure.per:
        return None
    lex = statistic_lexicon()
    if measure.text.split()[-1] in lex.outcomes:
        return None  # "caused nearly 350,000 deaths": the deaths already say what befell them
    verb = head.head
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))
    if head.dep_ not in ("dobj", "nsubjpass") or not participle:
        return None
    if verb.lemma_.lower() in lex.plain_verbs or measure.text.endswith(verb.lower_):
        return None
    if _camp_housing(head) is not None:
        return None  # "the camps sheltered about 25,000 refugees": the measure names the place
    words = [_clean(verb.text)]
    words += [_clean(c.text) for c in verb.children if c.dep_ in ("prt", "oprd", "acomp")]
    holders = (verb, head) if head.head.i == verb.i else (verb,)
    after = sorted(
        (
            c
            for h in holders
            for c in h.children
            if c.i > max(verb.i, head.i)
            and c.dep_ in ("prep", "agent", "xcomp")
            and c.lower_ not in lex.circumstance_preps
            # "looted 1,300 tonnes of wheat seed": the goods the noun already names
            and not (h is head and c.lower_ == "of" and " of " in measure.nouns)
            # "announced more than 50 air strikes in Somalia": the place field's words
            and not _a_named_place_phrase(c)
        ),
        key=lambda c: c.i,
    )
    if after:
        # "ordered to leave their homes": an infinitive keeps its "to"
        first = after[0].left_edge if after[0].dep_ == "xcomp" else after[0]
        tail = _phrase_words(first, after[0].right_edge.i, most=5)
        if tail and not any(ch.isdigit() for ch in tail):
            # "stopped 2,380 attempts to smuggle people": the infinitive completes the noun,
            # so it comes before what was done to them
            own = after[0].dep_ == "xcomp" and after[0].head.i == head.i
            words = [tail, *words] if own else [*words, tail]
    phrase = " ".join(w for w in words if w)
    return phrase if len(phrase.split()) <= 6 else None


def _a_named_place_phrase(prep) -> bool:
    """A preposition that says where, with a named place ("in Somalia", "across Assam"); not
    one that says whither or whence ("fired into Israel", "bought from China"), which tells
    which of them are counted."""
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    where = prep.lower_ in ("in", "across", "inside", "throughout")
    return where and place is not None and place.ent_type_ in ("GPE", "LOC")


def _participle_after_adverbs(head) -> list:
    """The past participle right after the noun and its adverbs ("people already displaced",
    "soldiers still missing"), if any."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV" and i - head.i <= 2:
        i += 1
    # the tagger reads "people already displaced" as a past tense as often as a participle
    if i == head.i + 1 or i >= len(doc) or doc[i].tag_ not in ("VBN", "VBD"):
        return []
    return [doc[i]]


def _fate_after_participle(head, modifiers: list, outcome: str | None, words) -> str | None:
    """The participle before the counted noun when the verb they are the subject of tells
    what later became of them ("110 of the escaped inmates had been recaptured", "35 escaped
    prisoners were recaptured"): the participle says who they are, the verb what is counted."""
    partitive = head.dep_ == "pobj" and head.head.lower_ == "of"  # "110 of the escaped ..."
    if outcome is None or not (head.dep_ in ("nsubj", "nsubjpass") or partitive):
        return None
    participle = next(
        (t for t in modifiers if t.tag_ == "VBN" and t.lower_ in statistic_lexicon().outcomes),
        None,
    )
    if participle is None or participle.i != head.i - 1:
        return None
    later = _verb_outcome(head, words)
    return _clean(participle.text) if later is not None and later != outcome else None


def _still_outcome(head, words) -> str | None:
    """ "111 hostages seized in the raid are still held", "40 soldiers captured in May are still
    missing": what is still true of the counted, told by their clause's verb, says what the
    figure counts today, not the participle that tells how they got there."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    told = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    if not any(c.dep_ == "advmod" and c.lower_ == "still" for w in told for c in w.children):
        return None
    return _verb_outcome(head, words)


def _told_after(measure: _Measure, head, words) -> str | None:
    """What narrows the counted after their noun: the kind of body they joined ("66 young men
    joined militant groups"), the force they serve with ("3,600 soldiers serve with the
    African Union force"), where they are active ("1,800 channels active on Telegram")."""
    lex = statistic_lexicon()
    if measure.outcome == "joined":
        verb = _journey_verb(head)
        body = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if body is not None and body.tag_ == "NNS" and not body.ent_type_:
            return _phrase_words(body.left_edge, body.i)  # not a group's name: its actor
        return None
    for child in head.children:  # "channels active on Telegram"
        if child.dep_ == "amod" and child.i > head.i and child.lemma_.lower() in lex.postposed:
            return _phrase_words(child, child.right_edge.i)
    body = _force_served(head) if measure.outcome is None else None
    if body is not None:  # "Kenya has 3,600 soldiers in the African Union force"
        words = _phrase_words(body.left_edge, body.i)
        return f"in {re.sub(r'^(?:an?|its|their) ', '', words)}"  # "a joint task force"
    subject = head if head.dep_ == "nsubj" else words.root
    verb = subject.head
    if subject.dep_ == "nsubj" and verb.lemma_.lower() in lex.serving and measure.outcome is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
        if prep is not None and prep.lower_ in ("with", "in", "alongside"):
            return f"{lex.serving[verb.lemma_.lower()]} {_phrase_words(prep, prep.right_edge.i)}"
    return None


def _narrowed(measure: _Measure, head) -> str:
    """The measure with what says which of the counted it counts: a state they are still in
    (which replaces the bare "remaining") or a defining phrase after their noun."""
    if measure.per or measure.text != _compose(measure):
        return measure.text  # already narrowed (where they went, what they joined)
    state = _state_told(head) or _had_state(head) or _state_after_noun(head)
    if state is not None:
        return f"{measure.text.removesuffix(' remaining')} {state}"
    doing = _doing(head) if measure.outcome is None else None
    doing = doing or (_predicate_told(head) if measure.outcome is None else None)
    defining = _defining_phrase(measure, head) or _grounds(head) or _grounds_of_arrest(head)
    defining = defining or _what_for(measure, head) or _marked_for(head)
    if measure.outcome is None:
        defining = defining or _done_by(head) or _blamed_on(head)
    return " ".join(filter(None, [measure.text, doing or defining]))


def _blamed_on(head) -> str | None:
    """Whom the counted acts are put down to, right after their noun ("37 attacks attributed
    to AQAP", "26 bombings ... that officials blamed on the group"): which acts are counted."""
    lex = statistic_lexicon()
    verb = _participle_right_after(head) or next(
        (c for c in head.children if c.dep_ == "relcl" and c.tag_ == "VBD"), None
    )
    if verb is None:
        return None
    told = _put_down_to(verb)
    said = lex.share_verbs.get(verb.lemma_.lower(), verb.lower_)
    return f"{said} {told}" if told else None


def _put_down_to(verb) -> str | None:
    """The "to" or "on" phrase of a verb of blame ("attributed to AQAP", "blamed on the
    group"): whom acts are put down to; the "at" or "against" phrase of a verb of aiming
    ("aimed at soldiers"): whom they were meant for."""
    lex = statistic_lexicon()
    aimed = verb.lemma_.lower() in lex.aiming_verbs
    if not aimed and verb.lemma_.lower() not in lex.blame_verbs:
        return None
    preps = ("at", "against") if aimed else ("to", "on")
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if to is None or not any(c.dep_ == "pobj" for c in to.children):
        return None
    if not aimed:
        return _short_phrase(list(verb.doc[to.i : verb.right_edge.i + 1]), VERB_GROUNDS_WORDS)
    # "at army or African Union vehicles rather than civilians": the targets, not the others
    words = list(takewhile(lambda t: t.lower_ not in _SETTING_APART, to.subtree))
    return _short_phrase(words, VERB_GROUNDS_WORDS + 2)


# words that set a phrase's targets apart from others ("rather than civilians")
_SETTING_APART = frozenset({"rather", "instead", "not"})


def _marked_for(head) -> str | None:
    """ "700 children have been registered for release", "400 prisoners approved for
    release": what a register or a decision has set the counted aside for."""
    verb = head.head if head.dep_ == "nsubjpass" else None
    if verb is None:
        verb = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if verb is None or verb.lemma_.lower() not in statistic_lexicon().marking_verbs:
        return None
    for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = next((c for c in for_.children if c.dep_ == "pobj"), None) if for_ else None
    if what is None or not _bare_kind(what):
        return None
    return f"{verb.lower_} for {_bare_phrase(what)}"


def _participle_right_after(head):
    """The past participle right after the counted noun ("accounts run by ...", "people
    detained on ..."), or None."""
    return next(
        (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1),
        None,
    )


def _done_by(head) -> str | None:
    """A participle right after the counted noun with its doer ("46,000 Twitter accounts run
    by Islamic State supporters"): which of them the figure counts (not a fate the outcomes
    name: "people killed by militants")."""
    lex = statistic_lexicon()
    verb = _participle_right_after(head)
    if verb is None or verb.lemma_.lower() in lex.outcomes or verb.lower_ in lex.outcomes:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return _short_phrase([verb, *agent.subtree], VERB_GROUNDS_WORDS, least=3)


# the outcomes whose verb may tell what it was for, as the counted are named by it ("accounts
# suspended for promoting terrorism", "people charged with helping the group", "people
# convicted of terrorism offences"), and the prepositions that tell it
_TOLD_FOR = {
    "suspended": ("for",),
    "charged": ("with", "for"),
    "convicted": ("of", "for"),
    "removed": ("for",),
    "banned": ("for",),
    "blocked": ("for",),
}


def _what_for(measure: _Measure, head) -> str | None:
    """What the verb of the counted's fate says it was for, right after them: "suspended
    125,000 accounts for promoting terrorism", "14 people were charged with helping the group",
    "the people convicted of terrorism offences" (not where or when: "suspended in March",
    "charged in Paris")."""
    preps = _TOLD_FOR.get(measure.outcome or "")
    if preps is None:
        return None
    verb = _raised(_governing_verb(head))
    holders = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if verb is not head and verb.pos_ in ("VERB", "AUX"):
        holders.append(verb)
    holders.append(head)  # "convicted 120 people of terrorism offences", the "of" on the noun
    verdict = _verdict_word(verb) if verb.pos_ in ("VERB", "AUX") else None
    if verdict is not None:
        holders.insert(0, verdict)  # "found 2,500 people guilty of terrorism offences"
    for holder in holders:
        after = head.i if holder is verb and head.head.i == verb.i and head.i > verb.i else holder.i
        # on the noun only "of" (a "for" there may be anything the counted are for)
        allowed = [p for p in preps if p == "of"] if holder is head else preps
        for child in holder.children:
            if child.i <= after or child.dep_ != "prep" or child.lower_ not in allowed:
                continue
            phrase = _short_phrase(list(child.subtree), VERB_GROUNDS_WORDS)
            if phrase is not None:
                return phrase
    return None


def _relative_told(measure: _Measure, head) -> str | None:
    """ "17 attacks that harmed civilians", "300 soldiers who crossed into Cameroon": a short
    relative clause right after the counted noun, with the noun as its subject, says which of
    them the figure counts. Not a clause with a figure of its own, nor a long one (the story's
    detail)."""
    if measure.outcome is not None or measure.per:
        return None
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    pronoun = clause.doc[head.i + 1]
    if pronoun.lower_ not in ("who", "that") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if pronoun.head.i != clause.i:
        return None
    if clause.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in clause.children):
        return None  # "fighters who are based in the hills": where they are, not who
    told = [c for c in clause.children if c.dep_ in ("prt", "dobj") and c.i > clause.i]
    told += [c for c in clause.children if c.dep_ == "prep" and c.lower_ in _WHITHER][:1]
    if _idle(clause, next((c for c in told if c.dep_ == "dobj"), None)):
        return None  # "fighters who took part": no kind of them
    words = sorted(
        (
            t
            for c in told
            for t in c.subtree
            if t.dep_ not in ("det", "poss", "case") and not _date_modifier(t)
        ),
        key=lambda t: t.i,
    )
    if any(t.like_num or t.is_punct or t.ent_type_ == "DATE" for t in words) or len(words) > 4:
        return None
    return " ".join(_clean(t.text) for t in [pronoun, clause, *words])


def _date_modifier(token) -> bool:
    """ "the February agreement": the day names which one, not what kind it is."""
    return token.ent_type_ == "DATE" and token.dep_ in ("compound", "amod", "nmod", "npadvmod")


def _target_of_acts(measure: _Measure, head) -> str | None:
    """ "At least eight drone attacks have targeted police and security forces" -> "drone
    attacks on police and security forces": the target of counted acts says which acts."""
    verb = head.head
    if measure.outcome is not None or head.dep_ != "nsubj" or verb.lemma_.lower() != "target":
        return None
    if _clean(head.text) not in statistic_lexicon().event:
        return None
    done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if done is None or done.pos_ not in ("NOUN", "PROPN"):
        return None
    return f"on {_bare_phrase(done)}"  # not where they hit it ("schools in the province")


# where the counted went, in a relative clause that says which of them are counted
_WHITHER = frozenset({"into", "to", "from", "across", "out"})


_FIGHTING_FOR = frozenset({"with", "for", "alongside"})


def _doing(head) -> str | None:
    """What the counted are doing, told by a participle right after their noun ("30
    platforms hosting the video", "1.2 million people living in camps") or by the progressive
    verb they are the subject of with its object ("400 militants had been holding the
    centre"): which of them the figure counts. Not a place named as such ("living in Mosul"),
    nor a verb without an object ("fighters are fighting"), which says nothing of who they
    are."""
    verb = next(
        (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == head.i + 1),
        None,
    )
    progressive = head.dep_ == "nsubj" and head.head.tag_ == "VBG"
    if verb is None and progressive:
        verb = head.head
    lex = statistic_lexicon()
    # "more than 2 million people work in small-scale gold mining": an occupation told in any
    # tense is what they are doing
    working = head.dep_ == "nsubj" and head.head.lemma_.lower() in lex.occupations
    if verb is None and working:
        verb = head.head
    if verb is None and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in lex.involvements:
        # "1,573 French citizens were involved in jihadist networks": what they are part of
        taken_in = next(
            (c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in"), None
        )
        what = next((c for c in taken_in.children if c.dep_ == "pobj"), None) if taken_in else None
        if what is not None:
            words = what.doc[what.left_edge.i : what.i + 1].text
            return f"{head.head.lower_} in {_clean(words)}"
    if verb is None or lex.outcomes.get(verb.lemma_.lower()) in lex.casualty_outcomes:
        return None  # "blasts killing civilians": the toll is another figure's
    done = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if done is None and verb.lemma_.lower() == "fight":
        # "1,700 Russian citizens are fighting with the Islamic State": whom they fight for
        side = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FIGHTING_FOR), None
        )
        group = next((c for c in side.children if c.dep_ == "pobj"), None) if side else None
        if group is not None and group.ent_type_ == GROUP_LABEL:
            words = group.doc[group.left_edge.i : group.i + 1]
            return f"{verb.lower_} {side.lower_} {_clean(words.text)}"
    if _idle(verb, done):
        return None  # "troops taking part", "accounts belonging to": no kind of them
    if done is None and verb is not head.head:
        done = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    doing = verb.lower_ if verb.tag_ == "VBG" else _gerund(verb.lemma_.lower())
    if verb.lemma_.lower() in lex.sheltering:
        return _sheltering_at(doing, verb, done)
    what = _told_object(done)
    return f"{doing} {what}" if what else None


def _sheltering_at(doing: str, verb, prep) -> str:
    """ "sheltering in the compound of the cathedral" -> "sheltering in compound": the place
    they took shelter in, without its determiner or what follows it."""
    if prep is None:  # "fighters were sheltering in Afghanistan"
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if place is None or prep.lower_ not in ("in", "at", "inside", "on"):
        return doing
    return f"{doing} {prep.lower_} {_bare_phrase(place)}"


def _gerund(lemma: str) -> str:
    """ "work" -> "working", "serve" -> "serving" (the verbs of ``occupations``)."""
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return f"{lemma[:-1]}ing"
    return f"{lemma}ing"


def _idle(verb, done) -> bool:
    """A verb (with its object) that says nothing of who the counted are ("taking part",
    "belonging to", "took part")."""
    idle = statistic_lexicon().idle_doing
    said = f"{verb.lemma_.lower()} {done.lemma_.lower()}" if done is not None else ""
    return verb.lemma_.lower() in idle or said in idle


def _told_object(node) -> str | None:
    """The object of a participle as a measure tells it ("the group's propaganda" ->
    "propaganda", "in camps"): no determiner, no place's name, no figure, at most four words."""
    if node is None:
        return None
    prep = node.lower_ if node.dep_ == "prep" else None
    obj = next((c for c in node.children if c.dep_ == "pobj"), None) if prep else node
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in _NOT_DEFINING_ENTS:
        return None
    if any(c.dep_ == "nummod" or c.like_num for c in obj.children):
        return None  # "accounts sharing 3 videos": another figure's count
    # "in Balochistan's coal mines": a place owning them says where, not which they are
    told = any(c.dep_ == "det" or (c.dep_ == "poss" and not _a_place(c)) for c in obj.children)
    # the object's own words ("jihadist groups"), not a place told after it ("in Syria")
    own = obj.doc[obj.left_edge.i : obj.i + 1]
    own = [t for t in own if not (t.dep_ in ("poss", "case") and t.ent_type_ in _PLACE_ENTS)]
    named = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in own)
    place = obj.lemma_.lower() in statistic_lexicon().place_nouns or named
    if prep and (told or place):
        return None  # "operating in the east", "living in the city": where, not who
    phrase = " ".join(filter(None, [prep, _bare_phrase(obj)]))
    return phrase if len(phrase.split()) <= 4 else None


_PLACE_ENTS = frozenset({"GPE", "LOC"})


def _defining_phrase(measure: _Measure, head) -> str | None:
    """The phrase right after the counted noun that says which of them are counted: the
    target of acts of force ("attacks on civilians", "strikes against aid convoys"), a doer
    who is not the actor ("suicide bombings by women and girls"), what the counted lack
    ("children without classes"). Not a place ("attacks on the city", "in Kabul"), a date,
    the group itself (the figure's actor) nor armed men as doers ("attacks by militants")."""
    lex = statistic_lexicon()
    # the parse may hang the phrase on the verb ("recorded 470 bombings by women", "left
    # 20,000 children without classes"); it is the noun's when it follows it at once
    holders = [head, head.head] if head.dep_ == "dobj" else [head]
    nexts = (c for h in holders for c in h.children if c.i == head.i + 1)
    prep = next((c for c in nexts if c.dep_ in ("prep", "agent")), None)
    if prep is None:
        return None
    acts = _clean(head.text) in lex.targeted_acts
    # "20 attacks by the group on army bases": the target told after the doer or means
    target = _target_after_doer_or_means(holders, prep) if acts else None
    told = _phrase_told_by(target, head, acts) if target is not None else None
    return told or _phrase_told_by(prep, head, acts)


def _phrase_told_by(prep, head, acts: bool) -> str | None:
    """What the counted are, told by the phrase ``prep`` opens (``_defining_phrase``)."""
    lex = statistic_lexicon()
    word = prep.lower_
    need = _in_need(prep)
    if need is not None:  # "24 million people in need of humanitarian aid"
        return need
    kind_of = word == "of" and _clean(head.text) in lex.kinds_by_of  # "incidents of violence"
    # "abductions of women and girls": whom the acts were done to
    kind_of = kind_of or (word == "of" and _clean(head.text) in lex.acts_on_whom_of)
    if word not in lex.lacking_preps and not (acts and word in lex.target_preps) and not kind_of:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    named = obj is not None and acts and obj.pos_ == "PROPN"
    kind = next((c for c in reversed(obj.conjuncts) if c.pos_ == "NOUN"), None) if named else None
    obj = kind or obj  # "attacks on African Union or Somali army bases": the kind named last
    if obj is None or not _defining_noun(obj, word):
        return None
    phrase = _target_words(obj) if kind is not None else _bare_phrase(obj)
    if len(phrase.split()) > (lex.target_words_most if acts else 5):
        return None  # a long list reads as the story's detail, not the measure's name
    return f"{word} {phrase}"


def _target_after_doer_or_means(holders: list, first):
    """The target of counted acts told after one phrase of their doer or means ("attacks by
    the group on army bases", "attacks with explosive-laden drones on soldiers")."""
    if first is None or first.lower_ not in ("by", "with"):
        return None
    targets = statistic_lexicon().target_preps
    # the parse may hang the target on the doer ("by the group on army bases")
    doer = next((c for c in first.children if c.dep_ == "pobj"), None)
    inside = [c for c in doer.children if c.dep_ == "prep"] if doer is not None else []
    after = [c for h in holders for c in h.children if c.i == first.right_edge.i + 1]
    return next((c for c in [*inside, *after] if c.dep_ == "prep" and c.lower_ in targets), None)


def _needing(measure: _Measure, head) -> str | None:
    """ "22 million people ... need humanitarian aid", "depend on aid": the people in need of
    it."""
    if measure.outcome is not None or head.dep_ != "nsubj":
        return None
    return _needed_by_subject(head.head)


def _task_of_the_force(head) -> str | None:
    """ "deployed 10,000 soldiers to guard synagogues, schools and railway stations", "about
    10,000 officers would guard churches in Jakarta": what the force is counted for, with the
    kind of things it guards (not where)."""
    lex = statistic_lexicon()
    if _clean(head.text) not in lex.force_people:
        return None
    # the task is the verb the force is the subject of, or a "to" clause of the verb whose
    # object (or object's "of" phrase: "a division of 15,000 troops") the force is
    verb = _governing_verb(head)
    candidates = [verb] if head.dep_ == "nsubj" else [*head.children, *verb.children]
    task = next(
        (c for c in candidates if c.lemma_.lower() in lex.guard_verbs and c.pos_ == "VERB"),
        None,
    )
    what = next((c for c in task.children if c.dep_ == "dobj"), None) if task else None
    if what is None or what.pos_ != "NOUN":
        return None
    things = [what, *(c for c in what.conjuncts if c.pos_ == "NOUN")]
    kept = [t for t in what.lefts if t.dep_ in ("amod", "compound")]
    words = [*(_clean(t.text) for t in kept), _clean(what.text)]
    if len(things) > 1:
        words += ["and", _clean(things[-1].text)] if len(things) == 2 else []
    return f"to {task.lemma_.lower()} {' '.join(words)}"


def _classed_as(measure: _Measure, head) -> str | None:
    """ "More than 112,000 people are listed as missing": the class a register or a source
    puts the counted in, told by a passive verb of judging and its "as" phrase."""
    if measure.outcome is not None:
        return None
    judging = statistic_lexicon().judged_passives
    verb = head.head
    if head.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in judging:
        # "are listed as missing"; "classify about 480 Islamists as dangerous"
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        what = next((c for c in as_.children), None) if as_ is not None else None
        after = head.i if head.dep_ == "dobj" else verb.i
        if as_ is None or as_.i != after + 1 or what is None or what.i > as_.i + 3:
            return None
        return f"{_judging_participle(verb)} {_clean(_phrase_words(as_, what.i))}"
    # "about 3,000 people it considers current subjects of interest"
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    if clause is None or clause.lemma_.lower() not in judging:
        return None
    kind = next((c for c in clause.children if c.dep_ in ("dobj", "oprd")), None)
    if kind is None or kind.pos_ != "NOUN":
        return None
    words = _phrase_words(kind.left_edge, kind.right_edge.i, most=5)
    return f"{_judging_participle(clause)} {words}"


def _judging_participle(verb) -> str:
    """The participle of a regular verb of judging ("considers" -> "considered")."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN":
        return verb.lower_
    if lemma.endswith("y"):
        return lemma[:-1] + "ied"
    return lemma + ("d" if lemma.endswith("e") else "ed")


def _in_need(prep) -> str | None:
    """ "in need of humanitarian aid", "in need": who lacks what is counted."""
    need = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "in" or need is None or need.lower_ != "need":
        return None
    of = next((c for c in need.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (_needed(what) if what is not None else None) or "in need"


def _needed(what) -> str | None:
    """'in need of' what is needed, when a short phrase names it ("some form of humanitarian
    aid" names aid)."""
    of = next((c for c in what.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    kind = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if kind is not None and what.lemma_.lower() in statistic_lexicon().kind_nouns:
        what = kind
    phrase = _bare_phrase(what)
    return f"in need of {phrase}" if len(phrase.split()) <= 4 else None


def _state_told(head) -> str | None:
    """What the counted are still unable to do or still lack, told by the verb "be" or "remain"
    they are the subject of ("100,000 residents are still unable to return", "3,000 families
    remain without shelter"): which of them the figure counts, not merely those remaining."""
    lex = statistic_lexicon()
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        head = head.head.head  # "3 million of the country's children are not in school"
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in lex.state_verbs:
        return None
    held = _held_state(verb)
    if held is not None:
        return held
    for child in verb.children:
        if child.dep_ == "acomp" and child.lower_ in lex.unable_states:
            done = next((c for c in child.children if c.dep_ == "xcomp"), None)
            if done is None or done.pos_ != "VERB":
                return None
            back = [  # "unable to go back home", "unable to move out"
                t.lower_
                for c in done.children
                if c.dep_ in ("prt", "advmod") and c.i > done.i
                for t in c.subtree
                if t.lower_ in ("back", "home", "out")
            ]
            return " ".join([child.lower_, "to", done.lower_, *back])
    return _lacking(verb)


def _lacking(verb) -> str | None:
    """What the verb's subject is told to be without ("remain without shelter", "was without
    power"): a kind of thing, as a defining noun names it."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in statistic_lexicon().lacking_preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and _defining_noun(obj, prep.lower_):
            return f"{prep.lower_} {_bare_phrase(obj)}"
    return None


def _had_state(head) -> str | None:
    """What the counted have, or are had in, that says which of them are counted: "between
    130 and 140 people in Sri Lanka had links to the Islamic State" (people with links to it),
    "police have about 3,000 people under active investigation" (a state they are held in)."""
    lex = statistic_lexicon()
    verb = head.head
    if verb.lemma_.lower() != "have":
        return None
    if head.dep_ == "dobj":  # the state may hang on the people or on the verb
        return _held_state(head) or _held_state(verb)
    if head.dep_ != "nsubj":
        return None
    tie = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if tie is None or tie.lemma_.lower() not in lex.ties:
        return None
    to = next((c for c in tie.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
    told = _phrase_words(to, to.right_edge.i, most=5) if to is not None else ""
    return " ".join(filter(None, ["with", _bare_phrase(tie), told]))


def _held_state(verb) -> str | None:
    """The state the counted are told to be in by the verb "be", "remain" or "live" ("2,000
    inmates are on death row", "300,000 civilians live under siege", "5,000 detainees remain
    in custody"): which of them the figure counts. Only a kind of state, told without a
    determiner, not where they are ("in Syria", "in the city", "in camps")."""
    # "3 million children are not in school": out of it; "20 suspects are not in custody"
    negated = any(c.dep_ == "neg" for c in verb.children)
    out_of_states = statistic_lexicon().out_of_states
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        kept_out = obj is not None and obj.lemma_.lower() in out_of_states
        if negated and prep.lower_ == "in" and kept_out:
            return f"out of {obj.lower_}"
        state = _out_of_state(prep) or _state_phrase(prep)
        if state is not None:
            return f"not {state}" if negated else state
    return None


def _state_phrase(prep) -> str | None:
    """The state a preposition's phrase names ("on death row", "under siege", "in custody"):
    a kind of state, told without a determiner, not a place or a thing of the story."""
    lex = statistic_lexicon()
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not _bare_kind(obj) or obj.lemma_.lower() in lex.not_states:
        return None
    word = prep.lower_
    if word not in lex.state_preps and obj.lemma_.lower() not in lex.held_states.get(word, ()):
        return None
    state = f"{word} {_bare_phrase(obj)}"
    if obj.lemma_.lower() in lex.states_of_what:  # "at risk of famine"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if what is not None and _bare_kind(what):
            state = f"{state} of {_bare_phrase(what)}"
    return state


def _state_after_noun(head) -> str | None:
    """ "counts 26 towns under blockade", "9,000 fighters in detention": a state told right
    after the counted noun (not "under a policy", "under Operation Barkhane", nor "on"
    phrases, which name targets and places)."""
    holders = [head, head.head] if head.dep_ == "dobj" else [head]  # the parse may hang it
    after = (c for h in holders for c in h.children if c.dep_ == "prep" and c.i == head.i + 1)
    prep = next(after, None)  # on the verb: "counts 26 towns under blockade"
    if prep is None or prep.lower_ == "on":
        return None
    return _state_phrase(prep)


def _out_of_state(prep) -> str | None:
    """ "10.5 million children out of school", "are out of work": a state the counted are
    kept out of, which the parse tells as "out" with its own "of"."""
    if prep.lower_ != "out":
        return None
    of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.lemma_.lower() not in statistic_lexicon().out_of_states:
        return None
    return f"out of {obj.lower_}"


def _defining_noun(obj, prep: str) -> bool:
    """A common noun (or a people's name) that names a kind of target, doer or lack: not a
    place, a date, a group, a pronoun, nor one place told with a determiner ("on the city")."""
    lex = statistic_lexicon()
    if obj.pos_ not in ("NOUN", "PROPN") or _named_thing(obj):
        return False
    if obj.pos_ == "PROPN" and obj.ent_type_ != "NORP":
        return False
    noun = obj.lemma_.lower()
    if noun in lex.place_nouns or _clean(obj.text) in lex.territory:
        return False
    # "against the group", "on the embassy": the story's one target or actor (not "on the
    # commission's premises", the kind of things a body has)
    owned_kind = prep != "by" and obj.tag_ == "NNS" and any(c.dep_ == "poss" for c in obj.children)
    if any(c.dep_ in ("det", "poss") for c in obj.children) and not owned_kind:
        return False
    if prep == "by":  # the armed doers are the figure's actor, not a kind of act ...
        # ... unless a kind of groups, which no actor names ("attacks by jihadist groups")
        kinds = obj.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") for c in obj.children)
        if noun in ("group", "force"):
            return kinds
        return _clean(obj.text) not in lex.stock | lex.attackers
    return True


_NOT_DEFINING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", GROUP_LABEL})


def _named_thing(obj) -> bool:
    """A place, date, figure or group the recogniser named, not a plural common noun it tags as
    a facility by mistake ("attacks on mosques and churches")."""
    if obj.ent_type_ not in _NOT_DEFINING_ENTS:
        return False
    return not (obj.ent_type_ in ("FAC", "LOC") and obj.tag_ == "NNS" and obj.is_lower)


def _force_served(head):
    """The force or mission troops are counted in, told right after them ("has 3,600 soldiers
    in the African Union force", "keeps 900 troops in the NATO mission"): the body whose share
    of a country's troops the figure gives."""
    lex = statistic_lexicon()
    if head.lower_ not in lex.force_people:
        return None
    holders = [head]
    if head.dep_ == "dobj":
        holders.append(head.head)  # "keeps 900 troops [in the mission]"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != head.i + 1:
                continue  # not "5,100 troops in the Sahel in its Barkhane force": a place first
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.lemma_.lower() in lex.serving_bodies:
                return body
    return _force_made_of(head)


def _force_made_of(head):
    """ "a joint task force of about 10,000 troops", "its Force Intervention Brigade, a unit of
    some 3,000 troops": the body the troops make up, by its name where the text gives one."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    body = prep.head
    if body.lemma_.lower() not in statistic_lexicon().serving_bodies:
        return None
    named = body.head if body.dep_ == "appos" and body.head.pos_ == "PROPN" else None
    if named is not None:
        return named
    # "a joint task force", "a regional force": a kind of body; "a force" alone says nothing
    kinds = [c for c in body.children if c.dep_ in ("amod", "compound") and c.i < body.i]
    return body if kinds else None


FOREIGN_FIGHTERS = "(foreign fighters)"


def _as_foreign_fighters(printed: str) -> str:
    """ "tunisians travelled to fight (foreign fighters)": people counted as gone abroad to the
    war are the field's foreign fighters, named so after the words the sentence counts them by
    (not local recruits, nor a share, whose whole says who)."""
    lex = statistic_lexicon()
    if printed.startswith(SHARE_OF) or lex.not_foreign_fighters.search(printed):
        return printed
    if lex.foreign_fighter_moves.search(printed) is None:
        return printed
    return f"{printed} {FOREIGN_FIGHTERS}"


def _printed(measure: _Measure) -> str:
    """The measure as recorded: its text, and what the counted were hit in or by."""
    if measure.qualifier is None or measure.qualifier in measure.text:
        return measure.text
    # the whole's qualifier goes before what the share says of its part: "share of people
    # killed in hostile acts caused by ...", "share of people killed in attacks who are ..."
    for part in [*(f" {done} by " for done in _caused_participles()), " who are "]:
        if measure.text.startswith(SHARE_OF) and part in measure.text:
            whole, rest = measure.text.split(part, 1)
            return f"{whole} {measure.qualifier}{part}{rest}"
    return f"{measure.text} {measure.qualifier}"


def _hit_by(measure: _Measure, head) -> str | None:
    """ "460 inmates killed in prison massacres", "Maoists killed by security forces",
    "districts affected by violence": the kind of act or the agent a toll is told with is
    part of what is counted (not "killed in the offensive", the incident itself, nor "in
    Kenya", its place). Only the qualifying noun is kept ("in attacks"), so that the measure
    still reads as the bare count it narrows."""
    lex = statistic_lexicon()
    outcome = measure.outcome or lex.outcomes.get(head.lower_)  # "1,400 injured in clashes"
    if outcome not in lex.qualified_outcomes or measure.per:
        return None
    verbs = _outcome_verbs(head)
    # "killed more than 60 militants in raids": the parse may hang the phrase on the counted
    holders = [*verbs, head] if verbs or head.dep_ == "dobj" else []
    incident = None
    for verb in holders:
        for prep in verb.children:
            by = prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by")
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if by else None
            noun = _modifier_joined_to_acts(noun) or noun
            if noun is not None and noun.lower_ == "which" and prep.lower_ == "in":
                # "the 2014 attack, in which 22 ...": unless an agent tells more of them
                incident = incident or _incident_in_which(verb, measure)
                continue
            if not by or prep.i < head.i:
                continue
            if noun is not None and noun.lower_ == "them" and prep.lower_ == "in":
                acts = _acts_meant(noun)  # counted acts, told with their own figure
                if acts is not None:
                    return f"in {_clean(acts.text)}"
            if noun is not None and _kind_of_harm(noun, prep.lower_):
                return f"{prep.lower_} {_harm_words(noun, prep.lower_)}"
            if noun is not None and prep.lower_ == "in" and _incident_of_harm(noun, measure):
                return f"in {noun.lower_}"
    if incident is not None:
        return f"in {incident.lower_}"
    return _harm_as_doer(verbs, head, measure)


def _modifier_joined_to_acts(noun):
    """ "killed in air and artillery strikes": the parse may make the first modifier the
    phrase's noun and the acts its conjunct; the acts are what the toll was taken in."""
    if noun is None or noun.tag_ != "NN" or noun.lemma_.lower() in statistic_lexicon().harm_nouns:
        return None
    acts = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
    if acts is None or acts.lemma_.lower() not in statistic_lexicon().harm_nouns:
        return None
    return acts


def _incident_in_which(verb, measure: _Measure):
    """The incident an "in which" clause tells a toll of, the noun it hangs from or one that
    noun's phrase completes ("the attack on a resort in Sousse, in which 38 people were
    killed")."""
    clause = next((up for up in (verb, *verb.ancestors) if up.dep_ == "relcl"), None)
    node = clause.head if clause is not None else None
    for _ in range(_INCIDENT_REACH):
        if node is None or _incident_of_harm(node, measure):
            return node
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
    return None


# how many phrases up ("the attack on a resort in Sousse") an "in which" clause's incident is
_INCIDENT_REACH = 3


def _incident_of_harm(noun, measure: _Measure) -> bool:
    """The one incident or war a toll of people is told with ("in the Paris attacks", "the
    bombing ..., which killed", "the war has killed"): its noun alone qualifies "people
    killed", which says nothing else of who died."""
    lex = statistic_lexicon()
    if measure.text != "people killed":
        return False
    if noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "EVENT"):
        return False
    return noun.lemma_.lower() in lex.harm_nouns or noun.lemma_.lower() in lex.long_struggles


def _outcome_done_by(measure: _Measure, head) -> str | None:
    """ "1,200 children recruited by armed groups", "captives freed by the Taliban": the doer a
    passive names is part of what is counted, as the agent of a toll is ("killed by security
    forces", kept by ``_hit_by``; a participle that names no outcome keeps its doer through
    ``_done_by``: "accounts run by supporters"). Not a doer that only points back to the
    story's group ("freed by the group"), nor a long one (the story's detail); the claimant of
    claimed attacks is the record's actor (``done_by_outcomes`` leaves claims out). An active
    verb's subject is such a doer only where ``_done_by_a_doer_told`` says so ("al-Shabaab has
    recruited 1,915 children", not "police detained 600 suspects")."""
    lex = statistic_lexicon()
    if measure.outcome not in lex.done_by_outcomes or measure.per:
        return None
    told = [c for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i]
    for verb in [*told, _raised(_governing_verb(head))]:
        if lex.outcomes.get(verb.lemma_.lower()) != measure.outcome:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None and head.dep_ == "dobj" and head.head.i == verb.i:
            return _active_doer(verb) if _done_by_a_doer_told(measure, head) else None
        doer = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
        if doer is None or doer.pos_ == "PRON" or _points_back(doer):
            return None
        return _short_phrase(list(agent.subtree), VERB_GROUNDS_WORDS + 2)
    return None


def _done_by_a_doer_told(measure: _Measure, head) -> bool:
    """Whose act a count of people is told by when the doer is the active verb's subject:
    recruiters, captors and releasers of people ("armed groups recruited 1,200 children"), and
    those who arrest people of a trade or a kind, a crackdown ("security agencies detained 12
    journalists"); not the police who arrest suspects or people, the routine of a count of
    arrests, nor what is "released" that is no people (videos, gold)."""
    lex = statistic_lexicon()
    if measure.outcome in ARREST_OUTCOMES:
        noun = _clean(head.text)
        return noun in lex.civilians and noun not in lex.generic_people
    return _people_noun(head)


def _active_doer(verb) -> str | None:
    """ "government forces arrested more than 40 journalists this year" -> "by government
    forces": the subject of the active verb, as a passive's agent would name it."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON" or _points_back(doer):
        return None
    phrase = _short_phrase(list(doer.subtree), VERB_GROUNDS_WORDS + 1)
    return None if phrase is None else f"by {_clean(phrase)}"


def _killed_by_the_state(measure: _Measure, head) -> str | None:
    """ "security forces have killed more than 4,800 people since the coup": people or
    civilians a state's forces killed are counted with their killers, as a crackdown's toll
    (fighters they killed are an operation's toll, whose doer the record's actor names)."""
    verb = head.head
    if measure.outcome != "killed" or head.dep_ != "dobj" or verb.lemma_.lower() != "kill":
        return None
    if _clean(head.text) not in statistic_lexicon().civilians or not _killed_by_state_forces(verb):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return f"by {_bare_phrase(subject, joined=False)}"


def _points_back(doer) -> bool:
    """ "the branch", "the militants": a doer named by a bare noun for the story's group, not
    a kind of doer ("armed groups") nor a name."""
    kinds = ("amod", "compound", "nmod", "poss")
    named = doer.pos_ == "PROPN" or any(c.dep_ in kinds for c in doer.children)
    return not named and doer.lemma_.lower() in statistic_lexicon().pointing_doers


def _harm_as_doer(verbs: list, head, measure: _Measure) -> str | None:
    """ "Maoist violence killed 183 people", "air strikes have killed more than 1,700
    people": a kind of act that is the killing verb's subject is what the toll is told with,
    as in "people killed in violence"."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "between":
        verb = verb.head  # "have killed between 2,500 and 3,600 people": the range, the object
    elif head.dep_ != "dobj":
        return None
    if all(v.i != verb.i for v in verbs):
        return None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "conj":
        # "Attacks claimed by the group ... have killed 100 people": a verb joined to the
        # participle the parse makes the root shares its subject
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if doer is not None and doer.lower_ == "they":  # "counted 376 drone strikes ... they killed"
        acts = _acts_meant(doer)
        if acts is not None:
            return f"in {_clean(acts.text)}"
    if doer is not None and doer.lower_ in ("which", "that"):
        doer = _antecedent_of_relative(verb)  # "25 drone strikes, which it said killed 100"
    if doer is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        doer = _acts_done(verb.head)  # "has carried out 400 drone strikes ..., killing 2,400"
        if doer is not None and doer.pos_ == "VERB":
            return "in strikes"  # "aircraft have struck its figures a dozen times, killing"
        # "carried out at least 25 attacks on Sufi shrines ..., killing more than 400 people"
        doer = doer or next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if doer is not None and not (_kind_of_harm(doer, "in") or _counted_acts(doer)):
        return f"in {doer.lower_}" if _incident_of_harm(doer, measure) else None
    if doer is None:
        return None
    return f"in {_harm_words(doer, 'in')}"


def _antecedent_of_relative(verb):
    """The noun a relative clause ("which killed", "which it said killed") is told of."""
    for up in (verb, *verb.ancestors):
        if up.dep_ == "relcl":
            if up.head.ent_type_ == "DATE":
                return _dated_noun(up.head)
            return up.head if up.head.pos_ == "NOUN" else None
        if up.dep_ == "advcl" and up.i == verb.i:
            # "counted 79 attacks ... in 2022, which killed 161": the parse hangs the clause
            # on the counting verb, whose acts it tells of
            return _harm_told_by(up.head, up.i)
        if up.dep_ not in ("ccomp", "conj"):
            return None
    return None


def _dated_noun(date):
    """What a date a relative clause hangs from dates: "the Paris attacks of November, which
    killed", "organising the suicide bombings in Volgograd in December 2013, which killed"
    (the parse hangs the clause on the date, not on the incident)."""
    while date.dep_ in ("nummod", "compound", "npadvmod") and date.head.ent_type_ == "DATE":
        date = date.head
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        return None
    owner = date.head.head
    if owner.pos_ == "NOUN":
        return owner
    return _harm_told_by(owner, date.i) if owner.pos_ == "VERB" else None


def _harm_told_by(verb, before: int):
    """The last act of harm a verb's words name before a clause hung on it: "organising the
    suicide bombings in Volgograd in December 2013, which", "linked the cell to the bombings
    of two trains in Madrid in March 2004, which"."""
    harm = statistic_lexicon().harm_nouns
    told = [t for t in verb.subtree if t.i < before and t.pos_ == "NOUN"]
    return next((t for t in reversed(told) if t.lemma_.lower() in harm), None)


def _acts_done(verb):
    """What a verb that a killing participle follows did: the acts it carried out ("carried
    out 400 drone strikes"), or the striking itself ("struck ... a dozen times")."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() in lex.striking_verbs:
        return verb
    done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return done if done is not None and _counted_acts(done) else None


def _counted_acts(noun) -> bool:
    """Acts of harm told as a number of them ("400 drone strikes", "the four strikes"): a kind
    of act, whatever determiner or figure comes with it."""
    lex = statistic_lexicon()
    return noun.tag_ == "NNS" and not noun.ent_type_ and noun.lemma_.lower() in lex.strike_nouns


def _acts_meant(pronoun):
    """ "carried out 441 attacks ..., and 908 people were killed in them": the acts counted
    before in the sentence that "them" stands for."""
    lex = statistic_lexicon()
    for tok in reversed(list(pronoun.doc[pronoun.sent.start : pronoun.i])):
        counted = any(c.dep_ == "nummod" for c in tok.children)
        if counted and tok.tag_ == "NNS" and tok.lemma_.lower() in lex.harm_nouns:
            return tok
    return None


def _outcome_verbs(head) -> list:
    """The participles or verbs that tell what happened to the counted: the counted word
    itself ("1,400 injured"), a participle after it ("Maoists killed by"), its clause's verb
    ("inmates have been killed in"), or the verb joined after that one."""
    lex = statistic_lexicon()
    told = [head, *(c for c in head.children if c.dep_ in ("acl", "relcl"))]
    verb = _raised(_governing_verb(head))
    # "32 people have been killed and 1,400 injured in clashes": the phrase ends the pair
    told += [verb, *(c for c in verb.conjuncts if c.i > verb.i)]
    return [
        t
        for t in told
        if lex.outcomes.get(t.lemma_.lower()) in lex.qualified_outcomes
        or lex.outcomes.get(t.lower_) in lex.qualified_outcomes
    ]


def _harm_words(noun, prep: str) -> str:
    """The act's noun alone ("attacks"); an agent with the noun it is compounded with
    ("security forces")."""
    kept = [c for c in noun.lefts if c.dep_ == "compound"] if prep == "by" else []
    if noun.lemma_.lower() in statistic_lexicon().harm_of_a_kind:
        # "hostile acts", "acts of violence": the noun says nothing without its kind
        kept = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        kind = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if kind is not None:
            return " ".join(_clean(t.text) for t in [*kept, noun, of, kind])
    return " ".join(_clean(t.text) for t in [*kept, noun])


def _kind_of_harm(noun, prep: str) -> bool:
    """An act of a kind ("in militant attacks", "in political violence", "in clashes") or
    an agent ("by security forces"): a common noun told without a determiner, so that it
    names a kind and not the one incident or place of the story."""
    lex = statistic_lexicon()
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if prep == "in":
        return noun.lemma_.lower() in lex.harm_nouns
    return noun.lemma_.lower() not in lex.baselines


def _with_cause(measure: _Measure, head) -> str | None:
    """ "3,600 deaths from political violence", "300,000 people died from hunger and
    disease": a toll told with its cause counts those deaths only, so the measure keeps it
    (not "the deaths of four soldiers": "of" names the dead)."""
    lex = statistic_lexicon()
    if measure.text != "people killed" or measure.per:
        return None
    verb = _raised(_governing_verb(head))
    dying = lex.outcomes.get(verb.lemma_.lower()) == "killed"  # not "fell from 96 to 70"
    for holder in (head, verb) if dying else (head,):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            cause = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if cause is not None and cause.pos_ == "NOUN" and not cause.ent_type_:
                return f"deaths from {_bare_phrase(cause)}"
    return None


def _outcomes_listed_after(verb) -> list[str]:
    """The outcomes listed right after the verb's own, with a comma before each and "or" or
    "and" before the last ("killed, injured or kidnapped" -> ["injured", "or kidnapped"]), read
    off the words; none unless the list runs to its last word."""
    doc, i, out = verb.doc, verb.i + 1, []
    while i + 1 < len(doc) and doc[i].text == ",":
        i += 1
        if doc[i].lower_ not in ("or", "and"):
            if not _an_outcome_word(doc[i]):
                return []
            out.append(doc[i].lower_)
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ in ("or", "and"):
            last = doc[i + 1]
            return [*out, f"{doc[i].lower_} {last.lower_}"] if _an_outcome_word(last) else []
    return []


def _an_outcome_word(tok) -> bool:
    return bool(statistic_lexicon().outcomes.get(tok.lower_)) and tok.tag_ in ("VBN", "VBD", "JJ")


def _bare_phrase(noun, joined: bool = True) -> str:
    """A noun with its modifiers and the nouns joined to it ("political violence", "hunger and
    disease"), without determiners or the clauses and phrases hanging from it."""
    nodes = [noun, *noun.conjuncts] if joined else [noun]
    phrases = []
    for node in nodes:
        kept = [t for t in node.lefts if t.dep_ in ("amod", "compound", "nmod")]
        first = min((t.left_edge.i for t in kept), default=node.i)
        phrases.append(_clean(node.doc[first : node.i + 1].text))  # "JUI-F members" whole
    if len(phrases) == 1:
        return phrases[0]
    # "taxes, road tolls and extortion": the list's joining word, wherever the parse hangs it
    cc = next((t.lower_ for n in nodes for t in n.children if t.dep_ == "cc"), "and")
    return f"{', '.join(phrases[:-1])} {cc} {phrases[-1]}"


def _with_joined_outcome(measure: _Measure, head) -> str:
    """ "1,200 schools have been damaged or destroyed": both outcomes the verbs joined by
    "or" tell belong to what is counted (not "700 were killed and more than 3,000 wounded":
    "and" often joins another figure's verb)."""
    lex = statistic_lexicon()
    if measure.outcome is None or not measure.text.endswith(measure.outcome):
        return measure.text
    verb = _raised(_governing_verb(head))
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "110 of the escaped inmates had been recaptured or ..."
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i != verb.i:
        return measure.text
    listed = _outcomes_listed_after(verb)
    if listed:  # "were killed, injured or kidnapped": the parse may scatter the list
        return "".join([measure.text, *(f", {w}" for w in listed[:-1]), f" {listed[-1]}"])
    cc = next((c.lower_ for c in verb.children if c.dep_ == "cc"), None)
    for other in verb.conjuncts:
        word = lex.outcomes.get(other.lemma_.lower()) or lex.outcomes.get(other.lower_)
        joined = other.tag_ in ("VBN", "VBD") and other.i > verb.i and cc == "or"
        if joined and word and word != measure.outcome:
            return f"{measure.text} {cc} {word}"
    return measure.text


def _clause_rate(head) -> str | None:
    """ "some 17,000 ships cross the strait each year": the rate told on the verb the counted
    noun is the subject or object of, or on the noun itself ("80 tonnes of cassiterite a
    month"), after its other words."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    for child in [*head.head.children, *head.children]:
        if child.dep_ != "npadvmod" or child.i < head.i:
            continue
        if any(c.like_num for c in child.children):
            continue  # "87 attacks in 2022, more than seven a month": a figure's own rate
        rate = _rate(head.doc, child.i - 1) if child.i > 0 else None
        if rate is not None and rate == child.lower_:
            return rate
    return None


def _destination(head) -> str | None:
    """ "600 Indonesians travelled to Syria and Iraq": where the counted went is part of what
    is counted (fighters who went abroad, not the people of a place)."""
    verb = _journey_verb(head)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "in"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and place.ent_type_ in ("GPE", "LOC"):
            words = head.doc[place.left_edge.i : place.right_edge.i + 1].text
            return f"{prep.lower_} {_clean(words)}"
    return None


def _journey_verb(head):
    """The verb telling where the counted went: their own clause's ("320 people who have
    travelled to Syria"), else the verb they are the subject of."""
    lex = statistic_lexicon()
    for clause in head.children:
        outcome = lex.outcomes.get(clause.lemma_.lower()) or lex.outcomes.get(clause.lower_)
        if clause.dep_ in ("relcl", "acl") and outcome in lex.journeys:
            return clause
        if clause.dep_ == "relcl" and _gone_to_a_country(clause):
            return clause  # "Tunisians who went to fight in Syria"
    return _raised(_governing_verb(head))


def _purpose(head) -> str | None:
    """ "1,000 Southeast Asians travelled to join the Islamic State", "500 Britons went to
    fight": what they went for tells who they are (fighters, not travellers), so the measure
    keeps it, with what they joined."""
    verb = _journey_verb(head)
    for clause in verb.children:
        marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if clause.dep_ not in ("advcl", "xcomp") or not marked:
            continue
        if clause.lemma_.lower() not in statistic_lexicon().journey_purposes:
            continue
        joined = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if joined is not None and head.doc[joined.left_edge.i - 1].text == ",":
            joined = None  # "to fight, a far smaller number than ...": an aside, not the body
        words = [clause.lower_]
        if joined is not None:
            words.append(_clean(head.doc[joined.left_edge.i : joined.i + 1].text))
        return "to " + " ".join(words)
    return None


def _what_they_joined(head) -> str | None:
    """ "500 Indonesians have joined the Islamic State": who joined is counted with the named
    group they joined (it tells they joined as fighters, not as members of anything)."""
    lex = statistic_lexicon()
    verbs = [
        c
        for c in head.children
        if c.dep_ in ("relcl", "acl") and lex.outcomes.get(c.lemma_.lower()) == "joined"
    ]
    # "56 Indonesians are known to have joined the Islamic State": the verb raised
    verb = verbs[0] if verbs else _raised(_governing_verb(head))
    if verb is None or lex.outcomes.get(verb.lemma_.lower()) != "joined":
        return None
    joined = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if joined is None or joined.i == head.i or joined.pos_ != "PROPN":
        return None  # "joined the new alliance": an actor described, which stays out
    return _clean(head.doc[joined.left_edge.i : joined.i + 1].text)


def _place_left(measure: _Measure, head) -> str:
    """ "60,000 people have left the enclave": who left is counted with the place they left
    ("people who left the enclave"), as who travelled is with where they went."""
    verb = _governing_verb(head)
    place = next((c for c in verb.children if c.dep_ == "dobj"), None)
    purpose = _purpose(head)  # "6,000 Tunisians have left to fight abroad"
    if place is None or place.pos_ not in ("NOUN", "PROPN") or place.i == head.i:
        place = None
    if place is None and purpose is None:
        return measure.text
    words = _clean(place.doc[place.left_edge.i : place.i + 1].text) if place else None
    told = " ".join(filter(None, [words, purpose]))
    return f"{measure.text.removesuffix(' left')} who left {told}"


def _strength(head) -> bool:
    """Men told as a group's size ("is a small group, perhaps 30 men", "a force of 500 men",
    "strength is estimated at 3,000 men"), not men something happened to."""
    if _sizes_a_body(head):
        return True
    verb = _governing_verb(head)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lex = statistic_lexicon()
    # "Division 30 says it has about 1,200 men": the men a named body (or "it") has
    had = head.dep_ == "dobj" and verb.lemma_.lower() in lex.strength_verbs
    body = subject.ent_type_ in (GROUP_LABEL, "ORG") or subject.lower_ == "it"
    return subject.lemma_.lower() in lex.strength_nouns or (had and body)


def _voters(head) -> str | None:
    """ "About 128 million people are registered to vote", "12 million Afghans are eligible
    to vote": voters, named as the lexicon's ``voters`` say."""
    told = head.head
    if head.dep_ == "nsubj" and told.lemma_ == "be":
        told = next((c for c in told.children if c.dep_ == "acomp"), told)
    elif head.dep_ != "nsubjpass":
        return None
    vote = any(c.dep_ == "xcomp" and c.lemma_.lower() == "vote" for c in told.children)
    return statistic_lexicon().voters.get(told.lemma_.lower()) if vote else None


def _population(head) -> bool:
    """ "Idlib is home to about 3 million people": the people a place holds."""
    lex = statistic_lexicon()
    to = head.head
    return (
        _clean(head.text) in lex.generic_people
        and head.dep_ == "pobj"
        and to.lower_ == "to"
        and to.head.lemma_.lower() in lex.population_of
    )


# "480 militants had been "neutralised", its term for fighters killed, wounded or captured"
_NEUTRALISED_DEFINED = re.compile(r"\bterm\b[^.;]*\b(?:wounded|injured|captured|arrested)\b", re.I)


def _neutralised_told_apart(sentence: Sentence, measure: _Measure) -> None:
    """ "Neutralised", when the sentence says the word also covers the wounded or captured,
    is not "killed": the measure keeps the force's own word."""
    head = measure.head
    if measure.outcome != "killed" or head is None:
        return
    verb = _governing_verb(head)
    if verb.lemma_.lower() not in ("neutralise", "neutralize", "neutralised", "neutralized"):
        return
    if _NEUTRALISED_DEFINED.search(sentence.text):
        measure.outcome = "neutralised"
        measure.text = _compose(measure)


def _act_on_things(noun) -> str | None:
    """What the act a noun counts the things of did to them ("the blocking of 6,096 web
    addresses" -> "blocked"), when the noun is that act's "of" object."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return statistic_lexicon().acts_on_things.get(prep.head.lower_)


def _done_to_things(measure: _Measure) -> None:
    """ "ordered the blocking of 6,096 web addresses and social media accounts": the things
    are counted with what was done to them."""
    head = measure.head
    if head is None or measure.outcome is not None or measure.text != measure.nouns:
        return
    done = _act_on_things(head)
    if done is not None:
        measure.text = f"{measure.text} {done}"


def _goods_sent(measure: _Measure) -> None:
    """ "sending about 120 tonnes of coltan a month across the border": goods are sent, where
    people sent are deployed."""
    if measure.outcome == "deployed" and _weighed(measure):
        measure.outcome = "sent"
        measure.text = _compose(measure)


def _armed_men_as_fighters(measure: _Measure) -> None:
    """ "The emirate has between 200 and 300 armed men left in the forests": the men a group
    has under arms are its fighters ("armed fighters"), a strength like any other (not "about
    200 armed men stormed the village", the attackers of one raid)."""
    head = measure.head
    if head is None or measure.nouns != "armed men":
        return
    verb = _governing_verb(head)
    if head.dep_ == "nsubj" and verb.lemma_ == "leave":
        verb = verb.head  # "had fewer than 30 armed men left": the parse hangs the men on "left"
    elif head.dep_ != "dobj":
        return
    if verb.lemma_.lower() in statistic_lexicon().strength_verbs:
        measure.nouns = "armed fighters"
        measure.text = _compose(measure)


def _before_the_war(measure: _Measure) -> None:
    """ "Sirte had a population of about 80,000 before the war": a place's people as they were
    before a war are a baseline, and the measure says so ("population before the war")."""
    head = measure.head
    if head is None or _residents_of(measure.nouns) not in ("population", "residents"):
        return
    verb = _governing_verb(head)
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "before"):
        event = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if event is not None and event.lemma_.lower() in statistic_lexicon().baselines:
            measure.text = f"{measure.text} before the {event.lower_}"


def _died_of_want(measure: _Measure) -> None:
    """ "At least 25 of them died of hunger or illness", "950 people died in military custody":
    people who died of want or in custody were not killed, and the measure says how they died
    ("residents who died of hunger or illness")."""
    head = measure.head
    if head is None or measure.outcome != "killed" or not measure.text.endswith(" killed"):
        return  # not "deaths from hunger", named as the text names them
    lex = statistic_lexicon()
    verbs = [head.head, *(c for c in head.children if c.dep_ in ("relcl", "acl"))]
    verb = next((v for v in verbs if v.lemma_.lower() == "die"), None)
    if verb is None:
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        cause = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if cause is None:
            continue
        lemma = cause.lemma_.lower()
        # "of disease, hunger and shelling": some were killed
        causes = {c.lemma_.lower() for c in [cause, *cause.conjuncts]}
        want = prep.lower_ in ("of", "from") and causes <= lex.deaths_of_want
        # "died in military custody"; not "in the group's custody", captives it killed
        owned = any(c.dep_ == "poss" for c in cause.children)
        held = prep.lower_ == "in" and lemma in lex.deaths_in_custody and not owned
        if want or held:
            measure.text = f"{measure.nouns} who died {_phrase_words(prep, prep.right_edge.i)}"
            return


def _residents(head) -> bool:
    """ "about 55,000 people live in the al-Hol camp", "1.5 million civilians are believed to
    still live in Mosul": the people a place holds."""
    home = _home_of(head)
    if home is None:
        return False
    # "More than 900,000 Rohingya live in the camps": whoever lives in a camp is its people
    lives_there = head.dep_ != "dobj"
    generic = _clean(head.text) in statistic_lexicon().generic_people
    return generic or (lives_there and _a_camp(home))


_LIVING_IN = "living in"


def _residents_of(nouns: str) -> str:
    """ "people living in idlib province" are residents when a part or a past of them is
    counted ("about half of them displaced" -> "share of residents displaced")."""
    return "residents" if f" {_LIVING_IN} " in nouns else nouns


def _one_camp(place) -> bool:
    """ "the al-Hol camp", "the camps around the city", or "al-Hol" where the story calls it
    a camp: camps of the story, whose people are their residents (not "displacement camps",
    a kind of place)."""
    if _a_camp(place):
        return place.tag_ != "NNS" or not _bare_kind(place)
    if place.pos_ != "PROPN":
        return False
    name = re.escape(_place_phrase(place))
    camps = "|".join(map(re.escape, statistic_lexicon().camp_places))
    return re.search(rf"\b{name}\s+(?:{camps})\b", doc_text(place.doc), re.I) is not None


def _place_phrase(place) -> str:
    """The words naming a place up to its noun, without its article ("the opposition-held
    north-west")."""
    first = place.left_edge
    if first.dep_ == "det" and first.i < place.i:
        first = first.doc[first.i + 1]
    return _clean(place.doc[first.i : place.i + 1].text)


def _a_camp(place) -> bool:
    return place.pos_ == "NOUN" and _clean(place.text) in statistic_lexicon().camp_places


def _home_of(head):
    """The place the counted live in: the object of "in" or "at" of the verb of residence
    they are the subject of (also through "are believed to")."""
    verb = _raised(head.head) if head.dep_ == "nsubjpass" else head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in statistic_lexicon().housing:
        return _housing_place(verb)  # "the camp holds about 40,000 people"
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in (
        statistic_lexicon().residence
    ):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    # "In Kachin State alone, about 100,000 people have lived in displacement camps": the
    # place after the verb is where they live, one before it may only frame the sentence
    prep = next((c for c in preps if c.i > verb.i), preps[0] if preps else None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _place_housing(head):
    """The place whose people a count is: "the camp housed about 850 people", "Tigray's four
    camps held about 96,000 Eritreans", "Yarmouk was home to about 160,000 Palestinians"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in statistic_lexicon().housing:
        return _housing_place(head.head)
    home = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
    if home is None or home.lower_ != "home" or home.dep_ not in ("attr", "advmod"):
        return None
    if home.head.lemma_ != "be":
        return None
    subject = next((c for c in home.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # a named subject of "was home to" is a place, whether or not the parse marks it as one
    named = subject.pos_ == "PROPN"
    return subject if named or _clean(subject.text) in statistic_lexicon().housing_places else None


def _camp_housing(head):
    """The camp or named place whose people a count is, named in the measure ("refugees in
    camps"); prisons keep their inmates "held" and countries their refugees "hosted"."""
    place = _place_housing(head)
    if place is None or (place.pos_ == "PROPN" and head.dep_ == "dobj"):
        return None
    if place.pos_ == "NOUN" and _clean(place.text) not in statistic_lexicon().camp_places:
        return None
    if _clean(head.text) in statistic_lexicon().inmates:
        return None  # "the camp housed some 2,300 detainees": detainees held
    return place


def _place_words(place) -> str:
    """ "displacement camps", "khan eshieh": a common noun with the nouns that say which kind,
    a name with the names before it."""
    if place.pos_ == "PROPN":
        return _name_words(place)
    kinds = [c for c in place.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    return _clean(" ".join(t.text for t in [*kinds, place]))


def _housing_place(verb):
    """The place subject of a verb of housing ("the camp holds ..."), not a group or a person
    ("the militants hold 30 hostages")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the al-Hol camp, which holds about 40,000 people"
    if subject is None:
        return None
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("FAC", "GPE", "LOC"):
        return subject  # "Roj holds about 2,600 people"
    # "The Adi Harush and Mai Aini camps sheltered": the parse may make the first name the
    # subject and the camps its conjunct
    places = statistic_lexicon().housing_places
    subject = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN"), subject)
    if subject.pos_ != "NOUN" or _clean(subject.text) not in places:
        return None
    return subject


# people whose count in a place is its residents; other people ("civilians", "families") are
# named with the place ("civilians in mosul")
_ANYONE = frozenset({"people", "persons", "individuals"})


def _residents_named(head) -> str:
    noun = _clean(head.text)
    place = _home_of(head)
    if place is not None and head.dep_ == "dobj":  # "the al-Hol camp holds 40,000 people"
        lex = statistic_lexicon()
        if _clean(place.text) in lex.holding_places - lex.camp_places:
            return "people held"  # "Kenyan prisons hold about 300 people": no one lives there
        return f"{place.lemma_.lower()} residents"
    if place is not None and _a_camp(place) and noun not in _ANYONE:
        return f"{noun} in {_place_words(place)}"  # "900,000 Rohingya live in the camps"
    if noun in _ANYONE and place is not None and not _one_camp(place) and _doing(head) is None:
        # "More than 2 million people live in Idlib province": people living somewhere are
        # named with the place; only a camp's people are its residents ("are living in tents"
        # is told by what they are doing)
        return f"{noun} {_LIVING_IN} {_place_phrase(place)}"
    if place is not None and place.pos_ == "NOUN":  # "the besieged city of Aleppo"
        of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    named = place is not None and (
        place.ent_type_ in ("GPE", "LOC", "FAC") or place.pos_ == "PROPN"
    )
    if noun in _ANYONE or not named:
        return "residents"
    return f"{noun} in {_clean(place.doc[place.left_edge.i : place.i + 1].text)}"


def _still_there(head) -> str | None:
    """ "20 to 30 fighters were still holed up", "443 inmates were still at large": the counted
    are what remains (not "400 nationals are still fighting": that says what they do)."""
    verb = head.head
    being = verb.lemma_.lower() in ("be", "remain") or verb.tag_ == "VBN"
    subject = head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and being
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "prep"))]
    words = words if subject else []
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for w in words for c in w.children)
    # the parse may lose the clause ("between 20 and 30 fighters were still holed up")
    still = still or bool(_STILL_AFTER.match(doc_text(head.doc), head.idx + len(head.text)))
    return "remaining" if still else None


_STILL_AFTER = re.compile(r"\s+(?:are|were|is|was|had been|have been)\s+still\s+(?!\w+ing\b)", re.I)


def _clause_outcome(head) -> str | None:
    """ "20,000 persons who went missing", "civilians killed in the raids"."""
    lex = statistic_lexicon()
    for child in head.children:
        if child.dep_ not in ("relcl", "acl") or child.tag_ == "VBG":
            continue  # "44 blasts killing 625 people": the blasts did the killing
        if child.dep_ == "relcl" and any(c.dep_ == "dobj" for c in child.children):
            continue  # "16 blasts which took 119 lives"
        for word in (child, *(c for c in child.children if c.dep_ in ("acomp", "oprd"))):
            outcome = lex.outcomes.get(word.lemma_.lower()) or lex.outcomes.get(word.lower_)
            if outcome is not None:
                return outcome
        if child.dep_ == "relcl" and _gone_to_a_country(child):
            return "travelled"  # "the number of Tunisians who went to fight in Syria"
    return None


def _related_to(head) -> str | None:
    """A hyphened adjective of what the counted are tied to, right before the noun
    ("terrorism-related arrests", "Maoist-related violence"), as printed."""
    doc = head.doc
    if head.i < 3:
        return None
    what, hyphen, tie = doc[head.i - 3], doc[head.i - 2], doc[head.i - 1]
    ties = statistic_lexicon().tie_words
    if hyphen.text != "-" or tie.lower_ not in ties or tie.dep_ != "amod":
        return None
    if what.is_punct or what.like_num:
        return None
    return f"{what.lower_}-{tie.lower_}"


def _hyphened(modifier) -> str:
    """A modifier with the words the text joins to it by hyphens ("school-age", not "age"), or
    the whole name it ends ("African Union bases", not "union bases")."""
    doc, first = modifier.doc, modifier.i
    name = next((e for e in doc.ents if e.end == modifier.i + 1 and e.start < modifier.i), None)
    named = name is not None and name.label_ != GROUP_LABEL
    if modifier.pos_ == "PROPN" and named and all(t.pos_ == "PROPN" for t in name):
        return _clean(name.text)
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_:
        if doc[first - 2].whitespace_:
            break
        first -= 2
    return _clean(doc[first : modifier.i + 1].text)


def _noun_text(head, modifiers: list) -> str:
    """The counted noun and its nearest telling modifier ("suicide bombings", "foreign
    fighters"); groups (the actor), determiners and vague adjectives dropped."""
    lex = statistic_lexicon()
    kept = [
        t
        for t in modifiers
        if t.ent_type_ != GROUP_LABEL
        and t.tag_ not in ("VBN", "HYPH", "NFP", "RB")
        and not t.is_punct
        and t.text not in _QUOTES
        and _clean(t.text) not in lex.drop_modifiers
        and t.ent_type_ not in ("CARDINAL", "DATE")
    ]
    nouns = "members" if head.ent_type_ == GROUP_LABEL else _clean(head.text)
    if kept:
        modifier = kept[-1]
        if modifier.i == head.i - 1 or (
            head.i - modifier.i == 2 and head.doc[head.i - 1].text in _QUOTES
        ):
            nouns = f"{_hyphened(modifier)} {nouns}"
            joined = _modifier_joined_to(modifier, kept)
            if joined is not None:  # "air and drone strikes"
                nouns = f"{_clean(joined.text)} {head.doc[modifier.i - 1].lower_} {nouns}"
    related = _related_to(head)
    if related is not None and nouns == _clean(head.text):
        nouns = f"{related} {nouns}"  # "terrorism-related arrests", "Maoist-related violence"
    conj = _nouns_listed_after(head)
    force = _force_of_members(head)
    if force is not None:  # "91 members of the security forces": the force's people
        nouns = _bare_phrase(force)
    elif conj:  # "thousands of propaganda platforms and communication channels"
        listed = [f"{_compounded(c, head)}{_kind_of_body(c)}" for c in conj]
        # "20 attacks or attempted attacks": the list's own joining word
        joiner = next(
            (t.lower_ for t in head.doc[head.i + 1 : conj[-1].i] if t.lower_ in ("and", "or")),
            "and",
        )
        nouns = ", ".join([nouns, *listed[:-1]]) + f" {joiner} {listed[-1]}"
    elif _clean(head.text) in lex.partitives | lex.weights | lex.extents:  # "tonnes of"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        # goods may be tagged as adjectives ("120 tonnes of coltan")
        goods = what is not None and lex.weighed_goods_words.fullmatch(_clean(what.text))
        if goods or (what is not None and what.pos_ == "NOUN" and what.ent_type_ != GROUP_LABEL):
            nouns = f"{nouns} of {_goods_words(what)}"
    return nouns


def _nouns_listed_after(head) -> list:
    """The plural nouns listed right after the counted one, joined by "and" and commas alone
    ("shrines, tombs and Shiite husseiniyas", "soldiers, Guardsmen and state officers"), also
    where the parse joins the last to the verb ("blocked 37 Facebook pages and Twitter
    accounts"); not "300 people, among them soldiers and militants", nor a casualty word or a
    noun with its own figure."""
    lex = statistic_lexicon()
    joined = [*head.conjuncts]
    if head.dep_ == "dobj":
        joined += [c for c in head.head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    listed = sorted(
        (
            c
            for c in joined
            if head.i < c.i <= head.i + _LIST_REACH
            and (c.tag_ in ("NNS", "NNPS") or _plural_by_its_list(c, head))
            and _clean(c.text) not in lex.casualty
            and not any(x.dep_ == "nummod" or x.like_num for x in c.children)
        ),
        key=lambda c: c.i,
    )
    kept = []
    for c in listed:
        before = kept[-1].i if kept else head.i
        between = head.doc[before + 1 : c.i]
        if not all(t.dep_ in ("cc", "compound", "amod") or t.text == "," for t in between):
            break
        if any(x.lower_ in lex.quantity_words for x in c.children):
            break  # "14 Indonesian sailors and several Malaysians": a count of their own
        kept.append(c)
    told = head.doc[head.i + 1 : kept[-1].i] if kept else []
    if kept and not any(t.dep_ == "cc" for t in told):
        return []  # "shrines, tombs, ...": a list that has not ended
    people = _clean(head.text) in lex.generic_people | lex.held_people | lex.casualty
    if people and any(t.text == "," for t in told):
        return []  # "500 people, civilians and soldiers", "18 captives, foreigners and ...": who
    return kept


def _compounded(noun, head=None) -> str:
    """A noun with the nouns compounded before it ("vice mayors", "state officers"); the same
    noun as the counted one keeps the word that tells it apart ("17 attacks and attempted
    attacks")."""
    same = head is not None and _clean(noun.text) == _clean(head.text)
    deps = ("compound", "amod") if same else ("compound",)
    first = min((c.left_edge.i for c in noun.lefts if c.dep_ in deps), default=noun.i)
    return _clean(noun.doc[first : noun.i + 1].text)


def _plural_by_its_list(noun, head) -> bool:
    """A noun the tagger leaves singular at the end of a list of plurals ("shrines, tombs and
    Shiite husseiniyas"): a word it does not know, plural as the list is."""
    return noun.tag_ == "NN" and head.tag_ == "NNS" and noun.lower_.endswith("s")


# how far after the counted noun a noun listed with it may stand
_LIST_REACH = 7


def _goods_words(what) -> str:
    """ "fentanyl pills", "ammunition": what a partitive counts, with the nouns that say
    which kind."""
    goods = statistic_lexicon().weighed_goods_words
    kinds = [
        c
        for c in what.children
        if c.i == what.i - 1 and (c.dep_ == "compound" or goods.fullmatch(_clean(c.text)))
    ]
    # "rare earth compounds": the kind with the words that make it one
    first = min((k.left_edge.i for k in kinds), default=what.i)
    return _clean(what.doc[first : what.i + 1].text)


def _modifier_joined_to(modifier, kept: list):
    """The modifier "and" joins to ``modifier`` before it ("air" of "air and drone strikes")."""
    doc = modifier.doc
    if modifier.i < 2 or doc[modifier.i - 1].tag_ != "CC":
        return None
    return next((t for t in kept if t.i == modifier.i - 2), None)


def _kind_of_body(noun) -> str:
    """ "5,800 fighters and members of urban support networks": the kind of body the second
    of two joined nouns belong to says who they are ("" for one body of the story, "members
    of the group", or a named one, "of the ELN", which is the figure's actor)."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if body is None or body.tag_ != "NNS" or not _bare_kind(body):
        return ""
    phrase = _bare_phrase(body)
    return f" of {phrase}" if len(phrase.split()) <= 4 else ""


def _force_of_members(head):
    """The force an "of" names after members or personnel ("members of the security forces",
    "personnel of the armed forces"), whose people the figure counts; not a group ("members
    of the group", "of Boko Haram"), which is the figure's actor."""
    lex = statistic_lexicon()
    if _clean(head.text) not in lex.member_nouns:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    force = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if force is None or force.ent_type_ == GROUP_LABEL or force.lower_ not in lex.member_forces:
        return None
    return force


def _clean(text: str) -> str:
    return re.sub(r"[\[\]“”\"‘’]", "", text).lower().strip()


def _compose(measure: _Measure) -> str:
    lex = statistic_lexicon()
    nouns = lex.synonyms.get(measure.nouns, measure.nouns)
    if _fate_told(measure):
        nouns = measure.nouns  # "20 hostages were killed": hostages, not people abducted
    nouns = _deaths_of(nouns) or nouns
    text = nouns
    if measure.outcome and not nouns.endswith(measure.outcome):
        outcome = _outcome_in_its_words(measure)
        if nouns.startswith("people ") and measure.outcome in lex.flows:
            text = f"people {outcome}"  # hostages ("people abducted") freed: "people rescued"
        elif nouns.startswith("people ") and nouns != f"people {outcome}":
            text = nouns  # "deaths" already says what happened
        else:
            text = f"{nouns} {outcome}"
    passive = measure.head is not None and measure.head.dep_ == "nsubjpass"
    if not (passive and text in lex.passive_kept):
        text = lex.synonyms.get(text, text)
    if measure.per:
        text = f"{text} per {measure.per}"
    return text


def _outcome_in_its_words(measure: _Measure) -> str:
    """The outcome printed as the sentence words it: "people kidnapped on the highway" for
    "were kidnapped", "people abducted" for "were abducted" (one outcome to every rule)."""
    outcome = measure.outcome.replace("_", " ")
    if measure.outcome == "abducted" and measure.head is not None:
        words = measure.head.sent.text.lower()
        if "kidnap" in words and "abduct" not in words:
            return "kidnapped"
    return outcome


def _fate_told(measure: _Measure) -> bool:
    """Hostages whose later fate is told ("were killed", "are still held"): the noun names
    them, the outcome says what became of them (freed hostages are people rescued)."""
    lex = statistic_lexicon()
    outcome = measure.outcome
    if measure.nouns not in lex.held_people or outcome is None or outcome in lex.flows:
        return False
    return lex.synonyms.get(measure.nouns, "") != f"people {outcome}"


def _deaths_of(nouns: str) -> str | None:
    """ "militant dead", "civilian deaths" -> "fighters killed", "civilians killed": the dead
    named by the people they were, when the lexicon counts such people."""
    lex = statistic_lexicon()
    words = nouns.split()
    if len(words) != 2 or words[1] not in lex.death_nouns:
        return None
    people = f"{words[0]}s"
    if people not in lex.stock | lex.generic_people:
        return None
    return lex.synonyms.get(f"{people} killed", f"{people} killed")


def _rate(doc, i: int) -> str | None:
    if i >= len(doc):
        return None
    lex = statistic_lexicon()
    start = doc[i].idx - 1 if i else 0
    m = lex.per_unit.match(doc_text(doc), start)
    if m is None and i and doc[i - 1].lemma_.lower() in lex.flow_units:
        # "pumped about 1.6 million barrels a day before the 2011 uprising": after a unit of
        # flow, "a day before" is still its rate
        m = lex.flow_rate.match(doc_text(doc), start)
    return m.group(1).lower() if m else None


def _gapped_object(noun) -> bool:
    """A noun the parse joins to a verb that already has an object: a second object whose
    verb is left out ("killed 20 people at ... and 30 people at ...")."""
    verb = noun.head
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _outcome_after_an_aside(tok) -> str | None:
    """ "in which more than 140 people, most of them children, were killed": the parse may
    lose the counted noun in the aside; the passive verb right after the aside, with no
    subject of its own, is what befell them. Also with no aside, where a dateline before the
    counted noun misleads the parse ("KABUL, Afghanistan, Feb. 24, 2020 — More than 3,400
    civilians were killed")."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return None
    i = tok.i + 1
    if doc[i].text == ",":
        close = next((t for t in doc[tok.i + 2 : tok.i + 9] if t.text == ","), None)
        if close is None:
            return None
        i = close.i + 1
    while i < len(doc) and doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i += 1
    verb = doc[i] if i < len(doc) else None
    if verb is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the dateline's place may be the verb's subject, the counted noun its apposition
    if any(tok.dep_ != "appos" or c.i != tok.head.i for c in subjects):
        return None
    return statistic_lexicon().outcomes.get(verb.lemma_.lower())


def _verb_outcome(tok, figure_words=None) -> str | None:
    """What happened to the counted: the verb it is the patient of ("had been killed",
    "claimed 1,112 operations", "1,200 have returned"), or the noun it hangs from ("the deaths
    of thousands of civilians")."""
    lex = statistic_lexicon()
    node = tok
    for _ in range(5):
        if node.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
            break
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head  # "six soldiers and up to 120 militants died"
            continue
        if node.dep_ == "conj" and node.pos_ == "NOUN" and _gapped_object(node):
            break  # "killed 20 people at a hotel in November and 30 people at a cafe in January"
        if node.dep_ == "appos" and _counted(node) and _counted(node.head):
            node = node.head  # "257 militants, 91 soldiers and 39 civilians were killed"
            continue
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.lower_ in lex.outcomes
            and node.head.head.pos_ == "NOUN"  # not "Of the 620 prisoners, 430 escaped"
            and node.head.head.lemma_.lower() not in lex.bodies  # "a force of 500 men"
        ):
            return lex.outcomes[node.head.head.lower_]  # "the deaths of thousands"
        if node.dep_ == "prep" and node.lower_ == "as" and node.head.lemma_ in lex.transparent:
            node = node.head  # "killing what it described as scores of fighters"
            break
        if node.dep_ not in ("pobj", "prep", "nummod", "quantmod", "compound", "amod", "npadvmod"):
            return _outcome_after_an_aside(tok)
        if node.dep_ == "prep" and node.lower_ == "between" and node.head.pos_ == "VERB":
            break  # "have killed between 2,500 and 3,600 people": the range is the object
        if node.head.i == node.i or (node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX")):
            return None
        whole = node.dep_ == "prep" and node.head.like_num and figure_words is not None
        if whole and node.head.i not in range(figure_words.start, figure_words.end):
            return None  # "Of the 5,600 fighters, 1,200 have returned": 5,600 did not
        node = node.head
    verb = node.head
    if verb.i == node.i or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if node.dep_ in ("nsubj", "nsubjpass") and _at_large(verb):
        return AT_LARGE
    if node.dep_ == "nsubj" and _refuge_sought(verb):
        return "displaced"  # "3,000 people have sought refuge in the town's churches"
    if node.dep_ == "nsubj" and _held_as_captives(verb):
        return "held"  # "counted 54 journalists held hostage": the parse makes them its doers
    if node.dep_ == "nsubj" and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "38 health centres, about one in six, are closed": the parse may
        node = verb  # hang the subject on the auxiliary
    # "30,000 people are still displaced", "20,000 people have gone missing"
    if verb.lemma_ in ("be", "go") and node.dep_ == "nsubj":
        verb = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), verb)
        node = verb if verb.lemma_ != "be" else node
        beyond = _beyond_control(verb)
        if beyond is not None:
            return beyond  # "40 percent of the territory is outside state control"
    elif verb.lemma_ == "remain" and node.dep_ == "nsubj":
        # "about 2.2 million remain displaced": what they remain says what befell them
        told = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")), None)
        if told is not None and told.lower_ in lex.outcomes:
            verb = node = told
    verb = _raised(verb)
    particle = _particle(verb)
    outcome = (
        (lex.outcomes.get(f"{verb.lemma_.lower()} {particle}") if particle else None)
        or lex.outcomes.get(verb.lemma_.lower())
        or lex.outcomes.get(verb.lower_)
    )
    if outcome is None and _put_on_trial(verb):
        outcome = TRIED  # "Seventy-eight people were tried"
    if verb.lemma_.lower() == "force":  # "forced 5,300 schools to close": what they were made to do
        made = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        outcome = (lex.outcomes.get(made.lemma_.lower()) if made is not None else None) or outcome
    left_dead = outcome == "left" and node.dep_ != "nsubj"  # "left nearly 500 people dead"
    if (outcome is None or left_dead) and any(
        c.lower_ == "dead" and c.i > verb.i for c in verb.children
    ):
        outcome = "killed"  # "38 foreign tourists were shot dead", "were left dead"
    if outcome is None and _driven_from_home(verb):
        outcome = "displaced"  # "driven about 2.6 million from their homes"
    if outcome in ("left", None) and _home_left(verb):
        outcome = "displaced"  # "more than 20,000 people have left their homes"
    if outcome is None and _gone_to_a_country(verb):
        outcome = "travelled"  # "more than 700 have gone to Somalia to fight"
    if outcome is None and verb.lemma_.lower() == "lose" and _people_word(node):
        outcome = "killed"  # "the mission has lost more than 100 personnel"
    if outcome is None and verb.lemma_.lower() in ("suffer", "sustain", "receive", "lose"):
        harm = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "suffered injuries"
        outcome = lex.outcomes.get(harm.lower_) if harm is not None else None
    if outcome is None and _taken_from_somewhere(verb, node):
        outcome = TAKEN  # "gunmen took 10 Turkish sailors from a cargo ship"
    if outcome == "left" and node.dep_ != "nsubj":
        return None  # "left 200 people injured": not who left
    if outcome == "deployed":
        outcome = _sent_for(verb) or outcome
    if outcome == "sent_home" and not _a_force_counted(node):
        outcome = "repatriated"  # "has brought 231 of its citizens home from camps in Syria"
    if outcome is None:
        return None
    # "6,000 people have turned themselves in": done by the counted to themselves
    reflexive = any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)
    if node.dep_ == "nsubj" and verb.lemma_.lower() not in lex.intransitive and not reflexive:
        return None  # "30 gunmen killed a guard", "ten teams claimed": the counted are doers
    return outcome


_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself"})


def _beyond_control(word) -> str | None:
    """ "is outside effective state control", "is beyond government control": the ground no
    one (or the state) holds, the opposite of controlled, as an outcome with its owner's
    words ("outside_state_control")."""
    if statistic_lexicon().outcomes.get(word.lemma_.lower()) != "controlled":
        return None
    if not any(c.lower_ in ("outside", "beyond") for c in word.children):
        return None
    owners = [_clean(c.text) for c in word.lefts if c.dep_ == "compound"]
    return "_".join(["outside", *owners, "control"])


AT_LARGE = "at_large"


def _at_large(verb) -> bool:
    """ "443 inmates were still at large", "four members remain at large", "12 prisoners are
    on the run", "seven more suspects were still being sought": people the authorities are
    still looking for."""
    lex = statistic_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.sought_verbs:
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma not in ("be", "remain"):
        return False
    for child in verb.children:  # the parse hangs "at large" either way
        if child.dep_ == "acomp" and any(
            (c.lower_, child.lower_) in lex.sought_phrases for c in child.children
        ):
            return True  # "were still at large"
        if child.dep_ == "prep" and any(
            (child.lower_, c.lower_) in lex.sought_phrases for c in child.children
        ):
            return True  # "remain at large", "are still on the run"
    return False


def _left_at_large(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known]
) -> tuple[_Measure, _Known] | None:
    """ "had recaptured 43 escapees, which left 110 still at large", "217 had returned,
    leaving more than 1,600 still at large": the rest of the people counted before, whom the
    authorities still seek."""
    verb = words.root.head
    if words.root.dep_ != "dobj" or verb.lemma_.lower() != "leave":
        return None
    phrases = statistic_lexicon().sought_phrases
    if not any(
        c.dep_ == "prep" and any((c.lower_, g.lower_) in phrases for g in c.children)
        for c in verb.children
    ):
        return None
    earlier = _latest(memory, sentence, figure)
    if earlier is None or earlier.measure.head is None:
        return None
    root = words.root
    measure = _Measure("", root.idx, root.idx + len(root.text), root, earlier.measure.nouns)
    measure.outcome = AT_LARGE
    measure.text = _compose(measure)
    return measure, earlier


def _a_force_counted(node) -> bool:
    """The counted are a force's people ("sent home about 5,000 soldiers"), not citizens."""
    people = statistic_lexicon().force_people
    return any(_clean(t.text) in people for t in node.subtree)


def _sent_for(verb) -> str | None:
    """ "468 were sent for rehabilitation": people sent for something are not a force
    deployed; what they were sent for says what befell them."""
    if verb.lemma_.lower() != "send":
        return None  # "officers deployed ... for the holiday" are still a force
    why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = next((c for c in why.children if c.dep_ == "pobj"), None) if why is not None else None
    if what is None or what.pos_ != "NOUN":
        return None
    return f"sent for {_bare_phrase(what)}"


def _gone_to_a_country(verb) -> bool:
    """ "700 have gone to Somalia", "3,000 Tunisians have gone to fight in Syria": people who
    went to a named country or region, or went to fight or join, travelled (not "went
    missing", "went to court", "went without food")."""
    if verb.lemma_.lower() != "go":
        return False
    purposes = statistic_lexicon().journey_purposes
    if any(
        c.dep_ in ("xcomp", "advcl")
        and c.lemma_.lower() in purposes
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return True
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    where = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return where is not None and where.ent_type_ in ("GPE", "LOC")


def _driven_from_home(verb) -> bool:
    """ "driven about 2.6 million from their homes", "120,000 have been pushed out of their
    villages": a verb of driving displaces when it drives people from their homes."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() not in lex.home_driving:
        return False
    # the parse may hang "from their homes" on the people driven
    driven = [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    return any(
        prep.dep_ in ("prep", "prt")
        and prep.lower_ in ("from", "out")
        and any(t.lemma_.lower() in lex.home_nouns for t in prep.subtree)
        for prep in [*verb.children, *driven]
    )


def _home_left(verb) -> bool:
    """ "20,000 people have left their homes", "left their villages": leaving home is
    being displaced, as the sources and the gold sets word it."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() not in lex.home_leaving:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.home_nouns for c in verb.children)


def _particle(verb) -> str | None:
    """The particle of a phrasal verb ("taken down"); "come back" too, whose "back" the parse
    may take for an adverb, and the complement of a verdict ("found guilty")."""
    outcomes = statistic_lexicon().outcomes
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
        if child.dep_ == "advmod" and f"{verb.lemma_.lower()} {child.lower_}" in outcomes:
            return child.lower_
        # "turned themselves in since July": a particle the parse takes for a bare preposition
        bare = child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children)
        if bare and f"{verb.lemma_.lower()} {child.lower_}" in outcomes:
            return child.lower_
    verdict = _verdict_word(verb)
    return verdict.lower_ if verdict is not None else None


def _verdict_word(verb):
    """The complement of a verdict verb ("were found guilty", "found 2,500 people guilty"),
    which the parse hangs on the verb or on its object."""
    outcomes = statistic_lexicon().outcomes
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    told = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    told += [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    lemma = verb.lemma_.lower()
    return next((c for c in told if f"{lemma} {c.lower_}" in outcomes), None)


def _counted(noun) -> bool:
    """A noun with its own figure: one item of a list of counts, which the parse may take
    for an apposition."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _raised(verb):
    """ "are believed to have travelled", "were reported killed": the verb a verb of saying or
    thinking passes its (passive) subject on to."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() not in lex.raising or verb.tag_ != "VBN":
        return verb
    governed = [c for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp")]
    return governed[0] if governed else verb


TAKEN = "taken"


def _taken_from_somewhere(verb, node) -> bool:
    """Civilians "taken" from a place or "taken captive": an abduction's (not "took 12 of
    them", "took part", "took two villages")."""
    if verb.lemma_.lower() != "take" or node.dep_ != "dobj" or not _civilians(node):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "from")
        or (c.dep_ in ("oprd", "xcomp", "acomp", "advmod") and c.lower_ in ("captive", "hostage"))
        for c in verb.children
    )


def _civilians_taken(measure: _Measure) -> bool:
    """ "Boko Haram fighters seized 276 girls", "gunmen took 10 Turkish sailors from a cargo
    ship": an abduction's people, whose number recalled in passing is a toll's."""
    head = measure.head
    if head is None or not _civilians(head):
        return False
    if measure.outcome in ("seized", TAKEN):
        return True
    # "some 22 people were taken from a bus", "nine students were seized from a school": taken
    # away from where they were, told by the act alone
    verb = head.head if head.dep_ == "nsubjpass" else None
    return (
        measure.outcome is None
        and verb is not None
        and verb.lemma_.lower() in statistic_lexicon().taking_away
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    )


def _civilians(tok) -> bool:
    """People who carry no arms ("girls", "villagers", "sailors", "Turks"): seized, they are
    abducted (troops or fighters seized are captured)."""
    return _clean(tok.text) in statistic_lexicon().civilians or tok.ent_type_ == "NORP"


def _people_word(tok) -> bool:
    lex = statistic_lexicon()
    return _clean(tok.text) in lex.stock | lex.generic_people and tok.dep_ == "dobj"


def _measure_of(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known], i: int
) -> tuple[_Measure | None, _Known | None]:
    """ "eight of these videos", "dozens of members", "three-fourths of them", "265 of the 527
    claimed", "40 percent of the attacks"."""
    doc = words.doc
    end = sentence.span.end
    # "of the country's districts": the owner and its "'s" go with the determiners, as does
    # "all" before them ("12 percent of all the civilians killed")
    while i < end and (
        doc[i].dep_ in ("det", "predet", "poss", "case")
        or doc[i].text in _QUOTES
        or (doc[i].dep_ == "compound" and doc[i].head.dep_ == "poss")  # "Burkina Faso's"
        or (doc[i].tag_ == "HYPH" and doc[i].head.dep_ == "poss")  # "the North-West's"
    ):
        i += 1
    drop = statistic_lexicon().drop_modifiers
    if i + 1 < end and _clean(doc[i].text) in drop and doc[i + 1].like_num:
        i += 1  # "half of the group's estimated 4,000 fighters": the whole is the figure
    i = _past_the_number_of(doc, i, end)  # "40 percent of the total number of attacks"
    if i >= end:
        return None, None
    if doc[i - 1].lower_ in _PRONOUNS and doc[i - 1].dep_ != "det":
        i -= 1  # "of these" alone, not "of these videos"
    tok = doc[i]
    total = _the_bare_total(tok)
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON" or total:
        if any(c.dep_ in ("acl", "relcl") for c in tok.children):
            return _described(tok), None  # "55 per cent of those living in the camps"
        antecedent = _latest(memory, sentence, figure)
        if antecedent is not None and total:
            # "1,783 casualties ..., 573 of them deaths; women and children made up 43 percent
            # of the total": the first figure its sentence told, not a part of it
            antecedent = next(k for k in memory if k.sentence == antecedent.sentence)
        if antecedent is None:
            named = _people_named_before(sentence, tok)
            if named is None:
                return None, None
            return _copy_measure(_bare_measure(named), tok, figure, words), None
        measure = _copy_measure(antecedent.measure, tok, figure, words)
        return measure, antecedent
    if (tok.like_num or tok.tag_ == "CD") and not statistic_lexicon().year_like.fullmatch(tok.text):
        after = i + 1  # "of the region's 6 million people": the whole's scale is its figure's
        while after < end and doc[after].lower_ in statistic_lexicon().scales:
            after += 1
        total = _amount(doc[i:after].text)
        antecedent = _with_value(memory, total[0] if total else None)
        phrase = _noun_phrase(doc, after, end)
        if phrase is not None and (measure := _named_measure(phrase, figure, words)) is not None:
            if figure.kind == "fraction" and total:
                figure.details["of"] = int(total[0])
            subject = words.root.dep_ == "nsubj" and measure.outcome is None
            need = _needed_by_subject(words.root.head) if subject else None
            if need is not None and need not in measure.text:
                # "4.5 million of the region's 6 million people need food aid": the part is
                # the subject of the need
                measure.text = f"{measure.text} {need}"
            return measure, antecedent
        if antecedent is not None:
            if figure.kind == "fraction":
                figure.details["of"] = int(total[0])
            return _copy_measure(antecedent.measure, tok, figure, words), antecedent
        return None, None
    if figure.kind in ("percent", "fraction"):
        place = _place_named_at(sentence, doc[i]) or _named_ground_at(doc[i])
        if place is not None:  # "controls 90 percent of Raqqa": a share of the place's ground
            return place, None
    phrase = _noun_phrase(doc, _past_groups(doc, _past_a_dated_owner(sentence, doc, i), end), end)
    if phrase is None:
        return None, None
    if phrase[1].lower_ == "others":  # "scores of others injured"
        return _others(sentence, figure, words, memory, phrase[1])
    # a stand-in figure of no kind of its own, but a count's part is still a count of people
    # ("10,000 of its fighters held in prisons"), a share's not ("40 percent of families in
    # the camp")
    stand_in = _Figure(0, 0, "", Quantity(2, 2), "vague", {"part_count": figure.kind == "count"})
    measure = _named_measure(phrase, stand_in, words)
    if measure is None:
        return None, None
    _told_who_of_the_dead(measure, words.root, figure)
    antecedent = _with_value(memory, _number_in(phrase)) if figure.kind == "fraction" else None
    return measure, antecedent


def _told_who_of_the_dead(measure: _Measure, root, figure: _Figure) -> None:
    """ "At least 32 of the dead were children": the part the clause says they were, killed
    (a count, not a share: "half of the dead were children" is told as a share)."""
    if figure.kind != "count" or measure.outcome is not None or measure.head is None:
        return
    lex = statistic_lexicon()
    outcome = lex.outcomes.get(measure.head.lower_)
    part = _part_is(root) if outcome in lex.casualty_outcomes else None
    if part is not None:
        measure.nouns, measure.outcome = part, outcome
        measure.text = _compose(measure)


def _past_the_number_of(doc, i: int, end: int) -> int:
    """Where the counted noun starts after "(total) number of": the number is only the
    figure's container."""
    j = i + 1 if i < end and doc[i].lower_ == "total" else i
    if j + 2 < end and doc[j].lower_ in ("number", "numbers") and doc[j + 1].lower_ == "of":
        return j + 2
    return i


def _the_bare_total(tok) -> bool:
    """ "43 percent of the total", "half the total": the figure told before, as "them" would
    say (not "of the total number of attacks", which names what it counts)."""
    if tok.lower_ not in ("total", "tally") or tok.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "prep" for c in tok.children)


def _place_named_at(sentence: Sentence, tok) -> _Measure | None:
    """The place whose name starts at ``tok`` ("Raqqa", "Port-au-Prince"), as what a share is
    of; none for a place that only modifies a noun ("of Raqqa's residents")."""
    for start, end, _, words in sentence.places:
        if start != tok.idx:
            continue
        last = words[-1]
        if last.i + 1 < len(tok.doc) and tok.doc[last.i + 1].lower_ in ("'s", "’s"):
            return None
        name = _clean(tok.doc.text[start:end])
        return _Measure(name, start, end, last, name, None)
    return None


def _named_ground_at(tok) -> _Measure | None:
    """ "nearly 80 percent of the Old City has been destroyed": a named place the gazetteer
    does not know (the recogniser's), as what a share is of; none for a name that only
    modifies a noun ("of the Old City's houses")."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    # the recogniser may take "the" into the name ("the Old City")
    words = next(
        (
            e
            for e in tok.sent.ents
            if e.start <= tok.i < e.end and all(t.dep_ == "det" for t in e[: tok.i - e.start])
        ),
        None,
    )
    if words is None or words[-1].i + 1 >= len(tok.doc):
        return None
    if tok.doc[words[-1].i + 1].lower_ in ("'s", "’s"):
        return None
    names = [t for t in words if t.dep_ != "det" and t.lower_ != "the"]
    if not names:
        return None
    name = _clean(" ".join(t.text for t in names))
    start, end = names[0].idx, names[-1].idx + len(names[-1].text)
    return _Measure(name, start, end, names[-1], name, None)


def _past_a_dated_owner(sentence: Sentence, doc, i: int) -> int:
    """Where the counted noun starts after a time that owns it ("a third of last year's
    attacks": the attacks, of that year)."""
    for _, _, _, words in sentence.dates:
        after = words.end
        if words.start == i and after < len(doc) and doc[after].lower_ in ("'s", "’s"):
            return after + 1
    return i


def _past_groups(doc, i: int, end: int) -> int:
    """Where the counted noun starts after the groups that own it: "99 percent of Islamic State
    and al-Qaeda material" counts material (a lone group before it stays its modifier)."""
    j = i
    while j < end and (
        doc[j].ent_type_ == GROUP_LABEL
        or (
            doc[j].lower_ in ("and", "or", ",")
            and j + 1 < end
            and doc[j + 1].ent_type_ == GROUP_LABEL
        )
    ):
        j += 1
    joined = any(doc[k].lower_ in ("and", "or", ",") for k in range(i, j))
    return j if joined and j < end and doc[j].tag_ in _NOUN_TAGS else i


def _described(pronoun) -> _Measure:
    """ "those living in the camps": the people a clause describes, in its words."""
    words = pronoun.doc[pronoun.i : pronoun.right_edge.i + 1]
    # "those who surrendered this year": the time is the figure's period, not who they are
    kept = [t for t in words if not t.is_punct and t.ent_type_ not in ("DATE", "TIME")]
    text = " ".join(_clean(t.text) for t in kept)
    text = re.sub(r"\b(?:the|a|an)\s+", "", text)
    measure = _Measure("", words.start_char, words.end_char, pronoun, text, None)
    measure.text = text
    return measure


def _number_in(phrase) -> float | None:
    _, head = phrase
    for child in head.children:
        if child.dep_ == "nummod" and (value := _amount(child.text)) is not None:
            return value[0]
    return None


def _people_named_before(sentence: Sentence, pronoun):
    """ "ambushed a convoy of state police officers ... and killed 15 of them": the people a
    "them" points back at, when no figure counted them, are the last kind of people the
    sentence named before it."""
    if pronoun.lower_ not in ("them", "those"):
        return None
    lex = statistic_lexicon()
    people = lex.stock | lex.generic_people | lex.casualty | lex.force_people | lex.not_refugees
    for tok in reversed(list(pronoun.doc[sentence.span.start : pronoun.i])):
        if tok.tag_ == "NNS" and _clean(tok.text) in people:
            return tok
    return None


def _caused_participles() -> list[str]:
    """The participles a share's cause verbs give it ("caused"), before "by" and its doer."""
    lex = statistic_lexicon()
    return [lex.share_verbs[verb] for verb in sorted(lex.share_cause_verbs)]


def _without_the_cause(text: str, root) -> str:
    """A share caused by one doer, told again for another figure: "Insurgent groups caused 62
    percent of the casualties, with the Taliban alone responsible for 47 percent" - the second
    share is caused by whom the words of its own clause hold responsible, or by no one said."""
    for done in _caused_participles():
        if f" {done} by " in text:
            text = text.split(f" {done} by ")[0] + f" {done}"
            holder = _held_responsible(root)
            return f"{text} by {_bare_phrase(holder)}" if holder is not None else text
    return text


def _held_responsible(root):
    """Whom "responsible for" the figure names, when it names one share only ("the Taliban
    alone responsible for 47 percent"); with two shares the parse may hang both on the first
    holder."""
    holder = _responsible_for(root)
    if holder is None:
        return None
    responsible = root.head.head
    shares = sum(c.dep_ == "prep" and c.lower_ == "for" for c in responsible.children)
    return holder if shares == 1 else None


def _copy_measure(measure: _Measure, tok, figure: _Figure, words) -> _Measure:
    """The measure of an earlier figure, for one that refers back to it; its own clause may
    say what happened to the part ("of them, 1,200 have returned")."""
    outcome = _verb_outcome(words.root) or measure.outcome
    # "1,200 of them are foreigners" counts foreigners; "half of them are foreigners" is a share
    # of the whole, which the share names the part of itself
    part = _part_is(words.root) if figure.kind not in ("fraction", "percent") else None
    per = measure.per
    # "Attacks on fishermen averaged six a month, and 120 of them were killed": the fishermen
    # were killed, not the attacks, and not by the month
    victims = _victims_of_the_acts(measure, outcome) if part is None else None
    if victims is not None:
        part, per = victims, None
    nouns = part or _residents_of(measure.nouns)
    copy = _Measure("", tok.idx, tok.idx + len(tok.text), words.root, nouns, outcome, per)
    copy.text = _refugees_of(copy, words.root) or _compose(copy)
    if outcome == measure.outcome:
        copy.qualifier = measure.qualifier  # "killed in attacks ..., and 300 of them in 2019"
    if outcome is None and nouns == measure.nouns:
        copy.text = " ".join(filter(None, [copy.text, _predicate_told(words.root)]))
    told = _participle_of_part(words.root) if outcome == measure.outcome else None
    if told is not None and nouns == _residents_of(measure.nouns):
        copy.text = f"{statistic_lexicon().synonyms.get(nouns, nouns)} {told}"
    # "266 of them on suspicion of jihadist activity", "200 of them were convicted on
    # terrorism charges": the grounds of the part's own arrest or sentence
    grounds = _own_grounds(tok) if copy.outcome in ARREST_OUTCOMES else None
    grounds = grounds or (_grounds_of_arrest(words.root) if copy.outcome else None)
    if grounds is not None:
        copy.text = f"{_compose(copy)} {grounds}"
    if copy.outcome in statistic_lexicon().journeys and _fighters_already(nouns):
        copy.text = nouns  # "foreign fighters": they went, the noun says so
    own_words = grounds is not None or told is not None
    same = outcome == measure.outcome and nouns == measure.nouns and not own_words
    # a share's "in the south-east" is read with the share (``_share``)
    where = _where_the_part_is(tok) if same and figure.kind == "count" else None
    if where is not None and copy.text.startswith(nouns):
        # "at least 3,400 of them from Western countries": who they are, after the noun
        copy.text = f"{nouns} {where}{copy.text[len(nouns):]}"
    return copy


def _victims_of_the_acts(measure: _Measure, outcome: str | None) -> str | None:
    """ "Attacks on farmers and fishermen ... and more than 120 of them were killed": a part
    of counted acts that is killed or wounded is of the people the acts were on."""
    lex = statistic_lexicon()
    head = measure.head
    if outcome not in lex.qualified_outcomes or head is None:
        return None
    if head.lemma_.lower() not in lex.harm_nouns or measure.outcome is not None:
        return None
    on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    target = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
    if target is None or target.pos_ != "NOUN" or target.tag_ != "NNS":
        return None
    return " and ".join(_clean(t.text) for t in [target, *target.conjuncts])


def _where_the_part_is(them) -> str | None:
    """ "442 of them in the combat zone", "3,400 of them from Western countries": where the
    part is or comes from, told right after "them" by a common noun (not a named place, which
    the place field holds, nor a time)."""
    doc = them.doc
    if them.i + 1 >= len(doc) or them.lower_ not in ("them", "those", "whom"):
        return None
    prep = doc[them.i + 1]
    if prep.lower_ not in ("from", "in") or prep.dep_ != "prep":
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "NOUN" or place.ent_type_ in ("DATE", "TIME"):
        return None
    if place.right_edge.i > place.i:
        return None  # "from countries other than Syria and Iraq": not said in a few words
    first = next((t for t in place.subtree if t.dep_ != "det"), place)
    return f"{prep.lower_} {_clean(doc[first.i : place.i + 1].text)}"


def _participle_of_part(part) -> str | None:
    """ "holds 1,000 inmates, more than 100 of them serving terms for extremism", "500 of them
    convicted of or charged with belonging to al-Shabaab": the participle told with the part
    says which of the whole it counts (not what befell the whole: "inmates held")."""
    verb = next(
        (c for c in part.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i > part.i),
        None,
    )
    clause = part.head
    participle = clause.tag_ in ("VBG", "VBN")  # "400 of them convicted of ...", no auxiliary
    # "about half of them displaced from elsewhere": the parse may take the participle for a
    # past tense, in a clause with no auxiliary and no conjunction of its own
    participle = participle or (
        clause.tag_ == "VBD"
        and clause.dep_ in _CLAUSE_OF_A_PART
        and part.left_edge.i > 0
        and part.doc[part.left_edge.i - 1].text == ","
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )
    if verb is None and part.dep_ == "nsubj" and participle and clause.i > part.i:
        verb = clause if clause.dep_ in ("relcl", "acl", *_CLAUSE_OF_A_PART) else None
    if verb is None:
        return None
    return _short_phrase([t for t in verb.subtree if t.i >= verb.i], _PART_PARTICIPLE_WORDS)


# how the parse may hang the participle after "about half of them"
_CLAUSE_OF_A_PART = ("advcl", "ccomp", "ROOT")

# the most words a part's participle phrase may have and still name the part
_PART_PARTICIPLE_WORDS = 10


def _own_grounds(pronoun) -> str | None:
    """ "380 people were arrested on terrorism charges, 266 of them on suspicion of jihadist
    activity": the grounds told right after the part's "of them", which say which of the
    arrests it counts (however the parse hangs them)."""
    doc = pronoun.doc
    after = pronoun.i + 1
    if after >= len(doc) or doc[after].lower_ not in ("on", "for") or doc[after].dep_ != "prep":
        return None
    words = [t for t in doc[after].subtree if t.i >= after]
    return _short_phrase(words, GROUNDS_WORDS)


def _predicate_told(subject) -> str | None:
    """What the clause the part is the subject of says they are or were made able to do
    ("of whom 50 have been trained to build bombs", "of whom 1,800 are considered ready to use
    violence"): which of them the part counts. Only a participle or adjective with its "to"
    clause, a few words long; not a fate (an outcome verb), nor a likelihood ("likely to")."""
    lex = statistic_lexicon()
    judging = next(  # "550 Islamists they consider capable of an attack"
        (
            c
            for c in subject.children
            if c.dep_ == "relcl" and c.lemma_ in lex.judged_passives and _judges_them(c)
        ),
        None,
    )
    if subject.dep_ not in ("nsubj", "nsubjpass") and judging is None:
        return None
    if _voters(subject) is not None:
        return None  # "eligible voters" already says it
    told = judging or subject.head
    later = (c for c in told.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > subject.i)
    if judging is None and next(later, None) is not None:
        return None  # the parse gave the verb a second subject: the part's ("of whom 1,800")
    for _ in range(2):  # "are considered (to be) ready ...": past the judging verb and "be"
        if told.lemma_.lower() not in lex.judged_passives | {"be"}:
            break
        told = next((c for c in told.children if c.dep_ in ("xcomp", "oprd", "acomp")), told)
    adjective = told.pos_ == "ADJ"
    if not adjective and (told.tag_ != "VBN" or told.lemma_.lower() in lex.outcomes):
        return None
    if told.lower_ in lex.unlikely_states or told.lemma_.lower() in lex.raising:
        return None
    done = next((c for c in told.children if c.dep_ == "xcomp" and c.i > told.i), None)
    if done is not None and not any(c.dep_ == "aux" and c.lower_ == "to" for c in done.children):
        done = None
    if done is None and adjective:  # "capable of carrying out attacks"
        done = next((c for c in told.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if done is None and not adjective:  # "some 8,000 more have been stopped from travelling"
        kept = next((c for c in told.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if kept is not None and any(c.dep_ == "pcomp" for c in kept.children):
            done = kept
    if done is None or any(t.ent_type_ or t.like_num for t in done.subtree):
        return None  # "trained to attack Kabul": the story's target, not a kind of them
    phrase = _clean(told.doc[told.i : done.right_edge.i + 1].text)
    return phrase if len(phrase.split()) <= 6 else None


def _part_is(root) -> str | None:
    """ "4,200 people were killed, of whom about 900 were children": the part is children (who
    were killed), when its clause says what they are."""
    kind = _kind_in_apposition(root)
    if kind is not None:
        return kind  # "The returnees, 156 of them children, were flown back"
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or attr.tag_ not in ("NNS", "NNPS") or attr.i < root.i:
        return None
    return _clean(attr.text)


def _kind_in_apposition(root) -> str | None:
    """ "156 of them children": the kind of people the part is, set beside its "of them" (not
    "80 percent of them women and children", a share of them that is told as a share)."""
    if not root.like_num or not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    kind = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if kind is None and root.dep_ == "nsubj" and root.head.dep_ == "appos":
        kind = root.head  # the parse may make the figure the subject of the kind it is
    if kind is None or kind.tag_ not in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("advmod", "conj") for c in kind.children):
        return None  # "500 of them, mostly women and children": what they are made of
    return _clean(kind.text)


def _whole_told_before(root, memory: list[_Known], sentence: Sentence, figure: _Figure):
    """The count a bare percentage or fraction that is its clause's subject is a share of:
    the last stated count (not a rate) in this sentence or the one before ("Nearly 70 percent
    were carried out with drones", "Nearly nine in ten took place in Khyber Pakhtunkhwa",
    "6,000 firearms were looted ..., and fewer than half have been recovered")."""
    if figure.kind not in ("percent", "fraction") or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    told = [
        known
        for known in memory
        if known.figure.start < figure.start
        and sentence.index - known.sentence <= 1
        and known.figure.kind == "count"
        and known.stated
        and known.measure.per is None
    ]
    return told[-1] if told else None


def _latest(memory: list[_Known], sentence: Sentence, figure: _Figure) -> _Known | None:
    """The figure "them" refers to: the last one before, in this sentence or the two before,
    passing over one that only says where the other's acts were ("detained 51 people in raids
    on 30 addresses. Of those, 23 were ...": the people) or where its people came from ("20,000
    foreign fighters from more than 90 countries ..., at least 3,400 of them from Western
    countries": the fighters)."""
    near = [
        known
        for known in memory
        if known.figure.start < figure.start
        and sentence.index - known.sentence <= 2
        and known.figure.kind not in ("fraction", "percent")
    ]
    if not near:
        return None
    last = near[-1]
    doc = sentence.span.doc
    told_with = [k for k in near[:-1] if k.sentence == last.sentence]
    if told_with and _where_acts_were(doc[last.anchor]):
        return told_with[-1]
    return last


def _where_acts_were(noun) -> bool:
    """A counted noun in a phrase that places acts ("in raids on 30 addresses", "at 12
    checkpoints"), or people ("fighters from 90 countries"), however the parse hangs it."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "across", "from")


def _with_value(memory: list[_Known], value: float | None) -> _Known | None:
    if value is None:
        return None
    for known in reversed(memory):
        q = known.figure.quantity
        if value in (q.min, q.max):
            return known
    return None


def _such(measure: _Measure, phrase, words, memory: list[_Known]) -> _Known | None:
    """ "another 527 such bombings": the earlier figure of the same kind."""
    tokens, head = phrase
    doc = words.doc
    before = doc[max(0, words.start - 1)].lower_
    if not any(t.lower_ == "such" for t in tokens) and before != "another":
        return None
    noun = _clean(head.text)
    for known in reversed(memory):
        if noun in known.measure.text.split() or noun in known.measure.nouns:
            return known
        synonym = statistic_lexicon().synonyms.get(known.measure.nouns, "")
        if noun in synonym.split():
            return known
    return None


def _inherit(measure: _Measure, earlier: _Measure) -> _Measure:
    measure.nouns = statistic_lexicon().synonyms.get(earlier.nouns, earlier.nouns)
    measure.outcome = measure.outcome or earlier.outcome
    measure.text = _compose(measure)
    return measure


def _apply_fraction(figure: _Figure, measure: _Measure, antecedent: _Known | None, words) -> bool:
    """ "nearly three-fourths of them" (527) -> null / 75 percent of them: a share is stated
    as a percentage of the whole (kept in ``details["of"]`` when a figure states it); "nearly
    half of the victims" is a share of a whole counted by kind, stated or not."""
    total = figure.details.get("of")
    if total is None and antecedent is not None:
        total = antecedent.figure.quantity.best()
        if total is None:
            total = antecedent.figure.quantity.max
    if figure.fraction is None:
        return False
    # "controlled a third of Iraq": the named place's ground is a whole
    named_place = measure.head is not None and measure.head.ent_type_ in ("GPE", "LOC")
    whole = total is not None or _measure_kind(measure) != "other" or _owned_whole(measure)
    shared_out = _a_whole_shared_out(words)
    if shared_out and measure.outcome is not None and measure.outcome not in measure.nouns:
        # "produces nearly half of the coca grown in Peru": what the verb does to the whole
        # is no outcome of it ("coca released"); the words after the noun say which part
        measure.outcome = None
        measure.text = _compose(measure)
    each = _share_of_each(measure)
    stated = _in_a_stated_state(words)  # "three-quarters of the country was offline"
    if not (whole or shared_out or each or stated) and not named_place:
        return False  # "half of the city": a share of what no one counts
    if total is not None:
        figure.details["of"] = total
    figure.details["unit"] = "percent"
    qualifier = figure.details.pop("qualifier", None)
    figure.quantity = _qualified(round(figure.fraction * 100), qualifier)
    if not _told_as_share(measure.text):
        measure.text = f"{SHARE_OF} {_of_its_place(measure)}"
    if each and _governing_verb(measure.head).lemma_.lower() == "take":
        measure.text = f"{measure.text} taken"  # "takes a tenth of every harvest"
    measure.text = _narrowed_share(_with_part(measure.text, words), measure, words)
    subset = _subset(words)
    if subset:
        figure.details["subset"] = subset
    return True


def _share_of_each(measure: _Measure) -> bool:
    """ "a tenth of every harvest": a share of each one of a kind is a rate, a whole of its
    own (not "half of the city")."""
    head = measure.head
    return head is not None and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in head.children
    )


def _of_its_place(measure: _Measure) -> str:
    """The whole a share is of, with the place that owns it ("a tenth of Peru's gold" ->
    "peru's gold"): which country's or town's whole it is."""
    head = measure.head
    if head is None:
        return measure.text
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    place = owner is not None and owner.ent_type_ in ("GPE", "LOC")
    if not place or not measure.text.startswith(measure.nouns):
        return measure.text
    name = _clean(head.doc[owner.left_edge.i : owner.i + 1].text)
    return f"{name}'s {measure.text}"


def _a_whole_shared_out(words) -> bool:
    """A share a verb of supplying or producing takes ("Iran supplies roughly a third of the
    gas burned in Iraqi power stations", "restored about a third of the lost output"): a
    share of a whole, though no figure counts it (not "half of the city", taken or held)."""
    # "bring about a third of": the share's own noun, past a particle the figure begins with
    share = next((t for t in words if t.dep_ in ("dobj", "pobj")), words.root)
    taking = _verb_taking_the_share(share)
    if taking is None:
        return False
    verb, told = taking
    lex = statistic_lexicon()
    return told in lex.share_makers or verb.lemma_.lower() in lex.sharing_out


def _verb_taking_the_share(share):
    """(verb, its lemma with its particle) of which a share is the object: "supplies a third
    of", "accounted for nearly half of", "make up about a fifth of"; None for any other."""
    verb = share.head
    if share.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head  # "accounts for nearly half of ..."
    elif share.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb, f"{lemma} {particle}" if particle else lemma


def _owned_whole(measure: _Measure) -> bool:
    """A whole told as a named owner's ("a third of Kuwait's citizens", "half of its monthly
    budget", "a tenth of Algeria's natural gas") or as countable things ("two-thirds of the
    hospitals"): a share of a stated whole, though no figure counts it (not a part of a
    place: "half of the country", "a third of the city's districts" is territory)."""
    head = measure.head
    if head is None or head.lemma_.lower() in statistic_lexicon().place_nouns:
        return False
    # "two-thirds of the hospitals in areas hit by fighting": a whole of countable things, or
    # a people ("three in four South Sudanese")
    countable = head.tag_ in ("NNS", "NNPS") or head.ent_type_ == "NORP"
    # "nearly a third of those who surrendered": people, told by what they did
    countable = countable or (
        head.lower_ == "those" and any(c.dep_ == "relcl" for c in head.children)
    )
    # "a third of all Maoist-related violence": the whole of it, wherever it happened
    whole = any(c.dep_ in ("det", "predet") and c.lower_ == "all" for c in head.children)
    return countable or whole or any(c.dep_ == "poss" for c in head.children)


def _subset(words) -> str | None:
    """The words that say which part ("of them using vehicle bombs" -> "using vehicle
    bombs")."""
    doc = words.doc
    text = doc_text(doc)[words.end_char : words.sent.end_char]
    m = re.match(r"\s*of\s+(?:them|those|these)\s+(\w+ing\b[^(),;.]*)", text)
    return m.group(1).strip() if m else None


def _share(measure: _Measure, words) -> _Measure | None:
    """What a percentage is of: "40 percent of the attacks" -> "share of attacks", "a 53
    percent increase in sectarian violence" -> "percent change in sectarian violence"."""
    if _told_as_share(measure.text) or measure.level:
        return measure
    head = measure.head
    if head is not None and head.lemma_.lower() in statistic_lexicon().change_lemmas:
        target = next(
            (
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("in", "of")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        changed = _unwrapped_measure(target) if target is not None else None
        if changed is None:
            verb = _governing_verb(head)
            changed = _subject_measure(verb) if verb.pos_ in ("VERB", "AUX") else None
        if changed is None:
            return None
        changed.text = f"percent change in {changed.text}"
        return changed
    measure.text = _narrowed_share(_with_part(f"{SHARE_OF} {measure.text}", words), measure, words)
    return measure


# A part of a whole is named as a share of it ("share of attacks", "share of fighters who are
# foreigners"), the way the gold sets word it, whether the text says "percent" or "a third".
SHARE_OF = "share of"


def _told_as_share(text: str) -> bool:
    return text.startswith((SHARE_OF, "percent"))


def _with_part(text: str, words) -> str:
    """A share says what its part is or what was done to it: "a third of them were
    civilians" -> "... who are civilians", "a third of the districts are controlled by the
    Taliban" -> "... controlled"."""
    part = _part_told(words) or _part_named(words) or _part_placed(words)
    if part is None or text.endswith(part):
        return text
    if part.startswith("not "):
        text = text.removesuffix(f" {part[4:]}")  # "have not returned": not what the whole did
    outcomes = statistic_lexicon().outcomes
    told = outcomes.get(part.split()[0]) or outcomes.get(words.doc[words.root.i].lemma_)
    return text if told and told in text.split() else f"{text} {part}"


def _narrowed_share(text: str, measure: _Measure, words) -> str:
    """A share says which part of its whole it is, as the sentence narrows it: by the verb
    whose object it is ("lost 45 percent of the territory it held" -> "share of territory
    lost", "attribute 80 percent of the killings to gang fighting" -> "... attributed to gang
    fighting"), by the words after the counted noun ("half of all deaths linked to militant
    groups", "30 percent of the cocaine leaving Colombia"), or by the place its clause puts it
    ("60 percent of the attacks took place in Balochistan" -> "share of attacks in
    balochistan")."""
    head = measure.head
    if head is None or not _told_as_share(text):
        return text
    share = words.root
    while share.dep_ == "conj" and share.head.i != share.i:
        share = share.head  # "45 percent of the territory ... and 20 percent of its ground"
    verb = share.head
    either = _control_or_before(words)
    done = None if either else statistic_lexicon().share_verbs.get(verb.lemma_.lower())
    if either is not None and either not in text.split():
        text = f"{text.removesuffix(' controlled')} controlled or {either}"
    elif share.dep_ == "dobj" and done is not None and done not in _TOLD_WITH_CONTROL:
        text = _share_done(text, measure, verb, done)
    modifier = _participle_after(head)
    drop = statistic_lexicon().drop_modifiers  # "the attacks recorded in 2019" are all of them
    if modifier is not None and modifier.lower_ not in {*text.split(), *drop}:
        told = statistic_lexicon().outcomes.get(modifier.lemma_.lower())
        if told is not None and text.endswith(f" {told}"):
            text = text[: -len(told) - 1]  # "gas burned in power stations", not "gas destroyed"
        text = f"{text} {_phrase_words(modifier, modifier.right_edge.i)}"
    if share.dep_ == "nsubj":
        text = _share_placed(text, verb)
    text = _share_made_up(text, share) or text
    text = _harm_held_responsible(text, share)
    subject = next((t for t in _through_appositions(share, head) if t.dep_ == "nsubj"), None)
    need = _needed_by_subject(subject.head) if subject is not None else None
    if need is not None and need not in text:
        text = f"{text} {need}"  # "half of the population needs aid": in need of aid
    return text


def _harm_held_responsible(text: str, share) -> str:
    """ "CODECO fighters were responsible for about two-thirds of those deaths": a share of a
    toll that a named doer, or a kind of doers, is held responsible for was caused by them."""
    holder = _responsible_for(share)
    if holder is None or not (holder.pos_ == "PROPN" or _names_a_doer(holder)):
        return text
    if not _HARM_TOLD.search(text) or " by " in text:
        return text
    caused = statistic_lexicon().share_verbs["cause"]
    # a name's "or" gives its other name ("the Pakistani Taliban, or Tehrik-i-Taliban
    # Pakistan"), not a second doer
    return f"{text} {caused} by {_bare_phrase(holder, joined=holder.pos_ != 'PROPN')}"


_HARM_TOLD = re.compile(r"\b(?:killed|wounded|injured|casualties)\b")


def _responsible_for(share):
    """Who is "responsible for" the share, however the parse hangs the adjective: on its
    holder's verb ("were responsible for"), on the holder itself ("the Taliban, responsible
    for"), or on a reporting verb the sentence puts between them ("..., the report said,
    responsible for 52 percent")."""
    prep = share.head
    if share.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lower_ != "responsible":
        return None
    adjective = prep.head
    own = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    if own is not None:  # "with the Taliban alone responsible for 47 percent"
        return own
    if adjective.dep_ in ("amod", "appos", "acl") and adjective.head.pos_ in ("NOUN", "PROPN"):
        return adjective.head
    verb = adjective.head
    if verb.lemma_.lower() in statistic_lexicon().source_verbs:
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        verb = verb.head if verb.dep_ == "parataxis" else told
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _through_appositions(*tokens) -> list:
    """The tokens, and what each is in apposition to ("19.5 million Yemenis, more than half
    the population, need aid": the share stands for the subject)."""
    out = []
    for tok in tokens:
        out.append(tok)
        while tok.dep_ == "appos" and tok.head.i != tok.i:
            tok = tok.head
            out.append(tok)
    return out


def _needed_by_subject(verb) -> str | None:
    """ "need humanitarian aid", "depend on food aid", "rely on aid": what the subject of
    the verb is in need of."""
    lemma = verb.lemma_.lower()
    if lemma == "need":
        what = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif lemma == "face":  # "25.6 million people face acute hunger": people facing it
        plight = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if plight is None or plight.lemma_.lower() not in statistic_lexicon().plights:
            return None
        kinds = [_clean(c.text) for c in plight.lefts if c.dep_ in ("amod", "compound")]
        return " ".join(["facing", *kinds, _clean(plight.text)])
    elif lemma in ("depend", "rely"):
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        what = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
        if what is not None and what.lemma_.lower() not in ("aid", "assistance"):
            return None  # "depend on the river": no need counted
    else:
        return None
    return _needed(what) if what is not None and what.pos_ == "NOUN" else None


def _participle_after(head):
    """The participle narrowing a noun ("deaths linked to militant groups"), also when the
    parse hangs it from the verb ("moves 30 percent of the cocaine leaving Colombia")."""
    for child in head.children:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBG") and not own_subject:
            return child  # not "the chance that he had died": a clause of its own
    after = head.right_edge.i + 1
    if after < len(head.doc):
        tok = head.doc[after]
        if tok.tag_ == "VBG" and tok.dep_ == "advcl":
            return tok
    return None


def _share_made_up(text: str, share) -> str | None:
    """What makes up the share, the subject of "make up", "account for", "provide", "supply":
    people who are it ("Shiites make up a third of Kuwait's citizens" -> "share of citizens
    who are shiites"), a place it is in ("the northwest accounted for 40 percent of all
    deaths" -> "... in the northwest"), else what it comes from ("oil provides 70 percent of
    government revenue" -> "... from oil", "Iran, which supplies a third of the gas" -> "...
    from iran")."""
    lex = statistic_lexicon()
    taking = _verb_taking_the_share(share)
    if taking is None or taking[1] not in lex.share_makers:
        return None
    verb, told = taking
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "Iran, which supplies roughly a third of the gas"
    if subject is None or subject.pos_ == "PRON":
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    named = owner if owner is not None else subject  # "Dera Bugti's fields": Dera Bugti
    words = _bare_phrase(named) if named is subject else _name_words(named)
    if not words or words in text.split():
        return None
    if lex.share_makers[told] == "part" and _people_noun(subject):
        return f"{text} who are {words}"
    if _a_place_word(named) and lex.share_makers[told] == "part":
        return f"{text} in {words}"
    return f"{text} from {words}"


_COMPASS = re.compile(r"(?:north|south)?-?(?:east|west)?|north|south", re.I)


def _a_place_word(noun) -> bool:
    """A named place, a kind of place or a part of a country ("the northwest")."""
    lemma = noun.lemma_.lower()
    compass = bool(lemma) and _COMPASS.fullmatch(lemma) is not None
    return noun.ent_type_ in ("GPE", "LOC", "FAC") or lemma in statistic_lexicon().place_nouns or compass


def _people_noun(noun) -> bool:
    """A people ("Christians", "Hazaras", which the recogniser may take for an organisation)
    or people of some kind ("children", "fighters"), not a group or a place."""
    lex = statistic_lexicon()
    if noun.ent_type_ == "NORP" or _clean(noun.text) in lex.generic_people | lex.stock:
        return True
    if _clean(noun.text) in lex.share_people:  # "English speakers make up a fifth of ..."
        return True
    alone = not any(c.dep_ in ("compound", "amod") for c in noun.children)
    plural_name = noun.pos_ == "PROPN" and noun.text.endswith("s") and alone
    elsewhere = noun.ent_type_ in ("GPE", "LOC", "FAC", GROUP_LABEL)
    return plural_name and not elsewhere and group_lexicon().canonical(noun.text) is None


def _name_words(name) -> str:
    """A name with the names before it ("dera bugti")."""
    first = min([name, *(c for c in name.children if c.dep_ == "compound")], key=lambda t: t.i)
    return _clean(name.doc[first.i : name.i + 1].text)


# "controls or influences about 56 percent of": the pair of verbs right before a share
_CONTROL_OR = re.compile(
    r"\bcontrol(?:s|led)?\s+or\s+(?P<other>influence|contest)(?:s|d|ed)?\s+"
    r"(?:(?:about|nearly|roughly|some|almost|over|more\s+than|less\s+than)\s+)*$",
    re.I,
)


def _control_or_before(words) -> str | None:
    """ "controls or influences about 56 percent of the districts", "control or contest more
    than half of the districts": the participle of the verb told with "control", read off the
    words right before the figure, however the parse joins the two verbs."""
    start = words[0].idx
    m = _CONTROL_OR.search(doc_text(words.doc)[max(0, start - 60) : start])
    if m is None:
        return None
    return statistic_lexicon().share_verbs.get(m["other"].lower())


# share verbs told only with "control" ("contested" alone is read as control by the outcomes)
_TOLD_WITH_CONTROL = frozenset({"contested", "influenced"})


def _share_done(text: str, measure: _Measure, verb, done: str) -> str:
    """The participle of the verb a share is the object of, in place of what the whole's own
    clause says was done to it ("the territory it held"), with its "to" or "on" phrase."""
    if measure.outcome and text.endswith(f" {measure.outcome}"):
        text = text[: -len(measure.outcome) - 1]
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")), None)
    if to is not None and to.i > verb.i:
        return f"{text} {done} {_phrase_words(to, to.right_edge.i)}"
    lex = statistic_lexicon()
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() in lex.share_doer_verbs and _names_a_doer(doer):
        return f"{text} {done} by {_bare_phrase(doer)}"
    # a name or a kind of doers ("roadside bombs"), not "it", "which" or "the group": the
    # figure's actor says who that is
    named = doer is not None and (doer.pos_ == "PROPN" or _names_a_doer(doer))
    if verb.lemma_.lower() in lex.share_cause_verbs and named:
        return f"{text} {done} by {_bare_phrase(doer)}"
    return f"{text} {done}"


def _names_a_doer(subject) -> bool:
    """A plural subject that says what kind of doers hold it ("gangs", "armed groups"); a
    named group or "the group" is the figure's actor, and "it" or "which" says nothing."""
    return subject is not None and subject.tag_ == "NNS"


def _share_placed(text: str, verb) -> str:
    """ "60 percent of the attacks took place in Balochistan" -> "... in balochistan": the
    place where the part happened is which part it is, as is the route it takes ("30 percent
    of the cocaine passes through Ecuador")."""
    lemma = verb.lemma_.lower()
    acting = _share_acting(verb) if verb.tag_ in ("VBD", "VBN", "VBP", "VBZ") else None
    # "two in three of them targeted vehicles on the roads"; not a share of people killed
    # that "killed" someone: the whole is no doer
    if acting is not None and statistic_lexicon().outcomes.get(lemma) not in text.split():
        return f"{text} {acting}"
    lacking = _share_lacking(verb)
    if lacking is not None:
        return f"{text} {lacking}"
    moving = _share_moving(verb)
    if moving is not None:
        told = statistic_lexicon().outcomes.get(lemma)
        if told is not None:  # "three-fourths of it leaves ... through Libya": not "left leaving"
            text = text.removesuffix(f" {told}")
        return f"{text} {moving}"
    if lemma not in ("take", "occur", "happen", "be"):
        return text
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "along"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        # "took place in Balochistan", "in Norte de Santander, Cesar and Arauca"; "took place
        # on roads or farm tracks", "has been on vehicles or travellers on the roads"
        named = place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN"
        if (prep.lower_ == "in" and named) or (prep.lower_ != "in" and place.pos_ == "NOUN"):
            return f"{text} {_phrase_words(prep, _before_an_alternative(prep))}"
    return text


def _share_lacking(verb) -> str | None:
    """ "Nearly 40 percent of its municipalities have no permanent police presence at night" ->
    "without permanent police presence at night": what the part has none of says which part
    the share counts."""
    if verb.lemma_.lower() != "have":
        return None
    held = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if held is None or not any(c.dep_ == "det" and c.lower_ == "no" for c in held.children):
        return None
    first = next((t for t in held.subtree if t.lower_ != "no"), None)
    if first is None:
        return None
    phrase = _phrase_words(first, held.right_edge.i)
    return f"without {phrase}" if phrase else None


def _share_moving(verb) -> str | None:
    """ "nearly 80 percent of them come from Sulawesi" -> "from sulawesi", "30 percent of the
    cocaine passes through Ecuador" -> "passing through ecuador", "half of them belonged to
    Lashkar-e-Taiba" -> "belonging to lashkar-e-taiba": where the part comes from or goes, or
    whose it is, says which part the share counts. Not a route denied ("have not come from")."""
    lex = statistic_lexicon()
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    finite = verb.tag_ in ("VBD", "VBP", "VBZ") or any(c.dep_ == "aux" for c in verb.children)
    if not finite or lemma in lex.share_routes_not:
        # "half of them displaced from other parts of Syria", "had fled there from": what
        # befell them, which the measure's outcome tells
        return None
    routes = {lex.share_membership[lemma]} if lemma in lex.share_membership else lex.share_routes
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in routes:
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        # "from checkpoints on the roads into Mogadishu": the place itself, with the names
        # joined to it ("Lashkar-e-Taiba or The Resistance Front"), not what narrows it
        last = max([place.i, *(c.i for c in place.conjuncts if c.i > place.i)])
        of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        last = max(last, of.right_edge.i) if of is not None else last  # "other parts of Syria"
        phrase = _phrase_words(prep, last, most=_ROUTE_TOKENS)
        if len(phrase.split()) < 2:
            continue
        if lemma in ("come", "be"):  # "come from Sulawesi": the origin alone says it
            return phrase
        return f"{_present_participle(_verb_lemma(verb))} {phrase}"
    return None


# how many tokens a share's route may take ("to Lashkar-e-Taiba or The Resistance Front")
_ROUTE_TOKENS = 12


def _before_an_alternative(prep) -> int:
    """The last word of a place phrase, before "rather than ..." sets another against it."""
    last = prep.right_edge.i
    for tok in prep.doc[prep.i : last + 1]:
        if tok.lower_ == "rather" or (tok.lower_ == "than" and tok.i > prep.i):
            return tok.i - 1
    return last


# words a share's narrowing phrase stops at: its time is the statistic's period, not its part
_PHRASE_ENDS = frozenset({",", ";", "(", ")", "—", "–"})


# the words that lean on a noun after them ("other [shrines]", "the [capital]")
_LEANING_ON_NEXT = ("amod", "compound", "det", "nummod", "poss", "nmod", "cc")


def _phrase_words(first, last_i: int, most: int = 8) -> str:
    """The words from ``first`` to ``last_i``, lower case, up to a comma or a date, without
    an adverb that ends them ("the force there")."""
    kept = []
    for tok in first.doc[first.i : last_i + 1]:
        if tok.text in _PHRASE_ENDS or tok.ent_type_ == "DATE" or len(kept) >= most:
            break
        kept.append(tok)
    last = kept[-1].i if kept else first.i
    while kept and (
        kept[-1].pos_ in ("ADV", "ADP", "SCONJ", "DET", "CCONJ")
        or (kept[-1].dep_ in _LEANING_ON_NEXT and kept[-1].head.i > last)
    ):
        # "the force there", "recorded in [2019]", "leaving the country since [March]", and a
        # phrase cut short: "at Data Darbar and other [shrines]"
        kept.pop()
    # as the text prints them ("al-Bab", not "al - bab")
    return re.sub(r"\s+", " ", _words_as_printed(kept)) if kept else ""


# "about half of them fighters": the part named right after "of them", with no verb (not "12
# percent of those casualties": "those" is the whole's determiner)
_PART_NAMED = re.compile(
    r"\s+of\s+(?:them|whom)\s+((?:[a-z-]+\s+)?(?:[a-z-]+s|[a-z]*men|children))"
    r"\s*(?:[,;.)]|$)"
)


def _part_named(words) -> str | None:
    m = _PART_NAMED.match(doc_text(words.doc), words.end_char)
    if m is None:
        return None
    first = words.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if first is not None and first[0].pos_ in ("VERB", "AUX"):
        return None  # "half of them hit villages": what they did, not who they are
    return f"who are {m.group(1)}"


def _part_placed(words) -> str | None:
    """ "nearly half of them in Lower Shabelle", "a third of them against military targets":
    the phrase right after "of them" says which part the share is."""
    doc = words.doc
    m = _PART_PLACED.match(doc_text(doc), words.end_char)
    after = doc[words.end : words.end + 4]
    prep = next((t for t in after if t.idx == m.start(1)), None) if m else None
    if prep is None:
        return None
    stop = next((t.i for t in doc[prep.i : words.sent.end] if t.text in (".", "!", "?")), None)
    last = (stop if stop is not None else words.sent.end) - 1
    while last > prep.i and (doc[last].is_punct or doc[last].is_quote):
        last -= 1
    phrase = _phrase_words(prep, last, most=10)
    return phrase if len(phrase.split()) > 1 else None


# "half of them in Lower Shabelle": "of them" and the preposition that places the part
_PART_PLACED = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(in|against|on|from|along|near|inside|outside|at)\b", re.I
)


def _part_told(words) -> str | None:
    # the parse may hang a hedge on the verb ("about" as a mark): the figure's own subject
    node = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), words.root)
    for _ in range(3):  # the share, or the noun it is a share of, is the clause's subject
        if node.dep_ in ("nsubj", "nsubjpass") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or node.i < words.root.i - 1:
        return None
    verb = node.head
    if node.dep_ == "nsubj" and verb.lemma_ == "be":
        held = _under_control(verb)
        if held is not None:
            return held
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None and attr.tag_ in ("NNS", "NNPS"):
            lex = statistic_lexicon()
            things = _clean(attr.text) in lex.event | lex.materiel  # "that are ambushes"
            return f"{'that' if things else 'who'} are {_clean(attr.text)}"
        return _state_of_the_part(verb)
    if verb.lemma_.lower() in statistic_lexicon().light_verbs:
        # "70 percent were carried out with drones or roadside bombs": the means says which
        # (not "three-fourths of them were carried out in Borno": what attacks are)
        return _carried_out_with(verb)
    if node.dep_ == "nsubj" and verb.tag_ == "VBG":
        return _share_doing(verb)
    denied = any(c.dep_ == "neg" for c in verb.children)
    if node.dep_ == "nsubj" and denied and not any(c.dep_ == "dobj" for c in verb.children):
        return f"not {verb.lower_}"  # "80 percent of the schools have not reopened"
    if node.dep_ == "nsubjpass" and verb.tag_ == "VBN":  # "carried out": with its particle
        # "have never been solved": the part not done ("never solved", "not sown")
        neg = [c.lower_ for c in verb.children if c.dep_ == "neg"][:1]
        neg = neg or (["no longer"] if _no_longer(verb) else [])  # "can no longer be used"
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        # "were blamed on the Taliban": whom the part is put down to
        return " ".join(filter(None, [*neg, verb.lower_, *particles, _put_down_to(verb)]))
    if node.dep_ == "nsubj" and verb.lemma_.lower() in _STAYING:
        return _state_of_the_part(verb)
    return None


# verbs of staying in a state: "half of the cases remain unsolved", "99 percent of crimes
# against the press go unpunished"
_STAYING = frozenset({"remain", "stay", "go"})


def _in_a_stated_state(words) -> bool:
    """The figure's part is put in a state by a copula ("was offline", "is uninhabitable"),
    not told what befell it ("half of the old market was destroyed": the incident's detail)."""
    subject = next((t for t in words if t.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.head.lemma_ == "be"
        and _state_of_the_part(subject.head) is not None
    )


def _state_of_the_part(verb) -> str | None:
    """The state a copula or a verb of staying puts the part in: an adjective or a participle
    ("was offline", "remain unsolved", "go unpunished", "are not sown"), or what it is without
    ("was without power"). Not an adjective with its own phrase ("responsible for", "aware
    of"): a state of something else."""
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
    than = None if state is None or state.tag_ != "JJR" else next(
        (c for c in state.children if c.dep_ == "prep" and c.lower_ == "than"), None
    )
    if than is not None:  # "were younger than 25": the comparison says which part
        return _phrase_words(state, than.right_edge.i)
    if state is not None and state.tag_ in ("JJ", "VBN"):
        if any(c.dep_ == "prep" for c in state.children):
            return None
        neg = [c.lower_ for c in verb.children if c.dep_ == "neg"][:1]
        return " ".join([*neg, state.lower_])
    return _lacking(verb)


def _under_control(copula) -> str | None:
    """ "three-fourths of the district's wards were now under its control", "40 percent of the
    territory is outside state control": whose hold the part is in, as the sentence says it."""
    for prep in (c for c in copula.children if c.dep_ == "prep"):
        control = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ in _CONTROL_PREPS and control is not None and control.lemma_ == "control":
            return _clean(copula.doc[prep.i : control.i + 1].text)
    return None


_CONTROL_PREPS = frozenset({"under", "outside", "beyond"})


def _carried_out_with(verb) -> str | None:
    """ "were carried out with drones or roadside bombs" -> "carried out with drones or
    roadside bombs": acts counted by their means; "were carried out by someone in contact with
    a group abroad": by their doers."""
    means = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    phrase = means or next((c for c in verb.children if c.dep_ == "agent"), None)
    if phrase is None:
        return None
    done = " ".join([verb.lower_, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return f"{done} {_phrase_words(phrase, phrase.right_edge.i, most=6)}"


def _share_doing(verb) -> str | None:
    """ "93 percent of households were not eating enough" -> "not eating enough", "40 percent
    of families are not receiving food rations" -> "not receiving food rations": what the part
    is (not) doing, with its object or "enough", is which part the share counts."""
    lex = statistic_lexicon()
    if lex.outcomes.get(verb.lemma_.lower()) in lex.casualty_outcomes:
        return None
    if verb.lemma_.lower() in lex.idle_doing:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    done = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    enough = any(c.dep_ == "advmod" and c.lower_ == "enough" for c in verb.children)
    what = _told_object(done) if done is not None else ("enough" if enough else None)
    if what is None:
        return None  # "60 percent of them are fighting": no kind of them
    return " ".join(filter(None, ["not" if negated else None, verb.lower_, what]))


def _share_acting(verb) -> str | None:
    """ "nearly half of them hit villages, schools, clinics or monasteries" -> "hitting
    villages, schools, clinics or monasteries", "one in five of them killed or wounded
    civilians" -> "killing or wounding civilians": what the part did to what is which part
    the share counts. Not a verb that says nothing of them ("took part"), nor one without an
    object."""
    lex = statistic_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.idle_doing or any(c.dep_ == "neg" for c in verb.children):
        return None
    outcome = lex.outcomes.get(lemma)
    if outcome is not None and outcome not in lex.casualty_outcomes:
        return None  # "60 percent of the fighters joined the group": their own outcome says
    if lemma in _NO_ACT or _needed_by_subject(verb) is not None:
        return None  # "have no police presence", "needs aid": a state, told elsewhere
    done = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    # "killed or wounded civilians": a second verb of the same object, which the tagger may
    # read as an adjective (not "..., and traders report shortages", a clause of its own)
    verbs = [verb, *(c for c in verb.children if _same_object_verb(c, verb, done))]
    if done is None:  # the object hangs on the second verb
        done = next((c for c in verbs[-1].children if c.dep_ == "dobj"), None)
    if done is None or _idle(verb, done) or done.pos_ != "NOUN":
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in done.children):
        return None
    if done.conjuncts:  # "villages, schools, clinics or monasteries"
        what = _bare_phrase(done)
    else:  # "vehicles on the roads"
        first = next(t for t in done.subtree if t.dep_ not in ("det", "poss", "case"))
        what = _phrase_words(first, done.right_edge.i)
        if len(what.split()) > _ACTED_ON_WORDS:
            what = _told_object(done)
    if not what:
        return None
    cc = next((c.lower_ for c in verb.children if c.dep_ == "cc"), "and")
    doing = f" {cc} ".join(_present_participle(_verb_lemma(v)) for v in verbs)
    return f"{doing} {what}"


# verbs of having and being made of: their object says what the part holds, not what it did
_NO_ACT = frozenset({"have", "hold", "include", "contain", "number", "total", "comprise"})


def _same_object_verb(token, verb, done) -> bool:
    """A verb joined to ``verb`` that shares its subject and its object: before the object, or
    holding it when ``verb`` has none, and with no subject of its own."""
    if token.dep_ != "conj" or not _a_verb_form(token):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return verb.i < token.i < done.i if done is not None else True


def _a_verb_form(token) -> bool:
    return token.pos_ == "VERB" or (token.tag_ == "JJ" and token.lower_.endswith("ed"))


def _verb_lemma(token) -> str:
    """The verb's lemma, also of a past participle the tagger read as an adjective
    ("wounded" -> "wound")."""
    if token.pos_ == "VERB":
        return token.lemma_.lower()
    return token.lower_.removesuffix("ed")


# how many words what a share's part did may take ("targets within 150 km of the capital")
_ACTED_ON_WORDS = 8


def _present_participle(lemma: str) -> str:
    """ "hit" -> "hitting", "kill" -> "killing", "strike" -> "striking"; a short verb ending
    in a consonant after a single vowel doubles it."""
    if len(lemma) <= 4 and re.fullmatch(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]", lemma):
        return f"{lemma}{lemma[-1]}ing"
    if lemma.endswith("ie"):  # "die" -> "dying"
        return f"{lemma[:-2]}ying"
    return _gerund(lemma)


def _percent_change(figure: _Figure, words) -> _Measure | None:
    """ "attacks rose 40 percent" -> "percent change in attacks"."""
    lex = statistic_lexicon()
    node = words.root
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.lemma_ not in lex.change_lemmas:
        return None
    level = _level_reached(words.root, node)
    if level is not None:
        return level
    subject = _subject_measure(node)
    if subject is None:
        return None
    subject.text = f"percent change in {subject.text}"
    return subject


def _level_reached(root, verb) -> _Measure | None:
    """ "Turnout fell to 34.5 percent from 43 percent", "put turnout at about 5 percent",
    "unemployment stood at 12 percent": the percentage a thing is at, named by the thing (not
    "attacks rose 40 percent", a change)."""
    lex = statistic_lexicon()
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.head.i != verb.i or prep.lower_ not in ("to", "from", "at"):
        return None
    if verb.lemma_.lower() in lex.level_putting:  # "put turnout at 41 percent"
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        measure = _unwrapped_measure(thing) if thing is not None else None
    else:
        measure = _subject_measure(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if measure is None and subject is not None and _a_rate_read_as_a_name(subject):
            measure = _bare_measure(subject)  # "Turnout fell to ..."
    if measure is None:
        return None
    measure.level = True
    return measure


def _paid_per_head(doc, i: int) -> str | None:
    """ "costs between $2,500 and $15,000 a person", "paid $50,000 for each sailor freed": a
    sum told for each one of those it is paid for is a rate per head (what it is per, with
    what befell them when a participle follows)."""
    if i >= len(doc):
        return None
    m = statistic_lexicon().per_head.match(doc_text(doc), doc[i].idx - 1)
    if m is None:
        return None
    return " ".join(filter(None, [m.group("one").lower(), m.group("fate")]))


def _subject_in_a_state(words) -> _Measure | None:
    """ "its appeal was only 24 percent funded", "the dam is 80 percent complete": a percentage
    that measures how far its subject is in a state is the share of the subject in it."""
    root = words.root
    state = root.head
    if root.dep_ != "npadvmod" or state.tag_ not in ("VBN", "JJ") or state.i < root.i:
        return None
    holders = [state, state.head] if state.dep_ == "acomp" else [state]
    subject = next(
        (c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subject is None or subject.pos_ != "NOUN":
        return None
    measure = _bare_measure(subject)
    measure.text = f"{measure.text} {_clean(state.text)}"
    return measure


def _funds_received(words) -> _Measure | None:
    """ "its appeal for the region had received less than 5 percent of the money it seeks": the
    share of the money an appeal, a plan or a budget got is how far it is funded."""
    root = words.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    money = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if money is None or money.lower_ not in _SOUGHT_MONEY or not _sought(money):
        return None  # "received 40 percent of the money from donors in the Gulf": a part
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None  # "it has received a third of the money": who "it" is, the parse can't say
    measure = _bare_measure(subject)
    measure.text = f"{measure.text} funded"
    return measure


def _sought(money) -> bool:
    """ "the money it seeks", "the funding needed": the sum is one asked for."""
    after = money.doc[money.i + 1] if money.i + 1 < len(money.doc) else None
    if after is not None and after.tag_ == "VBN" and after.lemma_.lower() in _SEEKING:
        return True  # "the funds needed", however the parse hangs the participle
    return any(
        c.dep_ in ("relcl", "acl", "amod") and c.lemma_.lower() in _SEEKING for c in money.children
    )


_RECEIVING = frozenset({"receive", "get", "secure", "obtain", "attract"})
_SEEKING = frozenset({"seek", "need", "ask", "require", "request", "want", "appeal"})
_SOUGHT_MONEY = frozenset({"money", "funds", "funding", "amount", "sum", "cash"})


def _a_rate_read_as_a_name(token) -> bool:
    """A word for a rate that the parse reads as a name because it opens the sentence
    ("Turnout fell to 34.5 percent")."""
    first = token.i == token.sent.start and token.pos_ == "PROPN"
    return first and token.lower_ in statistic_lexicon().level_nouns


def _elided(
    sentence: Sentence, figure: _Figure, words, memory: list[_Known]
) -> tuple[_Measure | None, _Known | None]:
    """A figure without its noun: the unit is in another clause."""
    doc = words.doc
    per = _rate(doc, words.end)
    root = words.root
    if figure.kind == "money":
        measure = _money_measure(root, per or _paid_per_head(doc, words.end))
        measure.qualifier = _reward_for(measure, root)
        return measure, None
    # "Of the 5,600 foreign fighters, about 1,200 have returned"
    of_phrase = _leading_of(sentence, root)
    if of_phrase is _OF_WHICH:
        before = _latest(memory, sentence, figure)
        if before is not None and before.sentence == sentence.index:
            return _copy_measure(before.measure, root, figure, words), before
    elif of_phrase is _OF_THOSE:
        before = _latest(memory, sentence, figure)
        if before is not None and before.figure.kind == "count":
            return _copy_measure(before.measure, root, figure, words), before
    elif of_phrase is not None:
        measure = _named_measure(of_phrase, _Figure(0, 0, "", Quantity(2, 2), "vague"), words)
        if measure is not None:
            measure.outcome = _verb_outcome(root) or measure.outcome
            measure.text = _compose(measure)
            if measure.outcome is None:  # "of whom 900 are deemed ready to use violence"
                measure.text = " ".join(filter(None, [measure.text, _predicate_told(root)]))
            return measure, None
    # "counted 46 attacks claimed by AQAP ... Nearly 70 percent were carried out with
    # drones": a share of the count told just before
    whole = _whole_told_before(root, memory, sentence, figure)
    if whole is not None:
        return _copy_measure(whole.measure, root, figure, words), whole
    # "down from a peak of perhaps 2,000": the figure before, at its height
    peak = _peak_of(root, memory, sentence, figure, words)
    if peak is not None:
        return peak
    # "a homicide rate of roughly 45 per 100,000 people"
    rate = _rate_per_base(root, words)
    if rate is not None:
        return rate, None
    # "had a population of about 45,000": the figure is the amount of the noun before it
    amount_of = _amount_of(root)
    if amount_of is not None:
        return amount_of, None
    # "led to the detention of 166": the people the act was done to
    act = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    done = statistic_lexicon().acts_on_people.get(act.lemma_.lower()) if act is not None else None
    if done is not None and act.pos_ == "NOUN":
        return _people(root, done, per), None
    # "64 arrests ..., bringing the total to 290": the running total of the figure before
    if _total_brought(root):
        before = _latest(memory, sentence, figure)
        # "... suspended 376,890 accounts. That brought the total to 636,248": the sentence
        # before, which "that" or "this" points back to
        told = before is not None and before.sentence == sentence.index
        just_before = before is not None and before.sentence == sentence.index - 1
        told = told or (just_before and _brought_by_that(root))
        if told:
            figure.details["running_total"] = True
            return _copy_measure(before.measure, root, figure, words), before
    # "40,000 who have been kidnapped": its own clause says what happened to them
    if any(c.dep_ == "relcl" for c in root.children):
        outcome = _clause_outcome(root)
        before = _latest(memory, sentence, figure) if _part_of_them(sentence, figure) else None
        if outcome is None and before is not None and before.sentence == sentence.index:
            # "3.3 million people have fled their homes, among them more than 700,000 who
            # have crossed into neighbouring countries": a part of the whole just counted
            return _copy_measure(before.measure, root, figure, words), before
        if outcome is None:  # "111 hostages ..., including 39 it believes are dead"
            return _noun_told_before(memory, sentence, figure, words)
        return _people(root, outcome, per), None
    # "Attacks on Chadian soil have averaged about four a month": the subject's count per unit
    averaged = _averaged_by(root, per)
    if averaged is not None:
        return averaged, None
    # "the number of foreign fighters rose to 5,000", "arrests decreased from 141 to 77"
    changed = _changed(root)
    if changed is not None:
        if per and not changed.per:  # "dropped from 2,000 a month to about 50 a month"
            changed.per = per
            changed.text = f"{changed.text} per {per}"
        return changed, None
    # "received 14.7 million foreign visitors in 2010, but the number fell to 5.4 million in
    # 2016 before rising to 8.3 million": the count just told, at other times
    moved = _number_moved(root, memory, sentence, figure)
    if moved is not None:
        return _copy_measure(moved.measure, root, figure, words), moved
    # "At least 56 Indonesians have joined ... An institute puts the number at 100 to 200"
    again = _put_again(root, memory, sentence) or _figure_again(root, memory, sentence)
    if again is not None:
        copy = _copy_measure(again.measure, root, figure, words)
        copy.text = again.measure.text  # the same thing counted, as the sentence before told it
        return copy, again
    # "70 raids a month in 2019 and 64 a month this year"
    before = _same_sentence_before(memory, sentence, figure, root)
    if before is not None:
        fate = _verb_outcome(root)
        doing = _what_they_do(_governing_verb(root)) if _more_of_them(root) else None
        copy = _Measure(
            "",
            before.measure.start,
            before.measure.end,
            root,
            before.measure.nouns,
            # "have killed more than 270 Maoists ..., and more than 1,200 have surrendered";
            # not "390 more were working at reduced capacity", in a state of their own
            fate or (None if doing is not None else before.measure.outcome),
            before.measure.per or per,
            qualifier=before.measure.qualifier,
        )
        copy.text = _refugees_of(copy, root) or _compose(copy)
        if doing is not None and copy.outcome is None:
            copy.text = f"{copy.nouns} {doing}"
        elif copy.per == before.measure.per and (
            before.measure.text.startswith(copy.text)
            or (copy.outcome == before.measure.outcome and fate is None and doing is None)
        ):
            # "channels active on Telegram ..., 4,000 before", "1,534 deaths from militant
            # violence ..., compared with 1,523 in 2023": the same count, named as fully
            copy.text = _without_the_cause(before.measure.text, root)
        elif _its_average(copy, before.measure):
            # "87 attacks on health centres and ambulances in 2022, more than seven a month":
            # the average of the count just told, named as fully
            copy.text = f"{before.measure.text} per {copy.per}"
        given = _sentenced_to(root) if copy.outcome == "convicted" else None
        if given is not None:  # "sentenced 38 men to death and 11 to life in prison"
            copy.text = _with_sentence_given(copy.text, given)
        if copy.outcome is None:  # "9,000 Salafists, of whom 900 are deemed ready to ..."
            copy.text = " ".join(filter(None, [copy.text, _predicate_told(root)]))
        return copy, before
    # "Los Lobos has 8,000 members, and Los Choneros has 10,000": a group's strength again
    held = _strength_told_before(memory, sentence, figure, root)
    if held is not None:
        return _copy_measure(held.measure, root, figure, words), held
    # "forced some two million from their homes", "hundreds have returned"
    outcome = _verb_outcome(root)
    home = _home_of(root) if outcome is None else None
    if home is not None and home.pos_ == "NOUN":
        # "... and about 57,000 are still living in relief camps": people a kind of place holds
        measure = _people(root, None, per)
        measure.nouns = "residents"
        measure.text = f"residents living {_phrase_words(home.head, home.i)}"
        return measure, None
    if outcome is None:
        # "64 militants have been killed ..., and 200 are still active": the noun of the
        # figure before, with what its own clause says of them
        return _noun_told_before(memory, sentence, figure, words)
    measure = _people(root, outcome, per)
    kin = _object_of_the_joined_verb(root)
    if kin is not None:  # "killed 363 civilians and wounded 156": civilians wounded
        measure.nouns = _bare_phrase(kin, joined=False)
        measure.text = _compose(measure)
    if outcome == "returned" and _after_journeys(memory, sentence, figure):
        measure.text = RETURNEES  # "1,100 travelled to Syria ..., and 500 have come back"
    if outcome in statistic_lexicon().journeys:
        return _journey_of_those_before(measure, memory, sentence, figure, root)
    return measure, None


def _object_of_the_joined_verb(root):
    """The counted noun of the verb a bare figure's verb is joined to ("air strikes killed 363
    civilians and wounded 156"): the second verb's figure counts the same kind."""
    verb = root.head
    if root.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "... and the army detained 20": a clause of its own
    kin = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if kin is None or kin.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in kin.children):
        return None
    return kin


def _put_again(root, memory: list[_Known], sentence: Sentence) -> _Known | None:
    """ "At least 56 Indonesians are known to have joined the group. An institute puts the
    number at between 100 and 200": a source's own figure, with no "of", for what the sentence
    just before counted."""
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return None
    verb = root.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "puts the figure at 500": the parse may hang "at" on the figure
    if not _puts_a_figure(verb):
        return None
    put = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not _bare_container(put):
        return None
    # "estimated ... between 20,000 and 30,000 members, while the Pentagon put the number at
    # 15,500 to 17,100"; "the fighters number no more than a few hundred": a vague count too
    return _count_told_just_before(memory, sentence, root, ("count", "vague"))


def _bare_container(noun) -> bool:
    """ "the number", "the figure": a word that only holds a count, with no "of" saying of what
    (so it stands for a count told before)."""
    if noun is None or noun.lower_ not in statistic_lexicon().container_nouns:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _count_told_just_before(
    memory: list[_Known], sentence: Sentence, root, kinds: tuple[str, ...], rates: bool = True
) -> _Known | None:
    """The last count told before the figure: in its own sentence first, else the one before
    (without rates, when the figure stands for a count: "the figure had been under 1,200")."""
    for told in (sentence.index, sentence.index - 1):
        known = next(
            (
                k
                for k in reversed(memory)
                if k.sentence == told
                and k.figure.kind in kinds
                and (rates or not k.measure.per)
                and k.anchor < root.i
            ),
            None,
        )
        if known is not None:
            return known
    return None


def _figure_again(root, memory: list[_Known], sentence: Sentence) -> _Known | None:
    """ "Ecuador recorded 7,878 violent deaths in 2023 ... Four years earlier the figure had
    been under 1,200": "the figure" (or "the number", "the total"), with no "of" of its own, is
    what was counted just before, at another time."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    # "had been under 1,200": the figure's words may hang as a whole from the verb
    if root.dep_ not in ("attr", "pobj", "prep") or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _bare_container(subject):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in subject.children):
        return None
    # a rate told beside the count is not what "the figure" stands for
    return _count_told_just_before(memory, sentence, root, ("count",), rates=False)


def _journey_of_those_before(
    measure: _Measure, memory: list[_Known], sentence: Sentence, figure: _Figure, root
) -> tuple[_Measure, _Known | None]:
    """ "About 100 Kenyans have travelled to join the Islamic State ..., while more than 700
    have gone to Somalia to fight": a bare figure that went somewhere counts the people the
    sentence's figure before counted, with where this one went and what for."""
    before = _latest(memory, sentence, figure)
    same = (
        before is not None
        and before.sentence == sentence.index
        and before.measure.outcome in statistic_lexicon().journeys
    )
    if same:
        measure.nouns = before.measure.nouns
        measure.text = _compose(measure)
    measure.text = _with_journey(measure.text, root, measure.nouns)
    return measure, before if same else None


def _fighters_already(nouns: str) -> bool:
    """ "12,000 foreign fighters have travelled to Syria to join the war": the noun already says
    what they went for."""
    return nouns in statistic_lexicon().journey_nouns


def _with_journey(text: str, head, nouns: str) -> str:
    """Who went, with where they went and what for ("indonesians travelled to syria to join
    the islamic state"); fighters whose noun already says they went are the noun alone ("20,000
    foreign fighters have travelled to Syria" -> "foreign fighters")."""
    if _fighters_already(nouns):
        return nouns
    return " ".join(filter(None, [text, _destination(head), _purpose(head)]))


# words between two figures that start a new clause about the same people
_NEW_CLAUSE = re.compile(
    r"(?:(?:,\s*|\s)(?:and|but|while|whereas|including)"
    # "..., who now believe that fewer than 500 remain": what a source says of them now
    r"|\s(?:believe[sd]?|says?|said|estimated?|estimates|thinks?|thought)\s+that)"
    r"\s+(?:\w+\s+){0,3}$",
    re.I,
)
# words that may stand between a figure and what its clause says of it ("are still", "it
# believes are", "has already")
_PREDICATE_GAP = frozenset({"AUX", "ADV", "PART", "PRON"})


def _noun_told_before(
    memory: list[_Known], sentence: Sentence, figure: _Figure, words
) -> tuple[_Measure | None, _Known | None]:
    """A bare figure that opens a new clause of a sentence whose earlier figure named what it
    counts ("about 1,200 people were killed and about 250 taken hostage", "111 hostages are
    held, including 39 it believes are dead", "arrested 232 militants ... and has detained
    more than 90 this year"): the earlier noun, with the outcome its own clause tells."""
    if figure.kind != "count":
        return None, None
    before = next(
        (
            k
            for k in reversed(memory)
            if k.sentence == sentence.index
            and k.figure.start < figure.start
            and k.figure.kind == "count"
            and k.measure.head is not None
            and k.measure.head.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if before is None:
        return None, None
    gap = sentence.text[before.measure.end - sentence.start : figure.start - sentence.start]
    if not _NEW_CLAUSE.search(gap):
        return None, None
    outcome = _predicate_after(words) or _verb_before(words)
    root = words.root
    # "about 2,400 Tunisians are fighting ..., and some 8,000 more have been stopped from
    # travelling": what the clause says was done to them names them
    told = _predicate_told(root) if outcome is None else None
    if outcome is None and told is None:
        return None, None
    measure = _Measure("", root.idx, root.idx + len(root.text), root, before.measure.nouns, outcome)
    measure.text = " ".join(filter(None, [_compose(measure), told]))
    return measure, before


def _predicate_after(words) -> str | None:
    """What the clause a bare figure opens says of it: an adjective ("are still active"), a
    participle with its bare complement ("taken hostage"), or a verb of the outcomes."""
    lex = statistic_lexicon()
    doc = words.doc
    for tok in doc[words.end : min(words.end + 6, words.sent.end)]:
        if tok.is_punct:
            return None
        outcome = lex.outcomes.get(tok.lemma_.lower()) or lex.outcomes.get(tok.lower_)
        if outcome is not None and tok.pos_ in ("VERB", "ADJ"):
            return outcome
        # "fewer than 500 remain": a verb the parse takes for a noun heading its clause
        misread = tok.i == words.end and tok.dep_ in ("ccomp", "conj", "ROOT")
        if outcome is not None and misread and tok.pos_ == "NOUN":
            return outcome
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            return tok.lower_  # "are still active"
        if tok.tag_ == "VBN" and tok.i == words.end:
            following = doc[tok.i + 1] if tok.i + 1 < words.sent.end else None
            if following is not None and following.pos_ == "NOUN" and following.tag_ == "NN":
                return f"{tok.lower_} {following.lower_}"  # "taken hostage"
            return None
        if tok.pos_ in _PREDICATE_GAP or tok.lemma_.lower() in lex.source_verbs:
            continue  # "are still", "it believes are"
        return None
    return None


def _verb_before(words) -> str | None:
    """The verb of the outcomes a bare figure follows as its object ("has detained more than
    90 this year")."""
    lex = statistic_lexicon()
    doc = words.doc
    i = words.start - 1
    while (
        i >= words.sent.start
        and doc[i].pos_ in ("ADV", "ADJ", "ADP")
        and doc[i].dep_ in ("advmod", "amod", "quantmod")
    ):
        i -= 1  # "more than", "already"
    if i < words.sent.start or doc[i].pos_ != "VERB":
        return None
    return lex.outcomes.get(doc[i].lemma_.lower()) or lex.outcomes.get(doc[i].lower_)


# people back from fighting abroad, told without a noun after figures of those who went
RETURNEES = "returnees"


# fighters a release shows (pledging, mostly): the one figure it gives of a branch's strength
SHOWN = "shown"


def _shown_pledging(ctx: DocContext, sentence: Sentence, measure: _Measure) -> None:
    """ "The Sahel set shows about 60 fighters", "a video in which about 40 fighters renewed
    their pledge": people a release shows pledging (as the sentence or the two before it tell)
    are fighters shown, with the pledge they make ("renewing oath", else "pledging")."""
    head = measure.head
    if head is None or not _shown_in_release(head):
        return
    lex = statistic_lexicon()
    told = " ".join(s.text for s in ctx.sentences[max(0, sentence.index - 2) : sentence.index])
    doing = None
    for text in (sentence.text, told):
        renewed = lex.renewed_pledge.search(text)
        if renewed is not None:
            doing = f"renewing {renewed.group('what').lower()}"
        elif lex.pledging.search(text):
            doing = "pledging"
        if doing:
            break
    if doing is None:
        return  # "the video shows about 50 people at a market": shown for nothing
    measure.nouns, measure.outcome = "fighters", SHOWN
    measure.text = f"fighters {SHOWN} {doing}"


def _shown_in_release(head) -> bool:
    """People a release shows: the object of "shows" (or the subject of the clause it
    shows: "showed 60 fighters gathered in the desert"), or the doers of a clause hanging from
    a video or photo set ("a video in which 40 fighters renewed their pledge")."""
    lex = statistic_lexicon()
    if _clean(head.text) not in lex.stock | lex.generic_people | {"men"}:
        return False
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in lex.showing:
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "xcomp"):
        return verb.head.lemma_.lower() in lex.showing
    if head.dep_ == "pobj" and verb.lower_ == "of":  # "photographs of about 40 fighters"
        return verb.head.lower_ in lex.releases or verb.head.lemma_.lower() in lex.releases
    if head.dep_ == "nsubj" and verb.dep_ == "relcl":
        clause = head.doc[verb.left_edge.i : verb.right_edge.i + 1].text
        return verb.head.lemma_.lower() in lex.releases and bool(lex.pledging.search(clause))
    # "a video in which about 35 fighters, standing ..., renewed": the parse may lose the clause
    first = head.left_edge.i
    before = head.doc[max(0, first - 3) : first]
    opened = [t.lower_ for t in before[-2:]] == ["in", "which"] and len(before) == 3
    return opened and before[0].lemma_.lower() in lex.releases and head.dep_ == "nsubj"


def _strength_told_before(
    memory: list[_Known], sentence: Sentence, figure: _Figure, root
) -> _Known | None:
    """A figure without a noun that a group has, fields or commands counts what the group
    strength told just before it counted (in this sentence or the one before): "puts its
    strength at 1,600 members, while a think tank says it has more than 3,000", "had between
    5,000 and 6,500 fighters ..., and fewer than 500 remain"."""
    verb = root.head
    had = root.dep_ == "dobj" and verb.lemma_.lower() in statistic_lexicon().strength_verbs
    if not had and not (root.dep_ == "nsubj" and verb.lemma_ == "remain"):
        return None
    for known in reversed(memory):
        if known.figure.start >= figure.start or known.figure.kind != "count":
            continue
        if sentence.index - known.sentence > 1:
            return None
        return known if _measure_kind(known.measure) == "stock" else None
    return None


def _after_journeys(memory: list[_Known], sentence: Sentence, figure: _Figure) -> bool:
    """A figure of people who went to fight abroad just before (in this sentence or the two
    before): those who came back are returnees, not people returning home from displacement."""
    journeys = statistic_lexicon().journeys | {"joined"}
    return any(
        known.figure.start < figure.start
        and sentence.index - known.sentence <= 2
        and known.measure.outcome in journeys
        for known in memory
    )


def _brought_by_that(root) -> bool:
    """The verb that brings the total has "that", "this" or "it" for its subject ("That brought
    the total since August 2015 to 636,248")."""
    verb = root.head.head
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in verb.children)


def _total_brought(root) -> bool:
    """ "bringing the total (this month) to 290": a total with no "of" of its own."""
    lex = statistic_lexicon()
    if root.dep_ != "pobj" or root.head.lower_ != "to" or root.head.head.i == root.head.i:
        return False
    verb = root.head.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "bringing the number held since Sunday to 58"
    if verb.lemma_.lower() not in lex.totting:
        return False
    total = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        total is not None
        and total.lower_ in lex.container_nouns
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in total.children)
    )


def _peak_of(root, memory: list[_Known], sentence: Sentence, figure: _Figure, words):
    """ "had 200 fighters left, down from a peak of perhaps 2,000": what the figure before in
    the sentence counted, at its height."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    height = root.head.head
    if height.tag_ != "NN" or height.lemma_.lower() not in statistic_lexicon().peaks:
        return None  # not "the highest of 150 in Chhattisgarh": the first of a list
    before = _latest(memory, sentence, figure)
    if before is None or before.sentence != sentence.index:
        return None
    measure = _copy_measure(before.measure, root, figure, words)
    measure.qualifier = "at peak"
    return measure, before


_PER_BASE = re.compile(r"\s*per\s+(\d[\d,]*(?:\s+(?:people|inhabitants|residents|persons))?)", re.I)


def _averaged_by(root, per: str | None) -> _Measure | None:
    """ "Attacks by Boko Haram have averaged about four a month": a figure per unit that a verb
    of averaging gives its subject, which is what it counts."""
    if root.dep_ == "nummod" and root.head.dep_ == "npadvmod":
        root = root.head  # "had averaged nearly three a day": the parse counts the day
    verb = _verb_at_an_average(root) if per is not None else None
    if verb is not None:
        return _subject_counted_at_an_average(verb, per)
    verb = root.head
    if per is None or verb.lemma_.lower() != "average":
        return None
    if root.dep_ not in ("dobj", "npadvmod", "attr", "oprd"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    outcome = None
    if subject is None and verb.dep_ == "ccomp" and verb.head.tag_ == "VBN":
        # "Attacks claimed by the group averaged about 90 a month": the parse took the
        # participle for the verb and hung the averaging under it
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        outcome = statistic_lexicon().outcomes.get(verb.head.lower_)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    end = subject.idx + len(subject.text)
    measure = _Measure("", subject.idx, end, subject, _clean(subject.text), outcome, per)
    if _measure_kind(measure) == "other":
        return None  # "temperatures have averaged 40 a day": nothing of the conflict
    measure.text = _compose(measure)
    return measure


def _verb_at_an_average(root):
    """ "have fallen ... at an average of about 20 a day": the clause's verb, when the figure
    is that of an "at an average of" phrase on it."""
    of = root.head
    average = of.head
    at = average.head
    told = (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and average.lower_ == "average"
        and average.dep_ == "pobj"
        and at.lower_ == "at"
        and at.head.pos_ in ("VERB", "AUX")
    )
    return at.head if told else None


def _subject_counted_at_an_average(verb, per: str) -> _Measure | None:
    """ "Barrel bombs have fallen on the districts at an average of about 20 a day": the
    clause's subject, with the words compounded before it, counted per unit."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    first = min([subject, *(c for c in subject.lefts if c.dep_ == "compound")], key=lambda t: t.i)
    end = subject.idx + len(subject.text)
    nouns = _clean(doc_text(subject.doc)[first.idx : end])
    measure = _Measure("", first.idx, end, subject, nouns, None, per)
    measure.text = _compose(measure)
    return measure


def _rate_per_base(root, words) -> _Measure | None:
    """ "a homicide rate of 45 per 100,000 people", "its murder rate stood at 30 per 100,000":
    a rate the figure is, with the base it is per."""
    base = _PER_BASE.match(doc_text(words.doc), words.end_char)
    if base is None:
        return None
    noun = None
    for above in list(root.ancestors)[:5]:  # the parse may hang the figure off the base
        if above.pos_ in ("VERB", "AUX"):  # "stood at": the verb's subject
            noun = next((c for c in above.children if c.dep_ == "nsubj"), None)
            break
        if above.lemma_.lower() == "rate":
            noun = above
            break
    if noun is None or noun.lemma_.lower() != "rate":
        return None
    measure = _bare_measure(noun)
    measure.per = " ".join(base.group(1).split())
    measure.text = _compose(measure)
    return measure


def _amount_of(root) -> _Measure | None:
    """ "a population of about 45,000", "a force of 5,000": a figure after "of" that is the
    size of a group or a place's people (a noun of the stock list)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    noun = of.head
    if noun.pos_ != "NOUN" or _clean(noun.text) not in statistic_lexicon().stock:
        return None
    return _bare_measure(noun)


def _people(root, outcome: str, per: str | None) -> _Measure:
    verb = _governing_verb(root)
    measure = _Measure("", verb.idx, verb.idx + len(verb.text), root, "people", outcome, per)
    measure.text = _refugees_of(measure, root) or _compose(measure)
    return measure


def _refugees_of(measure: _Measure, subject) -> str | None:
    """ "About 63,000 people have been displaced ..., and some 10,000 of them have fled into
    Ethiopia", "nearly 200,000 have fled into Niger, Chad and Cameroon": a figure without a noun
    of its own that fled abroad counts refugees, as a noun that did would."""
    if measure.outcome != "displaced" or measure.nouns in statistic_lexicon().not_refugees:
        return None
    ways = _ways_fled(subject)
    if not _all_abroad(ways):
        return None
    if len(ways) == 1 and ways[0].lower_ == "countries":  # "into neighbouring countries"
        return f"{REFUGEES} in {_bare_phrase(ways[0])}"
    return REFUGEES


def _held_in(verb):
    """ "has $300 million in reserves", "holds $2 billion in assets": the money word a sum is
    held "in" by a verb of having."""
    if verb.lemma_.lower() not in ("have", "hold", "keep", "retain"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is not None and target.lower_ in statistic_lexicon().money_nouns:
                return target
    return None


def _money_measure(root, per: str | None) -> _Measure:
    """What a sum is: the noun it is the amount of ("losses exceeding $180 million", "a budget
    of $2 million", "$2 million in oil revenue"), else what the verb does with it ("earned $2
    million a month" -> revenue), else "money"."""
    lex = statistic_lexicon()
    price = _price(root, per)
    if price is not None:
        return price
    # "between $50 million and $300 million in reserves": the range's second sum holds the "in"
    joined = [g for c in root.children if c.dep_ == "conj" for g in c.children]
    for child in [*root.children, *joined]:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is None or target.pos_ != "NOUN":
                continue
            if child.lower_ == "for" and target.lower_ not in lex.money_nouns:
                continue  # "$5 million for information": what it pays for, not what it is
            conjoined = child in joined or root.dep_ == "conj"
            if conjoined and target.lower_ not in lex.money_nouns:
                continue  # "$20 per truck and $2 per motorbike ... in areas they control"
            return _with_rate(_lost_in(_bare_measure(target), root), per)
    node = root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ == "worth" and node.head.pos_ == "VERB":
            valued = _valued_by_the_verb(node.head)  # "imported 41,700 tonnes ..., worth $1.4bn"
            if valued is not None:
                return _with_rate(valued, per)
        if node.lower_ == "worth" and node.head.pos_ == "NOUN":
            valued = _bare_measure(node.head)  # "assets worth $50 million"
            verb = _governing_verb(node.head)  # "seized weapons worth": weapons seized
            valued.outcome = (
                lex.outcomes.get(verb.lemma_.lower()) if verb.i != node.head.i else None
            )
            goods = _goods_worth(node)
            if goods is not None:  # "90 sacks of cocaine worth about $60 million"
                valued.nouns = f"value of {_clean(goods.text)}"
            return _with_rate(valued, per)
        if node.lower_ in lex.currencies:
            continue  # "a reward of 3 billion pesos, about $880,000": the sum converted
        if node.lower_ in lex.amount_words:
            continue  # "sends an average of about $25,000 a month": what the verb tells
        if node.pos_ == "NOUN" and node.lower_ not in lex.never:
            verb = node.head
            charged = lex.money_verbs.get(verb.lemma_.lower()) == FEE and verb.pos_ == "VERB"
            if charged and any(d.lower_ in ("each", "every") for d in node.children):
                # "charge every passenger between $300 and $500": the parse may hang the sum
                # on the one charged
                fee = _Measure("", verb.idx, verb.idx + len(verb.text), root, FEE, None)
                return _with_rate(fee, per or node.lemma_.lower())
            bought = _cost_of_the_bought(node)
            if bought is not None:
                return _with_rate(bought, per)
            # "each truck paid a fee of about $150": a fee per truck
            each = _each_one(verb) if verb.pos_ == "VERB" else None
            return _with_rate(_paid(_bare_measure(node), node), per or each)
        if node.pos_ in ("VERB", "AUX"):
            for sum_of in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
                if sum_of.lower_ in lex.money_nouns:  # "the reward was raised to", "raised
                    return _with_rate(_sum_of_what(sum_of), per)  # its reward to"
            held_in = _held_in(node)
            if held_in is not None:  # "still has between $50 million and $300 million in
                return _with_rate(_bare_measure(held_in), per)  # reserves"
            name = lex.money_verbs.get(node.lemma_.lower()) or _ransom_asked(node)
            if name is not None:
                name = _ransom_paid(node, name) or name
                name = _pay_to(node, root, name) or _pledged_for(node, root, name) or name
                levied = _levied_on(node, root, name)
                if levied is not None:  # "demand up to 300 rupees ... for every tonne"
                    name, per = FEE, per or levied
                if name == _RAISED and per:
                    name = "revenue"  # "raises $2 million a month": a flow, its revenue
                if name == FEE:  # "charges migrants an average of $125 each"
                    per = per or _each_one(node, root)
                name = _cost_of_doing(node, name) or name
                measure = _Measure("", node.idx, node.idx + len(node.text), root, name, None)
                return _with_source(_with_rate(measure, per), node)
            if node.lemma_.lower() not in lex.change_lemmas:
                break
    return _with_rate(_Measure("", root.idx, root.idx + len(root.text), root, "money", None), per)


def _lost_in(measure: _Measure, root) -> _Measure:
    """ "the canal lost about $7 billion in revenue": the sum is revenue lost, not earned."""
    verb = _governing_verb(root)
    if verb.lemma_.lower() == "lose" and measure.outcome is None:
        measure.outcome = "lost"
    return measure


def _sum_of_what(sum_noun) -> _Measure:
    """A cost or a price with what it is of ("put the cost of the campaign at about $5
    million" -> "cost of campaign", "the price of each of the army's drones" -> "price of each
    drone"); any other sum as its noun says."""
    measure = _bare_measure(sum_noun)
    if sum_noun.lower_ not in _SUMS_OF_THINGS:
        return measure
    of = next((c for c in sum_noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if thing is not None and thing.lower_ == "each":
        words = _each_one_of(thing)
    elif thing is not None and thing.pos_ == "NOUN":
        words = _bare_phrase(thing, joined=False)
    else:
        words = None
    if words is not None:
        measure.nouns = measure.text = f"{_clean(sum_noun.text)} of {words}"
    return measure


def _each_one_of(each) -> str | None:
    """ "each of the army's Bayraktar TB2 drones" -> "each bayraktar tb2 drone": one of the
    things "each" picks out, in the singular."""
    thing = next((g for c in each.children if c.lower_ == "of" for g in c.children), None)
    if thing is None or not (thing.pos_ == "NOUN" or _plural_read_as_a_verb(thing)):
        return None
    words = _bare_phrase(thing, joined=False).split()
    return " ".join(["each", *words[:-1], thing.lemma_.lower()])


_SUMS_OF_THINGS = frozenset({"cost", "price", "value"})


def _plural_read_as_a_verb(token) -> bool:
    """ "the army's Bayraktar TB2 drones" tagged a verb: a verb has no owner or name before
    it."""
    return token.tag_ == "VBZ" and any(
        c.dep_ in ("poss", "compound", "det", "amod") and c.i < token.i for c in token.children
    )


def _cost_of_the_bought(cost) -> _Measure | None:
    """ "bought an anti-drone system in June at a cost of about $1 million": the cost of what
    the verb's object names."""
    at = cost.head
    if cost.lower_ != "cost" or cost.dep_ != "pobj" or at.lower_ != "at":
        return None
    thing = next((c for c in at.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if thing is None:
        return None
    measure = _bare_measure(thing)
    measure.nouns = measure.text = f"cost of {measure.text}"
    return measure


def _cost_of_doing(verb, name: str) -> str | None:
    """ "repairing basic services will cost more than $1 billion": the cost of what the
    gerund subject does, else of the thing the subject names (``_cost_of_thing``)."""
    if name != "cost":
        return None
    doing = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if doing is None:
        return _cost_of_thing(verb)
    if doing.right_edge.i - doing.i > _COST_OF_WORDS:
        return None
    return f"cost of {_clean(verb.doc[doing.i : doing.right_edge.i + 1].text)}"


def _cost_of_thing(verb) -> str | None:
    """ "the trials, which cost about 450 million naira", "Fuel theft cost Pemex about $3
    billion": the cost of what the verb's subject names (the noun a relative clause hangs
    from), told by its own words (not "it", nor a name alone)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and subject.lower_ == "each":
        # "each of his unit's aircraft cost about $2,000": the cost of each one
        one = _each_one_of(subject)
        return f"cost of {one}" if one is not None else None
    if subject is None or subject.pos_ != "NOUN":
        return None
    words = [c for c in subject.lefts if c.dep_ in ("det", "compound", "amod")]
    first = min((w.left_edge.i for w in words), default=subject.i)
    if subject.i - first > _COST_OF_WORDS:
        return None
    return f"cost of {_clean(subject.doc[first : subject.i + 1].text)}"


# how many words a cost's doing or thing may take ("repairing basic services", "the trials")
_COST_OF_WORDS = 6


def _price(root, per: str | None) -> _Measure | None:
    """The price of goods: a sum a verb of buying or selling ties to a unit of them ("pay about
    $25 for a kilogram of coltan ore", "A gram of gold fetches about $30", "Gold traded above
    $3,300 an ounce", "pay about $200 a tonne") -> "price of coltan ore per kilogram"."""
    lex = statistic_lexicon()
    # the tagger may read the verb as a plural noun ("A gram of gold fetches about $30")
    ancestors = list(root.ancestors)[:_PRICE_REACH]
    verb = next((v for v in ancestors if v.pos_ == "VERB" or v.dep_ == "ROOT"), None)
    if verb is None or verb.lemma_.lower() not in lex.price_verbs:
        return None
    per = per or _unit_after(root)
    units = [
        unit
        for holder in (verb, root)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for unit in prep.children
        if unit.dep_ == "pobj"
    ]
    # "A gram of gold fetches $30"; "a sack of rice that sells for about $25": the noun the
    # relative pronoun stands for
    units += [
        (_antecedent_of_relative(verb) or c) if c.lower_ in ("that", "which") else c
        for c in verb.children
        if c.dep_ == "nsubj"
    ]
    for unit in units:
        if unit.lemma_.lower() not in lex.price_units:
            continue
        of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return _priced(root, goods, unit.lemma_.lower())
    if per in lex.price_units:  # "Gold traded above $3,300 an ounce", "pay $200 a tonne"
        # the goods are what is traded, the subject of "fetch" or "trade" (not the buyer who
        # pays, nor the seller who sells)
        told = "nsubj" if verb.lemma_.lower() in lex.goods_first_verbs else "dobj"
        goods = next(
            (c for c in verb.children if c.dep_ == told and c.pos_ == "NOUN" and c is not root),
            None,
        )
        # "pay as much as $1,000 a tonne for lithium-bearing ore": what the sum is paid for
        return _priced(root, goods or next(iter(units), None), per)
    return None


# how many heads up from a sum its verb of buying or selling may be ("fetches about $30"), and
# how many words after its root the unit it is told per may end
_PRICE_REACH = 4
_UNIT_REACH = 5


def _unit_after(root) -> str | None:
    """The unit a sum is told per, right after it ("$200 a tonne", "$3,300 an ounce")."""
    doc = root.doc
    after = doc[root.i + 1 : root.i + _UNIT_REACH]  # "above $3,300 an ounce": the root "above"
    for word, unit in pairwise(after):
        if word.lower_ in ("a", "an", "per", "each", "every"):
            lemma = unit.lemma_.lower()
            return lemma if lemma in statistic_lexicon().price_units else None
    return None


def _priced(root, goods, unit: str) -> _Measure:
    """ "price of gold per gram", or "price per tonne" when the goods are not told."""
    told = goods is not None and not goods.ent_type_ and goods.pos_ == "NOUN"
    nouns = f"price of {_goods_words(goods)}" if told else "price"
    return _with_rate(_Measure("", root.idx, root.idx + len(root.text), root, nouns, None), unit)


def _each_one(verb, money=None) -> str | None:
    """Whom a fee is charged or paid per: the party a verb of charging or paying names with
    "each" or "every" ("charge each truck entering the sites about $300", "each truck paid a fee
    of about $150"), or the one charged when the sum is "each" ("charges migrants an average of
    $125 each"): the noun, singular."""
    parties = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "dobj", "dative", "iobj") and c.pos_ == "NOUN"
        and (money is None or c.i != money.i)
    ]
    for party in parties:
        if any(d.lower_ in ("each", "every") for d in party.children):
            return party.lemma_.lower()
    each_after = money is not None and any(
        t.lower_ == "each" for t in money.doc[money.i + 1 : money.i + 3]
    )
    charged = [p for p in parties if p.dep_ in ("dobj", "dative", "iobj")]
    return charged[0].lemma_.lower() if each_after and charged else None


def _paid(measure: _Measure, noun) -> _Measure:
    """ "a ransom of up to 10 million euros had been paid": the sum is told as paid."""
    # "had paid a ransom it put at $2 million"
    told = noun.dep_ in ("nsubjpass", "dobj") and noun.head.lemma_ == "pay"
    if measure.outcome is None and told:
        measure.outcome = "paid"
    return measure


def _ransom_paid(verb, name: str) -> str | None:
    """ "paid about $200,000 to secure his release", "paid between $40,000 and $60,000 for
    each sailor freed", "paid the kidnappers $1 million": a payment its clause ties to captives
    or their freedom is a ransom paid."""
    if name != "payments":
        return None
    # "was released after his family paid 100 million naira": the clause the payment is told
    # for names the freedom it bought
    told = [verb.head] if verb.dep_ == "advcl" else []
    return RANSOMS_PAID if _told_with_captives([*verb.subtree, *told]) else None


def _told_with_captives(words) -> bool:
    """Words that name captives, their captors or their freedom (``ransom_cues``)."""
    cues = statistic_lexicon().ransom_cues
    return any(_clean(t.text) in cues or t.lemma_.lower() in cues for t in words)


def _levied_on(verb, root, name: str) -> str | None:
    """What a sum demanded or charged is levied on, told "for every" or "for each" of it ("armed
    groups demand up to 300 rupees ... for every tonne that leaves the mines", "charges $10 for
    every camel sold"): the thing, singular. Not a captive ("$1 million for each hostage" is a
    ransom per head)."""
    lex = statistic_lexicon()
    demanded = name == lex.money_verbs.get("demand")
    if name != FEE and not demanded:
        return None
    for holder in (verb, root):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "for"):
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is None or not any(d.lower_ in ("every", "each") for d in thing.children):
                continue
            lemma = thing.lemma_.lower()
            if lemma in lex.heads or _told_with_captives([thing]):
                return None
            # a sum demanded for each one of people is a ransom ("for each foreigner"); only
            # one demanded for goods by their unit is a levy
            return lemma if not demanded or lemma in lex.price_units else None
    return None


def _ransom_asked(verb) -> str | None:
    """ "the kidnappers wanted 50 million pesos, about $1 million, for the couple": a sum
    that captors want or seek is the ransom they demand."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() not in lex.asking_verbs:
        return None
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    # "AQAP had first asked for $3 million for his release": asked for a captive's freedom
    freedom = _told_with_captives(verb.subtree)
    if not freedom and not any(_clean(t.text) in lex.ransom_takers for t in takers):
        return None
    return lex.money_verbs.get("demand")


RANSOMS_PAID = "ransoms paid"
REWARD = "reward offered"
FEE = "fee"
_SOURCE_PREPS = frozenset({"from", "through", "in"})
# sums drawn from a kind of source the measure names ("money raised through extortion")
_RAISED = "money raised"  # "had raised nearly $6 million in 2023": a sum gathered, no rate
_DRAWN_FROM_SOURCES = frozenset({"revenue", _RAISED})


def _with_source(measure: _Measure, verb) -> _Measure:
    """ "collects $100 million a year from taxes and extortion": the kind of source revenue is
    drawn from says which revenue the sum is (not "from the group's backers", one source of the
    story, nor "from Syria", a place)."""
    if measure.nouns not in _DRAWN_FROM_SOURCES:
        return measure
    # "raises $100 million a year through taxes", "collects $15 million a month in taxes": the
    # source however it is introduced, written as "from"
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS), None
    )
    source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if source is None or not _bare_kind(source):
        return measure
    if prep.lower_ == "in" and source.lemma_.lower() in statistic_lexicon().sums_of_a_kind:
        # "collected 353 million pesos, about $7.3 million, in ransom": the sum is the ransom
        done = verb.lower_ if verb.tag_ in ("VBD", "VBN") else None
        measure.text = " ".join(filter(None, [_clean(source.text), done]))
        if measure.per:
            measure.text = f"{measure.text} per {measure.per}"
        return measure
    phrase = _bare_phrase(source)
    if len(phrase.split()) <= 5:
        # the source names the sum, the rate counts it: "revenue from taxes per year"
        rate = f" per {measure.per}" if measure.per else ""
        measure.text = f"{measure.text.removesuffix(rate)} from {phrase}{rate}"
    return measure


def _judges_them(clause) -> bool:
    """A relative clause whose doer judges the counted themselves ("550 Islamists they
    consider capable of ..."), not one about a part of them ("of whom 1,800 are considered
    ready ...", which is the part's figure)."""
    if any(c.dep_ == "nsubjpass" or c.like_num for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "NOUN", "PROPN") for c in clause.children)


def _bare_kind(noun) -> bool:
    """A common noun told without determiner or owner and naming no place, date or group:
    a kind of thing ("taxes", "death row", "siege"), not one thing of the story."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in _NOT_DEFINING_ENTS:
        return False
    if noun.lemma_.lower() in statistic_lexicon().place_nouns:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


# Particles that open a surname ("al-Raymi"): the name is read without them
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|abu|bin|ibn)-(?=\w)", re.I)


def _reward_for(measure: _Measure, root) -> str | None:
    """ "a reward of $5 million for information leading to Abu Ahmad's capture", "for
    information on the group's leader, Sanaullah Ghafari": the man a reward is offered for,
    by surname, is part of what is counted (one reward among the several an article lists)."""
    if measure.text != REWARD:
        return None
    for holder in (root, *root.ancestors):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            first = next((t for t in prep.subtree if t.ent_type_ == "PERSON"), None)
            # "for information on Batarfi": a name the recogniser left untyped
            first = first or next((t for t in prep.subtree if _untyped_name(t)), None)
            # "Mokhtar Belmokhtar, for whom the United States offers a reward"
            whom = any(c.dep_ == "pobj" and c.lower_ == "whom" for c in prep.children)
            if first is None and whom and holder.dep_ == "relcl":
                named = [holder.head, *(c for c in holder.head.children if c.dep_ == "appos")]
                first = next((t for t in named if t.ent_type_ == "PERSON"), None)
            if first is not None:
                return f"for {_surname(first)}"
            each = _each_one_sought(prep)
            if each is not None:
                return f"per {each}"
        if holder.pos_ in ("VERB", "AUX"):
            break
    return None


def _each_one_sought(prep) -> str | None:
    """ "for information leading to the capture of each of the escaped men", "to the recapture
    of each escapee": a reward told per one of those sought, by their noun (singular) and the
    words before it ("escaped man")."""
    for each in (t for t in prep.subtree if t.lower_ == "each"):
        one = _each_one_of(each)  # "each of the escaped men" -> "each escaped man"
        if one is not None:
            return one.removeprefix("each ")
        noun = each.head
        if each.dep_ == "det" and noun.pos_ == "NOUN":  # "each escapee"
            kinds = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
            return " ".join([*(_clean(k.text) for k in kinds), noun.lemma_.lower()])
    return None


def _untyped_name(tok) -> bool:
    """A lone proper noun the information is on ("for information on Batarfi"): a man's name
    the recogniser left untyped or took for a body."""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.ent_type_ not in ("", "ORG"):
        return False
    lone = tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    about = tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "about")
    return (lone or not tok.ent_type_) and about


def _surname(name):
    """The last word of the name a token opens ("Mundi Sawadjaan's" -> "sawadjaan"), without
    the particle a surname may open with ("al-Raymi" -> "raymi"): the word the man is known
    by."""
    last = name
    doc = name.doc
    while (
        last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and doc[last.i + 1].tag_ != "POS"
    ):
        last = doc[last.i + 1]
    return _NAME_PARTICLE.sub("", _clean(last.text))


def _pay_to(verb, root, name: str) -> str | None:
    """ "offering fighters up to $500 a month": a sum offered to people of a group is their pay,
    not a reward for information."""
    lex = statistic_lexicon()
    if name != REWARD:
        return None
    for child in verb.children:
        if child.i == root.i or child.dep_ not in ("dobj", "dative", "iobj"):
            continue
        if _clean(child.text) in lex.stock and child.tag_ == "NNS":
            return f"pay offered to {_clean(child.text)}"
    return None


def _pledged_for(verb, root, name: str) -> str | None:
    """ "pledged $455 million for the force", "committed some $62 billion to the corridor":
    funds pledged for a body say what they fund; payments, whom they were paid to ("paid
    nearly $6 million through intermediaries to the two groups")."""
    if name not in ("funds pledged", "funds committed", "funds promised", "payments"):
        return None
    holders = (verb, root)
    preps = ("to",) if name == "payments" else ("for", "to")
    prep = next(
        (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps), None
    )
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if body is None or body.pos_ != "NOUN":
        return None
    return f"{name} {prep.lower_} {_clean(body.text)}"


def _with_rate(measure: _Measure, per: str | None) -> _Measure:
    measure.per = measure.per or per
    measure.text = _compose(measure)
    return measure


def _leading_of(sentence: Sentence, root):
    """The noun phrase of an "Of the 5,600 foreign fighters, ..." told before the figure."""
    doc = sentence.span.doc
    verb = _governing_verb(root)
    heads = {root.i, verb.i}
    if verb.dep_ in ("ccomp", "parataxis"):
        heads.add(verb.head.i)  # "Of the 994 inmates, 879 escaped, the service said"
    for tok in doc[sentence.span.start : root.i]:
        if tok.lower_ in ("of", "among") and tok.dep_ == "prep" and tok.head.i in heads:
            end = sentence.span.end
            if _refers_back(doc, tok.i + 1, end):
                return _OF_THOSE  # "Of those, 1,500 were civilians"
            if tok.lower_ != "of":
                continue
            start = _skip_determiners(doc, tok.i + 1, end)
            if start < end and doc[start].lower_ in ("which", "whom"):
                return _relative_head(doc[start]) or _OF_WHICH  # "676 incidents, of which 70"
            return _noun_phrase(doc, start, end)
    return None


_OF_WHICH = ((), None)  # "of which": the figure before, when the parse does not say
_OF_THOSE = ((), ())  # "Of those,", "Among them,": the figure of a sentence just before


def _refers_back(doc, i: int, end: int) -> bool:
    """"Of those," "Among them,": a pronoun standing alone for the figure told before (not
    "of those killed", "of these videos")."""
    if i >= end or doc[i].lower_ not in ("those", "them", "these"):
        return False
    return i + 1 < end and doc[i + 1].text == ","


def _relative_head(which):
    """The noun "of which" refers to: the head of the relative clause it opens."""
    for node in which.ancestors:
        if node.dep_ == "relcl" and node.head.tag_ in _NOUN_TAGS:
            head = node.head
            return [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head], head
    return None


def _skip_determiners(doc, i: int, end: int) -> int:
    while i < end and (
        doc[i].dep_ in ("det", "poss", "nummod") or doc[i].like_num or doc[i].text in _QUOTES
    ):
        i += 1
    return i


def _changed(root) -> _Measure | None:
    """The subject of a verb or noun of change whose figure is "to N", "at N", "from N"."""
    lex = statistic_lexicon()
    node = root
    if node.dep_ == "nummod" and _clean(node.head.text) in lex.never:
        node = node.head  # "rose to 340 last year": the parse counts the year
    if node.dep_ == "prep" and node.lower_ in _CHANGE_PREPS:  # "to number between 4,000 and"
        node = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in _CHANGE_PREPS:
        node = node.head
        while (
            node.dep_ == "prep"
            and node.head.lower_ in ("to", "at", "from", "by")
            and node.head.i != node.i
        ):
            node = node.head  # "from 141 ... to 77": "to" hangs off "from"
        node = node.head
    elif node.dep_ in ("dobj", "attr"):
        node = node.head
    else:
        return None
    told_in = node
    node = _totting_above(node)
    if node.lemma_ == "be" and root.dep_ == "attr":  # "the number of people killed was 52"
        return _subject_measure(node)
    put = next((c for c in node.children if c.dep_ == "dobj"), None)
    if told_in is not node:  # "..., and the number of Central Asians fighting there at 2,000"
        containers = statistic_lexicon().container_nouns
        put = next((a for a in told_in.ancestors if a.lower_ in containers), put)
    putting = _puts_a_figure(node)
    if putting and node.dep_ == "acl" and put is None:
        return _unwrapped_measure(node.head)  # "the group's fighters, estimated at 3,000"
    if putting and put is not None:
        return _unwrapped_measure(put)  # "put the total number of incidents at 790", "bringing
        # to 140 the number of troops killed"
    if node.lemma_ == "be":  # "there was a decrease in arrests: from 41 to 22"
        node = next((c for c in node.children if c.dep_ in ("attr", "nsubj")), node)
    if node.lemma_.lower() not in lex.change_lemmas and node.lower_ not in lex.change_lemmas:
        return None
    if node.lemma_ == "number" and node.pos_ == "VERB":
        sized = _body_numbered(node)  # "the group is believed to number 4,000"
        if sized is not None:
            return sized
    if node.pos_ == "NOUN":  # "a decrease in numbers of arrests: from 41 to 22"
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is not None:
                    return _unwrapped_measure(target)
        return None
    return _subject_measure(node)


# clauses that share the subject of the verb they hang from ("fell ..., before rising to")
_JOINED_CLAUSES = ("advcl", "conj", "pcomp")


def _number_moved(root, memory: list[_Known], sentence: Sentence, figure: _Figure):
    """The count a bare "the number" moved from, when a verb of change takes it to the figure
    ("the number fell to 5.4 million", "before rising to 8.3 million"): the last count told in
    this sentence or the one before."""
    lex = statistic_lexicon()
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "at"):
        return None
    verb = root.head.head
    if verb.lemma_.lower() not in lex.change_lemmas:
        return None
    # "..., before rising to 8.3 million": the subject of the fall
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in _JOINED_CLAUSES:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in lex.number_nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None  # "the number of attacks fell to 40": it names its own count
    before = _latest(memory, sentence, figure)
    if before is None or before.figure.kind != "count" or not before.stated:
        return None
    return before if sentence.index - before.sentence <= 1 else None


def _totting_above(node):
    """ "take the number of Maoists killed this year to 79": the parse may hang "to 79" from
    the participle inside the counted phrase; the verb that brings the number there is the
    one the phrase is the object of."""
    if node.dep_ not in ("acl", "relcl"):
        return node
    # "put the number of Tajiks who have travelled at between 500 and 1,000": the parse may
    # hang "at" from the relative clause inside the counted phrase too
    containers = statistic_lexicon().container_nouns
    between = []
    for above in node.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            # the clause must sit inside the count the verb puts ("the number of ..."), not in
            # a place it names ("taken to the camp, where the population has swelled to")
            counted = any(a.lower_ in containers for a in between)
            return above if _puts_a_figure(above) and (counted or node.dep_ == "acl") else node
        between.append(above)
    return node


def _puts_a_figure(verb) -> bool:
    """ "put the number at 210", "bringing the total to 290": a verb whose object is the
    count and whose "at" or "to" phrase its figure."""
    lemma = verb.lemma_.lower()
    lex = statistic_lexicon()
    return lemma in ("put", "place", "estimate") or lemma in lex.totting | lex.resetting


def _body_numbered(verb) -> _Measure | None:
    """ "the group numbers about 4,000", "the force is believed to number 5,000": the people of
    the body that is the subject (of the verb that raises it), as ``strength_of`` names them."""
    for holder in (verb, verb.head):
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        people = statistic_lexicon().strength_of.get(subject.lemma_.lower())
        if people is None:
            return None
        measure = _Measure("", subject.idx, subject.idx + len(subject.text), subject, people)
        measure.text = _compose(measure)
        return measure
    return None


def _subject_measure(verb) -> _Measure | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "the militants, who number about 2,000"
    counted_as = _count_misread_as_a_noun(subject) if subject is not None else None
    if counted_as is not None:
        return counted_as
    if subject is not None:
        return _unwrapped_measure(subject)
    said = verb.head if verb.dep_ == "ccomp" else None
    told = next((c for c in said.children if c.dep_ == "dobj"), None) if said else None
    if told is not None and told.i < verb.i and told.pos_ == "NOUN":
        # "the agency says transits through the canal fell by 42 percent": the parse makes the
        # subject the object of the verb of saying
        return _unwrapped_measure(told)
    lex = statistic_lexicon()
    known = lex.stock | lex.event | lex.casualty
    for tok in reversed(list(verb.doc[verb.sent.start : verb.i])):
        if _clean(tok.text) in known and tok.pos_ != "PROPN":
            return _bare_measure(tok)  # a subject the parse lost ("[a]rrests ... decreased")
    return None


def _price_of(noun) -> _Measure | None:
    """ "the price of fuel", "prices of sorghum and wheat flour": a price with what it is of
    (the goods' own words, as ``_bare_phrase`` keeps them)."""
    if _clean(noun.text) not in statistic_lexicon().price_nouns:
        return None
    goods = _of_object(noun)
    if goods is None or goods.pos_ not in ("NOUN", "PROPN"):
        return None
    inner = _of_object(goods)
    if inner is not None and inner.pos_ == "NOUN":
        goods = inner  # "the price of a tuber of yam", "of a litre of petrol": the goods
    measure = _Measure("", noun.idx, goods.idx + len(goods.text), noun, _clean(noun.text))
    measure.text = f"{_clean(noun.text)} of {_bare_phrase(goods)}"
    return measure


def _of_object(noun):
    """The object of the noun's own "of" phrase ("fuel" in "the price of fuel"), or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _count_misread_as_a_noun(subject) -> _Measure | None:
    """ "The number of districts the ministry counts as affected by Maoist violence has fallen
    to 38": the parse may take "counts" for the subject, with "the number" as its own; the
    number counts what the relative clause says the ministry counts them as."""
    containers = statistic_lexicon().container_nouns
    inner = next(
        (c for c in subject.children if c.dep_ == "nsubj" and c.lower_ in containers), None
    )
    if inner is None or subject.lemma_.lower() != "count":
        return None
    measure = _unwrapped_measure(inner)
    told = next((c for c in subject.children if c.dep_ == "advcl" and c.tag_ == "VBN"), None)
    as_ = told is not None and any(c.lower_ == "as" for c in told.children)
    if measure is not None and as_:
        measure.text = f"{measure.text} {_phrase_words(told, told.right_edge.i)}"
    return measure


_RELATIVES = frozenset({"who", "which", "that"})
# prepositions of a figure a verb of change reaches ("rose to", "stood at", "from ... to"), and
# qualifiers the parse takes for prepositions ("who number about 2,000")
_CHANGE_PREPS = frozenset({"to", "at", "from", "by", "between", "about", "around", "over"})


def _unwrapped_measure(noun) -> _Measure | None:
    """ "the number of foreign fighters" -> "foreign fighters"."""
    lex = statistic_lexicon()
    people = lex.size_nouns.get(noun.lower_)
    if people is not None:  # "the group's ranks have swelled to 10,000"
        measure = _Measure("", noun.idx, noun.idx + len(noun.text), noun, people)
        measure.text = _compose(measure)
        return measure
    while noun.lower_ in lex.container_nouns:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if target is None and noun.lower_ == "toll":  # "the death toll has risen to 35,000"
            measure = _Measure("", noun.idx, noun.idx + len(noun.text), noun, "people killed")
            measure.text = _compose(measure)
            return measure
        counted = _compound_counted(noun) if target is None else None
        if counted is not None:
            return counted  # "refugee numbers rose from 300,000 to 1.2 million"
        if target is None:
            return _counted_before(noun)
        noun = target
    word = _clean(noun.text)
    if noun.pos_ == "PRON" or word in lex.never:
        return None
    priced = _price_of(noun)
    if priced is not None:
        return priced
    people = noun.tag_ == "NNPS" or noun.ent_type_ == "NORP"  # "the number of Tajiks"
    listed = word in lex.stock | lex.event | lex.casualty
    if not people and noun.tag_ not in _NOUN_TAGS and not listed:
        return None  # a proper name; "[a]rrests" the parse took for one is let through
    measure = _bare_measure(noun)
    if measure.outcome in lex.journeys:
        # "put the number of Tunisians who went to fight in Syria at 3,000": where and what for
        measure.text = _with_journey(measure.text, noun, measure.nouns)
    return measure


def _compound_counted(container) -> _Measure | None:
    """ "Refugee numbers", "troop numbers": the noun compounded with a container is what it
    counts (a common noun, not "the Taliban tally")."""
    compound = next((c for c in container.lefts if c.dep_ == "compound"), None)
    if compound is None or compound.tag_ not in ("NN", "NNS"):
        return None
    if _clean(compound.text) in statistic_lexicon().never:
        return None
    measure = _Measure(
        "", compound.idx, container.idx + len(container.text), compound, _plural(compound)
    )
    measure.text = _compose(measure)
    return measure


def _plural(tok) -> str:
    word = _clean(tok.text)
    if tok.tag_ == "NNS" or word.endswith("s"):
        return word
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _counted_before(container) -> _Measure | None:
    """ "There was no reliable count of militant dead; commanders put the figure at 2,000": a
    figure with no "of" counts the last thing its sentence counted before it."""
    lex = statistic_lexicon()
    known = lex.stock | lex.event | lex.casualty
    for tok in reversed(list(container.doc[container.sent.start : container.i])):
        if _clean(tok.text) in known and tok.pos_ in ("NOUN", "ADJ"):
            if any(c.dep_ == "nummod" for c in tok.children):
                return None  # "said it killed 100 soldiers, and officials put the number at
                # 140": another telling of a figure read already
            return _bare_measure(tok)
    return None


def _bare_measure(noun) -> _Measure:
    modifiers = [t for t in noun.lefts if t.dep_ in ("compound", "amod")]
    measure = _Measure(
        "",
        min([noun, *modifiers], key=lambda t: t.i).idx,
        noun.idx + len(noun.text),
        noun,
        _noun_text(noun, modifiers),
        _clause_outcome(noun),
        modifiers=modifiers,
    )
    measure.text = _compose(measure)
    measure.text = _with_cause(measure, noun) or measure.text
    # "Attacks on civilians ... rose by about 40 percent": the target names which attacks
    told = _grounds(noun) or _defining_phrase(measure, noun)
    measure.text = " ".join(filter(None, [measure.text, told]))
    measure.qualifier = _hit_by(measure, noun)
    return measure


# words after an arrest noun that say what the arrests were for: at most this many
GROUNDS_WORDS = 7


def _grounds(noun) -> str | None:
    """What arrests were made for or of, told right after the noun ("arrests for travelling to
    conflict zones", "arrests of people returning from the conflict zones", "arrests related
    to jihadist terrorism"): which arrests the figure counts (a report tallies several kinds)."""
    lex = statistic_lexicon()
    if _clean(noun.text) not in lex.grounded_nouns:
        return None
    return _grounds_after(noun, noun.i)


def _grounds_of_arrest(head) -> str | None:
    """ "arrested more than 180 people on charges of jihadist terrorism", "254 people were
    arrested in the EU on suspicion of jihadist terrorism": the grounds told after the people
    the verb of arrest took, or after the verb they are the subject of."""
    grounded = statistic_lexicon().grounded_verbs
    # "650 people detained on terrorism charges": the participle right after them
    participle = _participle_right_after(head)
    if participle is not None and participle.lemma_.lower() in grounded:
        return _grounds_after(participle, participle.i, VERB_GROUNDS_WORDS)
    verb = _governing_verb(head)
    if head.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in grounded:
        return None
    # the parse may hang "on charges" from the people ("convicted 100 people on ... charges")
    on_them = next(
        (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > head.i),
        None,
    )
    if on_them is not None:
        grounds = _short_phrase(list(on_them.subtree), VERB_GROUNDS_WORDS)
    else:
        grounds = _grounds_after(verb, max(head.i, verb.i), VERB_GROUNDS_WORDS)
    # "charged over the attack": the story's one incident, not a kind of charge they count
    if grounds is not None and re.match(r"\w+ (?:the|this|that) ", grounds):
        return None
    return grounds


_GROUNDS_PREPS = frozenset({"for", "of", "over", "on"})
# grounds told after the verb's object are shorter ("on charges of jihadist terrorism"); a
# longer phrase reads as the story's detail
VERB_GROUNDS_WORDS = 5


def _grounds_after(word, after: int, most: int = GROUNDS_WORDS) -> str | None:
    for child in word.children:
        if child.i <= after:
            continue
        related = child.dep_ == "acl" and child.lower_ in ("related", "linked", "connected")
        if not related and not (child.dep_ == "prep" and child.lower_ in _GROUNDS_PREPS):
            continue
        phrase = _short_phrase(list(child.subtree), most)
        if phrase is not None:
            return phrase
    return None


def _short_phrase(words: list, most: int, least: int = 2) -> str | None:
    """The words up to a stop, when they are short, hold no figure and do not end cut before
    their object ("on suspicion of")."""
    words = _up_to_a_stop(words)
    if len(words) < least or len(words) > most or any(t.like_num for t in words):
        return None
    if words[-1].pos_ in ("ADP", "DET", "CCONJ"):
        return None
    return _words_as_printed(words)


def _words_as_printed(words: list) -> str:
    """The words as the text prints them ("far-left", not "far - left")."""
    doc = words[0].doc
    return _clean(doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)])


def _up_to_a_stop(words: list) -> list:
    """The words up to a comma, a colon, a date or a place phrase ("... in 2015", "in Syria"),
    or a second phrase of the same preposition ("for travelling to conflict zones | for
    terrorist purposes")."""
    out = []
    for t in words:
        if t.is_punct and t.tag_ != "HYPH" and t.text != "-":  # "far-left", "al-Shabaab"
            break
        if t.ent_type_ in ("DATE", "GPE") or t.lower_ in ("in", "since"):
            break
        if out and t.lower_ == out[0].lower_:
            break
        out.append(t)
    return out


def _an_aside_average(doc, start: int) -> bool:
    """The figure at ``start`` is an average told in an aside, between commas ("an average of
    about 12 a month," or "about seven a month,")."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return False
    i = first.start
    opening = next((t for t in reversed(doc[max(0, i - 5) : i]) if t.is_punct), None)
    return opening is not None and opening.text == ","


def _its_average(copy: _Measure, whole: _Measure) -> bool:
    """The copied measure is the rate of the count it was copied from: the same noun and fate,
    with a rate the count has not."""
    same = (copy.nouns, copy.outcome) == (whole.nouns, whole.outcome)
    return same and bool(copy.per) and not whole.per and whole.text.startswith(copy.nouns)


def _same_sentence_before(memory: list[_Known], sentence: Sentence, figure: _Figure, root):
    """The figure earlier in the sentence this one continues: joined to it by a conjunction
    with nothing between but its period ("70 ... in 2019 and 64 ...", "from 141 in 2015 to
    77"), or told in the same clause ("112 people were killed in 2011, 126 in 2012")."""
    doc = root.doc
    # "About 130 fighters remain in Sulu, it estimates, down from about 400 in 2016": the
    # figure a change is told from is the same count, whatever clauses come between
    from_ = root.head if root.dep_ == "pobj" and root.head.lower_ == "from" else None
    changed_from = from_ is not None and from_.head.lower_ in ("down", "up")
    own_rate = _rate(doc, root.i + 1)
    if own_rate is not None and _an_aside_average(doc, figure.start):
        # "counted 478 people kidnapped between January and September, an average of more
        # than 50 a month": the average of the count just told, whatever clauses come between
        told = [k for k in memory if k.sentence == sentence.index and k.figure.start < figure.start]
        if told and not told[-1].measure.per:
            return told[-1]
    for known in reversed(memory):
        if known.sentence != sentence.index or known.figure.start >= figure.start:
            continue
        if changed_from:
            return known
        if known.measure.per and own_rate is None and _an_aside_average(doc, known.figure.start):
            # "143 kidnappings last year, an average of about 12 a month, against 96 in 2021":
            # the figure goes with the count, past the average told aside
            continue
        between = doc.char_span(known.figure.end, figure.start, alignment_mode="contract")
        if between is None:
            return None
        listed = _LISTED_AFTER_PERIOD.fullmatch(between.text) is not None
        if not listed and not any(t.lower_ in _JOINERS for t in between):
            return None
        verbs = [
            t
            for t in between
            if t.pos_ in ("VERB", "AUX")
            and t.lemma_ not in _LINKING
            and t.dep_ != "prep"  # "according to police figures": no clause of its own
            and not listed
        ]
        own_verb, its_verb = _governing_verb(root), _governing_verb(doc[known.anchor])
        same_clause = own_verb.i == its_verb.i
        same_clause = same_clause or figure.kind == known.figure.kind == "percent"
        # "More than 200 Maoists have surrendered ..., and nearly 800 have been arrested": a
        # bare figure that is the subject of a clause joined to the first one's
        joined = own_verb.dep_ == "conj" and own_verb.head.i == its_verb.i
        joined = joined and root.dep_ in ("nsubj", "nsubjpass") and figure.kind == "count"
        # ... with a fate of its own ("have been arrested"), not a move ("have returned": the
        # returnees) nor a state ("are still active")
        fate = _verb_outcome(root) if joined else None
        # "197 health facilities were closed and 390 more were working at reduced capacity":
        # more of the same noun, in a state of their own
        more = joined and fate is None and _more_of_them(root)
        joined = (fate is not None and fate not in statistic_lexicon().flows) or more
        # "counted 24 crew members taken in 2016 and eight in 2019": the parse hangs the second
        # figure on the participle that tells what befell the first one's noun
        described = own_verb.dep_ == "acl" and own_verb.head.i == known.anchor
        return known if not verbs or same_clause or joined or described else None
    return None


def _governing_verb(tok):
    """The verb whose clause a token is in ("including", "following" are prepositions)."""
    node = tok
    for _ in range(6):
        verb = node.pos_ in ("VERB", "AUX") and node.dep_ != "prep"
        if verb or node.head.i == node.i:
            return node
        node = node.head
    return node


# --- is it a statistic? ----------------------------------------------------------------------


def _measure_kind(measure: _Measure) -> str:
    lex = statistic_lexicon()
    words = measure.text.split()
    nouns = measure.nouns.split()
    site = measure.head is not None and _clean(measure.head.text) in lex.military_sites
    if site and (measure.outcome is not None or measure.text != measure.nouns):
        return "territory"  # "100 military outposts captured": places taken, not people
    if measure.outcome in lex.casualty_outcomes:
        return "casualty"
    moved = measure.outcome in lex.flows and measure.outcome not in lex.casualty_outcomes
    moved = moved or words[1:2] == [ARRIVED]  # "people arrived at camp": people moving
    # "people killed", not "people evacuated" (people moving, counted like fighters) nor "people
    # under active investigation" (a state, no harm)
    harmed = measure.outcome is not None or any(w in lex.outcomes for w in words[1:])
    if any(w in lex.casualty for w in nouns) or (
        measure.text.startswith("people ") and not moved and harmed
    ):
        return "casualty"
    head = measure.nouns.split(" and ")[0].split(" of ")[0].split()[-1] if nouns else ""
    if head in lex.online:
        return "online"  # "14 Twitter accounts"
    if measure.nouns in lex.event or head in lex.event or "bombings" in words:
        return "event"
    if head in lex.territory:
        return "territory"
    if head in lex.materiel or head in lex.weights:
        return "materiel"
    if measure.nouns in lex.stock or head in lex.stock:
        return "stock"
    return "other"


_BARE_THAN = re.compile(r"\bthan\s*$", re.I)


def _compared_with(sentence: Sentence, figure: _Figure) -> bool:
    """A figure right after a "than" that is not its own qualifier ("more than 10" is one):
    the thing something else is compared with ("more damage than ten fighters")."""
    return bool(_BARE_THAN.search(sentence.text, 0, max(0, figure.start - sentence.start)))


def _is_statistic(sentence: Sentence, figure: _Figure, measure: _Measure, where: _Setting) -> bool:
    """A total, a standing figure, a share or a rate, not an incident's toll or detail."""
    lex = statistic_lexicon()
    if figure.kind == "vague":  # "hundreds of accounts", "dozens of teenagers": no figure stated
        return False
    if _compared_with(sentence, figure):
        return False  # "does more damage than ten fighters with rifles": no count of anything
    if figure.details.get("ordinal"):
        return True  # "the third suicide bombing in a year": its measure read the stretch
    if figure.kind == "money":  # "losses exceeding $180 million", "$2 million a month"
        nouns = measure.nouns
        return (
            measure.per is not None
            or nouns in lex.money_nouns
            or nouns.split()[-1] in lex.money_nouns
            # "funds pledged for the force", "funds committed to the corridor", "value of
            # rare earth compounds"
            or re.split(r" (?:for|to|of) ", nouns)[0] in lex.money_nouns
            or _valued(where.anchor)
        )
    if measure.outcome == SHOWN:  # "the Sahel set shows about 60 fighters": a branch's strength
        return (figure.quantity.best() or figure.quantity.max or 0) >= lex.shown_minimum
    if figure.kind == "percent":  # "Shia Muslims make up 15 to 20 percent of the population"
        return True
    if _size_of_a_place(measure.head) and figure.kind != "fraction":
        return False  # "Tunisia, with a population of about 11 million": a demographic aside
    if figure.kind == "fraction" or measure.per:
        return True
    kind = _measure_kind(measure)
    scope, anchor = where.scope, where.anchor
    value = figure.quantity.best() or figure.quantity.max or 0
    if value >= lex.set_minimum and _one_of_a_set(sentence, figure):
        return True  # "is one of 40 Houthi leaders on a wanted list": the set's size
    if measure.outcome in lex.verdicts and value >= 2 and figure.kind == "count":
        return True  # "a court sentenced 38 men to death": a verdict's count
    if measure.outcome == "executed" and value >= 2 and _executed_by_a_state(anchor):
        return True  # "Jordan hanged two Iraqi jihadists at dawn": a verdict carried out
    cumulative = _cue_in(sentence, scope, lex.cumulative) or _period_in(sentence, scope)
    if value >= lex.stretch_minimum:  # "400 people wounded in the fighting"
        cumulative = cumulative or _cue_in(sentence, scope, lex.stretch)
        # "480 militants had been neutralised since Wednesday": a tally of days running on,
        # of those it happened to (not what raids did: "struck ... since Sunday, killing 20")
        fell = anchor.dep_ in ("nsubj", "nsubjpass") and measure.outcome not in ARREST_OUTCOMES
        cumulative = cumulative or (fell and _tallied_since_days_before(sentence, scope))
    cumulative = cumulative or (where.context and kind != "other")
    cumulative = cumulative or bool(figure.details.get("running_total"))  # "bringing the total"
    estimated = cumulative or _cue_in(sentence, scope, lex.estimate)
    own = _own(_governing_verb(anchor), anchor)  # not "the attack" of a clause it hangs from
    incident = _incident_in(sentence, own, anchor, kind, value)
    if _for_hours(_governing_verb(anchor)):
        return False  # "the gunmen held some 2,000 travellers for several hours": one incident
    vague = figure.kind == "vague"
    if _still_held(anchor, measure) and not vague:
        return True  # "the Abu Sayyaf is still holding at least five captives": who is held
    held_now = measure.outcome == "held" and _holds_now(_governing_verb(anchor))
    if held_now and value >= 1000 and not incident:
        return True  # "The SDF holds roughly 10,000 men accused of fighting for the group"
    if measure.outcome == "freed" and _let_go_by_captors(sentence, anchor, scope):
        return True  # "Kidnappers freed 279 schoolgirls on Tuesday": no event records them
    housed = figure.kind == "count" and measure.head is not None
    if housed and value >= 10 and _place_housing(measure.head) is not None:
        return True  # "The camp housed about 850 people" (before the attack): a place's people
    if measure.outcome in lex.flows and _told_with_its_parts(anchor):
        return True  # "94 civilians, 43 women and 20 children among them, were brought out"
    if kind == "casualty":  # a toll of thousands told by a source is no one incident's
        if figure.details.get("running_total"):
            return True  # "bringing the number detained since the bombing to 73": a tally
        if measure.outcome in lex.unrecorded_tolls and not _taken_people(measure):
            return True  # "at least 70 people were still missing": no event field holds it
        part = where.context and value >= 10 and _part_of_them(sentence, figure)
        if part and not _told_on_a_day(sentence, scope):
            return True  # "685 ... were killed in those 10 months. October was the worst
            # month, when 62 of them died": a part of a tally, counted over its stretch
        verb = _governing_verb(anchor)
        since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
        if since and verb.dep_ == "advcl":
            return False  # "have left since gunmen shot dead three colleagues": the start
        # "the insurgency has killed 30,000 people": the conflict's victims are its verb's
        # own object (not "the government began mourning for the 20 people killed")
        done_to = where.anchor.dep_ != "pobj"
        cumulative = cumulative or (done_to and _aggregate_doer(verb)) or _since_clause(verb)
        # "Britain lost 104 soldiers in Sangin": a country's losses, over its campaign there
        cumulative = cumulative or (done_to and _lost_by_a_country(verb))
        # "carried out 196 missions ... The operations killed 44 militants": the acts a
        # statistic just before counted, named again, sum their toll
        cumulative = cumulative or (where.context and _acts_named_again(verb))
        cumulative = cumulative or _told_of_a_struggle(verb)
        # "the observatory counted 37 candidates killed during the campaign": a monitor's tally
        # over a stretch (not "police counted 12 bodies at the scene", one incident)
        cumulative = cumulative or (_counted_by_its_teller(anchor) and _over_a_stretch(anchor))
        if "displaced" in (measure.outcome, measure.nouns) and value >= 1000:
            return not incident  # "30,000 people are still displaced": a standing figure
        if measure.outcome in lex.flows and value >= lex.freed_minimum:
            return not incident  # "346 hostages were freed during the operation"
        if _holds_now(verb) and value >= 1000:
            return not incident  # "Roj holds about 2,600 people": a standing figure
        told = estimated or where.source is not None  # "2,500 arrested, the minister said"
        return (cumulative or (told and value >= 1000)) and not incident
    if kind == "other" and value >= 10 and _in_custody(anchor):
        return True  # "at least 76 people were in custody in connection with the attacks"
    if incident or (kind == "event" and not cumulative and _means_of_a_toll(anchor)):
        return False  # "five fighters were killed in 73 strikes": the strikes' detail
    if where.context and value >= 10 and _part_of_them(sentence, figure):
        return True  # "... live in the camp, and more than 10,000 of them are foreigners"
    if _told_as_the_number(anchor):
        return True  # "the number of districts counted as affected has shrunk from 96 to 70"
    if _arrived(anchor, measure):  # "about 50 gunmen arrived in pickup trucks": an incident
        return value >= 10 and (cumulative or _spanned(sentence, scope))
    if measure.outcome in lex.flows:  # "thousands of Europeans travelled to Syria"
        if measure.nouns.split()[-1:] and measure.nouns.split()[-1] in lex.vehicles:
            return False  # "a convoy of about 200 vehicles was travelling": the incident's
        # not "Of the 276 schoolgirls abducted ..., 21 were freed": a part of a count told before
        own_noun = measure.head is not None and measure.start >= figure.start
        if measure.outcome in ("freed", "rescued") and own_noun and not cumulative:
            # "Troops freed 60 of the captives on Thursday": the operation's own detail
            return value >= lex.freed_minimum
        return value >= 10 or vague
    if measure.outcome in lex.deployments and value >= lex.deployment_minimum:
        return True  # "about 300 officers had been deployed in the quarter"
    committed = measure.outcome == "pledged" and _committed_force(anchor)
    if committed and value >= lex.deployment_minimum:
        return True  # "Kenya has pledged 1,000 police officers to the mission": its strength
    if _a_force_at_work(measure) and value >= lex.deployment_minimum:
        return True  # "about 5,000 police officers took part in dawn raids": a force's size
    if kind == "other":  # "hundreds of people sheltered": a figure only if a source counts
        if _share_beside(anchor) and value >= 10:
            return True  # "16 million Yemenis, more than 60 percent of the population"
        if _sizes_a_body(measure.head):
            return value >= 10  # "a small group, maybe 40 men": the group's strength
        if measure.head is not None and _residents(measure.head):
            return value >= lex.residents_minimum
        if measure.outcome == "hosted":
            return value >= lex.residents_minimum  # "Lebanon hosts 1 million refugees"
        if measure.nouns in lex.voters.values():
            return value >= lex.residents_minimum  # "93.4 million Nigerians are registered"
        # "France has about 600 citizens fighting with jihadist groups, according to
        # government figures": what a source says they are doing says what they are counted for
        doing = where.source is not None and _doing(measure.head or anchor)
        if measure.outcome is None and _generic_people(measure) and not estimated and not doing:
            # "52 people", "the 28 nationals": counted for what? Unless the sentence says what
            # they are ("about 3,000 people under active investigation") of a standing number
            return measure.text != _compose(measure) and value >= lex.sourced_minimum
        if value >= lex.sourced_minimum and where.source is not None and not vague:
            return True  # "the bureau said it had received more than 1,000 tips"
        return value >= 10 and (estimated or _cue_in(sentence, scope, lex.totals))
    if kind == "territory" and measure.outcome is None and where.actor is None and not (
        where.source is not None and _counted_by_its_teller(anchor)
    ):
        return False  # "the 14 districts hit by the quake"
    # "Since the war began in 2015 the Houthis have fired 226 ballistic missiles": a tally
    counted_since = _since_clause(_governing_verb(anchor))
    cumulative = cumulative or counted_since
    if kind == "materiel" and not cumulative and _spent(anchor):
        return False  # "fired 3,000 rounds": how an incident was fought
    if kind == "event" and not cumulative and _aimed_once(anchor):
        return False  # "carried out 25 strikes on the town": an incident's detail
    if kind == "materiel" and _weighed(measure):
        return True  # "seized 1.8 tonnes of cocaine": a weight of goods is no small count
    if kind in ("stock", "materiel"):  # "50 crew members", "37 rifles": whose? says who?
        known = where.actor is not None or where.source is not None or estimated
        return (
            (value >= 100 and not vague)
            or (value >= 10 and known)
            or (known and _cue_in(sentence, scope, lex.totals))
        )
    if value >= 10 or vague:
        return True
    # a few acts: the sentence must say it is a total ("so far", "this year"), or count them
    # over a month ("one of six mass kidnappings in northern Nigeria this month")
    everywhere = set(range(sentence.span.start, sentence.span.end))
    in_a_month = kind == "event" and any(
        words.root.i in scope and span.precision == "month" for _, _, span, words in sentence.dates
    )
    told = _cue_in(sentence, scope, lex.cumulative) or _cue_in(sentence, everywhere, lex.totals)
    # "has secured three convictions since it was created in 2010": a tally from a time a
    # clause tells
    told = told or (kind == "event" and counted_since)
    # "al-Naba claimed seven attacks in the previous week": claims counted over a stretch
    claimed = kind == "event" and _governing_verb(anchor).lemma_.lower() in lex.tally_verbs
    claimed = claimed and any(
        span.start and span.start != span.end for _, _, span, _ in sentence.dates
    )
    return told or in_a_month or claimed


_ONE_OF = re.compile(r"\bone of\s*$", re.I)


def _one_of_a_set(sentence: Sentence, figure: _Figure) -> bool:
    """ "He was one of 19 bandit leaders for whom the military offered a reward": the figure
    counts the set someone is told to belong to."""
    return _ONE_OF.search(sentence.text[: figure.start - sentence.start]) is not None


def _weighed(measure: _Measure) -> bool:
    """ "1.8 tonnes of cocaine", "2,800 kilograms of hashish": goods counted by their weight."""
    head = measure.head
    return head is not None and _clean(head.text) in statistic_lexicon().weights


def _over_a_stretch(anchor) -> bool:
    """What befell the counted told over a stretch: "killed during the campaign", "killed
    between the start of the campaigns and the vote"."""
    for participle in (c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in (c for c in participle.children if c.dep_ == "prep"):
            if prep.lower_ == "between" or (
                prep.lower_ in ("during", "throughout", "over", "since")
                and any(o.lemma_.lower() in statistic_lexicon().stretch_nouns for o in prep.children)
            ):
                return True
    return False


def _counted_by_its_teller(anchor) -> bool:
    """ "The project counts 26 towns under blockade": places a source's own verb of counting
    takes as its object."""
    verb = _governing_verb(anchor)
    counts = verb.lemma_.lower() in statistic_lexicon().counting_verbs
    return counts and any(c.dep_ == "nsubj" for c in verb.children)


def _for_hours(verb) -> bool:
    """What was done "for several hours", "for 40 minutes": the length of one incident."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for" and obj.lemma_.lower() in ("hour", "minute")
        for prep in verb.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _still_held(anchor, measure: _Measure) -> bool:
    """ "is still holding at least five captives", "nine servicemen are still thought to be held
    by the Islamic State", "53 of its staff are now held": people a group still holds are a
    standing figure, however few (not the abduction's own count, which its event records)."""
    if measure.outcome != "held" or anchor is None:
        return False
    verb = _governing_verb(anchor)
    return any(
        c.dep_ == "advmod" and c.lower_ in ("still", "now")
        for node in (verb, verb.head)
        for c in node.children
    )


def _a_force_at_work(measure: _Measure) -> bool:
    """State forces counted with nothing done to them ("More than 700 police officers and
    soldiers hunted him", "about 1,000 commandos were flown in"): the size of the force put
    to the task."""
    if measure.outcome is not None or measure.head is None:
        return False
    forces = statistic_lexicon().force_people
    words = [_clean(t.text) for t in (measure.head, *measure.head.conjuncts)]
    return all(w in forces for w in words)


def _share_beside(anchor) -> bool:
    """ "Nearly 16 million Yemenis, more than 60 percent of the population, need aid": a count
    put in apposition to its share of a whole is a part of a counted population, a statistic
    whatever its clause does."""
    if anchor is None or anchor.dep_ in ("dobj", "pobj"):
        return False  # "shot 12 passengers, half of those on the bus": an incident's victims
    restated = any(c.dep_ == "cc" and c.lower_ == "or" for c in anchor.children)
    return any(
        (child.dep_ == "appos" or (restated and child.dep_ == "conj"))  # ", or 45 percent"
        and (
            child.lower_ in statistic_lexicon().share_words
            or child.lower_.endswith("%")
            or _one_in_so_many(child)
        )
        for child in anchor.children
    )


def _one_in_so_many(token) -> bool:
    """ "38 health centres, about one in six, are closed": a share told as one in so many."""
    return token.like_num and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.like_num for g in c.children)
        for c in token.children
    )


# "10,000 of them", "among them about 2,000": a part of a whole the sentence has counted
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
_AMONG_THEM_BEFORE = re.compile(r"\b(?:among|of)\s+(?:them|whom|those)\s*,?\s*$", re.I)


def _told_on_a_day(sentence: Sentence, scope: set[int]) -> bool:
    """The figure's words are dated to a day ("when 12 of them died on Monday")."""
    return any(
        words.root.i in scope and span.precision == "day" and not is_period(span)
        for _, _, span, words in sentence.dates
    )


def _part_of_them(sentence: Sentence, figure: _Figure) -> bool:
    """The figure is told as a part of a whole counted just before ("more than 10,000 of them
    are foreigners", "among them about 2,000 foreigners"): a figure of the same standing."""
    end, start = figure.end - sentence.start, figure.start - sentence.start
    text = sentence.text
    return bool(_OF_THEM_AFTER.match(text, end) or _AMONG_THEM_BEFORE.search(text[:start]))


def _held_as_captives(verb) -> bool:
    """ "54 journalists held hostage": "hold" with a bare "hostage" or "captive" after it says
    what its subject is held as, not what it holds ("militants held hostages")."""
    if verb.lemma_.lower() != "hold":
        return False
    held = statistic_lexicon().held_people  # "hostages", "captives": here their singular
    return any(
        c.dep_ in ("dobj", "oprd", "attr")
        and f"{c.lower_}s" in held
        and not any(d.dep_ == "det" for d in c.children)
        for c in verb.children
    )


def _told_with_its_parts(anchor) -> bool:
    """A count of people told with the counts of its parts ("94 civilians, 43 women and 20
    children among them", "240 civilians, including 80 women and 95 children"), or one of
    those parts: a breakdown a source gives, not an incident's detail."""
    whole = anchor
    while whole.dep_ in ("conj", "appos") and whole.head.pos_ == "NOUN":
        whole = whole.head  # a part listed after the whole
    if whole.i == anchor.i and anchor.dep_ == "pobj" and anchor.head.lower_ == "including":
        whole = anchor.head.head  # "..., including 80 women": the part the phrase names
    parts = [t for t in whole.subtree if t.i != whole.i and t.pos_ == "NOUN" and _counted(t)]
    marked = any(
        (t.lower_ == "among" and any(c.lower_ in ("them", "whom") for c in t.children))
        or t.lower_ == "including"
        for t in whole.subtree
    )
    return bool(parts) and marked and _counted(whole)


def _told_as_the_number(anchor) -> bool:
    """The figure is what "the number of ..." (or "the total of ...") amounts to: the subject
    of its clause names it a count (or the count a verb brings to it), so it is a standing
    figure whatever it counts."""
    nouns = statistic_lexicon().number_nouns
    verb = _governing_verb(anchor)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "the number of districts the ministry counts as affected", misread: "counts" the subject
    subjects += [g for c in subjects if c.lemma_.lower() == "count" for g in c.children]
    # "bringing the number of U.N. staff held by the movement to 17": the count's new size
    # (the parse may hang "to 17" inside the counted's own phrase)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "to":
        totting = statistic_lexicon().totting
        bringer = next((a for a in anchor.head.ancestors if a.pos_ == "VERB"), None)
        while bringer is not None and bringer.dep_ == "acl" and bringer.lemma_ not in totting:
            bringer = next((a for a in bringer.ancestors if a.pos_ == "VERB"), None)
        if bringer is not None and bringer.lemma_.lower() in totting:
            subjects += [c for c in bringer.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and c.lemma_.lower() in nouns
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in subjects
    )


def _size_of_a_place(head) -> bool:
    """A place's people told as a description of the place ("Tunisia, with a population of
    about 11 million", "Indonesia's population of 270 million", "a city of a million people"),
    not a population the sentence is about ("Sirte had a population of 80,000 before the
    war", "the Christian population has shrunk to 250,000")."""
    lex = statistic_lexicon()
    if head is None:
        return False
    if head.lemma_.lower() == "population":
        if head.dep_ == "pobj" and head.head.lower_ == "with":
            return _a_place(head.head.head)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return head.dep_ == "pobj" and owner is not None and (_a_place(owner) or _named(owner))
    if _clean(head.text) not in lex.generic_people or head.dep_ != "pobj":
        return False
    of = head.head
    return (
        of.lower_ == "of"
        and _a_place(of.head)
        and not any(c.dep_ in ("relcl", "acl") for c in head.children)
    )


def _named(owner) -> bool:
    """A proper name owning a population, which the tagger may take for an organisation
    ("Burkina Faso's population"): any name but a group's, a person's or a people's."""
    return owner.pos_ == "PROPN" and owner.ent_type_ not in (GROUP_LABEL, "PERSON", "NORP")


def _a_place(tok) -> bool:
    """A named place, or a noun of places ("a former tribal agency")."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in statistic_lexicon().place_nouns


def _valued(anchor) -> bool:
    """ "seized weapons worth $3 million": a sum that is the value of what was seized, frozen
    or stolen, or of goods that are trafficked (not "a car worth $30,000")."""
    worth = next((t for t in (anchor.head, anchor.head.head) if t.lower_ == "worth"), None)
    if worth is None or worth.head.pos_ != "NOUN":
        return False
    if _goods_worth(worth) is not None:
        return True  # "90 sacks of cocaine worth about $60 million"
    return _governing_verb(worth.head).lemma_.lower() in statistic_lexicon().money_verbs


def _valued_by_the_verb(verb) -> _Measure | None:
    """ "China imported about 41,700 tonnes of rare earth compounds ..., worth about $1.4
    billion": the goods the verb's object counts by weight or in parts, valued."""
    lex = statistic_lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if _clean(obj.text) not in lex.partitives | lex.weights or what is None:
        return None  # "controls assets worth more than $50 million": the assets' own sum
    outcome = lex.outcomes.get(verb.lemma_.lower())
    nouns = f"value of {_goods_words(what)}"
    return _Measure("", obj.idx, obj.idx + len(obj.text), obj, nouns, outcome)


def _goods_worth(worth):
    """The goods a "worth" values: those of its noun, or of the noun right before it, which
    the parse may join to an earlier one ("a speedboat and 90 sacks of cocaine worth ...")."""
    before = worth.doc[worth.i - 1] if worth.i > 0 else worth
    nouns = [before] if before.pos_ == "NOUN" and before.i != worth.head.i else []
    for noun in [worth.head, *nouns]:
        goods = _goods(noun)
        if goods is not None:
            return goods
    return None


def _goods(noun):
    """The trafficked goods a noun names, itself or by what its "of" holds: "cocaine",
    "5.8 tonnes of the bloc's cocaine", "90 sacks of cocaine"."""
    if statistic_lexicon().weighed_goods_words.fullmatch(_clean(noun.text)):
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if what is not None and statistic_lexicon().weighed_goods_words.fullmatch(_clean(what.text)):
        return what
    return None


def _spent(anchor) -> bool:
    """ "fired 3,000 rounds", "rockets launched at the town": weapons used up."""
    verb = _governing_verb(anchor)
    return verb.lemma_.lower() in statistic_lexicon().spent


def _aimed_once(anchor) -> bool:
    """ "carried out 25 strikes on the town" (not "has carried out 300 strikes on its
    positions", a total the perfect tells): acts aimed at one target, told as one bout."""
    target = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in anchor.children)
    verb = _governing_verb(anchor)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # "the tracker counted 41 attacks on army bases": a source's tally, not one bout
    counted = verb.lemma_.lower() in statistic_lexicon().counting_verbs
    # "carried out 758 operations against Israel between October 2023 and the truce": acts
    # told over a stretch, however its end is named
    stretched = any(c.dep_ == "prep" and c.lower_ in _STRETCH_PREPS for c in verb.children)
    return target and not perfect and not counted and not stretched and verb.pos_ == "VERB"


_STRETCH_PREPS = frozenset({"between", "since", "throughout"})


def _means_of_a_toll(anchor) -> bool:
    """ "were killed in 73 strikes": the acts an incident's toll was taken in."""
    lex = statistic_lexicon()
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "during", "by"):
        return False
    verb = anchor.head.head
    outcome = lex.outcomes.get(verb.lemma_.lower()) or lex.outcomes.get(verb.lower_)
    return outcome in lex.casualty_outcomes


def _sizes_a_body(head) -> bool:
    """ "X is a small group, maybe 40 men", "it has a force of 500 men": people who make up
    a group that a copula or "have" describes (not "a group of 12 men stormed the hotel")."""
    lex = statistic_lexicon()
    if head is None or _clean(head.text) not in lex.generic_people:
        return False
    if any(c.dep_ in ("relcl", "acl") for c in head.children):
        return False  # "a group of 20 people who gathered": what they did, not a strength
    if head.dep_ == "appos":
        body = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        body = head.head.head
    else:
        return False
    if body.lemma_.lower() not in lex.bodies or body.dep_ not in ("attr", "dobj"):
        return False
    return body.head.lemma_.lower() in ("be", "have", "remain", "number")


def _generic_people(measure: _Measure) -> bool:
    head = measure.head
    if head is not None and head.ent_type_ == "NORP":
        return True  # "five million Salvadorans"
    return measure.nouns.split()[-1] in statistic_lexicon().generic_people


def _cue_in(sentence: Sentence, scope: set[int], pattern: re.Pattern) -> bool:
    doc = sentence.span.doc
    for m in pattern.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(s < end and start < e and _short(span) for s, e, span, _ in sentence.dates):
            continue  # "since Friday", "between Wednesday and Saturday": an incident's days
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None and _ranks_a_superlative(words):
            continue  # "in the deadliest of the raids so far": a rank, not a running total
        if words is not None and any(t.i in scope for t in words):
            return True
    return False


def _ranks_a_superlative(words) -> bool:
    """The cue ends a superlative's phrase ("the deadliest of the raids so far", "the largest
    seizure to date"): it says how the one thing ranks, not that a figure is a total."""
    doc = words.doc
    before = doc[max(0, words.start - _SUPERLATIVE_REACH) : words.start]
    return any(t.tag_ in ("JJS", "RBS") for t in before) and not any(
        t.pos_ in ("VERB", "AUX") or t.like_num for t in before
    )


# how many words a superlative may stand before the cue that ends its phrase
_SUPERLATIVE_REACH = 5


def _period_in(sentence: Sentence, scope: set[int]) -> bool:
    return any(
        words.root.i in scope and (is_period(span) or span.precision == "year") and not _short(span)
        for _, _, span, words in sentence.dates
    )


def _arrived(anchor, measure: _Measure) -> bool:
    """The counted are the subject of a verb of arriving ("100 families, or about 400 people,
    had arrived") and no outcome is told of them."""
    subject = anchor
    while subject.dep_ in ("appos", "conj") and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    return (
        measure.outcome is None
        and subject.dep_ == "nsubj"
        and verb.lemma_.lower() in statistic_lexicon().arrival_verbs
    )


def _arrival_told(measure: _Measure, head) -> str | None:
    """ "More than 40,000 people have arrived at the al-Hol camp since December": people told
    by no word of their own but their arriving are counted as arrived, with the kind of place
    they came to (not a name: "arrived in Turkey" says only that they arrived)."""
    if measure.outcome is not None or not _arrived(head, measure):
        return None
    verb = head.head
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")), None)
    place = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if place is None or place.pos_ != "NOUN":
        return ARRIVED
    return f"{ARRIVED} {at.lower_} {_clean(place.text)}"


ARRIVED = "arrived"


def _spanned(sentence: Sentence, scope: set[int]) -> bool:
    """A stated period, however short: arrivals "since Wednesday" or "over the past week" are
    a tally of days, not one incident's detail ("overnight" is one night's)."""
    return any(
        words.root.i in scope and (is_period(span) or _days_long(span) >= 2)
        for _, _, span, words in sentence.dates
    )


def _days_long(span: DateSpan) -> int:
    if not span.start or not span.end:
        return 0
    return (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days


def _tallied_since_days_before(sentence: Sentence, scope: set[int]) -> bool:
    """ "since Friday", "since Oct. 9": a stretch that runs from a day at least two days back
    up to the story, over which what the clause counts was totted up."""
    return any(
        words.root.i in scope
        and (span.text or "").lower().startswith("since")
        and _days_long(span) >= 2
        for _, _, span, words in sentence.dates
    )


def _short(span: DateSpan) -> bool:
    """A week or less: the days of an incident, not a period statistics are totted up over."""
    if not span.start or not span.end:
        return False
    days = (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days
    return days <= 7


def _incident_in(sentence: Sentence, scope: set[int], anchor, kind: str, value: float) -> bool:
    """One incident is told with the count: "the attack on Thursday night killed 84 people",
    "a supporter killed more than 80 people last year", "100 gunmen raided the town"."""
    lex = statistic_lexicon()
    doc = sentence.span.doc
    verb = _governing_verb(anchor)
    losing = verb.lemma_.lower() in ("lose", "suffer")  # its subject is the loser, not a doer
    # "the project counted 3,600 deaths": a source that counts did none of them
    counting = verb.lemma_.lower() in lex.source_verbs
    # "Burkina Faso had about 1.2 million internally displaced people": who has them did nothing
    having = verb.lemma_.lower() in lex.strength_verbs | lex.hosting
    doer = kind == "casualty" and not (losing or counting or having) and _one_doer(verb)
    doer = doer and not _since_clause(verb)  # "since March, the task force has killed 12"
    # "Densus 88 has arrested more than 200 suspects this year": arrests over a stretch are a
    # unit's tally (a killer's "80 people last year" stays one rampage)
    taken = lex.outcomes.get(verb.lemma_.lower()) in ARREST_OUTCOMES
    doer = doer and not (taken and _period_in(sentence, scope))
    if doer or _attackers(anchor, verb):
        return True
    # "in 2011, when 237 attacks were recorded": acts counted over a time are not one of them
    acts_of_a_time = kind == "event" and verb.head.ent_type_ == "DATE"
    if verb.dep_ == "relcl" and _told_of_one(verb) and not acts_of_a_time:
        return True  # "the attack on September 26, in which 13 persons were killed"
    for _, _, span, words in sentence.dates:
        if kind in ("stock", "online"):
            break  # "lawmakers voted on Monday to expel the 2,500 foreign soldiers"
        day = words.root.i in scope and span.precision == "day" and not is_period(span)
        # "claimed 43 attacks from Jan. 4 to Jan. 10": a tally of claims, not a bout's strikes
        bout = kind == "event" and anchor.lower_ in lex.bout_acts
        bout = bout and verb.lemma_.lower() not in lex.tally_verbs
        day = day or (bout and words.root.i in scope and _days_between(span))
        if day and _tally_since_incident(verb) and _after_since(words):
            continue  # "since the July 1 attack": the day a tally counts from
        if day and _ends_a_stretch(words):
            continue  # "had fled by Friday", "in the week to Friday": a tally's last day
        if day and kind == "other" and _from_a_day_on(words):
            continue  # "From Wednesday, about 1,000 armed police officers were deployed"
        claiming = kind == "event" and verb.lemma_.lower() in lex.tally_verbs
        if day and claiming and words.root.head.i == verb.i:
            continue  # "al-Naba last Thursday claimed seven attacks": the day of the claim
        if day and in_an_opening_with(words.root) and _period_in(sentence, scope):
            continue  # "With Friday's gunfight, 188 have been killed this year": a running total
        if day and not _dates_the_telling(words):
            return True
    for i in scope:
        tok = doc[i]
        if tok.lower_ not in lex.incident_nouns:
            continue
        markers = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if any(c.lower_ in ("such", "all", "some", "many") for c in tok.children):
            continue
        if _campaign_for(tok):
            continue  # "killed in the battle for Kobani": months of fighting, not one incident
        if _what_they_tell_of(anchor, tok):
            continue  # "blocked 100 accounts praising the attack": what the accounts said
        if kind == "event" and _named_as_one_of_them(sentence, tok):
            continue  # "claimed 15 attacks in August, including the bombing of a market"
        if kind == "event" and _one_of(anchor):
            continue  # "The Kuriga abduction was one of six mass kidnappings this month"
        since = tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "following")
        # "more than 2,000 people have fled villages since the raid": flight goes on after it
        fled = lex.outcomes.get(verb.lemma_.lower()) == "displaced"
        # "have arrested more than 1,500 suspected militants since the cafe attack": a round-up
        # that large is a tally over the years since, not the days after
        swept = taken and value >= lex.sourced_minimum
        if since and (kind != "casualty" or fled or swept or _tally_since_incident(verb)):
            continue  # "removed 40,000 posts in the week after the attack": a period's start
        before = tok.dep_ == "pobj" and tok.head.lower_ == "before"
        if before and tok.head.head.lemma_.lower() in lex.spans_before:
            continue  # "listed 13 operations in the week before the blast": a stretch's end
        if tok.dep_ == "pobj" and tok.head.lower_ == "before" and kind == "stock":
            continue  # "the jail held 1,450 inmates before the attack": a standing figure
        if tok.dep_ == "pobj" and tok.head.lower_ == "before" and _period_in(sentence, scope):
            continue  # "killed in clashes between July and October, before Thursday's attack"
        if in_an_opening_with(tok) and _period_in(sentence, scope):
            continue  # "With Friday's attack, 188 have been killed this year": a running total
        during = tok.dep_ == "pobj" and tok.head.lower_ in ("during", "throughout")
        if during and counting:
            continue  # "recorded 309 violent incidents during the strike": a tally of its days
        if markers and (
            tok.tag_ == "NN"
            or any(c.lower_ in ("the", "this", "that", "these") or _day_of(c) for c in markers)
        ):
            return True
    return False


# the outcomes of taking people, which a unit tallies over a stretch
ARREST_OUTCOMES = frozenset({"arrested", "detained"})


# "..., including the bombing of", "among them the suicide bombing at": an example given
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:including|notably|such\s+as|among\s+(?:them|these|those|which))\s*,?\s*$", re.I
)


def _one_of(anchor) -> bool:
    """The figure counts the acts the incident is told to be one of ("one of six mass
    kidnappings"), not a detail of it."""
    noun = anchor if anchor.pos_ == "NOUN" else anchor.head
    of = noun.head if noun.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lower_ == "one"


def _named_as_one_of_them(sentence: Sentence, noun) -> bool:
    """The incident is named as one of the acts counted ("has claimed more than a dozen
    attacks since then, among them the suicide bombing at the Wagah crossing"), not as the
    occasion the figure is a detail of."""
    modifiers = ("det", "compound", "amod", "poss", "nmod")
    first = min([noun, *(c for c in noun.lefts if c.dep_ in modifiers)], key=lambda t: t.i)
    before = sentence.text[: first.left_edge.idx - sentence.start]
    return _EXAMPLE_BEFORE.search(before) is not None


def _days_between(span: DateSpan) -> bool:
    """ "between Sunday and Monday morning", "from Friday to Sunday": a bout of a few days
    whose strikes or raids are its detail, not a tally ("since Saturday" runs on)."""
    words = (span.text or "").lower()
    return words.startswith(("between", "from")) and is_period(span) and _short(span)


def _what_they_tell_of(anchor, incident) -> bool:
    """The incident is the object of a clause that describes the counted things ("more than
    100 accounts praising the attack"), not the incident they were counted in."""
    if anchor is None:
        return False
    return any(
        c.dep_ in ("acl", "relcl") and incident in c.subtree for c in anchor.children
    )


def _campaign_for(noun) -> bool:
    """ "the battle for Kobani", "the fight for Mosul": a struggle for a place, fought over
    weeks or months (not "the battle on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _day_of(possessor) -> bool:
    """ "Saturday's blasts": a possessor that dates the acts tells one incident; "their
    attacks", "the group's bombings" are all of a group's."""
    return possessor.dep_ == "poss" and possessor.ent_type_ in ("DATE", "TIME")


_CITATION_BEFORE = re.compile(r"\breport(?:s|ed)?\b[^.;]{0,40}$", re.I)


def _dates_the_telling(words) -> bool:
    """A day that dates the report or the saying, not what is counted ("the report, released
    on January 4, stated", "reports The Nation on November 5", "the UN said on Monday")."""
    lex = statistic_lexicon()
    if _governing_verb(words.root.head).lemma_.lower() in lex.source_verbs:
        return True
    before = doc_text(words.doc)[max(0, words.start_char - 60) : words.start_char]
    return _CITATION_BEFORE.search(before) is not None


def _attackers(anchor, verb) -> bool:
    """ "100 armed subversives raided the department": the figure counts an incident's
    attackers."""
    lex = statistic_lexicon()
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "comrade Rolando and 100 armed subversives raided"
    subject = anchor.dep_ == "nsubj" and anchor.head.i == verb.i
    return subject and verb.lemma_.lower() in lex.incident_verbs


def _told_of_one(relative) -> bool:
    """A relative clause about one incident or day ("the attack in which", "on September 26,
    in which"); not about many ("405 incidents in which") or a country ("where violence has
    forced two million from their homes")."""
    head = relative.head
    if head.lower_ in statistic_lexicon().incident_nouns and head.tag_ == "NN":
        return True
    if head.lower_ in statistic_lexicon().incident_nouns and _definite_uncounted(head):
        return True  # "the attacks, in which 52 people were killed": the ones the story tells
    opener = relative.doc[relative.left_edge.i : relative.i]
    opens = any(t.lower_ in ("which", "where", "when") for t in opener)
    # "13 attacks ... since January, which have killed more than 250 people": a "which" clause
    # the parse hangs on the start of a stretch tells of the acts counted over it ("since April
    # 2016, when insurgents killed 90 villagers" tells the incident that began it)
    since = head.dep_ == "pobj" and head.head.lower_ == "since"
    misread = since and not any(t.lower_ == "when" for t in opener)
    return opens and head.ent_type_ == "DATE" and not misread and not _dates_a_struggle(head)


def _told_of_a_struggle(verb) -> bool:
    """ "the civil war, in which 200,000 people were killed": a war's toll, counted over its
    years."""
    if _in_a_struggle(verb):
        return True  # "ETA killed more than 800 people in a four-decade campaign"
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    if head.lower_ in statistic_lexicon().long_struggles:
        return True
    return head.ent_type_ == "DATE" and _dates_a_struggle(head)


def _in_a_struggle(verb) -> bool:
    """The toll's verb is told "in", "during" or "over" a war, an insurgency, or a campaign of
    decades or years ("in a four-decade campaign for independence")."""
    struggles = statistic_lexicon().long_struggles
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "over", "throughout"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lower_ in struggles:
                return True
            years = any(re.search(r"(?:decade|year)", c.lower_) for c in noun.children)
            if noun.lemma_.lower() == "campaign" and years:
                return True
    return False


def _dates_a_struggle(date_word) -> bool:
    """ "a civil war in the 1990s in which 200,000 people were killed", "fought a civil war in
    the 1990s in which ...": the clause the parse hangs on the decade tells of the war it
    dates."""
    prep = date_word.head
    if date_word.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    struggles = statistic_lexicon().long_struggles
    owner = prep.head
    waged = owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in struggles for c in owner.children
    )
    return owner.lower_ in struggles or waged


def _definite_uncounted(noun) -> bool:
    """ "the attacks", "Friday's bombings": known ones, not "the 405 incidents" (a count) nor
    "such attacks"."""
    children = list(noun.children)
    if any(c.dep_ == "nummod" or c.lower_ in ("such", "all", "many", "some") for c in children):
        return False
    return any(c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in children)


def _acts_counted_before(memory: list[_Known], sentence: Sentence, anchor) -> bool:
    """The toll's subject names again acts a statistic of this or the sentence before counted."""
    if not _acts_named_again(_governing_verb(anchor)):
        return False
    return any(
        known.stated
        and sentence.index - known.sentence <= 1
        and _measure_kind(known.measure) == "event"
        for known in memory
    )


def _acts_named_again(verb) -> bool:
    """The toll's verb has for subject acts in the plural pointed back at ("The operations",
    "Those attacks", "These strikes")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    pointed = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children)
    return pointed and _clean(subject.text) in statistic_lexicon().event


def _aggregate_doer(verb) -> bool:
    """ "the insurgency has killed", "violence has forced": a conflict's toll."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in statistic_lexicon().aggregate_subjects


def _lost_by_a_country(verb) -> bool:
    """ "Britain lost 104 soldiers in Sangin", "Chad has lost more than 70 soldiers": what a
    country lost is counted over its campaign, not one incident's (which ``_incident_in``
    still tells: "lost 12 soldiers in the ambush")."""
    if verb.lemma_.lower() != "lose":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ == "GPE"


def _tally_since_incident(verb) -> bool:
    """ "Security forces have now killed at least 40 militants since the July 1 attack": a
    running tally counted from an incident ("now", "so far" with the perfect), not a round-up
    of the days after it ("police have arrested 11 people since the attack")."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    running = any(c.dep_ == "advmod" and c.lower_ in ("now", "so far", "altogether") for c in verb.children)
    incidents = statistic_lexicon().incident_nouns
    since = any(
        c.dep_ == "prep" and c.lower_ == "since" and any(d.lower_ in incidents for d in c.children)
        for c in verb.children
    )
    return perfect and running and since


def _ends_a_stretch(words) -> bool:
    """The day is where a tally stops or starts: "had fled to the town by Friday", "fled in the
    week to Friday", "in the three weeks after Nov. 28" (not "attacked on Friday")."""
    prep = words.root.head
    if words.root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in ("by", "until", "till", "before"):
        return True  # "Before Wednesday, 46 rockets had been fired since January"
    before = prep.doc[prep.i - 1].lower_ if prep.i else ""
    stretch = before in ("week", "weeks", "days", "month", "months")
    # "in the three weeks after Nov. 28": the day the stretch counts from
    return stretch and prep.lower_ in ("to", "after", "since", "following")


def _from_a_day_on(words) -> bool:
    """ "From Wednesday, ...": the day a state begins, told with no end."""
    prep = words.root.head
    if words.root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "until") for c in prep.children)


def _after_since(words) -> bool:
    """The date words are inside a phrase opened by "since"."""
    return any(a.dep_ == "prep" and a.lower_ == "since" for a in words.root.ancestors)


def _since_clause(verb) -> bool:
    """ "has killed 30,000 people since it took up arms": a toll counted from a time a clause
    tells, over the years since. The verbs of a pair of tolls share the clause ("82 people have
    been killed and 156 wounded ... since gunmen ambushed a convoy")."""
    pair = [verb, *verb.conjuncts]
    since = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for v in pair
        for c in v.children
    )
    # "Since March 2020, the task force has killed more than a dozen": from a month or a year
    # on (not "arrested 11 people since Friday", a round-up of days)
    since = since or any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(d.dep_ == "pobj" and _month_or_year(d) for d in c.children)
        for c in verb.children
    )
    return since and any(c.dep_ == "aux" and c.lemma_ == "have" for v in pair for c in v.children)


_MONTH_OR_YEAR = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d)",
    re.I,
)


def _month_or_year(date_words) -> bool:
    """A start told as a month or a year ("March 2020", "2016"), not as a day."""
    return _MONTH_OR_YEAR.fullmatch(" ".join(t.text for t in date_words.subtree)) is not None


def _one_doer(verb) -> bool:
    """The subject of the verb is one person or one attack, not a group or a conflict."""
    lex = statistic_lexicon()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ == GROUP_LABEL:
        return False
    if subject.ent_type_ == "PERSON":
        return True
    if subject.tag_ != "NN" or subject.lower_ in lex.aggregate_subjects | lex.container_nouns:
        return False
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("all", "every") for c in subject.children
    )


def _in_source(anchor) -> bool:
    """The figure is in the subject of a verb of finding or saying ("officials at two
    organisations said"): who tells, not what is counted. A verb with a subject of its own
    besides ("80 percent of the material its unit finds online is ...", misparsed) is not
    the figure's."""
    lex = statistic_lexicon()
    for node in [anchor, *anchor.ancestors]:
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in lex.source_verbs:
            passive = any(c.dep_ == "agent" for c in node.head.children)
            if passive and node.lower_ in ("percent", "cent", "%"):
                return False  # "98 percent of it found by its own systems": who found is after
            subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
            return len(subjects) == 1
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _presupposed(sentence: Sentence, figure: _Figure) -> bool:
    """ "voted to expel the 2,500 foreign soldiers": the soldiers are there already."""
    before = sentence.text[: figure.start - sentence.start]
    return bool(re.search(r"\bthe\s+$", before, re.I))


def _question(sentence: Sentence, figure: _Figure) -> bool:
    """The figure is in a question ("Do we really expect a camp with 200 fighters,")."""
    text = sentence.text
    offset = figure.start - sentence.start
    opening = max(text.rfind(q, 0, offset) for q in ('"', "“"))
    closing = [i for i in (text.find(q, offset) for q in ('"', "”", "?")) if i >= 0]
    segment = text[opening + 1 : min(closing) + 1 if closing else len(text)]
    return segment.rstrip(' ,"”').endswith("?") or bool(_QUESTION_OPENING.match(segment))


_QUESTION_OPENING = re.compile(
    r"\W*(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|how many|why|what)\s+"
    r"(?:we|you|they|i|he|she|it|there|the|anyone)\b",
    re.I,
)


def _hypothetical(anchor, kind: str = "count") -> bool:
    """A plan, a wish, a threat, a condition or a denial, not a stated figure."""
    lex = statistic_lexicon()
    for node in [anchor, *anchor.ancestors]:
        if node.dep_ == "relcl" and node is not anchor and _relative_fact(node):
            break  # "could be absorbed by gangs, which kidnapped 2,000": the clause states a fact
        if _told_as_a_past_cause(node):
            break  # "had promised to speed up executions after a truck bomb killed 300 people"
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ == "NOUN":
            break  # "could no longer guarantee the security of the prisons holding 12,000"
        if node.pos_ in ("VERB", "AUX") and (_at_large(node) or _refuge_sought(node)):
            break  # "seven more suspects were still being sought", "sought refuge": no wish
        scheduled = node.lower_ in lex.scheduled and node.dep_ in ("acomp", "ROOT", "ccomp", "conj")
        planned = next((c for c in node.children if c.dep_ == "xcomp"), None) if scheduled else None
        if planned is not None and not _force_moved(planned, anchor):
            return True  # "is due to fall to 1,500", "is set to send 3,000 troops"
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            modal = child.dep_ in ("aux", "auxpass") and child.lower_ in _FRAME_MODALS
            # "can field between 12,000 and 14,000 fighters": a strength, not a possibility
            capacity = child.lower_ in ("can", "ca") and node.lemma_.lower() in lex.capacity_verbs
            # "some 8.7 million people will need help this year": the need an agency projects
            need = child.lower_ == "will" and _needed_by_subject(node) is not None
            # "said the government would offer a reward of up to 300 million pesos": a reward
            # announced is offered
            need = need or (kind == "money" and lex.money_verbs.get(node.lemma_.lower()) == REWARD)
            # "the U.N. estimates that repairing basic services will cost more than $1 billion":
            # a cost a source estimates is a stated figure, not a plan
            need = need or (kind == "money" and _estimated_cost(node, child))
            settled = need or _deployment_announced(node, child) or _no_longer_possible(node, child)
            if modal and not capacity and not settled:
                return True
            maybe = child.dep_ == "aux" and child.lower_ in ("could", "may", "might")
            if maybe and _hedged_estimate(node):
                break  # "estimates that up to 78,000 civilians may still be living there"
            if maybe and node.lemma_.lower() not in lex.capacity_verbs:
                return True  # "attacks could force thousands more from their homes"
            if maybe and _conditioned(node):
                return True  # "may deploy up to 2,000 troops if the protests continue"
            if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                return True
            denied = child.dep_ == "neg" and node.lemma_.lower() not in lex.source_verbs
            denied = denied and not _a_state_they_are_not_in(node)
            if denied and kind != "percent":  # "55 percent do not have electricity"
                return True
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lex.denials:
            return True  # "officials denied that 500 people had been arrested"
        if _judged(node):
            break  # "of whom 1,800 are considered dangerous": how a source classes them
        offered = kind == "money" and (
            node.lemma_.lower() in lex.money_verbs or _ransom_asked(node) is not None
        )
        # "Kenya has pledged 1,000 police officers to the mission": a force committed
        offered = offered or (node.lemma_.lower() == "pledge" and _committed_force(anchor))
        offered = offered or (node.lemma_.lower() == "order" and _force_sent(node, anchor))
        # "ordered the blocking of 6,096 web addresses": a takedown ordered is one done
        offered = offered or (node.lemma_.lower() == "order" and _act_on_things(anchor) is not None)
        # "had called a government hotline", "was wanted in 100 cases": no call for, no wish
        no_wish = offered or _called_up(node) or _wanted_by_police(node)
        no_wish = no_wish or _done_to_them(node, anchor)
        if node.lemma_.lower() in lex.hypothetical and node is not anchor and not no_wish:
            return True  # "offered $5 million" states a sum; "plans to spend" does not
        if node.lemma_.lower() in lex.source_verbs:
            break  # what a source says is stated, whatever the source's own tense
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # "... will cost $100 billion, and 2.9 million Iraqis are still displaced"
    return False


def _no_longer_possible(verb, modal) -> bool:
    """ "three-fourths of the roads can no longer be used": what cannot be done any more is
    the state the counted are in now, not a possibility."""
    return modal.lower_ in ("can", "ca", "could") and _no_longer(verb)


def _no_longer(verb) -> bool:
    """ "can no longer be used", "is no longer run": the verb is told with "no longer"."""
    longer = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "longer"), None)
    return longer is not None and any(c.lower_ == "no" for c in (*longer.children, *verb.children))


def _a_state_they_are_not_in(verb) -> bool:
    """ "3 million children are not in school": a copula denied before a place or a state
    tells where the counted are not, which is what they are counted for, not a denial."""
    if verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "prep" and c.i > verb.i for c in verb.children)


def _done_to_them(verb, anchor) -> bool:
    """The counted are the subject of a passive that tells what befell them ("about 20 of the
    teachers have been threatened", "800 families were ordered to leave"), not of a threat or
    an order still to be carried out."""
    lex = statistic_lexicon()
    if verb.lemma_.lower() not in lex.done_to_passives:
        return False
    if _clean(anchor.text) in lex.force_people:
        return False  # "ordered 300 police officers to search the forest": the force's task
    # ... or of the active verb's own object ("the army ordered about 800 families to leave",
    # not "threatened to kill 20 teachers", whose object is the threat's)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    role = "nsubjpass" if passive else "dobj"
    them = next((c for c in verb.children if c.dep_ == role), None)
    return them is not None and them.left_edge.i <= anchor.i <= them.right_edge.i


def _committed_force(anchor) -> bool:
    """The counted are a force's people, the object of the pledge ("pledged 1,000 police
    officers"), not what a group pledges to do."""
    return anchor.dep_ == "dobj" and _clean(anchor.text) in statistic_lexicon().force_people


def _in_custody(anchor) -> bool:
    """The counted are told to be in custody ("76 people were in custody", "13 people are
    now in detention"): a running tally of those held, whatever the size."""
    state = _held_state(_governing_verb(anchor)) if anchor.dep_ == "nsubj" else None
    held = statistic_lexicon().held_states.get("in", frozenset())
    return state is not None and state.split()[-1] in held


def _holds_now(verb) -> bool:
    """ "Roj holds about 2,600 people", "the jails hold 5,000 inmates": what a place holds
    as it stands, told in the present."""
    return verb.lemma_.lower() == "hold" and verb.tag_ in ("VBZ", "VBP")


def _force_moved(verb, anchor) -> bool:
    """ "is due to withdraw 2,000 soldiers": a force that stands now, scheduled to leave, is
    part of its strength, not a guess (troops "set to deploy" are not there yet: a plan)."""
    withdrawn = statistic_lexicon().outcomes.get(verb.lemma_.lower()) == "withdrawn"
    return withdrawn and anchor.head.i == verb.i and _committed_force(anchor)


def _force_sent(verb, anchor) -> bool:
    """ "ordered 225 more soldiers onto the streets": a force sent somewhere by the order (not
    "ordered 300 police officers to search the area", what they are to do)."""
    if not _committed_force(anchor) or anchor.head.i != verb.i:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _DESTINATIONS for c in verb.children)


_DESTINATIONS = ("onto", "into", "to", "on")


def _hedged_estimate(verb) -> bool:
    """ "Amnesty has said that as many as 2,000 people may have been killed", "the UN
    estimates that up to 78,000 civilians may still be living in the area": a source's hedged
    figure for what has happened or is so now (a perfect or a progressive), not a possibility
    to come ("could be displaced")."""
    lex = statistic_lexicon()
    done = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    ongoing = verb.tag_ == "VBG"
    told = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.source_verbs
    return (done or ongoing) and told


def _estimated_cost(verb, modal) -> bool:
    """A cost a source estimates or puts: "will cost" in what an estimating verb says."""
    lex = statistic_lexicon()
    if modal.lower_ not in _ANNOUNCED_MODALS or lex.money_verbs.get(verb.lemma_.lower()) != "cost":
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.estimating_verbs


# the modals of an announced decision, not of a capacity ("can") or a refusal ("wo")
_ANNOUNCED_MODALS = frozenset({"will", "would", "'ll"})


def _deployment_announced(verb, modal) -> bool:
    """ "would send about 3,000 more troops", "about 10,000 officers will be deployed": a force
    a government says it is sending is a figure of its strength, not a plan; unless a
    condition hangs on it ("would send 500 more if ...")."""
    return (
        modal.lower_ in _ANNOUNCED_MODALS
        and verb.lemma_.lower() in statistic_lexicon().deployment_verbs
        and not _conditioned(verb)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _judged(verb) -> bool:
    """A passive verb of judging ("are considered", "were deemed"), which classes what a
    source counts rather than planning it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in statistic_lexicon().judged_passives


def _conditioned(verb) -> bool:
    """The verb has a clause of condition ("... if the protests continue")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _relative_fact(relative) -> bool:
    """A relative clause in the past, the perfect or the present, without a modal or a plan of
    its own: what it tells happened or stands, whatever the clause it hangs from plans or
    fears."""
    own = [c for c in relative.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FRAME_MODALS or c.lower_ in ("could", "may", "might") for c in own):
        return False
    # "its imprisoned members, who number about 350", "Operation Barkhane, which has about
    # 5,100 troops", "Mali, where about 1,400 Chadian soldiers serve": how things stand now
    # (not "where companies plan to spend $30 billion")
    standing = relative.tag_ in ("VBP", "VBZ")
    standing = standing and relative.lemma_.lower() not in statistic_lexicon().hypothetical
    return relative.tag_ in ("VBD", "VBN") or standing


def _wanted_by_police(verb) -> bool:
    """ "He was wanted in more than 100 murder cases": sought for them, not wished for."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "want" and passive


def _called_up(verb) -> bool:
    """ "3,000 people had called a government hotline": a call made, not a call for something
    ("called for attacks", "called on Muslims to strike")."""
    if verb.lemma_.lower() != "call" or verb.tag_ not in ("VBD", "VBN"):
        return False
    asks = any(c.dep_ in ("xcomp", "ccomp") or c.lower_ in ("for", "on") for c in verb.children)
    return not asks and any(c.dep_ == "dobj" for c in verb.children)


def _told_as_a_past_cause(clause) -> bool:
    """A past clause telling what a plan or a promise followed ("after a truck bomb killed more
    than 300 people in July"): what it tells happened, whatever the clause it hangs from plans."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    return bool(marks & statistic_lexicon().past_cause_marks)


# --- the clause of a figure ------------------------------------------------------------------


def _scope(anchor, words, through_speech: bool = True) -> set[int]:
    """Token indices of the figure's clause and of the clauses it hangs from (their own
    modifiers, not their other subordinate clauses): where its period, place, group and cues
    are told."""
    verb = _governing_verb(anchor)
    scope = _own(verb, anchor)
    scope.update(t.i for t in words)
    scope |= _shared_period(verb)
    node = verb
    climbs = ("xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep")
    if through_speech:
        climbs = (*climbs, "ccomp")
    while node.dep_ in climbs and node.head.i != node.i:
        parent = node.head
        scope.add(parent.i)
        for child in parent.children:
            if child.i == node.i or child.dep_ in _CLAUSE_DEPS:
                continue
            scope.update(t.i for t in child.subtree)
        node = parent
    return scope


def _own(tok, keep) -> set[int]:
    """``tok`` and its dependents, without the clauses hanging off them that do not hold
    ``keep``."""
    out = {tok.i}
    for child in tok.children:
        holds = child.left_edge.i <= keep.i <= child.right_edge.i
        if not holds and child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            continue
        out |= _own(child, keep)
    return out


def _shared_period(verb) -> set[int]:
    """ "has killed 30,000 people since 2009 and forced two million from their homes", "52
    were killed and scores injured this year": a period told with one of two joined verbs
    is the other's too (its days are not)."""
    out: set[int] = set()
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for other in joined:
        for child in other.children:
            if child.dep_ in ("prep", "npadvmod") and child.i not in (verb.i, other.i):
                words = " ".join(t.lower_ for t in child.subtree)
                lex = statistic_lexicon()
                if lex.cumulative.search(words) or lex.stretch.search(words):
                    out.update(t.i for t in child.subtree)
    return out


# --- period, place, actor, source ------------------------------------------------------------


def _period(ctx: DocContext, sentence: Sentence, scope: set[int], anchor, figure: _Figure):
    """(span, start, end, running total) of the time expression governing the figure; "by
    December 2016" is the month a running total is counted up to."""
    candidates = []
    for start, end, span, words in sentence.dates:
        if words.root.i not in scope:
            continue
        prefix = sentence.text[max(0, start - sentence.start - 12) : start - sentence.start].lower()
        cumulative = _RUNNING_BEFORE.search(prefix) if not is_period(span) else None
        if span.precision == "day" and not is_period(span) and not cumulative:
            continue
        distance = _distance(words.root, anchor)
        gap = doc_text(sentence.span.doc)[figure.end : start]
        if start >= figure.end and (_RIGHT_AFTER.fullmatch(gap) or not gap.strip()):
            distance = -1  # "141 in 2015", "305 till November 2016", "64 this year"
        candidates.append((distance, abs(start - figure.start), start, end, span, cumulative))
    if not candidates:
        return (
            _past_span(ctx, sentence, scope)
            or _since_then(ctx, sentence, scope)
            or _since_clause_period(ctx, sentence, scope)
        )
    _, _, start, end, span, cumulative = min(candidates, key=lambda c: (c[0], c[1]))
    span = DateSpan(span.start, span.end, span.precision, span.text)
    if span.start and span.end and span.start > span.end:
        span.start = _same_year(span.start, span.end)  # "from January 1 to December 8, 2015"
    if cumulative:
        words = sentence.text[
            start - sentence.start - len(cumulative.group()) : end - sentence.start
        ]
        # "by December 2016": a running total, counted up to the end of that month
        span.text = words.strip()
        return span, start - len(cumulative.group()), end, True
    between = _between_then(sentence, start)
    if between is not None:
        span = DateSpan(between.start, span.end, between.precision, span.text)
        return span, start, end, False
    anchor_date = ctx.document.anchor_for(sentence.start)
    if anchor_date is not None and _in_since_clause(sentence, start) and span.start:
        # "since it took up arms in 2009": from then to the day of the article
        since = DateSpan(span.start, anchor_date.isoformat(), span.precision, span.text)
        return since, start, end, False
    if (
        _so_far(sentence, scope)
        and anchor_date is not None
        and span.start
        and span.start <= anchor_date.isoformat() <= (span.end or "")
    ):
        span.end = anchor_date.isoformat()
    return span, start, end, False


_RUNNING_BEFORE = re.compile(r"\b(?:by|as of|through|until|till)\s+(?:the end of\s+)?$")
_RIGHT_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?(?:in|during|till|until|through|by|as of|since|for|over|across|"
    r"along)\s+(?:(?:other\s+)?(?:parts|areas|districts|regions)\s+of\s+)?(?:the\s+)?",
    re.I,
)


def _since_clause_period(ctx: DocContext, sentence: Sentence, scope: set[int]):
    """ "has killed more than 4,700 people since it began in October 2017": the date of a
    "since" clause of the figure's own verb starts the period, which runs to the article's
    day."""
    began = ctx.document.anchor_for(sentence.start)
    if began is None:
        return None
    for start, end, span, words in sentence.dates:
        clause = _since_clause_of(words)
        if clause is not None and clause.head.i in scope and span.start:
            period = DateSpan(span.start, began.isoformat(), span.precision, span.text)
            return period, start, end, False
    return None


def _since_clause_of(words):
    """The clause opened by "since" that the date is told in, if any."""
    return next(
        (
            up
            for up in words.root.ancestors
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in up.children)
        ),
        None,
    )


def _in_since_clause(sentence: Sentence, start: int) -> bool:
    """The date at ``start`` is told in a clause opened by "since" ("has killed 20,000 people
    since it took up arms in 2009"): the day a running count starts from."""
    words = next((d[3] for d in sentence.dates if d[0] == start), None)
    if words is None:
        return False
    return _since_clause_of(words) is not None


def _same_year(start: str, end: str) -> str:
    """A range's start told without its year takes the end's year (or the one before)."""
    moved = end[:4] + start[4:]
    return moved if moved <= end else str(int(end[:4]) - 1) + start[4:]


def _distance(a, b) -> int:
    up_a = [a, *a.ancestors]
    up_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, tok in enumerate(up_a):
        if tok.i in up_b:
            return n + up_b[tok.i]
    return 99


def _between_then(sentence: Sentence, start: int) -> DateSpan | None:
    """ "began in October 2016 ... between then and the end of June 2017"."""
    before = sentence.text[: start - sentence.start]
    if not re.search(r"\bbetween then and\s+$", before):
        return None
    earlier = [span for s, _, span, _ in sentence.dates if s < start and span.start]
    return earlier[-1] if earlier else None


def _so_far(sentence: Sentence, scope: set[int]) -> bool:
    doc = sentence.span.doc
    return any(
        doc[i].lower_ in ("far", "date") and doc[i - 1].lower_ in ("so", "to")
        for i in scope
        if i > 0
    )


_PAST = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:(\w+)\s+)?"
    r"(years?|months?|weeks?|decades?)\b",
    re.I,
)
_UNIT_DAYS = {"week": 7, "month": 30, "year": 365, "decade": 3652}


def _past_span(ctx: DocContext, sentence: Sentence, scope: set[int]):
    """ "over the past nine years", "over the past month" (those the time finder leaves)."""
    m = _PAST.search(sentence.text)
    anchor = ctx.document.anchor_for(sentence.start)
    if m is None or anchor is None:
        return None
    count = _amount(m.group(1)) if m.group(1) else (1.0, None)
    if count is None:
        return None
    words = _tokens(sentence, sentence.start + m.start(), sentence.start + m.end())
    if words is None or not any(t.i in scope for t in words):
        return None
    unit = m.group(2).lower().rstrip("s")
    first = anchor - timedelta(days=round(count[0] * _UNIT_DAYS[unit]))
    precision = "month" if unit in ("week", "month") else "year"
    span = DateSpan(first.isoformat(), anchor.isoformat(), precision, m.group())
    return span, sentence.start + m.start(), sentence.start + m.end(), False


def _since_then(ctx: DocContext, sentence: Sentence, scope: set[int]):
    """ "began in October 2017 ... and has since displaced 670,000": from that date on."""
    doc = sentence.span.doc
    since = [i for i in scope if doc[i].lower_ == "since" and doc[i].dep_ == "advmod"]
    anchor = ctx.document.anchor_for(sentence.start)
    if not since or anchor is None:
        return None
    earlier = [d for d in sentence.dates if d[1] <= doc[since[0]].idx and d[2].start]
    if not earlier:
        return None
    start, end, span, _ = earlier[-1]
    return DateSpan(span.start, anchor.isoformat(), span.precision, span.text), start, end, False


def _place_scope(sentence: Sentence, anchor, words, measure: _Measure) -> set[int]:
    """The words a figure's place may be named in: its clause, less the country that sends or
    keeps a force counted as deployed ("Rwanda has about 2,500 soldiers in Cabo Delgado")."""
    scope = _scope(anchor, words, through_speech=False)
    if measure.outcome != "deployed" or measure.head is None:
        return scope
    sender = _sender_of(measure.head)
    if sender is None or sender.ent_type_ != "GPE":
        return scope
    named = {sender.i, *(t.i for t in _entity_of(sender) or [])}
    elsewhere = any(w.root.i in scope - named for _, _, _, w in sentence.places)
    if not (elsewhere or _sent_somewhere(anchor)):
        return scope  # "Nigeria has deployed 3,000 soldiers": at home
    return scope - named


def _sent_somewhere(anchor) -> bool:
    """The clause names where the force is ("in the Sahel", "to Cabo Delgado", "there")."""
    verb = _governing_verb(anchor)
    tokens = [*verb.children, *anchor.children]
    if any(t.dep_ == "advmod" and t.lower_ == "there" for t in tokens):
        return True
    return any(
        t.dep_ == "prep" and t.lower_ in ("in", "to", "into")
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)
        for t in tokens
    )


def _place(sentence: Sentence, scope: set[int], anchor, figure: _Figure):
    """(name, start, end, words) of the places named with the figure ("in Iraq and Syria")."""
    found = []
    for start, end, location, words in sentence.places:
        root = words.root
        if root.i not in scope or root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
            continue
        if root.dep_ == "conj" and root.head.dep_ in ("compound", "amod"):
            continue
        distance = _distance(root, anchor)
        if start >= figure.end and _RIGHT_AFTER.fullmatch(
            doc_text(sentence.span.doc)[figure.end : start]
        ):
            distance = -1  # "28 in other parts of Sindh"
        found.append((distance, start, end, location, root))
    if not found:
        return None
    best = min(found, key=lambda f: (f[0], f[1]))
    joined = {best[4].i, *(t.i for t in best[4].conjuncts)}
    listed = [f for f in found if f[4].i in joined]
    listed.sort(key=lambda f: f[1])
    names = [f[3].name or doc_text(sentence.span.doc)[f[1] : f[2]] for f in listed]
    start, end = listed[0][1], listed[-1][2]
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return name, start, end, doc_text(sentence.span.doc)[start:end]


def _actor(ctx: DocContext, sentence: Sentence, scope: set[int], anchor, measure: _Measure):
    """(canonical, start, end, words) of the group the figure is about."""
    groups = [e for e in sentence.ents if e.label_ == GROUP_LABEL and e.root.i in scope]
    if groups:
        inside = [g for g in groups if any(t.i == g.root.i for t in measure.modifiers)]
        best = inside[0] if inside else min(groups, key=lambda g: _distance(g.root, anchor))
        return _canonical(best), best.start_char, best.end_char, best.text
    verb = _governing_verb(anchor)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    referring = subject is not None and _words_of(subject).lower() in statistic_lexicon().anaphora
    owned = any(t.lower_ in ("its", "their") for t in measure.modifiers)
    if referring or owned:
        group = _last_group_before(ctx, sentence, anchor.idx)
        if group is not None:
            return _canonical(group), None, None, None
    return None


def _words_of(tok) -> str:
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _canonical(ent) -> str:
    return ent.ent_id_ or group_lexicon().canonical(ent.text) or ent.text


def _last_group_before(ctx: DocContext, sentence: Sentence, offset: int):
    for s in reversed(ctx.sentences[max(0, sentence.index - 3) : sentence.index + 1]):
        groups = [e for e in s.ents if e.label_ == GROUP_LABEL and e.start_char < offset]
        if groups:
            return groups[-1]
    return None


def _attribution(sentence: Sentence, anchor):
    """(name, start, end) of who states the figure: "according to X", or the subject of a
    verb of saying or estimating the figure's clause hangs from."""
    lex = statistic_lexicon()
    for tok in sentence.span:
        if (
            tok.lower_ == "according"
            and tok.i + 1 < sentence.span.end
            and tok.nbor().lower_ == "to"
        ):
            source = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            if source is not None:
                return _source_words(_container_author(source))
    for node in [anchor, *anchor.ancestors]:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in lex.source_verbs:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in _PERSONAL:
                return _source_words(subject)
    fragment = _according_fragment(sentence)
    if fragment is not None:
        return fragment
    root = sentence.span.root
    for child in root.children:
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in lex.source_verbs:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in _PERSONAL:
                return _source_words(subject)
    return None


def _according_fragment(sentence: Sentence):
    """ "According to EUROPOL, “[a]rrests ...": the bracket cut the sentence in two."""
    doc = sentence.span.doc
    before = doc[: sentence.span.start].sents if sentence.span.start else []
    last = list(before)[-1] if before else None
    if last is None or last[0].lower_ != "according" or len(last) > 12:
        return None
    if not re.search(r"[\[“\"(]\s*$", last.text):
        return None
    to = last[1] if len(last) > 1 and last[1].lower_ == "to" else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return _source_words(_container_author(source)) if source is not None else None


def _container_author(tok):
    """ "a tally by the French news agency" -> the agency."""
    if tok.lower_ not in statistic_lexicon().containers:
        return tok
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            if author is not None:
                return author
    return tok


def _source_words(tok):
    doc = tok.doc
    first = tok.left_edge.i
    last = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") or (
            child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "with", "for", "in")
        ):
            last = child.right_edge.i
    words = doc[first : last + 1]
    text = _DETERMINERS.sub("", words.text).strip(" ,")
    if not text:
        return None
    start = words.start_char + words.text.index(text)
    return text, start, start + len(text)
