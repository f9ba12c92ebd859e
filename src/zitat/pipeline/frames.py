"""Find the cue and speaker around a quotation, in the words of its sentence: the frame
after it (`„…“, sagte er`), before it (`X sagte: „…“`, `X: „…“`), with words (`mit den
Worten „…“`), written on something (`Auf dem Plakat stand: „…“`), and a medium quoting
someone (`Der Spiegel zitiert den Minister mit …`). Clause structure comes from `phrases`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from zitat.lexicon.cues import CUE_VERBS, PARTICLES, SO_CUES, cue_medium, lemma
from zitat.lexicon.mood import is_subjunctive
from zitat.lexicon.names import name_lexicon
from zitat.lexicon.words import (
    ABBREVIATION,
    ADVERBS,
    ANAPHORS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
)
from zitat.pipeline.phrases import (
    CLOSING_MARKS,
    LOWERCASE_MEDIA,
    MEDIA_WORDS,
    NP_INNER,
    OPENING_MARKS,
    adjective_like,
    finite_verb,
    is_adverb,
    np_after,
    personal_name,
    preterite,
    speaker_of_verb,
    speaks,
    speaks_as_object,
    subject_before,
    subject_of,
    v2_verb,
)

_CORRELATES = {"darauf", "davor", "dazu", "darüber", "daran", "daraufhin", "davon", "dafür", "damit"}
OBJECT_PRONOUNS = {"ihn", "ihm", "ihnen", "sich", "uns", "mich", "mir", "dich", "dir", "euch"}


@dataclass
class Frame:
    """What the sentence around a quote says about it: token index ranges into the doc."""

    cue: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    frame: tuple[int, int] | None
    medium: str | None
    pattern: str


def quoting_parties(
    doc: Doc, cue: list[tuple[int, int]], speaker: tuple[int, int], start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(medium, quoted) when a cue is `zitieren` and the frame names both, one of them `speaker`:
    `Der Spiegel zitiert den Prediger`, `zitiert die „Computerwoche“ Lynch`, `wird von der
    „Netzeitung“ zitiert`, `wird im Fachblatt X zitiert`. News reports the medium's statement,
    which holds the quoted one's."""
    verb = next((k for a, b in cue for k in range(a, b) if lemma(doc[k].text) == "zitieren"), None)
    if verb is None:
        return None
    other = _quoting_medium(doc, verb, speaker, start, end)
    if other is None:
        return None
    if speaker[1] <= verb < other[0] and doc[other[0] - 1].lower_ not in {"von", "vom", "in", "im"}:
        return speaker, other  # `Der Spiegel zitiert den Prediger`: the subject quotes the object
    return other, speaker


def _quoting_medium(doc: Doc, verb: int, speaker: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
    """The other party of `zitieren` than `speaker`: a `von`/`in` phrase, the phrase right after
    the verb, or the subject before it, if it can speak or is a quoted name."""

    def other(phrase: tuple[int, int] | None, texts: bool = False) -> tuple[int, int] | None:
        if phrase is None or phrase[0] < speaker[1] and speaker[0] < phrase[1]:
            return None
        quoted = any(doc[k].text in OPENING_MARKS for k in range(*phrase))  # `die „Computerwoche“`
        return phrase if quoted or texts and quoting_text(doc, phrase) or speaks_as_object(doc, phrase) else None

    def placed(texts: bool) -> tuple[int, int] | None:
        for k in range(start, end):  # the passive's agent or the place it was quoted in
            if doc[k].lower_ in {"von", "vom", "in", "im"} and k not in range(*speaker):
                found = other(np_after(doc, k + 1, end), texts)
                if found is not None and found[0] == k + 1:
                    return found
        return None

    found = placed(texts=False)
    if found is not None:
        return found
    after = np_after(doc, verb + 1, end)
    if after is not None and after[0] == verb + 1 and other(after) is not None:
        return after  # `zitiert die „Computerwoche“ Lynch`
    if verb > start:
        found = other(subject_before(doc, start, verb))  # `Ein Fernsehsender zitierte Papandreou`
        if found is not None:
            return found
    return placed(texts=True)  # no medium named: the text it is quoted in, `in einer Presseerklärung der Gewerkschaft`


# Texts a speaker is quoted in, which the data counts as quoting him: `wird in einer
# Presseerklärung der Gewerkschaft mit den Worten zitiert`.
_QUOTING_TEXTS = ("presseerklärung", "pressemitteilung", "erklärung", "mitteilung", "stellungnahme", "interview", "artikel", "bericht", "meldung", "seite")


def quoting_text(doc: Doc, phrase: tuple[int, int]) -> bool:
    """Whether a phrase names a text one is quoted in, not a medium: `einer Presseerklärung`."""
    return any(doc[k].lower_.endswith(_QUOTING_TEXTS) for k in range(*phrase) if doc[k].text[:1].isupper())


def _particle_after(doc: Doc, verb: int, end: int) -> int | None:
    """A split verb particle closing the clause: `teilte … mit:`, `fügte er hinzu.`, also right
    after a quoted word in the clause (`wies die Vorwürfe als „haltlos“ zurück`)."""
    apposition = None  # the comma that closes an apposition of the subject
    for k in range(verb + 1, min(end, verb + 16)):
        t = doc[k]
        if t.lower_ == "und" and k + 1 < end and doc[k + 1].text.islower() and preterite(doc[k + 1]):
            return None  # `sagte der Minister und fügte hinzu`: the particle is the second verb's
        if not t.is_punct or k == apposition:
            continue
        if t.text == "(" and _party_bracket(doc, k, end) or t.text == ")" and _party_bracket(doc, k - 2, end):
            continue  # `warf dem Minister Schäuble (CDU) vor`
        prev = doc[k - 1]
        if prev.lower_ in PARTICLES and prev.i > verb and not _article_before_quote(doc, prev.i):
            return prev.i
        if t.text == "," and apposition is None and k > verb + 1:
            close = next((j for j in range(k + 1, min(end, k + 8)) if doc[j].text == ","), None)
            if close is not None and np_after(doc, k + 1, close) == (k + 1, close) and speaks(doc, (k + 1, close)):
                apposition = close  # `gab der Leiter der Dienststelle, Andreas Huber, bekannt`
                continue
        if t.text in OPENING_MARKS:
            close = next((j for j in range(k + 1, min(end, k + 6)) if doc[j].text in CLOSING_MARKS), None)
            closing = close is not None and close + 2 < end and doc[close + 2].is_punct  # not `zitiert „BBC“ aus ihrer …`
            if closing and doc[close + 1].lower_ in PARTICLES:
                return close + 1
        return None
    last = doc[end - 1] if end > verb + 1 else None
    return last.i if last is not None and last.lower_ in PARTICLES and not _article_before_quote(doc, last.i) else None


def _party_bracket(doc: Doc, k: int, end: int) -> bool:
    """Whether token k opens a bracket holding one abbreviation: `(CDU)`, `(SPD)`."""
    return k >= 0 and k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" and bool(ABBREVIATION.match(doc[k + 1].text))


def _article_before_quote(doc: Doc, k: int) -> bool:
    """`bezeichnete ihn als ein „…“`: `ein` is the quotation's article, not the verb's particle."""
    return doc[k].lower_ == "ein" and k + 1 < len(doc) and doc[k + 1].text in OPENING_MARKS


_VERB_CHANGING = {"statt", "heraus", "teil", "fest", "ab", "auf", "vor", "zurück"}  # particles that make another verb of a cue


def cue_at(doc: Doc, k: int, end: int) -> tuple[list[tuple[int, int]], str] | None:
    """Whether token k is a cue verb (with its particle), as token ranges and medium."""
    token = doc[k]
    if not token.is_alpha or token.text[0].isupper():
        return None
    particle = _particle_after(doc, k, end)
    if particle is not None:
        if doc[particle].lower_ + lemma(token.text) not in CUE_VERBS and doc[particle].lower_ in _VERB_CHANGING:
            return None  # `fand … statt`, `fand … heraus`: another verb than the cue `finden`
        medium = cue_medium(token.text, doc[particle].text)
        if medium and _turned_out(doc, k, doc[particle]):
            return None  # `Es hatte sich herausgestellt, dass …`: it turned out, no one said it
        if medium:
            return _whole_cue(doc, k, end, [(k, k + 1), (particle, particle + 1)]), medium
    if k > 0 and doc[k - 1].lower_ == "bekannt" and lemma(token.text) == "geben":
        return _whole_cue(doc, k, end, [(k - 1, k + 1)]), cue_medium(token.text, "bekannt") or "speech"  # `wie X bekannt gab`
    medium = cue_medium(token.text)
    if medium and _turned_out(doc, k, None):
        return None  # `hatte sich herausgestellt`
    return (_whole_cue(doc, k, end, [(k, k + 1)]), medium) if medium else None


def _turned_out(doc: Doc, verb: int, particle: Token | None) -> bool:
    """`stellte sich heraus`, `hatte sich herausgestellt`: the reflexive `herausstellen` (its
    particle split off or not) says what turned out."""
    if (particle.lower_ if particle is not None else "") + lemma(doc[verb].text) != "herausstellen":
        return False
    end = particle.i if particle is not None else verb
    return any(doc[j].lower_ == "sich" for j in range(max(doc[verb].sent.start, verb - 4), end))


def _whole_cue(doc: Doc, k: int, end: int, cue: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cue as the data marks it: with its auxiliary (`hat angekündigt`), `es` after
    `heißt`, and the correlate or preposition the verb governs (`wies darauf hin`,
    `bezeichnete … als`, `appellierte an`)."""
    tokens = {i for s, e in cue for i in range(s, e)}
    sent_start = doc[k].sent.start
    for j in range(k - 1, max(sent_start - 1, k - 8), -1):
        if doc[j].is_punct or preterite(doc[k]):
            break
        if doc[j].lower_ in AUXILIARIES:
            tokens.add(j)
            break
    base = lemma(doc[k].text)
    if base == "zitieren" and k >= 3 and [t.lower_ for t in doc[k - 3 : k]] == ["mit", "den", "worten"]:
        tokens.update(range(k - 3, k))  # `wird mit den Worten zitiert`
    for j in range(k + 1, min(end, k + 8)):
        if doc[j].is_punct:
            break
        if _governed(doc, k, j, base):
            tokens.add(j)
    return _ranges(sorted(tokens))


def _governed(doc: Doc, k: int, j: int, base: str) -> bool:
    """Whether token j belongs to the cue verb at k as the data marks it: `heißt es`, `äußerte
    sich`, `wies darauf hin`, `bezeichnete … als`, `sprach von`, `warnte vor`, `appellierte
    an`, and the auxiliary after a participle (`betont hatte`)."""
    word = doc[j].lower_
    right_after = j == k + 1
    if right_after and word in AUXILIARIES and not preterite(doc[k]) and doc[k].lower_ != base:
        return True
    if right_after and (word == "es" and base in {"heißen", "geben"} or word == "sich" and base in {"äußern", "zeigen", "freuen"}):
        return True
    if right_after and word == "an" and base == "appellieren":
        return True
    if word in _CORRELATES:
        return base != "sagen"  # `sagte dazu`: the data leaves `dazu` out
    return word == "als" and base in {"bezeichnen", "werten", "nennen", "würdigen"} or word == "von" and base == "sprechen" or word == "vor" and base == "warnen"


def _ranges(indices: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in indices:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def frame_after(doc: Doc, q_end: int, s_end: int) -> Frame | None:
    """`„…“, sagte X.` / `„…“, so X.` / `„…“ sagte X.`"""
    i = q_end
    while i < s_end and (doc[i].text in {",", "–", "—"} or doc[i].is_space):  # `„…“ – so der Minister.`
        i += 1
    if i + 1 < s_end and doc[i].lower_ in {"und", "oder"} and doc[i + 1].text in OPENING_MARKS:
        close = next((k for k in range(i + 2, s_end) if doc[k].text in CLOSING_MARKS), None)
        if close is not None:
            return frame_after(doc, close + 1, s_end)  # `„…“ und „…“, zitiert CNN.`: one frame for both
    if i >= s_end:
        return None
    frame_end = s_end
    while frame_end > i and doc[frame_end - 1].is_space:
        frame_end -= 1
    if doc[i].lower_ in SO_CUES:
        after_so = i + 1
        if after_so < s_end and doc[after_so].text[:1].islower() and doc[after_so].lower_ not in DETERMINERS | ANAPHORS:
            if not cue_medium(doc[after_so].text) or lemma(doc[after_so].text) in {"heißen", "lauten"}:
                return None  # `„Wikiasari“, so heißt ein Projekt`: a name, not a statement
            after_so += 1  # `„…“, so urteilte Romney`
            if after_so < s_end and doc[after_so].lower_ in OBJECT_PRONOUNS:
                after_so += 1  # `„…“, so charakterisierte ihn der Gewerkschafter X`
        speaker = np_after(doc, after_so, s_end)
        if speaker is None:
            return None
        return Frame([(i, i + 1)], speaker, (q_end, frame_end), "speech", "so")
    if i + 4 < s_end and _with_words_at(doc, i):
        speaker = np_after(doc, i + 4, s_end) if doc[i + 3].text[:1].islower() else None
        if speaker is not None and speaker[0] == i + 4:  # `„…“, mit diesen Worten meldete er sich zurück`
            return Frame([(i, i + 3)], speaker, (q_end, frame_end), "speech", "after")
    reach = 3
    participle = final_participle(doc, i, s_end)
    if participle is not None:  # `„…“, hatte die Kanzlerin am Montag gesagt`
        reach = participle - i + 1
    elif doc[i].lower_ in {"wird", "wurde"}:  # `„…“ wird der Franzose im Fachblatt X zitiert`
        reach = next((k - i + 1 for k in range(i + 1, min(i + 15, s_end)) if lemma(doc[k].text) == "zitieren"), reach)
    elif lemma(doc[i].text) == "wollen":  # `„Wo ist meine Stimme?“, wollen die Demonstranten … wissen`
        reach = next((k - i + 1 for k in range(i + 1, min(i + 15, s_end)) if doc[k].lower_ == "wissen"), reach)
    for k in range(i, min(i + reach, s_end)):
        found = cue_at(doc, k, s_end)
        reflexive = k + 1 < s_end and doc[k + 1].lower_ == "sich"
        if found is None and reflexive and (lemma(doc[k].text) in {"zeigen", "freuen"} or k == i and doc[i - 1].text == "," and _feeling(doc, k, s_end)):
            found = [(k, k + 2)], "speech"  # `„…“, zeigte sich der Trainer zufrieden`, `„…“, freute sich X`, `empörte sich X`
        if found is None:
            continue
        cue, medium = found
        start = k + 1
        if k == i and start < s_end and doc[start].lower_ == "worden":
            return None  # `… als „…“ bezeichnet worden`: a passive whose agent or source the whole sentence names
        if start < s_end and doc[start].lower_ in AUXILIARIES:
            start += 1
        if start < s_end and doc[start].lower_ == "man" and lemma(doc[k].text) == "zitieren":
            start += 1  # `„…“, zitierte man Yolanda Alvarez`
        speaker = np_after(doc, start, s_end)
        if speaker is not None and lemma(doc[k].text) in _TELLING:
            speaker = _before_medium_told(doc, speaker)
        if speaker is not None and lemma(doc[k].text) == "zitieren":
            quoted = np_after(doc, speaker[1], s_end)
            if quoted is not None and quoted[0] == speaker[1] and speaks_as_object(doc, quoted):
                speaker = quoted  # `„…“, zitiert die „Computerwoche“ Lynch`: the one quoted speaks
        if k > i and (doc[i].lower_ in AUXILIARIES or lemma(doc[i].text) == "wollen"):
            speaker = np_after(doc, i + 1, k) or speaker  # `„…“, wird Panetta zitiert.`, `„…“, wollen X wissen`
            cue = _ranges(sorted({i} | {t for a, b in cue for t in range(a, b)}))
        elif speaker is None and start < s_end and doc[start].lower_ == "es":
            speaker = source_after(doc, start + 1, s_end)  # `„…“, hieß es vom Abgeordneten X.`
        return Frame(cue, speaker, (q_end, frame_end), medium, "after")
    return None


_TELLING = {"sagen", "erklären", "bestätigen", "mitteilen"}  # after which a medium in the dative is whom it was told
_PRESS_ROLES = ("redakteur", "korrespondent", "reporter", "journalist", "chef", "sprecher")  # and their feminines in `-in`


def _before_medium_told(doc: Doc, speaker: tuple[int, int]) -> tuple[int, int]:
    """`sagte der Minister der „Süddeutschen Zeitung“`, `sagte der Minister der dpa`: after a
    verb of telling, a medium in the dative is whom he told, not his genitive; but `der
    Chefredakteur der „Zeit“` is the paper's."""
    for k in range(speaker[0] + 2, speaker[1] - 1):
        if doc[k].lower_ != "der" or not doc[k - 1].text[:1].isupper() or doc[k - 1].lower_.removesuffix("in").endswith(_PRESS_ROLES):
            continue
        medium = doc[k + 1]
        quoted = medium.text in OPENING_MARKS and k + 2 < speaker[1]
        name = doc[k + 2] if quoted else medium
        if name.text in LOWERCASE_MEDIA or lemma(name.text).lower().endswith(MEDIA_WORDS) or quoted and name.text[:1].isupper():
            return (speaker[0], k)
    return speaker


def _feeling(doc: Doc, k: int, end: int) -> bool:
    """`„…“, empörte sich die Opposition`: a reflexive verb in the past right after a quotation,
    with someone who speaks as its subject, voices the quotation however the lexicon calls it."""
    verb = doc[k]
    if not verb.is_alpha or not verb.text.islower() or verb.lower_ in AUXILIARIES or not preterite(verb):
        return False
    speaker = np_after(doc, k + 2, end)
    return speaker is not None and speaker[0] == k + 2 and speaks(doc, speaker)


_PERFECT = {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "wird", "wurde", "werden", "wurden"}


def final_participle(doc: Doc, aux: int, end: int) -> int | None:
    """The cue participle that closes a clause opened by an auxiliary, with a subject between
    (`hatte Koch-Mehrin damals gesagt`, `wird der Franzose im Fachblatt zitiert`), or None."""
    if doc[aux].lower_ not in _PERFECT:
        return None
    k = aux + 2
    while k < min(end, aux + 15) and not doc[k].is_punct:
        k += 1
    last = k - 1
    if last <= aux + 1 or k < end and doc[k].text not in {",", ".", ";", ":", "!", "?"}:
        return None
    return last if cue_at(doc, last, end) is not None and np_after(doc, aux + 1, last) is not None else None


def _impersonal(doc: Doc, k: int, end: int) -> bool:
    """`heißt es`: a cue whose subject is no speaker; the source follows, if anywhere."""
    return lemma(doc[k].text) == "heißen" and k + 1 < end and doc[k + 1].lower_ == "es"


def source_after(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """`von X`, `aus X`, `in X`: where an impersonal `heißt es` says its words come from, also
    after an adverb (`heißt es dazu in einer Pressemitteilung`)."""
    while k < end - 1 and (doc[k].lower_ in ADVERBS or doc[k].lower_ in {"darin", "wörtlich"}):
        k += 1
    if k >= end or doc[k].lower_ not in {"von", "vom", "aus", "in", "im", "bei", "beim", "auf"}:
        return None
    phrase = np_after(doc, k + 1, end)
    if phrase is None or phrase[0] != k + 1:
        return None
    return (k, phrase[1]) if doc[k].lower_ in {"von", "vom"} else phrase  # `vom Abgeordneten X`, `der Webseite`


def frame_in_sentence(doc: Doc, s_start: int, s_end: int, skip: set[int]) -> Frame | None:
    """The first cue verb anywhere in the sentence (outside the quote) and its subject."""
    for k in range(s_start, s_end):
        if k in skip:
            continue
        found = cue_at(doc, k, s_end)
        if found is None:
            continue
        cue, medium = found
        if _impersonal(doc, k, s_end):
            speaker = source_after(doc, k + 2, s_end)  # `…, so heißt es in einer Erklärung`
        else:
            speaker = speaker_of_verb(doc, s_start, finite_verb(doc, s_start, min(k, cue[0][0]) if cue else k), s_end)
        if speaker is not None and any(t in skip for t in range(*speaker)):
            speaker = None
        return Frame(cue, speaker, None, medium, "sentence")
    return None


def frame_before(doc: Doc, s_start: int, q_start: int, quoted: frozenset[int] | set[int] = frozenset()) -> Frame | None:
    """`X sagte: „…“` / `Dazu sagte X: „…“` / `X: „…“`; no cue among the `quoted` words of
    another quotation (`Undiano habe „die Linie nicht gefunden“, und für Kircher war er „…“`)."""
    end = q_start
    while end > s_start and doc[end - 1].is_space:
        end -= 1
    if end == s_start:
        return None
    for k in range(end - 1, max(s_start - 1, end - 25), -1):
        found = cue_at(doc, k, end) if k not in quoted else None
        if found is None:
            continue
        cue, medium = found
        finite = finite_verb(doc, s_start, min(k, cue[0][0]) if cue else k)
        speaker = speaker_of_verb(doc, s_start, finite, end)
        if speaker is None and _impersonal(doc, k, end):
            speaker = source_after(doc, k + 2, end)  # `So heißt es in der Meldung wörtlich: „…“`
        return Frame(cue, speaker, (s_start, end), medium, "before")
    if doc[end - 1].text == ":" and end - 2 >= s_start and doc[end - 2].lower_.endswith(("name", "namen", "titel", "motto")):
        return None  # `(Codenamen: „Maelstrom“)`: a name follows, not words
    if doc[end - 1].text == ":":
        so = next((k for k in range(end - 2, max(s_start, end - 10), -1) if doc[k].lower_ in SO_CUES and doc[k - 1].text == ","), None)
        speaker = np_after(doc, so + 1, end - 1) if so is not None else None
        if speaker is not None and speaker[0] == so + 1:
            return Frame([(so, so + 1)], speaker, (s_start, end), "speech", "before")  # `…, so Elshorst weiter: „…“`
        listed = _named_last_before(doc, s_start, end - 1)
        if listed is not None:
            return Frame([], listed, (s_start, end), None, "colon")  # `…, und der norwegische Ministerpräsident Jens Stoltenberg: „…“`
        # `X reagierte aus dem Exil: „…“`, `Hier sparte der Präsident nicht mit Kritik: „…“`:
        # a colon after a clause with a subject frames speech even when its verb is no cue.
        verb = v2_verb(doc, s_start, end - 1)
        if verb is not None and is_subjunctive(doc[verb]):
            verb = None  # `Die Pflichten seien klar festgelegt: „…“` reports someone else's view
        speaker = subject_of(doc, s_start, verb, end - 1) if verb is not None else None
        if speaker is not None:
            speaker = _whose_words(doc, speaker, end - 1) or speaker  # `Das Fazit von X: „…“` is X's
        if verb is not None and speaker is not None and speaks(doc, speaker):
            return Frame([(verb, verb + 1)], speaker, (s_start, end), "speech", "before")
    if doc[end - 1].text == ":" and end - s_start <= 8 and doc[s_start].lower_ in POSSESSIVES | {"das", "die", "der"}:
        opinion = np_after(doc, s_start, end - 1)
        if opinion is not None and opinion[0] == s_start and doc[opinion[1] - 1].lower_.endswith(_OPINIONS):
            return Frame([], opinion, (s_start, end), "speech", "colon")  # `Seine Meinung zu Kirchhoff: „…“`
    if doc[end - 1].text == ":" and end - s_start <= 12:
        speaker = (s_start, end - 1)
        if all(doc[t].text[0].isupper() or doc[t].lower_ in NP_INNER or doc[t].text == "," for t in range(*speaker)) and not (
            end - 1 - s_start == 1 and (doc[s_start].lower_ in CONJUNCTIONS or is_adverb(doc[s_start]))
        ):  # but not `Und: „…“`
            return Frame([], speaker, (s_start, end), None, "colon")  # `Erkki Tuomioja, Präsident des Rats:`
        # `Punklady Nina Hagen zur neuen Heimat:`: a name, then what it is about, no verb
        phrase = np_after(doc, s_start, end - 1)
        if (
            phrase is not None
            and phrase[0] == s_start
            and doc[phrase[1]].lower_ in PREPOSITIONS
            and not any(doc[t].text[0].islower() and doc[t].lower_ not in PREPOSITIONS | DETERMINERS and not adjective_like(doc[t]) for t in range(phrase[1], end - 1))
            and speaks(doc, phrase)
        ):
            return Frame([], phrase, (s_start, end), None, "colon")
    return None


def _named_last_before(doc: Doc, s_start: int, colon: int) -> tuple[int, int] | None:
    """The last of several named before a colon, after a comma or `und`: whose words follow
    (`Es gratulierten Berlusconi und der norwegische Ministerpräsident Jens Stoltenberg: „…“`)."""
    for k in range(colon - 1, max(s_start, colon - 12), -1):
        if doc[k].text != "," and doc[k].lower_ != "und":
            continue
        start = k + 2 if doc[k + 1].lower_ in {"etwa", "darunter"} else k + 1
        whole = np_after(doc, start, colon) == (start, colon) and speaks(doc, (start, colon))
        return (start, colon) if whole and any(personal_name(t) for t in doc[max(start, colon - 2) : colon]) else None
    return None


_OPINIONS = ("meinung", "fazit", "kommentar", "urteil", "antwort", "reaktion", "einschätzung", "bilanz", "credo", "devise")
_STANDS = {"steht", "stand", "standen", "stehen", "prangt", "prangte", "prangten"}
_WRITTEN_ON = {"auf", "in", "im", "am", "an"}
_THEREON = {"darauf", "darin", "daran"}


def with_words(doc: Doc, s_start: int, q_start: int, q_end: int, s_end: int) -> Frame | None:
    """`Mit den Worten „…“, richtete er den Blick auf …`: the words are the subject's,
    whatever the verb."""
    words = q_start - 3
    if words < s_start or not _with_words_at(doc, words):
        return None
    if words == s_start or doc[words - 1].text == ":":  # the verb follows the quotation, its subject after it
        i = q_end
        while i < s_end and doc[i].text in {",", "–"}:
            i += 1
        speaker = np_after(doc, i + 1, s_end) if i < s_end and doc[i].text[:1].islower() else None
    else:
        verb = v2_verb(doc, s_start, words)
        speaker = subject_of(doc, s_start, verb, words) if verb is not None else None
    return Frame([(words, q_start)], speaker, None, "speech", "words")


def _with_words_at(doc: Doc, k: int) -> bool:
    """`mit den Worten`, `mit diesen Worten` at k."""
    return k + 2 < len(doc) and doc[k].lower_ == "mit" and doc[k + 1].lower_ in {"den", "diesen"} and doc[k + 2].lower_ == "worten"


def written_on(doc: Doc, s_start: int, s_end: int, quote: tuple[int, int]) -> Frame | None:
    """What words stand written on speaks them: `Auf dem Plakat stand: „…“`, `Darauf waren die
    Worte zu lesen: „…“`, `ein Zettel, auf dem geschrieben stand: „…“`, `Derzeit steht in dem
    Gesetzentwurf der Passus: „…“`, `Auf dem Transparent war die Parole „…“ zu lesen`."""
    outside = [k for k in range(s_start, s_end) if not quote[0] <= k < quote[1]]
    read = next((k for k in outside if doc[k].lower_ == "lesen" and doc[k - 1].lower_ == "zu"), None)
    stands = next((k for k in outside if k < quote[0] and doc[k].lower_ in _STANDS), None)
    colon = quote[0] > s_start and doc[quote[0] - 1].text == ":"
    if read is not None:
        cue = [(read - 1, read + 1)]
    elif stands is not None and (colon or doc[stands - 1].lower_ == "geschrieben"):
        cue = [(stands - 1, stands + 1)] if doc[stands - 1].lower_ == "geschrieben" else [(stands, stands + 1)]
    else:
        return None
    for k in range(quote[0] - 1, s_start - 1, -1):  # the nearest place before the words
        word = doc[k].lower_
        if word in _THEREON:
            return Frame(cue, _writing_before(doc, s_start) or (k, k + 1), (s_start, quote[0]), "writing", "before")
        if word not in _WRITTEN_ON:
            continue
        if k > s_start and doc[k - 1].text == "," and doc[k + 1].lower_ in {"dem", "der", "denen"}:
            article = next((j for j in range(k - 2, max(s_start - 1, k - 6), -1) if doc[j].lower_ in DETERMINERS), None)
            antecedent = np_after(doc, article, k - 1) if article is not None else None
            if antecedent is not None and antecedent[0] == article:  # `ein Zettel kleben, auf dem geschrieben stand`
                return Frame(cue, antecedent, (s_start, quote[0]), "writing", "before")
            continue
        phrase = np_after(doc, k + 1, quote[0])
        if phrase is not None and phrase[0] == k + 1 and name_lexicon().is_noun_or_compound(doc[phrase[1] - 1].text):
            return Frame(cue, phrase, (s_start, quote[0]), "writing", "before")
    return None


_WRITINGS = (*_QUOTING_TEXTS, "brief", "schreiben", "petition", "resolution", "dokument", "papier", "entwurf", "urteil", "flugblatt")


def _writing_before(doc: Doc, s_start: int) -> tuple[int, int] | None:
    """`… gab eine Stellungnahme ab. Darin steht: „…“`: the text the sentence before named."""
    if s_start == 0:
        return None
    sent = doc[s_start - 1].sent
    for k in range(s_start - 1, sent.start - 1, -1):
        if doc[k].text[:1].isupper() and doc[k].lower_.endswith(_WRITINGS) and k > sent.start and doc[k - 1].lower_ in DETERMINERS:
            return (k - 1, k + 1)
    return None


def _whose_words(doc: Doc, phrase: tuple[int, int], end: int) -> tuple[int, int] | None:
    """`Das Fazit von Sandra Boser … überrascht nicht: „…“`: the one whose words a noun of
    saying names (`von X` after it), or None."""
    head = next((t for t in doc[phrase[0] : phrase[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS), None)
    if head is None or head.lower_ not in _SAYING_NOUNS:
        return None
    k = head.i + 1
    if k < end and doc[k].lower_ in {"von", "vom"}:
        owner = np_after(doc, k + 1, end)
        return owner if owner is not None and owner[0] == k + 1 else None
    return None


def cue_lemma(doc: Doc, cue: list[tuple[int, int]]) -> str:
    """The cue's verb as the lexicon lists it, its particle glued on: `warf … vor` -> `vorwerfen`."""
    words = [doc[k] for s, e in cue for k in range(s, e)]
    verbs = [t for t in words if t.lower_ not in AUXILIARIES and t.lower_ not in PARTICLES]
    if not verbs:
        return ""
    base = lemma(verbs[0].text)
    particle = next((t.lower_ for t in words if t.i > verbs[0].i and t.lower_ in PARTICLES), "")
    return particle + base if particle + base in CUE_VERBS else base


_SAYING_NOUNS = {"fazit", "meinung", "antwort", "urteil", "kommentar", "forderung", "bilanz", "reaktion", "botschaft", "worte", "appell"}
