"""The leftover-interface rule kinds (foreign-script, duplicate-text, chrome-lines,
interface-lines, interface-region, page-chrome) on short invented scraped texts and pages:
exact spans and removal fixes, and a rule deferring to another on the same line."""

from __future__ import annotations

import pytest
from helpers import findings, fixed, make_rule, positions

from newslint.api import lint_text
from newslint.document.model import Document
from newslint.input import html, markdown
from newslint.kinds.boilerplate.foreign_script import NON_LATIN_LETTER
from newslint.linting.fixes import fix_until_stable
from newslint.linting.lint import lint_document

ARTICLE_BODY = "The group said on Monday that it was ready to talk to the government."


# The rules under test: make_rule(tmp_path, kind, fields, message=..., **BOILERPLATE).
BOILERPLATE = {"rule_id": "boilerplate.test", "category": "boilerplate"}


# -- foreign-script --------------------------------------------------------------------------


@pytest.fixture
def foreign(tmp_path):
    return make_rule(tmp_path, "foreign-script", message="{script} in a {main} text", **BOILERPLATE)


def test_foreign_line_is_reported_whole(foreign):
    text = f"Rebels threaten the capital\n\nПодпишись на рассылку новостей\n{ARTICLE_BODY}\n"
    [f] = findings(foreign, text)
    assert (f.line, f.column, f.end_column, f.match, f.message) == (
        3,
        1,
        31,
        "Подпишись на рассылку новостей",
        "Cyrillic in a Latin text",
    )
    assert fixed(foreign, text) == f"Rebels threaten the capital\n\n{ARTICLE_BODY}\n"


def test_foreign_fragment_at_the_end_of_a_line_with_its_numbers(foreign):
    text = f"Rebels threaten the capital 10 ноября 2011, 16:17\n\n{ARTICLE_BODY}\n"
    assert positions(foreign, text, suggestions=True) == [(1, 29, 50, "10 ноября 2011, 16:17", [])]
    assert fixed(foreign, text) == f"Rebels threaten the capital\n\n{ARTICLE_BODY}\n"


def test_foreign_word_inside_a_sentence_or_quoted_is_not_reported(foreign):
    text = (
        "The minister said “спасибо” twice and left the stage.\n"
        "Crowds chanted слава in the square on Monday evening.\n"
    )
    assert positions(foreign, text) == []


def test_single_script_documents_are_not_reported(foreign):
    assert (
        positions(foreign, "Новости дня\n\nПравительство заявило о новых мерах в понедельник.")
        == []
    )


def test_in_a_document_declared_russian_russian_lines_are_not_foreign(foreign):
    russian = "Правительство заявило о новых мерах в понедельник."
    chrome = "<p>Share this story on Facebook and Twitter with your friends today</p>" * 3
    source = f'<html lang="ru"><body>{chrome}<p>{russian}</p><p>Читать далее</p></body></html>'
    assert (
        lint_document(Document(source, "p.html", html.reader("p.html")), [foreign]).findings == []
    )
    undeclared = source.replace(' lang="ru"', "")
    doc = Document(undeclared, "p.html", html.reader("p.html"))
    assert [f.match for f in lint_document(doc, [foreign]).findings] == [russian, "Читать далее"]


# -- duplicate-text --------------------------------------------------------------------------


@pytest.fixture
def duplicate(tmp_path):
    return make_rule(tmp_path, "duplicate-text", message="copy of {where}", **BOILERPLATE)


def test_a_line_written_twice_reports_the_second_copy(duplicate):
    caption = "Rescuers search the rubble in Izmir. Photo by the city council"
    text = f"Quake in Izmir\n{caption} {caption}\n{ARTICLE_BODY}\n"
    [f] = findings(duplicate, text)
    assert (f.line, f.column, f.match, f.message) == (
        2,
        len(caption) + 2,
        caption,
        "copy of the text before it on this line",
    )
    assert fixed(duplicate, text) == f"Quake in Izmir\n{caption}\n{ARTICLE_BODY}\n"


def test_a_line_run_into_its_copy_reports_the_second_copy(duplicate):
    caption = "Rescuers search the rubble in Izmir. Photo by the city council"
    text = f"Quake in Izmir\n{caption}{caption}\n{ARTICLE_BODY}\n"
    assert [(f.line, f.column, f.match) for f in findings(duplicate, text)] == [
        (2, len(caption) + 1, caption)
    ]


def test_repeated_line_and_repeated_sentence(duplicate):
    text = (
        f"Vote on Friday\n{ARTICLE_BODY}\n{ARTICLE_BODY}\n\nThe vote is on Friday, officials said. "
        "The vote is on Friday, officials said. Polls open at eight.\n"
    )
    assert [(f.line, f.column, f.message) for f in findings(duplicate, text)] == [
        (3, 1, "copy of the line before"),
        (5, 40, "copy of the sentence before"),
    ]


def test_a_headline_printed_twice_is_not_reported(duplicate):
    text = f"{ARTICLE_BODY}\n{ARTICLE_BODY}\nPolls open at eight on Friday morning.\n"
    assert positions(duplicate, text) == []


def test_short_repeats_are_not_reported(duplicate):
    assert positions(duplicate, "Yes. Yes.\nNo no no.\n") == []


def test_a_caption_repeating_the_alt_text_is_not_a_copy(duplicate):
    # The alt text is not printed: the heading after the image is the only copy a reader sees.
    for page in (
        '<h2><img alt="Behind the scenes at the harbour"> Behind the scenes at the harbour</h2>',
        '<h2>Behind the scenes at the harbour</h2><p><img alt="Behind the scenes at the harbour">'
        "The boats came in.</p>",
    ):
        doc = Document(page, "page.html", html.reader("page.html"))
        assert lint_document(doc, [duplicate]).findings == []


# -- chrome-lines ----------------------------------------------------------------------------


@pytest.fixture
def chrome(tmp_path):
    (tmp_path / "stop.txt").write_text("the\non\nto\nof\nfor\n", encoding="utf-8")
    return make_rule(
        tmp_path,
        "chrome-lines",
        "stopword_files: [stop.txt]\n",
        message="chrome ({features})",
        **BOILERPLATE,
    )


def test_a_numbered_menu_at_the_top_is_reported(chrome):
    text = (
        f"  1. Main\n  2. Learn\n  3. Incidents\n\nRebels threaten the capital\n\n{ARTICLE_BODY}\n"
    )
    assert [(f.line, f.match) for f in findings(chrome, text)] == [
        (1, "Main"),
        (2, "Learn"),
        (3, "Incidents"),
    ]
    assert findings(chrome, text)[0].message == (
        "chrome (short, unpunctuated, list marker, no function words, every word capitalised, "
        "at the edge of the text, next to similar lines)"
    )


def test_headlines_subheadings_and_article_lists_are_not_reported(chrome):
    text = (
        f"Flood Barrier Approved\n\n{ARTICLE_BODY}\n\nWhat Happens Next\n\n{ARTICLE_BODY}\n\n"
        "The court ordered her to:\n - Do 100 hours community service\n - Pay a fine\n"
        f" - Have random drug tests\n\n{ARTICLE_BODY}\n"
    )
    assert positions(chrome, text) == []


@pytest.fixture
def menu_chrome(tmp_path):
    (tmp_path / "stop.txt").write_text("the\non\nto\nof\nfor\n", encoding="utf-8")
    (tmp_path / "sections.txt").write_text("news\nsports\nbusiness\njobs\nimage\nclose\n", "utf-8")
    return make_rule(
        tmp_path,
        "chrome-lines",
        "stopword_files: [stop.txt]\nmenu_files: [sections.txt]\n",
        message="chrome ({score}: {features})",
        **BOILERPLATE,
    )


def test_a_run_of_section_names_between_blank_lines_is_a_menu(menu_chrome):
    text = f"{ARTICLE_BODY}\n\nNews\n\n\nSports\n\nHouston Living\n\nJobs\n\n{ARTICLE_BODY}\n"
    assert [(f.line, f.match) for f in findings(menu_chrome, text)] == [
        (3, "News"),
        (6, "Sports"),
        (8, "Houston Living"),
        (10, "Jobs"),
    ]
    assert findings(menu_chrome, text)[2].message == (
        "chrome (7.0: short, unpunctuated, no function words, every word capitalised, "
        "at the edge of the text, in a menu)"
    )


def test_gallery_counters_split_over_lines_belong_to_the_menu(menu_chrome):
    text = f"{ARTICLE_BODY}\nImage\n1\nof\n/\n5\nClose\n{ARTICLE_BODY}\n"
    assert [f.line for f in findings(menu_chrome, text)] == [2, 3, 4, 5, 6, 7]


def test_a_run_of_short_lines_that_are_not_menu_items_is_no_menu(menu_chrome):
    text = (
        f"{ARTICLE_BODY}\n\nPre-School Live Action\nAnimation Brush Head\nDrama Featherboy\n"
        f"Sports Desk Award\nNews Team Award\n\n{ARTICLE_BODY}\n"
    )
    assert positions(menu_chrome, text) == []


# -- interface-lines -------------------------------------------------------------------------


@pytest.fixture
def interface(tmp_path):
    (tmp_path / "share.txt").write_text("# en\nshare\nfollow us on\n# ru\nподелиться\n", "utf-8")
    (tmp_path / "social.txt").write_text("Facebook\nTwitter\nTelegram\n", "utf-8")
    (tmp_path / "counters.txt").write_text("likes\ncomments\n", "utf-8")
    return make_rule(
        tmp_path,
        "interface-lines",
        "phrase_files: [share.txt, social.txt]\ncount_files: [counters.txt]\n",
        message="interface ({reason})",
        **BOILERPLATE,
    )


def test_lines_made_only_of_interface_phrases(interface):
    text = (
        "Rebels threaten the capital\n  • Share\nFacebook | Twitter\nFollow us on Telegram\n"
        f"Поделиться\n12 likes\n{ARTICLE_BODY}\nComments\n"
    )
    assert [(f.line, f.match, f.message) for f in findings(interface, text)] == [
        (2, "Share", "interface (share)"),
        (3, "Facebook | Twitter", "interface (social)"),
        (4, "Follow us on Telegram", "interface (share, social)"),
        (5, "Поделиться", "interface (share)"),
        (6, "12 likes", "interface (counter)"),
    ]
    assert fixed(interface, "Share\n" + ARTICLE_BODY) == ARTICLE_BODY


def test_phrases_inside_article_text_are_not_reported(interface):
    text = (
        "Facebook said it would share the data with Twitter.\n"
        "Readers left 200 comments under the story on Monday.\n"
    )
    assert positions(interface, text) == []


@pytest.mark.parametrize(
    "patterns",
    [
        "  separator: '[-_=]+'\n  counter: '\\d+ of \\d+'\n  any: '.{1,3}'\n",
        # a group referred to by number: the patterns are tried one by one, not as one
        "  separator: '([-_=])\\1*'\n  counter: '\\d+ of \\d+'\n  any: '.{1,3}'\n",
    ],
)
def test_line_patterns_first_category_that_matches_the_whole_line(tmp_path, patterns):
    (tmp_path / "share.txt").write_text("share\n", "utf-8")
    rule = make_rule(
        tmp_path,
        "interface-lines",
        "phrase_files: [share.txt]\nline_patterns:\n" + patterns,
        message="interface ({reason})",
        **BOILERPLATE,
    )
    text = f"{ARTICLE_BODY}\n___\n3 of 12\n---\n1 of\nIn 3 of 12 cases it held.\n"
    assert [(f.line, f.message) for f in findings(rule, text)] == [
        (2, "interface (separator)"),
        (3, "interface (counter)"),
        (4, "interface (separator)"),
    ]


# -- interface-region ------------------------------------------------------------------------


@pytest.fixture
def region(tmp_path):
    (tmp_path / "headings.txt").write_text("related\nyou may also like\ncomments\n", "utf-8")

    def build(until: str):
        return make_rule(
            tmp_path,
            "interface-region",
            f"heading_files: [headings.txt]\nuntil: {until}\n",
            message="after {heading}",
            **BOILERPLATE,
        )

    return build


def test_teasers_after_a_heading_up_to_the_next_paragraph(region):
    paragraph = (
        "The band said on Monday that the tour would start in Cleveland in June and "
        "end in Los Angeles in September, with twenty dates in between."
    )
    text = (
        f"{ARTICLE_BODY}\n\nYou may also like...\nRock Hall of Fame: the class of 2020\n"
        f"Fan vote opens this week\n{paragraph}\n"
    )
    assert [(f.line, f.match, f.message) for f in findings(region("teasers"), text)] == [
        (4, "Rock Hall of Fame: the class of 2020", "after You may also like..."),
        (5, "Fan vote opens this week", "after You may also like..."),
    ]


def test_comment_section_only_after_a_heading_late_in_the_text(region):
    late = f"{ARTICLE_BODY}\n{ARTICLE_BODY}\n{ARTICLE_BODY}\nComments\nbob says:\nA disgrace.\n"
    assert [f.line for f in findings(region("end"), late)] == [5, 6]
    early = f"Comments\n{ARTICLE_BODY}\n{ARTICLE_BODY}\n{ARTICLE_BODY}\n"
    assert findings(region("end"), early) == []


def test_comment_section_after_the_article_even_when_comments_are_long(region):
    comment = "I think this is the design we will have until they move to a new chip. " * 2
    text = f"{ARTICLE_BODY}\n" * 3 + "Comments\n" + f"{comment}\n" * 8
    assert [f.line for f in findings(region("end"), text)] == list(range(5, 13))
    before_the_article = f"{ARTICLE_BODY}\n" * 2 + "Comments\n" + f"{comment}\n" * 8
    assert findings(region("end"), before_the_article) == []


def test_prose_before_a_heading_opens_a_comment_section_early_in_the_text(region):
    comment = "I think this is the design we will have until they move to a new chip. " * 2
    text = "Related\n" + f"{ARTICLE_BODY}\n" * 3 + "Comments\n" + f"{comment}\n" * 8
    assert [f.line for f in findings(region("end"), text)] == list(range(6, 14))
    fewer = "Related\n" + f"{ARTICLE_BODY}\n" * 2 + "Comments\n" + f"{comment}\n" * 9
    assert findings(region("end"), fewer) == []


def test_a_statement_after_a_teaser_heading_is_the_article(region):
    text = f"{ARTICLE_BODY}\nRelated\n{ARTICLE_BODY}\nWho will make the Hall of Fame?\n"
    assert findings(region("teasers"), text) == []


def test_a_heading_may_name_the_site_after_its_phrase(region):
    text = f"{ARTICLE_BODY}\nRelated from Sportsnet\nNadal keeps Spain alive\n{ARTICLE_BODY}\n"
    assert [(f.line, f.match) for f in findings(region("teasers"), text)] == [
        (3, "Nadal keeps Spain alive")
    ]
    sentence = f"{ARTICLE_BODY}\nRelated talks will follow in May.\nNadal keeps Spain alive\n"
    assert findings(region("teasers"), sentence) == []


# -- page-chrome -----------------------------------------------------------------------------

PAGE = (
    "<p>The council voted on Tuesday.</p>\n"
    "<nav><a href='/'>Front page</a> <a href='/local'>Local</a></nav>\n"
    "<div class='col share-tools'>Pass it on<br>Share</div>\n"
)


@pytest.fixture
def page_chrome(tmp_path):
    return make_rule(tmp_path, "page-chrome", message="from {element}", **BOILERPLATE)


def page_findings(rules, text: str):
    return lint_document(Document(text, "p.html", html.reader("p.html")), rules).findings


def test_each_line_of_page_chrome_is_reported_with_its_element(page_chrome):
    result = page_findings([page_chrome], PAGE)
    assert [(f.line, f.column, f.end_column, f.match, f.message) for f in result] == [
        (2, 18, 55, "Front page</a> <a href='/local'>Local", "from <nav>"),
        (3, 30, 40, "Pass it on", 'from <div class="share-tools">'),
        (3, 44, 49, "Share", 'from <div class="share-tools">'),
    ]
    # The text of one run goes, the tags stay; a line across tags has no fix.
    assert [f.fix is not None for f in result] == [False, True, True]
    reader = html.reader("p.html")
    after, _ = fix_until_stable(
        PAGE, "p.html", lambda doc: lint_document(doc, [page_chrome]).findings, True, reader
    )
    assert after == PAGE.replace("Pass it on<br>Share", "<br>")


def test_plain_text_and_markdown_have_no_page_chrome(page_chrome):
    text = "Front page\n\nThe council voted on Tuesday.\n"
    assert findings(page_chrome, text) == []
    doc = Document(text, "a.md", markdown.reader("a.md"))
    assert lint_document(doc, [page_chrome]).findings == []


def test_a_rule_defers_to_another_that_reports_the_same_line(tmp_path):
    share = make_rule(
        tmp_path, "existence", "tokens: [Share]\n", message="share button", **BOILERPLATE
    )
    share.id = "desk.share"
    deferring = make_rule(
        tmp_path, "page-chrome", "defer_to: [desk.share]\n", message="from {element}", **BOILERPLATE
    )
    assert [(f.rule, f.match) for f in page_findings([deferring, share], PAGE)] == [
        ("boilerplate.test", "Front page</a> <a href='/local'>Local"),
        ("boilerplate.test", "Pass it on"),
        ("desk.share", "Share"),
    ]
    # Without the other rule (not selected), the line is reported all the same.
    assert [f.match for f in page_findings([deferring], PAGE)][-1] == "Share"


def test_builtin_page_chrome_leaves_interface_lines_to_the_interface_rule():
    page = (
        "<article><h1>Bridge approved</h1><p>The council voted on Tuesday.</p>"
        "<aside>Most read today</aside>\n<footer><a>Facebook</a></footer></article>"
    )
    assert [(f.rule, f.match) for f in lint_text(page, "a.html", select=["boilerplate"])] == [
        ("boilerplate.page-chrome", "Most read today"),
        # Once: related (after the "Most read" heading) gives way to interface.
        ("boilerplate.interface", "Facebook"),
    ]


def test_a_non_latin_letter_is_a_letter_of_another_script():
    found = [bool(NON_LATIN_LETTER.match(c)) for c in "aé\u0301ß1-\u3000Жλ中ع\u0915"]
    assert found == [False] * 7 + [True] * 5
