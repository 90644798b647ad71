"""Printed documents (PDF with reportlab, DOCX with python-docx) in the Union's layout. No Qt."""
