"""Where a run's reports go: each report is written as the results come when its format can be,
else given every result at the end; a report meant for a file replaces it at once when it is done."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import IO

from newslint.output import render, writer
from newslint.output.report import Report
from newslint.output.stream import atomic_output, copy_to


class Sink:
    """One report of a run (``--format``'s or a ``--report``'s) and its destination.

    ``live``: the report may be printed on ``destination`` (a stream) while the
    run goes on; otherwise it waits in an unnamed temporary file until
    :meth:`finish`, so a report for a file or printed after the run's warnings
    still costs no memory.
    """

    def __init__(self, name: str, report: Report, destination: IO[str] | Path, live: bool = False) -> None:
        self.name, self.report, self.destination = name, report, destination
        direct = live and not isinstance(destination, Path)
        # newline="": a report's "\r" is written as it is; surrogatepass: what a stream would refuse, it refuses itself
        self.out = destination if direct else tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass", newline="")
        self.writer = writer(name, self.out, report)

    @property
    def collects(self) -> bool:
        """Whether this report needs every result until the end (its format has no writer)."""
        return self.writer is None

    def add(self, result) -> None:
        if self.writer is not None:
            self.writer.add(result)
        else:
            self.report.results.append(result)

    def finish(self) -> None:
        """Write the rest of the report where it goes (OSError: a file that cannot be written)."""
        if self.writer is not None:
            self.writer.finish()
        else:
            self.out.write(render(self.name, self.report))
        if self.out is self.destination:
            return
        try:
            if isinstance(self.destination, Path):
                with atomic_output(self.destination) as stream:
                    copy_to(self.out, stream)
            else:
                copy_to(self.out, self.destination)
        finally:
            self.out.close()
