// @ts-check
import { defineConfig } from 'astro/config';
import { subsetFonts } from './src/integrations/subsetFonts.ts';
import { validateData } from './src/integrations/validateData.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://karabakh-explained.example',
  trailingSlash: 'ignore',
  // Data problems must stop `astro build` (and `astro dev`) with the same report as `npm run validate`.
  // Fonts are cut to the characters the built pages use, after the build (see the integration).
  integrations: [validateData(), subsetFonts()],
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
