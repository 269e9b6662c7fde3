import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from rasa_addons.intent_classifier import class_weights, lay_out_for_prediction


def test_power_one_is_balanced_and_zero_weights_every_example_the_same():
    labels = ["faq"] * 90 + ["greet"] * 10

    balanced = class_weights(labels, 1.0)
    assert balanced["faq"] == pytest.approx(100 / (2 * 90))
    assert balanced["greet"] == pytest.approx(100 / (2 * 10))
    assert class_weights(labels, 0.0) == {"faq": 1.0, "greet": 1.0}


def test_half_power_sits_between():
    labels = ["faq"] * 90 + ["greet"] * 10

    half = class_weights(labels, 0.5)

    assert 1.0 > half["faq"] > class_weights(labels, 1.0)["faq"]
    assert half["greet"] == pytest.approx((100 / 20) ** 0.5)


def test_no_labels_no_weights():
    assert class_weights([], 0.5) == {}


def test_prediction_layout_keeps_predictions_and_avoids_the_copy():
    rng = np.random.default_rng(7)
    features = sparse.random(300, 2000, density=0.01, format="csr", random_state=7)
    labels = rng.integers(0, 6, size=300)
    clf = LogisticRegression(max_iter=200).fit(features, labels)
    before = clf.predict_proba(features[:20])

    lay_out_for_prediction(clf)

    np.testing.assert_allclose(clf.predict_proba(features[:20]), before)
    assert clf.coef_.T.flags.c_contiguous  # what scipy multiplies by, used without a copy
