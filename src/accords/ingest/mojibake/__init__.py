"""The repair of mojibake that ftfy leaves: UTF-8 text decoded with a single-byte code page,
lost bytes included. ``repair.repair_mojibake`` is the entry point (``ingest.decode``
calls it); README.md in this folder says what each module holds."""
