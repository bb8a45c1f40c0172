import type { LearnedChoice } from '../model/learnedChoice';
import type { ConformanceReport } from '../model/report';

/**
 * The server's choices where the contract leaves one open, a line each:
 * `Server's choice: CreateUser username taken → 409 (uniqueness, step 2)`.
 */
export function choiceLines(report: ConformanceReport): string[] {
  return (report.choices ?? []).map((choice) => `Server's choice: ${choiceText(choice)}`);
}

/** One choice in words: the rule, what the server does, and where it showed it. */
export function choiceText(choice: LearnedChoice): string {
  return `${choice.rule} → ${choice.status} (${choice.shownBy})`;
}
