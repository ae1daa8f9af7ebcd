"""Observer App: a desktop tool for citizen election observers.

The package is split like Anki's ``pylib``/``aqt``: everything outside
``observer_app.ui`` is a Qt-free core (domain, forms and checks, storage,
import/export, reconciliation, merge) that the command line and the GUI both
drive. Nothing in the core imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "Observer App"
APP_ID = "observer-app"
