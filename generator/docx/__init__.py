"""The only layer that knows python-docx and WordprocessingML."""
