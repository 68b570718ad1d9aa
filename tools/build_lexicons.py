#!/usr/bin/env python3
"""Rebuild the word lists of the typo and entity rule packs from the shared lexicons.

    python tools/build_lexicons.py [--shared ../shared] [--out rules] [--wordfreq WHEEL]

Derived files (rewritten on every run, sorted, UTF-8, LF):

  typo/first-names.txt      first names from the nicknames lexicon (Apache-2.0)
  entity/nicknames.txt      `name,nickname` pairs from the same lexicon
  typo/places.txt           place-name words from GeoNames cities15000 (CC BY 4.0)
  typo/misspellings.txt     `wrong->right` / `wrong->a|b` from codespell (CC BY-SA 3.0)
  typo/current-words.txt    current English words from wordfreq's English list (CC BY-SA 4.0)
                            that pyspellchecker's list lacks; only with --wordfreq, the path
                            of a wordfreq wheel (`pip download --no-deps wordfreq`), which is
                            read here and is never a run-time dependency
  attribution/terms/quantifier.txt, attribution/terms/hearsay-adverb.txt
                            the vague quantifiers ("many", "some") and hearsay adverbs
                            ("reportedly") of wooorm's weasel and hedge lists (MIT)
  and a *.LICENSE.txt beside each of them.

Hand-curated files, always read from this checkout's rules/ (checked, never rewritten):
typo/world-names.txt, typo/news-words.txt, typo/news-misspellings.txt. The codespell
entries are filtered with pyspellchecker's English frequency list (the one the typo
pack itself uses) plus news-words.txt, and with the first names, places and world names.
Exit status 1 when a curated list has a problem (printed as a warning).

Only the lexicons are read; nothing from the evaluation corpora.
"""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CODESPELL_URL = "https://github.com/codespell-project/codespell"
CC_BY_SA_URL = "https://creativecommons.org/licenses/by-sa/3.0/"
GEONAMES_URL = "https://www.geonames.org/"
CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/"
NICKNAMES_URL = "https://github.com/carltonnorthern/nicknames"
WOOORM_URL = "https://github.com/words/weasels and https://github.com/words/hedges"
WORDFREQ_URL = "https://github.com/rspeer/wordfreq"
CC_BY_SA_4_URL = "https://creativecommons.org/licenses/by-sa/4.0/"

MIN_WRONG_LEN = 4
PLACE_LEN = (3, 30)
APOSTROPHES = "'\u2019"

# The entries of wooorm's weasel and hedge lists that the attribution pack uses: quantifiers
# that make a group of people vague ("some experts"), and adverbs that stand in for a source.
# The other entries ("very", "could", "helps") are hedges of degree, not of sourcing.
WOOORM_QUANTIFIERS = {"many", "some", "various", "several", "most", "few", "a lot", "lots"}
# "arguably" is the writer's own hedge of opinion, not a stand-in for a source.
WOOORM_HEARSAY = {"reportedly", "supposedly"}
# How a quantifier reads before a plural noun ("a lot" of people).
QUANTIFIER_FORMS = {"a lot": "a lot of", "lots": "lots of"}

# wordfreq's lists give each word's frequency in centibels (cB): a word in bin i occurs
# 10^(-i/100) times per word of text. The cut-off keeps words seen at least once in 100
# million words (Zipf 2.0: "wideout", "async", "electronica"); rarer entries are mostly
# names, handles and slips. See the measurements in benchmarks/README.md.
CURRENT_WORDS_MAX_CB = 700
# A word one edit from a word this many cB (1,000 times) more frequent is taken for a slip of
# it ("eas" for "was", "thr" for "the") and left out; "hehe" beside "here" (272 cB) stays.
SLIP_MIN_GAP_CB = 300
# Neighbours for that test: words at least this frequent (bin <= 550, Zipf 3.5). A word as
# frequent as that is itself no slip, whatever its neighbour: slips of even the commonest
# words stay rarer ("arse" beside "are" is a word; "thr" beside "the" is at 603 cB).
SLIP_NEIGHBOUR_MAX_CB = 550
CURRENT_WORD_MIN_LEN = 3  # the spelling rule checks no shorter words

SANITY_WORDS = [
    "Atyrau",
    "Almaty",
    "Astana",
    "Kazakhstan",
    "Kazakh",
    "Baurzhan",
    "Damir",
    "Rinat",
    "Rawil",
    "Qaeda",
    "Taliban",
    "Caucasus",
]


# ----------------------------------------------------------------------------- helpers


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def read_list(path: Path) -> list[str]:
    """Entries of a one-per-line list, skipping blank lines and # comments."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def load_frequency() -> set[str]:
    """Lower-case words of pyspellchecker's English frequency list (count >= 1)."""
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return {w.casefold() for w, n in counts.items() if n >= 1}


def is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")


def word_shape_ok(word: str, *, letter=str.isalpha) -> bool:
    """Letters with inner apostrophes or hyphens; starts and ends with a letter."""
    if not word or not letter(word[0]) or not letter(word[-1]):
        return False
    for a, b in zip(word, word[1:]):  # no "--", "'-" ...
        if not (letter(a) or letter(b)):
            return False
    return all(letter(c) or c == "-" or c in APOSTROPHES for c in word)


# ----------------------------------------------------------------------------- nicknames


def build_names(shared: Path) -> tuple[list[str], list[str]]:
    src = shared / "lexicons" / "nicknames" / "names.csv"
    first, pairs = set(), set()
    with open(src, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name1 = row["name1"].strip().lower()
            name2 = row["name2"].strip().lower()
            if row["relationship"].strip() != "has_nickname" or not name1 or not name2:
                continue
            pairs.add(f"{name1},{name2}")
            for name in (name1, name2):
                if word_shape_ok(name):  # drops initials such as "k.c."
                    first.add("-".join(p[:1].upper() + p[1:] for p in name.split("-")))
    return sorted(first), sorted(pairs)


# ----------------------------------------------------------------------------- geonames


def place_words(name: str) -> set[str]:
    out = set()
    for token in name.split():
        candidates = [token]
        if "-" in token:
            candidates += token.split("-")
        for w in candidates:
            # All-capital tokens in GeoNames are airport and other codes (LHR, NYC), not names.
            if (
                PLACE_LEN[0] <= len(w) <= PLACE_LEN[1]
                and w[0].isupper()
                and not w.isupper()
                and word_shape_ok(w, letter=is_latin_letter)
            ):
                out.add(w)
    return out


def build_places(shared: Path) -> list[str]:
    src = shared / "lexicons" / "geonames" / "cities15000.txt"
    words: set[str] = set()
    with open(src, encoding="utf-8", newline="") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            # geonameid, name, asciiname, alternatenames, latitude, ...
            for name in [cols[1], cols[2], *cols[3].split(",")]:
                name = unicodedata.normalize("NFC", name.strip())
                if name:
                    words |= place_words(name)
    return sorted(words)


# ----------------------------------------------------------------------------- codespell


def parse_codespell(line: str) -> tuple[str, list[str]] | None:
    if "->" not in line:
        return None
    wrong, right = line.split("->", 1)
    wrong = wrong.strip()
    if "," in right:
        # `wrong->a, b, reason`: whatever follows the last comma is a reason (often empty).
        alternatives = right.split(",")[:-1]
    else:
        alternatives = [right]
    alternatives = [a.strip() for a in alternatives if a.strip()]
    if not wrong or not alternatives:
        return None
    return wrong, alternatives


def right_ok(alt: str, freq: set[str]) -> bool:
    """Every word of the suggestion is a real word (hyphenated: whole or each part)."""
    for word in alt.split():
        w = word.casefold()
        if w in freq:
            continue
        if "-" in w and all(p in freq for p in w.split("-")):
            continue
        return False
    return True


def _hyphenation_only(wrong: str, right: str) -> bool:
    """ "co-ordinate" -> "coordinate": a house-style choice, not a misspelling."""

    def letters(text: str) -> str:
        return "".join(c for c in text.casefold() if c.isalnum())

    return ("-" in wrong or "-" in right) and letters(wrong) == letters(right)


def build_misspellings(
    shared: Path, freq: set[str], first_names: set[str], places: set[str]
) -> tuple[list[str], Counter, dict[str, list[str]]]:
    cs = shared / "lexicons" / "codespell"
    british = {
        p[0].strip().casefold()
        for p in (line.split("->", 1) for line in read_list(cs / "dictionary_en-GB_to_en-US.txt"))
        if len(p) == 2
    }
    stats: Counter = Counter()
    examples: dict[str, list[str]] = {}
    kept: dict[str, str] = {}

    def drop(reason: str, line: str) -> None:
        stats[reason] += 1
        examples.setdefault(reason, [])
        if len(examples[reason]) < 12:
            examples[reason].append(line)

    for line in (cs / "dictionary.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        stats["read"] += 1
        parsed = parse_codespell(line)
        if parsed is None:
            drop("unparsable", line)
            continue
        wrong, alts = parsed
        key = wrong.casefold()
        if not word_shape_ok(wrong):
            drop("wrong form not a plain word (digits, _, leading/trailing ' or -)", line)
        elif len(wrong) < MIN_WRONG_LEN:
            drop(f"wrong form shorter than {MIN_WRONG_LEN}", line)
        elif key in freq:
            drop("wrong form is a real word (pyspellchecker's list or news-words.txt)", line)
        elif key in british:
            drop("wrong form is a British spelling", line)
        elif key in first_names:
            drop("wrong form is a first name", line)
        elif key in places:
            drop("wrong form is a place or world name", line)
        elif not any(right_ok(a, freq) for a in alts):
            drop("no suggestion is a real word", line)
        elif all(_hyphenation_only(wrong, a) for a in alts if right_ok(a, freq)):
            drop("only hyphenation differs (style, not spelling)", line)
        elif key in kept:
            drop("duplicate wrong form", line)
        else:
            good = [a for a in alts if right_ok(a, freq) and not _hyphenation_only(wrong, a)]
            if len(good) < len(alts):
                stats["kept, suggestions that are not real words removed"] += 1
            kept[key] = f"{wrong}->{'|'.join(good)}"
            stats["kept"] += 1
    return sorted(kept.values()), stats, examples


# ----------------------------------------------------------------------------- wordfreq


def read_wordfreq(wheel: Path) -> tuple[dict[str, int], str]:
    """(word -> frequency bin in cB, the wheel's README licence section) from the English
    'large' list inside a wordfreq wheel."""
    import gzip
    import zipfile

    import msgpack  # a build-time need only, like the wheel itself

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        packed = archive.read("wordfreq/data/large_en.msgpack.gz")
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        readme = archive.read(metadata).decode("utf-8")
    header, *bins = msgpack.unpackb(gzip.decompress(packed), raw=False)
    if header.get("format") != "cB":
        raise SystemExit(f"{wheel}: unexpected wordfreq list format {header!r}")
    bins_of: dict[str, int] = {}
    for centibels, words in enumerate(bins):
        for word in words:
            bins_of.setdefault(word, centibels)
    licence = readme[readme.index("## License") : readme.index("## Citing wordfreq")]
    return bins_of, licence.strip()


def _one_delete(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _slips(words: dict[str, int], frequent: dict[str, int]) -> set[str]:
    """The words one edit (optimal string alignment) from a word SLIP_MIN_GAP_CB more
    frequent, unless frequent enough to be neighbours themselves, found with a
    symmetric-delete index of the frequent words."""
    sys.path.insert(0, str(REPO))
    from newslint.kinds.spelling.distance import osa_distance

    index: dict[str, list[str]] = {}
    for word in frequent:
        for key in _one_delete(word) | {word}:
            index.setdefault(key, []).append(word)
    slips = set()
    for word, centibels in words.items():
        if centibels <= SLIP_NEIGHBOUR_MAX_CB:
            continue  # too frequent to be a slip
        for key in _one_delete(word) | {word}:
            if any(
                centibels - frequent[other] >= SLIP_MIN_GAP_CB and osa_distance(word, other, 1) == 1
                for other in index.get(key, ())
                if other != word
            ):
                slips.add(word)
                break
    return slips


def build_current_words(
    wheel: Path, known: set[str], misspelt: set[str]
) -> tuple[list[str], Counter, str]:
    """Lower-case Latin words of wordfreq's English list down to CURRENT_WORDS_MAX_CB that
    `known` (pyspellchecker's list) lacks, without known misspellings (`misspelt`: codespell's
    wrong forms) and likely slips of much more frequent words."""
    import regex

    bins_of, licence = read_wordfreq(wheel)
    plain = regex.compile(rf"\p{{Ll}}{{{CURRENT_WORD_MIN_LEN},}}")
    latin = regex.compile(r"\p{Latin}+")
    stats: Counter = Counter()
    words = {}
    for word, centibels in bins_of.items():
        if centibels > CURRENT_WORDS_MAX_CB:
            continue
        stats["in wordfreq above the cut-off"] += 1
        if not (plain.fullmatch(word) and latin.fullmatch(word)):
            stats["dropped: not a lower-case word of 3+ Latin letters"] += 1
        elif word in misspelt:
            stats["dropped: a misspelling in codespell's dictionary"] += 1
        elif word in known:
            stats["already in pyspellchecker's list"] += 1
        else:
            words[word] = centibels
    frequent = {
        w: c
        for w, c in bins_of.items()
        if c <= SLIP_NEIGHBOUR_MAX_CB and plain.fullmatch(w) and w not in misspelt
    }
    slips = _slips(words, frequent)
    stats["dropped: one edit from a word 1,000 times more frequent"] = len(slips)
    kept = sorted(set(words) - slips)
    stats["kept"] = len(kept)
    return kept, stats, licence


def codespell_wrong_forms(shared: Path) -> set[str]:
    """Every wrong form of codespell's main dictionary, case-folded."""
    text = (shared / "lexicons" / "codespell" / "dictionary.txt").read_text(encoding="utf-8")
    return {line.split("->", 1)[0].strip().casefold() for line in text.splitlines() if "->" in line}


# ----------------------------------------------------------------------------- licences


def current_words_licence(upstream: str) -> str:
    return f"""\
current-words.txt: derived from wordfreq's English word-frequency list (large_en)
Source: wordfreq 3.x by Robyn Speer, {WORDFREQ_URL}

Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)
{CC_BY_SA_4_URL}

Changes made by newslint (tools/build_lexicons.py): only the words are kept (no
frequencies); only lower-case words of 3 or more Latin letters that occur at least once
per {10 ** (CURRENT_WORDS_MAX_CB // 100):,} words; words already in pyspellchecker's
English list, wrong forms of codespell's dictionary.txt and words one edit from a word
1,000 times more frequent (likely slips, unless themselves seen 3 times per million
words) removed; sorted.

current-words.txt is distributed under CC BY-SA 4.0. The rest of newslint is
MIT-licensed; this licence applies to current-words.txt only.

wordfreq's licence and its sources' terms, as its README states them:

{upstream}
"""


def misspellings_licence(shared: Path) -> str:
    note = (shared / "lexicons" / "codespell" / "LICENSE_NOTE.txt").read_text(encoding="utf-8")
    quote = [
        line
        for line in note.splitlines()
        if "dictionary.txt" in line and "Creative Commons" in line
    ]
    text = f"""\
misspellings.txt: derived from codespell's dictionary.txt
Source: {CODESPELL_URL} (codespell_lib/data/dictionary.txt)

Licence: Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)
{CC_BY_SA_URL}

Upstream notice (from codespell's README):
"""
    text += "".join(f"  {line.strip()}\n" for line in quote) or (
        "  dictionary.txt and the other dictionary_*.txt files are derivative works of\n"
        "  English Wikipedia and are released under the Creative Commons\n"
        "  Attribution-Share-Alike License 3.0.\n"
    )
    text += """
Changes made by newslint (tools/build_lexicons.py):
  - filtered to entries safe in English news prose: the wrong form is a word of at least
    4 letters (inner ' or - allowed) that is not a real word (pyspellchecker's English
    word list or newslint's news-words.txt), not a first name, place or world name, and
    not a British spelling; suggestions that are not real words were removed, and
    entries left with none were dropped;
  - reformatted to one `wrong->right` entry per line, alternatives separated by `|`,
    codespell's reason texts removed, sorted.

misspellings.txt is distributed under the same licence, CC BY-SA 3.0. The rest of
newslint is MIT-licensed; this licence applies to misspellings.txt only.
"""
    return text


PLACES_LICENCE = f"""\
places.txt: derived from the GeoNames gazetteer, file cities15000.txt
(all cities with a population > 15000), by GeoNames, {GEONAMES_URL}

Licence: Creative Commons Attribution 4.0 International (CC BY 4.0)
{CC_BY_URL}

Attribution: contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0.
The data is provided "as is" without warranty or any representation of accuracy,
timeliness or completeness.

Changes made by newslint (tools/build_lexicons.py): only the name, asciiname and
alternatenames fields are used; names are split into words (hyphenated forms kept whole
and also split into their parts); only capitalised words of Latin letters (accents
allowed), apostrophes and hyphens, 3 to 30 characters long, are kept, and all-capital
tokens (airport and other codes) are dropped; one word per line, sorted, duplicates
removed. Coordinates, populations and all other fields are dropped.

places.txt is distributed under CC BY 4.0.
"""


def nicknames_licence(shared: Path, covers: str, what: str, changes: str) -> str:
    apache = (shared / "lexicons" / "nicknames" / "LICENSE.txt").read_text(encoding="utf-8")
    header = (
        f"This licence covers {covers} ({what}), derived from names.csv of the "
        f"nicknames project, {NICKNAMES_URL}, licensed under the Apache License 2.0 "
        f"(below). Changes made by newslint (tools/build_lexicons.py): {changes}."
    )
    return textwrap.fill(header, width=88, break_on_hyphens=False) + "\n\n" + apache


def build_sourcing_words(shared: Path) -> tuple[list[str], list[str]]:
    """The quantifiers and hearsay adverbs found in wooorm's weasel and hedge lists."""
    entries: set[str] = set()
    for name in ("weasels.txt", "hedges.txt"):
        for line in (shared / "lexicons" / "wooorm" / name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("%"):
                entries.add(line.strip().casefold())
    quantifiers = sorted(QUANTIFIER_FORMS.get(w, w) for w in entries & WOOORM_QUANTIFIERS)
    return quantifiers, sorted(entries & WOOORM_HEARSAY)


def wooorm_licence(shared: Path, covers: str) -> str:
    folder = shared / "lexicons" / "wooorm"
    mit = (folder / "LICENSE_weasels").read_text(encoding="utf-8")
    header = (
        f"This licence covers {covers}, derived from the weasels and hedges lists by "
        f"Titus Wormer, {WOOORM_URL}, licensed under the MIT licence (below; the hedges "
        f"list carries the same licence). Changes made by newslint (tools/build_lexicons.py): "
        f"only the entries that name a vague quantity of people or stand in for a source "
        f"kept, 'a lot' and 'lots' written with 'of', sorted."
    )
    return textwrap.fill(header, width=88, break_on_hyphens=False) + "\n\n" + mit


# ----------------------------------------------------------------------------- checks


def check_curated(
    rules: Path, freq: set[str], first_names: set[str], places: set[str], world: list[str]
) -> tuple[list[str], list[str]]:
    """Problems (warnings) and points to review (notes) in the hand-curated lists."""
    warnings, notes = [], []
    seen: set[str] = set()
    for w in read_list(rules / "typo" / "news-words.txt"):
        if w != w.lower():
            warnings.append(f"news-words.txt: {w!r} is not lower-case")
        if w in freq:
            warnings.append(f"news-words.txt: {w!r} is already in pyspellchecker's list")
        if w in seen:
            warnings.append(f"news-words.txt: duplicate {w!r}")
        seen.add(w)
    seen = set()
    for w in world:
        if w in seen:
            warnings.append(f"world-names.txt: duplicate {w!r}")
        seen.add(w)
    world_cf = {w.casefold() for w in world}
    seen = set()
    for entry in read_list(rules / "typo" / "news-misspellings.txt"):
        wrong, sep, right = entry.partition("->")
        wrong, right = wrong.strip(), right.strip()
        if not sep or not wrong or not right or wrong == right:
            warnings.append(f"news-misspellings.txt: bad line {entry!r}")
            continue
        key = wrong.casefold()
        if key in seen:
            warnings.append(f"news-misspellings.txt: duplicate {wrong!r}")
        seen.add(key)
        for label, words in (
            ("a word in pyspellchecker's list", freq),
            ("a first name", first_names),
            ("in world-names.txt", world_cf),
        ):
            if key in words:
                warnings.append(f"news-misspellings.txt: wrong form {wrong!r} is {label}")
        if key in places:
            notes.append(
                f"news-misspellings.txt: {wrong!r} is also a GeoNames name "
                "(alternate spellings include common misspellings: check it by hand)"
            )
    return warnings, notes


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=REPO.parent / "shared",
        help="the shared/ folder holding lexicons/ (default: ../shared)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=REPO / "rules",
        help="the rules folder to write into (default: the repo's rules/)",
    )
    ap.add_argument(
        "--wordfreq",
        type=Path,
        help="a wordfreq wheel to derive typo/current-words.txt from (without it, that file "
        "is left as it is)",
    )
    ap.add_argument("--quiet", action="store_true", help="print only warnings")
    args = ap.parse_args(argv)
    shared, out = args.shared.resolve(), args.out.resolve()
    if not (shared / "lexicons").is_dir():
        ap.error(f"no lexicons/ folder in {shared}")

    say = (lambda *a: None) if args.quiet else print
    freq = load_frequency()
    say(f"pyspellchecker English list: {len(freq)} words")

    first, pairs = build_names(shared)
    write_lines(out / "typo" / "first-names.txt", first)
    write_lines(out / "entity" / "nicknames.txt", pairs)
    write_text(
        out / "typo" / "first-names.LICENSE.txt",
        nicknames_licence(
            shared,
            "rules/typo/first-names.txt",
            "first names",
            "names from both columns of the has_nickname rows, capitalised, initials such as "
            "'k.c.' dropped, sorted, duplicates removed",
        ),
    )
    write_text(
        out / "entity" / "nicknames.LICENSE.txt",
        nicknames_licence(
            shared,
            "rules/entity/nicknames.txt",
            "name,nickname pairs",
            "only the has_nickname rows, written as name,nickname without the relationship "
            "column and header, sorted, duplicates removed",
        ),
    )

    places = build_places(shared)
    write_lines(out / "typo" / "places.txt", places)
    write_text(out / "typo" / "places.LICENSE.txt", PLACES_LICENCE)

    quantifiers, hearsay = build_sourcing_words(shared)
    terms = out / "attribution" / "terms"
    for name, words in (("quantifier", quantifiers), ("hearsay-adverb", hearsay)):
        write_lines(terms / f"{name}.txt", words)
        write_text(
            terms / f"{name}.LICENSE.txt",
            wooorm_licence(shared, f"rules/attribution/terms/{name}.txt"),
        )

    # Hand-curated inputs always come from this checkout's rules/, whatever --out is.
    curated = REPO / "rules"
    world = read_list(curated / "typo" / "world-names.txt")
    if not world:
        print("warning: typo/world-names.txt missing or empty", file=sys.stderr)
    first_cf = {n.casefold() for n in first}
    places_cf = {p.casefold() for p in places} | {w.casefold() for w in world}
    for w in world:  # hyphenated world names: their parts are names too
        places_cf |= {p.casefold() for p in w.split("-") if p}

    # Real words: pyspellchecker's list plus the curated news words it lacks.
    news_words = {w.casefold() for w in read_list(curated / "typo" / "news-words.txt")}
    missp, stats, examples = build_misspellings(shared, freq | news_words, first_cf, places_cf)
    write_lines(out / "typo" / "misspellings.txt", missp)
    write_text(out / "typo" / "misspellings.LICENSE.txt", misspellings_licence(shared))

    if args.wordfreq:
        misspelt = codespell_wrong_forms(shared) | {
            pair.split("->", 1)[0].strip().casefold()
            for pair in missp + read_list(curated / "typo" / "news-misspellings.txt")
        }
        current, current_stats, upstream = build_current_words(args.wordfreq, freq, misspelt)
        write_lines(out / "typo" / "current-words.txt", current)
        write_text(out / "typo" / "current-words.LICENSE.txt", current_words_licence(upstream))
        say(f"\nwordfreq English list (down to {CURRENT_WORDS_MAX_CB} cB):")
        for reason, n in current_stats.items():
            say(f"  {n:7d}  {reason}")

    warnings, notes = check_curated(curated, freq, first_cf, {p.casefold() for p in places}, world)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    for n in notes:
        say("note:", n)

    say(f"\ncodespell dictionary.txt: {stats['read']} entries read, {stats['kept']} kept")
    for reason, n in stats.most_common():
        if reason in examples:
            say(f"  dropped {n:6d}  {reason}; e.g. {' '.join(examples[reason][:4])}")
    n = stats["kept, suggestions that are not real words removed"]
    say(f"  (of the kept: {n} had some suggestions that are not real words; those were removed)")

    say("\nfiles:")
    for rel in [
        "typo/misspellings.txt",
        "typo/current-words.txt",
        "typo/places.txt",
        "typo/first-names.txt",
        "entity/nicknames.txt",
        "typo/world-names.txt",
        "typo/news-words.txt",
        "typo/news-misspellings.txt",
    ]:
        p = out / rel if (out / rel).exists() else curated / rel
        if p.exists():
            data = p.read_bytes()
            lines = data.count(b"\n")
            say(f"  {rel:28s} {lines:7d} lines {len(data):9d} bytes")

    say("\nsanity check (found in which list):")
    lists = {
        "places": set(places),
        "first-names": set(first),
        "world-names": set(world),
        "frequency(lower)": freq,
    }
    for word in SANITY_WORDS:
        hits = [
            name
            for name, s in lists.items()
            if (word.casefold() if name.startswith("frequency") else word) in s
        ]
        say(f"  {word:12s} {', '.join(hits) or '-'}")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
