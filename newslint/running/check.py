"""Checking one input (a file, standard input or a dataset) into a `FileOutcome`: the same
code runs in the command's own process and in worker processes, so everything it returns is
plain, picklable data and nothing is written to the terminal here (the caller prints, in
input order).

The document model, engine, rules and readers are imported when an input is checked: a run
answered from the result cache never needs them."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from newslint.config.settings import Config
from newslint.errors import InputError, NewslintError
from newslint.linting.timings import COUNT, DOCUMENT, LOAD, READ, Timings, stage
from newslint.output.results import FileResult
from newslint.running.run_vocabulary import code_terms, vocabulary, without_fixes_on


@dataclass(frozen=True)
class CheckOptions:
    """What `newslint check` asks of every input, beyond its configuration."""

    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    text_field: str | None = None  # datasets: overrides the configuration's
    id_field: str | None = None
    output: str | None = None  # --fix on a dataset: the cleaned copy
    report: str | None = None  # datasets: the per-record report
    max_file_size: int = 0  # bytes; larger articles are skipped with a warning (0: no limit)
    # A fixing run's vocabulary, counted before it fixes (`run_vocabulary.shared_words`): no
    # fix is applied to a word of it.
    vocabulary: tuple[tuple[str, int], ...] = ()
    timings: bool = False  # time the stages and rules (`--timings`)


@dataclass
class FileOutcome:
    """What checking one input gave: its result (None when it was skipped or unreadable),
    errors and warnings in the order they arose, text for standard output (a diff, or the
    fixed text of stdin), and, for a task with `fingerprint`, what the result cache keys it
    by."""

    result: FileResult | None = None
    errors: list[NewslintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stdout: str = ""
    stamp: tuple[int, int, int] | None = None  # size, mtime_ns, inode before reading
    digest: str | None = None  # of the bytes checked
    timings: Timings | None = None  # with `CheckOptions.timings`: where this input's time went


@dataclass(frozen=True)
class Task:
    """One input to check: the path to read, the name to report, its configuration."""

    path: str
    name: str
    config: Config
    fingerprint: bool = False  # record the input's stamp and digest: the result cache keeps it


def check(task: Task, options: CheckOptions) -> FileOutcome:
    from newslint.input.formats import format_of

    outcome = FileOutcome(timings=Timings(checked=1) if options.timings else None)
    if task.fingerprint:
        outcome.stamp = stamp(task.path)
    if format_of(task.name) == "dataset":
        _check_dataset(task, options, outcome)
    else:
        _check_file(task, options, outcome)
    return outcome


def stamp(path: str) -> tuple[int, int, int] | None:
    """Size, modification time and inode: the cheap sign that a file is unchanged."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _check_file(task: Task, options: CheckOptions, outcome: FileOutcome) -> None:
    from newslint.input.decode import SkippedInput, read_source

    try:
        with stage(outcome.timings, READ):
            source = read_source(task.path, options.max_file_size)
    except SkippedInput as skipped:
        outcome.warnings.append(str(skipped))
        return
    except NewslintError as err:
        outcome.errors.append(err)
        return
    check_source(task, source, options, outcome)


def check_source(task: Task, source, options: CheckOptions, outcome: FileOutcome) -> None:
    """Check a file's decoded `source` (read from `task.path`, or given by a caller that
    holds the text, such as the HTTP server) into `outcome`. A fix is written to
    `task.path`, or to `outcome.stdout` for standard input ("-")."""
    from newslint.document.model import Document
    from newslint.input.formats import reader_for
    from newslint.linting.fixes import fix_passes
    from newslint.output.atomic import write_atomic
    from newslint.output.diff import unified_diff

    path, name, config = task.path, task.name, task.config
    timings = outcome.timings
    if task.fingerprint:
        outcome.digest = hashlib.sha256(source.raw).hexdigest()
    if source.warning:
        outcome.warnings.append(source.warning)
    lint = linter(config, name, timings)
    vocabulary_ids = () if path == "-" else vocabulary_rules(config, name)
    reader = reader_for(name, config)

    def make_doc(text):
        with stage(timings, DOCUMENT):
            return Document(text, name, reader, default_language=config.language)

    try:
        doc = make_doc(source.text)
    except InputError as err:
        outcome.errors.append(err)
        return
    outcome.errors.extend(doc.errors)  # a part the reader skipped; the rest is checked
    result = lint(doc)
    applied = 0
    if options.fix or options.diff:
        words = vocabulary(options.vocabulary, config.vocabulary_min_files)

        def lint_sparing(doc):  # the run's vocabulary is never fixed
            return without_fixes_on(lint(doc), vocabulary_ids, words)

        new_text, applied, fixed = fix_passes(
            source.text,
            make_doc,
            lint_sparing,
            options.unsafe_fixes,
            (doc, without_fixes_on(result, vocabulary_ids, words)),
        )
        if applied:
            if options.diff:
                outcome.stdout += unified_diff(name, source.text, new_text)
            elif path == "-":
                outcome.stdout += new_text
            else:
                try:
                    write_atomic(path, source.encode(new_text), source.raw)
                except NewslintError as err:
                    outcome.errors.append(err)
                    applied = 0
            if not options.diff and applied:
                doc, result = fixed or _linted(make_doc(new_text), lint)
    outcome.errors.extend(result.errors)
    outcome.result = FileResult(
        name,
        fixed=0 if options.diff else applied,
        vocabulary_rules=vocabulary_ids,
        code_terms=code_terms(doc) if vocabulary_ids else (),
    )
    outcome.result.add(doc, result.findings)


def _check_dataset(task: Task, options: CheckOptions, outcome: FileOutcome) -> None:
    """A dataset, record by record: nothing of a record is kept but its findings and the
    lines they point at. Bad records are reported and the next one is read. When a rule
    reads them, a first pass counts the records' lines (`line_counting`)."""
    from newslint.document.model import Document
    from newslint.input.dataset import records
    from newslint.linting.fixes import fix_passes
    from newslint.output.dataset_outputs import DatasetOutputs
    from newslint.running.line_counting import count_dataset, counts_lines, record_source

    path, name, config = task.path, task.name, task.config
    if task.fingerprint:
        outcome.digest = file_digest(path)
    timings = outcome.timings
    lint = linter(config, name, timings)
    text_field = options.text_field or config.text_field
    id_field = options.id_field or config.id_field
    result = outcome.result = FileResult(name)
    outputs = DatasetOutputs(options.output if options.fix else None, options.report, text_field)
    counts = None
    if path != "-" and counts_lines(config, name):
        with stage(timings, COUNT):
            counts = count_dataset(path, name, config, text_field, id_field)

    try:
        for record in records(path, name, text_field, id_field):
            if isinstance(record, InputError):
                outcome.errors.append(record)
                continue
            if record.id is not None and record.id in config.skip_records:
                outputs.record(record, record.text, None)
                continue

            source_lines = counts and counts.of_source(record_source(record, config))

            def make_doc(text, record=record, source_lines=source_lines):
                with stage(timings, DOCUMENT):
                    return Document(
                        text,
                        name,
                        record=record.number,
                        record_id=record.id,
                        language=record.language,
                        default_language=config.language,
                        source_lines=source_lines,
                    )

            text, applied, fixed = record.text, 0, None
            if options.fix:
                text, applied, fixed = fix_passes(text, make_doc, lint, options.unsafe_fixes)
            doc, checked = fixed or _linted(make_doc(text), lint)
            outcome.errors.extend(checked.errors)
            result.add(doc, checked.findings)
            result.fixed += applied
            outputs.record(record, text, (doc, checked.findings))
        outputs.commit()
    except NewslintError as err:
        outputs.discard()
        outcome.errors.append(err)
    except BaseException:
        outputs.discard()
        raise


def linter(config: Config, name: str, timings: Timings | None = None):
    """`lint(doc)`: the LintResult of the rules `config` selects for the file `name` (loaded
    once per process), timed into `timings` when given."""
    from newslint.linting.lint import lint_document
    from newslint.ruleset.selection import rules_for

    with stage(timings, LOAD):
        rules = rules_for(config, name)
    return lambda doc: lint_document(
        doc, rules, config.accept, config.regex_timeout, timings=timings
    )


def vocabulary_rules(config: Config, name: str) -> tuple[str, ...]:
    """The ids of the rules run on `name` whose findings a run's vocabulary may drop."""
    from newslint.ruleset.selection import rules_for

    return tuple(
        rule.id
        for rule in rules_for(config, name)
        if getattr(rule.checker, "run_vocabulary", False)
    )


def _linted(doc, lint):
    return doc, lint(doc)
