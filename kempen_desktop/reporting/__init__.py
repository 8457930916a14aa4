"""Documents we write: PDFs (reportlab) and workbooks (openpyxl). No Qt here."""
