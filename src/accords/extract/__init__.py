"""The extract stage: an article's text → facts, each with its evidence sentence.

Start at ``pipeline.py``; each kind of fact has its own module (``meetings.py``,
``instruments.py`` …); shared word lists are in ``cues.py``.
"""
