import pytest

# Show the differing events and messages when the shared helper's asserts fail.
pytest.register_assert_rewrite("tests.actions.helpers")
