"""The web app and JSON API (``accords serve``): see ``app.create_app``."""
