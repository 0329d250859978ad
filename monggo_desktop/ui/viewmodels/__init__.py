"""Presenters: QObjects with signals that call services; no widgets here."""
