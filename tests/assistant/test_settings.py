from dataclasses import fields
from pathlib import Path

import pytest

from assistant.exceptions import SettingsError
from assistant.settings import Settings, load_settings


def test_defaults_describe_the_demo_clinic_when_nothing_is_configured():
    settings = load_settings(environ={}, env_file=None)

    assert settings == Settings()
    assert settings.emergency_number == "999"
    assert settings.effective_database_url.startswith("sqlite:///")
    assert settings.effective_database_url.endswith("var/clinic.db")


def test_environment_overrides_the_env_file(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("CLINIC_PHONE=020 7946 0000\nEMERGENCY_NUMBER=112\nMINIMUM_AGE=21\n")

    settings = load_settings(environ={"EMERGENCY_NUMBER": "911"}, env_file=env_file)

    assert settings.clinic_phone == "020 7946 0000"
    assert settings.emergency_number == "911"
    assert settings.minimum_age == 21


def test_database_url_is_hidden_when_printed():
    settings = load_settings(environ={"DATABASE_URL": "postgresql://u:hunter2@db/clinic"}, env_file=None)

    assert settings.effective_database_url == "postgresql://u:hunter2@db/clinic"
    assert "hunter2" not in repr(settings) and "chat-secret" not in repr(settings)


@pytest.mark.parametrize(
    "environ, complaint",
    [
        ({"EMERGENCY_NUMBER": "call an ambulance"}, "EMERGENCY_NUMBER"),
        ({"CLINIC_PHONE": "<script>"}, "CLINIC_PHONE"),
        ({"MINIMUM_AGE": "eighteen"}, "MINIMUM_AGE"),
        ({"MINIMUM_AGE": "3"}, "MINIMUM_AGE"),
        ({"CONSOLE_HTTPS": "maybe"}, "CONSOLE_HTTPS"),
        ({"CONSOLE_PORT": "80000"}, "CONSOLE_PORT"),
        ({"CHAT_ALLOWED_ORIGINS": "https://clinic.example, *"}, "CHAT_ALLOWED_ORIGINS"),
        # A cut message must stay longer than the point where the assistant asks for a shorter one.
        ({"CHAT_MAX_MESSAGE_CHARS": "1500"}, "CHAT_MAX_MESSAGE_CHARS"),
        ({"CHAT_MAX_REQUEST_BYTES": "100000000"}, "CHAT_MAX_REQUEST_BYTES"),
    ],
)
def test_invalid_values_are_rejected_with_the_variable_named(environ, complaint):
    with pytest.raises(SettingsError) as error:
        load_settings(environ=environ, env_file=None)

    assert complaint in str(error.value)
    assert ".env.example" in str(error.value)


def test_blank_values_fall_back_to_defaults():
    settings = load_settings(environ={"CLINIC_NAME": "  ", "DATABASE_URL": ""}, env_file=None)

    assert settings.clinic_name == Settings().clinic_name
    assert settings.database_url == ""


def test_switches_origins_and_secrets_are_parsed():
    settings = load_settings(
        environ={
            "CONSOLE_HTTPS": "yes",
            "SMTP_STARTTLS": "false",
            "SMTP_PASSWORD": "hunter2",
            "CHAT_TOKEN_KEY": "chat-secret",
            "CHAT_ALLOWED_ORIGINS": " https://www.clinic.example/ ,https://clinic.example",
        },
        env_file=None,
    )

    assert settings.console_https is True
    assert settings.smtp_starttls is False
    assert "hunter2" not in repr(settings) and "chat-secret" not in repr(settings)
    assert settings.allowed_origins == ("https://www.clinic.example", "https://clinic.example")


def test_every_setting_is_documented_in_env_example():
    documented = {
        line.split("=", 1)[0]
        for line in (Path(__file__).resolve().parents[2] / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }

    assert {f.name.upper() for f in fields(Settings)} == documented
