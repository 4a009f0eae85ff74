"""The ingest stages: read (files, directories, JSONL, stdin) → decode → clean."""
