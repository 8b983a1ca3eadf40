/**
 * A short plain-words description of any parsed JSON value, for messages an editor reads:
 * `nothing`, `null`, `the number 3`, `the text "yes"`, `true`, `a list of 2 items`, `an object`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * The start of a problem message about the value found at a path: `is missing` when there is
 * none, else `is <value>`, followed by `, not <what>` when `what` is given
 * (`is the text "abc", not a list of positions`).
 */
export function describeFound(value: unknown, what?: string): string {
  if (value === undefined) return 'is missing';
  return `is ${describeValue(value)}${what ? `, not ${what}` : ''}`;
}
