"""The business account: which account this data serves, its credentials, profile, settings, the access
token's health, Meta's notices, and the app lock."""
