"""A corpus of hostile inputs for the hardening tests (see ``expected.tsv``)."""
