"""Stage 4, time: sentence text -> ``TimeMention`` (whole time expressions) -> ``DateSpan``.

``find`` locates whole expressions by rules ("this past Wednesday", "between October 2016 and
the end of June 2017") and rejects what only looks like one (counts, names, clock times);
``resolve`` anchors each to the publication date governing it, knowing that news reports the
past, or to the event told just before for "two days later". No anchor means no guess: the span
keeps its words with null dates. Which expression dates an event is decided in
``extract.dating``, where the parse is at hand.
"""

from watchfloor.time.find import TimeMention, find_time_expressions, is_period
from watchfloor.time.resolve import reporting_window, resolve_expression

__all__ = [
    "TimeMention",
    "find_time_expressions",
    "is_period",
    "reporting_window",
    "resolve_expression",
]
