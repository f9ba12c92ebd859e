"""Closed-class German words the rules use in place of a tagger."""

from __future__ import annotations

import re

# `NASA`, `SPD`, `SPIEGEL`: a word in capitals names an organisation.
ABBREVIATION = re.compile(r"^[A-ZÄÖÜ]{2,10}$")

# `„…“, so letztere`: pronouns that point back to one of two just named.
ANAPHORS = {"letzterer", "letztere", "letzteres", "ersterer", "erstere", "ersteres"}
PRONOUNS = {
    "er", "sie", "es", "man", "ich", "wir", "ihr", "du", "Sie", "dieser", "diese", "jener", "jene",
} | ANAPHORS
DETERMINERS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "dieser", "diese", "dieses", "diesem", "diesen", "sein", "seine", "seiner", "seinem",
    "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "kein", "keine", "alle", "viele",
    "mehrere", "einige", "beide", "zwei", "drei",
}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"}
INDEFINITE_ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines"}
DEFINITE_ARTICLES = {"der", "die", "das", "dem", "den", "des"}
# Determiners that never begin a subject: a prefield opening with one holds an object.
OBJECT_DETERMINERS = {"den", "dem", "einen", "einem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem"}
# Possessive determiners of every person, bare and inflected: `sein`, `seine`, `unserem`.
POSSESSIVES = {
    f"{stem}{end}" for stem in ("sein", "ihr", "unser", "euer", "mein", "dein") for end in ("", "e", "en", "er", "em", "es")
}
NUMBER_WORDS = {
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig",
    "hundert", "tausend", "beiden", "beide",
}
# Conjunctions that open a subordinate clause (verb last), and words that open a complement clause.
SUBORDINATORS = {
    "da", "weil", "als", "nachdem", "obwohl", "während", "wenn", "falls", "bevor", "seit", "seitdem", "indem", "zumal", "obgleich",
    "sobald", "solange",
}
COMPLEMENTIZERS = {"dass", "ob", "wie", "warum", "weshalb", "wann", "wo", "wer", "was", "welche", "welcher", "wieso"}
PREPOSITIONS = {
    "am", "im", "in", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom",
    "vor", "zu", "zum", "zur", "über", "unter", "gegenüber", "während", "laut", "für", "gegen",
    "durch", "um", "ohne", "wegen", "trotz", "bis", "ab", "neben", "zwischen", "hinter", "ins",
    "aufs", "angesichts", "infolge", "anlässlich", "bezüglich", "hinsichtlich", "aufgrund", "seitens", "mittels",
    "innerhalb", "außerhalb", "binnen",
}
CONJUNCTIONS = {"und", "oder", "aber", "denn", "doch", "sondern", "dass", "ob", "weil", "wenn", "als", "wie"}
ADVERBS = {
    "dazu", "darauf", "daraufhin", "dann", "danach", "später", "zuvor", "gestern", "heute",
    "morgen", "jetzt", "nun", "bereits", "schon", "auch", "außerdem", "zudem", "ferner",
    "weiter", "weiterhin", "zugleich", "gleichzeitig", "damals", "dort", "hier", "so", "ebenfalls",
    "allerdings", "jedoch", "indes", "indessen", "dabei", "darin", "hierzu", "hingegen",
    "trotzdem", "deshalb", "daher", "deswegen", "immer", "noch", "wieder", "erneut", "bislang",
    "bisher", "kürzlich", "zuletzt", "zunächst", "schließlich", "anschließend", "offenbar",
    "wörtlich", "sinngemäß", "nur", "sogar", "selbst", "etwa", "ebenso", "nämlich",
    "vergangene", "vergangenen", "letzte", "letzten", "am", "gegenüber",
    "zwar", "dennoch", "inzwischen", "darum", "somit", "folglich", "angeblich", "vermutlich", "wahrscheinlich",
    "möglicherweise", "tatsächlich", "immerhin", "insbesondere", "stattdessen", "offensichtlich",
    "fast", "kaum", "rund", "nahezu", "beinahe",  # before a number: `Fast jedes dritte Unternehmen`
}
AUXILIARIES = {
    "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
    "wurden", "habe", "sei", "seien", "würde", "würden", "soll", "sollen", "sollte", "kann",
    "könne", "konnte", "will", "wolle", "wollte", "muss", "müsse", "musste",
}
ACADEMIC_TITLES = {"dr.", "prof.", "dr", "prof"}  # which tell no gender
TITLES = ACADEMIC_TITLES | {"herr", "frau", "sir", "mr.", "mrs.", "ms."}
# Nouns for where words come from (`nach Angaben`, `der Bericht`): abstract, yet they speak.
SOURCE_NOUNS = (
    "angaben", "informationen", "bericht", "berichten", "aussagen", "aussage", "schätzungen", "schätzung",
    "meinung", "ansicht", "auffassung", "darstellung", "worten", "einschätzung", "erkenntnissen",
    "zeugenaussagen", "mitteilung", "erklärung", "umfrage", "studie", "untersuchung", "prognose",
    "stellungnahme", "analyse", "vernehmen", "auskunft", "auskünften", "recherchen", "quellen", "meldung",
    "meldungen", "zählung", "hochrechnung", "polizeiangaben", "behördenangaben", "medienberichten",
    "darstellungen", "idee", "vorstellung", "vorstellungen", "überzeugung", "ansichten", "äußerung", "äußerungen",
    "ermittlungen", "messungen", "bewertung", "planungen", "berechnungen", "berechnung", "erfahrungen", "erkenntnisstand",
    "ankündigung", "dokument", "quellenlage",
)
NEWS_AGENCIES = frozenset({"dpa", "ddp", "epd", "kna", "sid", "apa", "afp", "ap", "reuters"})  # as written in compounds and datelines
ISSUED = (  # texts and words someone issues: `einer Mitteilung der Polizei`, `nach Einschätzung des Ministers`
    "verlautbarung", "erklärung", "mitteilung", "meldung", "stellungnahme", "bericht", "berichten", "angaben", "schreiben",
    "website", "homepage", "internetseite", "ankündigung", "aussage", "aussagen", "äußerung", "einschätzung", "auffassung",
    "ansicht", "darstellung", "auskunft", "informationen", "schätzung", "schätzungen", "worten", "recherchen",
    "haftbefehl", "urteil", "beschluss", "studie", "umfrage", "analyse", "nachrichten", "worte", "vorwurf", "vorwürfe",
    "vorstellung", "vorstellungen", "forderung", "forderungen", "papier", "ermittlungen", "dokument", "plan", "meinung",
    "erkenntnissen", "berechnungen", "hochrechnung", "hochrechnungen", "prognose", "prognosen",
    "erklärungen", "mitteilungen", "meldungen", "stellungnahmen", "äußerungen", "einschätzungen", "darstellungen",
    "bilanz", "zählung", "zählungen", "erhebung", "erhebungen", "zahlen", "daten", "aussendung",  # also Austria's press release
    "anklageschrift",  # a prosecutor's: `Laut Anklageschrift der Behörde`
)
# Words for some of a group, before its noun: `einige Anwohner`, `Andere Redner`.
QUANTIFIERS = frozenset({"einige", "viele", "manche", "mehrere", "wenige", "andere"})
# Pronouns that open a relative clause: `Stimmen, die …`, `der Bericht, dem zufolge …`.
RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches", "welchem"}
# Function words of English, French and Spanish in names and terms (not `des`: German too).
FOREIGN_WORDS = {"the", "of", "for", "and", "du", "de", "la", "le", "les", "del", "el", "gens"}
# Days and months (`am 5. August` is a date, not a name) and the nouns of time around them
# (`Im März`, `vom späten Abend`: when, not who).
CALENDAR = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz",
    "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
}
TIMES = {
    *CALENDAR, "abend", "morgen", "mittag", "nachmittag", "vormittag", "nacht", "tag", "wochenende", "woche", "monat",
    "jahr", "vorjahr", "sommer", "winter", "frühjahr", "herbst",
}
