"""The whole-process figures: start, printing, the week programme, importing.

Each is measured as N pairs (the floor, then Buurtapp) after one warm-up of each, so both
see the same machine at the same moment; the table shows medians.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.bench import data
from tests.bench.processes import BARE_WINDOW, HERE, Run, buurtapp, python, run, soffice
from tests.bench.table import Row, median, ratio, seconds

Command = Callable[[int], list[str]]


@dataclass
class Context:
    """What every figure needs: the demo it measures on, a scratch folder, the repeats."""

    db: Path
    work: Path
    repeat: int
    size: str
    #: Measuring growth: import into (a copy of) the demo, not into an empty database.
    grow: bool = False


def paired(app: Command, floor: Command | None, repeat: int) -> tuple[list[Run], list[Run]]:
    """``repeat`` pairs after a warm-up; a command gets the run's number (-1: warm-up)."""
    run(app(-1))
    if floor is not None:
        run(floor(-1))
    apps, floors = [], []
    for n in range(repeat):
        if floor is not None:
            floors.append(run(floor(n)))
        apps.append(run(app(n)))
    return apps, floors


def _whole(runs: list[Run]) -> tuple[float, float]:
    return median([r.seconds for r in runs]), median([r.mib for r in runs])


def _shown(runs: list[Run]) -> str:
    if not runs:
        return "not measured"
    s, mib = _whole(runs)
    return f"{seconds(s)}, {mib:.0f} MiB"


def _problem(runs: list[Run], what: str) -> str:
    bad = [r for r in runs if r.crashed or r.status != 0]
    if not bad:
        return ""
    last = bad[-1].output.strip().splitlines()[-3:]
    return f"{len(bad)} of {len(runs)} {what} runs failed (status {bad[-1].status}): " + " / ".join(
        last
    )


def _row(what: str, goal: str, apps: list[Run], floors: list[Run], extra: str = "") -> Row:
    value = median([r.seconds for r in apps]) if apps else None
    floor_value = median([r.seconds for r in floors]) if floors else None
    problem = "; ".join(p for p in (_problem(apps, "Buurtapp"), _problem(floors, "floor")) if p)
    return Row(
        what,
        _shown(apps) + extra,
        _shown(floors) if floors else "–",
        ratio(value, floor_value),
        goal,
        value,
        floor_value,
        problem,
    )


def start(ctx: Context) -> list[Row]:
    """Until the event loop runs (BUURTAPP_AUTOQUIT_MS=1) vs the bare window."""
    extra = {"BUURTAPP_AUTOQUIT_MS": "1"}
    apps, floors = [], []
    run(buurtapp("--db", str(ctx.db)), extra)
    run(python(str(BARE_WINDOW)))
    for _ in range(ctx.repeat):
        floors.append(run(python(str(BARE_WINDOW))))
        apps.append(run(buurtapp("--db", str(ctx.db)), extra))
    return [_row(f"start on the {ctx.size} demo until the event loop runs", "≤ 2×", apps, floors)]


def _pages(path: Path) -> str:
    """Its pages, "28 pages" (read back with pypdf; "?" without it, "no" when no PDF was made)."""
    if not path.exists():
        return "no pages"
    try:
        from pypdf import PdfReader
    except ImportError:
        return "? pages"
    count = len(PdfReader(path).pages)
    return "1 page" if count == 1 else f"{count} pages"


def printing(ctx: Context) -> list[Row]:
    """A 1,000-person participant list to PDF vs LibreOffice converting the same rows."""
    activity = data.list_activity(ctx.db)
    table = data.list_csv(ctx.db, activity, ctx.work / "deelnemers.csv")
    people = sum(1 for _ in table.open(encoding="utf-8")) - 1  # the small demo has 300
    ours = ctx.work / "deelnemers-buurtapp.pdf"
    app = buurtapp(
        "print", "participants", "--db", str(ctx.db), "--activity", str(activity), "-o", str(ours)
    )
    office = soffice()
    floor: Command | None = None
    if office:
        floor = lambda _n: [  # noqa: E731
            office,
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "pdf",
            "--outdir",
            str(ctx.work),
            str(table),
        ]
    apps, floors = paired(lambda _n: app, floor, ctx.repeat)
    row = _row(
        f"print a {people:,}-person participant list to PDF",
        "≤ 0.5×",
        apps,
        floors,
        f", {_pages(ours)}",
    )
    if office:
        theirs = f"LibreOffice: {_shown(floors)}, {_pages(table.with_suffix('.pdf'))}"
        return [Row(**{**row.__dict__, "floor": theirs})]
    return [Row(**{**row.__dict__, "floor": "LibreOffice: not installed"})]


def week_pdf(ctx: Context) -> list[Row]:
    """The week programme of this week, whole process, vs a Qt process writing one page."""
    out = ctx.work / "week.pdf"
    app = buurtapp("print", "week", "--db", str(ctx.db), "--week", data.the_week())
    app += ["-o", str(out)]
    floor = python(str(HERE / "floors.py"), "pdf", str(ctx.work / "floor.pdf"))
    apps, floors = paired(lambda _n: app, lambda _n: floor, ctx.repeat)
    goal = "≤ 0.3 s (≈ 50 sessions)" if ctx.size.startswith("small") else "–"
    return [
        _row(
            f"week programme PDF of the {ctx.size} demo's week"
            + (" (a real centre)" if ctx.size == "small" else ""),
            goal,
            apps,
            floors,
            f", {_pages(out)}",
        )
    ]


def importing(ctx: Context) -> list[Row]:
    """10,000 participants from a Dutch CSV into a new database vs csv + executemany."""
    source = data.import_csv(ctx.work / "import.csv")
    empty = ctx.db if ctx.grow else data.empty_database(ctx.work / "empty.db")

    def app(n: int) -> list[str]:
        target = ctx.work / f"import-{n}.db"
        target.unlink(missing_ok=True)
        shutil.copyfile(empty, target)
        return buurtapp("import", "participants", str(source), "--db", str(target))

    def floor(n: int) -> list[str]:
        target = ctx.work / f"import-floor-{n}.db"
        target.unlink(missing_ok=True)
        return python(str(HERE / "floors.py"), "import", str(source), str(target))

    apps, floors = paired(app, floor, ctx.repeat)
    return [
        _row(
            f"import {data.IMPORT_SIZE:,} participants from a Dutch CSV"
            + (" into the demo" if ctx.grow else ""),
            "–",
            apps,
            floors,
        )
    ]
