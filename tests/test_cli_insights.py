"""`buurtapp insights`: one JSON object with exactly the contract's keys, or a Dutch summary."""

import json

from buurtapp.cli import main

KEYS = [
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


def test_json_contract_on_demo(capsys, demo_path) -> None:
    code = main(
        ["insights", "--db", str(demo_path), "--from", "2026-01-01", "--to", "2026-11-25", "--json"]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert list(data) == KEYS
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
    assert out.startswith("Inzichten van 2026-01-01 t/m 2026-11-25 (peildatum 2026-11-25)")
    assert "Stilgevallen initiatieven:" in out


def test_bad_period_is_one_line(capsys, demo_path) -> None:
    code = main(["insights", "--db", str(demo_path), "--from", "2026-12-01", "--to", "2026-01-01"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "periode" in err
