"""Model files: reading, refusing what is not one (with a message that says why), writing
the same bytes twice, and a model's score and strongest features."""

from __future__ import annotations

import gzip
import json
import math

import pytest

from newslint.kinds.model_file import FORMAT, VERSION, LinearModel, load, save

MODEL = {
    "format": FORMAT,
    "version": VERSION,
    "unit": "block",
    "features": "test/1",
    "bias": -1.0,
    "weights": {"word:share": 2.0, "shape:sentence-end": -3.0, "position:after-main": 0.5},
    "threshold": 0.6,
    "card": {"data": "invented"},
}


def write(path, data, compress=False):
    raw = json.dumps(data).encode()
    path.write_bytes(gzip.compress(raw) if compress else raw)
    return path


@pytest.mark.parametrize("name, compress", [("m.json", False), ("m.json.gz", True)])
def test_a_model_file_is_read_plain_or_compressed(tmp_path, name, compress):
    model = load(write(tmp_path / name, MODEL, compress))
    assert (model.unit, model.features, model.bias, model.threshold) == ("block", "test/1", -1, 0.6)
    assert model.weights["word:share"] == 2.0
    assert model.card == {"data": "invented"}


def test_score_is_the_logistic_of_the_weighted_sum():
    model = LinearModel("block", "test/1", -1.0, {"a": 2.0, "b": -3.0}, 0.5)
    assert model.score({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.score({"a": 1.0, "b": 1.0, "unknown": 9.0}) == pytest.approx(
        1 / (1 + math.exp(2.0))
    )
    assert model.score({"b": 100.0}) == 0.0  # far below: no overflow


def test_strongest_names_the_features_that_added_most():
    model = LinearModel("block", "test/1", 0.0, {"a": 2.0, "b": 0.5, "c": -1.0}, 0.5)
    assert model.strongest({"a": 1.0, "b": 1.0, "c": 1.0}) == ["a", "b"]
    assert model.strongest({"a": 0.1, "b": 1.0}, count=1) == ["b"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{not json", "not a model file: m.json: "),
        (b"[1, 2]", "not a model file: m.json has no format 'newslint-model'"),
        (
            json.dumps({**MODEL, "version": 99}).encode(),
            "m.json: model format version 99, this newslint reads 1: train it again",
        ),
        (
            json.dumps({k: v for k, v in MODEL.items() if k != "weights"}).encode(),
            "m.json: a model file needs unit, features, bias, weights and threshold",
        ),
    ],
)
def test_what_is_not_a_model_is_refused_saying_why(tmp_path, content, message):
    path = tmp_path / "m.json"
    path.write_bytes(content)
    with pytest.raises(ValueError) as err:
        load.__wrapped__(path)
    assert str(err.value).startswith(message)


def test_saving_twice_gives_the_same_bytes_and_reads_back(tmp_path):
    model = LinearModel("block", "test/1", -0.1234567, {"b": 1.0, "a": -2.0, "z": 0.0}, 0.9)
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    save(model, first)
    save(model, second)
    assert first.read_bytes() == second.read_bytes()
    again = load.__wrapped__(first)
    assert (again.bias, again.weights, again.threshold) == (-0.123457, {"a": -2.0, "b": 1.0}, 0.9)
