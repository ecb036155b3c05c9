"""`buurtapp import`, `export KIND` and `person export|anonymise` on the command line."""

import json

from buurtapp.cli import main
from buurtapp.core.storage.database import open_database


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_import_round_trip_and_dry_run(capsys, demo_path, tmp_path) -> None:
    target = tmp_path / "nieuw.db"
    run(capsys, "init", "--db", target)
    csv = tmp_path / "deelnemers.csv"
    code, out, _ = run(capsys, "export", "participants", "--db", demo_path, "-o", csv)
    assert code == 0 and "300 rijen" in out
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = run(capsys, "import", "participants", csv, "--db", target, "--dry-run")
    assert code == 0 and "er is niets veranderd" in out
    with open_database(target) as db:
        assert db.scalar("SELECT count(*) FROM participants") == 0
    organisations = tmp_path / "organisaties.csv"
    run(capsys, "export", "organisations", "--db", demo_path, "-o", organisations)
    run(capsys, "import", "organisations", organisations, "--db", target)
    code, out, _ = run(capsys, "import", "participants", csv, "--db", target)
    assert code == 0 and out.strip().endswith("300 rijen ingelezen, 0 met fouten overgeslagen.")
    # A second time: everyone is a likely duplicate (same name and phone, e-mail or no contact).
    code, out, _ = run(capsys, "import", "participants", csv, "--db", target)
    assert out.strip().endswith(
        "0 rijen ingelezen, 0 met fouten overgeslagen, 300 mogelijke dubbelen overgeslagen."
    )
    xlsx = tmp_path / "plekken.xlsx"
    code, _, _ = run(capsys, "export", "places", "--db", demo_path, "--format", "xlsx", "-o", xlsx)
    assert code == 0 and xlsx.read_bytes()[:2] == b"PK"


def test_import_reports_bad_rows_by_line(capsys, tmp_path) -> None:
    db = tmp_path / "b.db"
    run(capsys, "init", "--db", db)
    csv = tmp_path / "x.csv"
    csv.write_text("naam;leeftijdsgroep\nAnna;kind\n;senior\nBert;hoogbejaard\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", "participants", csv, "--db", db)
    assert code == 0
    assert "regel 3: Naam is verplicht." in out
    assert "regel 4: Leeftijdsgroep heeft een onbekende waarde: hoogbejaard" in out
    assert "1 rij ingelezen, 2 met fouten overgeslagen." in out


def test_missing_or_broken_file(capsys, tmp_path) -> None:
    db = tmp_path / "b.db"
    run(capsys, "init", "--db", db)
    code, _, err = run(capsys, "import", "places", tmp_path / "weg.csv", "--db", db)
    assert code == 2 and "bestaat niet" in err
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 dit is geen echt bestand")
    code, _, err = run(capsys, "import", "places", broken, "--db", db)
    assert code == 2 and err.count("\n") == 1


def test_person_export_and_anonymise(capsys, demo_path, tmp_path) -> None:
    with open_database(demo_path) as db:
        pid = db.scalar("SELECT participant_id FROM attendance LIMIT 1")
        name = db.scalar("SELECT name FROM participants WHERE id = ?", (pid,))
    out_json = tmp_path / "inzage.json"
    code, _, _ = run(capsys, "person", "export", "--db", demo_path, "--id", pid, "-o", out_json)
    assert code == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["participant"]["name"] == name
    code, out, _ = run(capsys, "person", "anonymise", "--db", demo_path, "--id", pid)
    assert code == 0 and "oudere reservekopieën" in out
    with open_database(demo_path) as db:
        assert db.scalar("SELECT name FROM participants WHERE id = ?", (pid,)) == ("Geanonimiseerd")
    code, _, err = run(capsys, "person", "anonymise", "--db", demo_path, "--id", 99999)
    assert code == 2 and "bestaat niet" in err
