"""The field registry is the one source per field: these tests iterate it, so a field added
to it is checked everywhere without a line here (issue 13, items 1 and 2).

Every exported field survives export -> import; every personal field is in the inzage data and
in the printed inzage, and anonymising treats it the registry's way; the defaults of the form,
the core and the schema agree; registry and tables hold the same columns; and the field added
through the registry (dietary wishes) lives in exactly three places of the source tree.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from buurtapp.core.exchange.exporting import export
from buurtapp.core.exchange.importing import apply_import, guess_mapping, plan_import
from buurtapp.core.exchange.tabular import read_table
from buurtapp.core.model import fields
from buurtapp.core.model.field_spec import FieldSpec, Fixed
from buurtapp.core.model.repository import Repositories, Repository
from buurtapp.core.privacy.deletion import anonymise
from buurtapp.core.privacy.forgetting import person_data
from buurtapp.core.storage.database import create_database

ROOT = Path(__file__).resolve().parents[2]
#: Columns of a table that are not fields of its record: kept by triggers and the planner.
BOOKKEEPING = {"sessions": {"sequence", "changed_at"}}
#: Personal fields anonymising keeps, and why: counts of past sessions by age group, by
#: professionals and per organisation must not change; the date someone joined says nothing
#: about who they were.
KEPT_WHEN_ANONYMISED = {"age_group", "is_worker", "organisation_id", "created_on"}
#: Columns whose schema DEFAULT is an expression the core does not repeat: SQLite fills them.
SCHEMA_FILLS = {("participants", "created_on")}
#: Fields the core gives a starting value that the schema leaves to the writer (NOT NULL, no
#: DEFAULT): a new role is a lead until the form says otherwise.
CORE_ONLY_DEFAULT = {("roles", "role")}


# -- values per kind --------------------------------------------------------------------------


def _refs(database) -> dict[str, int]:
    """One record per table a reference can point at, named the same in every database."""
    repos = Repositories(database)
    place = repos.places.add(fields.blank("places", name="Ref plek"))
    org = repos.organisations.add(fields.blank("organisations", name="Ref organisatie"))
    initiative = repos.initiatives.add(fields.blank("initiatives", name="Ref initiatief"))
    return {"places": place.id, "organisations": org.id, "initiatives": initiative.id}


def _value(info: FieldSpec, refs: dict[str, int], n: int) -> Any:
    """A value for ``info`` that differs from its default, so losing it shows."""
    kind = info.kind
    if kind in ("text", "multiline"):
        return info.examples[0] if info.examples else f"{info.name} waarde {n}"
    if kind == "phone":
        return f"06-1234{n:04d}"
    if kind == "email":
        return f"iemand{n}@voorbeeld.nl"
    if kind == "date":
        return f"2024-03-{n % 27 + 1:02d}"
    if kind == "datetime":
        return "2026-12-02T10:00"  # a Wednesday, as the rule below says
    if kind == "yes_no":
        return 1
    if kind == "choice":
        return next(c for c in info.choices if c != info.default)
    if kind == "choices":
        return ",".join(info.choices[::3])
    if kind == "reference":
        assert info.references is not None
        return refs[info.references]
    if kind in ("integer", "money"):
        return max(info.minimum, 45)
    if kind == "rrule":
        return "FREQ=WEEKLY;BYDAY=WE"
    raise AssertionError(f"no test value for kind {kind!r}")


def _filled(table: str, refs: dict[str, int], chosen: list[FieldSpec]) -> Any:
    values = {f.name: _value(f, refs, n) for n, f in enumerate(chosen)}
    return fields.blank(table, **{**fields.defaults(table), **values})


# -- export -> import -------------------------------------------------------------------------


@pytest.mark.parametrize("table", fields.exporting_tables())
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_every_exported_field_survives_export_and_import(tmp_path, table, suffix) -> None:
    exported = fields.exported_fields(table)
    assert exported, table
    source = create_database(tmp_path / "bron.db")
    target = create_database(tmp_path / "doel.db")
    try:
        source_refs = _refs(source)
        target_refs = _refs(target)
        record = _filled(table, source_refs, exported)
        Repository(source, type(record)).add(record)
        path = tmp_path / f"{table}.{suffix}"
        count = export(source, table, path)
        assert count == source.scalar(f"SELECT count(*) FROM {table}")
        plan = plan_import(target, table, read_table(path))
        assert not plan.problems, plan.messages("en")
        assert apply_import(target, plan, include_duplicates=True) == count
        repository = Repository(target, type(record))
        name = fields.exported_fields(table)[0].name
        (back,) = [b for b in repository.list() if getattr(b, name) == getattr(record, name)]
        by_id = {v: k for k, v in source_refs.items()}
        for info in exported:
            want = getattr(record, info.name)
            if info.kind == "reference":  # by name: the same record in the other file
                want = target_refs[by_id[want]]
            assert getattr(back, info.name) == want, (table, info.name)
    finally:
        source.close()
        target.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_headers_map_back_to_their_fields(lang) -> None:
    for table in fields.exporting_tables():
        names = [f.name for f in fields.exported_fields(table)]
        header = [fields.label(table, name, lang) for name in names]
        assert guess_mapping(table, header) == dict(enumerate(names)), table


# -- personal fields: inzage and anonymising --------------------------------------------------


@pytest.fixture
def person(database):
    refs = _refs(database)
    personal = [f for f in fields.personal_fields("participants") if f.name != "anonymised_on"]
    record = Repositories(database).participants.add(_filled("participants", refs, personal))
    return database, record, refs


def test_every_personal_field_is_in_the_inzage_data(person) -> None:
    database, record, _ = person
    held = person_data(database, record.id).record
    for info in fields.personal_fields("participants"):
        assert info.name in held, info.name
        assert held[info.name] == getattr(record, info.name), info.name


def _pdf_text(database, record_id: int, path: Path) -> str:
    from buurtapp.reports import documents
    from buurtapp.reports.render import write_pdf

    write_pdf(documents.person_record(database, record_id), path, database_path=database.path)
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def test_every_personal_field_is_in_the_printed_inzage(person, tmp_path) -> None:
    database, record, _ = person
    text = _pdf_text(database, record.id, tmp_path / "inzage.pdf")
    for info in fields.personal_fields("participants"):
        assert fields.label("participants", info.name, "nl") in text, info.name
        value = getattr(record, info.name)
        if info.kind in ("text", "multiline", "phone", "email"):
            assert value in text, info.name
    assert "Ref organisatie" in text  # a reference by the name it points at


def test_anonymising_treats_every_personal_field_the_registry_way(person) -> None:
    database, record, _ = person
    anonymise(database, record.id)
    (row,) = database.query("SELECT * FROM participants WHERE id = ?", (record.id,))
    personal = fields.personal_fields("participants")
    kept = {f.name for f in personal if f.anonymise == "keep"}
    assert kept == KEPT_WHEN_ANONYMISED, "a personal field anonymising would leave behind"
    for info in personal:
        before = getattr(record, info.name)
        if info.anonymise == "keep":
            assert row[info.name] == before, info.name
        elif info.anonymise == "clear":
            assert before not in (None, "", 0), f"{info.name} was empty: nothing to clear"
            assert row[info.name] in (None, 0), info.name
        elif info.anonymise == "today":
            assert row[info.name] is not None, info.name
        else:
            assert isinstance(info.anonymise, Fixed), info.name
            assert row[info.name] == info.anonymise.value != before, info.name


# -- defaults and columns ---------------------------------------------------------------------


def _schema_default(raw: str | None) -> Any:
    if raw is None or raw.upper() == "NULL":
        return None
    if re.fullmatch(r"-?[0-9]+", raw):
        return int(raw)
    if raw.startswith("'") and raw.endswith("'"):
        return raw[1:-1]
    return ("expression", raw)


def _columns(database, table: str) -> dict[str, tuple[bool, Any]]:
    """Column -> (NOT NULL, its DEFAULT) of a new database."""
    return {
        row[1]: (bool(row[3]), _schema_default(row[4]))
        for row in database.conn.execute(f"PRAGMA table_info({table})")
    }


def test_every_field_is_a_column_and_every_column_a_field(database) -> None:
    assert fields.BOOKKEEPING == BOOKKEEPING
    for table in fields.RECORD_TYPES:
        registered = {f.name for f in fields.fields_of(table)}
        columns = set(_columns(database, table)) - BOOKKEEPING.get(table, set())
        assert registered == columns, table


def test_core_and_schema_defaults_agree(database) -> None:
    for table, record_type in fields.RECORD_TYPES.items():
        columns = _columns(database, table)
        core = {
            f.name: None if f.default is dataclasses.MISSING else f.default
            for f in dataclasses.fields(record_type)
        }
        for info in fields.data_fields(table):
            not_null, stored = columns[info.name]
            assert core[info.name] == info.default, (table, info.name)
            if (table, info.name) in SCHEMA_FILLS:
                assert isinstance(stored, tuple), (table, info.name)
            elif (table, info.name) in CORE_ONLY_DEFAULT:
                assert stored is None and not_null and info.default is not None
            else:
                assert stored == info.default, (table, info.name)
            if not_null and stored is None and (table, info.name) not in CORE_ONLY_DEFAULT:
                assert info.required, f"{table}.{info.name}: NOT NULL without DEFAULT"


def test_the_form_starts_with_the_registry_defaults(database, qtbot) -> None:
    from buurtapp.ui.fields import FORMS
    from buurtapp.ui.record_form import RecordForm

    def plain(value: Any) -> Any:
        return None if value == "" else value

    checked = 0
    for record_type, specs in FORMS.items():
        table = _table_of(record_type)
        form = RecordForm(specs, database)
        qtbot.addWidget(form)
        form.set_record(fields.blank(table))
        defaults = fields.defaults(table)
        assert [s.name for s in specs] == [f.name for f in fields.form_fields(table)]
        for spec in specs:
            assert plain(form.value(spec.name)) == plain(defaults[spec.name]), (table, spec.name)
            checked += 1
    assert checked > 30


def _table_of(record_type: type) -> str:
    return next(t for t, kind in fields.RECORD_TYPES.items() if kind is record_type)


#: What a coordinator sees: the lists' headers and the forms' fields, in their order. A registry
#: change that moves a column or a field shows here (and Qt keeps column widths by position).
LIST_HEADERS = {
    "initiatives": ["Naam", "Status", "Plek", "Opbouwwerker", "Activiteiten", "Gestart"],
    "activities": ["Titel", "Initiatief", "Wanneer", "Plek", "Volgende bijeenkomst"],
    "participants": [
        "Naam",
        "Buurt",
        "Kring",
        "Leeftijdsgroep",
        "Telefoon",
        "E-mail",
        "Beroepskracht",
    ],
    "places": ["Naam", "Adres", "Buurt", "Capaciteit", "Toegankelijk", "Activiteiten"],
    "organisations": ["Naam", "Soort", "Initiatieven", "Mensen"],
}
FORM_ORDER = {
    "initiatives": ["name", "status", "story", "started_on", "ended_on", "place_id", "notes"],
    "fundings": [
        "organisation_id",
        "description",
        "amount_cents",
        "starts_on",
        "ends_on",
        "status",
    ],
    "activities": ["title", "initiative_id", "place_id", "capacity", "age_groups", "notes"],
    "roles": ["role", "participant_id", "organisation_id", "since", "until"],
}


def test_lists_show_the_listed_fields_in_the_order_coordinators_know(qapp) -> None:
    from PySide6.QtCore import Qt

    from buurtapp.qt_support import install_translations
    from buurtapp.ui.columns import COLUMNS
    from buurtapp.ui.record_model import RecordTableModel

    translators = install_translations(qapp, "nl")
    for table, expected in LIST_HEADERS.items():
        model = RecordTableModel(COLUMNS[table])
        shown = [
            model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for n in range(model.columnCount())
        ]
        assert shown == expected, table
        names = {f.name for f in fields.fields_of(table)}
        record_keys = [c.key for c in COLUMNS[table] if c.key in names]
        assert record_keys == [f.name for f in fields.listed_fields(table)], table
    for translator in translators:
        qapp.removeTranslator(translator)


def test_forms_keep_their_order() -> None:
    from buurtapp.ui.fields import FORMS

    for table, expected in FORM_ORDER.items():
        assert [s.name for s in FORMS[fields.RECORD_TYPES[table]]] == expected, table


def test_a_typo_in_a_rule_is_refused_when_declared() -> None:
    from buurtapp.core.model.field_spec import Fixed, spec

    with pytest.raises(ValueError, match="anonymise"):
        spec("Phone", anonymise="cleer")
    assert (
        fields.anonymised_value(fields.field("participants", "name"), "2026-11-27")
        == "Geanonimiseerd"
    )
    assert isinstance(fields.field("participants", "name").anonymise, Fixed)


def test_text_limits_of_the_schema_and_the_registry_agree(tmp_path) -> None:
    """Where the schema checks a text's length, the registry (form, import) allows the same."""
    from buurtapp.core.storage.database import create_database

    database = create_database(tmp_path / "limits.db")
    try:
        for table in fields.RECORD_TYPES:
            sql = database.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
            for info in fields.data_fields(table):
                found = re.search(rf"length\({info.name}\)\s*<=\s*(\d+)", str(sql))
                if found:
                    assert info.longest == int(found.group(1)), f"{table}.{info.name}"
    finally:
        database.close()


# -- one new field, three places --------------------------------------------------------------


def test_dietary_wishes_is_a_personal_exported_form_field_not_listed() -> None:
    from buurtapp.ui.columns import COLUMNS
    from buurtapp.ui.fields import FORMS

    info = fields.field("participants", "dietary_wishes")
    assert info.personal and info.exported and info.anonymise == "clear" and not info.listed
    assert "dietary_wishes" in [s.name for s in FORMS[fields.RECORD_TYPES["participants"]]]
    assert "dietary_wishes" not in [c.key for c in COLUMNS["participants"]]
    for header in ("Dieet", "Dieetwensen", "Allergieën"):
        assert guess_mapping("participants", ["Naam", header]) == {0: "name", 1: "dietary_wishes"}


def test_the_dutch_catalogue_has_every_registry_label() -> None:
    po = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "buurtapp.po"
    with po.open("rb") as handle:
        catalogue = read_po(handle)
    for table in fields.RECORD_TYPES:
        for info in fields.data_fields(table):
            for text in filter(None, (info.label, info.form_label)):
                message = catalogue.get(text)
                assert message is not None and message.string, (table, info.name, text)
    assert catalogue.get("Dietary wishes").string == "Dieetwensen"


def test_a_new_field_lives_in_three_places() -> None:
    """The source tree (not the tests) names dietary wishes only in the migration, the
    registry and the Dutch catalogue (with what is generated from it: .mo, .pot)."""
    found = set()
    for folder in ("buurtapp", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            data = path.read_bytes()
            if b"dietary_wishes" in data or b"Dietary wishes" in data:
                found.add(path.relative_to(ROOT).as_posix())
    locale = "resources/locale/nl/LC_MESSAGES/buurtapp"
    must = {"buurtapp/core/storage/schema.py", "buurtapp/core/model/records.py", f"{locale}.po"}
    generated = {f"{locale}.mo", "resources/locale/buurtapp.pot"}
    assert must <= found, must - found
    assert found <= must | generated, found - must - generated
