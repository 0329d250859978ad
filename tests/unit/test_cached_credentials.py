"""Credentials read once a minute, not on every webhook: a keyring read blocks the event loop."""

from __future__ import annotations

from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.credentials import CachedCredentials


class CountingStore:
    def __init__(self) -> None:
        self.values: dict[SecretName, str] = {SecretName.APP_SECRET: "first"}
        self.reads = 0

    def get(self, name: SecretName) -> str | None:
        self.reads += 1
        return self.values.get(name)

    def set(self, name: SecretName, value: str) -> None:
        self.values[name] = value

    def delete(self, name: SecretName) -> None:
        self.values.pop(name, None)


def test_reads_come_from_memory_until_the_ttl_and_writes_are_seen_at_once():
    inner, now = CountingStore(), [0.0]
    cached = CachedCredentials(inner, ttl=60, clock=lambda: now[0])
    assert [cached.get(SecretName.APP_SECRET) for _ in range(200)] == ["first"] * 200
    assert inner.reads == 1
    inner.values[SecretName.APP_SECRET] = "changed elsewhere"
    now[0] = 59.0
    assert cached.get(SecretName.APP_SECRET) == "first"
    now[0] = 61.0
    assert cached.get(SecretName.APP_SECRET) == "changed elsewhere" and inner.reads == 2
    cached.set(SecretName.APP_SECRET, "set here")
    assert cached.get(SecretName.APP_SECRET) == "set here" and inner.values[SecretName.APP_SECRET] == "set here"
    cached.delete(SecretName.APP_SECRET)
    assert cached.get(SecretName.APP_SECRET) is None
