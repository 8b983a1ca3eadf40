import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../lib/validate/problem.ts';
import { problemPage } from '../lib/validate/problemPage.ts';
import { readDataFiles } from '../lib/validate/readDataFiles.ts';
import { validateDataset } from '../lib/validate/validateDataset.ts';
import { writeIdsSchema } from '../lib/editorSchemas/buildSchemas.ts';

let warningsLogged = -1;

/** Validates data/ under `root` and says so on the terminal; returns the problems. */
function validateAndLog(root: string, logger: AstroIntegrationLogger): Problem[] {
  const { problems, warnings, counts } = validateDataset(readDataFiles(root));
  // Editors' tools complete the ids that exist now, including the one just added.
  writeIdsSchema(root);
  // Said once, and again only when the number changes: not on every save.
  if (warnings.length > 0 && warnings.length !== warningsLogged)
    logger.warn(
      `${warnings.length} warning(s) (weak sourcing, long step texts…); npm run validate lists them`,
    );
  warningsLogged = warnings.length;
  if (problems.length === 0)
    logger.info(
      `data/ is valid (${counts.events} events, ${counts.places} places, ${counts.sources} sources)`,
    );
  return problems;
}

const report = (problems: readonly Problem[]) =>
  `${problems.length} problem(s) in data/:\n${problems.map(formatProblem).join('\n')}`;

/** Waits this long after a save before validating, so one save of several files validates once. */
const SETTLE_MS = 80;

/**
 * Runs the data validator before Astro builds anything, so a broken data file stops the build
 * with the same file › path: reason lines as `npm run validate`, instead of a half-built site.
 *
 * Under `astro dev` bad data never stops the server: the validator runs at start and on every
 * save in data/ (new, renamed and deleted files included), prints its list on the terminal, and
 * while there are problems every page is answered with that list (which reloads itself once the
 * files are fixed); open pages reload to show it.
 */
export function validateData(): AstroIntegration {
  let dev = false;
  let root = '';
  let problems: Problem[] = [];
  return {
    name: 'karabakh:validate-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger, injectRoute }) => {
        root = fileURLToPath(config.root);
        dev = command === 'dev';
        // Review pages for editors exist only under the dev server: never built, never indexed.
        if (dev) {
          injectRoute({ pattern: '/preview', entrypoint: './src/preview/index.astro' });
          injectRoute({ pattern: '/preview/[step]', entrypoint: './src/preview/step.astro' });
        }
        problems = validateAndLog(root, logger);
        if (problems.length === 0) return;
        if (!dev) throw new Error(report(problems));
        logger.error(`${report(problems)}\nThe preview shows this list until the files are fixed.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!dev) return;
        const dataDir = join(root, 'data');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const revalidate = () => {
          const before = problems.length;
          problems = validateAndLog(root, logger);
          if (problems.length > 0)
            logger.error(`${report(problems)}\nThe preview shows this list until they are fixed.`);
          else if (before > 0) logger.info('data/ is fixed: the preview is back');
          // Open pages reload into the fresh list while there are problems, and into the site once
          // they are fixed. A valid save needs nothing here: the content layer reloads the pages.
          if (problems.length > 0 || before > 0)
            server.hot.send({ type: 'full-reload', path: '*' });
        };
        const onEvent = (path: string) => {
          if (path !== dataDir && !path.startsWith(dataDir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(revalidate, SETTLE_MS);
        };
        server.watcher.add(dataDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);

        const viteClient = `${server.config.base}@vite/client`;
        server.middlewares.use((req, res, next) => {
          const wantsPage =
            req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
          if (problems.length === 0 || !wantsPage) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(problemPage(problems, viteClient));
        });
      },
    },
  };
}
