"""One graph of all processed documents: canonical nodes, stubs, and the relations between them.

Every record becomes a node under its canonical id; every citation resolves to a node, or to a
stub when the cited document is not among the inputs. Stubs merge into the document when it
arrives, and partial ids (issuer or year unknown) merge into the one complete node they fit.
Relations are read from the citing text (vocab/relations.toml): the trigger phrase nearest
before a mention ("Thực hiện", "Căn cứ", "Báo cáo kết quả thực hiện", "thay thế") says whether
the citing document implements, reports on or replaces the cited one; a trigger that follows
another citation in the same clause ("Kế hoạch số 71-KH/QU ... về thực hiện Chỉ thị số 06-CT/TU")
says how those two cited documents relate.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from typing import Any

import networkx as nx

from pipeline.extract.bodies import LocalityContext
from pipeline.link.identity import (
    DocKey,
    doc_key,
    fold,
    level_name,
    level_of,
    parse_number,
    record_context,
    record_id,
    record_key,
)
from pipeline.records.models import Citation, DocumentKind, DocumentRecord, Level
from pipeline.vocab import load_table, type_name


class Relation(str, Enum):
    """How a citing document relates to a cited one; each relation implies `cites`."""

    cites = "cites"
    implements = "implements"
    reports_on = "reports_on"
    replaces = "replaces"


RELATION_NAMES = {
    Relation.cites: "trích dẫn",
    Relation.implements: "thực hiện",
    Relation.reports_on: "báo cáo về",
    Relation.replaces: "thay thế",
}
"""How relations are named to users."""

_STRENGTH = {
    Relation.cites: 0,
    Relation.implements: 1,
    Relation.reports_on: 2,
    Relation.replaces: 3,
}
QUOTE_CHARS = 240
"""Longest quote kept on an edge: enough for the clause that states the relation."""

SAME_TEXT_MIN = 0.6
"""Two unnumbered drafts of one issuer and type are one document when this share of their word
triples is common (Jaccard). The same draft as .docx and as pdftotext output scores 0.96-1.0;
two decisions sharing a generic title ("Chấp thuận chủ trương đầu tư") score about 0.2."""


@dataclass
class Node:
    """A document: a processed record, or a stub known only through citations."""

    id: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    level: Level | None
    date: dt.date | None
    stub: bool
    label: str
    subject: str | None = None
    kind: str = DocumentKind.directive.value
    key: DocKey | None = None
    sources: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    record: DocumentRecord | None = field(default=None, repr=False)
    context: LocalityContext | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.doc_type,
            "number": self.number,
            "issuer": self.issuer,
            "issuer_key": self.key.issuer if self.key else None,
            "level": self.level.value if self.level else None,
            "level_name": level_name(self.level),
            "date": self.date.isoformat() if self.date else None,
            "stub": self.stub,
            "label": self.label,
            "subject": self.subject,
            "kind": self.kind,
            "sources": self.sources,
            "aliases": self.aliases,
        }


@dataclass
class Edge:
    """source -> target with the strongest relation stated, where it was stated and how."""

    source: str
    target: str
    relation: Relation
    stated_in: list[str] = field(default_factory=list)
    quote: str | None = None

    def absorb(self, relation: Relation, stated_in: str, quote: str | None) -> None:
        """Keep the strongest relation and every document that states it."""
        if _STRENGTH[relation] > _STRENGTH[self.relation]:
            self.relation = relation
            self.quote = quote or self.quote
        if stated_in not in self.stated_in:
            self.stated_in.append(stated_in)
        if self.quote is None:
            self.quote = quote

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "relation": self.relation.value,
            "stated_in": self.stated_in,
            "quote": self.quote,
        }


@dataclass
class CitationRef:
    """One citation of one record and the node it resolved to (follow `DocumentGraph.resolve`)."""

    source: str
    target: str
    citation: Citation
    relation: Relation


@dataclass(frozen=True)
class Unresolved:
    """A citation whose document is not among the inputs (a stub), with why."""

    source: str
    target: str
    label: str
    issuer: str | None
    reason: str


@dataclass(frozen=True)
class ChainLink:
    """One document on a chain, `depth` steps away, hanging from `via`."""

    node_id: str
    label: str
    issuer: str | None
    level: Level | None
    level_name: str
    depth: int
    via: str
    stub: bool


@dataclass
class Chain:
    """What a document implements (upward) and what implements it (downward)."""

    node_id: str
    label: str
    level: Level | None
    upward: list[ChainLink] = field(default_factory=list)
    downward: list[ChainLink] = field(default_factory=list)
    reports: list[ChainLink] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Indented text for the terminal: levels in brackets, stubs marked."""
        out = [f"{self.label} [{level_name(self.level) or '?'}]"]
        for title, links in (
            ("Thực hiện (cấp trên)", self.upward),
            ("Được thực hiện bởi (cấp dưới)", self.downward),
            ("Báo cáo, tin về kết quả thực hiện", self.reports),
        ):
            if links:
                out.append(f"{title}:")
                out.extend(_tree(links, self.node_id))
        return out


def _tree(links: list[ChainLink], root: str) -> list[str]:
    """Links printed under the document they hang from, depth by indentation."""
    children: dict[str, list[ChainLink]] = {}
    for link in links:
        children.setdefault(link.via, []).append(link)
    roots = children.get(root, []) or [link for link in links if link.depth == 1]
    out: list[str] = []

    def walk(link: ChainLink, depth: int) -> None:
        stub = " (chưa có văn bản)" if link.stub else ""
        out.append(f"{'  ' * depth}- [{link.level_name or '?'}] {link.label}{stub}")
        for child in children.get(link.node_id, []):
            walk(child, depth + 1)

    for link in roots:
        walk(link, 1)
    return out


@dataclass(frozen=True)
class GraphStats:
    """Counts for summaries and reports."""

    documents: int
    stubs: int
    edges: dict[str, int]
    citations: int
    resolved: int
    unresolved: int

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "stubs": self.stubs,
            "edges": self.edges,
            "citations": self.citations,
            "citations_resolved": self.resolved,
            "citations_unresolved": self.unresolved,
        }


class DocumentGraph:
    """Nodes by canonical id, one edge per ordered pair, and every citation as read."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str], Edge] = {}
        self.citations: list[CitationRef] = []
        self.duplicates: list[str] = []  # other copies of a document already in the graph
        self._alias: dict[str, str] = {}
        self._adjacency: tuple[dict[str, list[Edge]], dict[str, list[Edge]]] | None = None

    # --- building ----------------------------------------------------------------------------

    def add_record(self, record: DocumentRecord, consolidate: bool = True) -> Node:
        """Add a processed document; a stub with its id becomes this document."""
        ctx = record_context(record)
        nid = record_id(record, ctx)
        if record_key(record, ctx) is None:
            # No number: the same draft in another format has (nearly) the same words.
            same = self._same_text(record, nid)
            if same is not None:
                nid = same.id
            elif nid in self.nodes and not self.nodes[nid].stub:
                nid = f"{nid}~{record.content_hash[:6]}"
        existing = self.nodes.get(self.resolve(nid))
        if existing is not None and not existing.stub:
            # Same identity, same document (another copy or format): one node, the first record.
            if record.source_path not in existing.sources:
                existing.sources.append(record.source_path)
            if existing.record is not None and existing.record.content_hash != record.content_hash:
                self.duplicates.append(f"{record.source_path} = {existing.sources[0]} ({nid})")
            return existing
        node = self._record_node(nid, record, ctx)
        if existing is not None:
            node.aliases = existing.aliases
            self.nodes[existing.id] = node
            node.id = existing.id
        else:
            self.nodes[nid] = node
        self._add_citations(node, record, ctx)
        if consolidate:
            self.consolidate()
        return self.nodes[self.resolve(node.id)]

    def _same_text(self, record: DocumentRecord, nid: str) -> Node | None:
        """An unnumbered document of the same issuer and type whose text is this one's."""
        prefix = nid.rsplit("/", 1)[0] + "/"
        for node in self.nodes.values():
            if node.stub or node.record is None or node.key is not None:
                continue
            if not node.id.startswith(prefix):
                continue
            if text_similarity(node.record.text, record.text) >= SAME_TEXT_MIN:
                return node
        return None

    def _record_node(self, nid: str, record: DocumentRecord, ctx: LocalityContext) -> Node:
        parsed = parse_number(record.number)
        issuer = record.issuer.name if record.issuer else None
        return Node(
            id=nid,
            doc_type=record.doc_type,
            number=record.number,
            issuer=issuer,
            level=level_of(record.issuer, parsed.codes),
            date=record.date,
            stub=False,
            label=record.label,
            subject=record.subject,
            kind=record.kind.value,
            key=record_key(record, ctx),
            sources=[record.source_path],
            record=record,
            context=ctx,
        )

    def _add_citations(self, node: Node, record: DocumentRecord, ctx: LocalityContext) -> None:
        targets: list[str | None] = []
        for citation in record.citations:
            key = doc_key(citation.doc_type, citation.number, citation.issuer, citation.date, ctx)
            if key.number is None or key.id == node.id:
                targets.append(None)
                continue
            targets.append(self._stub_for(key, citation))
        found = detect_relations(record, len(record.citations))
        for index, target in enumerate(targets):
            if target is None:
                continue
            relation, quote = found.own.get(index, (Relation.cites, None))
            self.citations.append(CitationRef(node.id, target, record.citations[index], relation))
            self._edge(node.id, target, relation, node.id, quote)
        for (src, tgt), (relation, quote) in found.between.items():
            if targets[src] and targets[tgt] and targets[src] != targets[tgt]:
                self._edge(targets[src], targets[tgt], relation, node.id, quote)

    def _stub_for(self, key: DocKey, citation: Citation) -> str:
        nid = self.resolve(key.id)
        node = self.nodes.get(nid)
        issuer = citation.issuer.name if citation.issuer else None
        if node is None:
            name = type_name(key.doc_type) if key.doc_type != "?" else "Văn bản"
            node = Node(
                id=nid,
                doc_type=citation.doc_type or key.doc_type,
                number=citation.number,
                issuer=issuer,
                level=level_of(citation.issuer, key.codes),
                date=citation.date,
                stub=True,
                label=f"{name} số {citation.number}",
                subject=citation.subject,
                key=key,
            )
            self.nodes[nid] = node
        elif node.stub:
            _fill(
                node, issuer, citation.date, citation.subject, level_of(citation.issuer, key.codes)
            )
        return nid

    def _edge(
        self, source: str, target: str, relation: Relation, stated_in: str, quote: str | None
    ) -> None:
        source, target = self.resolve(source), self.resolve(target)
        if source == target:
            return
        self._adjacency = None
        edge = self.edges.get((source, target))
        if edge is None:
            self.edges[(source, target)] = Edge(source, target, relation, [stated_in], quote)
        else:
            edge.absorb(relation, stated_in, quote)

    def resolve(self, node_id: str) -> str:
        """The id a node goes by now (after merges)."""
        seen = set()
        while node_id in self._alias and node_id not in seen:
            seen.add(node_id)
            node_id = self._alias[node_id]
        return node_id

    def consolidate(self) -> None:
        """Merge stubs into the one node they fit: a real document first, else a complete stub."""
        changed = True
        while changed:
            changed = False
            by_number: dict[str, list[Node]] = {}
            for node in self.nodes.values():
                if node.key is not None and node.key.number is not None:
                    by_number.setdefault(node.key.number, []).append(node)
            for stub in [n for n in self.nodes.values() if n.stub and n.key is not None]:
                if stub.id not in self.nodes:
                    continue
                peers = [n for n in by_number.get(stub.key.number or "", []) if n is not stub]
                peers = [n for n in peers if n.id in self.nodes and n.key and stub.key.fits(n.key)]
                real = [n for n in peers if not n.stub]
                target = real[0] if len(real) == 1 else None
                if target is None and not real:
                    complete = [n for n in peers if n.key and n.key.complete]
                    if len(complete) == 1 and _weaker(stub, complete[0]):
                        target = complete[0]
                if target is not None:
                    self._merge(stub.id, target.id)
                    changed = True

    def _merge(self, src: str, dst: str) -> None:
        self._adjacency = None
        gone = self.nodes.pop(src)
        keep = self.nodes[dst]
        keep.aliases.extend([src, *gone.aliases])
        if keep.stub:
            _fill(keep, gone.issuer, gone.date, gone.subject, gone.level)
        self._alias[src] = dst
        for (a, b), edge in list(self.edges.items()):
            if src not in (a, b):
                continue
            del self.edges[(a, b)]
            na, nb = (dst if a == src else a), (dst if b == src else b)
            if na == nb:
                continue
            merged = self.edges.get((na, nb))
            if merged is None:
                edge.source, edge.target = na, nb
                self.edges[(na, nb)] = edge
            else:
                for stated in edge.stated_in:
                    merged.absorb(edge.relation, stated, edge.quote)

    # --- reading -----------------------------------------------------------------------------

    def node(self, node_id: str) -> Node:
        """The node under an id or any id merged into it."""
        return self.nodes[self.resolve(node_id)]

    def find(self, text: str) -> list[Node]:
        """Nodes whose id, number or label contains `text` (case-insensitive)."""
        needle = text.lower().replace(" ", "")
        return [
            n
            for n in self.nodes.values()
            if needle in n.id.lower()
            or (n.number and needle in n.number.lower().replace(" ", ""))
            or needle in n.label.lower().replace(" ", "")
        ]

    def records(self) -> list[Node]:
        """Nodes of processed documents, in input order."""
        return [n for n in self.nodes.values() if not n.stub]

    def _index(self) -> tuple[dict[str, list[Edge]], dict[str, list[Edge]]]:
        """Edges by source and by target, rebuilt after any change to the edges."""
        if self._adjacency is None:
            out: dict[str, list[Edge]] = {}
            into: dict[str, list[Edge]] = {}
            for edge in self.edges.values():
                out.setdefault(edge.source, []).append(edge)
                into.setdefault(edge.target, []).append(edge)
            self._adjacency = (out, into)
        return self._adjacency

    def out_edges(self, node_id: str, relations: set[Relation] | None = None) -> list[Edge]:
        """Edges from a document, optionally of some relations only."""
        edges = self._index()[0].get(self.resolve(node_id), [])
        return [e for e in edges if relations is None or e.relation in relations]

    def in_edges(self, node_id: str, relations: set[Relation] | None = None) -> list[Edge]:
        """Edges into a document, optionally of some relations only."""
        edges = self._index()[1].get(self.resolve(node_id), [])
        return [e for e in edges if relations is None or e.relation in relations]

    def downstream(self, node_id: str) -> list[str]:
        """Every document implementing this one, directly or through another, nearest first."""
        return [link.node_id for link in self._walk(self.resolve(node_id), up=False)]

    def chain(self, node_id: str) -> Chain:
        """Upward: what the document implements, and so on; downward: what implements it."""
        nid = self.resolve(node_id)
        node = self.nodes[nid]
        down = self._walk(nid, up=False)
        reporters: list[ChainLink] = []
        seen: set[str] = set()
        for target in [nid, *(d.node_id for d in down)]:
            for edge in self.in_edges(target, {Relation.reports_on}):
                if edge.source not in seen:
                    seen.add(edge.source)
                    reporters.append(self._link(edge.source, 1, target))
        return Chain(nid, node.label, node.level, self._walk(nid, up=True), down, reporters)

    def _walk(self, start: str, up: bool) -> list[ChainLink]:
        out: list[ChainLink] = []
        seen = {start}
        queue: deque[tuple[str, int]] = deque([(start, 0)])
        while queue:
            current, depth = queue.popleft()
            if up:
                edges = self.out_edges(current, {Relation.implements})
                nexts = [e.target for e in edges]
            else:
                edges = self.in_edges(current, {Relation.implements})
                nexts = [e.source for e in edges]
            for nxt in sorted(nexts, key=lambda n: (self.nodes[n].date or dt.date.min, n)):
                if nxt in seen:
                    continue
                seen.add(nxt)
                out.append(self._link(nxt, depth + 1, current))
                queue.append((nxt, depth + 1))
        return out

    def _link(self, nid: str, depth: int, via: str) -> ChainLink:
        node = self.nodes[nid]
        return ChainLink(
            nid, node.label, node.issuer, node.level, level_name(node.level), depth, via, node.stub
        )

    def unresolved(self) -> list[Unresolved]:
        """Citations pointing at stubs: documents cited but not among the inputs."""
        out = []
        for ref in self.citations:
            target = self.nodes[self.resolve(ref.target)]
            if not target.stub:
                continue
            key = target.key
            if key is not None and key.issuer.startswith("?"):
                reason = "chưa xác định cơ quan ban hành"
            elif key is not None and key.year is None:
                reason = "chưa xác định năm ban hành"
            else:
                reason = "văn bản chưa có trong dữ liệu"
            issuer = ref.citation.issuer.name if ref.citation.issuer else None
            out.append(
                Unresolved(self.resolve(ref.source), target.id, target.label, issuer, reason)
            )
        return out

    @property
    def stats(self) -> GraphStats:
        """Documents, stubs, edges by relation and citations resolved or not."""
        relations = Counter(e.relation.value for e in self.edges.values())
        unresolved = len(self.unresolved())
        return GraphStats(
            documents=sum(1 for n in self.nodes.values() if not n.stub),
            stubs=sum(1 for n in self.nodes.values() if n.stub),
            edges={r.value: relations.get(r.value, 0) for r in Relation},
            citations=len(self.citations),
            resolved=len(self.citations) - unresolved,
            unresolved=unresolved,
        )

    def to_json(self) -> dict[str, Any]:
        """Nodes (canonical id, type, number, issuer, level, date, stub) and edges."""
        return {
            "nodes": [n.to_json() for n in self.nodes.values()],
            "edges": [e.to_json() for e in self.edges.values()],
            "stats": self.stats.to_json(),
        }

    def to_networkx(self) -> nx.DiGraph:
        """The graph as networkx, node and edge attributes as in `to_json`."""
        graph = nx.DiGraph()
        for node in self.nodes.values():
            graph.add_node(node.id, **node.to_json())
        for edge in self.edges.values():
            graph.add_edge(edge.source, edge.target, **edge.to_json())
        return graph


def _fill(
    node: Node, issuer: str | None, date: dt.date | None, subject: str | None, level: Level | None
) -> None:
    node.issuer = node.issuer or issuer
    node.date = node.date or date
    node.subject = node.subject or subject
    node.level = node.level or level


def _weaker(stub: Node, other: Node) -> bool:
    """Merge a stub into another stub only when it says less (partial, or a shorter issuer)."""
    assert stub.key is not None and other.key is not None
    if not stub.key.complete:
        return True
    return len(stub.key.issuer) < len(other.key.issuer)


@lru_cache(maxsize=512)
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = fold(text).split()
    return frozenset(tuple(words[i : i + 3]) for i in range(max(0, len(words) - 2)))


def text_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the folded word triples of two texts (layout and case aside)."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    return len(sa & sb) / len(sa | sb)


def build_graph(records: list[DocumentRecord]) -> DocumentGraph:
    """Link every record into one graph; the result does not depend on input order."""
    graph = DocumentGraph()
    for record in records:
        graph.add_record(record, consolidate=False)
    graph.consolidate()
    return graph


# --- relation detection ----------------------------------------------------------------------


@cache
def _relations_table() -> dict[str, Any]:
    return load_table("relations")


@cache
def _trigger_regex() -> tuple[re.Pattern[str], list[Relation]]:
    """One regex of every trigger phrase, longest first, each in its own group."""
    items = [
        (phrase, Relation(name))
        for name, phrases in _relations_table()["triggers"].items()
        for phrase in phrases
    ]
    items.sort(key=lambda item: len(item[0]), reverse=True)
    space = r"\s+"
    parts = [f"(?P<t{i}>{p.replace(' ', space)})" for i, (p, _) in enumerate(items)]
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)
    return pattern, [rel for _, rel in items]


@cache
def _after_regex() -> re.Pattern[str]:
    phrases = _relations_table()["after"]["replaces"]
    alts = "|".join(p.replace(" ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@cache
def _background_regex() -> re.Pattern[str]:
    phrases = _relations_table()["background"]
    alts = "|".join(p.replace(" ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@cache
def _done_before_regex() -> re.Pattern[str]:
    """'(dự án) được thực hiện theo ...', 'đã triển khai ...': a trigger that tells what was
    or is done, not what this document sets out to do."""
    words = "|".join(_relations_table()["done_before_trigger"])
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    relation: Relation


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    index: int  # the citation's index in record.citations


@dataclass
class FoundRelations:
    """Relations read in one text: the record's own (by citation index) and between citations."""

    own: dict[int, tuple[Relation, str | None]] = field(default_factory=dict)
    between: dict[tuple[int, int], tuple[Relation, str | None]] = field(default_factory=dict)

    def add_own(self, index: int, relation: Relation, quote: str | None) -> None:
        old = self.own.get(index)
        if old is None or _STRENGTH[relation] > _STRENGTH[old[0]]:
            self.own[index] = (relation, quote)

    def add_between(self, pair: tuple[int, int], relation: Relation, quote: str | None) -> None:
        old = self.between.get(pair)
        if old is None or _STRENGTH[relation] > _STRENGTH[old[0]]:
            self.between[pair] = (relation, quote)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin: after '.', '!', '?' before a capital or digit, after a
    blank line, after a line ending in '.', ':' or ';', after an all-capitals title line, before
    a numbered or bulleted item and before a line opening with a capitalised trigger ("Thực
    hiện ...", "Căn cứ ..."). Other line breaks inside PDF paragraphs do not count."""
    starts = {0}
    for m in re.finditer(r"[.!?]+[\"”)]*[ \t]+", text):
        nxt = text[m.end() : m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit()):
            starts.add(m.end())
    line_start = 0
    for m in re.finditer(r"\n", text):
        line = text[line_start : m.start()].strip()
        following = text[m.end() : m.end() + 12].lstrip()
        letters = [ch for ch in line if ch.isalpha()]
        if (
            not line
            or line[-1] in ".:;!?"
            or (letters and all(ch.isupper() for ch in letters))
            or re.match(r"(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•*]\s|[IVXLC]+[.\-]\s)", following)
            or _opens_with_trigger(text, m.end())
        ):
            starts.add(m.end())
        line_start = m.end()
    return sorted(starts)


def _opens_with_trigger(text: str, pos: int) -> bool:
    """A line opening with a capitalised trigger phrase starts a new sentence."""
    line = text[pos : pos + 40].lstrip(" \t")
    if not line[:1].isupper():
        return False
    m = _trigger_regex()[0].match(line)
    return m is not None


def detect_relations(record: DocumentRecord, count: int | None = None) -> FoundRelations:
    """Read each citation's mentions in the record's text (and subject) for trigger phrases."""
    count = len(record.citations) if count is None else count
    found = FoundRelations()
    text = record.text
    mentions = sorted(
        (
            _Mention(p.start, p.end, i)
            for i, c in enumerate(record.citations[:count])
            for p in c.mentions
            if p.end <= len(text) and p.start < p.end
        ),
        key=lambda m: m.start,
    )
    pattern, relations = _trigger_regex()
    triggers = (
        [
            _Trigger(m.start(), m.end(), relations[int(m.lastgroup[1:])])
            for m in pattern.finditer(text)
        ]
        if mentions
        else []
    )
    starts = sentence_starts(text) if mentions else [0]
    news = record.kind == DocumentKind.news
    report = record.doc_type in set(_relations_table()["report_types"])
    for mention in mentions:
        at = bisect.bisect_right(starts, mention.start) - 1
        s_start = starts[at]
        s_end = starts[at + 1] if at + 1 < len(starts) else len(text)
        source, relation, quote = _classify(text, mention, mentions, triggers, s_start, s_end)
        if source is None:
            relation = _as_reader(relation, news, report)
            found.add_own(mention.index, relation, quote)
        elif relation is not Relation.cites:
            found.add_between((source, mention.index), relation, quote)
    if record.subject:
        _subject_relations(record, count, found, pattern, relations)
    return found


def _as_reader(relation: Relation, news: bool, report: bool) -> Relation:
    """News report on what they mention doing; only reports and news report on anything."""
    if relation is Relation.implements and news:
        return Relation(_relations_table()["news_implements_as"])
    if relation is Relation.reports_on and not (news or report):
        return Relation.implements
    return relation


def _classify(
    text: str,
    mention: _Mention,
    mentions: list[_Mention],
    triggers: list[_Trigger],
    s_start: int,
    s_end: int,
) -> tuple[int | None, Relation, str | None]:
    """(source citation index or None for the record itself, relation, quote) of one mention."""
    max_gap = int(_relations_table()["max_gap"])
    seg_start = max(s_start, text.rfind(";", s_start, mention.start) + 1)
    quote = _quote(text, s_start, s_end, mention)
    after = _relations_table()["after"]
    tail = text[mention.end : min(s_end, mention.end + int(after["max_gap"]))]
    if _after_regex().search(tail.split(";")[0]):
        return None, Relation.replaces, quote
    in_segment = [t for t in triggers if seg_start <= t.start and t.end <= mention.start]
    in_sentence_before = [t for t in triggers if s_start <= t.start and t.end <= mention.start]
    if in_sentence_before and (
        _background_regex().search(text, s_start, in_sentence_before[-1].start)
        or _done_before_regex().search(text, s_start, in_sentence_before[-1].start)
    ):
        return None, Relation.cites, quote
    if in_segment:
        trig = in_segment[-1]
        if not _within_gap(text, trig, mentions, max_gap):
            return None, Relation.cites, quote
        before = [m for m in mentions if seg_start <= m.start and m.end <= trig.start]
        if not before:
            return None, trig.relation, quote
        last = before[-1]
        if last.index != mention.index and _citation_tail(text[last.end : trig.start]):
            return last.index, trig.relation, quote
        return None, Relation.cites, quote
    in_sentence = [m for m in mentions if s_start <= m.start < s_end]
    first = in_sentence[0] if in_sentence else mention
    leading = [t for t in triggers if s_start <= t.start and t.end <= first.start]
    if leading and _within_gap(text, leading[-1], mentions, max_gap):
        return None, leading[-1].relation, quote
    return None, Relation.cites, quote


_TAIL = re.compile(
    r"[\s,]*(?:(?:ban\s+hành\s+)?ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|"
    r"\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?[\s,]*(?:của\s+[^;.(),\d]{0,80}?)?[\s,]*"
    r"(?:về\s+(?:việc\s+)?|để\s+|nhằm\s+)?",
    re.IGNORECASE,
)


def _citation_tail(between: str) -> bool:
    """True when only a citation's own tail (date, 'của' + issuer, 'về') separates it from a
    trigger: then the trigger says what that cited document does."""
    limit = int(_relations_table()["nested_max_gap"])
    return len(between) <= limit and _TAIL.fullmatch(between) is not None


def _within_gap(text: str, trig: _Trigger, mentions: list[_Mention], max_gap: int) -> bool:
    """True when the first mention after the trigger starts within `max_gap` characters."""
    nxt = next((m for m in mentions if m.start >= trig.end), None)
    return nxt is not None and len(text[trig.end : nxt.start].strip()) <= max_gap


def _quote(text: str, s_start: int, s_end: int, mention: _Mention) -> str:
    sentence = " ".join(text[s_start:s_end].split())
    if len(sentence) <= QUOTE_CHARS:
        return sentence
    offset = len(" ".join(text[s_start : mention.start].split()))
    begin = max(0, offset - QUOTE_CHARS // 2)
    return "…" + sentence[begin : begin + QUOTE_CHARS].strip() + "…"


def _subject_relations(
    record: DocumentRecord,
    count: int,
    found: FoundRelations,
    pattern: re.Pattern[str],
    relations: list[Relation],
) -> None:
    """'Kế hoạch thực hiện Chỉ thị số 06-CT/TU': the subject line states what the record does."""
    subject = " ".join((record.subject or "").split())
    max_gap = int(_relations_table()["max_gap"])
    triggers = [
        (m.start(), m.end(), relations[int(m.lastgroup[1:])]) for m in pattern.finditer(subject)
    ]
    for index, citation in enumerate(record.citations[:count]):
        if not citation.number:
            continue
        spot = _find_number(subject, citation.number)
        if spot < 0:
            continue
        before = [t for t in triggers if t[1] <= spot and spot - t[1] <= max_gap + 20]
        if before:
            news = record.kind == DocumentKind.news
            report = record.doc_type in set(_relations_table()["report_types"])
            relation = _as_reader(before[-1][2], news, report)
            found.add_own(index, relation, subject[:QUOTE_CHARS])


def _find_number(text: str, number: str) -> int:
    """Where a number/symbol occurs in text, spaces and dashes aside; -1 when absent."""
    squashed = re.sub(r"\s+", "", number)
    parts = [re.escape(ch) for ch in squashed]
    pattern = r"\s*".join(parts)
    m = re.search(rf"(?<![\w/]){pattern}(?![\w])", text)
    return m.start() if m else -1
