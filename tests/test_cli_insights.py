"""`buurtapp insights`: one JSON object with exactly the registry's keys, or a Dutch summary."""

import json

from buurtapp.cli import main
from buurtapp.core.i18n import translate
from buurtapp.core.insights.registry import entries

#: The keys of the original contract: always there, first and in this order. Insights added
#: since follow them, in registry order.
CONTRACT = [
    "small_initiatives",
    "ownership",
    "without_community_worker",
    "bridging",
    "intergenerational_sessions",
    "core_groups",
    "funding_running_out",
    "fallen_silent",
    "place_conflicts",
]
KEYS = [e.key for e in entries()]


def test_json_contract_on_demo(capsys, demo_path) -> None:
    code = main(
        ["insights", "--db", str(demo_path), "--from", "2026-01-01", "--to", "2026-11-25", "--json"]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert list(data) == KEYS and KEYS[: len(CONTRACT)] == CONTRACT
    mix = data["age_mix"]
    assert set(mix) == {"sessions", "mixed"} and 0 < mix["mixed"] < mix["sessions"]
    assert set(data["bridging"]) == {
        "pairs",
        "bridging_pairs",
        "new_bridging_pairs",
        "per_initiative",
    }
    for key in KEYS:  # the demo makes every insight show something
        assert data[key], key
    assert data["intergenerational_sessions"] == sorted(data["intergenerational_sessions"])
    assert all(a < b for a, b in data["place_conflicts"])
    assert set(data["small_initiatives"][0]) == {"id", "name", "participants", "sessions"}


def test_date_defaults_to_end_of_period(capsys, demo_path) -> None:
    main(
        ["insights", "--db", str(demo_path), "--from", "2026-01-01", "--to", "2026-11-25", "--json"]
    )
    default = json.loads(capsys.readouterr().out)
    main(
        [
            "insights",
            "--db",
            str(demo_path),
            "--from",
            "2026-01-01",
            "--to",
            "2026-11-25",
            "--date",
            "2026-11-25",
            "--json",
        ]
    )
    assert json.loads(capsys.readouterr().out) == default


def test_readable_dutch_summary(capsys, demo_path) -> None:
    code = main(["insights", "--db", str(demo_path), "--from", "2026-01-01", "--to", "2026-11-25"])
    out = capsys.readouterr().out
    assert code == 0
    header = translate("Insights from {first} to {last} (reference date {on})", "nl")
    assert out.startswith(header.format(first="2026-01-01", last="2026-11-25", on="2026-11-25"))
    main(
        ["insights", "--db", str(demo_path), "--from", "2026-01-01", "--to", "2026-11-25", "--json"]
    )
    silent = len(json.loads(capsys.readouterr().out)["fallen_silent"])
    assert translate("Initiatives that fell silent: {silent}", "nl").format(silent=silent) in out
    assert len(out.splitlines()) >= len(KEYS) + 1  # a header and a line per insight


def test_bad_period_is_one_line(capsys, demo_path) -> None:
    code = main(["insights", "--db", str(demo_path), "--from", "2026-12-01", "--to", "2026-01-01"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "periode" in err
