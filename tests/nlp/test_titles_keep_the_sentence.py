"""A rank or title before a name does not end a sentence (``nlp``): the stock tokenizer cut
"Lt." and "Capt." at the full stop and the sentence splitter ended sentences after "Brig." and
"Sgt.", so "Brig. Gen. Ahmed Asiri told ..." lost its subject. A full stop after an ordinary
word still ends one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Lt. Gen. Pornsak Poonsawat, the regional commander, said on Wednesday that insurgents "
        "might strike again.",
        "A coalition spokesman, Brig. Gen. Ahmed Asiri, told a television channel that 800 "
        "fighters had been killed.",
        "Capt. Gildas Hounkpatin said the posts were built to stop poachers.",
        "Sgt. Maj. John Smith was killed on Monday.",
    ],
)
def test_a_title_does_not_end_the_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_titles_stay_one_word(nlp):
    words = [t.text for t in nlp("Lt. Gen. Pornsak Poonsawat and Capt. Gildas Hounkpatin spoke.")]
    assert words[:2] == ["Lt.", "Gen."]
    assert "Capt." in words


def test_a_full_stop_after_a_word_still_ends_the_sentence(nlp):
    text = "Capt. Gildas Hounkpatin said the posts were built. He left on Monday."
    assert len(list(nlp(text).sents)) == 2
