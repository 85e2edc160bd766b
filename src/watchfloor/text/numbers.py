"""Number words as news prints them, shared by the stages that read counts and durations."""

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "a pair of": 2,
    "both": 2,
}


def small_number(word: str) -> int | None:
    """ "two" -> 2, "12" -> 12, "a" -> 1; ``None`` for anything else."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
