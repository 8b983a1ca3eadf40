import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Describes a received value briefly: `"abc"`, `42`, `null`, `an object`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return String(value);
}

/** Follows a zod issue path into the raw input to find the value the editor wrote. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = input;
  for (const key of path) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/**
 * Rewrites a zod issue as "<what is wrong> (expected …)", in plain words.
 * `received` is the raw value at the issue's path.
 */
export function describeZodIssue(issue: Issue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      // A schema may word its own message, e.g. what a missing field is for.
      if (issue.message.includes('(expected')) return issue.message;
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (received === undefined) return `is missing (expected ${expected})`;
      return `is ${describeValue(received)} (expected ${expected})`;
    }
    case 'invalid_value':
      if (received === undefined)
        return `is missing (expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `is ${describeValue(received)}, which is not allowed (expected one of: ${issue.values
        .map((v) => JSON.stringify(v))
        .join(', ')})`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((k) => `"${k}"`)
        .join(', ')} (expected only the documented fields; check the spelling in data/README.md)`;
    case 'too_small': {
      if (issue.origin === 'array')
        return `has ${Array.isArray(received) ? received.length : 0} item(s) (expected at least ${String(issue.minimum)}${issue.message && !issue.message.startsWith('Too small') ? `: ${issue.message}` : ''})`;
      if (issue.origin === 'string')
        return `is too short: ${describeValue(received)} (expected at least ${String(issue.minimum)} characters)`;
      return `is ${describeValue(received)}, too small (expected at least ${String(issue.minimum)})`;
    }
    case 'too_big': {
      if (issue.origin === 'string')
        return `is too long: ${typeof received === 'string' ? received.length : '?'} characters (expected at most ${String(issue.maximum)})`;
      if (issue.origin === 'array')
        return `has too many items (expected at most ${String(issue.maximum)})`;
      return `is ${describeValue(received)}, too large (expected at most ${String(issue.maximum)})`;
    }
    case 'invalid_format': {
      if (issue.format === 'url')
        return `is ${describeValue(received)}, not a web address (expected a full URL such as https://example.org/page)`;
      if (issue.format === 'regex')
        return `is ${describeValue(received)} (expected ${issue.message})`;
      return `is ${describeValue(received)}, not a valid ${issue.format}`;
    }
    case 'invalid_union': {
      // A record whose shape is chosen by one field (a chart entry's `id`): zod lists the choices.
      const choices = /^Invalid discriminator value\. Expected (.*)$/.exec(issue.message)?.[1];
      if (choices)
        return `is ${describeValue(received)}, which is not allowed (expected one of: ${choices
          .split(' | ')
          .map((c) => `"${c.replace(/^'|'$/g, '')}"`)
          .join(', ')})`;
      return `${issue.message} (got ${describeValue(received)})`;
    }
    case 'custom':
      return issue.message.includes('(expected') ? issue.message : `${issue.message}`;
    default:
      return `${issue.message} (got ${describeValue(received)})`;
  }
}
