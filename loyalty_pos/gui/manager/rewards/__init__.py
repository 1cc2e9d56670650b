"""The parts of the back office's reward catalog section (rewards_section.RewardsSection)."""
