"""Dock panel, chart widget and dialogs. No computation of their own: they run the algorithms."""
