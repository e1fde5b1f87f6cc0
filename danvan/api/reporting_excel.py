"""Routes registered on `danvan.api.api.api`."""
