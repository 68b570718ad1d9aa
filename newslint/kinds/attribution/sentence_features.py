"""The features a model judges a sentence's sourcing by: its words and word pairs (lemma-ish:
lower case, plurals folded, names and numbers as classes), the sourcing phrases and cues in
it by category (the attribution rules' own pattern files, here as evidence rather than
verdicts), whether it names a source (a capitalised name, a name with a reporting verb, a
quotation), and its length.

Each sentence gets a sparse vector of named values (`{"word:some": 1.0, "cue:passive":
1.0, ...}`). Training (`newslint train`) and the rule compute them with this same code, and a
model records the feature set's name and version (`FEATURE_SET`): change what a feature means
and the version must change, so that an old model is refused rather than misread.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from newslint.document import segment
from newslint.document.segment import Span
from newslint.kinds.attribution import cues

FEATURE_SET = "vague-sentences/1"
# Word classes: a capitalised word inside a sentence is a name, a word with a digit a number.
NAME, NUMBER = "NAME", "NUM"
WORD_BUCKETS = ((5, "1-5"), (10, "6-10"), (20, "11-20"), (40, "21-40"), (None, "41+"))
NAME_BUCKETS = ((0, "0"), (1, "1"), (3, "2-3"), (None, "4+"))
# Plural endings folded to the singular ("experts" -> "expert", "studies" -> "study"); a word
# this short keeps its "s" ("is", "was", "has").
SHORTEST_PLURAL = 4
SINGULAR_ENDINGS = ("ss", "us", "is")


def lemma(token: str, initial: bool) -> str:
    """A word's feature form: NAME for a capitalised word not first in its sentence, NUM for
    one with a digit, else lower case with the plural folded (lemma-ish, no dictionary)."""
    if any(char.isdigit() for char in token):
        return NUMBER
    if not initial and token[:1].isupper():
        return NAME
    word = token.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) >= SHORTEST_PLURAL and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) >= SHORTEST_PLURAL and word.endswith("s") and not word.endswith(SINGULAR_ENDINGS):
        return word[:-1]
    return word


def _bucket(count: int, buckets) -> str:
    return next(name for top, name in buckets if top is None or count <= top)


class SentenceFeatures:
    """Computes the features of sentences, given pattern files by category: each file's
    matches in a sentence are the feature `cue:<file name>` (sourcing phrases, named sources,
    cue words alike: the model weighs them)."""

    def __init__(self, cue_files: list[Path], term_files: list[Path]):
        # One Patterns per file: a combined regex would let one category's match hide
        # another's at the same words ("some experts say" is a group and a reporting verb).
        self.cues = [(Path(file).stem, cues.patterns([file], term_files)) for file in cue_files]

    def vectors(self, doc, sentences: list[Span]) -> list[dict[str, float]]:
        """One vector per sentence (spans of `doc`, in text order)."""
        vectors = [self._words(doc, sentence) for sentence in sentences]
        starts = [sentence.start for sentence in sentences]
        quotations = doc.quotations
        for name, patterns in self.cues:
            for match in patterns.finditer(doc, sentences):
                if not segment.outside(quotations, match.start(), match.start() + 1):
                    continue  # a speaker's words are the speaker's, not the sentence's sourcing
                vectors[bisect_right(starts, match.start()) - 1][f"cue:{name}"] = 1.0
        for vector, sentence in zip(vectors, sentences):
            if not segment.outside(quotations, sentence.start, sentence.end):
                vector["has:quotation"] = 1.0
            if "cue:reporting-verb" in vector and "names:0" not in vector:
                vector["has:name-and-reporting-verb"] = 1.0  # "…, Ana Lind said"
        return vectors

    def _words(self, doc, sentence: Span) -> dict[str, float]:
        tokens = doc.tokens_in(sentence)
        words = [lemma(token.text, index == 0) for index, token in enumerate(tokens)]
        vector = {f"word:{word}": 1.0 for word in words}
        pairs = zip(["<s>", *words], [*words, "</s>"])
        vector.update((f"word:{first} {second}", 1.0) for first, second in pairs)
        vector[f"words:{_bucket(len(words), WORD_BUCKETS)}"] = 1.0
        vector[f"names:{_bucket(words.count(NAME), NAME_BUCKETS)}"] = 1.0
        if doc.text[sentence.end - 1 : sentence.end] == "?":
            vector["shape:question"] = 1.0
        return vector
