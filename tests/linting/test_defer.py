"""A rule gives way (`defer_to`) to rules named by id or by category."""

from helpers import findings, make_rule

TEXT = "Share this story on Facebook.\nThe council met on Tuesdy.\n"


def test_a_rule_deferring_to_a_category_gives_way_to_every_rule_of_it(tmp_path):
    share = make_rule(
        tmp_path,
        "existence",
        "tokens: [Share this story on Facebook]\n",
        rule_id="desk.share",
        category="boilerplate",
    )
    typo = make_rule(
        tmp_path,
        "existence",
        "tokens: [Facebook, Tuesdy]\n",
        rule_id="news.typo",
        defer_to=["boilerplate"],
    )
    assert [(f.rule, f.match) for f in findings([share, typo], TEXT)] == [
        ("desk.share", "Share this story on Facebook"),
        ("news.typo", "Tuesdy"),
    ]
    # Without a rule of the category (not selected), the line is reported all the same.
    assert [f.match for f in findings([typo], TEXT)] == ["Facebook", "Tuesdy"]
