"""XLSForm import: realistic forms convert and then behave as they did in ODK or Kobo, and every
XLSForm feature we cannot carry over is an error naming the row and column, never dropped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from inspector.checklists.loader import load_file
from inspector.checklists.state import Evaluation, _FormState, evaluate_form
from inspector.checklists.xlsform import Conversion
from inspector.checklists.xlsform import convert_file as _convert_file
from inspector.checklists.xlsform import convert_workbook as _convert_workbook
from inspector.errors import FormInvalid, InvalidInput
from tests.conftest import run_cli

TODAY = dt.date(2026, 3, 15)
Rows = Sequence[Sequence[Any]]


# These tests hold the strict import (--strict): every loss refuses the form. The default, which
# leaves out what it cannot carry and lists it, is tested in test_xlsform_corpus.py.
def convert_workbook(path: Path, **options: Any) -> Conversion:
    return _convert_workbook(path, strict=True, **options)


def convert_file(source: Path, output: Path, **options: Any) -> Conversion:
    return _convert_file(source, output, strict=True, **options)


def make_workbook(
    path: Path, survey: Rows, choices: Rows | None = None, settings: Rows | None = None
) -> Path:
    """An .xlsx file with the given sheets; each is a list of rows, the header first."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    for name, rows in (("choices", choices), ("settings", settings)):
        if rows is not None:
            extra = workbook.create_sheet(name)
            for row in rows:
                extra.append(list(row))
    workbook.save(path)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormInvalid) as caught:
        convert_workbook(path)
    return caught.value.problems


def evaluate(conversion: Conversion, answers: Mapping[str, Any]) -> Evaluation:
    return evaluate_form(conversion.form, answers, today=TODAY)


def visible(evaluation: Evaluation, path: str) -> bool:
    return evaluation.questions[path].visible


def problem(evaluation: Evaluation, path: str) -> str | None:
    return evaluation.questions[path].problem


def calculated(conversion: Conversion, answers: Mapping[str, Any], name: str) -> Any:
    values = getattr(evaluate(conversion, answers), "values", None)  # calculated results by path
    if values is not None:
        return values.get(name)
    # An Evaluation without them: compute as evaluate_form does.
    return _FormState(conversion.form, answers, TODAY).value(name)


def question(conversion: Conversion, name: str) -> dict[str, Any]:
    for section in conversion.document["sections"]:
        for item in section["questions"]:
            if item["id"] == name:
                return item
            for child in item.get("questions", ()):
                if child["id"] == name:
                    return child
    raise KeyError(name)


# -- 1. a multilingual recruitment-agency visit -------------------------------------------------

LANGS = ["English (en)", "Français (fr)", "Español (es)"]
AGENCY_SURVEY: Rows = [
    [
        "type", "name", *(f"label::{lang}" for lang in LANGS), "hint::English (en)",
        "hint::Français (fr)", "required", "relevant", "constraint",
        "constraint_message::English (en)", "constraint_message::Français (fr)", "calculation",
        "appearance",
    ],
    ["start", "start"],
    ["begin_group", "agency", "Agency", "Agence", "Agencia"],
    ["text", "agency_name", "Agency name", "Nom de l'agence", "Nombre de la agencia",
     None, None, "yes"],
    ["select_one licence_status", "licence", "Licence status", "Statut de la licence",
     "Estado de la licencia", "As shown on the certificate", "Selon le certificat", "yes"],
    ["date", "licence_expiry", "Licence expiry date", "Date d'expiration",
     "Fecha de vencimiento", None, None, None, "${licence} = 'valid'", ". > today()",
     "The expiry date must be in the future", "La date doit être dans le futur"],
    ["end_group"],
    [],
    ["begin_group", "workers", "Workers", "Travailleurs", "Trabajadores"],
    ["integer", "workers_placed", "Workers placed abroad in the last 12 months",
     "Travailleurs placés à l'étranger", "Trabajadores colocados", None, None, "yes", None,
     ". >= 0 and . <= 5000", "Enter a number from 0 to 5000", "Entrez un nombre de 0 à 5000",
     None, "numbers"],
    ["integer", "workers_interviewed", "Workers interviewed", "Travailleurs interrogés",
     "Trabajadores entrevistados", None, None, "no", "${workers_placed} > '0'",
     ". <= ${workers_placed}"],
    ["calculate", "interview_share", None, None, None, None, None, None, None, None, None,
     None, "if(${workers_placed} > 0, round(${workers_interviewed} div ${workers_placed} * 100, 1)"
     ", 0)"],
    ["note", "low_share", "Fewer than one worker in ten was interviewed",
     "Moins d'un travailleur sur dix a été interrogé", "Menos de uno de cada diez",
     None, None, None, "${interview_share} < 10 and ${workers_interviewed} != ''"],
    ["select_multiple fee_types", "fees_charged", "Which fees did workers pay?",
     "Quels frais les travailleurs ont-ils payés ?", "¿Qué cobros pagaron los trabajadores?",
     "Select all that apply", "Cochez tout ce qui s'applique", "yes"],
    ["text", "fee_other", "Describe the other fee", "Décrivez l'autre frais",
     "Describa el otro cobro", None, None, "yes", "selected(${fees_charged}, 'other')"],
    ["integer", "workers_charged", "How many workers paid?", "Combien ont payé ?",
     "¿Cuántos pagaron?", None, None, "count-selected(${fees_charged}) > 0",
     "not(selected(${fees_charged}, 'none'))", ". <= ${workers_placed}"],
    ["end_group"],
]  # fmt: skip
AGENCY_CHOICES: Rows = [
    ["list_name", "name", *(f"label::{lang}" for lang in LANGS)],
    ["licence_status", "valid", "Valid", "Valide", "Vigente"],
    ["licence_status", "expired", "Expired", "Expirée", "Vencida"],
    ["licence_status", "none", "No licence", "Pas de licence", "Sin licencia"],
    [
        "fee_types",
        "recruitment",
        "Recruitment fee",
        "Frais de recrutement",
        "Cobro de reclutamiento",
    ],
    ["fee_types", "medical", "Medical examination", "Examen médical", "Examen médico"],
    ["fee_types", "training", "Training", "Formation", "Capacitación"],
    ["fee_types", "other", "Other", "Autre", "Otro"],
    ["fee_types", "none", "None", "Aucun", "Ninguno"],
]


@pytest.fixture
def agency(tmp_path: Path) -> Conversion:
    path = make_workbook(tmp_path / "Agency_Visit.xlsx", AGENCY_SURVEY, AGENCY_CHOICES)
    return convert_workbook(path)


def test_agency_form_keeps_languages_groups_and_choices(agency: Conversion) -> None:
    form = agency.form
    assert (form.id, form.version, form.purpose.value) == ("agency-visit", "1", "inspection")
    assert form.languages == ("en", "fr", "es")
    assert [s.id for s in form.sections] == ["agency", "workers"]
    assert form.sections[1].title == {"en": "Workers", "fr": "Travailleurs", "es": "Trabajadores"}
    licence = form.all_questions()["licence"]
    assert licence.label["fr"] == "Statut de la licence"
    assert licence.hint == {"en": "As shown on the certificate", "fr": "Selon le certificat"}
    assert licence.choice_label("expired", "fr") == "Expirée"
    assert licence.choice_label("none", "es") == "Sin licencia"
    assert form.all_questions()["fees_charged"].choice_label("medical", "fr") == "Examen médical"
    assert "start" not in form.all_questions()
    # expressions in our language
    assert question(agency, "licence_expiry")["relevant"] == "licence = 'valid'"
    assert question(agency, "workers_interviewed")["relevant"] == "workers_placed > 0"
    assert question(agency, "interview_share")["calculation"] == (
        "if(workers_placed > 0, round(workers_interviewed / workers_placed * 100, 1), 0)"
    )
    assert question(agency, "low_share")["relevant"] == (
        "interview_share < 10 and filled(workers_interviewed)"
    )
    assert question(agency, "workers_charged")["required"] == "count_selected(fees_charged) > 0"
    assert question(agency, "workers_charged")["relevant"] == (
        "not (filled(fees_charged) and selected(fees_charged, 'none'))"
    )


def test_agency_form_warns_about_metadata_and_appearance(agency: Conversion) -> None:
    assert len(agency.warnings) == 2
    assert any(
        w.startswith("Agency_Visit.xlsx: survey row 2, column type: metadata 'start'")
        for w in agency.warnings
    )
    assert any(
        w.startswith("Agency_Visit.xlsx: survey, column 'appearance': ignored") and "row 10" in w
        for w in agency.warnings
    )


def test_agency_form_relevance_required_and_constraints(agency: Conversion) -> None:
    empty = evaluate(agency, {})
    assert set(empty.missing) == {"agency_name", "licence", "workers_placed", "fees_charged"}
    assert not visible(empty, "licence_expiry")
    assert not visible(empty, "workers_interviewed")
    assert not visible(empty, "fee_other")

    answers: dict[str, Any] = {
        "agency_name": "Himal Manpower",
        "licence": "valid",
        "licence_expiry": "2025-12-31",
        "workers_placed": 6000,
        "fees_charged": ["medical", "other"],
    }
    result = evaluate(agency, answers)
    assert visible(result, "licence_expiry")
    assert problem(result, "licence_expiry") == "The expiry date must be in the future"
    assert problem(result, "workers_placed") == "Enter a number from 0 to 5000"
    assert visible(result, "fee_other") and problem(result, "fee_other") == "missing"
    assert visible(result, "workers_charged") and problem(result, "workers_charged") == "missing"

    answers.update(
        licence_expiry="2027-01-31", workers_placed=200, fee_other="Visa", workers_charged=201
    )
    result = evaluate(agency, answers)
    assert problem(result, "licence_expiry") is None
    assert problem(result, "workers_placed") is None
    assert problem(result, "workers_charged") is not None  # more than were placed
    answers["workers_charged"] = 150
    assert evaluate(agency, answers).complete

    answers["licence"] = "expired"
    assert not visible(evaluate(agency, answers), "licence_expiry")
    answers["fees_charged"] = ["none"]
    result = evaluate(agency, answers)
    assert not visible(result, "fee_other")
    assert not visible(result, "workers_charged")


def test_agency_form_calculation_drives_a_note(agency: Conversion) -> None:
    answers: dict[str, Any] = {"workers_placed": 200, "workers_interviewed": 10}
    assert calculated(agency, answers, "interview_share") == Decimal("5.0")
    assert visible(evaluate(agency, answers), "low_share")
    answers["workers_interviewed"] = 40
    assert calculated(agency, answers, "interview_share") == Decimal("20.0")
    assert not visible(evaluate(agency, answers), "low_share")
    # nothing interviewed yet: the note waits for an answer, as `!= ''` did in XLSForm
    assert not visible(evaluate(agency, {"workers_placed": 200}), "low_share")
    invalid = evaluate(agency, {"workers_placed": 10, "workers_interviewed": 11})
    assert "workers_interviewed" in [p.path for p in invalid.invalid]


def test_agency_form_writes_yaml_that_loads_back(agency: Conversion, tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "agency.xlsx", AGENCY_SURVEY, AGENCY_CHOICES)
    output = tmp_path / "agency.yaml"
    conversion = convert_file(source, output)
    reloaded = load_file(output)
    assert reloaded.document == {**conversion.document, "source": "agency.xlsx"}
    assert "Statut de la licence" in output.read_text("utf-8")  # unicode kept as written
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# -- 2. worker payments: a repeat and a sum over it ----------------------------------------------

PAYMENTS_SURVEY: Rows = [
    ["type", "name", "label", "required", "relevant", "constraint", "constraint_message",
     "calculation"],
    ["begin_group", "interview", "Worker interview"],
    ["text", "worker_code", "Worker code", "yes"],
    ["select_one yes_no", "paid_fees", "Did you pay anything to get this job?", "yes"],
    ["end_group"],
    ["begin_repeat", "fee_payments", "Fee payments", None, "${paid_fees} = 'yes'"],
    ["decimal", "amount", "Amount paid", "yes", None, ". > 0", "The amount must be above zero"],
    ["select_one payee", "paid_to", "Paid to", "yes"],
    ["image", "receipt", "Photo of the receipt", None, "${paid_to} = 'agency'"],
    ["end_repeat"],
    ["calculate", "total_fees", None, None, None, None, None, "sum(${amount})"],
    ["calculate", "payment_count", None, None, None, None, None, "count(${fee_payments})"],
    ["begin_group", "reimbursement", "Reimbursement", None, "${total_fees} > 0"],
    ["select_one yes_no", "reimbursed", "Has the agency paid the money back?", "yes"],
    ["decimal", "monthly_wage", "Monthly wage"],
    ["note", "high_fees", "The fees exceed one month's wage", None,
     "${total_fees} > ${monthly_wage}"],
    ["end_group"],
]  # fmt: skip
PAYMENTS_CHOICES: Rows = [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
    ["payee", "agency", "The recruitment agency"],
    ["payee", "subagent", "A sub-agent or broker"],
    ["payee", "employer", "The employer"],
]


@pytest.fixture
def payments(tmp_path: Path) -> Conversion:
    path = make_workbook(tmp_path / "worker_payments.xlsx", PAYMENTS_SURVEY, PAYMENTS_CHOICES)
    return convert_workbook(path)


def test_payments_form_structure(payments: Conversion) -> None:
    form = payments.form
    assert form.languages == ("en",)
    assert form.title == {"en": "Worker payments"}
    sections = form.sections
    assert [s.id for s in sections] == ["interview", "fee_payments", "general", "reimbursement"]
    assert sections[2].title == form.title  # loose questions: a section titled with the form
    assert [q.id for q in sections[2].questions] == ["total_fees", "payment_count"]
    assert sections[3].relevant is not None and sections[3].relevant.text == "total_fees > 0"
    repeat = sections[1].questions[0]
    assert repeat.type.value == "repeat" and repeat.label == {"en": "Fee payments"}
    assert [q.id for q in repeat.questions] == ["amount", "paid_to", "receipt"]
    assert [q.type.value for q in repeat.questions] == ["decimal", "select_one", "evidence"]
    assert question(payments, "total_fees")["calculation"] == "sum(fee_payments.amount)"
    assert question(payments, "payment_count")["calculation"] == "count(fee_payments)"
    assert question(payments, "receipt")["relevant"] == "paid_to = 'agency'"
    assert payments.warnings == []


def test_payments_form_behaves_like_the_original(payments: Conversion) -> None:
    answers: dict[str, Any] = {"worker_code": "W-17", "paid_fees": "no"}
    result = evaluate(payments, answers)
    assert not visible(result, "fee_payments")
    assert not visible(result, "reimbursed")  # no fees: the reimbursement section is hidden
    assert result.complete

    answers.update(
        {
            "paid_fees": "yes",
            "fee_payments": ["a", "b"],
            "fee_payments[a].amount": "1500.50",
            "fee_payments[a].paid_to": "agency",
            "fee_payments[b].amount": "0",
            "fee_payments[b].paid_to": "subagent",
        }
    )
    result = evaluate(payments, answers)
    assert visible(result, "fee_payments")
    assert visible(result, "fee_payments[a].receipt")
    assert not visible(result, "fee_payments[b].receipt")
    assert problem(result, "fee_payments[b].amount") == "The amount must be above zero"
    assert problem(result, "fee_payments[a].amount") is None
    assert calculated(payments, answers, "total_fees") == Decimal("1500.50")
    assert calculated(payments, answers, "payment_count") == 2
    assert visible(result, "reimbursed") and "reimbursed" in result.missing

    answers["monthly_wage"] = "1000"
    assert visible(evaluate(payments, answers), "high_fees")
    answers["monthly_wage"] = "2000"
    assert not visible(evaluate(payments, answers), "high_fees")

    del answers["fee_payments[a].paid_to"]
    assert "fee_payments[a].paid_to" in evaluate(payments, answers).missing


# -- 3. settings sheet and nested groups ----------------------------------------------------------

FOLLOW_UP_SURVEY: Rows = [
    ["type", "name", "label::English (en)", "label::Français (fr)", "relevant", "required"],
    ["begin_group", "premises", "Premises", "Locaux"],
    ["select_one yes_no", "office_open", "Is the office open?", "Le bureau est-il ouvert ?",
     None, "yes"],
    ["begin_group", "office", "In the office", "Dans le bureau", "${office_open} = 'yes'"],
    ["integer", "staff_present", "Staff present", "Personnel présent", None, "yes"],
    ["begin_group", "records", "Records", "Registres", "${staff_present} > 0"],
    ["select_one yes_no", "contracts_shown", "Were worker contracts shown?",
     "Les contrats ont-ils été montrés ?", None, "yes"],
    ["text", "missing_contracts", "Which contracts are missing?",
     "Quels contrats manquent ?", "${contracts_shown} = 'no'", "yes"],
    ["end_group"],
    ["end_group"],
    ["text", "closure_reason", "Why is the office closed?", "Pourquoi le bureau est-il fermé ?",
     "${office_open} = 'no'", "yes"],
    ["end_group"],
]  # fmt: skip
FOLLOW_UP_CHOICES: Rows = [
    ["list_name", "name", "label::English (en)", "label::Français (fr)"],
    ["yes_no", "yes", "Yes", "Oui"],
    ["yes_no", "no", "No", "Non"],
]
FOLLOW_UP_SETTINGS: Rows = [
    ["form_title", "form_id", "version", "default_language"],
    ["Visite de suivi", "follow_up_visit", "2026.2", "Français (fr)"],
]


@pytest.fixture
def follow_up(tmp_path: Path) -> Conversion:
    path = make_workbook(
        tmp_path / "anything.xlsx", FOLLOW_UP_SURVEY, FOLLOW_UP_CHOICES, FOLLOW_UP_SETTINGS
    )
    return convert_workbook(path)


def test_settings_give_id_version_title_and_first_language(follow_up: Conversion) -> None:
    form = follow_up.form
    assert (form.id, form.version) == ("follow-up-visit", "2026.2")
    assert form.languages == ("fr", "en")
    assert form.title == {"fr": "Visite de suivi"}
    assert form.all_questions()["office_open"].label == {
        "fr": "Le bureau est-il ouvert ?",
        "en": "Is the office open?",
    }
    assert form.all_questions()["office_open"].choice_label("yes", "fr") == "Oui"
    assert any("'follow_up_visit' is written as 'follow-up-visit'" in w for w in follow_up.warnings)


def test_nested_groups_are_flattened_with_their_relevance(follow_up: Conversion) -> None:
    form = follow_up.form
    assert [s.id for s in form.sections] == ["premises"]
    assert [q.id for q in form.sections[0].questions] == [
        "office_open", "staff_present", "contracts_shown", "missing_contracts", "closure_reason",
    ]  # fmt: skip
    assert question(follow_up, "staff_present")["relevant"] == "office_open = 'yes'"
    assert question(follow_up, "contracts_shown")["relevant"] == (
        "(office_open = 'yes') and (staff_present > 0)"
    )
    assert question(follow_up, "missing_contracts")["relevant"] == (
        "(office_open = 'yes') and (staff_present > 0) and (contracts_shown = 'no')"
    )
    flattened = [w for w in follow_up.warnings if "flattened" in w]
    assert len(flattened) == 2 and "survey row 4" in flattened[0] and "row 6" in flattened[1]


def test_nested_group_relevance_behaves_like_the_original(follow_up: Conversion) -> None:
    closed = evaluate(follow_up, {"office_open": "no"})
    assert not visible(closed, "staff_present")
    assert not visible(closed, "contracts_shown")
    assert closed.missing == ["closure_reason"]

    answers: dict[str, Any] = {"office_open": "yes", "staff_present": 0}
    result = evaluate(follow_up, answers)
    assert visible(result, "staff_present") and not visible(result, "contracts_shown")
    assert not visible(result, "closure_reason")
    assert result.complete

    answers["staff_present"] = 3
    result = evaluate(follow_up, answers)
    assert result.missing == ["contracts_shown"]
    answers["contracts_shown"] = "no"
    assert evaluate(follow_up, answers).missing == ["missing_contracts"]
    answers["office_open"] = "no"  # hides the whole nested block again, answers and all
    result = evaluate(follow_up, answers)
    assert not visible(result, "missing_contracts")
    assert result.missing == ["closure_reason"]


def test_loose_questions_kobo_columns_and_a_fixed_repeat_count(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "repeat_count", "$kuid"],
        ["text", "a", "A", None, "k1"],
        ["text", "b", "B", None, "k2"],
        ["begin_repeat", "visits", "Visits", 3, "k3"],
        ["date", "visit_date", "Date"],
        ["end_repeat"],
        ["text", "c", "C", None, "k4"],
    ]
    conversion = convert_workbook(make_workbook(tmp_path / "Loose Form.xlsx", survey))
    form = conversion.form
    assert [(s.id, [q.id for q in s.questions]) for s in form.sections] == [
        ("general", ["a", "b"]),
        ("visits", ["visits"]),
        ("general-2", ["c"]),
    ]
    assert form.id == "loose-form" and form.sections[2].title == {"en": "Loose form"}
    visits = form.sections[1].questions[0]
    assert (visits.min_count, visits.max_count) == (3, 3)
    assert conversion.warnings == [
        "Loose Form.xlsx: survey, column '$kuid': ignored: KoboToolbox bookkeeping, not part of "
        "the form"
    ]


# -- expressions ---------------------------------------------------------------------------------


def _one_question(tmp_path: Path, column: str, expression: str, kind: str = "integer") -> str:
    survey = [
        ["type", "name", "label", column],
        ["integer", "age", "Age"],
        ["select_one yn", "consent", "Consent"],
        ["text", "note_text", "Notes"],
        [kind, "target", "Target", expression],
    ]
    choices = [["list_name", "name", "label"], ["yn", "1", "Yes"], ["yn", "0", "No"]]
    conversion = convert_workbook(make_workbook(tmp_path / "e.xlsx", survey, choices))
    return str(question(conversion, "target")[column])


@pytest.mark.parametrize(
    ("written", "converted"),
    [
        ("${age} >= '18'", "age >= 18"),
        ("'18' <= ${age}", "18 <= age"),
        ("${consent} = 1", "consent = '1'"),
        ("selected(${consent}, 0)", "selected(consent, '0')"),
        ("${note_text} = ''", "empty(note_text)"),
        ('${note_text} != ""', "filled(note_text)"),
        ("string-length(${note_text}) > 0", "filled(note_text)"),
        ("${consent} != '1'", "empty(consent) or consent != '1'"),
        ("${age} + 1 != ${age} * 2", "empty(age) or age + 1 != age * 2"),
        (
            "not(${consent} = 1 or selected(${consent}, 0))",
            "not (filled(consent) and consent = '1' or filled(consent) and selected(consent, '0'))",
        ),
        ("true() and not(false())", "true and not false"),
        ("${age} div 2 > 3 or ${age} * (1 + .5) < 100", "age / 2 > 3 or age * (1 + 0.5) < 100"),
        ("${note_text} = 'a ${x} div b'", "note_text = 'a ${x} div b'"),
        ('${note_text} = "it\'s ${age}"', 'note_text = "it\'s ${age}"'),
        ("not(${age} > 1) = true()", "(not (filled(age) and age > 1)) = true"),
        ("(${age}>1)and(${age}<9)or(${consent}='1')", "age > 1 and age < 9 or consent = '1'"),
        ("${age} - -1 >= 2 - (3 - 1)", "age - -1 >= 2 - (3 - 1)"),
    ],
)
def test_expressions_are_translated(tmp_path: Path, written: str, converted: str) -> None:
    assert _one_question(tmp_path, "relevant", written) == converted


def test_a_string_that_only_looks_like_an_expression_is_left_alone(tmp_path: Path) -> None:
    assert _one_question(tmp_path, "relevant", "concat(${note_text}, 'x != \"\"') = 'div'") == (
        "concat(note_text, 'x != \"\"') = 'div'"
    )


def test_constraint_on_the_question_itself(tmp_path: Path) -> None:
    assert _one_question(tmp_path, "constraint", ". >= '0' and . != 7") == ". >= 0 and . != 7"


# -- errors: each names the file, the sheet, the row and the column -----------------------------

SIMPLE = [["type", "name", "label"], ["text", "a", "A"]]


def test_unsupported_type(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "survey.xlsx", [*SIMPLE, ["geopoint", "where", "Where"]])
    assert problems_of(path) == [
        "survey.xlsx: survey row 3, column type: 'geopoint' is not supported"
    ]


def test_unsupported_column(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "body::accuracyThreshold"],
        ["text", "a", "A"],
        ["text", "b", "B"],
        ["select_one yn", "c", "C", "5"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"]]
    path = make_workbook(tmp_path / "survey.xlsx", survey, choices)
    assert problems_of(path) == [
        "survey.xlsx: survey, column 'body::accuracyThreshold' is not supported (first used in "
        "row 4)"
    ]


def test_repeat_inside_a_repeat(tmp_path: Path) -> None:
    survey = [
        *SIMPLE,
        ["begin_repeat", "visits", "Visits"],
        ["begin repeat", "workers", "Workers"],
        ["text", "name_", "Name"],
        ["end repeat"],
        ["end_repeat"],
    ]
    path = make_workbook(tmp_path / "survey.xlsx", survey)
    assert problems_of(path) == [
        "survey.xlsx: survey row 4, column type: repeat 'workers' is inside repeat 'visits' "
        "(row 3); a repeat inside a repeat is not supported"
    ]


def test_unknown_choice_list(tmp_path: Path) -> None:
    choices = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"]]
    survey = [*SIMPLE, ["select_multiple fee_type", "fees", "Fees"]]
    path = make_workbook(tmp_path / "survey.xlsx", survey, choices)
    assert problems_of(path) == [
        "survey.xlsx: survey row 3, column type: choice list 'fee_type' is not in the choices sheet"
    ]


def test_unclosed_group(tmp_path: Path) -> None:
    survey = [*SIMPLE, ["begin_group", "g", "G"], ["text", "b", "B"]]
    path = make_workbook(tmp_path / "survey.xlsx", survey)
    assert problems_of(path) == [
        "survey.xlsx: survey row 3, column type: group 'g' is never closed (no end_group)"
    ]


def test_unbalanced_end(tmp_path: Path) -> None:
    survey = [*SIMPLE, ["begin_group", "g", "G"], ["text", "b", "B"], ["end_repeat"]]
    path = make_workbook(tmp_path / "survey.xlsx", survey)
    assert problems_of(path) == [
        "survey.xlsx: survey row 5, column type: 'end_repeat' closes the group 'g' opened in row 3"
    ]


def test_unknown_function(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "calculation"],
        ["text", "a", "A"],
        ["calculate", "fee", None, "pulldata('fees', 'amount', 'code', ${a})"],
    ]
    path = make_workbook(tmp_path / "survey.xlsx", survey)
    assert problems_of(path) == [
        "survey.xlsx: survey row 3, column calculation: function 'pulldata' is not supported"
    ]


def test_every_unknown_function_is_named(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["integer", "a", "A"],
        ["text", "b", "B", "${a} mod 2 = 0 and difference-in-months(${a}, ${a}) != 'x'"],
        ["text", "c", "C", "pulldata('f', 'a', 'b', 1) = 1 and instance('x') > pow(2, 1)"],
    ]
    where = "survey.xlsx: survey row {row}, column relevant: function '{name}' is not supported"
    assert problems_of(make_workbook(tmp_path / "survey.xlsx", survey)) == [
        where.format(row=3, name="difference-in-months"),
        where.format(row=4, name="pulldata"),
        where.format(row=4, name="instance"),
    ]


def test_unqualified_label_next_to_translations_is_an_error(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "label::Français (fr)"], ["text", "a", "A", "Aa"]]
    assert problems_of(make_workbook(tmp_path / "mixed.xlsx", survey)) == [
        "mixed.xlsx: survey, column 'label' has no language while other columns have one; name "
        "it like label::English (en), or give its language as default_language in the settings "
        "sheet"
    ]
    settings = [["default_language"], ["English (en)"]]
    conversion = convert_workbook(make_workbook(tmp_path / "mixed.xlsx", survey, None, settings))
    assert conversion.form.all_questions()["a"].label == {"en": "A", "fr": "Aa"}


def test_not_equal_holds_for_a_blank_answer_as_in_xlsform(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "consent", "Consent"],
        ["text", "why", "Why not?", "${consent} != 'yes'"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    conversion = convert_workbook(make_workbook(tmp_path / "ne.xlsx", survey, choices))
    assert visible(evaluate(conversion, {}), "why")
    assert visible(evaluate(conversion, {"consent": "no"}), "why")
    assert not visible(evaluate(conversion, {"consent": "yes"}), "why")


def test_not_an_xlsx_file(tmp_path: Path) -> None:
    path = tmp_path / "survey.xlsx"
    path.write_text("type,name,label\ntext,a,A\n", "utf-8")
    assert problems_of(path) == [
        "survey.xlsx: not an XLSForm workbook: it cannot be read as an Excel .xlsx file (save it "
        "from Excel or LibreOffice as .xlsx)"
    ]


def test_missing_survey_sheet_and_columns(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    assert workbook.active is not None
    workbook.active.title = "Sheet1"
    workbook.save(tmp_path / "blank.xlsx")
    assert problems_of(tmp_path / "blank.xlsx") == [
        "blank.xlsx: no 'survey' sheet (it has: Sheet1)"
    ]
    path = make_workbook(tmp_path / "cols.xlsx", [["kind", "label"], ["text", "A"]])
    assert problems_of(path) == [
        "cols.xlsx: survey, column 'kind' is not supported (first used in row 2)",
        "cols.xlsx: survey: no 'type' column in row 1",
        "cols.xlsx: survey: no 'name' column in row 1",
    ]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant", "media::image"],
        ["text", "a", "A", None, "a.png"],
        ["range", "b", "B"],
        ["integer", "c", "C", "difference-in-months(1, 2) > 1"],
        ["text", "d", "D", "${nowhere} = 'x'"],
        ["text", "a", "Again"],
        ["begin_group", "g", "G"],
    ]
    path = make_workbook(tmp_path / "many.xlsx", survey)
    assert problems_of(path) == [
        "many.xlsx: survey, column 'media::image' is not supported (first used in row 2)",
        "many.xlsx: survey row 3, column type: 'range' is not supported",
        "many.xlsx: survey row 6, column name: 'a' is already used in row 2",
        "many.xlsx: survey row 7, column type: group 'g' is never closed (no end_group)",
        "many.xlsx: survey row 4, column relevant: function 'difference-in-months' is not "
        "supported",
        "many.xlsx: survey row 5, column relevant: ${nowhere} names no question",
    ]


def test_language_without_a_code_is_an_error(tmp_path: Path) -> None:
    survey = [["type", "name", "label::English", "label::Deutsch"], ["text", "a", "A", "A"]]
    path = make_workbook(tmp_path / "lang.xlsx", survey)
    assert problems_of(path) == [
        "lang.xlsx: survey, column 'label::Deutsch': cannot tell the language; write it as "
        "label::Language (code), e.g. label::English (en)"
    ]


def test_repeat_question_used_outside_its_repeat(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["begin_repeat", "payments", "Payments"],
        ["decimal", "amount", "Amount"],
        ["end_repeat"],
        ["text", "why", "Why so much?", "${amount} > 100"],
        ["text", "total_why", "Why so much?", "sum(${amount}) > 100 and count(${payments}) > 1"],
    ]
    path = make_workbook(tmp_path / "rep.xlsx", survey)
    assert problems_of(path) == [
        "rep.xlsx: survey row 5, column relevant: ${amount} is inside repeat 'payments'; here "
        "only sum(), min(), max() or count() of it can be used"
    ]


def test_problem_found_by_the_checklist_loader_names_the_row(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one status", "licence", "Licence"],
        ["date", "expiry", "Expiry", "${licence} = 'vaild'"],
    ]
    choices = [["list_name", "name", "label"], ["status", "valid", "Valid"]]
    path = make_workbook(tmp_path / "typo.xlsx", survey, choices)
    assert problems_of(path) == [
        "typo.xlsx: survey row 3, column relevant: 'vaild' is not one of the choices (valid) "
        "('expiry', converted to: licence = 'vaild')"
    ]


def test_metadata_is_skipped_with_a_warning_and_cannot_be_referred_to(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "relevant"], ["deviceid", "device"], *SIMPLE[1:]]
    conversion = convert_workbook(make_workbook(tmp_path / "meta.xlsx", survey))
    assert conversion.warnings == [
        "meta.xlsx: survey row 2, column type: metadata 'deviceid' is not imported (the app "
        "records who inspected, when and with which device itself)"
    ]
    assert list(conversion.form.all_questions()) == ["a"]
    survey.append(["text", "b", "B", "${device} = 'x'"])
    assert problems_of(make_workbook(tmp_path / "meta.xlsx", survey)) == [
        "meta.xlsx: survey row 4, column relevant: ${device} is a metadata field (row 2), which "
        "is not imported"
    ]


def test_empty_rows_are_skipped_and_rows_counted_as_shown(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], [], ["text", "a", "A"], [None, None], ["time", "t", "T"]]
    path = make_workbook(tmp_path / "gaps.xlsx", survey)
    assert problems_of(path) == ["gaps.xlsx: survey row 5, column type: 'time' is not supported"]


# -- files and the command line ------------------------------------------------------------------


def test_nothing_is_written_when_conversion_fails(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "bad.xlsx", [*SIMPLE, ["geotrace", "route", "Route"]])
    with pytest.raises(FormInvalid):
        convert_file(source, tmp_path / "bad.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]


def test_existing_output_is_kept_without_overwrite(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "x.xlsx", SIMPLE)
    output = tmp_path / "x.yaml"
    output.write_text("keep me\n", "utf-8")
    with pytest.raises(InvalidInput, match="already exists"):
        convert_file(source, output)
    assert output.read_text("utf-8") == "keep me\n"
    convert_file(source, output, overwrite=True, form_id="custom-id")
    assert load_file(output).id == "custom-id"


def test_cli_round_trip(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "x.xlsx", AGENCY_SURVEY, AGENCY_CHOICES)
    output = tmp_path / "x.yaml"
    result = run_cli("forms", "import-xlsform", "--strict", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "x.yaml: written (x 1: 10 questions)" in result.stdout
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2 and all(
        line.startswith("warning: x.xlsx: survey") for line in warnings
    )
    result = run_cli("forms", "check", str(output))
    assert result.returncode == 0, result.stderr
    assert "OK (x 1: 10 questions, 0 finding rules)" in result.stdout


def test_cli_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "x.xlsx", SIMPLE)
    output = tmp_path / "x.yaml"
    output.write_text("existing\n", "utf-8")
    result = run_cli("forms", "import-xlsform", "--strict", str(source), "-o", str(output))
    assert result.returncode == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert output.read_text("utf-8") == "existing\n"
    result = run_cli(
        "forms", "import-xlsform", "--strict", str(source), "-o", str(output), "--force"
    )
    assert result.returncode == 0, result.stderr
    assert load_file(output).id == "x"


def test_cli_lists_every_problem(tmp_path: Path) -> None:
    survey = [*SIMPLE, ["geopoint", "gps", "GPS"], ["barcode", "code", "Code"]]
    source = make_workbook(tmp_path / "x.xlsx", survey)
    result = run_cli(
        "forms", "import-xlsform", "--strict", str(source), "-o", str(tmp_path / "x.yaml")
    )
    assert result.returncode == 7
    assert result.stderr.splitlines()[:2] == [
        "x.xlsx: survey row 3, column type: 'geopoint' is not supported",
        "x.xlsx: survey row 4, column type: 'barcode' is not supported",
    ]
    assert not (tmp_path / "x.yaml").exists()
