"""Normalise person and organisation names so the same speaker gets one identity everywhere.

"Präsident Alexander Lukaschenko", "Lukaschenkos" and "Aljaksandr Lukaschenka" are one
person; "Angela Merkel" and "Thomas Merkel" are two. The key is the surname after folding
titles, genitive endings, diacritics and common transliteration variants; first names
decide between namesakes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from zitat.lexicon.names import without_accents

TITLES = {
    "dr", "dr.", "prof", "prof.", "herr", "frau", "sir", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "bundeskanzler",
    "bundeskanzlerin", "außenminister", "außenministerin", "innenminister", "innenministerin",
    "ministerpräsident", "ministerpräsidentin", "staatschef", "regierungschef", "sprecher",
    "sprecherin", "general", "papst", "könig", "königin", "senator", "senatorin", "abgeordnete",
    "abgeordneter", "bürgermeister", "bürgermeisterin", "chef", "chefin", "vorsitzende", "vorsitzender",
}
# Spellings of one sound across transliterations: Lukaschenka/Lukaschenko, Selenskyj/Selenski.
_VARIANTS = [
    (re.compile(r"(sch|sh|ch)"), "sch"),
    (re.compile(r"(kyj|kij|ki|ky|kyi)$"), "ki"),
    (re.compile(r"(enka|enko)$"), "enko"),
    (re.compile(r"(ow|ov|off)$"), "ov"),
    (re.compile(r"(ew|ev|jew|jev)$"), "ev"),
    (re.compile(r"j(?=[aeiou])"), "y"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(.)\1"), r"\1"),
]


def normalize_name(name: str) -> str:
    """The name without titles, trailing genitive `s` and bracketed additions: the form shown."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    words = [w for w in name.replace(",", " ").split() if w.lower() not in TITLES]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")):
        words[-1] = words[-1][:-1]  # `Lukaschenkos` -> `Lukaschenko`
    return " ".join(words)


def _fold(word: str) -> str:
    word = without_accents(word.lower())
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return word


def identity_key(name: str) -> tuple[str, str]:
    """(folded surname, folded first name or "") for a person's name."""
    words = normalize_name(name).split()
    if not words:
        return ("", "")
    first = _fold(words[0].rstrip(".")) if len(words) > 1 else ""
    return (_fold(words[-1]), first)


def organisation_key(name: str) -> tuple[str, str]:
    """The identity of an organisation: its whole folded name. No genitive is stripped, since
    `Reuters` or `Moody's` end in `s` by their own right."""
    return (" ".join(_fold(w) for w in re.sub(r"\s*\(.*?\)", "", name).split()), "")


def match_identity(candidates: list[tuple[object, str]], first: str) -> tuple[object | None, bool]:
    """Which known identity (key, folded first name or "") a name with this folded first name
    and the same surname belongs to: (key or None for a new one, whether the match gains a
    first name it lacked)."""
    if first:
        for key, known in candidates:
            if known and _compatible(known, first):
                return key, False
        bare = [key for key, known in candidates if not known]
        if len(bare) == 1 and len(bare) == len(candidates):
            return bare[0], True
        return None, False
    named = [key for key, known in candidates if known]
    if len(named) == 1:
        return named[0], False
    if not named and candidates:
        return candidates[0][0], False
    return None, False


@dataclass
class Identity:
    id: str
    name: str
    first: str
    variants: set[str] = field(default_factory=set)


@dataclass
class IdentityIndex:
    """Assigns identities to names seen across many articles.

    A full name joins the identity with the same surname and a compatible first name
    (equal, or one is the other's initial); a surname alone joins the only identity with
    that surname, and stays its own identity while namesakes make it ambiguous."""

    identities: list[Identity] = field(default_factory=list)
    _by_surname: dict[str, list[Identity]] = field(default_factory=lambda: defaultdict(list))

    def assign(self, name: str) -> Identity:
        surname, first = identity_key(name)
        shown = normalize_name(name) or name
        candidates = self._by_surname[surname]
        key, gains_first = match_identity([(i, i.first) for i in candidates], first)
        if isinstance(key, Identity):
            if gains_first:
                key.first, key.name = first, shown  # the surname now has its full name
            return self._add(key, shown)
        identity = Identity(f"p{len(self.identities) + 1}", shown, first, {shown})
        self.identities.append(identity)
        candidates.append(identity)
        return identity

    def _add(self, identity: Identity, shown: str) -> Identity:
        identity.variants.add(shown)
        if len(shown) > len(identity.name) and identity_key(shown)[1]:
            identity.name = shown
        return identity


def _compatible(a: str, b: str) -> bool:
    """Same first name: equal, an initial of it, or a transliteration (Alexander/Aljaksandr)."""
    if a == b or len(a) == 1 and b.startswith(a) or len(b) == 1 and a.startswith(b):
        return True
    return _skeleton(a) == _skeleton(b)


def _skeleton(first_name: str) -> str:
    """Consonants after the first letter, spelling variants folded: Alexander, Aljaksandr
    and Aleksandr all give `alksndr`; Angela and Andrea stay apart."""
    word = first_name.replace("x", "ks").replace("th", "t").replace("c", "k").replace("ph", "f")
    rest = "".join(ch for ch in word[1:] if ch not in "aeiouyjhäöü")
    return word[:1] + re.sub(r"(.)\1", r"\1", rest)
