import { describe, expect, it } from 'vitest';
import { expandRefs, expandTextRefs, refWords } from './expandRefs.ts';
import { testRefContext as refContext } from './testing/storyFixtures.ts';

describe('expandTextRefs', () => {
  it('writes the words of places, dates, actors and figures as plain text', () => {
    expect(
      expandTextRefs(
        'On {date:e1} the {actor:ru-mod} put {figure:troops@2020-11-10} troops near {place:stepanakert}.',
        refContext(),
      ),
    ).toBe('On 24–27 March 2022 the Russian MoD put 1,960 troops near Stepanakert.');
  });

  it('writes a figure’s latest value, and a range as a range', () => {
    expect(expandTextRefs('{figure:troops} dead', refContext())).toBe('202–207 dead');
  });

  it('leaves text without references as it is, markup-like characters included', () => {
    const text = 'A & B said "<no>" {not a ref}.';
    expect(expandTextRefs(text, refContext())).toBe(text);
  });

  it('shows an unknown id plainly instead of dropping it', () => {
    expect(expandTextRefs('{place:nowhere} {date:e9} {figure:troops@1999}', refContext())).toBe(
      '[unknown place "nowhere"] [unknown event "e9"] [unknown figure "troops@1999"]',
    );
  });

  it('leaves a source reference as typed (plain text cites no sources)', () => {
    expect(expandTextRefs('Said so.{source:S01}', refContext())).toBe('Said so.{source:S01}');
  });
});

describe('refWords', () => {
  it('is the same words the story’s HTML shows', () => {
    const ctx = refContext();
    expect(refWords('date', 'e1', ctx)).toBe('24–27 March 2022');
    expect(expandRefs('{date:e1}', ctx)).toBe(
      '<time datetime="2022-03-24">24–27 March 2022</time>',
    );
    expect(refWords('figure', 'troops@2022-09', ctx)).toBe('202–207');
    expect(expandRefs('{figure:troops@2022-09}', ctx)).toBe('202–207');
  });
});
