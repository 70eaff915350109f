"""Shared test fixtures: where ../shared is, and the pipeline built once."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp_rules():
    """The pipeline without underthesea: fast, for tests of our own rules."""
    from pipeline.nlp import build_nlp

    return build_nlp(words=False)
