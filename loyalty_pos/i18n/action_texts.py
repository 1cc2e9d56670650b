"""The English of what member actions, birthdays, referrals and win-backs put on paper and
in refusals (issue #22). ``catalogue.MESSAGES`` takes them in; the other languages live in
the catalogue .ts files. The award labels match ``services.sale.visit_awards.AWARD_LABELS``
and each refusal its class's template, word for word."""

from __future__ import annotations

ACTION_TEXTS: dict[str, str] = {
    "points.birthday": "Happy birthday: {campaign}",
    "points.win_back": "Welcome back: {campaign}",
    "points.referral": "Referred by a friend: {campaign}",
    "points.referrer": "A friend you referred: {campaign}",
    "receipt.invite_friend": "Invite a friend: code {code}",
    "receipt.win_back_reward": "Welcome back: {reward}",  # a welcome back's reward, free on this sale
    # A Ctrl+E action's slip: the action and its points, then how much of its limit is used.
    "receipt.member_action": "{name}: +{points}",
    "receipt.action_used": "{count} of {limit} used",
    "receipt.action_used_day": "{count} of {limit} used today",
    "receipt.action_used_week": "{count} of {limit} used this week",
    "receipt.action_used_month": "{count} of {limit} used this month",
    "receipt.action_used_year": "{count} of {limit} used this year",
    "error.action_limit_reached": "{member} already had {campaign} {limit} time(s): that is the most it gives one "
                                  "member.",
    "error.action_day_limit_reached": "{member} already had {campaign} {limit} time(s) today: it gives points again "
                                      "tomorrow.",
    "error.action_week_limit_reached": "{member} already had {campaign} {limit} time(s) this week: it gives points "
                                       "again next week.",
    "error.action_month_limit_reached": "{member} already had {campaign} {limit} time(s) this month: it gives "
                                        "points again next month.",
    "error.action_year_limit_reached": "{member} already had {campaign} {limit} time(s) this year: it gives points "
                                       "again next year.",
    "error.action_not_offered": "{campaign} is not running for this member now, so it gives no points.",
    "error.referral_code_unknown": "No member has the referral code {referral}. Check it with the member, or leave the "
                                   "field empty.",
    "error.referral_to_self": "A member cannot use their own referral code.",
    "error.bad_campaign.limits": "Campaign {name!r} needs {problem}",
    "field.campaign_limit": "A member may earn it 1 to {most} times per period, or leave the limit off.",
    "field.campaign_lapsed_days": "Say after how many days without a visit a member is welcomed back (1 or more).",
}
