"""`reader_comments: false`: a rule leaves readers' signed comments under the article alone.

Sample texts are invented for these tests.
"""

from __future__ import annotations

from helpers import make_rule, positions

STORY = (
    "Bridge vote\n\n"
    "The council voted alot on Tuesday, the mayor said.\n\n"
    "I think alot of people agree with the plan.\n\n"
    "Marta Olsen, Bergen, Norway\n\n"
    "I say alot of money is wasted.\n"
    "Peter Hale, Dundee\n"
)
IN_ARTICLE = (3, 19, 23, "alot")
IN_COMMENTS = [(5, 9, 13, "alot"), (9, 7, 11, "alot")]


def test_a_rule_checks_readers_comments_by_default(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [alot]\n")
    assert positions(rule, STORY) == [IN_ARTICLE, *IN_COMMENTS]


def test_a_rule_on_the_writers_prose_leaves_them_alone(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [alot]\nreader_comments: false\n")
    assert positions(rule, STORY) == [IN_ARTICLE]


def test_unsigned_paragraphs_are_the_articles(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [alot]\nreader_comments: false\n")
    # the same words with no signatures under them are the article's
    unsigned = STORY.replace("Marta Olsen, Bergen, Norway\n\n", "").replace(
        "Peter Hale, Dundee\n", ""
    )
    assert len(positions(rule, unsigned)) == 3
