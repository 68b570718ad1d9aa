"""Which class or id values name a page-chrome widget (a menu, share buttons, a cookie
notice...), for the HTML reader.

A value is split into words at whitespace, hyphens, underscores, digits and other
punctuation, and at camelCase boundaries ("socialLinks" is "social" "links", "RSSFeed" is
"rss" "feed"); it names chrome when one of its words, lowercased, is a whole word of
`CHROME_WORDS`. So `main-menu`, `share_buttons`, `socialLinks` and `cookies` name chrome,
while `unsubscribed`, `menuless` and `shareholders` do not: a substring is not a word.
Run-together names (`sharebar`) are missed on purpose: a missed widget costs a leftover
line, a false one can cost the article. So are names of more than `MAX_NAME_WORDS` words:
widget names are short (`post-share-buttons`), while a long one is a heading's slug
(`id="sharing-code-with-other-teams"`), naming a section of the article.
"""

from __future__ import annotations

import re

CHROME_WORDS = frozenset(
    """menu menus share shares sharing social related newsletter newsletters cookie cookies
    subscribe""".split()
)
MAX_NAME_WORDS = 4
# Upper-case runs not followed by lower case ("RSS" in "RSSFeed"), capitalised or lower-case
# words; everything else (spaces, "-", "_", digits...) separates words.
WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def words(value: str) -> list[str]:
    """The words of a class or id value, lowercased."""
    return [word.lower() for word in WORD.findall(value)]


def chrome_class(value: str) -> str | None:
    """The first space-separated name in `value` (a class or id attribute) that names a
    chrome widget by one of its words, or None."""
    for name in value.split():
        named = words(name)
        if len(named) <= MAX_NAME_WORDS and CHROME_WORDS.intersection(named):
            return name
    return None
