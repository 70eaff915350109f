"""Rendering: checklists (XLSX, CSV, Markdown, DOCX) and drafts of documents."""
