"""Ingest: read .txt, .docx and .pdf sources into normalised text (`SourceText`)."""

from pipeline.ingest.normalize import normalize_text
from pipeline.ingest.readers import SUPPORTED_SUFFIXES, IngestError, SourceText, read_source

__all__ = ["SUPPORTED_SUFFIXES", "IngestError", "SourceText", "normalize_text", "read_source"]
