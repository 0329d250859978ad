"""Setting up: the first run (token first, the number found), the credentials checked live, the receiving
route chosen, and key recovery."""
