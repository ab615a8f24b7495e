"""The only layer that knows docxtpl, python-docx and WordprocessingML."""
