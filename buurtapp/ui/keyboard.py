"""Keyboard first, for the whole window: Tab in reading order and Ctrl+1…7 into a page's list.

Qt orders Tab by when widgets were made, and the week page is made when a file opens, after
the search box: the sidebar came last. :func:`reading_order` puts the sidebar first, then the
page on screen (in its own order), then the search field. :func:`focus_main_list` is where
Ctrl+1…7 land: the list a page is about, with a row current, so the arrows and Enter work at
once.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTabBar, QWidget


def _tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def reading_order(window: QWidget, first: QWidget, pages: QWidget, last: QWidget) -> None:
    """Tab goes ``first`` (the sidebar), every widget of ``pages`` in its present order, then
    ``last`` (the search field); hidden pages are skipped by Qt itself."""
    inside: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not window and seen < 10000:
        if pages.isAncestorOf(widget) and _tab_stop(widget):
            inside.append(widget)
        widget = widget.nextInFocusChain()
        seen += 1
    for before, after in pairwise([first, *inside, last]):
        QWidget.setTabOrder(before, after)


def focus_main_list(page: QWidget) -> QWidget | None:
    """Put the keyboard in ``page``'s main list (the page may say which: ``focus_main()``),
    with a row current and chosen. Returns the widget that has focus now."""
    focus_main = getattr(page, "focus_main", None)
    if callable(focus_main):
        return focus_main()
    views = [
        view
        for view in page.findChildren(QAbstractItemView)
        if not isinstance(view, QHeaderView) and view.isVisibleTo(page) and _tab_stop(view)
    ]
    if not views:  # a page of tabs (the insights): the row of tabs, arrows choose one
        bars = [bar for bar in page.findChildren(QTabBar) if bar.isVisibleTo(page)]
        target: QWidget = bars[0] if bars else page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target
    view = views[0]
    model = view.model()
    selection = view.selectionModel()
    if model is not None and model.rowCount() and selection and not selection.hasSelection():
        view.setCurrentIndex(model.index(0, 0))
    view.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return view


def bring_into_sight(widget: QWidget) -> None:
    """Scroll the scroll area that holds ``widget`` (a form or panel on a low screen) so it is
    seen when the keyboard is put there by a key other than Tab (Tab does this by itself)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
