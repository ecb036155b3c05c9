"""Dutch is complete in the .ts, English has its plural forms, and each .qm says what its .ts
says (compared by content, not by file times)."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from buurtapp.resource_files import translations_dir

LANGUAGES = ("nl", "en")


def _messages(language: str):
    ts = translations_dir() / f"buurtapp_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("vanished", "obsolete"):
                yield name, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language) -> None:
    unfinished = []
    for context, message in _messages(language):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append((context, message.findtext("source")))
    assert not unfinished


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_ts(qapp, language) -> None:
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"buurtapp_{language}.qm"))
    checked = 0
    for context, message in _messages(language):
        translation = message.find("translation")
        source = message.findtext("source")
        forms = [f.text for f in translation.findall("numerusform")]
        if forms:
            # QTranslator returns the chosen plural form; %n is filled in by tr() later.
            assert translator.translate(context, source, None, 1) == forms[0]
            assert translator.translate(context, source, None, 5) == forms[1]
        else:
            assert translator.translate(context, source) == translation.text, source
        checked += 1
    assert checked >= (50 if language == "nl" else 1)


def _lupdate(tmp_path: Path, *options: str) -> set[tuple[str, str]]:
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("this PySide6 wheel has no lupdate")
    root = Path(__file__).resolve().parent.parent / "buurtapp"
    sources = sorted(str(p) for p in root.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, *options, "-ts", str(fresh)], check=True, capture_output=True
    )
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }


def test_dutch_has_every_text_of_the_code(tmp_path) -> None:
    wanted = _lupdate(tmp_path)
    have = {(c, m.findtext("source")) for c, m in _messages("nl")}
    assert wanted - have == set()
    assert len(wanted) > 50


def test_english_has_every_plural_of_the_code(tmp_path) -> None:
    wanted = _lupdate(tmp_path, "-pluralonly")
    have = {(c, m.findtext("source")) for c, m in _messages("en")}
    assert wanted - have == set()
    assert wanted
