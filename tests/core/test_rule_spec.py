"""The editor's plain choices and the RRULEs they stand for, both ways."""

from datetime import date

import pytest

from buurtapp.core.planning.rule_spec import RuleSpec, from_rrule

CASES = [
    (RuleSpec("weekly", ["TU"]), "FREQ=WEEKLY;BYDAY=TU"),
    (RuleSpec("weekly", ["WE"], interval=2), "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
    (RuleSpec("weekly", ["MO", "TH"]), "FREQ=WEEKLY;BYDAY=MO,TH"),
    (RuleSpec("monthly", ["MO"], ordinals=[1]), "FREQ=MONTHLY;BYDAY=1MO"),
    (RuleSpec("monthly", ["FR"], ordinals=[-1]), "FREQ=MONTHLY;BYDAY=-1FR"),
    (RuleSpec("monthly", ["SU"], ordinals=[4, 5]), "FREQ=MONTHLY;BYDAY=4SU,5SU"),
    (RuleSpec("weekly", ["SA"], months=(3, 10)), "FREQ=WEEKLY;BYDAY=SA;BYMONTH=3,4,5,6,7,8,9,10"),
    (
        RuleSpec("monthly", ["TH"], ordinals=[2], months=(9, 2)),
        "FREQ=MONTHLY;BYDAY=2TH;BYMONTH=9,10,11,12,1,2",
    ),
    (
        RuleSpec("weekly", ["TH"], until=date(2026, 8, 25)),
        "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260825T235900",
    ),
    (RuleSpec("once"), None),
]


@pytest.mark.parametrize(("spec", "rule"), CASES)
def test_spec_to_rule_and_back(spec, rule) -> None:
    assert spec.to_rrule() == rule
    back = from_rrule(rule)
    assert back is not None and back.to_rrule() == rule


def test_whole_year_needs_no_bymonth() -> None:
    assert RuleSpec("weekly", ["MO"], months=(1, 12)).to_rrule() == "FREQ=WEEKLY;BYDAY=MO"


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=WEEKLY;BYDAY=TU;BYMONTH=1,5",
        "FREQ=MONTHLY;BYDAY=1MO,2TU",
        "onzin",
    ],
)
def test_rules_the_editor_cannot_show(rule) -> None:
    assert from_rrule(rule) is None
