// @ts-check
import { env } from 'node:process';
import { defineConfig } from 'astro/config';
import { subsetFonts } from './src/integrations/subsetFonts.ts';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { validateData } from './src/integrations/validateData.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/themeChoice.ts';
import { siteAddress } from './src/lib/site/siteAddress.ts';

// The address the story is published at, e.g. SITE_URL=https://news.example/graphics/karabakh/:
// its origin becomes `site` and its path `base`, which every link, asset, embed code, oEmbed
// document, canonical link, share image and dist/_headers rule is made from. Unset, the build is
// for http://localhost:4321/, where `npm start`, `npm run preview` and `npm run dev` serve it.
const address = siteAddress(env.SITE_URL);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: address.site,
  base: address.base,
  trailingSlash: 'ignore',
  // Data problems must stop `astro build` (and `astro dev`) with the same report as `npm run validate`.
  // Fonts are cut to the characters the built pages use and the pages pointed at their hashed
  // names; then the CSP integration hashes the pages' inline scripts and styles into
  // dist/_headers. Order matters: the font pass rewrites the HTML the CSP pass hashes.
  integrations: [
    validateData(),
    subsetFonts(),
    contentSecurityPolicy({ inlineScripts: [THEME_BOOT_SCRIPT] }),
    // Last: the offline worker's list and build id come from the finished files.
    serviceWorker(),
  ],
  // Stylesheets go inline: the story's CSS is ~3 KB gzipped, and a separate file would block the
  // first paint for a round trip on a phone (Lighthouse measured ~0.3 s). The CSP hashes them.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
