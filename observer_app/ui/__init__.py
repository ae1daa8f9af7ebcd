"""The PySide6 desktop GUI; the only part of the package that imports Qt.

``app.run_gui`` starts it (``observer-app`` without a command). The GUI calls
the Qt-free core and never the reverse. Shared mechanisms for every window:
``workers`` (long work off the GUI thread with progress and Cancel),
``errors`` (a plain message for the user's mistakes, a details dialog for
bugs) and ``i18n`` (English, Russian and Kazakh catalogues).
"""
