"""Readers turn inputs into (id, text, meta) items; writers stream results out."""
