"""Protocol forms as data, and the checks of their control relations."""

from observer_app.forms.checks import Violation, candidate_key, check, is_candidate_key
from observer_app.forms.model import (
    ProtocolForm,
    builtin_form_ids,
    form_from_json,
    form_from_stored,
    load_form,
)

__all__ = [
    "ProtocolForm",
    "Violation",
    "builtin_form_ids",
    "candidate_key",
    "check",
    "form_from_json",
    "form_from_stored",
    "is_candidate_key",
    "load_form",
]
