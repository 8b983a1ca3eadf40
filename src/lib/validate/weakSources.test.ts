import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

// `any`: each test reaches into the fixture's JSON to change one field; typing every path is noise.
function resultAfter(change: (d: any) => void) {
  const data = goodDataset();
  change(data);
  const { problems, warnings } = validateDataset(data);
  return { problems: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}

const event = (d: any) => d.events[0].json[0];
const wikiCopy = {
  id: 'S168',
  kind: 'mirror-repost',
  publisher: 'Wikipedia',
  title: 'Nagorno-Karabakh Autonomous Oblast',
  date: null,
  url: 'http://worldlibrary.org/articles/eng/Nagorno-Karabakh_Autonomous_Oblast',
  retrievedVia: 'World Library (worldlibrary.org), Wikipedia copy',
};
const encyclopedia = {
  ...wikiCopy,
  id: 'S167',
  kind: 'reference-work',
  url: 'https://en.wikipedia.org/wiki/X',
};

describe('source kinds', () => {
  it('refuses an unknown kind, naming the file, the source id and the kinds allowed', () => {
    const { problems } = resultAfter((d) => (d.sources.json[0].kind = 'blog'));
    expect(problems).toEqual([
      'data/sources.json › #1 (S26) › kind: is "blog", which is not allowed (expected one of: "official-statement", "ngo-court-international", "news-agency", "newspaper", "broadcaster", "research", "reference-work", "mirror-repost")',
    ]);
  });

  it('refuses a source without a kind', () => {
    const { problems } = resultAfter((d) => delete d.sources.json[0].kind);
    expect(problems).toEqual([
      'data/sources.json › #1 (S26) › kind: is missing (expected one of: "official-statement", "ngo-court-international", "news-agency", "newspaper", "broadcaster", "research", "reference-work", "mirror-repost")',
    ]);
  });
});

describe('warnings about weak sourcing', () => {
  it('gives none when every record cites a news agency', () => {
    expect(resultAfter(() => {}).warnings).toEqual([]);
  });

  it('warns about an event and a claim that rest only on a mirror and a reference work', () => {
    const { problems, warnings } = resultAfter((d) => {
      d.sources.json.push(wikiCopy, encyclopedia);
      event(d).sources = ['S168', 'S167'];
      event(d).claims[0].sources = ['S168'];
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › claims[0].sources: rests only on S168 (mirror-repost) (expected at least one source that is not a reference work or a mirror/repost: cite the original publisher, with the copy read as retrievedVia)',
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › sources: rests only on S168 (mirror-repost), S167 (reference-work) (expected at least one source that is not a reference work or a mirror/repost: cite the original publisher, with the copy read as retrievedVia)',
    ]);
  });

  it('gives none when a mirror is backed by one original source', () => {
    const { warnings } = resultAfter((d) => {
      d.sources.json.push(wikiCopy);
      event(d).sources = ['S168', 'S26'];
    });
    expect(warnings).toEqual([]);
  });

  it('warns about a figure value that rests only on a reference work', () => {
    const { warnings } = resultAfter((d) => {
      d.sources.json.push(encyclopedia);
      d.figures.json[0].values[0].sources = ['S167'];
    });
    expect(warnings).toEqual([
      'data/figures.json › #1 (observation-posts) › values[0].sources: rests only on S167 (reference-work) (expected at least one source that is not a reference work or a mirror/repost: cite the original publisher, with the copy read as retrievedVia)',
    ]);
  });
});
