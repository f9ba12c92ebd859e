"""Speaker identity across articles: one person, one identity, in the store and the API."""

from zitat.identity.names import IdentityIndex, identity_key, normalize_name

__all__ = ["IdentityIndex", "identity_key", "normalize_name"]
