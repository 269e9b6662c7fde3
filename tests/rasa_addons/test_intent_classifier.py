import pytest

from rasa_addons.intent_classifier import class_weights


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
