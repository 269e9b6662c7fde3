import pytest

from assistant.reply_emoji import reply_emoji_intent


@pytest.mark.parametrize(
    "text, intent",
    [("👍", "affirm"), ("👍🏻", "affirm"), ("👌👌", "affirm"), ("✔️", "affirm"), ("🙏🏾!", "thank"), (" 👎 ", "deny")],
)
def test_a_message_of_reply_emoji_means_that_reply(text, intent):
    assert reply_emoji_intent(text) == intent


@pytest.mark.parametrize("text", ["", None, "😂", "🆘", "👍👎", "👍 thanks", "ok 👍", "😀😀"])
def test_anything_else_is_not_read(text):
    assert reply_emoji_intent(text) is None
