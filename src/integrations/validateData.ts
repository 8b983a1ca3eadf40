import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/validate/problem.ts';
import { readDataFiles } from '../lib/validate/readDataFiles.ts';
import { validateDataset } from '../lib/validate/validateDataset.ts';

/**
 * Runs the data validator before Astro builds anything, so a broken data file stops the build
 * with the same file › path: reason lines as `npm run validate`, instead of a half-built site.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'karabakh:validate-data',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, warnings, counts } = validateDataset(readDataFiles(root));
        if (warnings.length > 0)
          logger.warn(
            `${warnings.length} warning(s) (weak sourcing, long step texts); npm run validate lists them`,
          );
        if (problems.length === 0) {
          logger.info(
            `data/ is valid (${counts.events} events, ${counts.places} places, ${counts.sources} sources)`,
          );
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        throw new Error(`${problems.length} problem(s) in data/:\n${report}`);
      },
    },
  };
}
