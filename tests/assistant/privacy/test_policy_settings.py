"""Retention comes from the settings, with safe defaults and readable errors."""

from datetime import timedelta

import pytest

from assistant.exceptions import SettingsError
from assistant.privacy.retention import RetentionPolicy
from assistant.settings import load_settings
from assistant.website.app import snippet


def test_the_defaults_redact_after_a_month_and_delete_after_six_months():
    policy = RetentionPolicy.from_settings(load_settings({}, env_file=None))

    assert policy == RetentionPolicy(timedelta(days=30), timedelta(days=180), timedelta(days=2920), "GB")


def test_retention_is_read_from_the_environment():
    settings = load_settings(
        {
            "REDACT_AFTER_DAYS": "7",
            "DELETE_AFTER_DAYS": "90",
            "CARE_RECORD_RETENTION_DAYS": "3650",
            "JURISDICTION": "IE",
        },
        env_file=None,
    )

    assert RetentionPolicy.from_settings(settings) == RetentionPolicy(
        timedelta(days=7), timedelta(days=90), timedelta(days=3650), "IE"
    )


@pytest.mark.parametrize(
    "environ, problem",
    [
        ({"REDACT_AFTER_DAYS": "200", "DELETE_AFTER_DAYS": "100"}, "should not be more than DELETE_AFTER_DAYS=100"),
        ({"DELETE_AFTER_DAYS": "0"}, "DELETE_AFTER_DAYS=0 should be between 1 and 36500 days"),
    ],
)
def test_impossible_retention_settings_are_refused_with_the_fix(environ, problem):
    with pytest.raises(SettingsError) as error:
        load_settings(environ, env_file=None)

    assert problem in str(error.value)


def test_the_chat_snippet_gives_the_widget_the_retention_figures_for_its_privacy_notice():
    settings = load_settings({"REDACT_AFTER_DAYS": "14", "DELETE_AFTER_DAYS": "60"}, env_file=None)

    tag = snippet(settings, "/static/chat/widget.js")

    assert 'data-redact-after-days="14"' in tag and 'data-delete-after-days="60"' in tag
