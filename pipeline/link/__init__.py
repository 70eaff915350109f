"""Linking: canonical identities, the document graph and its chains, user-set task statuses."""

from pipeline.link.graph import Chain, DocumentGraph, Relation, build_graph
from pipeline.link.identity import canonical_id, issuer_key, level_of
from pipeline.link.status import StatusStore

__all__ = [
    "Chain",
    "DocumentGraph",
    "Relation",
    "StatusStore",
    "build_graph",
    "canonical_id",
    "issuer_key",
    "level_of",
]
