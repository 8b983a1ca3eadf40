import { describe, expect, it } from 'vitest';
import { scriptJson } from './scriptJson.ts';

describe('scriptJson', () => {
  it('cannot close the script element it is written into, and parses back unchanged', () => {
    const value = { title: '</script><script>alert(1)</script>' };
    const text = scriptJson(value);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual(value);
  });
});
