import { describe, expect, it } from 'vitest';
import { renderStepText } from './renderStepText.ts';
import { testRefContext as context } from './testing/storyFixtures.ts';

describe('renderStepText', () => {
  it('splits paragraphs and joins wrapped lines', () => {
    expect(renderStepText('One\nline.\n\nTwo.', context())).toBe('<p>One line.</p>\n<p>Two.</p>');
  });

  it('names places from the data, with every convention ready for the switcher', () => {
    const html = renderStepText('In {place:stepanakert}.', context());
    expect(html).toContain('data-place="stepanakert"');
    expect(html).toContain('data-both="Stepanakert / Khankendi"');
    expect(html).toContain('>Stepanakert</span>.');
  });

  it('writes event dates, actor names and figures from the data', () => {
    const html = renderStepText(
      '{actor:ru-mod}, {date:e1}: {figure:troops@2020-11-10} and {figure:troops}.',
      context(),
    );
    expect(html).toBe(
      '<p>Russian MoD, <time datetime="2022-03-24">24–27 March 2022</time>: 1,960 and 202–207.</p>',
    );
  });

  it('numbers source notes in order of first citation, reusing numbers', () => {
    const ctx = context();
    const html = renderStepText('A.{source:S14,S88} B.{source:S88}', ctx);
    expect(html.match(/aria-label="Source (\d)"/g)).toEqual([
      'aria-label="Source 1"',
      'aria-label="Source 2"',
      'aria-label="Source 2"',
    ]);
    expect(ctx.notes.order).toEqual(['S14', 'S88']);
  });

  it('marks the first citation of each source, for the way back from its note', () => {
    const html = renderStepText('A.{source:S14} B.{source:S14,S88}', context());
    expect(html.match(/id="cite-S\d+"/g)).toEqual(['id="cite-S14"', 'id="cite-S88"']);
    expect(html.indexOf('id="cite-S14"')).toBeLessThan(html.indexOf('B.'));
  });

  it('shows the note numbers of one marker in ascending order', () => {
    const ctx = context();
    const html = renderStepText('A.{source:S88} B.{source:S14,S88}', ctx);
    expect(html.match(/aria-label="Source \d"/g)).toEqual([
      'aria-label="Source 1"',
      'aria-label="Source 1"',
      'aria-label="Source 2"',
    ]);
    expect(html).toContain(
      'href="#source-S88" class="note-ref" aria-label="Source 1">1</a>,<a href="#source-S14" id="cite-S14"',
    );
  });

  it('escapes markup typed by an editor, so it renders as text', () => {
    const html = renderStepText('<img src=x onerror=alert(1)> & "quotes"', context());
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
  });

  it('supports strong, emphasis and web links only', () => {
    expect(
      renderStepText('**a** *b* [c](https://example.org/x) [d](javascript:alert(1))', context()),
    ).toBe(
      '<p><strong>a</strong> <em>b</em> <a href="https://example.org/x">c</a> [d](javascript:alert(1))</p>',
    );
  });

  it('reads _emphasis_ as Prettier writes it, and leaves underscores inside words alone', () => {
    expect(renderStepText('an _emphasised_ word, (_this_) and snake_case_name', context())).toBe(
      '<p>an <em>emphasised</em> word, (<em>this</em>) and snake_case_name</p>',
    );
  });

  it('puts the text after a <!-- more --> line in an expandable block, numbering notes on', () => {
    const ctx = context();
    const html = renderStepText(
      'Main.{source:S14}\n\n<!-- more -->\n\nOne.\n\nTwo.{source:S88}',
      ctx,
    );
    expect(html).toMatch(
      /^<p>Main\..*<\/p>\n<details class="step-more"><summary>More detail<\/summary>\n<p>One\.<\/p>\n<p>Two\..*<\/p>\n<\/details>$/s,
    );
    expect(html).not.toContain('&lt;!--');
    expect(ctx.notes.order).toEqual(['S14', 'S88']);
  });

  it('leaves out an empty more block', () => {
    expect(renderStepText('Main.\n<!-- more -->\n', context())).toBe('<p>Main.</p>');
  });
});
