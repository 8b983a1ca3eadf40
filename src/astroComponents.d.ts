/**
 * What an `.astro` import is to plain TypeScript (tsc, and the render tests that import
 * components for Astro's container API); `astro check` types components fully through its
 * language server.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
