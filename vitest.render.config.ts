/**
 * Render tests of Astro components (src/components/*.test.ts) through Astro's container API:
 * they need Astro's Vite plugins to compile `.astro` files, so they run with the project's Astro
 * configuration (getViteConfig), apart from the plain unit tests.
 * @see https://docs.astro.build/en/reference/container-reference/
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'render',
    include: ['src/components/**/*.test.ts'],
    // The first render of a map reads the geometry files: seconds on a busy machine.
    testTimeout: 30_000,
  },
});
