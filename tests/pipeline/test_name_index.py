"""Finding a document's names, their gender and the headline's (`pipeline/name_index.py`)."""

from __future__ import annotations

import pytest

import zitat
from zitat.pipeline.name_index import genitive_base


def test_name_index_a_heading_glued_to_a_first_name_is_no_part_of_the_name(nlp, canonical_of_last):
    text = "Die frühere Regierungschefin Julia Timoschenko sitzt in Haft. Sie habe sich eingemischt. LinksJulia Timoschenko verurteilt"
    assert canonical_of_last(nlp, text, "Sie") == "Julia Timoschenko"  # was `LinksJulia Timoschenko`, the longest


def test_name_index_a_surname_cut_short_after_a_first_name_belongs_to_it(nlp, canonical_of_last):
    text = "Tatverdächtig ist der 37-jährige Steve St., der sein Opfer zufällig ausgesucht hatte. Er soll ein Video hochgeladen haben."
    assert canonical_of_last(nlp, text, "Er") == "Steve St."


def test_name_index_a_surname_is_not_the_full_name_of_a_relative_of_the_other_gender(nlp, canonical_of_last):
    text = (
        "Verteidigungsminister Guttenberg besuchte die Truppen. Ungewöhnlich war, dass er von seiner Frau Stephanie "
        "begleitet wurde. Das Ministerium sagte, dass Stephanie zu Guttenberg aus Solidarität mitkam."
    )
    assert canonical_of_last(nlp, text, "er") == "Guttenberg"  # was `Stephanie zu Guttenberg`, the fullest


def test_name_index_gender_of_a_name_is_not_a_place_noun_before_it(nlp, canonical_of_last):
    text = "Nachdem die CDU-Abgeordnete im Landtag Gudrun Pieper für Aufsehen gesorgt hatte, hat sie um Entschuldigung gebeten."
    assert canonical_of_last(nlp, text, "sie") == "Gudrun Pieper"  # `Landtag` is masculine, she is not


def test_name_index_first_names_of_other_languages(nlp, canonical_for):
    # `Jean` is also a German noun; before a name it is a first name, and it tells the gender
    text = "Teamchef Jean Todt lobte das Team. Er glaubt an den Erfolg."
    assert canonical_for(nlp, text, "Er") == "Jean Todt"


def test_name_index_names_with_particles_and_objects_taken_for_speakers(canonical_of_direct):
    text = "Karl-Theodor zu Guttenberg warf der Partei Heuchelei vor. Ihre Haltung bezeichnete er als „zutiefst verlogen“."
    assert canonical_of_direct(text) == "Karl-Theodor zu Guttenberg"
    # `einen großen Symbolcharakter` is what was said, and `Symbolcharakter` is no person
    text = "Sie hat einen großen Symbolcharakter – das meint Rick Homans. „Ein Name wie dieser hilft“, führte er aus."
    assert canonical_of_direct(text) == "Rick Homans"


def test_name_index_names_from_the_headline():
    text = (
        "Der Papst hat am Sonntag vor Pilgern gesprochen. Köhler warb für eine Beteiligung der Arbeitnehmer. "
        "„Wir müssen zusammenstehen“, sagte der Papst."
    )
    with_title = zitat.extract(text, meta={"title": "Papst Franziskus mahnt zur Einheit"})
    assert [q.speaker.canonical for q in with_title.quotes] == ["Franziskus"]
    assert [q.speaker.canonical for q in zitat.extract(text).quotes] == [None]  # without it, nobody is named
    # a surname that is also a noun counts as a name once the headline writes it after an office
    text = "Köhler warb für eine Beteiligung der Arbeitnehmer am Produktivvermögen. „Das ist gerecht“, sagte er."
    titled = zitat.extract(text, meta={"headline": "Bundespräsident Köhler sieht „wachsende Kluft“"})
    assert [q.speaker.canonical for q in titled.quotes] == ["Köhler"]


def test_name_index_headline_is_text_only():
    assert zitat.headline({"title": "  Papst Franziskus mahnt  "}) == "Papst Franziskus mahnt"
    assert zitat.headline({"title": 7, "headline": "Köhler warnt"}) == "Köhler warnt"
    assert zitat.headline({"title": " "}) is None and zitat.headline(None) is None
    assert len(zitat.headline({"title": "x" * 5000})) == 1000


def test_name_index_family_names_first_and_residents(nlp, canonical_for, canonical_of_last):
    text = "UN-Generalsekretär Ban Ki-moon sprach in Genf. Ban lobte die Arbeit der Helfer."
    assert canonical_of_last(nlp, text, "Ban") == "Ban Ki-moon"
    # a Chinese family name comes first and stands alone for the person; the given name, not the
    # family name `Li` (a first name elsewhere), tells no gender, so `er` may be him
    text = "Dabei sagte Li Fei, der Vizechef des Ausschusses, die Wahl sei frei. Li erklärte, alle müssten das Land lieben. Er sagte: „Das ist so.“"
    assert canonical_of_last(nlp, text, "Li") == "Li Fei"
    assert canonical_of_last(nlp, text, "Er") == "Li Fei"
    text = "Der Bürgerrechtler Hu Jia wurde in Peking geehrt. Hu sagte: „Ich danke allen.“"
    assert [q.speaker.canonical for q in zitat.extract(text).quotes] == ["Hu Jia"]
    text = (
        "Das sei alles abgesprochen gewesen, sagte der Schiedsrichter Robert Hoyzer. Bis vor zwei Jahren sei es der "
        "Normalfall gewesen.\n\nAls Beispiel nannte der Berliner das Spiel in Leipzig."
    )
    assert canonical_for(nlp, text, "der Berliner") == "Robert Hoyzer"
    # a resident's noun with another noun after it is no description of the one named
    text = "Das sei abgesprochen, sagte der Schiedsrichter Robert Hoyzer. Die Berliner Polizei ermittelt."
    assert canonical_for(nlp, text, "Die Berliner Polizei") != "Robert Hoyzer"


def test_name_index_headline_adjective_makes_no_surname():
    text = "Ein chinesischer Bauer lernte, wie er sich gegen den Konzern wehren könnte. „Ich gebe nicht auf“, sagte er."
    result = zitat.extract(text, meta={"title": "Chinesischer Bauer verklagt Chemiekonzern"})
    assert [q.speaker.canonical for q in result.quotes if q.speaker is not None] == [None] * len(result.quotes)


def test_name_index_genitive_and_feminine_role_are_not_part_of_the_name(nlp, canonical_for):
    text = "Herta Müller studierte in Timişoara. So auch Herta Müllers Mutter. Sie wurde bekannt."
    doc = nlp(text)
    runs = [r.text for r in nlp.get_pipe("zitat_speakers").name_runs(doc)]
    assert "Herta Müller" in runs and "Herta Müllers" in runs
    assert canonical_for(nlp, text, "Herta Müllers") == "Herta Müller"
    text = "Die Lokalmatadorin Sandrine Aubert fuhr gut. Am 5. August gewann sie."
    assert [r.text for r in nlp.get_pipe("zitat_speakers").name_runs(nlp(text))] == ["Sandrine Aubert"]
    # also after an abbreviation's hyphen, where the lexicon knows only the masculine (`Vorstand`)
    text = "Die Preise steigen. ENH-Vorständin Miriam Schaub begründete den Schritt. Schaub verwies auf das Netz."
    assert [r.text for r in nlp.get_pipe("zitat_speakers").name_runs(nlp(text))] == ["Miriam Schaub", "Schaub"]
    assert canonical_for(nlp, text, "Schaub") == "Miriam Schaub"
    # a month alone is no name, a first name that is a month before a surname is one
    text = "Im August fand das Turnier statt, das August Bebel nicht mehr erlebte."
    assert [r.text for r in nlp.get_pipe("zitat_speakers").name_runs(nlp(text))] == ["August Bebel"]


def test_name_index_a_surname_the_lemmatiser_reads_as_a_verb_stays_in_the_name(canonical_of_direct):
    # `Seibert` would be a form of a verb `seibern`; inside a sentence a capital makes it a name
    text = "Regierungsprecher Steffan Seibert schrieb bei Twitter: „Das sind furchtbare Nachrichten.“"
    assert canonical_of_direct(text) == "Steffan Seibert"


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # a first name the noun list misreads as a compound (`Heide|marie`) before a hyphenated surname
        ("Nun hat auch Heidemarie Wieczorek-Zeul das Handtuch geworfen. Sie sagte, es sei Zeit.", "Sie", "Heidemarie Wieczorek-Zeul"),
        # `von` after a whole name says where one works, not a noble particle
        ("John Sifton von Human Rights Watch sagte, es sei ein Verbrechen. Sifton sagte, es sei klar.", "Sifton", "John Sifton"),
        ("Der frühere Bundespräsident Richard von Weizsäcker sagte, es sei Zeit. Weizsäcker fügte hinzu, es sei klar.", "Weizsäcker", "Richard von Weizsäcker"),
        # the first of two surnames stands for the whole name, unless someone else has it as the last
        ("Präsident Álvaro Uribe Vélez wurde gewählt. „Wir siegen“, sagte der 53-jährige Uribe.", "Uribe", "Álvaro Uribe Vélez"),
        ("Adolfo Pérez Esquivel kam. Carlos Pérez auch. „Ich bin froh“, sagte Pérez.", "Pérez", "Carlos Pérez"),
    ],
)
def test_name_index_full_names_around_hyphens_and_von(nlp, canonical_of_last, text, mention, canonical):
    assert canonical_of_last(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # a surname the lexicon splits into a compound (`Brüd|erle`), named after an office
        ("Wirtschaftsminister Brüderle sagte, das sei gut. Brüderle fügte hinzu, er sei froh.", "Brüderle", "Brüderle"),
        # but not a word after an article, nor after a place's adjective
        ("Auf der Berliner Funkausstellung wurde er vorgestellt. Der Generalanwalt sagte, das sei gut.", "Der Generalanwalt", None),
    ],
)
def test_name_index_a_surname_after_an_office(nlp, canonical_for, text, mention, canonical):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # a plural of a known noun after a name that is no first name is the sentence's object, no surname
        ("Damals hatte die Finanzaufsicht Bafin Ermittlungen eingeleitet.", ["Bafin"]),
        ("Nach Celebis Angaben war die Tür offen.", ["Celebis"]),
        # but a word the lexicon does not know after a first name is one (`Stefano Palazzi`)
        ("Der Richter Stefano Palazzi sagte, das Urteil stehe.", ["Stefano Palazzi"]),
        # a double-barrelled surname after a first name, though `Zimmermann` is a noun too
        ("Marie-Agnes Strack-Zimmermann kritisierte den Kanzler.", ["Marie-Agnes Strack-Zimmermann"]),
        # the adjective of a place of two words names no one
        ("Die New Yorker Gesundheitsbehörden haben ein Virus entdeckt.", []),
        # a prize named by an adjective and a noun that is a surname too: no Taube, no Palme
        ("Die Goldene Taube ging an Lena Korte, die Silberne Taube an einen Film aus Kiew.", ["Lena Korte"]),
        ("Goldene Palme für Lena Korte", ["Lena Korte"]),
        # an office between a name in the genitive and a first name is no surname
        ("Pirkers Vorstandskollegin Daniela Kofler versuchte zu beschwichtigen.", ["Pirkers", "Daniela Kofler"]),
        # a company's kind for people before its name with its legal form, a stock index
        ("Die Aktie des Jenaer Optikspezialisten Lindmann Optics AG fiel im SDax.", ["Lindmann Optics AG"]),
    ],
)
def test_name_index_objects_and_place_adjectives_are_not_names(nlp, text, runs):
    assert [r.text for r in nlp.get_pipe("zitat_speakers").name_runs(nlp(text))] == runs


def test_name_index_first_name_that_is_a_noun_after_an_owner_or_article_is_no_name(nlp):
    text = "Der Preis geht an Tomasz Wendt. Ausgezeichnet wird Wendts Roman über die Werft. Der Roman erzählt von Arbeitern."
    index = nlp.get_pipe("zitat_speakers").index(zitat.annotate(nlp, text, None))
    assert [n.text for n in index.names] == ["Tomasz Wendt", "Wendts"]


@pytest.mark.parametrize(
    "word, base",
    [
        ("Amtes", "Amt"),
        ("Kreisfeuerwehrverbands", "Kreisfeuerwehrverband"),  # a compound the lemmatiser lacks, by its last noun
        ("Fredericks", None),  # a name, no genitive of a noun
        ("Amt", None),
    ],
)
def test_name_index_genitive_base(word, base):
    assert genitive_base(word) == base


def test_name_index_a_role_after_a_cue_verb_is_not_the_name_before_it(nlp, canonical_of_last):
    text = (
        "Außenamtssprecherin Mao Ning sagte, Taiwan gehöre zu China. "
        "Die Manöver seien eine Antwort auf den taiwanischen Präsidenten Lai Ching-te, sagte die Sprecherin."
    )
    assert canonical_of_last(nlp, text, "die Sprecherin") == "Mao Ning"  # not the name before `, sagte`


def test_name_index_a_first_name_alone_is_the_one_full_name_it_begins(nlp, canonical_of_last):
    # `Prabowo` alone is `Prabowo Subianto`, also under a headline whose `zu` is a preposition, no particle
    text = (
        "Canberra – Mit militärischen Ehren ist Indonesiens Präsident Prabowo Subianto in Australien empfangen worden. "
        "Premier Anthony Albanese sprach von Partnerschaft. Prabowo betonte, Indonesien wolle keinem Block angehören."
    )
    title = "Indonesiens Präsident Prabowo zu Staatsbesuch in Australien"
    assert canonical_of_last(nlp, text, "Prabowo", title) == "Prabowo Subianto"
    # but not a first name before a noun: `hatte Rita Kurs auf Texas genommen`
    storm = "Der Tropensturm Rita hat sich zum Hurrikan entwickelt. Bereits gestern hatte Rita Kurs auf Texas genommen. Rita sagte nichts."
    assert canonical_of_last(nlp, storm, "Rita") == "Rita"


def test_name_index_a_word_inside_one_long_name_alone_is_who_it_names(nlp, canonical_of_last):
    # `Lula` alone is `Luiz Inácio Lula da Silva`, the one long name the article writes it in
    text = (
        "Brasília – Präsident Luiz Inácio Lula da Silva kritisierte die hohen Zinsen. "
        "Zugleich forderte Lula, die Notenbank müsse an die Arbeiter denken."
    )
    assert canonical_of_last(nlp, text, "Lula") == "Luiz Inácio Lula da Silva"


def test_name_index_a_dateline_is_the_town_the_article_was_written_in(nlp):
    runs = nlp.get_pipe("zitat_speakers").name_runs
    text = "Langenthal BE (sda) – Die Stadt braucht Räume. Die Reformierte Kirchgemeinde Langenthal prüft ein Angebot."
    assert [r.text for r in runs(nlp(text))] == ["Langenthal"]  # was `Langenthal BE`, a person whose surname is `Langenthal`
    text = "Vella – Die Strasse ist verschüttet, sagte Einsatzleiter Gion Casanova."
    assert [r.text for r in runs(nlp(text))] == ["Gion Casanova"]
    text = "Gion Casanova (Mitte) – der Einsatzleiter – sprach von Glück."
    assert [r.text for r in runs(nlp(text))] == ["Gion Casanova"]  # a party in the bracket, not an agency: a name that opens the text


@pytest.mark.parametrize(
    "text, kinds",
    [
        # a Romance article opening a name after `in`, `nach`, `aus` opens a place's name the lexicon lacks
        ("Quispe sprach vor Anhängern in El Alto.", {"Quispe": "unknown", "El Alto": "place"}),
        ("Die Rede von Marine Le Pen war kurz.", {"Marine Le Pen": "person"}),
        # a sentence's first word that is an adverb before a number is no name
        ("Fast jedes dritte Unternehmen plant Entlassungen, sagte Jan Krüger.", {"Jan Krüger": "person"}),
    ],
)
def test_name_index_kind_of_a_name(nlp, text, kinds):
    resolver = nlp.get_pipe("zitat_speakers")
    assert {run.text: resolver._run_kind(run) for run in resolver.name_runs(nlp(text))} == kinds
