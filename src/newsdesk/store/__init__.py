"""The store: the only part of newsdesk that speaks SQL."""

from newsdesk.store.sqlite import Store

__all__ = ["Store"]
