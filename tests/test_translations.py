"""Dutch is complete in the .ts, and the committed .qm says what the .ts says."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from buurtapp.resource_files import translations_dir

TS = translations_dir() / "buurtapp_nl.ts"
QM = translations_dir() / "buurtapp_nl.qm"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_dutch_message_is_finished() -> None:
    unfinished = []
    for context, message in _messages():
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if kind == "unfinished" or not all(forms):
            unfinished.append((context, message.findtext("source")))
    assert not unfinished


def test_compiled_qm_matches_ts(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    checked = 0
    for context, message in _messages():
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source")
        forms = [f.text for f in translation.findall("numerusform")]
        if forms:
            # QTranslator returns the chosen plural form; %n is filled in by tr() later.
            assert translator.translate(context, source, None, 1) == forms[0]
            assert translator.translate(context, source, None, 5) == forms[1]
        else:
            assert translator.translate(context, source) == translation.text, source
        checked += 1
    assert checked > 50


def test_ts_has_every_text_of_the_code(tmp_path) -> None:
    """lupdate over the code finds no text that the committed .ts lacks."""
    import subprocess
    from pathlib import Path

    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("this PySide6 wheel has no lupdate")
    sources = sorted(
        str(p) for p in (Path(__file__).resolve().parent.parent / "buurtapp").rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    have = {(context, message.findtext("source")) for context, message in _messages()}
    assert wanted - have == set()
    assert len(wanted) > 50
