"""Contacts: the contacts screen's service, import and export (CSV, vCard), duplicates and merging, who a
customer is (phone number, BSUID), consent and marketing preferences."""
