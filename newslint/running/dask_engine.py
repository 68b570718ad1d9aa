"""newslint on Dask, for corpora too large for one machine (`pip install 'newslint[dask]'`).

    import dask.bag as db
    from newslint.dask import lint_bag, write_findings

    findings = lint_bag("data/*.jsonl", config=".newslint.yaml")  # files: a bag of dicts
    write_findings(findings, "findings/")  # one JSON Lines file per partition

    records = db.read_text("dump/*.jsonl", blocksize="64MiB").map(json.loads)
    write_findings(lint_bag(records), "findings/", format="parquet")  # needs pyarrow

Workers read the files themselves, so they must see the same paths (one machine, or a
shared file system). A file, dataset files included, is one unit of work; a bag of records
(dicts with the text field) is split as the bag is, so one huge dump is spread over every
worker: its records' lines are counted first (a sketch per partition, merged), for
boilerplate.recurring-line, then linted. Findings are `Finding.to_dict()` dictionaries, as
in `--format jsonl`.

`newslint check --engine dask [--scheduler ADDRESS] PATHS` runs the command's own checking
(every format, --fix, the result cache) with Dask in place of local worker processes.
"""

from __future__ import annotations

import glob
import json
import os
from dataclasses import replace
from functools import partial, reduce
from pathlib import Path
from typing import Iterator

from newslint.atomic_files import replacing
from newslint.config.settings import Config, ConfigFinder, resolve_config
from newslint.document.line_counts import LineCounts
from newslint.errors import ConfigError, NewslintError
from newslint.output.json_lines import json_line
from newslint.running.check import CheckOptions, FileOutcome, Task, check, linter
from newslint.running.line_counting import counts_lines

try:
    import dask
    import dask.bag as db
except ImportError as err:  # pragma: no cover - depends on the installation
    raise ImportError("newslint.dask needs Dask: pip install 'newslint[dask]'") from err

PARQUET_COLUMNS = (
    ("path", "string"),
    ("record", "int64"),
    ("record_id", "string"),
    ("line", "int64"),
    ("column", "int64"),
    ("end_line", "int64"),
    ("end_column", "int64"),
    ("offset", "int64"),
    ("rule", "string"),
    ("category", "string"),
    ("severity", "string"),
    ("message", "string"),
    ("match", "string"),
    ("suggestions", "list<string>"),
    ("fix", "string"),  # the fix as JSON text: its edits vary in number
)


def lint_bag(
    paths_or_bag,
    config: Config | str | Path | None = None,
    select=None,
    ignore=(),
    text_field: str | None = None,
    id_field: str | None = None,
    errors: str = "raise",
    npartitions: int | None = None,
) -> db.Bag:
    """A bag of finding dicts. `paths_or_bag` is a path, a glob or a list of them (folders
    are walked as by `newslint check`), or a bag of paths or of records (dicts holding the
    text in `text_field`, named by `id_field`; findings carry `record_id`). Without
    `config`, each file's configuration is found above it. `errors="skip"` drops inputs that
    cannot be read; by default the first one raises its NewslintError."""
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    resolved = (
        None
        if config is None and not (select or ignore)
        else resolve_config(config, select, ignore)
    )
    if isinstance(paths_or_bag, db.Bag):
        bag = paths_or_bag
    else:
        files = _files(paths_or_bag, resolved)
        bag = db.from_sequence(files, npartitions=npartitions or min(len(files), 100) or 1)
    fields = (text_field, id_field)
    # Records spread over partitions are counted as map (a sketch per partition) and reduce
    # (sketches merged) before any is linted; files are counted by `check`, each on its own.
    record_config = resolved or Config()
    counts = None
    if counts_lines(record_config, _records_name(record_config, fields)):
        counts = bag.reduction(
            partial(_count_partition, record_config, fields), _merged, split_every=8
        )
    return bag.map_partitions(_lint_partition, resolved, fields, errors, counts)


def write_findings(findings: db.Bag, folder: str | Path, format: str = "jsonl") -> list[str]:
    """Write each partition of a bag of finding dicts to `folder` as part-NNNNN.jsonl (or
    .parquet, with pyarrow installed), atomically; the paths written, in partition order."""
    if format not in ("jsonl", "parquet"):
        raise ValueError("format must be 'jsonl' or 'parquet'")
    if format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ConfigError("Parquet output needs pyarrow: pip install pyarrow") from None
    os.makedirs(folder, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, str(folder), index, format)
        for index, part in enumerate(findings.to_delayed())
    ]
    return list(dask.compute(*writes))


def check_on_dask(
    tasks: list[Task], options: CheckOptions, scheduler: str | None, jobs: int | None
) -> Iterator[FileOutcome]:
    """The command's checking on a Dask cluster (the one at `scheduler`, else a local one
    of `jobs` worker processes): outcomes in input order, as from local workers."""
    from newslint.running.workers import check_chunk, chunked, default_jobs

    if not tasks:
        return
    from distributed import Client, LocalCluster

    # Workers have their own working folder: they get absolute paths, and report the names.
    tasks = [Task(os.path.abspath(t.path), t.name, t.config) for t in tasks]
    options = replace(
        options,
        output=options.output and os.path.abspath(options.output),
        report=options.report and os.path.abspath(options.report),
    )
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(
                n_workers=jobs or default_jobs(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        raise NewslintError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", ())))
        chunks = list(chunked(tasks, workers))
        futures = client.map(check_chunk, chunks, options=options, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _files(paths, config: Config | None) -> list[str]:
    from newslint.input.walk import discover

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    expanded = []
    for path in map(str, paths):
        expanded += sorted(glob.glob(path)) if glob.has_magic(path) else [path]
    finder = ConfigFinder()
    if config is not None:
        finder.explicit = config
    files, problems = discover(expanded, finder)
    if problems:
        raise problems[0]
    return [os.path.abspath(f) for f in files]


def _records_name(config: Config, fields) -> str:
    """The name records are linted under: their rules are those of this name."""
    return f"<{fields[0] or config.text_field}>"


def _count_partition(config: Config, fields, items) -> LineCounts | None:
    """The line counts of a partition's records (None: it holds none)."""
    counts = None
    for item in items:
        if isinstance(item, dict) and isinstance(
            text := item.get(fields[0] or config.text_field), str
        ):
            counts = counts or LineCounts(config.recurring_sketch_width)
            counts.add_record(_record_source(item, config, fields), text)
    return counts


def _merged(partials) -> LineCounts | None:
    found = [counts for counts in partials if counts is not None]
    return reduce(LineCounts.merge, found) if found else None


def _record_source(record: dict, config: Config, fields) -> str:
    from newslint.input.dataset import source_of

    record_id = record.get(fields[1] or config.id_field)
    record_id = None if record_id is None else str(record_id)
    return source_of(record, record_id, config.source_field, config.source_separator)


def _lint_partition(
    items, config: Config | None, fields, errors: str, counts: LineCounts | None
) -> list[dict]:
    found = []
    finder = ConfigFinder()  # for the files, when no configuration is given
    record_config = config or Config()
    record_linter = None
    for item in items:
        if isinstance(item, dict):
            if record_linter is None:  # one rule set for all the records of a partition
                record_linter = linter(record_config, _records_name(record_config, fields))
            try:
                found += _lint_record(item, record_config, fields, record_linter, counts)
            except NewslintError:
                if errors == "raise":
                    raise
            continue
        path = str(item)
        task = Task(path, path, config or finder.for_path(path))
        outcome = check(task, CheckOptions(text_field=fields[0], id_field=fields[1]))
        if outcome.errors and errors == "raise":
            raise outcome.errors[0]
        if outcome.result is not None:
            found += [finding.to_dict() for finding in outcome.result.findings]
    return found


def _lint_record(record: dict, config: Config, fields, lint, counts) -> list[dict]:
    from newslint.document.model import Document
    from newslint.input.dataset import declared_language

    text_field = fields[0] or config.text_field
    id_field = fields[1] or config.id_field
    text = record.get(text_field)
    if not isinstance(text, str):
        raise NewslintError(f"a record has no text field {text_field!r}")
    record_id = record.get(id_field)
    record_id = None if record_id is None else str(record_id)
    name = f"<{text_field}>"
    doc = Document(
        text,
        name,
        record_id=record_id,
        language=declared_language(record),
        default_language=config.language,
        source_lines=counts and counts.of_source(_record_source(record, config, fields)),
    )
    result = lint(doc)
    if result.errors:
        raise result.errors[0]
    return [{**finding.to_dict(), "record_id": record_id} for finding in result.findings]


def _write_partition(rows: list[dict], folder: str, index: int, format: str) -> str:
    path = os.path.join(folder, f"part-{index:05d}.{format}")
    with replacing(path) as handle:
        if format == "jsonl":
            handle.write("".join(map(json_line, rows)).encode("utf-8"))
        else:
            _write_parquet(rows, handle)
    return path


def _write_parquet(rows: list[dict], handle) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int64": pa.int64(), "list<string>": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in PARQUET_COLUMNS])
    columns: dict[str, list] = {name: [] for name, _ in PARQUET_COLUMNS}
    for row in rows:
        for name, _ in PARQUET_COLUMNS:
            value = row.get(name)
            columns[name].append(json.dumps(value) if name == "fix" and value else value)
    pq.write_table(pa.table(columns, schema=schema), handle)
