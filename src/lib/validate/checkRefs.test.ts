import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import type { RawDataset } from './rawDataset.ts';
import { validateDataset } from './validateDataset.ts';

// `any`: each test reaches into the fixture's JSON to change one text.
function errorsAfter(change: (d: any) => void): string[] {
  const data: RawDataset = goodDataset();
  change(data);
  return validateDataset(data).problems.map(formatProblem);
}
const chapter = (d: any) => d.chapters.json[0];
const chart = (d: any) => d.charts.json[2];
const event = (d: any) => d.events[0].json[0];
/** The fixture's one figure series, with a value dated 2020-11-18. */
const SERIES = (goodDataset().figures.json as { id: string }[])[0]!.id;

describe('references in chapter summaries, chart takeaways and event summaries', () => {
  it('accepts known places, events, actors and figures in all three', () => {
    expect(
      errorsAfter((d) => {
        const id = d.figures.json[0].id;
        chapter(d).summary =
          `{figure:${id}} posts near {place:parukh} by {date:2022-03-27-furukh-withdrawal-claim}.`;
        chart(d).takeaway =
          `The {actor:ru-mod} reported {figure:${SERIES}@2020-11-18} posts in November.`;
        event(d).summary = `The {actor:ru-mod} spoke of {place:parukh} and {place:karaglukh}.`;
      }),
    ).toEqual([]);
  });

  it('names the file, record and field of an unknown id', () => {
    const errors = errorsAfter((d) => {
      chapter(d).summary = 'Near {place:atlantis}.';
      chart(d).takeaway = 'The {actor:nobody} reported {figure:no-such-series} posts in all.';
      event(d).summary = 'After {date:2099-01-01-never}.';
    });
    expect(errors).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › summary: {date:2099-01-01-never} refers to unknown event (expected an id from data/events/)',
      'data/story/chapters.json › #1 (a-week-on-the-line) › summary: {place:atlantis} refers to unknown place (expected an id from data/places.json)',
      'data/story/charts.json › #3 (contingent) › takeaway: {actor:nobody} refers to unknown actor (expected an id from data/actors.json)',
      'data/story/charts.json › #3 (contingent) › takeaway: {figure:no-such-series} refers to unknown figure series (expected an id from data/figures.json)',
    ]);
  });

  it('reports a figure date the series has no value for, and a malformed reference', () => {
    const errors = errorsAfter((d) => {
      event(d).summary = `{figure:${SERIES}@1999-01-01} posts, {plase:parukh}.`;
    });
    expect(errors).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › summary: has a malformed reference {plase:parukh} (expected {place:id}, {date:event-id}, {actor:id} or {figure:id})',
      `data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › summary: {figure:${SERIES}@1999-01-01}: series "${SERIES}" has no value dated 1999-01-01 (expected one of: 2020-11-18)`,
    ]);
  });

  it('reports a source reference, which a summary has no note for', () => {
    const errors = errorsAfter((d) => (chapter(d).summary = 'Two incidents.{source:S26}'));
    expect(errors).toEqual([
      "data/story/chapters.json › #1 (a-week-on-the-line) › summary: {source:S26} cites sources where no note can show them (expected the sources in the record's sources list; {source:…} works in step text)",
    ]);
  });

  it('measures a text holding references as read, references expanded', () => {
    // 395 characters as typed plus a reference: over 400 as typed, 399 as read ("23").
    const summary = `${'x'.repeat(395)} {figure:${SERIES}}.`;
    expect(summary.length).toBeGreaterThan(400);
    expect(errorsAfter((d) => (event(d).summary = summary))).toEqual([]);
    const longer = `${'x'.repeat(398)} {figure:${SERIES}}.`;
    expect(errorsAfter((d) => (event(d).summary = longer))).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › summary: is too long: 402 characters as read, references expanded (expected at most 400)',
    ]);
  });

  it('still measures a text without references as typed', () => {
    expect(errorsAfter((d) => (chapter(d).summary = 'x'.repeat(241)))).toEqual([
      'data/story/chapters.json › #1 (a-week-on-the-line) › summary: is too long: 241 characters (expected at most 240)',
    ]);
  });
});
