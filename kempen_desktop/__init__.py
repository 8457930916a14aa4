"""Kempen Desktop: case coordination for the lokale regisseur sociale economie en werk."""

__version__ = "0.1.0"
APP_NAME = "Kempen Desktop"
