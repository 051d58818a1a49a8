"""Koho's site build benchmark: one generated corpus, built by Koho and by Hugo, side by side."""
