"""The encodings a roster CSV may be read in, apart from the reader so that the command line
can offer them without importing openpyxl."""

# "auto" detects it. Labels are the same in every language.
ENCODINGS = ("auto", "utf-8", "utf-16", "cp1258")
ENCODING_LABELS = {"auto": "auto", "utf-8": "UTF-8", "utf-16": "UTF-16", "cp1258": "Windows-1258"}
