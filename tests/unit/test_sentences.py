"""A message from below the UI, as the window says it (one helper, where eight copies were)."""

from __future__ import annotations

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.ui.sentences import sentence


def test_a_message_becomes_one_sentence_with_one_full_stop():
    assert sentence("the disk is full: free some space") == "The disk is full: free some space."
    assert sentence(InvalidInputError("that number is not on WhatsApp")) == "That number is not on WhatsApp."
    assert sentence("  sending waits for a new token.  ") == "Sending waits for a new token."
    assert sentence("already a question?") == "Already a question?"
    assert sentence("") == ""  # nothing to say stays nothing
