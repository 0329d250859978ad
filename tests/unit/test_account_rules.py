import pytest

from monggo_desktop.domain.account_rules import check_api_base, check_api_version, check_meta_id
from monggo_desktop.domain.errors import InvalidInputError


@pytest.mark.parametrize(
    "url",
    [
        "https://graph.facebook.com",
        "https://graph.example.test/",
        "http://127.0.0.1:8999",
        "http://[::1]:80",
        "http://localhost:1",
    ],
)
def test_https_or_loopback_http_is_accepted(url):
    assert check_api_base(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    ["http://graph.facebook.com", "ftp://x", "graph.facebook.com", "https://u:p@host", "http://10.0.0.1"],
)
def test_plain_http_beyond_this_machine_is_refused(url):
    with pytest.raises(InvalidInputError):
        check_api_base(url)


def test_ids_and_versions():
    assert check_meta_id(" 106540352242922 ", "phone number id") == "106540352242922"
    with pytest.raises(InvalidInputError, match="digits only"):
        check_meta_id("+1 555", "phone number id")
    assert check_api_version("v26.0") == "v26.0"
    with pytest.raises(InvalidInputError):
        check_api_version("25")
