import { describe, expect, it } from 'vitest';
import { renderSvg } from './renderSvg.ts';
import { textLines } from './textLines.ts';

describe('textLines', () => {
  it('writes one line as a plain text element', () => {
    expect(renderSvg(textLines([{ text: 'Shusha', x: 1.04, y: 2 }], { class: 'label' }))).toBe(
      '<text class="label" x="1" y="2">Shusha</text>',
    );
  });
  it('writes several lines as tspans, each placed', () => {
    expect(
      renderSvg(
        textLines([
          { text: 'a', x: 0, y: 0 },
          { text: 'b', x: 0, y: 16 },
        ]),
      ),
    ).toBe('<text><tspan x="0" y="0">a</tspan><tspan x="0" y="16">b</tspan></text>');
  });
  it('writes an empty text element for no lines', () => {
    expect(renderSvg(textLines([]))).toBe('<text></text>');
  });
});
