"""Files in and out: roster spreadsheets (import, export) and the safe writing they share."""
