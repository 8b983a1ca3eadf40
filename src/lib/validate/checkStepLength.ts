import {
  countWords,
  MAIN_TEXT_AIM_WORDS,
  MAIN_TEXT_WARN_WORDS,
  splitMore,
} from '../story/splitMore.ts';
import type { LocatedStep } from './checkSteps.ts';
import type { Problem } from './problem.ts';

/** How long the steps' main texts are: the story-wide figure editors aim at. */
export interface MainTextLength {
  /** Steps counted. */
  steps: number;
  /** Average words of main text per step, to one decimal (0 without steps). */
  averageWords: number;
}

/**
 * Warnings, not errors: steps whose main text (the part above `<!-- more -->`) runs past
 * MAIN_TEXT_WARN_WORDS, which covers most of the graphic on a phone while it is read.
 */
export function checkStepLength(steps: readonly Pick<LocatedStep, 'file' | 'body'>[]): Problem[] {
  return steps.flatMap(({ file, body }) => {
    const words = countWords(splitMore(body).main);
    return words > MAIN_TEXT_WARN_WORDS
      ? [
          {
            file,
            path: 'text',
            message: `main text is about ${words} words (expected at most ${MAIN_TEXT_WARN_WORDS}, aim for ${MAIN_TEXT_AIM_WORDS}; move detail below a <!-- more --> line)`,
          },
        ]
      : [];
  });
}

/** The average main-text length over the steps. */
export function mainTextLength(steps: readonly Pick<LocatedStep, 'body'>[]): MainTextLength {
  const total = steps.reduce((sum, { body }) => sum + countWords(splitMore(body).main), 0);
  return {
    steps: steps.length,
    averageWords: steps.length ? Math.round((total / steps.length) * 10) / 10 : 0,
  };
}
