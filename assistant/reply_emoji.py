"""What a message made only of a common reply emoji means.

People answer a chat with 👍 or 🙏 as they would with "ok" or "thanks". Such a
message has no words, so the input checks would call it unreadable and ask the
patient to type a question; instead it is read as the reply it stands for.
Only a small set whose meaning is settled is read; anything else (a lone 😂,
a 🆘, a row of mixed faces) stays a message without words.
"""

from __future__ import annotations

from typing import Dict

# Each emoji's one everyday meaning as a chat reply, as an intent of the assistant.
_MEANINGS: Dict[str, str] = {
    "👍": "affirm",
    "👌": "affirm",
    "✅": "affirm",
    "✔": "affirm",
    "🆗": "affirm",
    "🙏": "thank",
    "👎": "deny",
    "❌": "deny",
}

# Marks that change how an emoji looks, not what it means: skin tones, the
# emoji-style selector and the joiner.
_MODIFIERS = frozenset(
    {"\ufe0f", "\ufe0e", "\u200d", "\U0001f3fb", "\U0001f3fc", "\U0001f3fd", "\U0001f3fe", "\U0001f3ff"}
)
_IGNORED = frozenset(" \t\r\n!.") | _MODIFIERS


def reply_emoji_intent(text: str | None) -> str | None:
    """The intent a message of reply emoji stands for ("👍👍", "🙏🏽 !"), or None
    when it holds anything else or emoji with different meanings."""
    if not text:
        return None
    meanings = {_MEANINGS.get(char) for char in text if char not in _IGNORED}
    if len(meanings) != 1:
        return None
    (meaning,) = meanings
    return meaning
