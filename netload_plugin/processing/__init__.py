"""The Processing provider ``netload`` and one algorithm class per file."""
