"""The benchmark suite (``tests/bench/run.py``) cannot rot: its smallest configuration runs and
prints issue 15's table with a figure beside its floor, and its growth verdicts are right.
(The suite's own speed targets are not asserted here: a slow machine never fails a test.)"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench import run
from tests.bench.table import HEADER, Row, growth, render

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_has_issue_15s_columns_and_says_what_went_wrong() -> None:
    rows = [
        Row("start", "1.00 s, 99 MiB", "0.14 s, 55 MiB", "7.14×", "≤ 2×", 1.0, 0.14),
        Row("filter", "median 8 ms", "–", "–", "≤ 16 ms", problem="the list shows 3, SQL 4"),
    ]
    lines = render(rows, "title").splitlines()
    assert [c.strip() for c in lines[2].split("|")[1:-1]] == list(HEADER)
    assert all(len(line.split("|")) == len(HEADER) + 2 for line in lines[2:6])
    assert "- filter: the list shows 3, SQL 4" in lines


@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        ((0.1, 0.1, 0.11), "constant"),
        ((1.0, 3.0, 10.0), "~n"),
        ((1.0, 3.0 * 1.11, 10 * 1.23), "~n log n"),
        ((1.0, 9.0, 100.0), "worse than n log n"),
        ((1.0, 1.5, 2.0), "~log n"),
    ],
)
def test_growth_verdicts(values, verdict) -> None:
    found = growth("x", (1, 3, 10), values)
    assert found.verdict == verdict
    assert math.isclose(found.factor, values[-1] / values[0])


def test_unknown_figures_are_refused_before_anything_runs() -> None:
    with pytest.raises(SystemExit):
        run.arguments(["--only", "start,nonsense"])
    assert run.arguments(["--only", "filter", "--repeat", "2"]).figures == ["filter"]


def test_the_smallest_configuration_runs_and_prints_figures_beside_floors(tmp_path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "bench" / "run.py"),
            "--size",
            "small",
            "--repeat",
            "1",
            "--only",
            "filter,weekpdf",
            "--keep",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    table = done.stdout
    assert "Problems while measuring" not in table, table
    first = next(line for line in table.splitlines() if "first keystroke" in line)
    week = next(line for line in table.splitlines() if "week programme PDF" in line)
    # a figure, its floor and their ratio, each a number
    assert re.search(r"median [\d.]+ ms.*\|\s*SQL LIKE [\d.]+ ms\s*\|\s*[\d.]+×", first), first
    assert re.search(
        r"[\d.]+ m?s, \d+ MiB, 1 page\s*\|\s*[\d.]+ m?s, \d+ MiB\s*\|\s*[\d.]+×", week
    ), week
    assert list(tmp_path.glob("demo-small-x1-*.db"))  # --keep kept the database
