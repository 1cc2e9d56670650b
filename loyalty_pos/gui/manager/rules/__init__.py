"""Parts of the Earning rules & tiers section: one page per tab."""
