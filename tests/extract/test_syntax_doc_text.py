"""``doc_text`` gives the parsed document's text, the same as spaCy's ``Doc.text``, once per
document (sentences written for this test)."""

from __future__ import annotations

from watchfloor.extract.syntax import doc_text


def test_doc_text_is_the_documents_text_and_is_kept(nlp):
    doc = nlp.make_doc("Gunmen attacked a checkpoint on Monday.  Two soldiers were hurt.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # read once, then kept


def test_each_document_keeps_its_own_text(nlp):
    one = nlp.make_doc("The army said it had retaken the town.")
    two = nlp.make_doc("Police detained three men in the capital.")
    assert (doc_text(one), doc_text(two)) == (one.text, two.text)
