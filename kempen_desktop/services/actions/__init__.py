"""BBC policy actions with their indicators and reports, and events (issue 16)."""
