"""Stage 4, time: time expressions -> ``DateSpan`` resolved against an anchor date.

First version: the forms news uses most ("Jan. 14", "this past Wednesday", "last week",
"yesterday", "in May", "2016", full dates) are resolved by rules that know news reports the
past; anything else goes to dateparser with the anchor as its base. No anchor means no guess:
the span keeps its text with null dates.
"""

from watchfloor.time.resolve import reporting_window, resolve_expression

__all__ = ["reporting_window", "resolve_expression"]
