"""The receiving route's rules: addresses WhatsApp can call, the saved choice and `serve --public-url`, the
state kept for `status` and how it is read back when the process that wrote it is gone."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.receiving import (
    Phase,
    Problem,
    ReceivingState,
    Route,
    check_public_url,
    check_tunnel_hostname,
)
from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.services.receiving.words import as_json, current_state, summary

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("https://shop.example.com", "https://shop.example.com"),
        ("https://shop.example.com/", "https://shop.example.com"),
        ("https://shop.example.com/webhook", "https://shop.example.com"),  # the whole callback URL pasted
        ("https://proxy.example.com/monggo", "https://proxy.example.com/monggo"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),  # plain http on this machine only
    ],
)
def test_addresses_whatsapp_can_call_are_kept_without_the_webhook_path(typed, kept):
    assert check_public_url(typed) == kept


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("http://shop.example.com", "https://"),
        ("ftp://shop.example.com", "https://"),
        ("shop.example.com", "https://"),
        ("https://shop.example.com/?x=1", "query"),
        ("https://" + "a" * 200 + ".example.com", "200 characters"),
    ],
)
def test_addresses_whatsapp_cannot_call_are_refused_in_words(typed, words):
    with pytest.raises(InvalidInputError, match=words):
        check_public_url(typed)


def test_a_tunnel_hostname_becomes_its_https_address():
    assert check_tunnel_hostname("shop.example.com") == "https://shop.example.com"
    assert check_tunnel_hostname("https://shop.example.com/") == "https://shop.example.com"
    with pytest.raises(InvalidInputError, match=r"shop\.example\.com"):
        check_tunnel_hostname("my tunnel")


def test_the_route_comes_from_the_settings_and_serve_overrides_it_for_one_run():
    stored = {"webhook.route": "own", "webhook.public_url": "https://mine.example.com", "meta.app_id": "123"}
    assert RouteChoice.from_settings(stored) == RouteChoice(Route.OWN, "https://mine.example.com", "", "", "123")
    assert RouteChoice.from_settings({}).route is Route.AUTO  # the default
    assert RouteChoice.from_settings({"webhook.route": "nonsense"}).route is Route.AUTO
    assert RouteChoice.from_settings(stored, "off").route is Route.OFF
    assert RouteChoice.from_settings(stored, "auto").route is Route.AUTO
    override = RouteChoice.from_settings({}, "https://other.example.com/webhook")
    assert (override.route, override.own_url) == (Route.OWN, "https://other.example.com")
    with pytest.raises(InvalidInputError):
        RouteChoice.from_settings({}, "http://other.example.com")


def test_the_settings_check_the_route_they_need():
    AppSettings(route=Route.AUTO).checked()
    with pytest.raises(InvalidInputError, match="your own address"):
        AppSettings(route=Route.OWN).checked()
    with pytest.raises(InvalidInputError, match="hostname"):
        AppSettings(route=Route.STABLE).checked()
    settings = AppSettings(route=Route.STABLE, tunnel_hostname="shop.example.com").checked()
    assert AppSettings.from_stored(settings.stored()).route is Route.STABLE
    assert not any("token" in key for key in settings.stored())  # the tunnel token is a secret, never a setting


def _state(**changes) -> ReceivingState:  # type: ignore[no-untyped-def]
    base = {
        "route": Route.AUTO,
        "phase": Phase.WAITING,
        "public_url": "https://a-b.trycloudflare.com",
        "registered": True,
        "verified_at": NOW,
        "pid": os.getpid(),
        "updated_at": NOW,
    }
    return ReceivingState(**{**base, **changes})


def test_the_state_survives_its_round_trip_through_the_settings_table():
    state = _state(last_event_at=NOW - timedelta(minutes=2), steps={"tunnel": True, "reachable": True})
    assert ReceivingState.from_stored(state.stored()) == state
    assert ReceivingState.from_stored({"route": "nope"}) is None
    assert ReceivingState.from_stored(None) is None


def test_status_says_stopped_when_the_process_that_wrote_the_state_is_gone():
    alive = _state()
    assert current_state(alive.stored(), NOW).can_receive
    gone = _state(pid=2**22 + 12345)  # above Linux's pid_max: no such process
    read = current_state(gone.stored(), NOW)
    assert read.phase is Phase.STOPPED and not read.can_receive
    assert current_state(None, NOW).phase is Phase.STOPPED


def test_status_in_words_and_as_json():
    receiving = _state(phase=Phase.RECEIVING, last_event_at=NOW - timedelta(minutes=2))
    assert summary(receiving, NOW) == ("Receiving through a tunnel the app runs (cloudflared) · last message 2 min ago")
    missing = _state(phase=Phase.PROBLEM, registered=False).with_problem(
        Problem.PROGRAM_MISSING, "cloudflared is not installed", now=NOW
    )
    assert summary(missing, NOW) == "Not reachable: cloudflared is not installed"
    data = as_json(missing, NOW)
    assert set(data) >= {"route", "public_url", "registered", "verified_at", "last_event_at", "problem"}
    assert data["problem"] == "program_missing" and data["can_receive"] is False
    assert summary(_state(phase=Phase.WAITING), NOW) == "Registered with WhatsApp; waiting for the first message"


def test_an_owner_who_had_typed_a_public_url_before_routes_keeps_receiving_through_it():
    before = {"webhook.public_url": "https://proxy.example.com"}  # an older data directory: no route stored
    assert RouteChoice.from_settings(before).route is Route.OWN
    assert AppSettings.from_stored(before).route is Route.OWN
    assert RouteChoice.from_settings({**before, "webhook.route": "auto"}).route is Route.AUTO


def test_the_verify_token_is_made_by_the_app_when_none_is_given():
    from monggo_desktop.services.setup.first_setup import SetupRequest

    request = SetupRequest(
        phone_number_id="106540352242922", waba_id="102290129340398", access_token="EAAG" * 6, app_secret="s" * 32
    )
    first, second = request.checked().verify_token, request.checked().verify_token
    assert len(first) >= 32 and first != second and not any(ch.isspace() for ch in first)
    assert replace(request, verify_token=" mine-1234 ").checked().verify_token == "mine-1234"  # a given one is kept
