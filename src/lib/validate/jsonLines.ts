/**
 * Line numbers for validator messages: where each value of a JSON file starts, by path
 * (`[2].names.az`, `[0].claims[1].sources[0]`), so `data/places.json:57 › #3 (parukh) › names.az`
 * takes an editor straight to the line. A small reader of already-valid JSON; returns what it found
 * so far on anything else.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /[\s]/.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        const key = string();
        skip();
        i++; // :
        value(`${path}.${key}`);
        skip();
        if (text[i++] !== ',') return;
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        skip();
        if (text[i++] !== ',') return;
      }
    }
    if (c === '"') return void string();
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  try {
    value('');
  } catch {
    // Invalid JSON is reported with its own line by readJsonFile.
  }
  return lines;
}

/**
 * The line of a problem's path in a list file: `#3 (parukh) › names.az` → the line of
 * `[2].names.az`, or of the nearest enclosing value found.
 */
export function lineOfProblemPath(
  lines: ReadonlyMap<string, number>,
  path: string,
): number | undefined {
  const record = /^#(\d+)(?: \([^)]*\))?(?: › (.*))?$/.exec(path);
  if (!record) return undefined;
  const inner = (record[2] ?? '').replace(/^(?!\[)/, '.').replace(/^\.$/, '');
  let key = `[${Number(record[1]) - 1}]${inner}`;
  for (;;) {
    const found = lines.get(key);
    if (found !== undefined) return found;
    const shorter = key.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === key) return undefined;
    key = shorter;
  }
}
