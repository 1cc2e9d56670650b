"""Parts of the Simulate & publish section."""
