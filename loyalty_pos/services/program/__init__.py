"""The loyalty program and catalog a manager edits: products, categories, rules, rewards,
campaigns, drafts, publishing and the what-if simulator."""
