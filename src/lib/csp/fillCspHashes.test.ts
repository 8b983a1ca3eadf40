import { describe, expect, it } from 'vitest';
import { fillCspHashes } from './fillCspHashes.ts';

const HEADERS =
  "/*\n  Content-Security-Policy: script-src 'self' {inline-script-hashes}; style-src 'self' {inline-style-hashes}\n";

describe('fillCspHashes', () => {
  it('puts the hashes in place of the placeholders', () => {
    expect(
      fillCspHashes(HEADERS, { scripts: ["'sha256-a'"], styles: ["'sha256-b'", "'sha256-c'"] }),
    ).toBe(
      "/*\n  Content-Security-Policy: script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b' 'sha256-c'\n",
    );
  });

  it('leaves a clean policy when there is nothing inline', () => {
    expect(fillCspHashes(HEADERS, { scripts: [], styles: [] })).toBe(
      "/*\n  Content-Security-Policy: script-src 'self'; style-src 'self'\n",
    );
  });

  it('leaves comments alone and does not count a placeholder named only in a comment', () => {
    const commented = `# {inline-script-hashes} are filled in by the build\n${HEADERS}`;
    expect(fillCspHashes(commented, { scripts: ["'sha256-a'"], styles: [] })).toMatch(
      /^# \{inline-script-hashes\} are filled/,
    );
    expect(() =>
      fillCspHashes('# {inline-script-hashes} {inline-style-hashes}\n/*\n  X: y\n', {
        scripts: [],
        styles: [],
      }),
    ).toThrow(/no \{inline-script-hashes\}/);
  });

  it('refuses a _headers without a placeholder, naming it', () => {
    expect(() =>
      fillCspHashes("/*\n  Content-Security-Policy: script-src 'self'\n", {
        scripts: [],
        styles: [],
      }),
    ).toThrow(/no \{inline-script-hashes\}/);
  });

  it('refuses a second policy that lacks the placeholders, though the first has them', () => {
    const second = `${HEADERS}/map/*\n  Content-Security-Policy: default-src 'self'\n`;
    expect(() => fillCspHashes(second, { scripts: [], styles: [] })).toThrow(
      /no \{inline-script-hashes\} in the policy "Content-Security-Policy: default-src 'self'/,
    );
  });

  it('refuses a header too long for Cloudflare Pages', () => {
    const many = Array.from({ length: 40 }, (_, i) => `'sha256-${'x'.repeat(43)}${i}'`);
    expect(() => fillCspHashes(HEADERS, { scripts: [], styles: many })).toThrow(/limit is 2000/);
  });
});
