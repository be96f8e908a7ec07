"""What a source parser did with every row and every unreadable cell, for the log and the tests.

The row accounting is the registry parsers' :class:`~.csv_stream.ParseSummary` (read, kept,
duplicates, filtered out, rejected by reason); :class:`ReadReport` adds the cells that were not
numbers (the row is kept, that value is NULL) and the first few problems with their line numbers,
so a warning can say what and where. Every row read ends up in exactly one of kept, rejected,
duplicates or filtered out (:meth:`ReadReport.balanced`): nothing is dropped silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields

import numpy as np

from .csv_stream import ParseSummary

MAX_EXAMPLES = 5


@dataclass
class ReadReport(ParseSummary):
    """Row counts plus unreadable cells per column and the first :data:`MAX_EXAMPLES` problems."""

    unreadable_values: Counter = field(default_factory=Counter)
    examples: list = field(default_factory=list)

    def reject(self, reason: str, count: int = 1, example: str = "") -> None:
        """``count`` rows that cannot be used, for ``reason``; ``example`` says where (``line 20: …``)."""
        if count:
            self.rejected[reason] += count
            self.note(example)

    def unreadable(self, column: str, count: int = 1, example: str = "") -> None:
        """``count`` cells of ``column`` that are not numbers: read as NULL, their rows kept."""
        if count:
            self.unreadable_values[column] += count
            self.note(example)

    def reject_where(self, checks, where) -> np.ndarray:
        """Apply row checks in order and return the mask of rows left.

        ``checks`` are ``(reason, bad mask, describe)``: the rows a check marks that no earlier check
        took are rejected for its reason, the first one noted as ``f"{where(row)}: {describe(row)}"``
        (``where(row)`` names the row, e.g. ``line 20``).
        """
        usable = None
        for reason, bad, describe in checks:
            bad = np.asarray(bad, dtype=bool)
            usable = np.ones(len(bad), dtype=bool) if usable is None else usable
            bad = bad & usable
            if bad.any():
                first = int(np.flatnonzero(bad)[0])
                self.reject(reason, int(bad.sum()), f"{where(first)}: {describe(first)}")
            usable &= ~bad
        return usable

    def note(self, example: str) -> None:
        if example and len(self.examples) < MAX_EXAMPLES:
            self.examples.append(example)

    def balanced(self) -> bool:
        """Every row read is kept, rejected, a duplicate or filtered out."""
        return self.rows_read == self.kept + self.rejected_total + self.duplicates + self.filtered_out

    def merge(self, other: ReadReport) -> None:
        """Add ``other``'s counts and findings (e.g. one station file's, one reply page's) to this report."""
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            if item.name == "examples":
                for example in theirs:
                    self.note(example)
            elif isinstance(mine, (int, list, Counter)) and not isinstance(mine, bool):
                setattr(self, item.name, mine + theirs)

    def problems(self) -> list[str]:
        """One line per kind of problem (rejected rows, unreadable values, duplicates), then the examples."""
        lines = [f"{count:,} row(s) rejected: {reason}" for reason, count in sorted(self.rejected.items())]
        lines += [f"{count:,} unreadable {column} value(s) read as NULL"
                  for column, count in sorted(self.unreadable_values.items())]
        if self.duplicates:
            lines.append(f"{self.duplicates:,} duplicate row(s) dropped")
        if lines and self.examples:
            lines.append("first: " + "; ".join(self.examples))
        return lines
