"""rasa_sdk discovers the plugin that runs the handoff reconciler in the
action server, and the plugin attaches start and stop listeners (nothing
runs at import)."""

from rasa_sdk.plugin import plugin_manager

import rasa_sdk_plugins
import rasa_sdk_plugins.security


def test_rasa_sdk_discovers_the_plugin_and_its_lock_down():
    implementations = plugin_manager().hook.attach_sanic_app_extensions.get_hookimpls()
    plugins = [impl.plugin for impl in implementations]
    assert rasa_sdk_plugins in plugins and rasa_sdk_plugins.security in plugins


class App:
    """Records what the plugin registers, as a Sanic app would receive it."""

    def __init__(self):
        self.listeners = []

    def register_listener(self, listener, event):
        self.listeners.append((event, listener.__name__))


def test_the_plugin_starts_the_reconciler_with_the_server_and_stops_it_with_the_server():
    app = App()

    rasa_sdk_plugins.attach_sanic_app_extensions(app)

    assert app.listeners == [("after_server_start", "start"), ("before_server_stop", "stop")]
