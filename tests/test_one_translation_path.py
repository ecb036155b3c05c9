"""One translation path for the core and the command line: the gettext catalogue.

Every text marked in the core and the CLI has its Dutch in ``buurtapp.po``; the committed
``.mo`` is what the ``.po`` compiles to; no hand-written Dutch/English pairs are left; the CLI
speaks one language at a time (help, argparse's own words, refusals, results, argument errors);
an error with a field label reads wholly in one language.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from buurtapp import cli
from buurtapp.core import i18n
from buurtapp.core.errors import BuurtappError, ValidationError
from buurtapp.core.i18n import N_, locale_dir

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "buurtapp"
PO = locale_dir() / "nl" / "LC_MESSAGES" / "buurtapp.po"
MO = PO.with_suffix(".mo")
#: The same keywords as the documented ``pybabel extract`` line in babel.cfg.
KEYWORDS = {**DEFAULT_KEYWORDS, "lazy_plural": (1, 2)}


def _catalogue():
    with PO.open("rb") as handle:
        return read_po(handle, locale="nl")


def _marked() -> Iterator[tuple[str, str | tuple[str, ...]]]:
    """(file, msgid) of every marked text in buurtapp/core and the cli modules."""
    found = extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
    )
    for filename, _lineno, message, _comments, _context in found:
        yield filename, message


def test_every_marked_core_and_cli_text_has_dutch() -> None:
    catalogue = _catalogue()
    assert not catalogue.fuzzy, "the catalogue header is marked fuzzy"
    marked = list(_marked())
    assert len(marked) > 150  # the extraction really found the texts (messages, labels, CLI)
    missing = []
    for filename, message in marked:
        key = message[0] if isinstance(message, tuple) else message
        entry = catalogue.get(key)
        strings = entry.string if entry is not None else None
        forms = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or not all(forms) or "fuzzy" in entry.flags:
            missing.append((filename, key))
    assert not missing, f"{len(missing)} texts without Dutch (refresh: see babel.cfg): {missing}"


def test_no_fuzzy_entries() -> None:
    fuzzy = [m.id for m in _catalogue() if m.id and "fuzzy" in m.flags]
    assert not fuzzy


def test_committed_mo_is_a_fresh_compile_of_the_po() -> None:
    fresh = io.BytesIO()
    write_mo(fresh, _catalogue())
    assert MO.read_bytes() == fresh.getvalue(), "buurtapp.mo is stale: run pybabel compile"


def test_no_hand_written_language_pairs_left() -> None:
    pair = re.compile(r"""\{\s*["']nl["']\s*:|\b_l\(""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pair.search(line)
    ]
    assert not found


# -- the command line in one language ---------------------------------------------------------


def _fragments(text: str) -> list[str]:
    """The fixed words of a catalogue text: placeholders cut out, short bits dropped."""
    parts = re.split(r"\{[^}]*\}|%\([^)]*\)[a-z]|%[a-z]", text)
    return [p.strip(" .,:;()'") for p in parts if len(p.strip(" .,:;()'")) >= 12]


def _language_words() -> tuple[set[str], set[str]]:
    """Fragments only Dutch texts have, and fragments only English texts have."""
    dutch: set[str] = set()
    english: set[str] = set()
    for message in _catalogue():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for source, target in zip(ids, strings, strict=False):
            if source != target:
                english.update(_fragments(source))
                dutch.update(_fragments(target))
    return dutch - english, english - dutch


DUTCH_WORDS = ("gebruik", "opties", "toon deze", "verplicht", "zie:", "bestand", "het ", "een ")
ENGLISH_WORDS = ("usage", "options", "show this", "required", "see:", "file", "the ", "of the")


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name)
                yield from _commands(sub, (*path, name))


def _names(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Command names and fixed choices: words the user types, the same in every language."""
    for action in parser._actions:
        for choice in action.choices or ():
            yield str(choice)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _names(sub)


def _without_names(text: str, names: set[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "", text)
    return text


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with contextlib.suppress(SystemExit):  # --help and argument errors end with exit
        cli.main(argv)
    captured = capsys.readouterr()
    return captured.out + captured.err


def _outputs(lang: str, demo: Path, tmp: Path, capsys, monkeypatch) -> dict[str, str]:
    monkeypatch.setenv("BUURTAPP_LANG", lang)
    runs = {"--help": ["--help"]}
    with cli.argparse_language():
        parser = cli._parser()
    commands = list(_commands(parser))
    names = set(_names(parser))
    for command in commands:
        runs[" ".join(command) + " --help"] = [*command, "--help"]
    runs["missing file"] = ["check", "--db", str(tmp / "gone.db")]
    runs["check demo"] = ["check", "--db", str(demo)]
    runs["bad date"] = ["schedule", "--db", str(demo), "--until", "2026-13-45"]
    runs["bad choice"] = ["frobnicate"]
    runs["missing argument"] = ["check"]
    return {name: _without_names(_run(argv, capsys), names) for name, argv in runs.items()}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_command_line_speaks_one_language(lang, demo_path, tmp_path, capsys, monkeypatch):
    before = i18n.language()
    outputs = _outputs(lang, demo_path, tmp_path, capsys, monkeypatch)
    assert i18n.language() == before  # the command line leaves the caller's language alone
    dutch, english = _language_words()
    foreign = english if lang == "nl" else dutch
    foreign_words = ENGLISH_WORDS if lang == "nl" else DUTCH_WORDS
    own_words = DUTCH_WORDS[:2] if lang == "nl" else ENGLISH_WORDS[:2]
    assert own_words[0] + ":" in outputs["--help"].lower() and own_words[1] in outputs["--help"]
    assert "schema" in outputs["check demo"]
    problems = {}
    for name, text in outputs.items():
        assert text.strip(), name
        lowered = text.lower()
        hits = [f for f in foreign if f.lower() in lowered]
        hits += [w for w in foreign_words if re.search(rf"(?<![\w/.-]){re.escape(w)}", lowered)]
        if hits:
            problems[name] = (hits, text)
    assert not problems


def test_the_detector_sees_a_mixed_line() -> None:
    """The fragments above do find a Dutch text in English output (the test can fail)."""
    dutch, english = _language_words()
    nl_line = BuurtappError("db_missing", path="x.db").message("nl").lower()
    en_line = BuurtappError("db_missing", path="x.db").message("en").lower()
    assert any(f.lower() in nl_line for f in dutch)
    assert not any(f.lower() in nl_line for f in english)
    assert any(f.lower() in en_line for f in english)


# -- errors with labels --------------------------------------------------------------------------


def test_an_error_with_a_label_reads_in_one_language() -> None:
    error = ValidationError("required", field="name", label=N_("Name"))
    assert error.message("en") == "Name is required."
    assert error.message("nl") == "Naam is verplicht."
    planned = BuurtappError("schedule_activity", title="Koor", reason=error)
    assert planned.message("nl").endswith("(er is niets veranderd): Naam is verplicht.")
    assert planned.message("en").endswith("(nothing was changed): Name is required.")


def test_a_formatted_text_and_a_nested_error_follow_the_language() -> None:
    who = N_("Participant {id} has been forgotten").format(id=7)
    error = BuurtappError("forget_not_scrubbed", who=who)
    assert error.message("nl").startswith("Deelnemer 7 is vergeten, maar")
    assert error.message("en").startswith("Participant 7 has been forgotten, but")
    reason = BuurtappError("db_read_only")
    outer = BuurtappError("forget_backup_failed", reason=reason)
    assert outer.message("nl").endswith(
        "alleen te lezen; wijzigingen kunnen niet worden opgeslagen."
    )
    assert outer.message("en").endswith("This file is read-only; changes cannot be saved.")


def test_the_default_language_is_the_chosen_one() -> None:
    before = i18n.language()
    try:
        i18n.set_language("en")
        assert (
            BuurtappError("db_read_only").message()
            == "This file is read-only; changes cannot be saved."
        )
        i18n.set_language("nl")
        assert BuurtappError("db_read_only").message().startswith("Dit bestand is alleen te lezen")
    finally:
        i18n.set_language(before)


def test_the_window_language_is_the_core_language(qapp) -> None:
    """Where the window installs its Qt translations, the core's messages follow."""
    from buurtapp.ui import translations

    before = i18n.language()
    loaded = translations.install(qapp, "en")
    try:
        assert i18n.language() == "en"
        assert BuurtappError("db_read_only").message().startswith("This file is read-only")
        for translator in loaded:
            qapp.removeTranslator(translator)
        loaded = translations.install(qapp, "nl")
        assert BuurtappError("db_read_only").message().startswith("Dit bestand is alleen")
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        i18n.set_language(before)
