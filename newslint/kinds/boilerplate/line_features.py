"""The features a model judges a block (a line of scraped text) by: its shape, its words
(a long line's first two), the interface phrases in it by category, where it stands against
the article's main run of prose (before or after it, how many paragraphs either side),
whether it speaks of the article's subject or the headline's, the shape of its neighbours
two either side and of the stretch of non-prose lines it stands in, since context is what
tells a run of teaser headlines from a subheading.

Each block gets a sparse vector of named values (`{"shape:words=2-3": 1.0, "word:share":
1.0, ...}`). Training (`newslint train`) and the rule compute them with this same
code, and a model records the feature set's name and version (`FEATURE_SET`): change what a
feature means and the version must change, so that an old model is refused rather than
misread.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from newslint.disk_cache import compiled_regex
from newslint.kinds.boilerplate.lines import (
    WORDS,
    Block,
    ends_like_sentence,
    reads_as_prose,
    text_blocks,
)
from newslint.kinds.boilerplate.phrases import PhraseSet, only_numbers_left, words
from newslint.kinds.wordlists import read_words

FEATURE_SET = "leftover-lines/3"
# A short line's own words are features (the model learns "share", "abonnieren", "Читать");
# a long line is judged by its shape.
WORD_FEATURES_UP_TO = 12
# A longer line's first words are a feature: prompts start alike.
LEAD_WORDS = 2
# The features that name words: training keeps those that several sites use.
LEXICAL_FEATURES = ("word:", "lead:")
# What a block's subject is judged by: words this long, at least this many of them.
TOPIC_WORD_LENGTH = 4
TOPIC_MIN_WORDS = 2
# A block this short without sentence punctuation reads as a label: a button, a menu item.
LABEL_MAX_WORDS = 8
# The main run of prose: prose blocks with at most this many other blocks between two.
MAIN_RUN_GAP = 3
URL = compiled_regex(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co\.uk|ru|de|fr|it|es|br)\b")
EMAIL = compiled_regex(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
HANDLE = compiled_regex(r"(?<![\w@])@\w{2,}")
SEPARATOR = compiled_regex(r"\s[|•·»/–-]\s|^[|•·»>-]|[|•·»]$")
TIME = compiled_regex(r"\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-](?:\d\d){1,2}\b")
# A headline's words, fewest and most: another article's teaser headline speaks of
# another subject.
HEADLINE_WORDS = (3, 20)
# The neighbours whose shape is a block's context, by name and offset.
NEIGHBOURS = (("prev", -1), ("next", 1), ("prev2", -2), ("next2", 2))
WORD_BUCKETS = ((0, "0"), (1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15"), (31, "16-31"))


@dataclass(frozen=True)
class Shape:
    """What a block's neighbours are judged by."""

    words: int
    prose: bool  # reads like a paragraph of the article
    label: bool  # short and unpunctuated: a button, a menu item, a headline
    interface: bool  # nothing but listed interface phrases and numbers
    ends: bool  # ends like a sentence
    topicless: bool = False  # its subject words, two or more, are none of the article's


class LineFeatures:
    """Computes the features of every block of a document, given the interface phrase
    lists by category (`{"share": [...], "social": [...]}`) and function words of several
    languages."""

    def __init__(self, phrases: dict[str, list[str]], stopwords: frozenset[str]):
        self.phrases = PhraseSet(
            {phrase.casefold(): category for category, items in phrases.items() for phrase in items}
        )
        self.stopwords = stopwords

    @classmethod
    def from_files(cls, phrase_files, stopword_files) -> "LineFeatures":
        """From phrase lists (the file name is the category) and function-word lists."""
        phrases = {Path(file).stem: list(read_words(file)) for file in phrase_files}
        stopwords = frozenset(w.casefold() for file in stopword_files for w in read_words(file))
        return cls(phrases, stopwords)

    def vectors(self, doc) -> tuple[list[Block], list[dict[str, float]]]:
        """The document's blocks and, for each, its features."""
        blocks = text_blocks(doc)
        texts = [block.text for block in blocks]
        own = [self._own(text) for text in texts]
        shapes = [shape for _, shape, _ in own]
        main = _main_run([shape.prose for shape in shapes])
        topics = [topic for _, _, topic in own]
        article: Counter[str] = Counter()
        if main is not None:
            for index in range(main[0], main[1] + 1):
                if shapes[index].prose:
                    article.update(topics[index])
        normalised = [" ".join(words(text)) for text in texts]
        repeats = Counter(normalised)
        total = len(blocks)
        inside_main = [
            main is not None and shape.prose and main[0] <= index <= main[1]
            for index, shape in enumerate(shapes)
        ]
        shared = [_shared(topics[index], article, inside_main[index]) for index in range(total)]
        shapes = [replace(shape, topicless=share == 0.0) for shape, share in zip(shapes, shared)]
        runs = _label_runs(shapes)
        stretches = _stretches(shapes)
        prose_before = _running_count([shape.prose for shape in shapes])
        title = topics[0] if total else Counter()
        vectors = []
        for index, (vector, _, _) in enumerate(own):
            shape = shapes[index]
            _position(vector, index, total, main)
            _prose_around(vector, prose_before[index], prose_before[-1] - prose_before[index])
            for side, offset in NEIGHBOURS:
                other = index + offset
                _context(vector, side, shapes[other] if 0 <= other < total else None)
            _likeness(vector, shapes, index)
            if runs[index]:
                vector["context:label-run"] = math.log1p(runs[index])
            _stretch(vector, stretches[index])
            if shape.words and repeats[normalised[index]] > 1:
                vector["doc:repeated"] = 1.0
            _subject(vector, shape, shared[index], topics[index] if index else Counter(), title)
            vectors.append(vector)
        return blocks, vectors

    def _own(self, text: str) -> tuple[dict[str, float], Shape, Counter[str]]:
        """The block's own features, its shape, and the words that carry its subject (no
        function words, no short ones)."""
        raw = WORDS.findall(text)
        found = [w.casefold() for w in raw]
        count = len(found)
        vector: dict[str, float] = {"shape:chars": math.log1p(len(text))}
        vector[f"shape:words={_bucket(count)}"] = 1.0
        ends = ends_like_sentence(text)
        if ends:
            vector["shape:sentence-end"] = 1.0
        if text.rstrip().endswith("?"):
            vector["shape:question"] = 1.0
        letters = [c for c in text if c.isalpha()]
        if count:
            vector["case:capitalised"] = sum(w[0].isupper() for w in raw) / count
            vector["case:upper"] = sum(len(w) > 1 and w.isupper() for w in raw) / count
            stop = sum(w in self.stopwords for w in found) / count
            vector["words:function"] = stop
            if not stop:
                vector["words:no-function"] = 1.0
        if letters:
            vector["script:non-latin"] = sum(not _latin(c) for c in letters) / len(letters)
        visible = [c for c in text if not c.isspace()]
        if visible:
            vector["chars:digits"] = sum(c.isdigit() for c in visible) / len(visible)
            vector["chars:symbols"] = sum(not c.isalnum() for c in visible) / len(visible)
        for name, pattern in (
            ("has:url", URL),
            ("has:email", EMAIL),
            ("has:handle", HANDLE),
            ("has:separator", SEPARATOR),
            ("has:time", TIME),
        ):
            if pattern.search(text):
                vector[name] = 1.0
        if "©" in text:
            vector["has:copyright"] = 1.0
        line = words(text)
        covered = [False] * len(line)
        categories = self.phrases.cover(line, covered)
        for category in categories:
            vector[f"phrase:{category}"] = 1.0
        interface = bool(categories) and only_numbers_left(line, covered)
        if interface:
            vector["phrase:whole-line"] = 1.0
        elif line:
            vector["phrase:share-of-words"] = sum(covered) / len(line)
        if count <= WORD_FEATURES_UP_TO:
            for word in set(found):
                vector[f"word:{word}"] = 1.0
        elif found:  # a prompt starts like one: "if you enjoyed", "sign up", "click here"
            vector[f"lead:{' '.join(found[:LEAD_WORDS])}"] = 1.0
        shape = Shape(
            count, reads_as_prose(text), not ends and count <= LABEL_MAX_WORDS, interface, ends
        )
        topic = Counter(w for w in found if len(w) >= TOPIC_WORD_LENGTH and w not in self.stopwords)
        return vector, shape, topic


def _shared(words: Counter, article: Counter, inside: bool) -> float | None:
    """How much of the block's subject the article's prose shares (None when the block has
    too few subject words, or the page no prose): a subheading or a caption speaks of what
    the article does, another article's teaser of something else. A paragraph of the article
    is not compared with itself."""
    if len(words) < TOPIC_MIN_WORDS or not article:
        return None
    shared = sum(1 for w, n in words.items() if article[w] - (n if inside else 0) > 0)
    return shared / len(words)


def _subject(vector, shape: Shape, shared: float | None, topic: Counter, title: Counter) -> None:
    """What the block speaks of against the article: the share of its subject words the
    prose shares, a headline on another subject (a teaser), and the share of its subject
    words the first line (the headline, in extracted text) has."""
    if shared is not None:
        vector["topic:shared"] = shared
        if not shared:
            vector["topic:none-shared"] = 1.0
    if shape.topicless and _headline(shape, HEADLINE_WORDS):
        vector["shape:headline-off-topic"] = 1.0
        if "position:in-main" not in vector:
            vector["shape:headline-off-topic-outside"] = 1.0
    if len(topic) >= TOPIC_MIN_WORDS and title:
        vector["title:shared"] = sum(1 for w in topic if w in title) / len(topic)


def _bucket(count: int) -> str:
    for limit, name in WORD_BUCKETS:
        if count <= limit:
            return name
    return "32+"


def _latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def _main_run(prose: list[bool]) -> tuple[int, int] | None:
    """The first and last block of the longest run of prose blocks (at most MAIN_RUN_GAP
    other blocks between two of them), None when there is no prose."""
    best, start, count, best_count, gap = None, None, 0, 0, 0
    for index, is_prose in enumerate(prose + [False] * (MAIN_RUN_GAP + 1)):
        if is_prose:
            if start is None:
                start, count = index, 0
            count, gap, last = count + 1, 0, index
        elif start is not None:
            gap += 1
            if gap > MAIN_RUN_GAP:
                if count > best_count:
                    best, best_count = (start, last), count
                start = None
    return best


def _position(vector: dict[str, float], index: int, total: int, main) -> None:
    if index == 0:
        vector["position:first"] = 1.0
    if index == total - 1:
        vector["position:last"] = 1.0
    if main is None:
        vector["position:no-prose"] = 1.0
        return
    first, last = main
    if index < first:
        vector["position:before-main"] = 1.0
        vector["position:distance"] = math.log1p(first - index)
    elif index > last:
        vector["position:after-main"] = 1.0
        vector["position:distance"] = math.log1p(index - last)
    else:
        vector["position:in-main"] = 1.0


def _context(vector: dict[str, float], side: str, shape: Shape | None) -> None:
    if shape is None:
        vector[f"{side}:none"] = 1.0
        return
    for name, present in (
        ("prose", shape.prose),
        ("label", shape.label),
        ("interface", shape.interface),
        ("topicless", shape.topicless),
    ):
        if present:
            vector[f"{side}:{name}"] = 1.0


def _likeness(vector: dict[str, float], shapes: list[Shape], index: int) -> None:
    """Whether a block has the form of the one before or after it (as many words, give or
    take a bucket, and the same ending): the items of a list of teasers look alike."""
    shape = shapes[index]
    for side, other in (("prev", index - 1), ("next", index + 1)):
        if 0 <= other < len(shapes) and not shape.prose:
            neighbour = shapes[other]
            if neighbour.ends == shape.ends and _alike(neighbour.words, shape.words):
                vector[f"{side}:alike"] = 1.0


def _headline(shape: Shape, words: tuple[int, int]) -> bool:
    """Whether a block has the form of a headline: a few words, no sentence end."""
    return not shape.ends and words[0] <= shape.words <= words[1]


def _alike(a: int, b: int) -> bool:
    return a > 0 and b > 0 and abs(math.log2(a) - math.log2(b)) <= 1


def _prose_around(vector: dict[str, float], before: int, after: int) -> None:
    """How many paragraphs of prose stand before the block and after it: a subheading has
    some after it, the furniture after an article none."""
    vector["position:prose-before"] = math.log1p(before)
    vector["position:prose-after"] = math.log1p(after)


def _running_count(flags: list[bool]) -> list[int]:
    """For each index, how many flags before it are set; one more item: the total."""
    counts, seen = [], 0
    for flag in flags:
        counts.append(seen)
        seen += flag
    return counts + [seen]


@dataclass(frozen=True)
class Stretch:
    """A run of blocks that are not prose, what a block between two paragraphs (or at an
    end of the page) stands in."""

    length: int
    interface: bool  # one of its blocks is nothing but interface phrases
    topicless: float  # the share of its blocks that are topicless


def _stretches(shapes: list[Shape]) -> list[Stretch | None]:
    """For each block that is not prose, the stretch of such blocks it stands in."""
    found: list[Stretch | None] = [None] * len(shapes)
    start = 0
    for index in range(len(shapes) + 1):
        if index < len(shapes) and not shapes[index].prose:
            continue
        if index > start:
            members = shapes[start:index]
            stretch = Stretch(
                index - start,
                any(shape.interface for shape in members),
                sum(shape.topicless for shape in members) / len(members),
            )
            found[start:index] = [stretch] * (index - start)
        start = index + 1
    return found


def _stretch(vector: dict[str, float], stretch: Stretch | None) -> None:
    if stretch is None:
        return
    vector["stretch:length"] = math.log1p(stretch.length)
    if stretch.interface:
        vector["stretch:interface"] = 1.0
    vector["stretch:topicless"] = stretch.topicless


def _label_runs(shapes: list[Shape]) -> list[int]:
    """For each block, how many label-like blocks in a row it stands in (0: not one)."""
    runs = [0] * len(shapes)
    start = 0
    for index in range(len(shapes) + 1):
        if index < len(shapes) and shapes[index].label:
            continue
        runs[start:index] = [index - start] * (index - start)
        start = index + 1
    return runs
