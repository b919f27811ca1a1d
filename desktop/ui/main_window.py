"""The main window: the register (search, filters, table), "Due soon", the Sync page, menus.

Start-up must stay quick with 100,000 cases: the table reads its first page only, and the
dialogs (case editor, office settings, mediator register) are imported when first opened.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.app import App
from desktop.core.errors import NotFoundError
from desktop.core.register import CaseQuery
from desktop.ui.case_filters import CaseFilters
from desktop.ui.case_model import CaseTableModel, configure_view
from desktop.ui.due_view import DueView
from desktop.ui.form import fit
from desktop.ui.i18n import LANGUAGES, Translator, current_language
from desktop.ui.preferences import FONT_SIZES, Preferences, apply_font_size
from desktop.ui.steps import show_refusal
from desktop.ui.sync_page import SyncPage

_KEY = "main"  # where this window's places are kept in the preferences


class MainWindow(QMainWindow):
    def __init__(self, kelisim: App, preferences: Preferences, translator: Translator,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._preferences = preferences
        self._translator = translator
        self._closed = False
        self._first_show = True
        self._office_set = False  # known once retranslate() has read the office

        # The register page: search box, filters, table.
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.filters = CaseFilters(kelisim)
        self.model = CaseTableModel(kelisim, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_view(self.table)
        register = QWidget()
        box = QVBoxLayout(register)
        box.addWidget(self.search_label)
        box.addWidget(self.search)
        box.addWidget(self.filters)
        box.addWidget(self.table, 1)

        self.due = DueView(kelisim)
        self.sync_page = SyncPage(kelisim, preferences)
        self.tabs = QTabWidget()
        self.tabs.addTab(register, "")
        self.tabs.addTab(self.due, "")
        self.tabs.addTab(self.sync_page, "")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.search.textChanged.connect(self.requery)
        self.search.returnPressed.connect(self._to_table)
        self.filters.changed.connect(self.requery)
        self.table.doubleClicked.connect(lambda index: self.open_case(
            self.model.case_id(index.row())))
        self.due.open_case.connect(self.open_case)
        self.sync_page.open_case.connect(self.open_case)
        # A bundle or a resolution changed cases, mediators or the rules' categories.
        self.sync_page.changed.connect(self._mediators_changed)
        self.sync_page.enrolled.connect(self._office_changed)
        self.sync_page.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.model.counted.connect(self._show_count)
        # The first page only, read once, in the order saved with the columns: while they are
        # restored, sorting waits (a sorting view would read the register on its own).
        query = self.filters.apply(CaseQuery())
        header = self.table.horizontalHeader()
        self.table.setSortingEnabled(False)
        if self._preferences.restore_header(header, "register"):
            query = self.model.ordered(query, header.sortIndicatorSection(),
                                       header.sortIndicatorOrder())
        self.model.set_query(query)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the order just read

        fit(self, columns=140, lines=40)
        self._preferences.restore_window(self, _KEY)
        self.due.restore_state(preferences)
        self.retranslate()

    # --- building ----------------------------------------------------------------------------

    def _action(self, slot, shortcut: QKeySequence.StandardKey | Qt.Key | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(lambda: self.open_case(None), QKeySequence.StandardKey.New,
                                       pixmap.SP_FileIcon)
        self.open_action = self._action(self.open_current, icon=pixmap.SP_DirOpenIcon)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        # Enter opens a case only where a case is chosen: in a search box or a date it must
        # keep its own meaning.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.print_action = self._action(self.print_current, QKeySequence.StandardKey.Print)
        self.print_action.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentPrint,
                                                  self.style().standardIcon(pixmap.SP_FileIcon)))
        for table in (self.table, self.due.case_table, self.due.term_table):
            table.addAction(self.open_action)
            table.addAction(self.print_action)
            # Right-click: the same two things for the case under the pointer.
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.refresh_action = self._action(self.refresh, Qt.Key.Key_F5, pixmap.SP_BrowserReload)
        self.import_action = self._action(self.import_journal)
        self.blank_action = self._action(self.print_blank_form)
        self.journal_action = self._action(self.print_journal)
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.find_action = self._action(self._to_search, QKeySequence.StandardKey.Find)
        self.office_action = self._action(self.open_office_settings)
        self.mediators_action = self._action(self.open_mediator_register)
        self.register_action = self._action(lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.due_action = self._action(lambda: self.tabs.setCurrentIndex(1), "Ctrl+2",
                                       pixmap.SP_MessageBoxWarning)
        self.sync_action = self._action(self.show_sync, "Ctrl+3", pixmap.SP_DriveFDIcon)
        self.about_action = self._action(self.about)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)  # each language named in itself
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))
            self.language_actions[code] = action
        self.size_group = QActionGroup(self)
        self.size_actions: dict[str, QAction] = {}
        for size in FONT_SIZES:
            action = QAction(self.size_group)
            action.setCheckable(True)
            action.setChecked(size == self._preferences.font_size)
            action.triggered.connect(lambda _checked=False, size=size: self.set_font_size(size))
            self.size_actions[size] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.case_menu = bar.addMenu("")
        self.case_menu.addActions([self.new_action, self.open_action, self.refresh_action])
        self.case_menu.addSeparator()
        self.case_menu.addActions([self.print_action, self.blank_action, self.journal_action])
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.import_action)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.quit_action)
        self.office_menu = bar.addMenu("")
        self.office_menu.addActions([self.office_action, self.mediators_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.register_action, self.due_action, self.sync_action,
                                   self.find_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.size_menu = self.view_menu.addMenu("")
        self.size_menu.addActions(self.size_group.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new_action, self.print_action, self.due_action])
        self.addToolBar(self.toolbar)
        self._size_icons()

    def _size_icons(self) -> None:
        side = self.fontMetrics().height() * 2  # big targets that grow with the type
        self.toolbar.setIconSize(QSize(side, side))

    # --- the register ------------------------------------------------------------------------

    def requery(self) -> None:
        """Show the cases of the search and filters now (a query takes some 5-15 ms)."""
        query = replace(self.model.query, search=self.search.text())
        self.model.set_query(self.filters.apply(query))
        self.table.scrollToTop()

    def refresh(self) -> None:
        """Read the lists again from the start (F5, an import, a deletion, new settings), keeping
        the chosen case chosen if it is still on the first page."""
        choose = self._chosen_in_register()
        self.model.refresh()
        self._after_refresh(choose)

    def _refresh(self, saved: UUID | None) -> None:
        """A case was saved: read it again in its place (see CaseTableModel.refresh)."""
        self.model.refresh(saved)
        self._after_refresh(saved)

    def _after_refresh(self, choose: UUID | None) -> None:
        self.due.refresh()
        self.sync_page.refresh()  # a case saved or deleted may have settled a conflict
        row = self.model.row_of(choose) if choose else None
        if row is not None:
            self.table.selectRow(row)

    def _chosen_in_register(self) -> UUID | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln case(s)", "", count))  # %Ln: 100 000 grouped

    def _to_table(self) -> None:
        """Enter in the search box goes to the cases found; Enter again opens one."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def _to_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- dialogs -----------------------------------------------------------------------------

    def open_current(self) -> None:
        if (case_id := self._chosen_case()) is not None:
            self.open_case(case_id)

    def _chosen_case(self) -> UUID | None:
        """The case chosen on the page shown (the register or "Due soon")."""
        if self.tabs.currentWidget() is self.due:
            return self.due.current_case_id()
        return self._chosen_in_register()

    def open_case(self, case_id: UUID | None) -> None:
        """The case editor for a stored case, or for a new one (None)."""
        if case_id is None and not self._office_set:
            self._say_office_first()
            return
        from desktop.ui.case_editor import CaseEditor  # imported when first needed

        try:
            editor = CaseEditor(self._app, case_id, self)
        except NotFoundError as error:  # deleted since the list was read (a bundle, a colleague)
            show_refusal(self, error)
            self.refresh()
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._refresh)
        editor.deleted.connect(lambda _case_id: self.refresh())
        editor.open()

    def print_current(self) -> QDialog | None:
        """Papers of the chosen case (Ctrl+P, the toolbar, a right-click in a list)."""
        case_id = self._chosen_case()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Choose a case in the list first"), 5000)
            return None
        from desktop.ui.print_dialog import CasePrintDialog  # loads PDFium: only to print

        try:
            dialog = CasePrintDialog(self._app, case_id, parent=self)
        except NotFoundError as error:  # deleted since the list was read
            show_refusal(self, error)
            self.refresh()
            return None
        return self._open_paper_dialog(dialog)

    def print_blank_form(self) -> QDialog:
        from desktop.ui.print_dialog import BlankFormDialog

        return self._open_paper_dialog(BlankFormDialog(self._app, parent=self))

    def print_journal(self) -> QDialog:
        from desktop.ui.print_dialog import JournalDialog

        return self._open_paper_dialog(JournalDialog(self._app, parent=self))

    def _open_paper_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_journal(self) -> None:
        from desktop.ui.journal_import import JournalImport

        dialog = JournalImport(self._app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self._mediators_changed())  # new cases, mediators
        dialog.open()

    def open_office_settings(self, first_run: bool = False) -> None:
        from desktop.ui.office_settings import OfficeSettings

        dialog = OfficeSettings(self._app, self, first_run=first_run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._office_changed)
        dialog.open()

    def open_mediator_register(self) -> None:
        from desktop.ui.mediator_register import MediatorRegister

        dialog = MediatorRegister(self._app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._mediators_changed)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Kelisim"), self.tr(
            "Kelisim {version}\n\nThe case register of a mediation office: cases, parties, "
            "agreements and their terms, kept on this computer.").format(version=__version__))

    def _office_changed(self) -> None:
        self.statusBar().clearMessage()  # "set up the office first" no longer applies
        self._say_office()
        self.refresh()  # a new time zone may change what "today" and "due soon" are

    def show_sync(self) -> None:
        self.tabs.setCurrentWidget(self.sync_page)

    def import_bundle(self, path: Path) -> None:
        """A bundle opened from the file manager (kelisim --import-bundle FILE): imported on
        the Sync page, its report shown."""
        self.show_sync()
        self.sync_page.import_paths([path])

    def _mediators_changed(self) -> None:
        self.filters.reload()
        self.refresh()  # names in the register may have changed

    def _say_office_first(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Set up the office first: Office ▸ Office settings"))

    # --- preferences -------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        self._translator.switch(language)  # every window then retranslates itself
        self._preferences.language = language
        self.language_actions[language].setChecked(True)

    def set_font_size(self, size: str) -> None:
        apply_font_size(QApplication.instance(), size)
        self._preferences.font_size = size
        self.size_actions[size].setChecked(True)

    # --- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if not self._office_set:  # first run: nothing works before the office is named
                QTimer.singleShot(0, lambda: self.open_office_settings(first_run=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._preferences.save_window(self, _KEY)
            self._preferences.save_header(self.table.horizontalHeader(), "register")
            self.due.save_state(self._preferences)
            self._preferences.sync()
            self._app.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_icons()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._say_office()
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search.setPlaceholderText(
            self.tr("Search: name, IIN/BIN, case number, subject"))
        self.model.retranslate()
        self._show_count(self.model.total)
        # No mnemonics on the tabs: Ctrl+1, Ctrl+2 and Ctrl+3 (View menu) switch them.
        self.tabs.setTabText(0, self.tr("Register"))
        self.tabs.setTabText(1, self.tr("Due soon"))
        self.tabs.setTabText(2, self.tr("Sync"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.office_menu.setTitle(self.tr("&Office"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.size_menu.setTitle(self.tr("&Type size"))
        self.new_action.setText(self.tr("&New case"))
        self.open_action.setText(self.tr("&Open case"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.import_action.setText(self.tr("&Import a journal…"))
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setToolTip(self.tr("Print a paper of the chosen case"))
        self.blank_action.setText(self.tr("&Blank forms…"))
        self.journal_action.setText(self.tr("Office &journal…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find a case"))
        self.office_action.setText(self.tr("Office &settings…"))
        self.mediators_action.setText(self.tr("&Mediator register…"))
        self.register_action.setText(self.tr("&Register"))
        self.due_action.setText(self.tr("&Due soon"))
        self.sync_action.setText(self.tr("S&ync"))
        self.about_action.setText(self.tr("&About Kelisim"))
        for size, text in zip(FONT_SIZES, [self.tr("&Normal"), self.tr("&Large"),
                                           self.tr("&Extra large")], strict=True):
            self.size_actions[size].setText(text)
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

    def _say_office(self) -> None:
        office = self._app.office.current()
        self._office_set = office is not None
        if office is None:
            self.setWindowTitle("Kelisim")
            why = self.tr("Set up the office first: Office ▸ Office settings")
            self.new_action.setToolTip(why)
            self.new_action.setStatusTip(why)
            self._say_office_first()
        else:
            name = office.name_kk if current_language() == "kk" else office.name_ru
            self.setWindowTitle(self.tr("Kelisim — {office}").format(office=name))
            self.new_action.setToolTip(self.tr("Register a new case"))
            self.new_action.setStatusTip("")
        for action in (self.new_action, self.import_action, self.blank_action,
                       self.journal_action):  # papers name the office
            action.setEnabled(office is not None)

