"""Item models for the lists on screen: plain rows handed in by the viewmodels, no I/O."""
