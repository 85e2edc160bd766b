"""Dependency-tree helpers: which words belong to which event word."""

from __future__ import annotations

# Verbs that introduce another event's frame: a date or place hanging off them is theirs
# ("police said on Monday", "the group claimed it on Wednesday"), not the attack's.
FRAME_VERBS = frozenset(
    {
        "say",
        "claim",
        "tell",
        "report",
        "add",
        "blame",
        "announce",
        "accuse",
        "rise",
        "climb",
        "issue",
        "release",
        "confirm",
        "state",
        "charge",
        "arrest",
        "detain",
        "sentence",
        "warn",
        "urge",
        "call",
        "publish",
        "post",
        "attribute",
        "deny",
        "condemn",
        "vow",
        "pledge",
        "reach",
        "hold",
        "bury",
        "mourn",
        "visit",
        "meet",
        "speak",
        "note",
        "write",
        "quote",
        "show",
        # "the Taliban did not comment": the saying is negated, not what it hangs over
        "comment",
    }
)


# Verbs of saying whose clausal complement is what is reported ("the ministry said troops had
# killed 36"): the reported clause, not the saying, is the act.
SAYING_VERBS = frozenset({"say", "tell", "announce", "report", "add", "state"})


def tree_distance(a, b) -> tuple[int, bool]:
    """Edges between two tokens of one sentence, and whether the path crosses a frame verb.

    Tokens of different sentences share no ancestor: (99, True)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, tok in enumerate(up_a):
        if tok.i in index_b:
            m = index_b[tok.i]
            path = up_a[: n + 1] + up_b[:m]
            # "a police post", "the call": nouns spelt like verbs of saying frame nothing
            crosses = any(
                t.lemma_ in FRAME_VERBS and t.pos_ in ("VERB", "AUX") and t.i not in (a.i, b.i)
                for t in path
            )
            return n + m, crosses
    return 99, True


def attachment_score(entity_span, trigger_token) -> int | None:
    """How closely a date or place belongs to the trigger; ``None`` if it belongs elsewhere."""
    distance, crosses = tree_distance(entity_span.root, trigger_token)
    if crosses or distance > 5:
        return None
    return distance


def hanging_off(items: list, tokens: list) -> list[tuple[int, tuple]]:
    """(score, item) for each of a sentence's dates or places (``item[3]`` its words) that
    hangs off one of ``tokens``, scored by its closest one."""
    out = []
    for item in items:
        scores = [attachment_score(item[3], tok) for tok in tokens]
        scores = [s for s in scores if s is not None]
        if scores:
            out.append((min(scores), item))
    return out


def with_left_modifiers(sentence, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a name widened to the words before it that say whose it is ("U.S.
    embassy", "European security agencies", "Pakistan's telecom regulator"); offsets into the
    document text, ``sentence`` a ``Sentence`` of ``extract.context``."""
    words = sentence.span.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return start, end
    first = words[0]
    for left in reversed([t for t in words.root.lefts if t.i < first.i]):
        if left.i != first.i - 1 or left.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
            break
        first = left
    return min(start, first.idx), end


_TEXT_KEY = "watchfloor.doc_text"


def doc_text(doc) -> str:
    """The document's text, read once per document: spaCy's ``Doc.text`` joins every token's
    text again on each access, which made the extractors' many lookups around a word cost a
    pass over the whole article each."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def in_an_opening_with(tok) -> bool:
    """The token is in a "with" phrase that opens its clause ("With Friday's gunfight, 188
    Maoists have been killed this year"): the latest incident added to a tally, named in
    passing."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "prep" and node.lower_ == "with":
            return node.i < node.head.i and node.i == node.left_edge.i
    return False


def simple_present(verb) -> bool:
    """The verb is in the simple present, with no auxiliary ("Telegram removes ...", "he urges
    ..."): how news writing tells what is done as a rule, or what a video shows."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def told_of_someone(verb) -> bool:
    """The verb heads a relative clause about a person ("three men who stabbed an officer",
    "an Indonesian who joined the group"): what someone the sentence describes did."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children
    )
