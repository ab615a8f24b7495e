"""Warnings for the verksamhetsberättelse: outcome and budget that do not match line for line, and
follow-ups and activities whose goal is not in the sheet Mål."""

from __future__ import annotations

from generator.compute.outcome import compute_outcome, goal_key, outcome_year
from generator.model import PlanInputs
from generator.problems import Problems


def check_outcome(inputs: PlanInputs) -> Problems:
    problems = Problems()
    year = outcome_year(inputs.budget_lines)
    if year is None:
        return problems
    outcome = compute_outcome(inputs.budget_lines, year)
    for line in outcome.without_budget:
        problems.warning(line.sources["Utfall"], f"posten {line.item} ({line.part.lower()} {year}) har utfall men "
                         "ingen budget; den redovisas med budget 0")
    for line in outcome.without_outcome:
        problems.warning(line.place, f"posten {line.item} ({line.part.lower()} {year}) har budget men inget utfall "
                         f"för {year}; den redovisas med utfall 0")
    goals = {goal_key(g.text) for g in inputs.goals}
    followed = set()
    for follow_up in inputs.follow_ups:
        followed.add(goal_key(follow_up.goal))
        if goal_key(follow_up.goal) not in goals:
            problems.warning(follow_up.place, f"målet ”{follow_up.goal}” i Uppföljning finns inte i bladet Mål")
    if inputs.follow_ups:
        for goal in inputs.goals:
            if goal_key(goal.text) not in followed:
                problems.warning(goal.place, f"målet ”{goal.text}” har ingen rad i bladet Uppföljning")
    for activity in inputs.activities:
        if activity.goal and goal_key(activity.goal) not in goals:
            problems.warning(activity.sources["Mål"], f"aktiviteten {activity.name} hör till målet ”{activity.goal}”, "
                             "som inte finns i bladet Mål")
    return problems
