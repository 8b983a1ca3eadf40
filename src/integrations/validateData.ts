import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../lib/validate/problem.ts';
import { catchingUpPage, problemPage } from '../lib/validate/problemPage.ts';
import { readDataFiles } from '../lib/validate/readDataFiles.ts';
import { validateDataset } from '../lib/validate/validateDataset.ts';
import { writeIdsSchema } from '../lib/editorSchemas/buildSchemas.ts';
import {
  ASK_GENERATION_EVENT,
  GENERATION_EVENT,
  generationHeader,
  type GenerationMessage,
} from '../lib/dev/dataGeneration.ts';

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
 * After a fix, how long the reloads must have stopped before pages are let through: Astro's
 * reloads can come before every collection is back in the store it serves (a render 200 ms after
 * the last one still read an empty places list and stuck on Astro's error page).
 */
const CATCH_UP_QUIET_MS = 1_500;

/** How long a fixed preview waits at most for the content layer before showing the site. */
const CATCH_UP_LIMIT_MS = 10_000;

/** The page-side check that keeps open pages on the data/ of now (root-relative, served by Vite). */
const FRESHNESS_CLIENT = 'src/client/devFreshness.ts';

/**
 * Runs the data validator before Astro builds anything, so a broken data file stops the build
 * with the same file › path: reason lines as `npm run validate`, instead of a half-built site.
 *
 * Under `astro dev` bad data never stops the server: the validator runs at start and on every
 * save in data/ (new, renamed and deleted files included), prints its list on the terminal, and
 * while there are problems every page is answered with that list (which reloads itself once the
 * files are fixed). Every open page follows each version of data/ (src/lib/dev/dataGeneration.ts):
 * a new version whenever the content layer writes its store or the list of problems changes.
 */
export function validateData(): AstroIntegration {
  let dev = false;
  let root = '';
  let problems: Problem[] = [];
  return {
    name: 'karabakh:validate-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger, injectRoute, injectScript }) => {
        root = fileURLToPath(config.root);
        dev = command === 'dev';
        // Review pages for editors exist only under the dev server: never built, never indexed.
        if (dev) {
          injectRoute({ pattern: '/preview', entrypoint: './src/preview/index.astro' });
          injectRoute({ pattern: '/preview/[step]', entrypoint: './src/preview/step.astro' });
          injectScript('page', `import ${JSON.stringify(`/${FRESHNESS_CLIENT}`)};`);
        }
        problems = validateAndLog(root, logger);
        if (problems.length === 0) return;
        if (!dev) throw new Error(report(problems));
        logger.error(`${report(problems)}\nThe preview shows this list until the files are fixed.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!dev) return;
        const dataDir = join(root, 'data');
        const hot = server.environments.client.hot;
        let generation = 0;
        const announce = () => {
          generation += 1;
          hot.send(GENERATION_EVENT, { generation, answer: false } satisfies GenerationMessage);
        };
        hot.on(ASK_GENERATION_EVENT, (_data, client) =>
          client.send(GENERATION_EVENT, { generation, answer: true } satisfies GenerationMessage),
        );

        // After a fix, pages wait for the content layer: until it has synced, written its store
        // and Astro has refreshed what pages import (it then broadcasts its reloads), a render
        // reads the broken data's leftovers (an emptied collection) and fails on Astro's error
        // page, which has no freshness check and stayed there. Answered meanwhile: a short
        // "catching up" page that reloads by itself.
        let catchingUp: ReturnType<typeof setTimeout> | undefined;
        const caughtUp = () => {
          clearTimeout(catchingUp);
          catchingUp = undefined;
          announce();
        };
        // Every reload Vite or Astro broadcasts starts a generation too: a page that was loading
        // then never heard it, and catches up when it connects. Astro sends two on each write of
        // its store, the second once pages read the new store, so a fix is caught up shortly after.
        const broadcast = hot.send.bind(hot) as (...args: unknown[]) => void;
        hot.send = ((...args: unknown[]) => {
          if ((args[0] as { type?: unknown } | undefined)?.type === 'full-reload') {
            generation += 1;
            if (catchingUp) {
              clearTimeout(catchingUp);
              catchingUp = setTimeout(caughtUp, CATCH_UP_QUIET_MS);
            }
          }
          broadcast(...args);
        }) as typeof hot.send;

        let timer: ReturnType<typeof setTimeout> | undefined;
        const revalidate = () => {
          const before = problems.length;
          problems = validateAndLog(root, logger);
          if (problems.length > 0)
            logger.error(`${report(problems)}\nThe preview shows this list until they are fixed.`);
          else if (before > 0) logger.info('data/ is fixed: the preview is back');
          // Open pages go to the fresh list while there are problems. A fix waits for the content
          // layer (above), with a limit in case it has nothing to write. A valid save needs
          // nothing here: the content layer's reloads bring the pages the new data.
          if (problems.length > 0) announce();
          else if (before > 0) catchingUp = setTimeout(caughtUp, CATCH_UP_LIMIT_MS);
        };
        const onEvent = (path: string) => {
          if (path !== dataDir && !path.startsWith(dataDir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(revalidate, SETTLE_MS);
        };
        server.watcher.add(dataDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);

        const base = server.config.base;
        const scripts = [`${base}@vite/client`, `${base}${FRESHNESS_CLIENT}`];
        server.middlewares.use((req, res, next) => {
          const wantsPage =
            req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
          if (!wantsPage) return next();
          // The generation this answer starts from: data changed during a slow render is caught.
          res.setHeader('Server-Timing', generationHeader(generation));
          if (problems.length === 0 && !catchingUp) return next();
          res.statusCode = problems.length > 0 ? 500 : 503;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(problems.length > 0 ? problemPage(problems, scripts) : catchingUpPage(scripts));
        });
      },
    },
  };
}
