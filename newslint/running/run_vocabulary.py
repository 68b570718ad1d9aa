"""A run's vocabulary: a word that an unknown-word rule flags in many of a run's files is the
repository's own term ("rustc", "performant", "triaged" in a compiler team's blog), not a
typo: typing slips ("reseearchers") do not repeat from file to file. So is a word that many
of its files write in code (`impl`, `compiletest`): a post that names it only in prose
("type alias impl trait") uses the repository's term (`code_terms`, kept with each file's
result).

Each file's findings are kept as they were found (the result cache holds them so); this pass
runs over the whole run once every file's result is in, cached or not, and drops the
findings on words flagged in at least `vocabulary-min-files` files (each file's own
configuration decides for its findings). Datasets and standard input are left out: their
records are written to reports and cleaned copies as they are read, before the run is
known. A `--fix --unsafe-fixes` run counts the vocabulary first, without fixing, and no
check fixes a word of it (`without_fixes_on`), so that a fix never changes a word the report
leaves out."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newslint.document.code_words import inflection_stem
from newslint.output.results import RunResult


def code_terms(doc) -> tuple[str, ...]:
    """The stems of the document's code words that the dictionary does not know: only such
    words are ever flagged, and the result cache keeps few."""
    from newslint.kinds.spelling.dictionary import Dictionary  # not needed by a cached run

    frequencies = Dictionary.english().frequencies
    return tuple(sorted({inflection_stem(w) for w in doc.code_words if w not in frequencies}))


def word_of(finding) -> str:
    """The word a finding is on, by its stem: "triaged" and "triaging" are one term."""
    return inflection_stem(finding.match.casefold())


def flagged_in(results) -> Counter:
    """How many of the files (FileResults) each word is flagged in by a vocabulary rule, or
    written in code (a file that does both counts once)."""
    counts: Counter = Counter()
    for result in results:
        rules = set(result.vocabulary_rules)
        words = {word_of(f) for f in result.findings if f.rule in rules}
        counts.update(words.union(result.code_terms))
    return counts


def shared_words(counts: Counter) -> tuple[tuple[str, int], ...]:
    """The words (stems) flagged in two files or more, with their counts: all a check needs to know
    of the run's vocabulary, whatever its file's threshold."""
    return tuple(sorted((word, n) for word, n in counts.items() if n >= 2))


def vocabulary(words, min_files: int) -> frozenset[str]:
    """The words (of `shared_words`) flagged in at least `min_files` files (0: none)."""
    if not min_files:
        return frozenset()
    return frozenset(word for word, files in words if files >= min_files)


def without_fixes_on(result, rules, words: frozenset[str]):
    """The LintResult with no fix on a vocabulary rule's finding of one of the words: reported
    or not, the run's vocabulary is never 'corrected'."""
    if not words:
        return result
    findings = [
        replace(f, fix=None) if f.fix and f.rule in rules and word_of(f) in words else f
        for f in result.findings
    ]
    return replace(result, findings=findings)


def drop_vocabulary(run: RunResult, min_files: list[int]) -> None:
    """Drop from the run's files (with each file's threshold, in order) the vocabulary
    rules' findings on words flagged in at least that many files; the run counts them."""
    counts = flagged_in(run.files)
    dropped_words: set[str] = set()
    for result, threshold in zip(run.files, min_files):
        words = vocabulary(counts.items(), threshold)
        if not words or not result.vocabulary_rules:
            continue
        rules, kept = set(result.vocabulary_rules), []
        for finding in result.findings:
            if finding.rule in rules and word_of(finding) in words:
                run.vocabulary_dropped += 1
                dropped_words.add(finding.match.casefold())
            else:
                kept.append(finding)
        result.findings = kept
    run.vocabulary_words = sorted(dropped_words)
