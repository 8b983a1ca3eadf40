/**
 * Build-time access to data/site.json (settings of the whole site), parsed by its schema. The JSON
 * is imported rather than read from disk so it is bundled with the pages that show it.
 */
import raw from '../../data/site.json';
import { siteSchema, type Site } from '../schemas/site.ts';

/** The site settings; `npm run validate` (run before every build) has already checked them. */
export const site: Site = siteSchema.parse(raw);
