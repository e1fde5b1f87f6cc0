"""The public portal's tables (articles, moderation of what citizens send)."""
