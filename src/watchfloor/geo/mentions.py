"""The article's place names, each resolved to one gazetteer entry.

A name is what the recogniser tags GPE/LOC/FAC, or capitalised words before a unit word that
it missed ("the Garmsir district"). The words around it decide its reading:

- a unit word after it: "Ghazni province" is the province, not its capital city;
- a larger unit right after it: "Andar district, Ghazni province", "Mayadeen, in Deir el-Zour
  province": readings inside that unit win;
- the countries the whole article names (a dateline counts double): "Palmyra" in an article
  about Syria is Tadmur, not a US town;
- population last.

A name before "district" or "county" whose only readings lie in a country the article never
names, while it names others, is left unread: "the Mansoura district" in a story about Aden is
no Egyptian city.

Seats and origins ("the Britain-based Syrian Observatory", "a native of Tunisia") are dropped:
they tell neither where an event happened nor what country the article is about. So are
people's names that a place shares ("Gentil Duarte" is no Dominican province), as the article's
own tagging of its people tells them, unless told as a place ("in Hassan", "Hassan district"),
months, weekdays and continents ("in March" is a date, not the English town), and the
groups' media outlets ("as-Sahab" is no Jordanian town).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from watchfloor.data import literal_alternation as alternation
from watchfloor.data import load_toml
from watchfloor.geo.gazetteer import Place, fold_place, gazetteer, inside
from watchfloor.models import Location

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the recogniser gives to some place names it does not know ("Alaudin" is a GPE, but so
# is "Terayzai"); a name before a unit word is a place whatever its label
_ANY_LABEL_BEFORE_UNIT = {
    "PERSON",
    "ORG",
    "NORP",
    "GPE",
    "LOC",
    "FAC",
    "PRODUCT",
    "DATE",
    "WORK_OF_ART",
    "EVENT",
}
# ... and it tags some well-known places as products or organisations ("Erbil", "Hama"): a
# name whose reading is a country, a province or a city this large is taken as a place
_MISLABELLED = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "DATE"}
_WELL_KNOWN_CITY = 100_000


# "near Lashkar Gah", "in Marawi": the recogniser calls some towns people or organisations;
# after a locative preposition a name the gazetteer knows is taken as a place
_LOCATIVE = re.compile(r"\b(?:in|near|outside|around|at|into|towards|across|between)\s+$", re.I)
# "in eastern Burkina Faso" (tagged a person): a side of the place may come between
_LOCATIVE_SIDE = re.compile(
    r"\b(?:in|near|outside|around|at|into|towards|across|between)\s+"
    r"(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+$",
    re.I,
)
_LISTED = re.compile(
    r"(?:(?:\s*,\s*|\s*,?\s+and\s+)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)+(?=\s+\w+s\b)"
)
_PARTICLES = {
    "al",
    "el",
    "ad",
    "ar",
    "as",
    "az",
    "an",
    "at",
    "ash",
    "e",
    "i",
    "da",
    "de",
    "del",
    "di",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "wa",
    "ul",
    "ye",
    "-e",
}
_NOT_A_NAME = {"the", "in", "on", "at", "of", "near", "from", "to", "and", "a", "an", "this"}


@dataclass
class PlaceMention:
    start: int
    end: int  # the name, and its unit word when one follows ("Ghazni province")
    location: Location
    place: Place
    words: object  # spaCy Span of the name
    in_dateline: bool
    weight: float  # how much it says about the country the article is about


@dataclass(frozen=True)
class _Cues:
    admin1: re.Pattern
    district: re.Pattern
    link: re.Pattern
    origin_before: re.Pattern
    origin_after: re.Pattern
    place_noun_of: re.Pattern  # "the town of", "the outskirts of"
    unnamed: re.Pattern  # capitalised words before a unit word
    never: frozenset[str]  # months, weekdays, continents: folded names read as no place


@cache
def _settings() -> dict:
    return load_toml("geo.toml")


@cache
def _cues() -> _Cues:
    data = load_toml("geo.toml")
    units = alternation(data["admin1_words"] + data["district_words"])
    return _Cues(
        admin1=re.compile(r"^\s+(?:" + alternation(data["admin1_words"]) + r")\b", re.I),
        district=re.compile(r"^\s+(?:" + alternation(data["district_words"]) + r")\b", re.I),
        link=re.compile(r"^\s*(?:" + alternation(data["container_links"]) + r")\s*$", re.I),
        # "a rebel group based in southern Libya": a side of the country may come between
        origin_before=re.compile(
            r"\b(?:" + alternation(data["origin_before"]) + r")"
            r"(?:\s+(?:the\s+)?(?:north|south|east|west|central)[\w-]*)?\s*$",
            re.I,
        ),
        origin_after=re.compile(r"^(?:" + alternation(data["origin_after"]) + r")\b", re.I),
        place_noun_of=re.compile(
            r"\b(?:" + alternation(data["place_nouns"]) + r")\s+of\s+(?:the\s+)?$", re.I
        ),
        unnamed=re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?i:" + units + r")\b"),
        never=frozenset(fold_place(name) for name in data["never_places"]),
    )


def find_places(doc, datelines: list[tuple[int, int]]) -> list[PlaceMention]:
    """Every place name of the parsed article that the gazetteer knows, resolved."""
    text = doc.text  # spaCy joins the tokens again on every call: once per article
    people = _people_named(doc)
    outlets = [m.span() for m in _outlet_names().finditer(text)]
    names = [
        n
        for n in _named_places(doc, text)
        if not _part_of_a_name(n, people, text) and not _overlaps(n[:2], outlets)
    ]
    gaz = gazetteer()
    # first pass: what the names say about the article's countries, without context
    first: Counter = Counter()
    votes: list[tuple[str | None, float]] = []
    for start, end, _, designation in names:
        place = gaz.resolve(text[start:end], designation=designation)
        code = place.country_code if place is not None else None
        votes.append((code, 2.0 if _in(datelines, start) else 1.0))
        if code:
            first[code] += votes[-1][1]
    taken = [(e.start_char, e.end_char) for e in doc.ents] + [(n[0], n[1]) for n in names]
    missed = [
        n
        for n in _unrecognised_places(doc, text, taken, first)
        if not _part_of_a_name(n, people, text) and not _overlaps(n[:2], outlets)
    ]
    guessed = {(m[0], m[1]) for m in missed}
    for start, end, _, designation in missed:
        place = gaz.resolve(text[start:end], designation=designation)
        code = place.country_code if place is not None else None
        votes.append((code, 1.0))
        if code:
            first[code] += 1.0
    voted = sorted(zip(names + missed, votes, strict=True), key=lambda nv: nv[0][0])
    # "Mazar" inside "Mazar-e-Sharif": the longer name stands
    inside_longer = [
        (n, v)
        for n, v in voted
        if any(m[0] <= n[0] and n[1] <= m[1] and m[:2] != n[:2] for m in missed)
    ]
    for _, (code, vote) in inside_longer:
        if code:
            first[code] -= vote
    voted = [nv for nv in voted if nv not in inside_longer]
    names, votes = [n for n, _ in voted], [v for _, v in voted]
    first.update(_demonym_hints(doc))
    found: list[PlaceMention] = list(_dateline_places(text, datelines, names, first))
    resolved: list[tuple[int, int, object, str | None, Place]] = []
    # right to left, so that each name's larger unit is already resolved
    own_votes = _votes_by_name(text, names, votes)
    for start, end, words, designation in reversed(names):
        others = first.copy()
        # a name is no evidence for its own reading, told once or many times ("Kot" twice
        # does not make an Afghan story Indian)
        for own_code, own_vote in own_votes[fold_place(text[start:end])].items():
            others[own_code] -= own_vote
        within = _container(text, end, resolved) or _owner_country(text, start)
        local = _sentence_countries(doc, start)
        place = _reading(
            text[start:end], designation, others, within, (start, end) not in guessed, local
        )
        # "the village of Buda in Kajuru", in a Nigerian story, is not Budapest; "the Atenas
        # mine", in a Venezuelan one, not Athens
        named = place is not None and _told_as_a_village_or_site(text, start, end)
        if named and _unbacked(place, others, local):
            place = None
        if place is not None:
            resolved.append((start, end, words, designation, place))
    for start, end, words, _, place in reversed(resolved):
        unit_end = _unit_end(text, end)
        # the name with its unit word, so that the parse sees "province" as the head
        words = doc.char_span(start, unit_end, alignment_mode="expand") or words
        found.append(
            PlaceMention(
                start,
                unit_end,
                gaz.location(place),
                place,
                words,
                _in(datelines, start),
                _country_weight(text, words),
            )
        )
    found.extend(_capitals_named(doc, text, first, found))
    return sorted(found, key=lambda m: m.start)


_CAPITAL = re.compile(r"\b[Tt]he\s+(?:([A-Z][a-z]+)\s+)?[Cc]apital\b(?!\s+(?:of|city|region)\b)")


@cache
def _outlet_names() -> re.Pattern:
    """The armed groups' media outlets (``data/media.toml``): "as-Sahab" is al-Qaeda's media
    arm, not the Jordanian town of Sahab."""
    aliases = {a for row in load_toml("media.toml")["outlet"] for a in row["aliases"]}
    return re.compile(r"\b(?:" + alternation(sorted(aliases)) + r")\b")


@dataclass
class _People:
    """What the article's own tagging says of its people's names."""

    words: set[str]  # the words of full names ("Gentil Duarte": "Gentil", "Duarte")
    alone: Counter  # a one-word name tagged a person, by how often
    as_places: Counter  # the same words tagged a place, by how often
    starts: set[int]  # where a person's name starts


def _people_named(doc) -> _People:
    people = _People(set(), Counter(), Counter(), set())
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            people.starts.add(ent.start_char)
            if len(ent) > 1:
                people.words.update(t.text for t in ent if t.text[:1].isupper())
            else:
                people.alone[ent.text] += 1
        elif ent.label_ in PLACE_LABELS:
            people.as_places[ent.text] += 1
    return people


def _part_of_a_name(name: tuple, people: _People, text: str) -> bool:
    """ "Duarte" where the article names "Gentil Duarte", "Hassan" tagged a person more often
    than a place, "Salahuddin" right before a person's name ("Salahuddin Hassan"): a person's
    name that a place happens to share, unless told as a place ("in Hassan", "Hassan
    district")."""
    start, end, words, designation = name
    if _NICKNAME_BEFORE.search(text, max(0, start - 40), start):
        return True  # 'a commander known as "Mono Tito"': a person's alias, not Mono in Benin
    if designation or _after_locative(text, words):
        return False
    said = text[start:end]
    # a country's name the recogniser took for a person more often than not ("Mali") is still
    # the country
    alone = people.alone[said] > people.as_places[said] and not _a_country(said)
    if said in people.words or alone:
        return True
    after = end + 1
    if text[end:after] != " ":
        return False
    following = _NEXT_NAME.match(text, after)
    return after in people.starts or (
        following is not None
        and (following.group() in people.words or people.alone[following.group()] > 0)
    )


_NEXT_NAME = re.compile(r"[A-Z][\w'’-]+")


def _a_country(name: str) -> bool:
    """The name read alone is a country's ("Mali", "Niger")."""
    place = gazetteer().resolve(name, Counter())
    return place is not None and place.kind == "country"


# the opening of a quoted alias, up to the name: 'known as "', 'alias "El', 'nicknamed "'
_NICKNAME_BEFORE = re.compile(
    r"(?:\b(?:known|referred\s+to)\s+as\s+[\"“]|\b(?:alias|aka|nicknamed|dubbed)\s+[\"“]?)"
    r"(?:[\w'’-]+\s+){0,2}$"
)


def _capitals_named(doc, text: str, countries: Counter, found: list[PlaceMention]):
    """ "the Libyan capital" is Tripoli; "the capital", in an article about one country, is
    that country's capital."""
    gaz = gazetteer()
    leading = countries.most_common(1)[0][0] if countries else None
    for m in _CAPITAL.finditer(text):
        code = gaz.demonym_country(m.group(1)) if m.group(1) else leading
        place = gaz.capital(code) if code else None
        words = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        named = _named_after(text, m.end(), found)
        if named is not None:
            place = named
        if (
            place is None
            or words is None
            or any(f.start < m.end() and m.start() < f.end for f in found)
        ):
            continue
        yield PlaceMention(m.start(), m.end(), gaz.location(place), place, words, False, 1.0)


_APPOSITION = re.compile(r"\s*,\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _named_after(text: str, end: int, found: list[PlaceMention]) -> Place | None:
    """ "an air strike on the capital, Sanaa": the place named in apposition (read where the
    article names it) is the capital meant, whichever country the article names most."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return None
    name = m.group(1)
    return next((f.place for f in found if text[f.start : f.end] == name), None)


def _reads_only_part(name: str, place: Place) -> bool:
    """The reading's name is the name less some of its words ("West Midlands" read as
    "Midlands")."""
    asked, read = fold_place(name), fold_place(place.name)
    return asked != read and (asked.endswith(" " + read) or asked.startswith(read + " "))


def _votes_by_name(text: str, names: list, votes: list) -> dict[str, Counter]:
    """The first-pass votes each name (folded) cast, over all its mentions."""
    out: dict[str, Counter] = {}
    for (start, end, _, _), (code, vote) in zip(names, votes, strict=True):
        counter = out.setdefault(fold_place(text[start:end]), Counter())
        if code:
            counter[code] += vote
    return out


def _sentence_countries(doc, start: int) -> Counter:
    """Countries the nationalities of the name's own sentence point to ("British police
    arrested a man in Birmingham"). Other place names are no such hint: "families in Rafah
    along the Gaza border" is Egypt's Rafah."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return Counter()
    return Counter(code for _, code in nationalities(token[0].sent.ents))


def _reading(
    name: str,
    designation: str | None,
    others: Counter,
    within: Place | None,
    recognised: bool = True,
    local: Counter | None = None,
):
    gaz = gazetteer()
    place = gaz.resolve(name, others, within=within, designation=designation, local=local)
    if (
        place is not None
        and within is None
        and _reads_only_part(name, place)
        and others.get(place.country_code or "", 0) <= 0
        and not (local or {}).get(place.country_code or "", 0)
    ):
        return None  # "West Midlands" read as Zimbabwe's Midlands: a loose match nothing backs
    if within is not None and (place is None or not inside(place, within)):
        # "Tsamkani district, Paktiya province": a unit the gazetteer does not know (or knows
        # only elsewhere) is placed no more precisely than the province it is said to lie in
        return within
    leading = others.most_common(1)[0][0] if others else None
    misread = place is None or others.get(place.country_code, 0) <= 0
    if designation == "admin1" and leading and misread:
        # "Ghanzi province": a misspelt unit of the country the article is about
        place = gaz.closest_admin1(name, leading) or place
    if place is not None and _foreign_town(place, others, recognised):
        return None
    if (
        place is not None
        and within is None
        and designation == "district"
        and _unbacked(place, others, local)
    ):
        return None  # "raids in the Mansoura district" of Aden is not Egypt's Al Mansurah
    return place


_SMALL_PLACE_OF_BEFORE = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+$", re.I)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


@cache
def _site_after() -> re.Pattern:
    # "the Atenas and Nuevo Callao pits": two sites' names before their one noun
    return re.compile(
        r"\s+(?:and\s+(?:[A-Z][\w'’-]+\s+){1,3})?(?:"
        + alternation(_settings()["site_nouns"])
        + r")\b"
    )


def _told_as_a_village_or_site(text: str, start: int, end: int) -> bool:
    """A name told as a village's ("the village of Buda") or as a site's ("the Atenas mine"):
    read in a country nothing in the article or the sentence names, it is a village the
    gazetteer does not know, or the site's own name, not the place."""
    if _SMALL_PLACE_OF_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    return bool(
        _THE_BEFORE.search(text, max(0, start - 5), start) and _site_after().match(text, end)
    )


def _unbacked(place: Place, others: Counter, local: Counter | None) -> bool:
    """The reading lies in a country neither the article nor the sentence names, while the
    article names others: a district the gazetteer only knows elsewhere."""
    codes = place.country_codes
    return (
        any(vote > 0 for vote in others.values())
        and all(others.get(c, 0) <= 0 for c in codes)
        and not any((local or {}).get(c, 0) for c in codes)
    )


def _foreign_town(place: Place, others: Counter, recognised: bool) -> bool:
    """ "Nad 'Ali district" read as a town "Ali" in India, in an article about Afghanistan: a
    small town of a country nothing else in the article names is a misreading. So is any town
    of such a country when the recogniser did not take the words for a place ("Kash Rod")."""
    if place.kind != "city":
        return False
    if recognised and place.population >= _settings()["foreign_town_max_population"]:
        return False
    # an article about one country, or about a border between two ("Syria's army shelled
    # Lebanese villages"): a small town of a third country is a misreading
    first, second = ([v for _, v in others.most_common(2)] + [0, 0])[:2]
    rest = sum(v for v in others.values() if v > 0) - first - max(second, 0)
    clearly_about_one = first >= 2 and first >= 2 * (sum(others.values()) - first)
    clearly_about_two = first >= 2 and second >= 2 and first + second >= 3 * rest
    clearly_about = clearly_about_one or clearly_about_two
    return clearly_about and others.get(place.country_code or "", 0) <= 0


def article_countries(places: list[PlaceMention], doc) -> Counter:
    """How strongly the article is about each country: its places, datelines counting double,
    then nationalities ("Malian army") as a weak hint."""
    countries: Counter = Counter()
    for m in places:
        if m.location.country_code:
            countries[m.location.country_code] += 2 if m.in_dateline else m.weight
    countries.update(_demonym_hints(doc))
    return countries


def _demonym_hints(doc) -> Counter:
    """ "Malian army", "Afghan forces": half a vote each for the country."""
    hints: Counter = Counter()
    for _, code in nationalities(doc.ents):
        hints[code] += 0.5
    return hints


def nationalities(ents) -> list[tuple[object, str]]:
    """(entity, country code) for each nationality the recogniser tagged ("Malian", "British")
    that names a country's people."""
    gaz = gazetteer()
    out = []
    for ent in ents:
        if ent.label_ == "NORP":
            code = gaz.demonym_country(ent.text)
            if code:
                out.append((ent, code))
    return out


def _named_places(doc, text: str) -> list[tuple[int, int, object, str | None]]:
    """(start, end, words, designation) of each candidate name, in text order."""
    gaz = gazetteer()
    out = []
    for ent in doc.ents:
        name_end = _name_end(ent)
        designation = _designation(text, name_end) or _designation_before(text, ent.start_char)
        if not (
            ent.label_ in PLACE_LABELS
            or (
                ent.label_ in _ANY_LABEL_BEFORE_UNIT and (designation or _after_locative(text, ent))
            )
            or (ent.label_ in _MISLABELLED and _well_known(ent.text))
        ):
            continue
        if _is_seat_or_origin(text, ent.start_char, ent.end_char):
            continue
        if not designation and fold_place(ent.text) in _cues().never:
            continue  # "in March", "in May": a month, not the English or Gujarati town
        if not designation and gaz.demonym_country(ent.text):
            continue  # "channels in Kazakh and Russian": a people's or a language's name
        # a name before a unit word is kept even when the gazetteer does not know it: the
        # larger unit named after it may still place it ("Tsamkani district, Paktiya province")
        name = text[ent.start_char : name_end]
        if designation or gaz.candidates(name):
            out.append((ent.start_char, name_end, ent, designation))
    entities = [(e.start_char, e.end_char) for e in doc.ents]
    for m in _cues().unnamed.finditer(text):
        span = _known_tail(text, m.start(1), m.end(1))
        if span is None or _overlaps(span, entities):
            continue
        start, end = span
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None and not _is_seat_or_origin(text, start, end):
            out.append((start, end, words, _designation(text, end)))
            entities.append(span)
    return sorted(out, key=lambda n: n[0])


def _unrecognised_places(doc, text: str, taken: list[tuple[int, int]], countries: Counter):
    """Proper names the recogniser missed ("the town of Jolo", "Grozny had been calm") that
    the gazetteer knows as a country, a province, a large city, or a town of a country the
    article already names."""
    gaz = gazetteer()
    for run in _proper_name_runs(doc):
        for words in _sub_spans(run):
            span = (words.start_char, words.end_char)
            if _crosses(span, taken):
                continue
            readings = gaz.candidates(words.text)
            if not readings or fold_place(words.text) in _cues().never:
                continue
            after_locative = _after_locative(text, words)
            if not after_locative and not any(
                p.kind != "city"
                or p.population >= _WELL_KNOWN_CITY
                or set(p.country_codes) & set(countries)
                for p in readings
            ):
                continue
            if _is_seat_or_origin(text, *span):
                break
            taken.append(span)
            yield (*span, words, _designation(text, words.end_char))
            break


def _proper_name_runs(doc):
    """Runs of capitalised proper nouns, with the particles and hyphens inside names
    ("Mazar-e-Sharif", "Dayr az-Zawr", "Mocimboa da Praia")."""
    words = [t.text for t in doc]  # one pass over the tokens: spaCy indexing is slow
    proper = [_proper(t) if w[:1].isupper() else False for t, w in zip(doc, words, strict=True)]
    joiner = [w in ("-", "’", "'") or w.lower() in _PARTICLES for w in words]
    n = len(words)
    i = 0
    while i < n:
        if not proper[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 7 and (proper[j] or _inside_name(words, joiner, j)):
            j += 1
        while j > i + 1 and not proper[j - 1]:
            j -= 1
        yield doc[i:j]
        i = j


def _proper(tok) -> bool:
    if not tok.text[:1].isupper() or not tok.text.replace("’", "").replace("'", "").isalpha():
        return False
    if tok.tag == 0:  # a sentence the parser skipped: no tags, so no sentence-initial words
        return not tok.is_sent_start
    return tok.pos_ == "PROPN"


def _inside_name(words: list[str], joiner: list[bool], j: int) -> bool:
    return joiner[j] and j + 1 < len(words) and (words[j + 1][:1].isupper() or joiner[j + 1])


def _sub_spans(run):
    """Longest first: "Dayr az-Zawr" before "Zawr"."""
    n = len(run)
    for length in range(n, 0, -1):
        for start in range(0, n - length + 1):
            words = run[start : start + length]
            if _proper(words[0]) and _proper(words[-1]):
                yield words


def _crosses(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Overlaps a span without containing it ("Dayr az-Zawr" may contain the "Dayr" the
    recogniser took for a person; it may not cut one in two)."""
    return any(
        s < span[1] and span[0] < e and not (span[0] <= s and e <= span[1] and (s, e) != span)
        for s, e in spans
    )


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _after_locative(text: str, words) -> bool:
    before = text[max(0, words.start_char - 40) : words.start_char]
    # a country after a side ("in eastern Burkina Faso"), whatever the label; other names
    # after a side ("in northern Shan") are left to the recogniser's label
    side = (
        getattr(words, "label_", "") == "PERSON"
        and _LOCATIVE_SIDE.search(before)
        and any(p.kind == "country" for p in gazetteer().candidates(words.text))
    )
    return bool(_LOCATIVE.search(before[-12:]) or side or _cues().place_noun_of.search(before))


def _well_known(name: str) -> bool:
    """A name of a country, a province or a large city, written as a name: "the city's old
    quarter", tagged a date, is no Anguillan district."""
    if not any(word[:1].isupper() for word in name.split()):
        return False
    return any(
        p.kind != "city" or p.population >= _WELL_KNOWN_CITY for p in gazetteer().candidates(name)
    )


def _name_end(ent) -> int:
    """ "Nimroz Province" tagged as one entity: the name ends before the unit word."""
    last = ent[-1]
    if len(ent) > 1 and _designation(" " + last.text, 0):
        return ent[-2].idx + len(ent[-2].text)
    return ent.end_char


def _known_tail(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "In the Garmsir": the longest run of the words, ending at ``end``, that names a place."""
    end = start + len(text[start:end].rstrip())
    words = [start + w.start() for w in re.finditer(r"\S+", text[start:end])]
    names = [s for s in words if text[s:end].split()[0].lower() not in _NOT_A_NAME]
    for s in names:
        if gazetteer().candidates(text[s:end]):
            return s, end
    # unknown to the gazetteer: the last word alone, which a larger unit may still place
    return (names[-1], end) if names else None


def _designation(text: str, end: int) -> str | None:
    rest = text[end : end + 40]
    cues = _cues()
    if cues.admin1.match(rest):
        return "admin1"
    if cues.district.match(rest):
        return "district"
    # "in Zabul and Khost provinces", "in Farah, Kandahar and Paktiya provinces"
    listed = _LISTED.match(text[end : end + 120])
    if listed:
        return _designation(text, end + listed.end())
    return None


# "the southwestern department of Cauca", "the province of Helmand", "the border districts of
# Panjgur": the unit word before the name, in lower case ("the Islamic State of Iraq" names no
# unit). Not the names listed after the first: "the provinces of Helmand, Kandahar and Zabul"
# would read as Helmand inside Kandahar.
_UNIT_OF_BEFORE = re.compile(
    r"(?P<before>\S+)\s+"
    r"(?:(?P<admin1>province|department|governorate|prefecture|oblast)|district|county)s?"
    r"\s+of\s+(?:the\s+)?$"
)


def _designation_before(text: str, start: int) -> str | None:
    unit = _UNIT_OF_BEFORE.search(text[max(0, start - 50) : start])
    if unit is None:
        return None
    if unit.group("admin1"):
        return "admin1"
    # "the al-Maghar district of Derna": the district is the name before, Derna its city
    return None if re.search(r"[A-Z]", unit.group("before")) else "district"


def _unit_end(text: str, end: int) -> int:
    cues = _cues()
    rest = text[end : end + 40]
    m = cues.admin1.match(rest) or cues.district.match(rest)
    return end + m.end() if m else end


def _container(text: str, end: int, resolved: list) -> Place | None:
    """The larger unit named right after a place: "Andar district, Ghazni province"."""
    unit_end = _unit_end(text, end)
    for start, _, _, designation, place in reversed(resolved):
        if start < unit_end:
            continue
        if start - unit_end > 12 or not _cues().link.match(text[unit_end:start]):
            return None
        if re.match(r"['’]s\b", text[_name_end_at(text, start) :]):
            return None  # "west of Tessalit, France's defence minister said": whose, not where
        if place.kind in ("admin1", "country") or designation == "admin1":
            return place
        return None
    return None


def _owner_country(text: str, start: int) -> Place | None:
    """The country whose the place is said to be: "Pakistan's Punjab province" is not India's
    Punjab."""
    m = _OWNER.search(text, max(0, start - 40), start)
    if m is None:
        return None
    owner = gazetteer().resolve(m.group(1), Counter())
    return owner if owner is not None and owner.kind == "country" else None


_OWNER = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+$")


def _name_end_at(text: str, start: int) -> int:
    """Where the capitalised name starting at ``start`` ends."""
    m = re.match(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*", text[start:])
    return start + (m.end() if m else 0)


def _dateline_places(text: str, datelines, names, first: Counter):
    """ "MAPUTO, March 30 —": the dateline tells the country even when the recogniser,
    reading capitals, misses the name."""
    gaz = gazetteer()
    for start, end in datelines:
        if any(start <= n[0] < end for n in names):
            continue
        name = text[start:end].split(",")[0].strip()
        place = gaz.resolve(name.title()) if name else None
        if place is not None and place.country_code:
            first[place.country_code] += 2
            yield PlaceMention(
                start, start + len(name), gaz.location(place), place, None, True, 2.0
            )


def _country_weight(text: str, words) -> float:
    """ "U.S.-backed forces", "a U.S. raid": a country named as a modifier is an actor's
    nationality more than a place where things happen."""
    doc = words.doc
    after = doc[words.end].text if words.end < len(doc) else ""
    modifier = words.root.dep_ in ("compound", "amod", "nmod", "poss")
    if modifier and _designation(text, words.end_char) is None:
        return 0.3
    if after in ("-", "'s"):
        return 0.3
    return 1.0


def _is_seat_or_origin(text: str, start: int, end: int) -> bool:
    cues = _cues()
    return bool(
        cues.origin_after.match(text[end : end + 16])
        or cues.origin_before.search(text[max(0, start - 30) : start])
    )


def _in(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
