import { base } from './jest.preset.js';

export default {
  // Specs wait for conditions, not for time; this only ends one that never gets there. It holds
  // at several times the normal duration (a 2-core machine at load average 10).
  testTimeout: 180_000,
  // Node 20 never frees a vm.SourceTextModule (nodejs/node#59118), so in ESM mode every spec file's
  // module graph (~30 MB with the API) stays in the process: one worker that is replaced once it
  // holds more than this, rather than one process that runs out of heap two thirds of the way.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...base,
      displayName: 'unit',
      rootDir: '.',
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        // Use cases against the real database run in the integration project.
        '!**/*.usecases.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'integration',
      rootDir: '.',
      testMatch: [
        '<rootDir>/apps/api/test/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
        // One per feature, beside its use cases, each booting only the modules it needs.
        '<rootDir>/apps/api/src/**/*.usecases.spec.ts',
      ],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
    },
    {
      ...base,
      displayName: 'web',
      rootDir: '.',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/apps/web/src/test/text-encoding.js'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/apps/web/src/test/style-stub.js',
        ...base.moduleNameMapper,
      },
    },
  ],
};
