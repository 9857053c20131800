"""The built-in tables: one module each, declaring the table, its typed value and its mechanisms.

A table module registers itself on import (extract.registry); importing
this package registers the built-in ones. A plugin table does the same from
its own module, with its own rules file.
"""
from __future__ import annotations


def optional_group(match, name: str) -> str | None:
    """A named group some of a normalizer's patterns have and others lack
    (cheaper than match.groupdict(), which copies every group)."""
    return match.group(name) if name in match.re.groupindex else None


from . import documents, places, amounts, headcounts, years, pairings, facts  # noqa: E402,F401  (register, in output order)
