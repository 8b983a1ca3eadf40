import { parse, YAMLError } from 'yaml';

/** A Markdown file split into its YAML front matter and body. */
export interface FrontMatterFile {
  data?: unknown;
  body: string;
  /** Set when the front matter is missing or is not valid YAML. */
  error?: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The YAML parser's error codes in words an editor can act on. */
const YAML_WORDS: Record<string, string> = {
  BAD_INDENT:
    'a list or setting is not indented enough or is not closed (expected a list in [ ] to close on the line where it ends, and continued lines indented under their setting)',
  DUPLICATE_KEY: 'a setting appears twice (expected each setting, e.g. places:, once)',
  BLOCK_AS_IMPLICIT_KEY:
    'a line is indented under a setting that already has a value (expected each setting on its own line at the same indent, or a space after each colon)',
  MULTILINE_IMPLICIT_KEY: 'a setting name runs over two lines (expected "name: value" on one line)',
  MISSING_CHAR:
    'a quote or bracket is not closed (expected every " and [ to be closed on the same setting)',
  UNEXPECTED_TOKEN:
    'there is a stray character, often an extra ] or } (expected brackets in pairs)',
  TAB_AS_INDENT: 'a line is indented with a tab (expected spaces)',
  BAD_SCALAR_START:
    'a value starts with a character YAML reserves, such as @ or ` (expected the value in "quotes")',
  BAD_DQ_ESCAPE:
    'a "quoted" value has a backslash YAML cannot read (expected \\\\ for a backslash)',
};

/** Describes a YAML error in plain words, with its line counted in the whole file. */
function describeYamlError(error: unknown): string {
  if (!(error instanceof YAMLError))
    return `has invalid front matter: ${String(error)} (expected YAML settings between the --- lines)`;
  // The settings start on the file's second line, after the opening ---.
  const line = error.linePos?.[0].line;
  const where = line ? ` on line ${line + 1}` : '';
  const words =
    YAML_WORDS[error.code] ??
    `${error.message.split(' at line')[0]} (expected YAML settings between the --- lines, written like the other step files)`;
  return `has invalid front matter${where}: ${words}`;
}

/** Splits `---\nyaml\n---\nbody`; reports a missing fence or bad YAML in editor words. */
export function splitFrontMatter(text: string): FrontMatterFile {
  const match = FENCE.exec(text);
  if (!match) {
    if (/^---\r?\n/.test(text))
      return {
        body: text,
        error:
          'opens its settings with --- on line 1 but never closes them (expected a line with only --- after the settings, before the text)',
      };
    return {
      body: text,
      error: 'has no front matter (expected the file to start with a --- block of settings)',
    };
  }
  const body = text.slice(match[0].length);
  try {
    return { data: parse(match[1] ?? '') as unknown, body };
  } catch (error) {
    return { body, error: describeYamlError(error) };
  }
}
