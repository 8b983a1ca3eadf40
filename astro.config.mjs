// @ts-check
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.ts';
import { validateData } from './src/integrations/validateData.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/themeChoice.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://karabakh-explained.example',
  trailingSlash: 'ignore',
  // Data problems must stop `astro build` (and `astro dev`) with the same report as `npm run validate`.
  // The CSP integration keeps scripts external and writes inline hashes into dist/_headers.
  integrations: [validateData(), contentSecurityPolicy({ inlineScripts: [THEME_BOOT_SCRIPT] })],
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
