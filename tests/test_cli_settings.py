"""``buurtapp settings``: show, change, refuse; the file's settings in the file, this computer's
in the QSettings file the window reads (under XDG_CONFIG_HOME, which the tests point at
tmp_path)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from buurtapp.cli import main
from buurtapp.core.model import app_settings
from buurtapp.core.storage.database import open_database
from buurtapp.resource_files import resources_dir

ICON = resources_dir() / "icons"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """The exit code, stdout and stderr (argparse's refusals exit through SystemExit)."""
    try:
        code = main(list(argv))
    except SystemExit as stopped:
        code = int(stopped.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def config_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "Buurtapp" / "Buurtapp.conf"


def test_show_prints_every_setting_one_per_line(capsys, demo_path) -> None:
    before = digest(demo_path)
    code, out, err = run(capsys, "settings", "--db", str(demo_path))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 7 and all(": " in line for line in lines)
    with open_database(demo_path, read_only=True) as database:
        name = app_settings.centre_name(database)
    assert f": {name}" in lines[0]
    assert lines[2].endswith(": 10")
    assert digest(demo_path) == before  # showing writes nothing


def test_set_every_file_setting_then_read_it_back(capsys, demo_path) -> None:
    code, out, err = run(
        capsys,
        "settings",
        "--db",
        str(demo_path),
        "--centre-name",
        "Buurthuis De Linde",
        "--logo",
        str(ICON / "buurtapp-256.png"),
        "--signin-rows",
        "25",
        "--retention-years",
        "4",
    )
    assert code == 0, err
    with open_database(demo_path, read_only=True) as database:
        stored = app_settings.file_settings(database)
    assert stored.centre_name == "Buurthuis De Linde"
    assert stored.signin_empty_rows == 25 and stored.retention_years == 4
    assert stored.logo is not None and stored.logo.startswith(b"\x89PNG")
    assert "Buurthuis De Linde" in out and ": 25" in out
    code, out, err = run(capsys, "settings", "--db", str(demo_path), "--no-logo")
    with open_database(demo_path, read_only=True) as database:
        assert app_settings.centre_logo(database) is None
        assert app_settings.centre_name(database) == "Buurthuis De Linde"  # others untouched


def test_an_svg_logo_is_drawn_small_as_png(capsys, demo_path) -> None:
    from PySide6.QtGui import QImage

    code, _out, err = run(
        capsys, "settings", "--db", str(demo_path), "--logo", str(ICON / "buurtapp.svg")
    )
    assert code == 0, err
    with open_database(demo_path, read_only=True) as database:
        logo = app_settings.centre_logo(database)
    image = QImage()
    assert logo is not None and image.loadFromData(logo)
    assert image.width() <= 600 and image.height() <= 200


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--signin-rows", "61"), "60"),
        (("--signin-rows", "-1"), "60"),
        (("--retention-years", "0"), "20"),
        (("--centre-name", "   "), ""),
        (("--centre-name", "x" * 81), "80"),
        (("--logo", "pyproject.toml"), "pyproject.toml"),
        (("--logo", "/no/such/logo.png"), "logo.png"),
        (("--signin-rows", "1e400"), "1e400"),
    ],
)
def test_a_bad_value_is_one_line_and_leaves_the_file_byte_identical(
    capsys, demo_path, tmp_path, args, needle
) -> None:
    before = digest(demo_path)
    # a good value beside the bad one: not stored either
    good = ("--retention-years", "3") if args[0] != "--retention-years" else ()
    code, out, err = run(capsys, "settings", "--db", str(demo_path), *good, *args)
    assert code == 2
    assert out == "" and len(err.strip().splitlines()) == 1 and needle in err
    assert digest(demo_path) == before
    assert not config_file(tmp_path).exists()  # and this computer's settings were not touched


def test_this_computers_settings_land_in_the_windows_settings_file(capsys, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from buurtapp.ui.settings import Settings

    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(
        capsys,
        "settings",
        "--backup-folder",
        str(stick),
        "--language",
        "en",
        "--text-size",
        "150",
    )
    assert code == 0, err
    read = Settings(QSettings(str(config_file(tmp_path)), QSettings.Format.IniFormat))
    assert read.second_backup_folder == str(stick)
    assert read.language == "en" and read.text_size == 150
    assert f": {stick}" in out
    code, out, err = run(capsys, "settings", "--no-backup-folder", "--language", "system")
    read = Settings(QSettings(str(config_file(tmp_path)), QSettings.Format.IniFormat))
    assert read.second_backup_folder == "" and read.language == ""
    assert read.text_size == 150  # not asked: kept


def test_a_missing_backup_folder_is_kept_but_shown_as_not_found(capsys, tmp_path) -> None:
    gone = tmp_path / "media" / "stick"
    code, out, _err = run(capsys, "settings", "--backup-folder", str(gone))
    assert code == 0
    line = next(line for line in out.splitlines() if str(gone) in line)
    assert line.endswith(")")  # "(niet gevonden …)" after the path
    assert not gone.exists()


def test_bad_computer_values_are_refused_by_the_parser(capsys, tmp_path) -> None:
    for args in (("--text-size", "120"), ("--language", "de")):
        code, out, err = run(capsys, "settings", *args)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert not config_file(tmp_path).exists()


def test_file_settings_without_a_file_are_refused(capsys) -> None:
    code, _out, err = run(capsys, "settings", "--centre-name", "De Linde")
    assert code == 2 and "--db" in err


def test_writing_waits_for_no_open_window_it_takes_the_lock(capsys, demo_path) -> None:
    """A window holding the file: the command refuses to write, the file stays as it was."""
    from buurtapp.core.opening import open_file

    held = open_file(demo_path, lock=True)
    try:
        before = digest(demo_path)
        code, _out, err = run(capsys, "settings", "--db", str(demo_path), "--signin-rows", "3")
        assert code == 2 and demo_path.name in err
    finally:
        held.close()
    assert digest(demo_path) == before


def test_help_in_dutch_names_the_options(capsys) -> None:
    code, out, _err = run(capsys, "settings", "--help")
    assert code == 0
    for option in (
        "--centre-name",
        "--logo",
        "--no-logo",
        "--signin-rows",
        "--retention-years",
        "--backup-folder",
        "--language",
        "--text-size",
    ):
        assert option in out
    assert "opties" in out  # argparse's own words in Dutch, like every command


def _pipe(tmp_path: Path) -> Path:
    import os

    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(_pipe, id="a pipe (opening it would wait forever)"),
        pytest.param(lambda tmp: _gzip(tmp), id="a compressed drawing (could unpack to GBs)"),
        pytest.param(lambda tmp: tmp, id="a folder"),
    ],
)
def test_a_logo_that_is_no_ordinary_picture_file_is_refused_at_once(
    capsys, demo_path, tmp_path, make
) -> None:
    before = digest(demo_path)
    code, out, err = run(capsys, "settings", "--db", str(demo_path), "--logo", str(make(tmp_path)))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("buurtapp: ")
    assert digest(demo_path) == before


def _gzip(tmp_path: Path) -> Path:
    import gzip

    svgz = tmp_path / "logo.svgz"
    svgz.write_bytes(gzip.compress(b'<svg xmlns="http://www.w3.org/2000/svg"/>' + b" " * 10_000))
    return svgz


def test_a_drawing_with_text_in_it_becomes_a_logo(capsys, demo_path, tmp_path) -> None:
    """Text in an SVG needs fonts, so an (offscreen) application: no crash on the CLI."""
    svg = tmp_path / "eik.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
        '<rect width="300" height="100" fill="#2a7"/>'
        '<text x="10" y="60" font-size="40">De Eik</text></svg>',
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "settings", "--db", str(demo_path), "--logo", str(svg))
    assert code == 0, err
    with open_database(demo_path, read_only=True) as database:
        logo = app_settings.centre_logo(database)
    assert logo is not None and logo.startswith(b"\x89PNG")


def test_a_picture_whose_name_is_not_utf8_is_read(capsys, demo_path, tmp_path) -> None:
    import os

    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9 #1 100%.png"))
    odd.write_bytes((ICON / "buurtapp-64.png").read_bytes())
    code, _out, err = run(capsys, "settings", "--db", str(demo_path), "--logo", str(odd))
    assert code == 0, err


def test_an_empty_backup_folder_is_not_taken_as_this_folder(capsys, tmp_path) -> None:
    code, _out, err = run(capsys, "settings", "--backup-folder", "")
    assert code == 2 and "--no-backup-folder" in err
    assert not config_file(tmp_path).exists()


def test_a_file_as_backup_folder_is_refused(capsys, tmp_path) -> None:
    afile = tmp_path / "stick.txt"
    afile.write_text("x")
    code, _out, err = run(capsys, "settings", "--backup-folder", str(afile))
    assert code == 2 and str(afile) in err
    assert not config_file(tmp_path).exists()


def test_computer_settings_that_cannot_be_saved_are_not_called_saved(
    capsys, tmp_path, monkeypatch
) -> None:
    """XDG_CONFIG_HOME is a file (or a read-only mount): QSettings cannot write there."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    code, out, err = run(capsys, "settings", "--language", "en")
    assert code == 2 and "Instellingen opgeslagen" not in out and err.startswith("buurtapp: ")


@pytest.mark.parametrize("name", ["De\x07Eik\x1b[31m", "De\x00Eik", "Eik\u202e", "Caf\udce9"])
def test_a_centre_name_with_characters_that_do_not_print_is_refused(
    capsys, demo_path, name
) -> None:
    before = digest(demo_path)
    code, _out, err = run(capsys, "settings", "--db", str(demo_path), "--centre-name", name)
    assert code == 2 and err.startswith("buurtapp: ") and len(err.strip().splitlines()) == 1
    assert digest(demo_path) == before


def test_a_damaged_file_is_not_written_to_by_a_command(capsys, demo_path) -> None:
    """As the window does: a command that writes checks the whole file first and leaves a
    damaged one byte for byte as it was (restoring a backup is the way on)."""
    from tests.core.test_interrupting import damage

    damage(demo_path)
    before = digest(demo_path)
    code, out, err = run(capsys, "settings", "--db", str(demo_path), "--centre-name", "Nieuw")
    assert code == 2 and out == "" and err.startswith("buurtapp: ")
    assert digest(demo_path) == before


def test_the_db_given_before_the_command_is_the_one_changed(capsys, demo_path) -> None:
    code, _out, err = run(capsys, "--db", str(demo_path), "settings", "--signin-rows", "5")
    assert code == 0, err
    with open_database(demo_path, read_only=True) as database:
        assert app_settings.signin_empty_rows(database) == 5
