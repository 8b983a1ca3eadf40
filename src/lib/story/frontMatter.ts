import { parse } from 'yaml';

/** A Markdown file split into its YAML front matter and body. */
export interface FrontMatterFile {
  data?: unknown;
  body: string;
  /** Set when the front matter is missing or is not valid YAML. */
  error?: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---\nyaml\n---\nbody`; reports a missing fence or bad YAML in editor words. */
export function splitFrontMatter(text: string): FrontMatterFile {
  const match = FENCE.exec(text);
  if (!match)
    return {
      body: text,
      error: 'has no front matter (expected the file to start with a --- block of settings)',
    };
  const body = text.slice(match[0].length);
  try {
    return { data: parse(match[1] ?? '') as unknown, body };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      body,
      error: `has invalid front matter: ${message} (expected YAML settings between the --- lines)`,
    };
  }
}
