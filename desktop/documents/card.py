"""Case card (карточка дела / іс карточкасы): everything recorded about one case, for the paper
file, as rows of a label and its value; in Kazakh and Russian the two sit side by side, row by
row, so that each value stands level with its translation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.core.case import Obligation, Session
from desktop.core.party import Party, PartyKind
from desktop.core.printed import PrintedDocument
from desktop.documents import parts
from desktop.documents.material import CaseMaterial
from desktop.documents.page import GAP, Draft, Markup, Tongue, table

WORDING = {
    "card.title": set(),
    "card.number": {"number"},
    "card.as_of": {"date"},
    "card.case_heading": set(),
    "card.reg_date": set(),
    "card.referral": set(),
    "card.stage": set(),
    "card.category": set(),
    "card.subject": set(),
    "card.claim_amount": set(),
    "card.status": set(),
    "card.outcome": set(),
    "card.contract_date": set(),
    "card.deadline": set(),
    "card.extended": {"date", "count"},
    "card.closed_date": set(),
    "card.mediators": set(),
    "card.referral_own_application": set(),
    "card.referral_court": set(),
    "card.referral_police": set(),
    "card.referral_prosecutor": set(),
    "card.referral_akimat": set(),
    "card.referral_school": set(),
    "card.referral_employer": set(),
    "card.referral_other": set(),
    "card.stage_pre_trial": set(),
    "card.stage_in_court": set(),
    "card.stage_enforcement": set(),
    "card.status_registered": set(),
    "card.status_in_mediation": set(),
    "card.status_closed": set(),
    "card.parties_heading": set(),
    "card.party": {"number", "role", "kind"},
    "card.individual": set(),
    "card.legal_entity": set(),
    "card.full_name": set(),
    "card.entity_name": set(),
    "card.iin": set(),
    "card.bin": set(),
    "card.address": set(),
    "card.phone": set(),
    "card.representative": set(),
    "card.basis": set(),
    "card.sessions_heading": set(),
    "card.session": {"number"},
    "card.held_on": set(),
    "card.place": set(),
    "card.attended": set(),
    "card.session_notes": set(),
    "card.no_sessions": set(),
    "card.terms_heading": set(),
    "card.term": {"number"},
    "card.debtor": set(),
    "card.creditor": set(),
    "card.description": set(),
    "card.amount": set(),
    "card.due_date": set(),
    "card.fulfilment": set(),
    "card.fulfilled_on": set(),
    "card.fulfilment_pending": set(),
    "card.fulfilment_fulfilled": set(),
    "card.fulfilment_partly_fulfilled": set(),
    "card.fulfilment_not_fulfilled": set(),
    "card.no_terms": set(),
    "card.notes_heading": set(),
    "card.no_notes": set(),
    "card.papers_heading": set(),
    "card.paper_contract": set(),
    "card.paper_settlement": set(),
    "card.paper_termination": set(),
    "card.printed": {"language", "at", "hash"},
    "card.language_kk": set(),
    "card.language_ru": set(),
    "card.language_en": set(),
    "card.no_papers": set(),
}
NOT_RECORDED = "—"  # a card reports what is recorded: no lines to fill in by hand
LABEL_SHARE = 0.36  # of a language's column; the value takes the rest
HASH_SHOWN = 16  # hex digits: enough to match a paper with its record by eye
RULE = colors.HexColor("#9a9a9a")
PADDING = 2  # points above a row's text

Value = str | None  # plain text, Markup, or None when nothing is recorded
Field = tuple[str, Callable[[Tongue], Value]]  # the label's wording key, the value in a language
Block = list[Flowable]  # kept together on one page


def write(draft: Draft, material: CaseMaterial) -> None:
    case = material.case
    draft.each(lambda t: [t.para("card.title", "title"),
                          t.para("card.number", "title", number=case.number),
                          t.para("card.as_of", "right", date=t.date(material.issued_on))])
    look = _Look(draft)
    look.section("card.case_heading", [[look.fields(_case_fields(material))]])
    look.section("card.parties_heading", [_party(look, n, p) for n, p in
                                          enumerate(case.parties, 1)])
    look.section("card.sessions_heading", [_session(look, material, n, s) for n, s in
                                           enumerate(case.sessions, 1)], "card.no_sessions")
    look.section("card.terms_heading", [_term(look, material, n, o) for n, o in
                                        enumerate(case.obligations, 1)], "card.no_terms")
    notes = [[look.lines(lambda t: _text(case.notes))]] if case.notes.strip() else []
    look.section("card.notes_heading", notes, "card.no_notes")
    zone = ZoneInfo(material.office.timezone)
    papers = ([[look.fields([_paper(p, zone) for p in material.printed])]] if material.printed
              else [])
    look.section("card.papers_heading", papers, "card.no_papers")


def _case_fields(material: CaseMaterial) -> list[Field]:
    case, reference = material.case, material.reference

    def deadline(t: Tongue) -> Value:
        if case.deadline and case.extensions:
            return t.text("card.extended", date=t.date(case.deadline), count=case.extensions)
        return _date(t, case.deadline)

    return [
        ("card.reg_date", lambda t: t.date(case.reg_date)),
        ("card.referral", lambda t: t.text(f"card.referral_{case.referral}")),
        ("card.stage", lambda t: t.text(f"card.stage_{case.stage}")),
        ("card.category", lambda t: parts.capitalised(t.term(reference.categories,
                                                             case.category))),
        ("card.subject", lambda t: _text(case.subject)),
        ("card.claim_amount", lambda t: _money(t, case.claim_amount)),
        ("card.status", lambda t: t.text(f"card.status_{case.status}")),
        ("card.outcome", lambda t: parts.capitalised(t.term(reference.outcomes, case.outcome))),
        ("card.contract_date", lambda t: _date(t, case.contract_date)),
        ("card.deadline", deadline),
        ("card.closed_date", lambda t: _date(t, case.closed_date)),
        ("card.mediators",
         lambda t: parts.mediator_names(t, material) if material.mediators else None),
    ]


def _party(look: _Look, number: int, party: Party) -> Block:
    entity = party.kind is PartyKind.LEGAL_ENTITY
    fields: list[Field] = [
        ("card.entity_name" if entity else "card.full_name", lambda t: party.name),
        ("card.bin" if entity else "card.iin", lambda t: party.identifier),
        ("card.address", lambda t: party.address),
        ("card.phone", lambda t: party.phone),
        ("card.representative", lambda t: party.representative),
    ]
    if party.representative or party.representative_basis:
        fields.append(("card.basis", lambda t: party.representative_basis))
    return look.block(lambda t: t.text("card.party", number=number, role=parts.role(t, party),
                                       kind=t.text(f"card.{party.kind}")), fields)


def _session(look: _Look, material: CaseMaterial, number: int, session: Session) -> Block:
    case = material.case
    attended = ", ".join(case.party(party_id).name for party_id in session.attended)
    return look.block(lambda t: t.text("card.session", number=number), [
        ("card.held_on", lambda t: t.date(session.held_on)),
        ("card.place", lambda t: session.place),
        ("card.attended", lambda t: attended),
        ("card.session_notes", lambda t: _text(session.notes)),
    ])


def _term(look: _Look, material: CaseMaterial, number: int, obligation: Obligation) -> Block:
    case = material.case
    creditor = case.party(obligation.creditor_id).name if obligation.creditor_id else ""
    return look.block(lambda t: t.text("card.term", number=number), [
        ("card.debtor", lambda t: case.party(obligation.debtor_id).name),
        ("card.creditor", lambda t: creditor),
        ("card.description", lambda t: _text(obligation.description)),
        ("card.amount", lambda t: _money(t, obligation.amount)),
        ("card.due_date", lambda t: _date(t, obligation.due_date)),
        ("card.fulfilment", lambda t: t.text(f"card.fulfilment_{obligation.fulfilment}")),
        ("card.fulfilled_on", lambda t: _date(t, obligation.fulfilled_on)),
    ])


def _paper(paper: PrintedDocument, zone: ZoneInfo) -> Field:
    """One signed paper printed: its kind as the label; language, time (the office's, as
    everywhere else) and hash as the value."""

    def entry(t: Tongue) -> Value:
        languages = ", ".join(t.text(f"card.language_{lang}") for lang in paper.language.split("+"))
        return t.text("card.printed", language=languages,
                      at=paper.printed_at.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
                      hash=paper.content_hash[:HASH_SHOWN])

    return f"card.paper_{paper.kind}", entry


def _date(t: Tongue, day: date | None) -> Value:
    return t.date(day) if day else None


def _money(t: Tongue, amount: Decimal | None) -> Value:
    return t.money(amount) if amount is not None else None


def _text(text: str) -> Value:
    """Typed text as markup that keeps its line breaks."""
    return Markup(escape(text.strip()).replace("\n", "<br/>")) if text.strip() else None


class _Look:
    """How the card lays out headings and label/value rows, in one language or two."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.tongues = draft.tongues
        left = draft.styles["left"]
        self.value = ParagraphStyle("card-value", left, spaceAfter=0)
        # Side by side a label column is narrow: its words would break, at the size of a value.
        size = draft.styles["small"] if draft.parallel else left
        self.label = ParagraphStyle("card-label", self.value, fontSize=size.fontSize,
                                    leading=size.leading, textColor=colors.HexColor("#333333"))
        self.heading = ParagraphStyle("card-heading", draft.styles["heading"], spaceBefore=0,
                                      spaceAfter=0)
        self.section_heading = ParagraphStyle("card-section", self.heading,
                                              fontSize=left.fontSize + 1,
                                              leading=(left.fontSize + 1) * 1.2)
        self.column = (draft.width - GAP) / 2 if draft.parallel else draft.width
        self.space = left.fontSize * 0.8

    def section(self, heading: str, blocks: Sequence[Block], empty: str = "") -> None:
        """A numbered heading kept with its first block; `empty` is said when there is none.
        (KeepTogether is never nested: an inner one measures as endless and breaks the page.)"""
        title = self._across([[[Paragraph(t.text(heading), self.section_heading)]]
                              for t in self.tongues], [1.0])
        first, *rest = blocks or [[self.lines(lambda t: t.text(empty))]]
        self.draft.whole(Spacer(1, self.space * 1.5), KeepTogether([title, *first]))
        for block in rest:
            self.draft.whole(KeepTogether(block))

    def block(self, heading: Callable[[Tongue], str], fields: list[Field]) -> Block:
        """A party, a session or a term: its own small heading over its rows."""
        title = self._across([[[Paragraph(heading(t), self.heading)]] for t in self.tongues],
                             [1.0], ("TOPPADDING", (0, 0), (-1, -1), self.space))
        return [title, self.fields(fields)]

    def fields(self, fields: list[Field]) -> Table:
        rows = [[[Paragraph(t.text(key), self.label), Paragraph(_shown(value(t)), self.value)]
                 for key, value in fields] for t in self.tongues]
        lower = PADDING + self.value.fontSize - self.label.fontSize  # baselines level
        per_tongue = []
        for label in range(0, 3 * len(self.tongues), 3):  # each language's label column
            per_tongue += [("LINEBELOW", (label, 0), (label + 1, -1), 0.3, RULE),
                           ("RIGHTPADDING", (label, 0), (label, -1), 6),
                           ("TOPPADDING", (label, 0), (label, -1), lower)]
        return self._across(rows, [LABEL_SHARE, 1 - LABEL_SHARE], *per_tongue)

    def lines(self, text: Callable[[Tongue], Value]) -> Table:
        return self._across([[[Paragraph(_shown(text(t)), self.value)]] for t in self.tongues],
                            [1.0])

    def _across(self, rows: list[list[list]], shares: list[float], *commands: tuple) -> Table:
        """`rows[i]` are the rows of the i-th language; two languages stand side by side with a
        gap between, row by row, so that a value is level with its translation."""
        widths = [share * self.column for share in shares]
        grid = rows[0]
        if self.draft.parallel:
            grid = [[*left, "", *right] for left, right in zip(*rows, strict=True)]
            widths = [*widths, GAP, *widths]
        return table(grid, widths, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), PADDING),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), *commands,
                     splitInRow=1)  # typed text (notes, a subject) may run over pages


def _shown(value: Value) -> str:
    """A value as paragraph markup: escaped unless already markup; a dash when not recorded."""
    if value is None or value == "":
        return NOT_RECORDED
    return value if isinstance(value, Markup) else escape(value)
