"""Rebuild src/zitat/lexicon/data/first_names.tsv.gz from Faker's first-name lists.

German news names people from everywhere (`Jean Todt`, `Wayne Rooney`, `Recep Tayyip
Erdoğan`), while Wiktionary's German lexicon knows 1.4k first names. Faker (MIT licence)
lists about 20k first names of 80 locales with their gender; this script keeps those in Latin
script and ships them, so zitat does not depend on Faker at run time.

    pip install faker && python scripts/build_first_names.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

from faker.providers import person

OUT = Path(__file__).resolve().parents[1] / "src" / "zitat" / "lexicon" / "data" / "first_names.tsv.gz"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚțḀ-ỿ'’-]+$")
LISTS = (("first_names_male", "m"), ("first_names_female", "f"), ("first_names", ""))


def names_of(provider: type, attribute: str) -> list[str]:
    for cls in provider.__mro__:
        value = cls.__dict__.get(attribute)
        if value is not None and not isinstance(value, property):
            return [str(name).strip() for name in (value.keys() if isinstance(value, dict) else value)]
    return []


def main() -> None:
    genders: dict[str, set[str]] = defaultdict(set)
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, gender in LISTS:
            for name in names_of(provider, attribute):
                if len(name) > 1 and name[:1].isupper() and LATIN.match(name):
                    genders[name].add(gender)
    with gzip.open(OUT, "wt", encoding="utf-8") as out:
        for name in sorted(genders):
            found = genders[name] - {""}
            out.write(f"{name}\t{found.pop() if len(found) == 1 else ''}\n")
    print(f"{len(genders)} first names -> {OUT}")


if __name__ == "__main__":
    main()
