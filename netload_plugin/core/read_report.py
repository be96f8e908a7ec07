"""What a source parser did with every row and every unreadable cell, for the log and the tests.

The row accounting is the registry parsers' :class:`~.csv_stream.ParseSummary` (read, kept,
duplicates, filtered out, rejected by reason); :class:`ReadReport` adds the cells that were not
numbers (the row is kept, that value is NULL) and the first few problems with their line numbers,
so a warning can say what and where. Every row read ends up in exactly one of kept, rejected,
duplicates or filtered out (:meth:`ReadReport.balanced`): nothing is dropped silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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

    def note(self, example: str) -> None:
        if example and len(self.examples) < MAX_EXAMPLES:
            self.examples.append(example)

    def balanced(self) -> bool:
        """Every row read is kept, rejected, a duplicate or filtered out."""
        return self.rows_read == self.kept + self.rejected_total + self.duplicates + self.filtered_out

    def merge(self, other: "ReadReport") -> None:
        """Add ``other``'s counts (e.g. one station file's) to this report."""
        self.rows_read += other.rows_read
        self.kept += other.kept
        self.duplicates += other.duplicates
        self.filtered_out += other.filtered_out
        self.rejected.update(other.rejected)
        self.unreadable_values.update(other.unreadable_values)
        for example in other.examples:
            self.note(example)

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
