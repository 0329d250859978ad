"""Monggo Pinarak Desktop: a desktop client for the WhatsApp Business Cloud API."""

__version__ = "0.1.0"
APP_NAME = "Monggo Pinarak"
