"""chrome-lines: lines that look like page chrome (menus, button rows, breadcrumbs) by their
shape alone, scored from features that together are telling:

- short (at most `max_words` words) and without sentence punctuation at the end,
- a bullet or list number in front,
- no function words ("the", "of", "и", "der"...: `stopword_files`),
- every word capitalised ("Main", "Latest News"; article list items have lower-case words),
- among the first or last `edge_lines` lines of the text,
- next to another short, unpunctuated line.

A line whose score reaches `threshold` is reported, with the features that made it so. The
first line (the headline) is never reported unless it carries a list marker.
"""

from __future__ import annotations

from newslint.kinds.base import Field, Kind, compiled
from newslint.lines import TERMINAL, WORDS, remove_line, text_lines
from newslint.segment import inside
from newslint.wordlists import read_words

WEIGHTS = {
    "short": 1.0,
    "unpunctuated": 0.5,
    "list marker": 1.0,
    "no function words": 0.5,
    "every word capitalised": 1.0,
    "at the edge of the text": 1.0,
    "next to similar lines": 1.0,
}


class ChromeLines(Kind):
    name = "chrome-lines"
    fields = {
        "threshold": Field("number", 5.5),
        "max_words": Field("int", 4),
        "edge_lines": Field("int", 6),
        "stopword_files": Field("file-list", []),
    }
    placeholders = {"score": "4.5", "features": "short"}

    def __init__(self, options):
        self.threshold = options["threshold"]
        self.max_words = options["max_words"]
        self.edge = options["edge_lines"]
        self.stopwords = compiled(
            "stopword_files",
            lambda: frozenset(
                w.casefold() for f in options["stopword_files"] for w in read_words(f)
            ),
        )

    def _short(self, doc, line) -> bool:
        text = line.text(doc)
        return 0 < len(WORDS.findall(text)) <= self.max_words and not TERMINAL.search(text)

    def check(self, rule, doc, units):
        lines = text_lines(doc)
        short = [self._short(doc, line) for line in lines]
        for index, line in enumerate(lines):
            if not short[index] or not inside(line.content.start, units):
                continue
            if index == 0 and not line.marker:
                continue  # the headline
            words = [w.casefold() for w in WORDS.findall(line.text(doc))]
            features = ["short", "unpunctuated"]
            if line.marker:
                features.append("list marker")
            if not any(w in self.stopwords for w in words):
                features.append("no function words")
            if all(w[:1].isupper() for w in WORDS.findall(line.text(doc))):
                features.append("every word capitalised")
            if index < self.edge or index >= len(lines) - self.edge:
                features.append("at the edge of the text")
            if (index > 0 and short[index - 1] and lines[index - 1].number == line.number - 1) or (
                index + 1 < len(lines)
                and short[index + 1]
                and lines[index + 1].number == line.number + 1
            ):
                features.append("next to similar lines")
            score = sum(WEIGHTS[f] for f in features)
            if score >= self.threshold:
                finding = rule.finding(
                    line.content.start,
                    line.content.end,
                    doc.text,
                    score=f"{score:.1f}",
                    features=", ".join(features),
                )
                yield remove_line(rule, finding, doc, line)
