// @ts-check
/**
 * `npm run cycles`: dependency-cruiser's rules for src/. One rule today: no module may reach itself
 * through its imports. A cycle makes the order modules are evaluated in depend on which one is
 * imported first and ties two concepts that should stand apart (issue 11).
 *
 * Type-only imports count too: they are still one concept defined in terms of another and back.
 * `.astro` components are not read (no parser for them); no `.ts` module imports one, so every
 * cycle through TypeScript modules is found.
 * @see https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle: the first module reaches itself again through the modules listed. ' +
        'Break it by moving what both sides need (often a type) into a module of its own that ' +
        'imports neither of them.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
