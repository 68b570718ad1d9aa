"""Checking inputs in worker processes, outcomes handed back in input order.

Each worker loads rules once (they are cached per process) and checks a chunk of inputs at a
time; a file is checked, and with --fix written, by exactly one worker. The first input is
checked here before the workers start: with the fork start method (Linux, when this process
runs no other thread) they inherit its loaded rules and dictionaries instead of building
them again. Elsewhere workers are spawned; the worker code is the same.

Datasets are one input each: their records are read in order by one worker (several
datasets run side by side).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections import deque
from contextlib import contextmanager
from typing import Iterator

from newslint.errors import NewslintError
from newslint.running.check import CheckOptions, FileOutcome, Task, check, stamp

# Below this many inputs per worker, starting workers costs more than it saves.
MIN_INPUTS_PER_WORKER = 4
# A chunk is sent to a worker in one message and its outcomes come back in one. Each chunk
# costs the main process a hand-off (BBC, 2 workers: 0.13 s of its time with chunks of 8
# files, 0.07 s with 32), taken from the workers on a machine whose cores they fill; so
# chunks are large while much is left and shrink towards the end ("guided" scheduling),
# where the workers must finish together.
MAX_CHUNK = 32  # files
# Also bounds how long Ctrl-C waits for the files in hand: about 0.1 s of checking.
MAX_CHUNK_BYTES = 128 * 1024
GUIDED_SHARE = 4  # a chunk is at most 1/(GUIDED_SHARE * workers) of what is left
CHUNKS_IN_FLIGHT_PER_WORKER = 4  # bounds memory whatever the number of inputs
# In a run of more inputs than this, what the first input loaded (rules, word tables,
# compiled patterns) is frozen (`gc.freeze`): it stays for the whole run, and the collector
# stops walking it at each full collection (BBC: 0.14 s of collection, 0.03 s frozen), nor
# do forked workers copy the pages it would touch. A short run leaves the collector alone.
FREEZE_AFTER_FIRST = 100


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def workers_for(jobs: int, inputs: int) -> int:
    """How many worker processes `inputs` inputs are worth (0: check them here)."""
    workers = min(jobs, inputs // MIN_INPUTS_PER_WORKER)
    return workers if workers >= 2 else 0


def check_all(tasks: list[Task], options: CheckOptions, jobs: int) -> Iterator[FileOutcome]:
    """The outcome of every task, in order."""
    if not tasks:
        return
    yield check(tasks[0], options)
    if len(tasks) > FREEZE_AFTER_FIRST:
        gc.freeze()
    workers = workers_for(jobs, len(tasks))
    if not workers:
        for task in tasks[1:]:
            yield check(task, options)
        return
    yield from _in_workers(tasks[1:], options, workers)


def chunked(tasks: list[Task], workers: int) -> Iterator[list[Task]]:
    """Chunks small enough to share the work evenly, large enough to cost little to send;
    made as they are sent, so that a run of a million files starts at once."""
    chunk: list[Task] = []
    size = files = 0
    for left, task in zip(range(len(tasks), 0, -1), tasks):
        task_size = _size(task.path)
        if chunk and (len(chunk) == files or size + task_size > MAX_CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        if not chunk:  # at most a share of what is left, from this task on
            files = max(1, min(MAX_CHUNK, left // (GUIDED_SHARE * workers)))
        chunk.append(task)
        size += task_size
    if chunk:
        yield chunk


def _size(path: str) -> int:
    found = stamp(path)
    return 0 if found is None else found[0]  # unreadable: its worker reports why


def check_chunk(tasks: list[Task], options: CheckOptions) -> list[FileOutcome]:
    return [check(task, options) for task in tasks]


def _in_workers(tasks: list[Task], options: CheckOptions, workers: int) -> Iterator[FileOutcome]:
    # Imported here: a check of a few files (a pre-commit hook's) starts no pool.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = chunked(tasks, workers)
    pool = None
    pending: deque = deque()
    try:
        # The first submission starts the workers and the pool's thread: an interrupt in the
        # middle would leave a pool that cannot be shut down, so it waits until they run.
        with _signals_held():
            pool = ProcessPoolExecutor(
                workers, mp_context=_start_method(), initializer=_ignore_interrupts
            )
            pending.append(pool.submit(check_chunk, next(chunks), options))
        for chunk in chunks:
            pending.append(pool.submit(check_chunk, chunk, options))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise NewslintError(
            "a worker process ended unexpectedly (out of memory?); try --jobs 1"
        ) from None
    finally:
        # On Ctrl-C or an error: nothing more starts; a worker finishes the file it is on, so
        # a fix is never left half-written.
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_method():
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held():
    """SIGINT and SIGTERM wait (are delivered on leaving) where the platform can hold them."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_SIGNALS)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the main process alone handles
    # it (stops handing out work), so workers print no traceback. Workers start while the
    # main process holds these signals, and inherit that: SIGTERM must reach them again.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_SIGNALS)
