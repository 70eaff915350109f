"""The spaCy pipeline: Vietnamese tokenizer plus our components, built once per process.

Components (in order), each writing spans into `doc.spans[...]` and results into `doc._`:
  vanban_words      underthesea segmentation, POS and NER -> spans "words" (label = POS), "ner"
  vanban_symbols    number/symbols and dates -> spans "symbols", "dates"
  vanban_header     fixed zones (number, place-date, type, subject, issuer, signer, Nơi nhận)
  vanban_citations  cited documents, short mentions resolved -> spans "citations"
  vanban_tasks      assigned tasks -> spans "tasks"
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.citations import find_citations
from pipeline.extract.dates import find_dates
from pipeline.extract.header import read_document_header
from pipeline.extract.symbols import find_symbols
from pipeline.extract.tasks import find_tasks
from pipeline.nlp.segment import analyse
from pipeline.nlp.tokenizer import VietnameseTokenizer

for _name in ("header", "locality", "citations", "tasks"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _spans(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span]:
    return [s for s in (_span(doc, a, b, label) for a, b, label in items) if s is not None]


@Language.factory("vanban_words", default_config={"ner": True})
def make_words(nlp: Language, name: str, ner: bool) -> object:
    def words(doc: Doc) -> Doc:
        analysed = analyse(doc.text, with_ner=ner)
        doc.spans["words"] = _spans(doc, [(w.start, w.end, w.pos) for w in analysed])
        doc.spans["ner"] = _spans(doc, _entities(analysed))
        return doc

    return words


def _entities(words: list) -> list[tuple[int, int, str]]:
    """BIO-tagged words -> entity spans."""
    out: list[tuple[int, int, str]] = []
    for w in words:
        if w.ner.startswith("B-") or (w.ner.startswith("I-") and not out):
            out.append((w.start, w.end, w.ner[2:]))
        elif w.ner.startswith("I-") and out and out[-1][2] == w.ner[2:]:
            out[-1] = (out[-1][0], w.end, out[-1][2])
    return out


@Language.component("vanban_symbols")
def symbols_component(doc: Doc) -> Doc:
    text = doc.text
    doc.spans["symbols"] = _spans(
        doc, [(s.start, s.end, s.doc_type or "CV") for s in find_symbols(text)]
    )
    doc.spans["dates"] = _spans(doc, [(d.start, d.end, d.rule) for d in find_dates(text)])
    return doc


@Language.component("vanban_header")
def header_component(doc: Doc) -> Doc:
    doc._.locality, doc._.header = read_document_header(doc.text)
    doc.spans["zones"] = _spans(
        doc,
        [
            (p.start, p.end, field)
            for field, p in doc._.header.provenance.items()
            if p.end > p.start
        ],
    )
    return doc


@Language.component("vanban_citations")
def citations_component(doc: Doc) -> Doc:
    header = doc._.header
    own = header.symbol.text if header and header.symbol and header.symbol.number else None
    own_issuer = header.issuer if header else None
    doc._.citations = find_citations(
        doc.text,
        doc._.locality,
        own_number=own,
        own_issuer=own_issuer,
        own_date=header.date if header else None,
        own_type=header.doc_type if header else None,
    )
    doc.spans["citations"] = _spans(
        doc,
        [(m.start, m.end, c.doc_type or "") for c in doc._.citations for m in c.mentions],
    )
    return doc


@Language.component("vanban_tasks")
def tasks_component(doc: Doc) -> Doc:
    header = doc._.header
    doc._.tasks = find_tasks(doc, header)
    doc.spans["tasks"] = _spans(
        doc, [(t.span.start, t.span.end, t.label or "") for t in doc._.tasks]
    )
    return doc


@cache
def build_nlp(words: bool = True, ner: bool = True) -> Language:
    """The pipeline, built once per process. `words=False` skips underthesea (fast path)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = VietnameseTokenizer(nlp.vocab)
    if words:
        nlp.add_pipe("vanban_words", config={"ner": ner})
    for name in ("vanban_symbols", "vanban_header", "vanban_citations", "vanban_tasks"):
        nlp.add_pipe(name)
    return nlp
