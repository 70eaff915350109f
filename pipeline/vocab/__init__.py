"""Data tables (TOML) for types, bodies and phrases, loaded once and cached."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_table(name: str) -> dict[str, Any]:
    """Load `pipeline/vocab/NAME.toml`."""
    with resources.files(__package__).joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def phrase_pattern(phrases: list[str], space: str = r"\s+") -> str:
    """Regex alternatives for a table's phrases, the longest first, `space` between words."""
    return "|".join(
        re.escape(p).replace(r"\ ", space) for p in sorted(phrases, key=len, reverse=True)
    )


@cache
def doc_types() -> dict[str, dict[str, Any]]:
    """Type code -> {name, variants}."""
    return load_table("doc_types")


@cache
def type_names_to_code() -> dict[str, str]:
    """Lower-case type name (and variants) -> type code; the first code listed wins."""
    out: dict[str, str] = {}
    for code, row in doc_types().items():
        for name in [row["name"], *row.get("variants", [])]:
            out.setdefault(name.lower(), code)
    return out


def type_name(code: str) -> str:
    """Vietnamese name of a type code ('CT' -> 'Chỉ thị'); the code itself when unknown."""
    row = doc_types().get(code)
    return row["name"] if row else code
