"""The export stage: stored extractions as evaluation records, JSON Lines and CSV.

Writers take any iterable of ``Extraction`` (``Store.iter_extractions()`` or the
extract stage's output) and a text file handle, so they stream and never need a
database of their own.
"""
