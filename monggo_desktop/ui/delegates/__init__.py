"""Item delegates that paint the conversation list and the chat bubbles."""
