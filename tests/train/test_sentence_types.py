"""Training round trip on a small slice of the train split (skips without shared data)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from zitat.pipeline.sentence_features import LABELS
from zitat.pipeline.sentence_types import load_model
from zitat.train.sentence_types import build, fit, train


@pytest.fixture(scope="module")
def small_train(dev_dir):
    source = dev_dir.parent / "train"
    tmp = Path(tempfile.mkdtemp())
    for path in sorted(source.glob("*.json"))[:40]:
        shutil.copy(path, tmp / path.name)
    yield tmp
    shutil.rmtree(tmp)


def test_train_builds_labelled_sentences(small_train):
    x, y = build(small_train)
    assert x.shape[0] == len(y) > 100
    assert set(y.tolist()) >= {LABELS.index("none")}
    assert (y != LABELS.index("none")).sum() > 0


def test_train_fit_learns_the_training_labels(small_train):
    x, y = build(small_train)
    weights = fit(x, y, l2=0.1, max_iter=200)
    predicted = (x @ weights).argmax(axis=1)
    baseline = (y == 0).mean()
    assert (predicted == y).mean() > baseline


def test_train_writes_a_model_that_loads(small_train, tmp_path):
    meta = train(small_train, tmp_path, l2=1.0, threshold=0.4)
    weights, loaded = load_model(str(tmp_path))
    assert loaded == meta
    assert weights.shape == (meta["dim"], len(LABELS))
