"""Buurtapp's benchmark suite: every figure of issue 15 beside its floor, measured in one run.

    python tests/bench/run.py                    # the large demo, medians of 5 paired runs
    python tests/bench/run.py --size small --repeat 1        # what CI runs (seconds)
    python tests/bench/run.py --only start,filter --repeat 9
    python tests/bench/run.py --growth           # 1×, 3× and 10× the large demo: how it grows
    python tests/bench/run.py --keep /tmp/bench  # keep (and reuse) the demo databases

It never fails because a figure is slow (the exit status is 0 whatever the numbers); it fails
only when something crashes (a measured process, or the suite itself), so it cannot rot.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``tests.bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import data, figures_process, figures_window
from tests.bench.figures_process import Context
from tests.bench.table import Row, render

Figure = Callable[[Context], list[Row]]

#: Each figure by the name ``--only`` takes, in the order of the table.
FIGURES: dict[str, Figure] = {
    "start": figures_process.start,
    "print": figures_process.printing,
    "filter": figures_window.filter_and_sort,
    "week": figures_window.week,
    "insights": figures_window.insights,
    "weekpdf": figures_process.week_pdf,
    "import": figures_process.importing,
}


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--repeat", type=int, default=None, help="paired runs (default 5)")
    parser.add_argument("--only", default="", help="figures: " + ",".join(FIGURES))
    parser.add_argument("--growth", action="store_true", help="1×, 3×, 10× the large demo")
    parser.add_argument("--scales", default="1,3,10", help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, default=None, help="keep the databases here")
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = set(chosen) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(sorted(unknown))}; choose from {list(FIGURES)}")
    args.figures = chosen or list(FIGURES)
    if args.repeat is None:
        args.repeat = 3 if args.growth else 5
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def machine() -> str:
    return (
        f"{platform.node() or 'this machine'}: {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def measure(
    names: list[str],
    size: str,
    scale: int,
    keep: Path,
    repeat: int,
    real_centre: bool = False,
    grow: bool = False,
) -> list[Row]:
    """The figures ``names`` on the demo of ``size`` × ``scale``, in a copy of their own;
    with ``real_centre`` the week programme of the small demo too (issue 15's goal)."""
    work = Path(tempfile.mkdtemp(prefix=f"bench-{size}-x{scale}-"))
    db = work / "demo.db"
    shutil.copyfile(data.demo(keep, size, scale), db)
    named = size if scale == 1 else f"{size} ×{scale}"
    ctx = Context(db=db, work=work, repeat=repeat, size=named, grow=grow)
    rows: list[Row] = []
    try:
        for name in names:
            began = time.perf_counter()
            rows += FIGURES[name](ctx)
            if name == "weekpdf" and size == "large" and real_centre:
                small = data.demo(keep, "small")
                rows += FIGURES[name](Context(db=small, work=work, repeat=repeat, size="small"))
            print(f"  … {name}: {time.perf_counter() - began:.0f} s", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="bench-demo-"))
    try:
        if args.growth:
            from tests.bench import growth

            scales = [int(s) for s in args.scales.split(",")]
            print(growth.run(args.figures, scales, keep, args.repeat, measure, machine()))
            return 0
        rows = measure(args.figures, args.size, 1, keep, args.repeat, real_centre=True)
        title = (
            f"Buurtapp benchmarks, {args.size} demo, medians of {args.repeat} paired run(s); "
            f"{machine()}; {date.today().isoformat()}"
        )
        print(render(rows, title))
        crashed = [r for r in rows if "failed" in r.problem]
        return 1 if crashed else 0
    finally:
        if args.keep is None:
            shutil.rmtree(keep, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
