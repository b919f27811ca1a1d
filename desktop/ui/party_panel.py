"""The parties of a case, one card each: who they are, their IIN or BIN, how to reach them."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.case import Case
from desktop.core.ids import new_id
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.ui import labels
from desktop.ui.form import FieldRow, ProblemLabel, field_label, form_layout
from desktop.ui.identifier_field import IdentifierField
from desktop.ui.steps import confirm

_TEXT_FIELDS = ("name", "address", "phone", "representative", "representative_basis")
_ORGANISATION_ONLY = ("representative", "representative_basis")


class PartyCard(QGroupBox):
    """One party. Its id is kept, so sessions and agreed terms still name the same person."""

    changed = Signal()
    remove_requested = Signal(object)  # this card

    def __init__(self, party: Party, parent: QWidget | None = None):
        super().__init__(parent)
        self._id: UUID = party.id
        self._number = 0
        self.role = QComboBox()
        for role in PartyRole:
            self.role.addItem("", role)
        self.role.setCurrentIndex(self.role.findData(party.role))
        self.kind = QComboBox()
        for kind in PartyKind:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(self.kind.findData(party.kind))
        self.identifier = IdentifierField(party.kind)
        self.identifier.set_text(party.identifier)
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            self.edits[name] = QLineEdit(getattr(party, name))
        self.rows = {name: FieldRow(widget) for name, widget in (
            ("role", self.role), ("kind", self.kind), ("name", self.edits["name"]),
            ("identifier", self.identifier), *((n, self.edits[n]) for n in _TEXT_FIELDS[1:]))}
        self.labels = {name: field_label(row.field) for name, row in self.rows.items()}
        self.form = form_layout()
        for name, row in self.rows.items():
            self.form.addRow(self.labels[name], row)
        self.remove = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

        self.role.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.identifier.changed.connect(self.changed)
        for edit in self.edits.values():
            edit.textChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._show_kind()
        self.retranslate()

    @property
    def party_kind(self) -> PartyKind:
        return PartyKind(self.kind.currentData())

    def party(self) -> Party:
        organisation = self.party_kind is PartyKind.LEGAL_ENTITY
        values = {name: edit.text().strip() for name, edit in self.edits.items()
                  if organisation or name not in _ORGANISATION_ONLY}
        return Party(role=PartyRole(self.role.currentData()), kind=self.party_kind,
                     identifier=self.identifier.text(), id=self._id, **values)

    def has_data(self) -> bool:
        return bool(self.identifier.text() or any(e.text().strip() for e in self.edits.values()))

    def set_number(self, number: int) -> None:
        self._number = number
        self.retranslate()

    def show_problems(self, problems: dict[str, str]) -> None:
        """`problems` by field name ("name", "phone"...). The IIN/BIN field says its own as it
        is typed (the same rules), so the core's reason for it would only repeat that."""
        for name, row in self.rows.items():
            if name != "identifier":
                row.problem.set_problem(problems.get(name))

    def _on_kind_changed(self) -> None:
        self._show_kind()
        self.retranslate()
        self.changed.emit()

    def _show_kind(self) -> None:
        self.identifier.set_kind(self.party_kind)
        for name in _ORGANISATION_ONLY:
            self.form.setRowVisible(self.rows[name], self.party_kind is PartyKind.LEGAL_ENTITY)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Party {number}").format(number=self._number))
        for i in range(self.role.count()):
            self.role.setItemText(i, labels.party_role(self.role.itemData(i)))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, labels.party_kind(self.kind.itemData(i)))
        organisation = self.party_kind is PartyKind.LEGAL_ENTITY
        self.labels["role"].setText(self.tr("&Role in the dispute"))
        self.labels["kind"].setText(self.tr("&Individual or legal entity"))
        self.labels["name"].setText(self.tr("&Name of the legal entity") if organisation
                                    else self.tr("Full &name"))
        self.labels["identifier"].setText(labels.identifier_name(self.party_kind))
        self.labels["address"].setText(self.tr("A&ddress"))
        self.labels["phone"].setText(self.tr("P&hone"))
        self.labels["representative"].setText(self.tr("Represent&ative (full name)"))
        self.labels["representative_basis"].setText(
            self.tr("&Basis of representation (charter, power of attorney)"))
        self.remove.setText(self.tr("Remove this part&y..."))
        for name, label in self.labels.items():
            self.rows[name].field.setAccessibleName(label.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PartyPanel(QWidget):
    """The "Parties" tab of the case editor (see the panel interface in case_editor)."""

    changed = Signal()
    step_done = Signal(object)  # never: parties are saved with the case, they take no steps

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._cards: list[PartyCard] = []
        self._problems: dict[str, str] = {}
        self.problem = ProblemLabel(self)
        self._list = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._list)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.add_individual = QPushButton()
        self.add_organisation = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_individual)
        buttons.addWidget(self.add_organisation)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.add_individual.clicked.connect(lambda: self.add_party(PartyKind.INDIVIDUAL))
        self.add_organisation.clicked.connect(lambda: self.add_party(PartyKind.LEGAL_ENTITY))
        self.retranslate()

    @property
    def cards(self) -> list[PartyCard]:
        return list(self._cards)

    def load(self, case: Case) -> None:
        for card in self._cards:
            self._list.removeWidget(card)
            card.deleteLater()
        self._cards = []
        for party in case.parties:
            self._append(party)
        self._renumber()

    def apply(self, draft: Case) -> None:
        draft.parties = [card.party() for card in self._cards]

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        self.problem.set_problem(problems.get("parties"))
        for i, card in enumerate(self._cards):
            prefix = f"parties[{i}]."
            card.show_problems({path.removeprefix(prefix): reason
                                for path, reason in problems.items()
                                if path.startswith(prefix)})

    def set_dirty(self, dirty: bool) -> None:
        """Nothing here waits for a save: parties are stored with the case itself."""

    def add_party(self, kind: PartyKind) -> PartyCard:
        """A new empty party: the applicant if the case has none yet, else an other party."""
        roles = {card.party().role for card in self._cards}
        role = PartyRole.OTHER_PARTY if PartyRole.APPLICANT in roles else PartyRole.APPLICANT
        card = self._append(Party("", role, kind, id=new_id()))
        self._renumber()
        self.changed.emit()
        card.edits["name"].setFocus()
        self.scroll.ensureWidgetVisible(card)
        return card

    def remove_party(self, card: PartyCard) -> QMessageBox | None:
        """Remove a party; when anything was typed for it, only after the question (returned)
        is answered "Remove"."""
        if not card.has_data():
            self._drop(card)
            return None
        return confirm(self, self.tr("Remove a party"),
                       self.tr("Remove {party} from this case? What was typed for it will be "
                               "lost.").format(party=card.title()),
                       self.tr("Remove"), lambda: self._drop(card))

    def _drop(self, card: PartyCard) -> None:
        self._cards.remove(card)
        self._list.removeWidget(card)
        card.deleteLater()
        self._renumber()
        self.changed.emit()

    def _append(self, party: Party) -> PartyCard:
        card = PartyCard(party)
        card.changed.connect(self.changed)
        card.remove_requested.connect(self.remove_party)
        self._list.addWidget(card)
        self._cards.append(card)
        return card

    def _renumber(self) -> None:
        for number, card in enumerate(self._cards, 1):
            card.set_number(number)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("A dispute needs an applicant and at least one other party."))
        self.add_individual.setText(self.tr("Add an indi&vidual"))
        self.add_organisation.setText(self.tr("Add a le&gal entity"))
        self.show_problems(self._problems)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
