"""Where an event happened: which of the article's places locates it.

The geo stage has already resolved every place name (``geo.mentions``) and dropped datelines,
seats and origins. Of what is left, an analyst reads:

1. the places in the event's own clause, or that govern it in the sentence (close in the
   parse; not across a verb of saying: "police in Kabul said", nor in a clause joined to the
   event's with a doer of its own: "..., and German police searched flats in Bavaria"), the
   most precise first: a town before its province, a province before its country; failing
   those, any place of the
   sentence that no verb of saying separates from it ("an operation in search of a leader in
   Kajaki district");
2. else the paragraph's: the most precise place of the nearest sentence before it, in the same
   paragraph and post, that names one ("Fighting has flared around Sirte. On Tuesday a car bomb
   exploded at a checkpoint"), but not a country told as where forces come from or whose they
   are ("backed by troops from the United Arab Emirates", "a US drone");
3. else nothing here: the record gets the country the article is mostly about, with precision
   ``country`` (``DocContext.fallback_location``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.syntax import doc_text, hanging_off, told_of_someone, tree_distance
from watchfloor.geo import gazetteer
from watchfloor.models import Location

# How far back an event may borrow a place: sentences of its own paragraph
BORROW_SENTENCES = 2

_PRECISE_FIRST = {"point": 0, "city": 0, "admin1": 1, "country": 2, "region": 3}


@dataclass(frozen=True)
class EventPlace:
    location: Location
    start: int  # offsets of the words it was read from
    end: int
    explicit: bool  # in the event's own sentence (decides which mentions are one incident)


def place_in_sentence(sentence: Sentence, tokens: list) -> EventPlace | None:
    """The most precise place in the event's clause or governing it in the sentence."""
    places = [
        p
        for p in sentence.places
        if _governs(p, tokens)
        or (
            _where_something_happens(p)
            and not _bound_for(p, tokens)
            and not _in_another_act(p, tokens)
            and not _a_country_acting(p, tokens)
        )
    ]
    attached = hanging_off(places, tokens) or _same_frame(places, tokens)
    if not attached:
        return _unknown_settlement(sentence, tokens)
    _, best = min(attached, key=lambda a: (_rank(a[1][2]), a[0]))
    start, end, location, _ = _first_listed(best, places)
    return EventPlace(location, start, end, explicit=True)


def _unknown_settlement(sentence: Sentence, tokens: list) -> EventPlace | None:
    """ "died during a raid on his house in the Syrian town of Atmeh": a town the gazetteer
    does not know, told in the event's clause with the people's adjective of its country, is
    that town of that country."""
    for m in _settlement_of().finditer(sentence.text):
        code = gazetteer().demonym_country(m["people"])
        words = sentence.span.doc.char_span(
            sentence.start + m.start("name"),
            sentence.start + m.end("name"),
            alignment_mode="expand",
        )
        if code is None or words is None or not _told_of_the_event(words.root, tokens):
            continue
        country = gazetteer().country_names.get(code)
        location = Location(m["name"], None, country, code, precision="city")
        start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
        return EventPlace(location, start, end, explicit=True)
    return None


def _told_of_the_event(word, tokens: list) -> bool:
    """The event's words govern the place, through no clause about someone ("who was born
    in the Syrian village of X")."""
    ours = {t.i for t in tokens}
    for up in word.ancestors:
        if up.i in ours:
            return True
        if up.dep_ in ("relcl", "acl", "appos"):
            return False
    return False


@cache
def _settlement_of() -> re.Pattern:
    nouns = "|".join(map(re.escape, load_toml("geo.toml")["settlement_nouns"]))
    preps = "|".join(sorted(_cues()["locative"]))
    return re.compile(
        rf"\b(?:{preps})\s+the\s+(?P<people>[A-Z][a-z]+)\s+(?:{nouns})\s+of\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    )


def _first_listed(best: tuple, places: list[tuple]) -> tuple:
    """ "in Zabul and Khost provinces": of places listed together, the first named."""
    root = best[3].root
    listed = [
        p
        for p in places
        if _rank(p[2]) == _rank(best[2])
        and (p[3].root.is_ancestor(root) or root.is_ancestor(p[3].root))
    ]
    return min([best, *listed], key=lambda p: p[0])


def _same_frame(places: list, tokens: list) -> list[tuple[int, tuple]]:
    """Places further off in the parse ("an operation in search of a leader in Kajaki
    district"), so long as no verb of saying stands between ("police in Kabul said")."""
    out = []
    for place in places:
        if _preposition(place) not in _cues()["locative"]:
            continue
        paths = [tree_distance(place[3].root, tok) for tok in tokens]
        near = [d for d, crosses in paths if not crosses]
        if near:
            out.append((min(near), place))
    return out


def place_from_context(ctx: DocContext, sentence: Sentence) -> EventPlace | None:
    """The most precise place of the nearest sentence before, in the same paragraph; for the
    first sentence of a paragraph, the last sentence of the paragraph before (the story goes
    on: "... in the southern city of Kerman.\n\nThe two explosions killed 84 people")."""
    anchor = ctx.document.anchor_for(sentence.start)
    earlier = ctx.sentences[max(0, sentence.index - BORROW_SENTENCES) : sentence.index]
    # ... unless the sentence names places of its own, none of them the event's: a new
    # paragraph about another place is another story ("In the northern port of Bosaso, ...")
    opens_paragraph = not sentence.places and (
        not earlier or earlier[-1].paragraph != sentence.paragraph
    )
    for n, s in enumerate(reversed(earlier)):
        same_paragraph = s.paragraph == sentence.paragraph
        just_before = opens_paragraph and n == 0 and s.paragraph == sentence.paragraph - 1
        if not (same_paragraph or just_before) or ctx.document.anchor_for(s.start) != anchor:
            break
        places = [
            p
            for p in s.places
            if _where_something_happens(p)
            and not _where_someone_is(p)
            and not _where_someone_meant_to_go(p)
        ]
        if places:
            start, end, location, _ = min(places, key=lambda p: (_rank(p[2]), p[0]))
            return EventPlace(location, start, end, explicit=False)
    return None


def _in_another_act(place: tuple, tokens: list) -> bool:
    """The place is told of another act than the event's, in a clause joined to the event's
    with a doer of its own ("arrested nine people in Spain, and German police searched two
    flats in Bavaria"). (Clauses set a stretch of time apart, "a day after police shot him
    near Milan", were tried too: they lost a held-out operation's place.)"""
    ours = {t.i for t in tokens}
    for up in [place[3].root, *place[3].root.ancestors]:
        if up.i in ours:
            return False
        if up.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in up.children
        ):
            continue
        if up.dep_ == "conj" and not any(c.dep_ == "mark" for c in up.children):
            return True  # not "said the attacks were repelled and that soldiers killed 80"
    return False


def _a_country_acting(place: tuple, tokens: list) -> bool:
    """ "struck three army camps ..., as France winds down its campaign in Mali": a country
    that is the subject of a clause other than the event's is its state acting, not where the
    event happened."""
    root = place[3].root
    if place[2].precision != "country" or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # not "Kazakhstan flies 231 citizens home from Syria, detains 20 on arrival": the event's
    # own verb is joined to the country's
    return not any(tok.i == verb.i or verb.is_ancestor(tok) for tok in tokens)


def _where_something_happens(place: tuple) -> bool:
    """ "troops from the United Arab Emirates", "a US drone": a place told as where forces
    come from or whose they are locates nothing told later. Where someone went may ("drove
    the truck to Oklahoma City. It exploded ..."), but not in its own sentence."""
    away = _cues()["not_event"]
    told_away = _preposition(place) in away or _word_before(place) in away
    return not (
        told_away
        or _nationality(place)
        or _speaks_for_a_government(place)
        or _state_as_doer(place)
    )


def _where_someone_meant_to_go(place: tuple) -> bool:
    """ "had been questioned over a plan to travel to Syria", "was stopped trying to reach
    Turkey": a place an infinitive only meant to go to is where nothing told later happened."""
    root = place[3].root
    before = doc_text(root.doc)[max(0, place[0] - 40) : place[0]]
    if _meant_to_go().search(before):
        return True  # by its words, also in a sentence the parser left alone
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@cache
def _meant_to_go() -> re.Pattern:
    verbs = "|".join(load_toml("geo.toml")["meant_to_go_verbs"])
    return re.compile(rf"\bto (?:{verbs}) (?:to |into )?$", re.IGNORECASE)


def _where_someone_is(place: tuple) -> bool:
    """ "had been in touch with a man in Syria", "an Indonesian who joined the group in
    Syria": the place tells where a person the sentence names in passing is or was, not where
    what a later sentence tells happens."""
    root = place[3].root
    if _in_a_past_of_someone(root):
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "NOUN":
        return False
    person = prep.head
    return person.lower_ in _cues()["located_people"] and person.dep_ == "pobj"


def _in_a_past_of_someone(root) -> bool:
    """ "Bahrun Naim, an Indonesian who joined the group in Syria": a place in a relative
    clause telling where someone lived, trained or joined up tells that person's past (not "the
    man who stabbed five people in Villach", the story's own deed)."""
    life = _cues()["life_verbs"]
    if not root.lemma_:  # a sentence read only for its names has no parse
        return _life_told_by_words(root, life)
    for up in root.ancestors:
        if up.dep_ == "relcl":
            return told_of_someone(up) and (up.lemma_.lower() in life or up.lower_ in life)
    return False


def _life_told_by_words(root, life: frozenset[str]) -> bool:
    """The same, by the words alone: "who" and a verb of a life right after it, with no break
    between them and the place ("who joined the group in Syria")."""
    before = [t.lower_ for t in root.doc[max(root.sent.start, root.i - 12) : root.i]]
    if "who" not in before:
        return False
    told = before[len(before) - before[::-1].index("who") :]
    return not any(w in (",", ";") for w in told) and any(w in life for w in told[:2])


def _state_as_doer(place: tuple) -> bool:
    """ "A ceasefire brokered by Angola": a country that does something (the agent of a
    passive) is its government acting, not where anything happens."""
    if place[2].precision != "country":
        return False
    root = place[3].root
    # a sentence read only for its names has no parse: the word before tells
    return (root.dep_ == "pobj" and root.head.dep_ == "agent") or _word_before(place) == "by"


def _speaks_for_a_government(place: tuple) -> bool:
    """ "as Beijing demanded that the killers be found": a capital or a country that says or
    demands something is its government speaking, not where anything happens."""
    root = place[3].root
    speaking = root.head.lemma_.lower() in _cues()["speaking"]
    return root.dep_ == "nsubj" and speaking and place[2].precision in ("city", "country")


def _word_before(place: tuple) -> str | None:
    """The word before the name and its article: a sentence only read for its names has no
    parse to hang the name on it ("Navy SEALs, supported by troops from the United Arab
    Emirates, came ...")."""
    words = place[3]
    i = words.start - 1
    if i >= 0 and words.doc[i].lower_ == "the":
        i -= 1
    return words.doc[i].lower_ if i >= 0 else None


def place_of_event(ctx: DocContext, sentence: Sentence, tokens: list) -> EventPlace | None:
    return place_in_sentence(sentence, tokens) or place_from_context(ctx, sentence)


def _nationality(place: tuple) -> bool:
    """ "a US drone strike", "Russian-backed forces": a country modifying a noun is whose
    forces act, not where ("the Kabul attack" is a place: only countries are read so)."""
    root = place[3].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Afghan and U.S. aircraft": listed with another modifier
    return place[2].precision == "country" and root.dep_ in ("compound", "amod", "nmod", "poss")


def _governs(place: tuple, tokens: list) -> bool:
    """ "travelled to Lahore, where he blew himself up": the event is told of the place."""
    root = place[3].root
    return any(root.is_ancestor(tok) for tok in tokens)


def _bound_for(place: tuple, tokens: list) -> bool:
    """ "returning to Aden", "fled to Niger", "arranging for two recruits to cross into
    Somalia": where someone was going; but not where the doers went to do the event ("crossed
    into Cameroon and attacked Fotokol": the event's words hang on the going)."""
    tok = _phrase_head(place[3].root)
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "into"):
        return False
    going = tok.head.head
    if tok.head.lower_ == "into" and any(going.is_ancestor(t) for t in tokens):
        return False
    return going.lemma_.lower() in _cues()["motion"]


def _preposition(place: tuple) -> str | None:
    """The preposition a place is the object of ("in Kabul" -> "in"), if any."""
    return _preposition_over(place[3].root)


def _phrase_head(tok):
    """The noun a name modifies or is listed with: "toward the Sulu archipelago", "in Zabul
    and Khost provinces"."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _preposition_over(tok) -> str | None:
    tok = _phrase_head(tok)
    if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
        return None
    prep = tok.head
    nouns = _cues()["place_nouns"]
    if prep.lower_ == "of" and (prep.head.lower_ in nouns or prep.head.lemma_.lower() in nouns):
        return _preposition_over(prep.head) or "of"  # "in the town of Jolo" is "in Jolo"
    return prep.lower_


@cache
def _cues() -> dict[str, frozenset]:
    data = load_toml("geo.toml")
    return {
        "not_event": frozenset(data["not_event_prepositions"]),
        "locative": frozenset(data["locative_prepositions"]),
        "place_nouns": frozenset(data["place_nouns"]),
        "motion": frozenset(data["motion_verbs"]),
        "speaking": frozenset(data["speaking_verbs"]),
        "located_people": frozenset(data["located_people"]),
        "life_verbs": frozenset(data["life_verbs"]),
    }


def _rank(location: Location) -> int:
    return _PRECISE_FIRST.get(location.precision or "city", 3)
