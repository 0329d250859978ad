"""Plain dataclasses and rules. No Qt, no I/O, no SQL."""
