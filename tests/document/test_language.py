"""The language of documents and blocks: declared (HTML `lang`, front matter, a record's
field), configured, detected; rules that declare their languages."""

from __future__ import annotations

import json

import pytest
from helpers import fields, findings, make_rule

from newslint.document.language import Evidence
from newslint.document.model import Document
from newslint.input import html, markdown

ENGLISH = "The council said on Monday that the new bridge would open to traffic next spring."
SPANISH = "El consejo dijo el lunes que el nuevo puente se abrirá al tráfico la próxima primavera."
GERMAN = "Der Rat sagte am Montag, dass die neue Brücke im Frühjahr für den Verkehr geöffnet wird."
RUSSIAN = "Совет заявил в понедельник, что новый мост откроется для движения следующей весной."


@pytest.mark.parametrize(
    "text, language",
    [
        (ENGLISH, "en"),
        (SPANISH, "es"),
        (GERMAN, "de"),
        (RUSSIAN, "ru"),
        ("Le conseil a dit que le pont sera ouvert au printemps.", "fr"),
        ("O conselho disse que a ponte não vai abrir antes do verão.", "pt"),
        ("Il consiglio ha detto che il ponte sarà aperto in primavera.", "it"),
        # Latin quoted in English pages (law, theology, mottos) is no English to spell-check.
        ("Senatus decrevit ut pons, quod vetus erat, novus esset, sed nihil factum est.", "la"),
        ("Читать далее", "ru"),  # a two-word widget line: the script tells
        ("橋は来年の春に開通する予定だ。", "ja"),  # kana among the ideographs
        ("大桥将于明年春天通车。", "zh"),
        ("다리는 내년 봄에 개통된다.", "ko"),
    ],
)
def test_blocks_are_told_from_their_words_or_script(text, language):
    assert Evidence.of(text).language() == language


@pytest.mark.parametrize(
    "text",
    ["Los Angeles fire: the latest", "Arsenal 3 Chelsea 1", "Van der Berg", "Leia também", ""],
)
def test_too_little_evidence_leaves_a_block_undecided(text):
    assert Evidence.of(text).language() is None


def test_a_latin_tag_in_an_english_sentence_leaves_it_english():
    assert Evidence.of("The deal was ad hoc, and the status quo et cetera held.").language() == "en"


def test_an_english_title_in_a_french_text_needs_more_than_a_few_function_words():
    evidence = Evidence.of("The Death and Life of a Legend (docu, Netflix)")
    assert evidence.language() == "en"
    assert evidence.language(around="fr") is None


def test_a_foreign_line_in_an_english_article_is_marked_and_the_article_stays_english():
    text = f"{ENGLISH}\n\n{ENGLISH}\n\nЧитать далее\n\n{SPANISH}\n\nRead more\n"
    doc = Document(text)
    assert doc.language == "en"
    at = text.index
    assert doc.language_at(at("Читать")) == "ru"
    assert doc.language_at(at("El consejo")) == "es"
    assert doc.language_at(at("Read more")) == "en"  # too short to judge: the document's
    assert doc.language_at(0) == "en"


def phrase_languages(text: str) -> list[tuple[str, str]]:
    """(the words in another language, that language) of an English document."""
    doc = Document(text)
    runs = doc.languages.runs
    return [(text[r.start : r.end], r.language) for r in runs if r.language != "en"]


@pytest.mark.parametrize(
    "text, phrase, language",
    [
        (
            "Ms. Berlyn, Vice President, Centre des ressources sur la non-violence, spoke.",
            "Centre des ressources sur la non-violence",
            "fr",
        ),
        (
            "He cited the Judicature Act (Wet op de rechterlijke organisatie) twice.",
            "Wet op de rechterlijke organisatie",
            "nl",
        ),
        ("A case of torsade de pointes was seen.", "torsade de pointes", "es"),
        (
            'The paper wrote: "Rooney se volvió loco en el estadio" on Monday.',
            "Rooney se volvió loco en el estadio",  # with the word before
            "es",
        ),
    ],
)
def test_a_phrase_of_another_language_in_an_english_line_is_in_that_language(
    text, phrase, language
):
    assert phrase_languages(text) == [(phrase, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Charles de la Fontaine and the Rio de la Plata are names.",  # capitalised around
        "Los Caballeros de Plan G and Robert De Niro are names too.",  # capitalised particles
        "Jews sans frontieres met Guillermo del Toro: one function word beside a name each.",
        "They spend $17 per child per year, and die for a van.",  # English words too
        "Read it at sfgate.com, com.example or the m-ou-se page, hash a2d4ca7ce.",  # code
        "The non profit, non stop campaign.",
        "It was a de facto ban; i know im late and i dont care.",  # English's own words
    ],
)
def test_no_phrase_of_another_language(text):
    assert phrase_languages(text) == []


def test_an_english_rule_is_silent_in_a_foreign_phrase(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [ressources, goverment]\nlanguages: [en]\n")
    text = "Vice President, Centre des ressources sur la paix, and the goverment."
    assert fields(findings(rule, text), "match") == [("goverment",)]


def test_a_document_too_short_to_judge_is_english_unless_configured():
    assert Document("Arsenal 3 Chelsea 1").language == "en"
    assert Document("Arsenal 3 Chelsea 1", default_language="pt-BR").language == "pt"
    assert Document(SPANISH, default_language="en").language == "en"
    assert Document(SPANISH).language == "es"


def test_a_record_s_declared_language_beats_the_configured_one():
    doc = Document("Arsenal 3 Chelsea 1", language="de-AT", default_language="en")
    assert doc.language == "de"
    assert Document("x", language="und", default_language="fr").language == "fr"


def test_html_lang_declares_the_page_and_inner_elements_their_text():
    source = (
        '<html lang="pt-BR"><body><p>Arsenal 3 Chelsea 1</p>'
        '<div lang="en"><p>Score line</p><p>Other</p></div><p>Fim</p></body></html>'
    )
    doc = Document(source, "page.html", html.reader("page.html"))
    assert doc.language == "pt"
    at = doc.text.index
    assert [doc.language_at(at(word)) for word in ("Arsenal", "Score", "Other", "Fim")] == [
        "pt",
        "en",
        "en",
        "pt",
    ]


def test_an_inline_lang_marks_only_its_words():
    source = f'<html lang="en"><p>{ENGLISH} She said <i lang="fr">merci beaucoup</i> twice.</p>'
    doc = Document(source, "page.html", html.reader("page.html"))
    at = doc.text.index
    assert doc.language_at(at("merci")) == "fr"
    assert doc.language_at(at("beaucoup") + 7) == "fr"
    assert doc.language_at(at("twice")) == "en"


def test_inner_elements_declaring_most_of_the_page_declare_the_page():
    source = f'<html><body><article lang="es"><p>{ENGLISH}</p></article></body></html>'
    doc = Document(source, "page.html", html.reader("page.html"))
    assert doc.language == "es"


@pytest.mark.parametrize("field", ["lang", "language"])
def test_front_matter_declares_a_post_s_language(field):
    source = f"---\ntitle: Puente\n{field}: es\n---\n\nArsenal 3 Chelsea 1\n"
    doc = Document(source, "post.md", markdown.reader("post.md"))
    assert doc.language == "es"
    assert "es" not in doc.text.split()  # the field is not prose


SPANISH_RULE = "tokens: [puente, bridge]\n"


def for_languages(codes: str) -> str:
    return f"{SPANISH_RULE}languages: {codes}\n"


def test_a_rule_for_english_is_silent_on_a_spanish_paragraph_and_reports_the_english(
    tmp_path,
):
    rule = make_rule(tmp_path, "existence", for_languages("[en]"))
    text = f"{SPANISH}\n\n{ENGLISH}\n"
    assert fields(findings(rule, text), "line", "column", "match") == [(3, 41, "bridge")]
    everywhere = make_rule(tmp_path, "existence", SPANISH_RULE, rule_id="news.all")
    assert fields(findings(everywhere, text), "line", "match") == [(1, "puente"), (3, "bridge")]


def test_a_rule_for_english_does_not_run_on_a_document_without_english(tmp_path):
    rule = make_rule(tmp_path, "existence", for_languages("[en, de]"), scope="document")
    assert findings(rule, f"{SPANISH}\n") == []
    assert fields(findings(rule, f"{ENGLISH}\n"), "match") == [("bridge",)]


def test_a_rule_s_language_codes_compare_by_primary_subtag(tmp_path):
    rule = make_rule(tmp_path, "existence", for_languages("[es-MX]"))
    assert rule.languages == ("es",)
    assert fields(findings(rule, f"{SPANISH}\n\n{ENGLISH}\n"), "match") == [("puente",)]


def test_a_bad_language_code_in_a_rule_is_an_error_at_its_line(tmp_path):
    from newslint.errors import RuleError

    with pytest.raises(RuleError, match=r"`languages`: not a language code: '1x'"):
        make_rule(tmp_path, "existence", for_languages("['1x']"))


def summary_languages(result) -> dict:
    return {d["path"]: d["language"] for d in result.json["summary"]["documents"]}


def test_the_json_summary_names_each_file_s_language(project, run):
    project.write("en.txt", f"{ENGLISH}\n")
    project.write("es.md", "---\nlang: es-MX\n---\n\nArsenal 3 Chelsea 1\n")
    project.write("ru.html", f"<p>{RUSSIAN}</p>")
    records = [{"id": 1, "text": SPANISH}, {"id": 2, "text": ENGLISH, "lang": "en"}]
    project.write("wire.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run("check", "--format", "json", "--no-cache", ".")
    assert summary_languages(result) == {
        "en.txt": "en",
        "es.md": "es",
        "ru.html": "ru",
        "wire.jsonl": "es",
    }
    configured = run("check", "--format", "json", "--no-cache", "--language", "de", "en.txt")
    assert summary_languages(configured) == {"en.txt": "de"}


def test_a_bad_language_option_is_a_one_line_error(project, run):
    result = run("check", "--language", "english!", "x.txt")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --language: not a language code: 'english!'\n",
    )


def test_an_ascii_line_scores_as_it_would_with_other_characters():
    """ASCII lines are cleaned with a bytes table; «, a separator, sends one the other way."""
    line = "The mayor said (on Monday) that 12 of the 40 roads were closed; de facto, la plupart."
    ascii_line, other = Evidence.of(line), Evidence.of(line + " «")
    assert ascii_line.scores and ascii_line.scores == other.scores
    assert (ascii_line.scripts, ascii_line.function_words) == (other.scripts, other.function_words)
