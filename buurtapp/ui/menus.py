"""The menu bar and its shortcuts; the window supplies what each item does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from buurtapp.reports import catalogue
from buurtapp.ui import file_actions, help_keys
from buurtapp.ui.settings import TEXT_SIZES
from buurtapp.ui.window_protocol import Window, widget_of

translate = QCoreApplication.translate
Keys = QKeySequence | QKeySequence.StandardKey | str | None


def _action(
    window: Window, menu: QMenu, text: str, slot: Callable, keys: Keys = None, name: str = ""
) -> QAction:
    action = QAction(text, widget_of(window))
    action.setObjectName(name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys) if isinstance(keys, str) else keys)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build(window: Window) -> dict[str, QAction]:
    """Create File, Edit and View menus on ``window``; returns the actions by name."""
    actions: dict[str, QAction] = {}
    file_menu = window.menuBar().addMenu(translate("Menus", "&File"))
    actions["new_db"] = _action(
        window,
        file_menu,
        translate("Menus", "&New database…"),
        lambda: file_actions.new_database(window),
        "Ctrl+Shift+N",
        "action_new",
    )
    actions["open_db"] = _action(
        window,
        file_menu,
        translate("Menus", "&Open…"),
        lambda: file_actions.open_database(window),
        QKeySequence.StandardKey.Open,
        "action_open",
    )
    recent = file_menu.addMenu(translate("Menus", "Open &recent"))
    recent.setObjectName("menu_recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    _documents(window, file_menu, actions)
    actions["retention"] = _action(
        window,
        file_menu,
        translate("Menus", "Re&tention period…"),
        window.review_retention,
        None,
        "action_retention",
    )
    file_menu.addSeparator()
    actions["backups"] = _action(
        window,
        file_menu,
        translate("Menus", "Bac&kups…"),
        window.show_backups,
        None,
        "action_backups",
    )
    actions["backup"] = _action(
        window,
        file_menu,
        translate("Menus", "Make a &backup…"),
        lambda: file_actions.make_backup(window),
        None,
        "action_backup",
    )
    file_menu.addSeparator()
    actions["quit"] = _action(
        window,
        file_menu,
        translate("Menus", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        "action_quit",
    )

    edit_menu = window.menuBar().addMenu(translate("Menus", "&Edit"))
    undo = window.undo_group.createUndoAction(widget_of(window))  # Qt: "%1 ongedaan maken"
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setObjectName("action_undo")
    redo = window.undo_group.createRedoAction(widget_of(window))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setObjectName("action_redo")
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addSeparator()
    actions["new"] = _action(
        window,
        edit_menu,
        translate("Menus", "&New…"),
        window.new_record,
        QKeySequence.StandardKey.New,
        "action_new_record",
    )
    actions["find"] = _action(
        window,
        edit_menu,
        translate("Menus", "&Find…"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        "action_find",
    )
    edit_menu.addSeparator()
    actions["settings"] = _action(
        window,
        edit_menu,
        translate("Menus", "&Settings…"),
        lambda: open_settings(window),
        settings_keys(),
        "action_settings",
    )

    view_menu = window.menuBar().addMenu(translate("Menus", "&View"))
    for number, (kind, title) in enumerate(window.page_titles()):
        _action(
            window,
            view_menu,
            title,
            lambda n=number: window.focus_page(n),
            f"Ctrl+{number + 1}",
            f"action_page_{kind}",
        )
    view_menu.addSeparator()
    language = view_menu.addMenu(translate("Menus", "&Language"))
    group = QActionGroup(widget_of(window))
    for code, text in (
        ("", translate("Menus", "Follow the system")),
        ("nl", "Nederlands"),
        ("en", "English"),
    ):
        action = _action(
            window,
            language,
            text,
            lambda c=code: window.choose_language(c),
            None,
            f"action_language_{code or 'system'}",
        )
        action.setCheckable(True)
        action.setChecked(window.settings.language == code)
        group.addAction(action)
    _text_sizes(window, view_menu)
    help_menu = window.menuBar().addMenu(translate("Menus", "&Help"))
    actions["manual"] = _action(
        window,
        help_menu,
        translate("Menus", "&Manual"),
        lambda: help_keys.show_help(widget_of(window)),
        QKeySequence.StandardKey.HelpContents,
        "action_manual",
    )
    # F1 inside the window's dialogs too: an application-wide filter, installed once the window
    # runs (it sees every event; the start need not pay for it, no dialog is open yet)
    owner = widget_of(window)
    QTimer.singleShot(0, owner, lambda: help_keys.HelpKey(owner))
    actions["about"] = _action(
        window,
        help_menu,
        translate("Menus", "&About Buurtapp"),
        lambda: show_about(window),
        None,
        "action_about",
    )
    return actions


def settings_keys() -> Keys:
    """The platform's own key for settings (Ctrl+, on most), or Ctrl+, where it has none."""
    if QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        return QKeySequence.StandardKey.Preferences
    return "Ctrl+,"


def open_settings(window: Window) -> None:
    """Bewerken > Instellingen (loaded when first asked for, not at start)."""
    from buurtapp.ui.settings_dialog import open_settings as open_dialog

    open_dialog(window)


def show_about(window: Window) -> None:
    """Help > Over Buurtapp: version, licence, and where the data and backups are."""
    from buurtapp.ui.about import AboutDialog
    from buurtapp.ui.error_log import log_path

    database = window.workspace.database.path if window.workspace is not None else None
    dialog = AboutDialog(
        database, log_path(), widget_of(window), window.settings.second_backup_folder
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _text_sizes(window: Window, view_menu: QMenu) -> None:
    """Beeld > Tekstgrootte: 100% (the system's own size) up to 200%."""
    sizes = view_menu.addMenu(translate("Menus", "&Text size"))
    sizes.setObjectName("menu_text_size")
    group = QActionGroup(widget_of(window))
    for percent in TEXT_SIZES:
        action = _action(
            window,
            sizes,
            f"{percent}%",
            lambda p=percent: window.choose_text_size(p),
            None,
            f"action_text_size_{percent}",
        )
        action.setCheckable(True)
        action.setChecked(window.settings.text_size == percent)
        group.addAction(action)


def _documents(window: Window, file_menu: QMenu, actions: dict[str, QAction]) -> None:
    """Print and PDF submenus with the documents of the catalogue, and the agenda export."""
    printing = window.printing
    print_menu = file_menu.addMenu(translate("Menus", "&Print"))
    print_menu.setObjectName("menu_print")
    pdf_menu = file_menu.addMenu(translate("Menus", "Save as P&DF"))
    pdf_menu.setObjectName("menu_pdf")
    for number, document in enumerate(catalogue.entries()):
        key, text = document.key, document.translated_menu()
        keys = QKeySequence.StandardKey.Print if number == 0 else None
        actions[f"print_{key}"] = _action(
            window,
            print_menu,
            text,
            lambda k=key: printing.print_document(k),
            keys,
            f"action_print_{key}",
        )
        actions[f"pdf_{key}"] = _action(
            window, pdf_menu, text, lambda k=key: printing.save_pdf(k), None, f"action_pdf_{key}"
        )
    actions["import"] = _action(
        window,
        file_menu,
        translate("Menus", "&Import a spreadsheet…"),
        window.import_spreadsheet,
        "Ctrl+I",
        "action_import",
    )
    export = file_menu.addMenu(translate("Menus", "E&xport"))
    actions["export_csv"] = _action(
        window,
        export,
        translate("Menus", "This list as &CSV…"),
        lambda: window.export_list("csv"),
        None,
        "action_export_csv",
    )
    actions["export_xlsx"] = _action(
        window,
        export,
        translate("Menus", "This list as &Excel…"),
        lambda: window.export_list("xlsx"),
        None,
        "action_export_xlsx",
    )
    actions["export_ics"] = _action(
        window,
        export,
        translate("Menus", "&Agenda (.ics)…"),
        printing.export_ics,
        None,
        "action_export_ics",
    )


def _fill_recent(window: Window, menu: QMenu) -> None:
    menu.clear()
    files = window.settings.recent_files
    for path in files:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _c=False, p=path: file_actions.open_path(window, Path(p)))
    if not files:
        empty = menu.addAction(translate("Menus", "No recent files"))
        empty.setEnabled(False)
