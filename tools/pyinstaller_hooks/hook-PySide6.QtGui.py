"""PyInstaller hook for PySide6.QtGui (build.spec uses this folder): PyInstaller's own hook, with fewer plugins.

Chosen here, before PyInstaller follows each plugin's shared libraries, so that a plugin left out brings
nothing along either (the GTK 3 platform theme alone would add GTK, cairo and pango).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Qt plugins kept, by folder (None: every plugin in it): the X11 and Wayland platforms, and offscreen for
# `--smoke` on CI; the desktop portal (file dialogs, dark mode) and input methods; the image formats of
# WhatsApp media and of icon themes (PNG and BMP are built into QtGui). Every other folder is left out:
# EGLFS/KMS and evdev, TLS, network information, printing, SQL drivers, QML tooling, vector images.
PLUGINS = {
    "platforms": {
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "qwindows.dll",
        "qoffscreen.dll",
        "libqcocoa.dylib",
        "libqoffscreen.dylib",
    },
    "platformthemes": {"libqxdgdesktopportal.so"},
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so"},
    "imageformats": {
        f"{prefix}q{fmt}.{ext}"
        for fmt in ("jpeg", "gif", "webp", "svg", "ico")
        for prefix, ext in (("lib", "so"), ("", "dll"), ("lib", "dylib"))
    },
    "iconengines": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-graphics-integration-client": {"libqt-plugin-wayland-egl.so"},
}


def _wanted(source: str, dest: str) -> bool:
    parts = Path(dest).parts
    if "plugins" not in parts:
        return True
    folder = parts[parts.index("plugins") + 1]
    if folder not in PLUGINS:
        return False
    kept = PLUGINS[folder]
    return kept is None or Path(source).name in kept


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _wanted(source, dest)]
