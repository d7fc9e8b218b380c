"""What an import did: counts per kind of object and action, and one line per warning."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Report:
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)
    warnings: list = field(default_factory=list)

    def count(self, kind, action):
        self.counts[(kind, action)] += 1

    def warn(self, where, message):
        self.warnings.append(f"{where}: {message}")

    def count_rows(self):
        """[kind, action, number] per count, in the order the report lists them (ImportRun keeps these)."""
        return [[kind, action, number] for (kind, action), number in sorted(self.counts.items())]

    def lines(self):
        lines = ["Dry run: this is what the import would do; nothing was written."] if self.dry_run else []
        lines += [f"{kind}: {number} {action}" for (kind, action), number in sorted(self.counts.items())]
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s):")
            lines += [f"  - {warning}" for warning in self.warnings]
        else:
            lines.append("No warnings.")
        return lines
