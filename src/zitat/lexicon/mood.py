"""Konjunktiv I (and its Konjunktiv II stand-ins): the verb mood of reported speech."""

from __future__ import annotations

from spacy.tokens import Token

from zitat.lexicon.cues import lemma

# The Konjunktiv II that stands in where the Konjunktiv I looks like the indicative; it also
# marks conditions (`wäre`), which the Konjunktiv I proper never does.
CONDITIONAL = {"hätte", "hätten", "wäre", "wären", "würde", "würden", "könnten", "müssten", "sollten", "dürften", "gäbe"}
SUBJUNCTIVE = {
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
    "möge", "gebe", "wisse", "stehe", "liege", "gehe", "komme", "bleibe",
    "fehle", "handle", "gelte", "brauche", "lasse", "sehe", "trage", "zeige",
} | CONDITIONAL
# `soll … haben`: a claim reported without a speaker, the mark of free indirect news.
HEARSAY = {"soll", "sollen"}


def _verb_in_e(token: Token) -> bool:
    """A lower-case word of four letters or more in `-e`, where the Konjunktiv forms lie."""
    return token.is_alpha and not token.text[0].isupper() and token.lower_.endswith("e") and len(token.lower_) >= 4


def is_subjunctive(token: Token) -> bool:
    text = token.lower_
    if text in SUBJUNCTIVE:
        return True
    if not _verb_in_e(token):
        return False
    base = lemma(token.text)
    # 3rd person Konjunktiv I of a regular verb: stem + e (`gehe`, `plane`; `handele`, `ändere`).
    if base.endswith(("eln", "ern")) and base[:-1] + "e" == text:
        return True
    return base.endswith("en") and base[:-1] == text and text not in {"die", "eine", "keine", "diese", "seine", "ihre"}


def is_reported(token: Token) -> bool:
    """The Konjunktiv I, or the Konjunktiv II of a strong verb (`befände`, `käme`, `ginge`),
    which reported speech uses where the Konjunktiv I looks like the indicative. Kept apart from
    `is_subjunctive`, which the sentence-type model was trained on."""
    if is_subjunctive(token):
        return True
    text = token.lower_
    if not _verb_in_e(token) or text.endswith("te") or text == "wurde":
        return False  # `machte`, `wurde`: the past indicative
    base = lemma(token.text)
    return base != text and base.endswith("en") and not base.startswith(text[:-1])  # a changed stem: `ging-e` of `gehen`
