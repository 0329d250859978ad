"""One repository per aggregate. Each takes a connection and returns domain dataclasses."""
