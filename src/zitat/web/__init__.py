"""The archive on the web: JSON API (and, next, HTML pages) over one Store."""

from zitat.web.app import create_app

__all__ = ["create_app"]
