"""The local web app and HTTP API (FastAPI): the same functions and JSON shapes as the CLI."""
