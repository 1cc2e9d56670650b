"""Manager-only screens opened from the till (a manager signs in with their PIN)."""
