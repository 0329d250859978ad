"""Receiving: the route by which the internet reaches this computer (opened, proven, registered with Meta,
kept up), its state in words, and the window's door to it."""
