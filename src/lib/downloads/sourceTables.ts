import type { Actor } from '../../schemas/actor.ts';
import { sourceKindLabels, type Source } from '../../schemas/source.ts';
import type { Column } from './column.ts';

/** sources.csv: the bibliography every other file cites by id. */
export const sourceColumns: readonly Column<Source>[] = [
  { name: 'id', description: 'source id, as cited elsewhere (S01, S61a…)', value: (s) => s.id },
  {
    name: 'kind',
    description: `what kind of source: ${Object.keys(sourceKindLabels).join(', ')}`,
    value: (s) => s.kind,
  },
  { name: 'publisher', description: 'original publisher or outlet', value: (s) => s.publisher },
  { name: 'title', description: 'headline, or our description of the page', value: (s) => s.title },
  {
    name: 'title_descriptive',
    description: 'true when the title is our description, not the page’s headline',
    value: (s) => s.titleDescriptive,
  },
  {
    name: 'date',
    description: 'publication date at the precision known; empty when undated',
    value: (s) => s.date,
  },
  { name: 'date_note', description: 'qualifies the date', value: (s) => s.dateNote },
  {
    name: 'url',
    description: 'the original publisher’s page, or a wire copy carried by a news organisation',
    value: (s) => s.url,
  },
  {
    name: 'retrieved_via',
    description: 'the mirror or copy read, when not the publisher’s own site',
    value: (s) => s.retrievedVia,
  },
  {
    name: 'retrieved_via_url',
    description: 'the address of that copy, when the url was re-pointed to the original',
    value: (s) => s.retrievedViaUrl,
  },
  {
    name: 'language',
    description: 'language of the page when not English',
    value: (s) => s.language,
  },
];

/** actors.csv: who makes the claims and reports the figures. */
export const actorColumns: readonly Column<Actor>[] = [
  { name: 'id', description: 'actor id, as cited by claims and figures', value: (a) => a.id },
  { name: 'name', description: 'full name', value: (a) => a.name },
  { name: 'short_name', description: 'short form used in running text', value: (a) => a.shortName },
  {
    name: 'side',
    description: 'whom the actor speaks for: armenia, azerbaijan, nagorno-karabakh, russia, …',
    value: (a) => a.side,
  },
  { name: 'description', description: 'who this is, in our words', value: (a) => a.description },
];
