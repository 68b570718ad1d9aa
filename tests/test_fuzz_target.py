"""The fuzz target (tests/fuzz/document_target.py) without atheris: over the stored corpus
and a few hundred generated inputs, so CI runs its invariants on every change. The longer,
coverage-guided run with atheris is described in tests/fuzz/README.md."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fuzz.document_target import FORMATS, check
from strategies import AWKWARD, HTML, MARKDOWN, TRIGGERS

CORPUS = sorted((Path(__file__).parent / "fuzz" / "corpus").iterdir())
FRAGMENTS = [*AWKWARD, *TRIGGERS, *MARKDOWN, *HTML, " ", ". ", "\n", "word"]


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_corpus(path):
    check(path.read_bytes())


def generated(seed: int) -> bytes:
    """An input of fragments, random bytes and the odd broken UTF-8 sequence."""
    rng = random.Random(seed)
    parts = [bytes([rng.randrange(len(FORMATS))])]
    for _ in range(rng.randrange(60)):
        roll = rng.random()
        if roll < 0.8:
            parts.append(rng.choice(FRAGMENTS).encode("utf-8"))
        elif roll < 0.95:
            parts.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 6))))
        else:
            parts.append(rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe2\x80"]))
    return b"".join(parts)


def test_generated_inputs():
    for seed in range(400):
        data = generated(seed)
        try:
            check(data)
        except Exception as err:  # name the input, so that it can join the corpus
            raise AssertionError(f"seed {seed}: {data!r}") from err
