"""Direct quotations with a named speaker (statement records).

A statement is words printed between double quotation marks (straight or curly) that the article
gives to a speaker it names. Quotation marks are paired in one pass over the text; a quotation may
run over several sentences, and over paragraphs in the newswire way (a paragraph left open, the
next one opening with a new mark). The speaker is read from the words beside the quotation, in
the forms reporters use ("...," said John Smith, a fellow at X. / "...," Smith told Reuters. /
Smith said: "..." / "...," according to Smith. / He urged followers to "..."); a phrase quoted
inside the author's sentence looks for its verb before it first ('X said the group "was ..."'):

- a name (a person, organisation or known group found by the entity recogniser, else capitalised
  words) is the speaker, split from a title before it ('Interior Minister X'); a surname alone
  ("Parker added") stands for the full name given before;
- "he"/"she" stands for the nearest speaker or person named before it (a quoted speaker, else the
  subject of the nearest sentence naming a person; sentences about a pronoun or all quotation
  are passed over); a definite description or a bare title ("the spokesman", "the Home
  Minister") for the nearest person given that role before it, "the group"/"the ministry" for
  the nearest organisation of that kind;
- a quotation with no attribution right after one that has it ("...," he said. "...") continues
  the same speaker, also after a reply too short to record ('"No," he said. "..."').

Refused: quotations whose speaker is not named (spec: "a quoted statement by a named speaker"):
anonymous ones ("a U.S. official said", "officials told Reuters", "one of them said"), and
pronouns or descriptions whose antecedent is unnamed ("The friend said ... he told the BBC") or
missing; an outlet that only relays a quotation ("...", reports The Hindu) is not its speaker.
Also refused: phrases of fewer than five words quoted inside the author's sentence (scare
quotes: the so-called "caliphate") and replies of one word; titles, names and mottos (a video
titled "...", the name "..."); headlines (short lines with no full stop); single quotation marks
(in English news: headlines and quotes within quotes). A phrase of five words or more quoted
inside the author's sentence with a named speaker (He called the attack "a cowardly act of
terror by cowards") is kept: it is what the speaker said. Threats quoted from militants are
recorded like any other speech: the record is the reporting of it.

The record has the quotation (``quote``, a field span per paragraph), the speaker as named (the
fullest form the article gives), the role the article gives them (``speaker_role``: the words
after or before their name here, else at an earlier mention) and the organisation in that role
(``affiliation``: a known group's canonical name, else as printed; a known leader's group), and
the date when the attribution's own words state it ("said on Tuesday"), else none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from watchfloor.data import load_toml
from watchfloor.extract.context import DocContext, Sentence
from watchfloor.extract.lexicon import alternation
from watchfloor.models import DateSpan, FieldSpan, Span, StatementMention
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.time.find import is_period

_NAMED_LABELS = ("PERSON", "ORG", GROUP_LABEL)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_OPEN, _CLOSE, _EITHER = 1, 2, 3
_CAP = r"(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:al|el|bin|ibn|bint|abu|de|del|da|dos|van|von|der|du|le|la)"
_NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,4}}"
_PIECE_BOUNDARY = re.compile(
    r"(?:^|[,;:(\[]|\b(?:that|and|but|when|while|as|after|because|since|then|so|which|who|"
    r"where|if|though|although|before|once|with|by|to)\b)\s*",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s$")
_IDENTIFIED = re.compile(r"\s*(?:identified as|named|called|known as)\s+", re.I)
_ACCORDING = re.compile(r"\s*,?\s*according to\s+", re.I)


@dataclass(frozen=True)
class StatementLexicon:
    min_words_standalone: int
    min_words_embedded: int
    max_chars: int
    saying: re.Pattern  # any saying or embedding verb: the cheap test of a sentence
    verb_first: re.Pattern  # "...," said X / "...," added X
    speaker_first: re.Pattern  # "...," X said / "...," X, a fellow at Y, said
    closing_verb: re.Pattern  # "..." and more words, said X.
    name_saying: re.Pattern  # "..., police chief John Smith said"
    unnamed_opening: re.Pattern  # "A CRPF spokesman said ..."
    leading_verb: re.Pattern  # X said: "..." / X urged them to "..."
    adverbs_tail: re.Pattern
    pronoun: re.Pattern
    role_noun: re.Pattern
    surname_too: re.Pattern
    role_start: re.Pattern
    courtesy: re.Pattern
    organisation_noun: re.Pattern
    anonymous: re.Pattern
    title_cue: re.Pattern
    role_stop: re.Pattern
    organisation_word: re.Pattern
    abbreviations: frozenset[str]
    not_names: frozenset[str]


@cache
def statement_lexicon() -> StatementLexicon:
    data = load_toml("statements.toml")
    saying = _words(data["saying_verbs"])
    # an outlet after the quotation relays it ("...", reports The Hindu): not its speaker
    attributing = _words([v for v in data["saying_verbs"] if v not in data["relay_verbs"]])
    adverbs = _words(data["adverbs"])
    roles = _words(data["role_nouns"])
    return StatementLexicon(
        min_words_standalone=data["min_words_standalone"],
        min_words_embedded=data["min_words_embedded"],
        max_chars=data["max_chars"],
        saying=alternation(data["saying_verbs"] + data["embedding_verbs"]),
        verb_first=re.compile(
            rf"\s*,?\s*(?:(?:{adverbs})\s+)?(?P<verb>{attributing})\s+(?=\S)", re.I
        ),
        speaker_first=re.compile(
            rf"\s*,?\s*(?P<who>[^,;:!?\"“”\n]{{1,90}}?)(?:,\s*(?P<role>[^\"“”\n]{{1,300}}?),)?"
            rf"\s+(?:(?:{adverbs})\s+)*(?P<verb>{saying})(?![\w-])",
            re.I,
        ),
        closing_verb=re.compile(rf",\s+(?:{attributing})\s+(?=[A-Z])"),
        name_saying=re.compile(rf"({_NAME})\s+(?:(?:has|had|also)\s+)?(?:{saying})(?![\w-])"),
        unnamed_opening=re.compile(
            rf"(?:A|An|The|One|Another)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{roles})\s+"
            rf"(?:(?:has|had|also)\s+)?(?i:{saying})(?![\w-])"
        ),
        leading_verb=alternation(data["saying_verbs"] + data["embedding_verbs"]),
        adverbs_tail=re.compile(rf"(?:\s+(?:{adverbs}))+\s*$", re.I),
        pronoun=re.compile(rf"(?:{_words(data['pronouns'])})", re.I),
        role_noun=alternation(data["role_nouns"]),
        surname_too=alternation(data["surname_roles"]),
        role_start=re.compile(
            r"(?:an?|the|who|whose|former|senior|deputy|acting|one of|head of|chief of|"
            r"[A-ZÀ-Ö][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s)\b",
            re.I,
        ),
        courtesy=re.compile(rf"(?:{_words(data['courtesy_titles'])})\s+", re.I),
        organisation_noun=alternation(data["organisation_nouns"]),
        anonymous=re.compile(rf"(?:{_words(data['anonymous'])})(?![\w-])", re.I),
        title_cue=re.compile(rf"(?<![\w-])(?:{_words(data['title_cues'])})[\s,:]*$", re.I),
        role_stop=re.compile(rf"\s*,?\s+(?:{_words(data['role_stops'])})(?![\w-])", re.I),
        organisation_word=alternation(data["organisation_words"]),
        abbreviations=frozenset(data["abbreviations"]),
        not_names=frozenset(data["not_names"]),
    )


def _words(patterns: list[str]) -> str:
    """Regex alternation source, longest first (so "told reporters" wins over "told")."""
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def worth_parsing(sentence, text: str) -> bool:
    if '"' not in text and "“" not in text and "”" not in text:
        return False
    return bool(statement_lexicon().saying.search(text))


# --- quotation marks -> quotations ------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """One quotation: the offsets of its marks and of the quoted words in each paragraph."""

    open: int  # the opening mark
    close: int  # just past the closing mark
    segments: tuple[tuple[int, int], ...]

    @property
    def last(self) -> tuple[int, int]:
        return self.segments[-1]


def find_quotes(text: str, max_chars: int = 5000) -> list[Quote]:
    """Every double-quoted passage, in one pass over the marks. A mark opens or closes by the
    characters around it (curly marks by their shape when those do not tell); an opening mark
    never closed before the paragraph ends is dropped, unless the next paragraph opens with a
    mark (the quotation goes on). An opening mark inside an open quotation of the same paragraph
    closes it (the writer left out a closing mark: 'He said: "... hours. "This will ...').'"""
    quotes: list[Quote] = []
    opened: int | None = None
    segments: list[tuple[int, int]] = []
    start = 0
    for m in _QUOTE_MARKS.finditer(text):
        i = m.start()
        side = _mark_side(text, i)
        if opened is None:
            if side != _CLOSE:
                opened, segments, start = i, [], i + 1
            continue
        between = text[start:i]
        if side == _OPEN:
            if _continues_paragraph(between):
                segments.append(_stripped(text, start, start + between.index("\n")))
                start = i + 1
                continue
            if "\n" not in between and i - opened <= max_chars:
                segments.append(_stripped(text, start, i))
                if all(e > s for s, e in segments):
                    quotes.append(Quote(opened, i, tuple(segments)))
            opened, segments, start = i, [], i + 1
            continue
        if "\n" in between or i - opened > max_chars:
            opened = None  # never closed in its paragraph: a stray mark
            continue
        segments.append(_stripped(text, start, i))
        if all(e > s for s, e in segments):
            quotes.append(Quote(opened, i + 1, tuple(segments)))
        opened = None
    return quotes


def _mark_side(text: str, i: int) -> int:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    opens = before.isspace() or before in "([{—–-/:"
    closes = after.isspace() or after in ".,;:!?)]}—–-…'’"
    if opens and not closes:
        return _OPEN
    if closes and not opens:
        return _CLOSE
    mark = text[i]
    return _OPEN if mark == "“" else _CLOSE if mark == "”" else _EITHER


def _continues_paragraph(between: str) -> bool:
    """The quotation ran to the end of its paragraph, and the mark opens the very next one."""
    if "\n" not in between:
        return False
    head, _, tail = between.partition("\n")
    return bool(head.strip()) and not tail.strip()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- the article: sentences, entities, people named ----------------------------------------------


@dataclass
class Speaker:
    name: str
    start: int  # the words of the attribution that tell who speaks (name, pronoun, description)
    end: int
    role: tuple[int, int] | None = None  # offsets of the role words
    affiliation: str | None = None


@dataclass
class Attribution:
    speaker: Speaker | None  # None: the speaker is not named (the quotation is skipped)
    start: int  # the attribution's words
    end: int


@dataclass
class _Article:
    ctx: DocContext
    text: str
    lex: StatementLexicon
    quotes: list[Quote]
    ents: list = field(default_factory=list)
    ent_starts: list[int] = field(default_factory=list)
    quote_opens: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    # (offset, speaker or None when unnamed) of every attribution read so far
    history: list[tuple[int, Speaker | None]] = field(default_factory=list)
    _roles: dict[str, tuple[int, int] | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ents = sorted(
            (e for e in self.ctx.doc.ents if e.label_ in (*_NAMED_LABELS, "GPE", "NORP")),
            key=lambda e: e.start_char,
        )
        self.ent_starts = [e.start_char for e in self.ents]
        self.sentence_starts = [s.start for s in self.ctx.sentences]
        self.quote_opens = [q.open for q in self.quotes]

    def ents_in(self, start: int, end: int, labels=_NAMED_LABELS) -> list:
        i = bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start_char < end:
            e = self.ents[i]
            if e.end_char <= end and e.label_ in labels:
                out.append(e)
            i += 1
        return out

    def quoted(self, offset: int) -> bool:
        i = bisect_right(self.quote_opens, offset) - 1
        return i >= 0 and self.quotes[i].open <= offset < self.quotes[i].close

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.ctx.sentences[i] if i >= 0 else None


# --- extraction ----------------------------------------------------------------------------------


def extract(ctx: DocContext) -> list[StatementMention]:
    lex = statement_lexicon()
    text = ctx.document.text
    quotes = find_quotes(text, lex.max_chars)
    if not quotes:
        return []
    article = _Article(ctx, text, lex, quotes)
    mentions = []
    last: tuple[Attribution, int] | None = None  # the last attribution, and where it ends
    for n, quote in enumerate(quotes):
        kind = _kind(article, quote)
        if kind == "other":
            continue
        next_open = quotes[n + 1].open if n + 1 < len(quotes) else len(text)
        prev_close = quotes[n - 1].close if n else 0
        attribution = _attribution(article, quote, prev_close, next_open)
        if attribution is None:
            attribution = _continued(article, quote, last)
        if attribution is None:
            continue
        article.history.append((attribution.start, attribution.speaker))
        last = attribution, max(attribution.end, quote.close)
        if attribution.speaker is not None and kind == "speech":
            mentions.append(_mention(article, quote, attribution))
    return mentions


def _kind(article: _Article, quote: Quote) -> str:
    """ "speech"; "short" for a reply too short to record ('"No," he said.'), whose speaker may
    go on in the next quotation; "other" for a scare quote, a title or a headline."""
    text, lex = article.text, article.lex
    if lex.title_cue.search(text, max(0, quote.open - 40), quote.open):
        return "other"
    if _in_headline(text, quote):
        return "other"
    words = sum(len(re.findall(r"[^\W_]+", text[s:e])) for s, e in quote.segments)
    first = text[quote.segments[0][0]]
    last = text[quote.last[1] - 1]
    standalone = (first.isupper() or first.isdigit() or first == "[") and last in ",.!?…—-"
    if words >= (lex.min_words_standalone if standalone else lex.min_words_embedded):
        return "speech"
    return "short" if standalone else "other"


def _in_headline(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.open) + 1
    line_end = text.find("\n", quote.close)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    return len(line.split()) <= 20 and not re.search(r"[.!?…][\"”’')\]]*$", line)


def _attribution(
    article: _Article, quote: Quote, prev_close: int, next_open: int
) -> Attribution | None:
    """Who the words beside the quotation say spoke: after it, else before it."""
    text = article.text
    start = max(_sentence_start(article, quote.open), prev_close)
    embedded = text[quote.segments[0][0]].islower()  # 'X said the group "was ..."'
    if embedded:
        found = _leading(article, start, quote.open)
        if found is not None:
            return found
    if text[quote.last[1] - 1] != ".":
        end = min(_sentence_end(article, quote.close), next_open)
        found = _trailing(article, quote.close, end)
        if found is not None:
            return found
    return None if embedded else _leading(article, start, quote.open)


def _continued(
    article: _Article, quote: Quote, last: tuple[Attribution, int] | None
) -> Attribution | None:
    """A quotation right after an attributed one, with only a sentence break between, goes on
    with the same speaker ('"...," he said. "..."')."""
    if last is None or last[1] > quote.open:
        return None
    if not re.fullmatch(r"[\s.,;:!?\"”]*", article.text[last[1] : quote.open]):
        return None
    return Attribution(last[0].speaker, quote.open, quote.open)


def _trailing(article: _Article, start: int, end: int) -> Attribution | None:
    text, lex = article.text, article.lex
    window = text[start:end]
    m = _ACCORDING.match(window) or lex.verb_first.match(window)
    if m is not None:
        speaker = _speaker_after(article, start + m.end(), end)
        if speaker is not _NOBODY:
            return Attribution(speaker, start, end)
    m = lex.speaker_first.match(window)
    if m is None:
        return _closing_attribution(article, start, end)
    who = (start + m.start("who"), start + m.end("who"))
    role = (start + m.start("role"), start + m.end("role")) if m.group("role") else None
    speaker = _speaker_before(article, *who, role)
    if speaker is _NOBODY:
        return None
    return Attribution(speaker, start, end)


def _closing_attribution(article: _Article, start: int, end: int) -> Attribution | None:
    """'IS is "taking advantage" and sends a message ..., said Omar Abu Laila': a name after a
    saying verb that closes the sentence."""
    m = _last(article.lex.closing_verb.finditer(article.text, start, end))
    if m is None:
        return None
    speaker = _speaker_after(article, m.end(), end)
    if speaker is _NOBODY or speaker is None:
        return None
    return Attribution(speaker, start, end)


def _leading(article: _Article, start: int, end: int) -> Attribution | None:
    text, lex = article.text, article.lex
    window = text[start:end]
    m = _last(re.finditer(r"according to\s+", window, re.I))
    if m is not None:
        phrase_end = start + len(window.rstrip().rstrip(",:").rstrip())
        speaker = _speaker_after(article, start + m.end(), phrase_end)
        if speaker is not _NOBODY:
            return Attribution(speaker, start, end)
    verbs = list(lex.leading_verb.finditer(window))
    if not verbs:
        return None
    verb = verbs[-1]
    if len(window) - verb.end() > 200:
        return None
    if not window[: verb.start()].strip():
        return None  # "Responding to the charges, the office termed them ...": an opener
    if re.search(r"\b(?:an?|the|its|his|her|their|this|that)\s+$", window[: verb.start()], re.I):
        # a noun: "a warning from the ministry that '...'"
        source = re.match(r"\s+(?:from|by)\s+", window[verb.end() :])
        if source is None:
            return None
        speaker = _speaker_after(article, start + verb.end() + source.end(), end)
    elif verb.group().lower().endswith("ing"):
        speaker = _sentence_subject(article, start, start + verb.start())
    else:
        speaker = _speaker_tail(article, start, start + verb.start())
    if speaker is _NOBODY:
        return None
    return Attribution(speaker, start, end)


def _last(matches):
    found = None
    for found in matches:  # noqa: B007
        pass
    return found


# The words read name nobody: look elsewhere for the attribution.
_NOBODY = Speaker("", 0, 0)


def _speaker_after(article: _Article, start: int, end: int):
    """The speaker named right after a saying verb: 'said John Smith, a fellow at X'."""
    text = article.text
    comma = text.find(",", start, end)
    head_end = comma if comma >= 0 else end
    head_start, head_end = _stripped(text, start, head_end)
    if head_start >= head_end:
        return _NOBODY
    head = text[head_start:head_end]
    role = (comma + 1, end) if comma >= 0 else None
    named = _identified(article, role)
    if (
        named is not None
        and not article.ents_in(head_start, head_end, ("PERSON",))
        and (article.lex.anonymous.match(head) or _description(article, head_start, head_end, True))
    ):
        return _named(article, *named, (head_start, head_end), None)
    if article.lex.anonymous.match(head):
        return None
    ents = article.ents_in(head_start, head_end)
    people = [e for e in ents if e.label_ == "PERSON"]
    if ents:
        speaker = _entity_speaker(article, head_start, (people or ents)[0], role)
        if speaker is not None:
            return speaker
    m = re.match(_NAME, head)
    if m is not None:
        return _from_capitalised(article, head_start, head_start + m.end(), role)
    description = _description(article, head_start, head_end)
    return description if description is not None else _NOBODY


def _speaker_before(article: _Article, start: int, end: int, role: tuple[int, int] | None):
    """The speaker named before a saying verb: 'X said', 'X, a fellow at Y, said', 'he added'."""
    text = article.text
    start, end = _stripped(text, start, end)
    head = text[start:end]
    if not head:
        return _NOBODY
    if article.lex.pronoun.fullmatch(head):
        return _antecedent(article, start, end)
    last = re.search(r"\s(\w+)$", head)
    if last is not None and article.lex.pronoun.fullmatch(last.group(1)) and role is None:
        return _antecedent(article, start + last.start(1), end)  # "... reports New Age He said"
    named = _identified(article, role)
    if named is not None and (
        article.lex.anonymous.match(head) or _description(article, start, end, True)
    ):
        return _named(article, *named, (start, end), None)  # "the mayor, Ali Hassan, said"
    if article.lex.anonymous.match(head):
        return None
    ents = article.ents_in(start, end)
    if ents and not text[ents[-1].end_char : end].strip():
        speaker = _entity_speaker(article, start, ents[-1], role)
        if speaker is not None:
            return speaker
    m = re.search(rf"(?:^|\s)({_NAME})$", head)
    if m is not None:
        prefix = head[: m.start(1)].strip()
        longer = _longer_name(text, start, start + m.start(1))
        if longer is not None:
            return _named(article, longer, end, role, None)
        if _title_or_empty(article, prefix):
            title = (start, start + len(head[: m.start(1)].rstrip())) if prefix else None
            speaker = _from_capitalised(article, start + m.start(1), end, role, title)
            if speaker is not _NOBODY:
                return speaker
    description = _description(article, start, end)
    return description if description is not None else _NOBODY


def _entity_speaker(article: _Article, start: int, ent, role: tuple[int, int] | None):
    """A recognised name, with the words from ``start`` before it: a title ('Interior Minister
    X'), a possessive ("Jihadoscope's X"), or the head of a longer name the recogniser cut ('the
    Office of the Director of' + 'National Intelligence')."""
    text = article.text
    if _is_title(article, ent.text):  # "the Home Minister said": a description
        return _person_with_role(article, start, ent.text.split()[-1], (start, ent.end_char))
    prefix = text[start : ent.start_char].strip()
    head = _longer_name(text, start, ent.start_char)
    if head is not None:
        return _named(article, head, ent.end_char, role, None, ent)
    if not _title_or_empty(article, prefix):
        return None
    title = (start, start + len(prefix)) if prefix else None
    end = ent.end_char
    if ent.label_ == "ORG":  # the recogniser cut "White House Office of the Press | Secretary"
        more = re.match(rf"(?:\s+{_CAP})+", text[end : end + 60])
        if more is not None and not set(more.group().split()) & article.lex.not_names:
            end += more.end()
    return _named(article, ent.start_char, end, role, title, ent)


def _longer_name(text: str, start: int, name_start: int) -> int | None:
    """Where a name really begins when the words before it end in 'of', 'for', 'the'... of one
    capitalised name ('the Office of the Director of' + 'National Intelligence')."""
    prefix = text[start:name_start]
    if not prefix.endswith(" "):
        return None
    m = re.search(rf"((?:{_CAP}\s+(?:(?:of|for|and|on|the)\s+)*)+)$", prefix)
    if m is None or not re.search(r"\b(?:of|for|and|on|the)\s*$", m.group(1)):
        return None
    return start + m.start(1)


def _speaker_tail(article: _Article, start: int, end: int):
    """The speaker named just before a verb in the author's sentence: 'Smith said: "..."',
    'In May, the agency reported that the group "..."'."""
    text, lex = article.text, article.lex
    before = text[start:end]
    before = lex.adverbs_tail.sub("", before)
    before = re.sub(r"\s*\([^()]{1,40}\)\s*$", "", before)  # "... Intelligence (ODNI)"
    stop = start + len(before.rstrip())
    if before.rstrip().endswith(","):
        appositive = _appositive_before(article, start, stop - 1)
        if appositive is not None:
            return appositive
    pieces = list(_PIECE_BOUNDARY.finditer(text, start, stop))
    piece_start = pieces[-1].end() if pieces else start
    said = _last(lex.leading_verb.finditer(text, piece_start, stop))
    if said is not None:  # "X said he has instructed them to '...'": he
        piece_start = said.end()
    if piece_start >= stop:
        return _NOBODY
    return _speaker_before(article, piece_start, stop, None)


def _appositive_before(article: _Article, start: int, comma: int):
    """'Smith, a fellow at X, said': the name before the last role set off by commas."""
    text = article.text
    for ent in reversed(article.ents_in(start, comma)):
        rest = text[ent.end_char : comma]
        if rest.startswith(",") and _role_like(article, rest[1:].strip()):
            role = (ent.end_char + 1, comma)
            return _named(article, ent.start_char, ent.end_char, role, None, ent)
    for m in re.finditer(rf"({_NAME}),\s+", text[start:comma]):
        rest = text[start + m.end() : comma]
        if _role_like(article, rest) and m.group(1).split()[0] not in article.lex.not_names:
            s = start + m.start(1)
            return _from_capitalised(article, s, s + len(m.group(1)), (start + m.end(), comma))
    return None


def _sentence_subject(article: _Article, start: int, end: int):
    """The subject of the sentence ('Smith ..., adding that "..."'): the parse's, else the first
    name in it."""
    sentence = article.sentence_at(start)
    if sentence is not None and sentence.parsed:
        token = _root_subject(article, sentence, end)
        if token is not None and article.lex.pronoun.fullmatch(token.text):
            return _antecedent(article, token.idx, token.idx + len(token.text))
        if token is not None:
            for ent in article.ents_in(start, end):
                if ent.start_char <= token.idx < ent.end_char:
                    return _entity_speaker(article, ent.start_char, ent, None)
        subject = _subject_of(article, sentence, end)
        if subject == "unnamed":
            return None
        if isinstance(subject, tuple):
            return _named(article, subject[0], subject[1], None, None, subject[2])
    for ent in article.ents_in(start, end):
        if not article.quoted(ent.start_char):
            return _named(article, ent.start_char, ent.end_char, None, None, ent)
    return _NOBODY


def _identified(article: _Article, role: tuple[int, int] | None) -> tuple[int, int] | None:
    """'a fighter, identified as Abu Qatada', 'her son, Luis Añez': the name a description goes
    on to give."""
    if role is None:
        return None
    text = article.text
    m = _IDENTIFIED.match(text, role[0], role[1])
    at = m.end() if m is not None else _stripped(text, role[0], role[1])[0]
    for ent in article.ents_in(at, role[1], ("PERSON",)):
        if ent.start_char == at:
            return ent.start_char, ent.end_char
    n = re.compile(rf"{_NAME}(?=\s*(?:,|$))").match(text, at, role[1])
    if n is None or (m is None and n.group().split()[0] in article.lex.not_names):
        return None
    return n.start(), n.end()


def _description(article: _Article, start: int, end: int, test: bool = False):
    """'the spokesman', 'the group's top commander', 'the ministry': the person given that role,
    or the organisation of that kind, named before; None (unnamed) when there is none. With
    ``test``, only whether the words are such a description."""
    text, lex = article.text, article.lex
    phrase = text[start:end]
    m = re.match(
        r"(?:the|its|his|her|their|[\w.’'-]+['’]s)\s+(?:[\w.’'-]+\s+){0,4}?(?P<noun>[\w.-]+)"
        r"(?:\s+(?:of|for|at|in)\s+(?:[\w.’'()-]+\s*){1,6})?$",  # "the spokesman of the group"
        phrase,
        re.I,
    )
    if m is None:
        return None
    noun = m.group("noun")
    words = (start, end)
    if test:
        return bool(lex.role_noun.fullmatch(noun) or lex.organisation_noun.fullmatch(noun))
    if lex.role_noun.fullmatch(noun):
        return _person_with_role(article, start, noun, words)
    if lex.organisation_noun.fullmatch(noun):
        return _organisation_named(article, start, noun, words)
    return None


def _person_with_role(article: _Article, before: int, noun: str, words: tuple[int, int]):
    """The nearest person named before whose role holds this noun (spokesman ~ spokesperson ~
    spokeswoman: the first five letters; a short title like 'SP': the whole word)."""
    noun = noun.lower().rstrip(".")
    if len(noun) > 4:
        holds = re.compile(rf"\b{re.escape(noun.rstrip('s')[:5])}", re.I)
    else:
        holds = re.compile(rf"\b{re.escape(noun)}\b", re.I)
    for offset, speaker in reversed(article.history):
        if (
            offset < before
            and speaker is not None
            and speaker.role
            and holds.search(article.text[speaker.role[0] : speaker.role[1]])
        ):
            return _same_speaker(speaker, words)
    for ent in reversed(article.ents_in(0, before, ("PERSON",))):
        role = _known_role(article, ent.text)
        if role and holds.search(article.text[role[0] : role[1]]):
            return _named(article, ent.start_char, ent.end_char, None, None, ent, words)
    return None


def _organisation_named(article: _Article, before: int, noun: str, words: tuple[int, int]):
    labels = (GROUP_LABEL,) if noun.lower() in ("group", "movement") else ("ORG", GROUP_LABEL)
    for ent in reversed(article.ents_in(0, before, labels)):
        if article.quoted(ent.start_char):
            continue
        if labels == (GROUP_LABEL,) or noun.lower() in ent.text.lower():
            return _named(article, ent.start_char, ent.end_char, None, None, ent, words)
    return None


def _same_speaker(speaker: Speaker, words: tuple[int, int]) -> Speaker:
    return Speaker(speaker.name, words[0], words[1], speaker.role, speaker.affiliation)


def _antecedent(article: _Article, start: int, end: int):
    """Who 'he' or 'she' is: the speaker last quoted, or the person a recent sentence is about,
    whichever is nearer; None when that is an unnamed speaker ("The friend said ... he told the
    BBC") or nobody. Sentences that are all quotation, or whose subject is a pronoun too, are
    passed over."""
    sentence = article.sentence_at(start)
    if sentence is None:
        return None
    limit = sentence.paragraph
    taken = 0
    for i in range(sentence.index, -1, -1):
        s = article.ctx.sentences[i]
        if taken == _ANTECEDENT_SENTENCES or s.paragraph < limit - 2:
            break
        if article.quoted(s.start) and article.quoted(s.end - 1):
            limit = s.paragraph
            continue
        said = [(o, sp) for o, sp in article.history if s.start <= o < min(s.end, start + 1)]
        if said:
            speaker = said[-1][1]
            return _same_speaker(speaker, (start, end)) if speaker else None
        subject = _subject_of(article, s, start)
        if subject == "unnamed":
            return None
        if isinstance(subject, tuple):
            words = article.text[subject[0] : subject[1]]
            if _is_title(article, words):  # "The State Minister told ..."
                return _person_with_role(article, subject[0], words.split()[-1], (start, end))
            return _named(article, subject[0], subject[1], None, None, subject[2], (start, end))
        people = [
            e
            for e in article.ents_in(s.start, min(s.end, start), ("PERSON",))
            if not article.quoted(e.start_char)
        ]
        if people:
            ent = people[0]
            return _named(article, ent.start_char, ent.end_char, None, None, ent, (start, end))
        if subject != "pronoun":
            taken += 1
    return None


_ANTECEDENT_SENTENCES = 4
# A name opening a sentence as its subject: "Guevara denied ...", "Smith, 36, said ..."
_OPENING_NAME = re.compile(
    rf"({_NAME})(?:,|\s+(?:(?:has|had|was|is|also|later|then|would|will)\b|[a-z]+(?:ed|s)\b))"
)


def _subject_of(article: _Article, sentence: Sentence, before: int):
    """The subject of a sentence's main verb: (start, end, entity) of a name, "pronoun",
    "unnamed" (a person not named: "the friend"), or None. From the parse, else from a name
    opening the sentence ("Guevara denied ...")."""
    lex = article.lex
    if sentence.parsed:
        token = _root_subject(article, sentence, before)
        if token is None:
            return None
        if token.pos_ == "PRON":
            return "pronoun" if lex.pronoun.fullmatch(token.text) else None
        if not (token.pos_ == "PROPN" or token.text[:1].isupper()):
            return "unnamed" if lex.role_noun.fullmatch(token.text) else None
        first = token
        while first.i > sentence.span.start and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
        said = bool(lex.saying.fullmatch(token.head.text))
        return _person_subject(article, first.idx, token.idx + len(token.text), before, said)
    if re.match(r"(?:He|She)\b", sentence.text):
        return "pronoun"
    if lex.unnamed_opening.match(sentence.text):
        return "unnamed"
    m = _OPENING_NAME.match(sentence.text)
    said = False
    if m is None or m.group(1).split()[0] in lex.not_names:
        m = lex.name_saying.search(sentence.text)  # "In May, Smith said ..."
        if m is None or m.group(1).split()[0] in lex.not_names:
            return None
        said = True
    start, end = sentence.start + m.start(1), sentence.start + m.end(1)
    return _person_subject(article, start, end, before, said)


def _root_subject(article: _Article, sentence: Sentence, before: int):
    for token in sentence.span:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "ROOT"
            and token.idx < before
            and not article.quoted(token.idx)
        ):
            return token
    return None


def _person_subject(article: _Article, start: int, end: int, before: int, said: bool = False):
    """A name as subject stands for a person when it is recognised as one or given in full
    before, or is not recognised as anything else; the subject of a saying verb also when it
    is recognised as an organisation (the recogniser takes 'S.N. Pradhan' for one) or follows
    one ('Police Abhishek Meena said')."""
    people = article.ents_in(start, end + 1, ("PERSON",))
    ent = people[0] if people else None
    name = ent.text if ent is not None else article.text[start:end]
    others = article.ents_in(start, end + 1, ("ORG", GROUP_LABEL, "GPE", "NORP"))
    if ent is not None or _earlier_full_name(article, name, before) or not others:
        return start, end, ent
    if _WHO_AFTER.match(article.text, end) and all(o.label_ == "ORG" for o in others):
        return start, end, None  # "Lurdes Ngovene Bila, who studies the insurgency, said"
    if _role_told_after(article, end) and all(o.label_ in ("ORG", "GPE") for o in others):
        # "Torpekai Jalalzai, a researcher at ..., said": a name the recogniser took for a
        # place or an organisation is a person when a role is told of it
        return start, end, None
    if not said or any(o.label_ != "ORG" for o in others):
        return None
    rest = article.text[max(o.end_char for o in others) : end].strip()
    if len(rest.split()) >= 2 and re.fullmatch(_NAME, rest):
        return end - len(rest), end, None
    return start, end, None


# a relative "who" right after a name: the recogniser's organisation is a person
_WHO_AFTER = re.compile(r",\s+who\b")
# an appositive after a name: ", a researcher", ", a senior analyst", ", the group's spokesman"
_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'’.-]+\s*){1,4})")
# words that end an appositive's noun phrase ("a senior fellow at ...")
_PHRASE_ENDS = frozenset({"at", "of", "for", "in", "with", "from", "on", "who", "and"})


def _role_told_after(article: _Article, end: int) -> bool:
    """The name is followed by an appositive whose noun is a role ("a researcher at ...")."""
    m = _APPOSITIVE_AFTER.match(article.text, end)
    if m is None:
        return False
    words = list(takewhile(lambda w: w.lower() not in _PHRASE_ENDS, m.group(1).split()))
    return any(article.lex.role_noun.fullmatch(w.rstrip(",")) for w in words)


# --- names, roles, affiliations ------------------------------------------------------------------


def _from_capitalised(
    article: _Article,
    start: int,
    end: int,
    role: tuple[int, int] | None,
    title: tuple[int, int] | None = None,
):
    """A name without an entity: capitalised words, split from a title that leads them
    ('Interior Minister Qassim al-Araji')."""
    text, lex = article.text, article.lex
    m = re.match(_NAME, text[start:end])
    if m is None:
        return _NOBODY
    name_end = start + m.end()
    for word in list(re.finditer(r"\S+", m.group()))[1:]:
        if word.group() in lex.not_names:  # "reports New Age He said": two phrases run on
            name_end = start + word.start() - 1
            break
    leading, name_start = _split_title(article, start, name_end)
    if _is_title(article, text[start:name_end]):  # "Information Minister added"
        return _person_with_role(article, start, text[start:name_end].split()[-1], (start, end))
    words = text[name_start:name_end].split()
    if words[0] in lex.not_names or all(lex.role_noun.fullmatch(w) for w in words):
        return _NOBODY
    return _named(article, name_start, name_end, role, leading or title)


def _is_title(article: _Article, words: str) -> bool:
    """Capitalised words that end in a role ('Home Minister', 'the SP'): a title, no name
    (but 'Julian King' is a name)."""
    lex = article.lex
    split = re.sub(r"^[Tt]he\s+", "", words).split()
    if not split or not lex.role_noun.fullmatch(split[-1].rstrip(".")):
        return False
    if len(split) > 1 and lex.surname_too.fullmatch(split[-1]):
        return bool(lex.role_noun.fullmatch(split[-2]) or split[-2][:1].islower())
    return True


def _split_title(article: _Article, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """(title, where the name begins) of capitalised words that open with a title or an owner
    ('Interior Minister Christophe Castaner', "Jihadoscope's Raphael Gluck")."""
    lex = article.lex
    words = list(re.finditer(r"\S+", article.text[start:end]))
    split = max(
        (
            i + 1
            for i, w in enumerate(words[:-1])
            if (lex.role_noun.fullmatch(w.group()) or _POSSESSIVE.search(w.group()))
            and not words[i + 1].group()[0].islower()  # "Director of ...": one name
        ),
        default=0,
    )
    if not split:
        return None, start
    return (start, start + words[split - 1].end()), start + words[split].start()


def _named(
    article: _Article,
    start: int,
    end: int,
    role: tuple[int, int] | None,
    title: tuple[int, int] | None,
    ent=None,
    words: tuple[int, int] | None = None,
) -> Speaker:
    """A speaker from the words naming them here, their role here or at an earlier mention, and
    the organisation in that role."""
    text, lex = article.text, article.lex
    if text[end - 1] == "." and not re.search(r"(?:^|\s)[A-Z]\.$", text[start:end]):
        end -= 1  # the full stop of 'said Col. Torres.'
    if title is None:
        title, start = _split_title(article, start, end)
    name = _plain_name(lex, text[start:end])
    canonical = ent.ent_id_ if ent is not None and ent.label_ == "PERSON" and ent.ent_id_ else None
    full = canonical or _plain_name(lex, _earlier_full_name(article, name, start) or name)
    appositive = _role_words(article, *role) if role else None
    if appositive is None and role is None:
        said = next((sp for _, sp in article.history if sp and sp.name == full and sp.role), None)
        appositive = said.role if said else None
    owner = None  # "Jihadoscope's Raphael Gluck"
    if title is not None and _POSSESSIVE.search(text[title[0] : title[1]]):
        owner = _POSSESSIVE.sub("", text[title[0] : title[1]])
        title = None
    if title is not None and text[title[0] : title[1]].lower() in ("the", ""):
        title = None
    chosen = appositive
    if chosen is None:
        earlier = _known_role(article, full)
        if title is not None and (earlier is None or len(text[slice(*title)].split()) > 1):
            chosen = title
        else:
            chosen = earlier or title
    speaker_words = words or (start, end)
    affiliation = _affiliation(article, chosen, full, ent)
    if affiliation is None and owner is not None:
        affiliation = group_lexicon().canonical(owner) or owner
    return Speaker(full, speaker_words[0], speaker_words[1], chosen, affiliation)


def _plain_name(lex: StatementLexicon, name: str) -> str:
    """Without a courtesy title ("Mr Whitelaw"), an article or a possessive ending."""
    courtesy = lex.courtesy.match(name)
    if courtesy:
        name = name[courtesy.end() :]
    return re.sub(r"['’]s$", "", re.sub(r"^[Tt]he\s+", "", name))


def _earlier_full_name(article: _Article, name: str, before: int) -> str | None:
    """'Parker' -> 'Jade Parker': the fullest name ending in these words given earlier, with
    a second surname printed after them ('Navarrete' -> 'Marisela Navarrete Bahena')."""
    full = _earlier_name_ending_in(article, name, before)
    return _with_second_surname(article, full, before) if full is not None else None


def _with_second_surname(article: _Article, full: str, before: int) -> str:
    """'Marisela Navarrete' -> 'Marisela Navarrete Bahena' when the article first gave the
    name so, before a comma: reporters then use the first surname alone."""
    pattern = rf"(?<![\w-]){re.escape(full)}\s+([A-Z][a-z]+),"
    m = re.search(pattern, article.text[:before])
    if m is None or m.group(1) in article.lex.not_names or _role_like(article, m.group(1)):
        return full
    return f"{full} {m.group(1)}"


def _earlier_name_ending_in(article: _Article, name: str, before: int) -> str | None:
    last = _bare(name.split()[-1]) if name.split() else ""
    if not last or len(name.split()) > 2:
        return None
    for _, speaker in article.history:
        if (
            speaker is not None
            and _bare(speaker.name.split()[-1]) == last
            and len(speaker.name.split()) > len(name.split())
        ):
            return speaker.name
    for ent in article.ents_in(0, before, ("PERSON",)):
        words = ent.text.split()
        if len(words) > len(name.split()) and _bare(words[-1]) == last:
            return ent.ent_id_ or _with_given_name_before(article, ent)
    # "Jim ", "J R ", "Luz Dary " (two given names, as Spanish names often have)
    given = r"(?:[A-Z]\.?\s+){1,3}|(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z]\.\s+)?"
    pattern = rf"(?<![\w-])({given}){re.escape(name)}(?![\w-])"
    for m in re.finditer(pattern, article.text[:before]):
        first = _given_names(article, m.group(1).split())
        if first:
            return f"{first} {name}"
    # "Lim said", after "Lim Chee Keong, who owns the trawler": a family name printed first,
    # before given names, as Malaysian, Chinese and Vietnamese names are ("Duan" for "Duan
    # Xiulan"); and "Prasert" for "Prasert Thongkham", a given name, as Thai names are told.
    # Only when one name of the article starts so.
    if len(name.split()) == 1:
        starting = {
            ent.text
            for ent in article.ents_in(0, before, ("PERSON",))
            if len(ent.text.split()) in (2, 3) and _bare(ent.text.split()[0]) == last
        }
        if len(starting) == 1:
            return starting.pop()
    return None


def _with_given_name_before(article: _Article, ent) -> str:
    """ "Ana Milena Cuellar", of which the recogniser took only "Milena Cuellar": a first
    given name left out of the name found."""
    if ent.start == 0 or len(ent) > 2:
        return ent.text
    word = ent.doc[ent.start - 1]
    # tested by its letters: sentences with no quotation may be left untagged
    named = word.is_alpha and word.is_title and not word.ent_type_
    if not named or word.is_stop or word.text in article.lex.not_names:
        return ent.text
    return ent.text if _role_like(article, word.text) else f"{word.text} {ent.text}"


def _given_names(article: _Article, words: list[str]) -> str | None:
    """The given names among the capitalised words before a surname: the last one, or the
    last two when neither is a title or a word that is no name ("Interior Minister")."""
    lex = article.lex
    names = [w for w in words if w not in lex.not_names and not lex.role_noun.fullmatch(w)]
    if not names or names[-1] != words[-1]:
        return None
    two = len(words) == 2 and len(names) == 2 and not _role_like(article, " ".join(words))
    return " ".join(words) if two else words[-1]


def _bare(word: str) -> str:
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az)[-‐]", "", word.lower()).strip("'’.,")


def _known_role(article: _Article, name: str) -> tuple[int, int] | None:
    """The role the article gives this person where it names them ('Jade Parker, a former
    analyst'; 'Secretary of Defense Jim Mattis')."""
    if name in article._roles:
        return article._roles[name]
    found = None
    text = article.text
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        after = re.match(r",\s+", text[m.end() : m.end() + 3])
        if after is not None:
            found = _role_words(article, m.end() + after.end(), _sentence_end(article, m.end()))
        if found is None:
            found = _title_before(article, m.start())
        if found is not None:
            break
    article._roles[name] = found
    return found


def _title_before(article: _Article, start: int) -> tuple[int, int] | None:
    """'Secretary of Defense ', 'European Parliament member ' right before a name."""
    text, lex = article.text, article.lex
    lo = max(0, start - 100, text.rfind("\n", 0, start) + 1)
    words = list(re.finditer(r"[\w.’'&-]+", text[lo:start]))
    keep = []
    gap_end = start - lo
    for w in reversed(words):
        word = w.group()
        if text[lo + w.end() : lo + gap_end].strip():
            break  # punctuation between: another phrase
        capital = word[0].isupper()
        if word in lex.not_names or not (capital or word in ("of", "for") or not keep):
            break  # a lowercase word only right before the name ("Parliament member X")
        if not capital and word not in ("of", "for") and not lex.role_noun.fullmatch(word):
            break
        keep.append(w)
        gap_end = w.start()
    while keep and keep[-1].group() in ("of", "for"):
        keep.pop()
    if not keep or not any(lex.role_noun.fullmatch(w.group()) for w in keep):
        return None
    if keep[0].end() + lo != len(text[:start].rstrip()):
        return None
    return lo + keep[-1].start(), lo + keep[0].end()


def _role_words(article: _Article, start: int, end: int) -> tuple[int, int] | None:
    """The role in an appositive, as printed, up to its first comma or a word that ends it."""
    text, lex = article.text, article.lex
    start, end = _stripped(text, start, end)
    comma = text.find(",", start, end)
    if comma >= 0:
        end = comma
    stop = lex.role_stop.search(text, start, end)
    if stop is not None:
        end = stop.start()
    end = _before_main_verb(article, start, end)
    start, end = _stripped(text, start, end)
    while end > start and text[end - 1] in ".;:":
        end -= 1
    words = text[start:end].split()
    if len(words) < 2 and not lex.role_noun.fullmatch(text[start:end]):
        return None  # "who" of "Smith, who said ..."
    if not _role_like(article, text[start:end]):
        return None
    return start, end


def _before_main_verb(article: _Article, start: int, end: int) -> int:
    """A role runs into the sentence's own verb when no comma closes it ("X, the new
    spokesman made an address"): it stops there, or after 20 words in an unparsed sentence."""
    sentence = article.sentence_at(start)
    if sentence is not None and sentence.parsed:
        for token in sentence.span:
            if start <= token.idx < end and token.dep_ in ("ROOT", "ccomp"):
                return token.idx
        return end
    words = list(re.finditer(r"\S+", article.text[start:end]))
    return start + words[19].end() if len(words) > 20 else end


def _role_like(article: _Article, words: str) -> bool:
    lex = article.lex
    if lex.role_start.match(words):
        return True
    split = words.split()
    return bool(lex.role_noun.search(" ".join(split[:10]))) or bool(
        split and lex.role_noun.fullmatch(split[-1])
    )


def _title_or_empty(article: _Article, prefix: str) -> bool:
    """Words before a name that are a title ('Interior Minister', "Jihadoscope's") or nothing."""
    if not prefix or prefix.lower() == "the":
        return True
    if re.search(r"\b(?:of|for|at|from|with|to|by)$", prefix, re.I):
        return False  # "the spokesperson of BRA": a description of someone unnamed
    if re.fullmatch(r"[\w.&-]+(?:\s+[\w.&-]+)*['’]s", prefix):
        return True
    return len(prefix.split()) <= 8 and bool(article.lex.role_noun.search(prefix))


def _affiliation(article: _Article, role: tuple[int, int] | None, name: str, ent) -> str | None:
    """The organisation in the role: a known group (canonical), else an organisation as printed;
    a known leader's group when no role names one."""
    lexicon = group_lexicon()
    if role is not None:
        found = _organisation_in(article, *role)
        if found is not None:
            return found
    named = lexicon.get(name)
    if named is not None and named.type == "person" and named.parent:
        return named.parent
    if ent is not None and ent.label_ == GROUP_LABEL:
        return ent.ent_id_ or lexicon.canonical(ent.text)
    return None


def _organisation_in(article: _Article, start: int, end: int) -> str | None:
    text, lex = article.text, article.lex
    lexicon = group_lexicon()
    ents = article.ents_in(start, end, (GROUP_LABEL, "ORG"))
    for ent in ents:
        if ent.label_ == GROUP_LABEL and _member_of(text[start : ent.start_char]):
            return ent.ent_id_ or lexicon.canonical(ent.text) or ent.text
    titled = text[start:end][:1].isupper()  # "Secretary of Defense": a title, not an employer
    ents = [e for e in ents if e.label_ == "ORG" and (" " in e.text or not titled)]
    if ents:
        return _without_title(lex, re.sub(r"^the\s+", "", ents[0].text, flags=re.I))
    places = {e.text for e in article.ents_in(start, end, ("GPE", "NORP"))}
    organisation = rf"{_CAP}(?:\s+(?:(?:of|for|and|on|the|&)\s+)*{_CAP})*"
    for m in re.finditer(
        rf"(?<![\w-])(?i:at|of|for|with)\s+(?:(?i:the)\s+)?({organisation})", text[start:end]
    ):
        candidate = re.sub(r"^The\s+", "", m.group(1).rstrip(".,"))
        if candidate in places or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{2}", candidate):
            continue
        if " " in candidate or not titled:
            return candidate
    for m in re.finditer(organisation, text[start:end]):
        words = list(lex.organisation_word.finditer(m.group()))
        if words and m.group() not in places:
            return m.group()[: words[-1].end()]  # "European Union" of "European Union Commissioner"
    return None


def _without_title(lex: StatementLexicon, organisation: str) -> str:
    """'U.S. Army' of 'U.S. Army Col.': the recogniser takes in a title that follows."""
    words = organisation.split()
    while len(words) > 1 and lex.role_noun.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


def _member_of(before: str) -> bool:
    """The words of a role before a group's name make the speaker one of its people ("the IS
    spokesman", "a commander of the Islamic State"), not someone who studies or fights it."""
    words = before.split()
    if len(words) > 5:
        return False
    return not re.search(
        r"\b(?:on|about|against|fighting|to|into|stud\w*|track\w*|focus\w*|who|defeat\w*|"
        r"counter\w*|monitor\w*|combat\w*)\b",
        before,
        re.I,
    )


# --- sentences -----------------------------------------------------------------------------------

_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)|\n")


def _is_end(article: _Article, m: re.Match) -> bool:
    text = article.text
    if m.group() == "\n":
        return True
    after = text[m.end() : m.end() + 3].lstrip()
    if after[:1].islower():
        return False
    if m.group()[0] == "." and len(m.group().rstrip("\"”’')]")) == 1:
        word = re.search(r"(\S+)$", text[max(0, m.start() - 12) : m.start()])
        if word is not None:
            w = word.group(1).lstrip('("“‘')
            if w in article.lex.abbreviations or re.fullmatch(r"[A-Z]", w):
                return False
    return True


def _sentence_end(article: _Article, offset: int) -> int:
    text = article.text
    limit = min(len(text), offset + 600)
    for m in _END.finditer(text, offset, limit):
        if _is_end(article, m):
            return m.start() if m.group() == "\n" else m.start() + 1
    return limit


def _sentence_start(article: _Article, offset: int) -> int:
    text = article.text
    lo = max(text.rfind("\n", 0, offset) + 1, offset - 600)
    start = lo
    for m in _END.finditer(text, lo, offset):
        if _is_end(article, m):
            start = m.end()
    return start


# --- the mention ---------------------------------------------------------------------------------


def _mention(article: _Article, quote: Quote, attribution: Attribution) -> StatementMention:
    text = article.text
    speaker = attribution.speaker
    assert speaker is not None
    fields = []
    parts = []
    for n, (s, e) in enumerate(quote.segments):
        if n == len(quote.segments) - 1:
            while e > s and text[e - 1] == ",":
                e -= 1
        fields.append(FieldSpan("quote", s, e, text[s:e]))
        parts.append(text[s:e])
    fields.append(
        FieldSpan("speaker", speaker.start, speaker.end, text[speaker.start : speaker.end])
    )
    role = None
    if speaker.role is not None:
        role = text[speaker.role[0] : speaker.role[1]]
        fields.append(FieldSpan("speaker_role", *speaker.role, role))
    when = _date(article, attribution, quote)
    if when is not None:
        start, end, _ = when
        fields.append(FieldSpan("date", start, end, text[start:end]))
    low = min(quote.open, attribution.start)
    high = max(quote.close, attribution.end)
    sentences = [
        Span(s.start, s.end, s.text)
        for s in article.ctx.sentences
        if s.start < high and s.end > low
    ]
    return StatementMention(
        speaker=speaker.name,
        quote=" ".join(parts),
        sentences=sentences,
        speaker_role=role,
        affiliation=speaker.affiliation,
        date=when[2] if when else None,
        fields=fields,
    )


def _date(
    article: _Article, attribution: Attribution, quote: Quote
) -> tuple[int, int, DateSpan] | None:
    """A date in the attribution's own words ('said on Tuesday'), not in the quotation."""
    if attribution.end <= attribution.start:
        return None
    role = attribution.speaker.role if attribution.speaker else None
    aside = re.search(r",\s+\w+ing\b", article.text[attribution.start : attribution.end])
    limit = attribution.start + aside.start() if aside else attribution.end
    for sentence in article.ctx.sentences:
        if sentence.end <= attribution.start or sentence.start >= attribution.end:
            continue
        for start, end, span, _ in sentence.dates:
            if not (attribution.start <= start and end <= limit) or article.quoted(start):
                continue
            if role is not None and role[0] <= start < role[1]:
                continue  # "a student who saw it on Friday"
            if _capitalised_inside(article.text, start, "Today", "Tonight"):
                continue  # "told Russia Today"
            if re.search(r"\b(?:for|of)\s+$", article.text[max(0, start - 5) : start]):
                continue  # "its review for 2016": what the source covers
            if span.start and not is_period(span):
                return start, end, span
    return None


def _capitalised_inside(text: str, start: int, *words: str) -> bool:
    """One of these words, capitalised in the middle of a sentence: part of a name."""
    return any(text.startswith(w, start) for w in words) and text[
        max(0, start - 2) : start
    ] not in (
        ". ",
        "",
    )
