"""Look of the entry screens: large figures, unmistakable errors, calm everywhere else.

Made for tired people typing numbers at night: figure fields are big and
right-aligned, the field in focus is obvious, errors are red and warnings
amber (with a word, never colour alone).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ERROR = "#c62828"
ERROR_BG = "#fdecea"
WARNING = "#b86e00"
WARNING_BG = "#fff4de"
OK = "#2e7d32"
OK_BG = "#e8f5e9"
INFO = "#1565c0"
INFO_BG = "#e8f1fc"
MUTED = "#5f6b7a"

SHEET = f"""
QLineEdit[figure="true"] {{
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    font-size: 17pt;
    padding: 3px 8px;
    min-height: 32px;
    border: 1px solid #9aa5b1;
    border-radius: 4px;
    background: #ffffff;
    color: #111111;
}}
QLineEdit[figure="true"]:focus {{ border: 2px solid {INFO}; background: #f3f8ff; }}
QLineEdit[figure="true"][severity="warning"] {{
    border: 2px solid {WARNING};
    background: {WARNING_BG};
}}
QLineEdit[figure="true"][severity="error"] {{ border: 2px solid {ERROR}; background: {ERROR_BG}; }}
QLineEdit[figure="true"][severity="error"]:focus {{ border: 3px solid {ERROR}; }}
QLineEdit[figure="true"][severity="warning"]:focus {{ border: 3px solid {WARNING}; }}
QLabel[role="lineno"] {{ color: {MUTED}; font-weight: bold; font-size: 11pt; }}
QLabel[role="linelabel"] {{ font-size: 11pt; }}
QLabel[role="nomination"] {{ color: {MUTED}; font-size: 9pt; }}
QLabel[role="section"] {{
    font-size: 11pt; font-weight: bold; color: #243447;
    border-bottom: 1px solid #c9d1da; padding-top: 10px; padding-bottom: 2px;
}}
QLabel[role="title"] {{ font-size: 15pt; font-weight: bold; color: #17212b; }}
QLabel[role="subtitle"] {{ font-size: 10pt; color: {MUTED}; }}
QLabel[role="badge"] {{
    font-size: 10pt; font-weight: bold; border-radius: 4px; padding: 3px 8px;
    color: #ffffff; background: #37474f;
}}
QLabel[role="badge"][kind="differing"] {{ background: {ERROR}; }}
QLabel[role="badge"][kind="resolved"] {{ background: {OK}; }}
QLabel[role="badge"][kind="matching"] {{ background: {OK}; }}
QLineEdit[needed="yes"] {{ border: 2px solid {WARNING}; background: {WARNING_BG}; padding: 3px; }}
QLabel[role="badge"][kind="blind"] {{ background: #6a1b9a; }}
QLabel[role="badge"][kind="observer"] {{ background: #1565c0; }}
QLabel[role="status"] {{ color: {MUTED}; font-size: 10pt; }}
QLabel[role="banner"] {{ font-size: 11pt; border-radius: 4px; padding: 8px 10px; }}
QLabel[role="banner"][kind="error"] {{
    background: {ERROR_BG};
    color: #7f1010;
    border: 1px solid {ERROR};
}}
QLabel[role="banner"][kind="warning"] {{
    background: {WARNING_BG};
    color: #5c3800;
    border: 1px solid {WARNING};
}}
QLabel[role="banner"][kind="ok"] {{ background: {OK_BG}; color: #1b4d20; border: 1px solid {OK}; }}
QLabel[role="banner"][kind="info"] {{
    background: {INFO_BG};
    color: #0d3a6e;
    border: 1px solid {INFO};
}}
QFrame[role="card"] {{ border-radius: 4px; background: #ffffff; border: 1px solid #d5dbe1; }}
QFrame[role="card"][kind="error"] {{
    border: 1px solid {ERROR};
    border-left: 6px solid {ERROR};
    background: {ERROR_BG};
}}
QFrame[role="card"][kind="warning"] {{
    border: 1px solid {WARNING};
    border-left: 6px solid {WARNING};
    background: {WARNING_BG};
}}
QFrame[role="card"][kind="ok"] {{
    border: 1px solid {OK};
    border-left: 6px solid {OK};
    background: {OK_BG};
}}
QLabel[role="cardtitle"] {{ font-weight: bold; font-size: 10pt; }}
QLabel[role="cardtitle"][kind="error"] {{ color: #8e1212; }}
QLabel[role="cardtitle"][kind="warning"] {{ color: #6b4100; }}
QLabel[role="cardtitle"][kind="ok"] {{ color: #1b4d20; }}
QLabel[role="explain"] {{
    font-family: "DejaVu Sans Mono", monospace;
    font-size: 10pt;
    color: #17212b;
}}
QLabel[role="cardtext"] {{ font-size: 10pt; color: #2b3844; }}
QPushButton[role="primary"] {{
    font-size: 11pt; font-weight: bold; padding: 6px 16px;
    background: {INFO}; color: #ffffff; border: 1px solid #0d4a91; border-radius: 4px;
}}
QPushButton[role="primary"]:focus {{ border: 2px solid #0a2f5c; background: #0f5bb5; }}
QPushButton[role="primary"]:disabled {{ background: #90a4ae; border-color: #78909c; }}
QPushButton[role="choice"] {{
    font-family: "DejaVu Sans Mono", monospace; font-size: 15pt; padding: 4px 12px;
    min-width: 90px; border: 1px solid #9aa5b1; border-radius: 4px; background: #ffffff;
}}
QPushButton[role="choice"]:checked {{
    background: {OK_BG};
    border: 3px solid {OK};
    font-weight: bold;
}}
QPushButton[role="choice"]:focus {{ border: 2px solid {INFO}; }}
QPushButton[role="choice"]:checked:focus {{ border: 3px solid {INFO}; }}
"""


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_prop(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)
