import { describe, expect, it } from 'vitest';
import { documentShapeProblems } from './documentShape.ts';

const page = (head: string, body: string, tail = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>${tail}`;

describe('documentShapeProblems', () => {
  it('passes a page with its styles in the head, also inside a noscript there', () => {
    expect(
      documentShapeProblems(
        page('<style>a{}</style><noscript><style>b{}</style></noscript>', '<p>x</p>'),
      ),
    ).toEqual([]);
  });

  it('reports a script written after </html>', () => {
    const problems = documentShapeProblems(
      page('', '', '<script type="module" src="/a.js"></script>'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/after <\/html>: <script/);
  });

  it('reports a <style> in the body, even inside a noscript', () => {
    expect(documentShapeProblems(page('', '<noscript><style>a{}</style></noscript>'))).toHaveLength(
      1,
    );
  });

  it('ignores a comment or whitespace after </html>', () => {
    expect(documentShapeProblems(page('', '', '\n<!-- built -->\n'))).toEqual([]);
  });
});
