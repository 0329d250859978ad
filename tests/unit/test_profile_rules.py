"""The business profile's rules (cloud-api.md section 5), shared by the screen and the API client."""

from __future__ import annotations

import pytest

from monggo_desktop.cloud import limits
from monggo_desktop.cloud.errors import RequestValidationError
from monggo_desktop.domain.profile import (
    VERTICALS,
    FieldProblem,
    Problem,
    ProfileField,
    ProfileFields,
    describe,
    profile_problems,
)


def test_a_good_profile_has_no_problems_and_is_sent_cleaned():
    fields = ProfileFields(
        about="Batik tulis",
        address="Jl. Malioboro 52",
        description="",
        email="  toko@example.com ",
        websites=(" https://a.example ", ""),
        vertical="APPAREL",
    )
    assert fields.problems() == []
    assert fields.as_update() == {
        "about": "Batik tulis",
        "address": "Jl. Malioboro 52",
        "description": "",
        "email": "toko@example.com",
        "websites": ["https://a.example"],
        "vertical": "APPAREL",
    }
    assert "vertical" not in ProfileFields(about="Hi").as_update()  # never chosen: not sent


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"about": "a" * 140}, FieldProblem(ProfileField.ABOUT, Problem.TOO_LONG, limit=139, length=140)),
        ({"about": "   "}, FieldProblem(ProfileField.ABOUT, Problem.EMPTY)),
        ({"address": "a" * 257}, FieldProblem(ProfileField.ADDRESS, Problem.TOO_LONG, limit=256, length=257)),
        ({"description": "d" * 513}, FieldProblem(ProfileField.DESCRIPTION, Problem.TOO_LONG, limit=512, length=513)),
        ({"email": "halo-toko.example"}, FieldProblem(ProfileField.EMAIL, Problem.NOT_EMAIL)),
        (
            {"email": "a@" + "b" * 130 + ".id"},
            FieldProblem(ProfileField.EMAIL, Problem.TOO_LONG, limit=128, length=135),
        ),
        ({"websites": ["toko.example"]}, FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=1)),
        (
            {"websites": ["https://a.example", "ftp://b"]},
            FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=2),
        ),
        ({"websites": ["http://:80"]}, FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=1)),
        ({"websites": ["http://[::1"]}, FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=1)),
        ({"websites": [""]}, FieldProblem(ProfileField.WEBSITES, Problem.EMPTY, index=1)),
        ({"websites": ["a", "b", "c"]}, FieldProblem(ProfileField.WEBSITES, Problem.TOO_MANY, limit=2)),
        ({"vertical": "SHOES"}, FieldProblem(ProfileField.VERTICAL, Problem.UNKNOWN_VERTICAL)),
    ],
)
def test_each_broken_rule_is_named(fields, expected):
    assert profile_problems(fields)[0] == expected


def test_every_problem_is_listed_in_field_order():
    problems = ProfileFields(about="a" * 140, email="nope", websites=("x", "https://ok.example")).problems()
    assert [(p.field, p.problem, p.index) for p in problems] == [
        (ProfileField.ABOUT, Problem.TOO_LONG, None),
        (ProfileField.EMAIL, Problem.NOT_EMAIL, None),
        (ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, 1),
    ]


def test_an_empty_email_removes_it_and_an_about_cannot_be_empty():
    assert profile_problems({"email": ""}) == []
    assert profile_problems({"about": ""})[0].problem is Problem.EMPTY


def test_the_api_client_refuses_with_the_same_rules_and_words():
    with pytest.raises(RequestValidationError) as refused:
        limits.check_profile_fields({"websites": ["https://a.example", "b.example"]})
    assert refused.value.field == "website 2"
    assert str(refused.value) == "website 2: must start with http:// or https://"
    problem = FieldProblem(ProfileField.ABOUT, Problem.TOO_LONG, limit=139, length=140)
    assert describe(problem) == "at most 139 characters (this has 140)"
    assert frozenset(VERTICALS) == limits.VERTICALS and len(VERTICALS) == 19
