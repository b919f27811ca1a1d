"""A realistic sample office: `kelisim demo` fills a register for trying, training and timing.

The content (names, places, wording) comes from resources/demo/sample_data.json; this module only
decides who, when and how each case went. The same seed gives the same cases; only their UUIDs
differ. Cases are made in the order of their registration dates, so their numbers follow time.
"""

from __future__ import annotations

import json
import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate
from itertools import count as counting
from typing import Generic, TypeVar
from uuid import UUID

from desktop.config import resource
from desktop.core.case import (
    DATED_FULFILMENTS,
    SETTLING_OUTCOMES,
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Referral,
    Session,
    Stage,
)
from desktop.core.deadline import deadline_for
from desktop.core.identifiers import check_digit
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.office import Office
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.reference import ReferenceData
from desktop.services.cases import CaseService
from desktop.services.mediators import MediatorService
from desktop.services.office import OfficeService

BATCH = 2_000  # cases per register_many call, each one transaction
MIN_ACTIVE_MEDIATORS = 8
MEDIATORS_WANTED = 10
HISTORY_DAYS = 3 * 365

DEMO_OFFICE = {
    "code": "KRG01",
    "name_kk": "Қарағанды облысы Осакаров ауданы әкімдігінің медиация кабинеті",
    "name_ru": "Кабинет медиации акимата Осакаровского района Карагандинской области",
    # The office has one district and one region field: both languages, as on bilingual forms.
    "district": "Осакаров ауданы / Осакаровский район",
    "region": "Қарағанды облысы / Карагандинская область",
    "address": "Осакаровка кенті, Пристанционная көшесі, 22 / "
               "п. Осакаровка, ул. Пристанционная, 22",
    "phone": "+7 72149 2 11 45",
    "head": "Сейітова Әйгерім Болатқызы",
    "timezone": "Asia/Almaty",
}

# How often each kind of dispute reaches a village office: family matters, alimony, neighbours
# and small debts come first.
CATEGORY_WEIGHTS = {
    "family": 18, "alimony": 14, "neighbours_land": 15, "debt_contracts": 14, "property": 8,
    "inheritance": 6, "labour": 6, "consumer": 5, "administrative": 4, "criminal": 4,
    "school": 4, "other": 2,
}
STATUS_WEIGHTS = {CaseStatus.REGISTERED: 15, CaseStatus.IN_MEDIATION: 20, CaseStatus.CLOSED: 65}
OUTCOME_WEIGHTS = {
    Outcome.SETTLED: 50, Outcome.PARTLY_SETTLED: 8, Outcome.NOT_SETTLED: 12,
    Outcome.REFUSED: 12, Outcome.STOPPED: 8, Outcome.EXPIRED: 10,
}
REFERRAL_WEIGHTS = {
    "family": {Referral.OWN_APPLICATION: 55, Referral.COURT: 35, Referral.AKIMAT: 5,
               Referral.OTHER: 5},
    "alimony": {Referral.OWN_APPLICATION: 50, Referral.COURT: 40, Referral.OTHER: 10},
    "neighbours_land": {Referral.OWN_APPLICATION: 55, Referral.AKIMAT: 30, Referral.COURT: 10,
                        Referral.POLICE: 5},
    "property": {Referral.OWN_APPLICATION: 55, Referral.COURT: 35, Referral.POLICE: 10},
    "debt_contracts": {Referral.OWN_APPLICATION: 45, Referral.COURT: 50, Referral.OTHER: 5},
    "labour": {Referral.OWN_APPLICATION: 50, Referral.EMPLOYER: 25, Referral.COURT: 25},
    "consumer": {Referral.OWN_APPLICATION: 70, Referral.COURT: 20, Referral.OTHER: 10},
    "inheritance": {Referral.OWN_APPLICATION: 60, Referral.COURT: 40},
    "administrative": {Referral.POLICE: 60, Referral.AKIMAT: 20, Referral.OWN_APPLICATION: 20},
    "criminal": {Referral.POLICE: 55, Referral.PROSECUTOR: 25, Referral.COURT: 20},
    "school": {Referral.SCHOOL: 80, Referral.OWN_APPLICATION: 15, Referral.POLICE: 5},
}
DEFAULT_REFERRALS = {Referral.OWN_APPLICATION: 70, Referral.AKIMAT: 20, Referral.OTHER: 10}
# Where a judgment is usually being enforced (a bailiff sends the parties to mediate).
ENFORCEABLE = ("alimony", "debt_contracts", "property")
# Chance that the other party is a company: employers, shops, lenders.
LEGAL_ENTITY_CHANCE = {"labour": 0.75, "consumer": 0.6, "debt_contracts": 0.3, "property": 0.1,
                       "other": 0.05}
# Disputes about money have a claim even when the subject's wording names no sum.
MONETARY_CATEGORIES = ("debt_contracts", "labour", "consumer", "property")
# Realistic sums in tenge per kind of dispute (alimony is a monthly payment).
AMOUNT_RANGES = {
    "alimony": (20_000, 150_000), "family": (100_000, 3_000_000),
    "neighbours_land": (20_000, 400_000), "property": (50_000, 2_000_000),
    "debt_contracts": (20_000, 3_000_000), "labour": (50_000, 1_500_000),
    "consumer": (20_000, 800_000), "inheritance": (200_000, 3_000_000),
    "administrative": (20_000, 300_000), "criminal": (20_000, 500_000),
    "school": (20_000, 100_000),
}
DEFAULT_AMOUNTS = (20_000, 200_000)
MIN_AMOUNT = 20_000
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
DAYS_TO_SIGN = (0, 0, 0, 1, 1, 2, 3, 5, 7, 10, 14)  # from registration to the agreement to mediate

K = TypeVar("K")


@dataclass(frozen=True)
class DemoReport:
    office_created: bool
    mediators_added: int
    cases_added: int


class DemoService:
    def __init__(self, office: OfficeService, mediators: MediatorService, cases: CaseService,
                 reference: ReferenceData):
        self._office = office
        self._mediators = mediators
        self._cases = cases
        self._reference = reference

    def generate(self, count: int, seed: int, today: date | None = None) -> DemoReport:
        """Add `count` sample cases (and, if missing, an office and mediators); never deletes."""
        sample = load_sample()
        office_created = self._ensure_office()
        office = self._office.require()
        today = today or self._office.today()
        # One stream per purpose: mediators added or not, the cases of a seed stay the same.
        added = self._ensure_mediators(Dice(f"{seed}:mediators"), sample, today)
        builder = CaseBuilder(Dice(f"{seed}:cases"), sample, self._reference, office,
                              self._mediators.list(active_only=True), today)
        timelines = builder.timelines(Dice(f"{seed}:timelines"), count)
        for start in range(0, count, BATCH):
            self._cases.register_many([builder.case(t) for t in timelines[start:start + BATCH]])
        return DemoReport(office_created, added, count)

    def _ensure_office(self) -> bool:
        if self._office.current() is not None:
            return False
        self._office.update(**DEMO_OFFICE)
        return True

    def _ensure_mediators(self, rng: Dice, sample: dict, today: date) -> int:
        active = len(self._mediators.list(active_only=True))
        if active >= MIN_ACTIVE_MEDIATORS:
            return 0
        people = People(rng, sample, today)
        new = [_mediator(rng, people, sample, i) for i in range(MEDIATORS_WANTED - active)]
        for mediator in new:
            self._mediators.add(mediator)
        return len(new)


def load_sample() -> dict:
    with resource("demo", "sample_data.json").open(encoding="utf-8") as f:
        return json.load(f)


def _mediator(rng: Dice, people: People, sample: dict, index: int) -> Mediator:
    person = people.person(female=rng.random() < 0.6)  # most public mediators are women
    professional = index % 2 == 1
    if person.kazakh:
        languages = ("kk", "ru", "en") if rng.random() < 0.15 else ("kk", "ru")
    else:
        languages = ("ru", "kk") if rng.random() < 0.5 else ("ru",)
    number = (f"ПМ-{rng.randint(2012, 2024)}-{rng.randint(1, 9999):04d}" if professional
              else f"ОМ-КРГ-{rng.randint(1, 999):03d}")
    return Mediator(
        full_name=person.name, iin=person.iin,
        kind=MediatorKind.PROFESSIONAL if professional else MediatorKind.PUBLIC,
        register_number=number, languages=languages,
        specialisations=tuple(rng.sample(sample["mediator_specialisations"], rng.randint(1, 3))))


# --- random helpers ----------------------------------------------------------------------

class Dice(random.Random):
    """random.Random whose choice and randint take one float each.

    The stock ones draw bits in a rejection loop, about three times slower; generating 100,000
    cases makes millions of such draws. Still fully determined by the seed.
    """

    def choice(self, seq: Sequence[K]) -> K:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def below(self, n: int) -> int:
        return int(self.random() * n)


class Weighted(Generic[K]):
    """A weighted choice made with one random number (random.choices rebuilds its sums)."""

    def __init__(self, weights: dict[K, float]):
        self._keys = list(weights)
        self._sums = list(accumulate(weights.values()))

    def pick(self, rng: Dice) -> K:
        return self._keys[bisect(self._sums, rng.random() * self._sums[-1])]


def _amount(rng: Dice, low: int, high: int) -> int:
    """A sum people actually name: log-uniform in the range, rounded to a thousand tenge."""
    return _thousands(low * (high / low) ** rng.random(), low, high)


def _thousands(value: float, low: int, high: int) -> int:
    return max(low, min(high, int(round(value, -3))))


def _tenge(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _between(rng: Dice, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _iin(rng: Dice, birth: date, female: bool) -> str:
    """A valid IIN: birth date, century and sex digit (3-6), 4 random digits, check digit."""
    century_sex = (3 if birth.year < 2000 else 5) + female
    born = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"  # strftime is slow
    return _with_check_digit(lambda: f"{born}{century_sex}{rng.below(10_000):04d}")


def _bin(rng: Dice) -> str:
    """A valid BIN: registration year and month, "4" (a legal entity), "0", 5 random, check."""
    return _with_check_digit(lambda: f"{rng.randint(1995, 2023) % 100:02d}"
                                     f"{rng.randint(1, 12):02d}40{rng.below(100_000):05d}")


def _with_check_digit(first_eleven: Callable[[], str]) -> str:
    """Eleven digits from `first_eleven` and their check digit, drawn again while some 11
    digits have no check digit at all."""
    while True:
        first = first_eleven()
        check = check_digit(first)
        if check is not None:
            return f"{first}{check}"


def _feminine(surname: str) -> str:
    """A surname in its female form (Қасымов -> Қасымова); Шевченко, Ким and the like stay."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


# --- people and places --------------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    name: str
    iin: str
    kazakh: bool  # a Kazakh name, as opposed to a Russian (or German, Korean...) one
    female: bool
    surname: str  # male form, for a relative of the same family


class People:
    """Names, IINs, addresses and phones of people and companies of the region."""

    def __init__(self, rng: Dice, sample: dict, today: date):
        self._rng = rng
        self._names = {True: sample["kazakh_names"], False: sample["russian_names"]}
        self._places = sample["places"]
        self._streets = sample["streets"]
        self._oldest = today - timedelta(days=80 * 365)
        self._youngest = today - timedelta(days=18 * 365)

    def person(self, female: bool, kazakh: bool | None = None, surname: str = "") -> Person:
        rng = self._rng
        if kazakh is None:
            kazakh = rng.random() < 0.7
        names = self._names[kazakh]
        surname = surname or rng.choice(names["surnames_male"])
        first = rng.choice(names["female_first" if female else "male_first"])
        patronymic = rng.choice(names["patronymics_female" if female else "patronymics_male"])
        shown = _feminine(surname) if female else surname
        iin = _iin(rng, _between(rng, self._oldest, self._youngest), female)
        return Person(f"{shown} {first} {patronymic}", iin, kazakh, female, surname)

    def address(self, language: str, places: Sequence[dict] | None = None) -> str:
        return self.addresses(places)[language]

    def addresses(self, places: Sequence[dict] | None = None) -> dict[str, str]:
        """One address ("village, street, house") in Kazakh and in Russian."""
        rng = self._rng
        place = rng.choice(places or self._places)
        street = rng.choice(self._streets)
        house = rng.randint(1, 120)
        return {lang: f"{place['village_' + lang]}, {street[lang]}, {house}"
                for lang in ("kk", "ru")}

    def phone(self) -> str:
        rng = self._rng
        return (f"+7 {rng.choice(MOBILE_CODES)} {rng.below(1000):03d} "
                f"{rng.below(100):02d} {rng.below(100):02d}")


def _language(rng: Dice, person: Person) -> str:
    # Many Kazakhs of the Karaganda region write to the akimat in Russian.
    return "kk" if person.kazakh and rng.random() < 0.8 else "ru"


# --- the dates of a case ------------------------------------------------------------------

@dataclass(frozen=True)
class Timeline:
    """When a case was registered, mediated and closed: decided first, so cases can be made in
    order of registration."""

    reg_date: date
    status: CaseStatus
    contract_date: date | None = None
    extensions: int = 0
    deadline: date | None = None
    outcome: Outcome | None = None
    closed_date: date | None = None


class TimelinePlanner:
    def __init__(self, rng: Dice, reference: ReferenceData, today: date):
        self._rng = rng
        self._rules = reference.deadline
        self._today = today
        self._statuses = Weighted(STATUS_WEIGHTS)
        self._outcomes = Weighted(OUTCOME_WEIGHTS)

    def plan(self) -> Timeline:
        status = self._statuses.pick(self._rng)
        if status is CaseStatus.REGISTERED:
            return self._registered()
        if status is CaseStatus.IN_MEDIATION:
            return self._in_mediation()
        return self._closed(self._outcomes.pick(self._rng))

    def _registered(self) -> Timeline:
        # Recent: a case is signed or refused within days of its registration.
        return Timeline(self._today - timedelta(days=int(self._rng.expovariate(1 / 5)) % 21),
                        CaseStatus.REGISTERED)

    def _in_mediation(self) -> Timeline:
        rng, today = self._rng, self._today
        extensions = self._extensions(0.25)
        length = self._rules.days + extensions * self._rules.extension_days
        due = rng.random()
        if due < 0.15:  # overdue: the office has not closed it yet
            offset = -rng.randint(1, 15)
        elif due < 0.40 or length <= 8:  # due within a week
            offset = rng.randint(0, min(7, length - 1))
        else:
            offset = rng.randint(8, length - 1)
        contract = min(today, today + timedelta(days=offset - length))
        return Timeline(contract - timedelta(days=rng.choice(DAYS_TO_SIGN)),
                        CaseStatus.IN_MEDIATION, contract, extensions,
                        deadline_for(contract, extensions, self._rules))

    def _closed(self, outcome: Outcome) -> Timeline:
        while True:  # recent cases are more often still open: redraw those not yet over
            timeline = self._closed_draft(outcome)
            if timeline.closed_date <= self._today:
                return timeline

    def _closed_draft(self, outcome: Outcome) -> Timeline:
        rng = self._rng
        reg = self._today - timedelta(days=rng.randint(0, HISTORY_DAYS))
        if outcome is Outcome.REFUSED and rng.random() < 0.6:  # refused before signing
            return Timeline(reg, CaseStatus.CLOSED, outcome=outcome,
                            closed_date=reg + timedelta(days=rng.randint(0, 14)))
        contract = reg + timedelta(days=rng.choice(DAYS_TO_SIGN))
        extensions = self._extensions(0.5 if outcome is Outcome.EXPIRED else 0.15)
        deadline = deadline_for(contract, extensions, self._rules)
        if outcome is Outcome.EXPIRED:
            closed = deadline + timedelta(days=rng.randint(1, 10))
        elif extensions:  # extended because the first term was not enough
            closed = _between(rng, contract + timedelta(days=self._rules.days - 5), deadline)
        else:
            closed = _between(rng, contract + timedelta(days=1), deadline)
        return Timeline(reg, CaseStatus.CLOSED, contract, extensions, deadline, outcome,
                        max(closed, contract))

    def _extensions(self, chance: float) -> int:
        return 1 if self._rules.max_extensions and self._rng.random() < chance else 0


# --- whole cases --------------------------------------------------------------------------

class CaseBuilder:
    """Makes the parties, subject, sessions and agreed terms of a case around its timeline."""

    def __init__(self, rng: Dice, sample: dict, reference: ReferenceData, office: Office,
                 mediators: Sequence[Mediator], today: date):
        self._rng = rng
        self._sample = sample
        self._reference = reference
        self._today = today
        self._people = People(rng, sample, today)
        categories = {k: w for k, w in CATEGORY_WEIGHTS.items()
                      if k in reference.categories and sample["subjects"].get(k)}
        if not categories:
            raise ValueError("the sample data has subjects for none of the office's categories")
        self._categories = Weighted(categories)
        self._referrals = {k: Weighted(REFERRAL_WEIGHTS.get(k, DEFAULT_REFERRALS))
                           for k in categories}
        self._local_places = _places_of(office, sample["places"])
        self._companies = [_Company(e, _bin(rng), self._people.addresses(self._local_places),
                                    self._people.phone()) for e in sample["legal_entities"]]
        self._mediators = _MediatorPicker(mediators)

    def timelines(self, rng: Dice, count: int) -> list[Timeline]:
        planner = TimelinePlanner(rng, self._reference, self._today)
        return sorted((planner.plan() for _ in range(count)), key=lambda t: t.reg_date)

    def case(self, timeline: Timeline) -> Case:
        rng, t = self._rng, timeline
        category = self._categories.pick(rng)
        parties, language = self._parties(category)
        subject, amount = self._subject(category, language)
        referral = self._referrals[category].pick(rng)
        case = Case(
            reg_date=t.reg_date, category=category, subject=subject, parties=parties,
            referral=referral, stage=self._stage(referral, category),
            claim_amount=Decimal(amount) if amount else None,
            mediator_ids=self._mediators.pick(rng, category, language, t.contract_date),
            status=t.status, contract_date=t.contract_date, extensions=t.extensions,
            deadline=t.deadline, outcome=t.outcome, closed_date=t.closed_date)
        if t.contract_date:
            case.sessions = self._sessions(case, language)
        if t.outcome in SETTLING_OUTCOMES:
            case.obligations = self._obligations(case, language, amount)
        return case

    # --- parties --------------------------------------------------------------------------

    def _parties(self, category: str) -> tuple[list[Party], str]:
        """The parties, applicant first, and the language the applicant writes in."""
        rng = self._rng
        applicant_female = rng.random() < {"alimony": 0.8, "family": 0.6}.get(category, 0.45)
        applicant = self._people.person(applicant_female)
        language = _language(rng, applicant)
        parties = [self._individual(applicant, PartyRole.APPLICANT, language)]
        if rng.random() < LEGAL_ENTITY_CHANCE.get(category, 0.0):
            parties.append(self._company(language))
        elif category in ("family", "alimony"):  # the (former) spouse, often the same surname
            spouse = self._people.person(
                not applicant_female, applicant.kazakh,
                applicant.surname if rng.random() < 0.5 else "")
            parties.append(self._individual(spouse, PartyRole.OTHER_PARTY))
        else:
            parties.append(self._individual(self._people.person(rng.random() < 0.4),
                                            PartyRole.OTHER_PARTY))
        extra = rng.random()
        for _ in range(2 if extra < 0.05 else 1 if extra < 0.2 else 0):
            role = PartyRole.APPLICANT if rng.random() < 0.3 else PartyRole.OTHER_PARTY
            parties.append(self._individual(self._people.person(rng.random() < 0.5), role))
        _distinct_identifiers(parties)
        return parties, language

    def _individual(self, person: Person, role: PartyRole, language: str = "") -> Party:
        rng = self._rng
        language = language or _language(rng, person)
        # Most people who come live in the office's district; some from elsewhere in the region.
        places = self._local_places if rng.random() < 0.9 else None
        party = Party(person.name, role, PartyKind.INDIVIDUAL, person.iin,
                      self._people.address(language, places), self._people.phone())
        if rng.random() < 0.05:  # a lawyer or relative acts under a power of attorney
            party.representative = self._people.person(rng.random() < 0.5).name
            party.representative_basis = self._power_of_attorney(language)
        return party

    def _company(self, language: str) -> Party:
        company = self._rng.choice(self._companies)
        director = self._people.person(self._rng.random() < 0.3)
        if self._rng.random() < 0.5:
            basis = "Жарғы" if language == "kk" else "Устав"
        else:
            basis = self._power_of_attorney(language)
        return Party(company.names[language], PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY,
                     company.bin, company.addresses[language], company.phone, director.name, basis)

    def _power_of_attorney(self, language: str) -> str:
        number = self._rng.randint(1, 300)
        issued = self._today - timedelta(days=self._rng.randint(30, 4 * 365))
        if language == "kk":
            return f"{issued:%d.%m.%Y} № {number} сенімхат"
        return f"Доверенность № {number} от {issued:%d.%m.%Y}"

    # --- what the dispute is about --------------------------------------------------------

    def _subject(self, category: str, language: str) -> tuple[str, int | None]:
        """The subject's wording, with its sum when the dispute is about money."""
        rng = self._rng
        template = rng.choice(self._sample["subjects"][category])[language]
        low, high = AMOUNT_RANGES.get(category, DEFAULT_AMOUNTS)
        if "{amount}" in template:
            amount = _amount(rng, low, high)
            return template.replace("{amount}", _tenge(amount)), amount
        if category in MONETARY_CATEGORIES and rng.random() < 0.5:
            return template, _amount(rng, low, high)
        return template, None

    def _stage(self, referral: Referral, category: str) -> Stage:
        chance = self._rng.random()
        if referral is Referral.COURT:
            return Stage.IN_COURT if chance < 0.85 else Stage.ENFORCEMENT
        if referral is Referral.OWN_APPLICATION and chance < 0.07:
            return Stage.ENFORCEMENT if category in ENFORCEABLE else Stage.IN_COURT
        return Stage.PRE_TRIAL

    # --- mediation --------------------------------------------------------------------------

    def _sessions(self, case: Case, language: str) -> list[Session]:
        """1-3 meetings between the agreement to mediate and the end (or today)."""
        rng = self._rng
        assert case.contract_date is not None
        end = case.closed_date or self._today
        days = sorted(_between(rng, case.contract_date, end) for _ in range(rng.randint(1, 3)))
        days[0] = case.contract_date  # the agreement is signed at the first meeting
        ids = tuple(p.id for p in case.parties)
        sessions = []
        for held_on in days:
            attended = ids
            if len(ids) > 2 and rng.random() < 0.2:  # someone did not come
                attended = ids[:-1]
            sessions.append(Session(
                held_on=held_on, place=rng.choice(self._sample["session_places"])[language],
                attended=attended, notes=rng.choice(self._sample["session_notes"])[language]))
        return sessions

    def _obligations(self, case: Case, language: str, claim: int | None) -> list[Obligation]:
        """1-4 agreed terms (1-2 in a partial settlement), the other party usually owing."""
        rng = self._rng
        templates = self._sample["obligations"].get(case.category) or \
            self._sample["obligations"]["other"]
        wanted = rng.choice((1, 1, 1, 2, 2, 2, 3, 3, 4))
        if case.outcome is Outcome.PARTLY_SETTLED:
            wanted = min(wanted, 2)
        applicants = [p for p in case.parties if p.role is PartyRole.APPLICANT]
        others = [p for p in case.parties if p.role is PartyRole.OTHER_PARTY]
        obligations = []
        for template in rng.sample(templates, min(wanted, len(templates))):
            debtor, creditor = rng.choice(others), rng.choice(applicants)
            amount = None
            if template["monetary"]:
                amount = self._agreed_sum(case, claim)
                claim = None  # the claim is settled by the first payment only
            elif rng.random() < 0.2:  # a mutual concession: the applicant undertakes something
                debtor, creditor = creditor, debtor
            obligations.append(self._obligation(case, template[language], debtor, creditor,
                                                amount))
        return obligations

    def _agreed_sum(self, case: Case, claim: int | None) -> int:
        if claim is None:
            return _amount(self._rng, *AMOUNT_RANGES.get(case.category, DEFAULT_AMOUNTS))
        if case.outcome is Outcome.PARTLY_SETTLED:
            return _thousands(claim * self._rng.uniform(0.4, 0.8), MIN_AMOUNT, claim)
        return claim

    def _obligation(self, case: Case, wording: str, debtor: Party, creditor: Party,
                    amount: int | None) -> Obligation:
        rng, today = self._rng, self._today
        assert case.closed_date is not None
        due = case.closed_date + timedelta(days=rng.randint(3, 180))
        fulfilment, on = Fulfilment.PENDING, None
        chance = rng.random()
        if due < today:
            if chance < 0.65:
                fulfilment = Fulfilment.FULFILLED
            elif chance < 0.8:
                fulfilment = Fulfilment.PARTLY_FULFILLED
            else:
                fulfilment = Fulfilment.NOT_FULFILLED
        elif chance < 0.1:  # paid early
            fulfilment = Fulfilment.FULFILLED
        if fulfilment in DATED_FULFILMENTS:
            latest = min(today, due + timedelta(days=15))
            earliest = min(max(case.closed_date, due - timedelta(days=20)), latest)
            on = _between(rng, earliest, latest)
        description = wording.replace("{amount}", _tenge(amount)) if amount else wording
        return Obligation(debtor_id=debtor.id, description=description, due_date=due,
                          creditor_id=creditor.id,
                          amount=Decimal(amount) if amount is not None else None,
                          fulfilment=fulfilment, fulfilled_on=on)


@dataclass(frozen=True)
class _Company:
    """A company of the region: the same BIN and address in every case it appears in."""

    names: dict[str, str]
    bin: str
    addresses: dict[str, str]
    phone: str


class _MediatorPicker:
    """Who mediates: someone who speaks the parties' language, a specialist when there is one."""

    def __init__(self, mediators: Sequence[Mediator]):
        self._all = list(mediators)
        self._speakers = {lang: [m for m in self._all if lang in m.languages] or self._all
                          for lang in ("kk", "ru")}

    def pick(self, rng: Dice, category: str, language: str,
             contract_date: date | None) -> list[UUID]:
        if not self._all or (contract_date is None and rng.random() < 0.4):
            return []  # not assigned yet (or refused before anyone was)
        speakers = self._speakers[language]
        specialists = [m for m in speakers if category in m.specialisations]
        first = rng.choice(specialists if specialists and rng.random() < 0.7 else speakers)
        chosen = [first.id]
        if len(speakers) > 1 and rng.random() < 0.08:  # co-mediation
            second = rng.choice(speakers)
            if second.id != first.id:
                chosen.append(second.id)
        return chosen


def _places_of(office: Office, places: list[dict]) -> list[dict]:
    """Villages of the office's district, when the sample data knows it; else the whole region."""
    district = office.district.casefold()
    local = [p for p in places if p["district_ru"].casefold() in district
             or p["district_kk"].casefold() in district]
    return local or places


def _distinct_identifiers(parties: list[Party]) -> None:
    """Two parties never share an IIN (same birth date and random digits, rare): tweak one."""
    seen: set[str] = set()
    for party in parties:
        while party.identifier in seen:
            party.identifier = _next_valid(party.identifier)
        seen.add(party.identifier)


def _next_valid(identifier: str) -> str:
    serials = counting(int(identifier[7:11]) + 1)
    return _with_check_digit(lambda: f"{identifier[:7]}{next(serials) % 10_000:04d}")

