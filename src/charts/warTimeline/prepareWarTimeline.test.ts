import { describe, expect, it } from 'vitest';
import { actors, claim, event, places, sources } from '../prepare/testFixtures.ts';
import { prepareWarTimeline } from './prepareWarTimeline.ts';

const events = [
  event('war', '2020-09-27', 'war', { endDate: '2020-11-10' }),
  event('talish-claim', '2020-10-03', 'capture-claim', {
    places: ['talish'],
    claims: [
      claim('az-president', 'asserts', '2020-10-03'),
      claim('am-mod', 'denies', '2020-10-04', ['S03']),
    ],
  }),
  event('shusha-claim', '2020-11-08', 'capture-claim', {
    places: ['shusha'],
    dateNote: 'Conceded on 9 Nov.',
    claims: [
      claim('az-president', 'asserts', '2020-11-08'),
      claim('nk-mod', 'asserts', '2020-11-09'),
    ],
  }),
  event('truce', '2020-10-10', 'ceasefire', { claims: [claim('am-mod', 'denies', '2020-10-10')] }),
  event('statement', '2020-11-10', 'agreement'),
  event('clause', '2020-11-10', 'agreement'),
  event('old-claim', '2016-04-02', 'capture-claim', { places: ['talish'] }),
];
const config = { warId: 'war', agreementIds: ['statement'] };

describe('prepareWarTimeline', () => {
  const {
    data: input,
    table,
    sources: cited,
  } = prepareWarTimeline(events, actors, places, sources, config);
  it('bounds the timeline by the war event', () => {
    expect([input.start, input.end]).toEqual(['2020-09-27', '2020-11-10']);
  });
  it('takes capture claims and ceasefires within the war, and only the agreements chosen', () => {
    expect(input.marks.map((m) => m.id)).toEqual([
      'talish-claim',
      'truce',
      'shusha-claim',
      'statement',
    ]);
  });
  it('labels a capture claim with its places and names who announced and who denied it', () => {
    const talish = input.marks[0]!;
    expect(talish.label).toBe('Talish');
    expect(talish.placeIds).toEqual(['talish']);
    expect(talish.claimedBy).toEqual([{ name: 'President Aliyev', party: 'azerbaijani' }]);
    expect(talish.deniedBy).toEqual([{ name: 'Armenian MoD', party: 'armenian' }]);
  });
  it('counts only the first assertion as the announcement (a later concession is not a second claimant)', () => {
    expect(input.marks[2]!.claimedBy.map((s) => s.name)).toEqual(['President Aliyev']);
  });
  it('gives ceasefires no denial ring: their claims are accusations of breaches', () => {
    expect(input.marks[1]!.deniedBy).toEqual([]);
  });
  it('keeps every claim’s words, date and sources in the table', () => {
    const row = table.rows[0]!;
    expect(row.cells[0]).toBe('3 October 2020');
    expect(row.cells[2]).toContain('President Aliyev (3 October 2020)');
    expect(row.cells[3]).toContain('Armenian MoD (4 October 2020)');
    expect(row.sources.map((s) => s.id)).toEqual(['S01', 'S03']);
    expect(cited.map((s) => s.id)).toEqual(['S01', 'S03']);
  });
  it('notes in the table where sources disagree on the date', () => {
    expect(table.rows[2]!.cells[4]).toBe('Conceded on 9 Nov.');
    expect(table.rows[0]!.cells[4]).toBe('');
  });
  it('fails clearly on a war without an end date or an unknown agreement', () => {
    expect(() =>
      prepareWarTimeline([event('war', '2020-09-27', 'war')], actors, places, sources, config),
    ).toThrow(/has no endDate/);
    expect(() =>
      prepareWarTimeline(events, actors, places, sources, { warId: 'war', agreementIds: ['nope'] }),
    ).toThrow(/unknown event "nope"/);
  });
});
