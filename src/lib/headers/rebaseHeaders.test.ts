import { describe, expect, it } from 'vitest';
import { rebaseHeaders } from './rebaseHeaders.ts';

const rules = `# comment about /embed/*
/*
  X-Content-Type-Options: nosniff
/
  X-Frame-Options: SAMEORIGIN
/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`;

describe('rebaseHeaders', () => {
  it('moves every rule under the base path, leaving comments and headers alone', () => {
    expect(rebaseHeaders(rules, '/graphics/karabakh/')).toBe(`# comment about /embed/*
/graphics/karabakh/*
  X-Content-Type-Options: nosniff
/graphics/karabakh/
  X-Frame-Options: SAMEORIGIN
/graphics/karabakh/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`);
  });

  it('leaves a site at the root as it is', () => {
    expect(rebaseHeaders(rules, '/')).toBe(rules);
  });

  it('refuses a rule that is not written from the root', () => {
    expect(() => rebaseHeaders('embed/*\n  A: b\n', '/k/')).toThrow(/"embed\/\*"/);
  });
});
