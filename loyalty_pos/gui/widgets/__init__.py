"""Small reusable till widgets (message bar, F-key buttons, search lists, theme)."""
