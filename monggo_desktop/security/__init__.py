"""The vault (OS keyring, backend vetting, passphrase mode), recovery keys, and redaction."""
