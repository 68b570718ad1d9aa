"""An English word-frequency dictionary with a fast candidate index.

Frequencies come from pyspellchecker's English list (shipped with that package, read once per
process). Candidates within a small Damerau-Levenshtein distance are found with a
symmetric-delete index over the frequent words (deletes of one letter), queried with the
word's deletes of up to two letters: a handful of dictionary look-ups per unknown word instead
of generating every edit of it.
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_left
from functools import cached_property, lru_cache
from importlib import resources

from newslint.disk_cache import cached, package_stamp
from newslint.kinds.spelling.distance import osa_distance
from newslint.kinds.word_table import WordTable, cached_table
from newslint.version import __version__

# British spellings absent from the (American) frequency list: a British spelling is known
# when one of these rewrites, at one place in the word, gives a known word.
BRITISH_REWRITES = (
    ("our", "or"),
    ("ise", "ize"),
    ("isa", "iza"),
    ("isi", "izi"),
    ("yse", "yze"),
    ("ysi", "yzi"),
    ("tred", "tered"),
    ("tring", "tering"),
    ("tre", "ter"),
    ("bre", "ber"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llery", "lry"),
    ("llous", "lous"),
    ("oe", "e"),
    ("ae", "e"),
    ("ogue", "og"),
    ("mme", "m"),
    ("ence", "ense"),
    ("ould", "old"),
    ("oeuvre", "euver"),
    ("oeuvr", "euver"),
    ("sc", "sk"),
    ("eant", "eaned"),
    ("re$", "er"),
)
# Any rewrite's British letters, found in one C-level scan: most words have none.
BRITISH_LETTERS = re.compile("|".join(british for british, _ in BRITISH_REWRITES))
# The rewrites of regular endings (-ise, -yse, a doubled l, -eant): any word takes them, so
# no list needs to attest them (see `british_letters`).
REGULAR_REWRITES = frozenset(("ise", "isa", "isi", "yse", "ysi", "lled", "lling", "ller", "eant"))
# A rewrite that leaves a shorter word finds slips, not British spellings: "hoem" is no
# "hem", "ould" no "old", "ewre" no "ewer" ("odour", "mould" are in current-words.txt).
BRITISH_MIN_LENGTH = 5
COMPOUND_MIN_FREQUENCY = 5000
INDEX_MIN_FREQUENCY = 1000
# Long words are indexed down to a lower frequency: few words lie one slip from a long word,
# so a rare long word ("shortcomings") is still good evidence (see `Spelling`'s
# `min_frequency_long`).
LONG_WORD_LENGTH = 8
LONG_INDEX_MIN_FREQUENCY = 100
COMMON_FREQUENCY = 1000
# Words looked at after a tail's place among the common words written backwards: the tail
# itself may be a word ("dust" before "industry"), and a few of its longer words follow.
TAIL_LOOKAHEAD = 50
VERB_STEM_MIN = 5
# Suffixes whose stem is reliably a word as spelt; inflections (-ed, -ing, -er) are not
# here: the frequency list has them, and stripping them would accept "comming", "occured".
SUFFIXES = (
    "s",
    "ly",
    "ness",
    "ment",
    "ments",
    "ism",
    "isms",
    "ist",
    "ists",
    "less",
    "ship",
    "ships",
    "hood",
    "wise",
    "like",
)
# Endings that make a word of the word with the other ending: "topologic" beside
# "topological", "conclusional" beside "conclusion", "arborescence" beside "arborescent",
# "touristry" beside "tourist" (as "artistry", "punditry" of their -ist).
SIBLING_ENDINGS = (
    ("ic", "ical"),
    ("ional", "ion"),
    ("ence", "ent"),
    ("ance", "ant"),
    ("istry", "ist"),
)
# Verbs English makes of nouns and adjectives, and their forms: "tokenize" (token),
# "commoditized" (commodity), "incentivizing" (incentive). The stem must be common.
# British -ise forms too, but of a stem as written only: "celebritise" is "celebrities"
# with two letters swapped more often than a verb made of "celebrity".
VERB_ENDINGS = ("e", "es", "ed", "ing", "ation", "ations")
PREFIXES = (
    "un",
    "re",
    "non",
    "pre",
    "anti",
    "co",
    "up",
    "down",
    "counter",
    "over",
    "under",
    "post",
    "mis",
    "semi",
    "sub",
    "super",
    "inter",
    "multi",
    "mega",
    "micro",
    "mini",
    "ex",
    "self",
    "cyber",
    "pro",
    "out",
    "de",
    "dis",
    # combining forms of science and trade ("neurohormones", "agrochemicals")
    "neuro",
    "electro",
    "hydro",
    "bio",
    "geo",
    "thermo",
    "psycho",
    "socio",
    "photo",
    "aero",
    "astro",
    "gastro",
    "cardio",
    "immuno",
    "macro",
    "nano",
    "proto",
    "pseudo",
    "retro",
    "tele",
    "eco",
    "agro",
    "petro",
    "hyper",
    "hypo",
    "ultra",
    "poly",
    "mono",
)


class Dictionary:
    # Suggestions come from words at least this frequent (the spelling kind asks for 1,000 or
    # more by default): a smaller index builds faster.
    def __init__(
        self,
        frequencies: WordTable[int],
        index_min_frequency: int = INDEX_MIN_FREQUENCY,
        cache_key: str | None = None,
    ):
        """With a `cache_key`, the suggestion index and the letter-pair counts are kept in
        the disk cache under it: each is loaded only when a document first needs it."""
        self.frequencies = frequencies
        self.index_min_frequency = index_min_frequency
        self.cache_key = cache_key
        self._knows: dict[str, bool] = {}

    @classmethod
    @lru_cache(maxsize=1)
    def english(cls) -> "Dictionary":
        """pyspellchecker's English list, from the on-disk cache when it was read before for
        this version of both: a sorted table, which loads in a millisecond (a short document
        asks about a few hundred of its 160,000 words)."""

        def read():
            data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
            return json.loads(gzip.decompress(data))

        key = (
            f"{package_stamp('spellchecker')}:{__version__}:{INDEX_MIN_FREQUENCY}:"
            f"{LONG_WORD_LENGTH}:{LONG_INDEX_MIN_FREQUENCY}"
        )
        return cls(cached_table("english-frequencies", key, read), cache_key=key)

    def _cached(self, name: str, build):
        return build() if self.cache_key is None else cached(name, self.cache_key, build)

    def frequency(self, word: str) -> int:
        return self.frequencies.get(word, 0)

    def starts_a_word(self, prefix: str) -> bool:
        """Whether some word of the dictionary begins with `prefix` (case-folded)."""
        return self.frequencies.starts_a_word(prefix)

    def ends_a_common_word(self, tail: str) -> bool:
        """Whether a common word ends with `tail` and is longer by two letters or more: the
        tail of a word broken across a page ("dustry" of "industry")."""
        reversed_words = self._reversed_common
        key = tail[::-1]
        at = bisect_left(reversed_words, key)
        return any(
            word.startswith(key) and len(word) >= len(key) + 2
            for word in reversed_words[at : at + TAIL_LOOKAHEAD]
        )

    @cached_property
    def _reversed_common(self) -> list[str]:
        # From the disk cache: made from the whole table, it takes a quarter of a second.
        return self._cached(f"english-reversed-common-{COMMON_FREQUENCY}", self._reverse_common)

    def _reverse_common(self) -> list[str]:
        return sorted(w[::-1] for w, f in self.frequencies.items() if f >= COMMON_FREQUENCY)

    def is_common(self, word: str) -> bool:
        """A word frequent enough in English that a capitalised use of it is the word, not a
        name spelt like it ("Bank", "Christian", "Friday")."""
        return self.frequency(word) >= COMMON_FREQUENCY

    def knows(self, word: str) -> bool:
        """A word (case-folded) is known as written, as a British spelling of a known word, as
        a known word with a common prefix or suffix, or as two frequent words joined."""
        # Remembered: the same unknown words come back document after document.
        known = self._knows.get(word)
        if known is None:
            known = self._knows[word] = self._derived(word)
        return known

    def _derived(self, word: str) -> bool:
        return (
            self._known_form(word)
            or any(self._known_form(variant) for variant in _british_variants(word))
            or self._verb_made(word)
            or any(
                word.endswith(ending) and word[: -len(ending)] + sibling in self.frequencies
                for ending, sibling in SIBLING_ENDINGS
            )
            or self._compound(word)
        )

    def british_letters(self, word: str) -> tuple[str, ...]:
        """When `word` is known only as a British spelling, the word up to the end of each
        rewrite that makes it known ("colou" of "colourful"); else (). A caller with a list of
        British words can ask that one of them starts so: a rewrite alone also reads slips as
        British ("pagre" as "pager", "supoerb" as "superb")."""
        if self._known_form(word) or self._compound(word):
            return ()
        known = [
            (british, prefix)
            for british, variant, prefix in _british_rewrites(word)
            if self._known_form(variant)
        ]
        if any(british in REGULAR_REWRITES for british, _ in known):
            return ()
        return tuple(prefix for _, prefix in known)

    def spelling_variants(self, a: str, b: str) -> bool:
        """One word is the other's British spelling ("centre", "center")."""
        return b in _british_variants(a) or a in _british_variants(b)

    def _compound(self, word: str) -> bool:
        """ "landline", "bandmates": two frequent words of four letters or more. Not where
        the letter at the join is doubled and the word with it single is a dictionary word:
        "attackking" is "attacking" with a k typed twice, not "attack" + "king"."""
        return any(
            self.frequency(word[:i]) >= COMPOUND_MIN_FREQUENCY
            and self._known_form(word[i:])
            and self.frequency(word[i:].rstrip("s")) >= COMPOUND_MIN_FREQUENCY
            and not self.doubled_at_join(word, i)
            for i in range(4, len(word) - 3)
        )

    def doubled_at_join(self, word: str, i: int) -> bool:
        """Whether `word` joined at `i` doubles the letter there and is a dictionary word
        with it single: a letter typed twice ("attack|king"), no compound."""
        return word[i - 1] == word[i] and word[: i - 1] + word[i:] in self.frequencies

    def _known_form(self, word: str) -> bool:
        if word in self.frequencies:
            return True
        # One C-level test first for each list: most words have none of its endings, or
        # beginnings (this runs for every unknown word and every stem tried).
        if word.endswith(SUFFIXES):
            for suffix in SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    stem = word[: -len(suffix)]
                    if stem in self.frequencies and not (suffix == "s" and stem.endswith("s")):
                        return True
        return word.startswith(PREFIXES) and any(
            word.startswith(prefix)
            and len(word) - len(prefix) >= 5
            and self._known_form(word[len(prefix) :])
            for prefix in PREFIXES
        )

    def _verb_made(self, word: str) -> bool:
        """A verb made of a common noun or adjective with -ize or -ise, or one of its forms."""
        for ending in VERB_ENDINGS:
            for maker in ("iz", "is"):
                if not word.endswith(maker + ending):
                    continue
                stem = word[: -len(maker + ending)]
                if len(stem) < VERB_STEM_MIN or stem.endswith("ss"):
                    return False  # "-ssize" is "-ssive" mistyped: "excessize", "successize"
                base = stem
                if maker == "iz" and stem.endswith("it"):
                    base = stem + "y"  # an "-ity" noun drops its y: "commoditize"
                elif maker == "iz" and stem.endswith("iv"):
                    base = stem + "e"  # an "-ive" adjective its e: "incentivize"
                return self.is_common(base)
        return False

    @cached_property
    def _bigrams(self) -> dict[str, int]:
        return self._cached("english-letter-pairs", self._count_bigrams)

    def _count_bigrams(self) -> dict[str, int]:
        """How many of the frequent dictionary words contain each pair of adjacent letters."""
        counts: dict[str, int] = {}
        for word in (w for w, f in self.frequencies.items() if f >= self.index_min_frequency):
            padded = f"^{word}$"
            for i in range(len(padded) - 1):
                pair = padded[i : i + 2]
                counts[pair] = counts.get(pair, 0) + 1
        return counts

    def _weakest_bigram(self, word: str) -> int:
        padded = f"^{word}$"
        return min(self._bigrams.get(padded[i : i + 2], 0) for i in range(len(padded) - 1))

    def less_plausible(self, word: str, other: str) -> bool:
        """Whether `word` has a letter pair far rarer in English than any of `other`'s
        ("Vokldemort" beside "Voldemort"): which of two equally used spellings is the slip."""
        return self._weakest_bigram(word) * 20 < self._weakest_bigram(other)

    @cached_property
    def _deletes(self) -> WordTable[str]:
        # A table: it loads in a hundredth of a second, where a dict of its 250,000 entries
        # took a tenth; a run asks about the deletes of some hundreds of words.
        if self.cache_key is None:
            return WordTable.of(self._index_deletes())
        return cached_table("english-deletes", self.cache_key, self._index_deletes)

    def _indexed(self, word: str, count: int) -> bool:
        least = min(self.index_min_frequency, LONG_INDEX_MIN_FREQUENCY)
        return count >= (self.index_min_frequency if len(word) < LONG_WORD_LENGTH else least)

    def _index_deletes(self) -> dict[str, str]:
        """Frequent words (long ones down to a lower frequency), separated by spaces, by each
        form with one letter deleted."""
        index: dict[str, list[str]] = {}
        for word, count in self.frequencies.items():
            if self._indexed(word, count) and len(word) >= 3 and word.isalpha():
                for i in range(len(word)):
                    index.setdefault(word[:i] + word[i + 1 :], []).append(word)
        return {key: " ".join(words) for key, words in index.items()}

    def one_edit_words(self, word: str) -> list[str]:
        """The dictionary's words, rare ones too, one edit from `word`, most frequent first
        (the index of `candidates` holds only frequent words)."""
        found = {w for w in _edits(word) if w in self.frequencies}
        return sorted(found, key=lambda w: (-self.frequency(w), w))

    def candidates(self, word: str, max_distance: int = 2) -> list[tuple[str, int, int]]:
        """(candidate, distance, frequency) for frequent words close to `word`, best first."""
        probes = {word} | _deletes(word)
        if max_distance >= 2:
            probes |= {d for first in _deletes(word) for d in _deletes(first)}
        found: set[str] = set()
        index = self._deletes
        for probe in probes:
            if self._indexed(probe, self.frequency(probe)):
                found.add(probe)
            found.update(index.get(probe, "").split())
        found.discard(word)
        ranked = []
        for candidate in found:
            distance = osa_distance(word, candidate, max_distance)
            if distance <= max_distance:
                ranked.append((candidate, distance, self.frequency(candidate)))
        ranked.sort(key=lambda item: (item[1], -item[2], item[0]))
        return ranked


def _british_variants(word: str):
    """The American spellings of `word` by one rewrite, each BRITISH_MIN_LENGTH or longer."""
    return (variant for _, variant, _ in _british_rewrites(word))


def _british_rewrites(word: str):
    """(British letters rewritten, American spelling, `word` up to the end of the rewritten
    letters) for each rewrite of `word` that leaves BRITISH_MIN_LENGTH letters or more."""
    if not BRITISH_LETTERS.search(word):
        return
    for british, american in BRITISH_REWRITES:
        if british.endswith("$"):
            if word.endswith(british[:-1]):
                variant = word[: -len(british) + 1] + american
                if len(variant) >= BRITISH_MIN_LENGTH:
                    yield british, variant, word
            continue
        index = word.find(british)
        while index != -1:
            variant = word[:index] + american + word[index + len(british) :]
            if len(variant) >= BRITISH_MIN_LENGTH:
                yield british, variant, word[: index + len(british)]
            index = word.find(british, index + 1)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    """Every string one edit from `word`: a letter left out, swapped, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    added = {a + c + b for a, b in splits for c in LETTERS}
    return (_deletes(word) | swapped | changed | added) - {word}
