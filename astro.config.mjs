// @ts-check
import { defineConfig } from 'astro/config';
import { validateData } from './src/integrations/validateData.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://karabakh-explained.example',
  trailingSlash: 'ignore',
  // Data problems must stop `astro build` (and `astro dev`) with the same report as `npm run validate`.
  integrations: [validateData()],
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
