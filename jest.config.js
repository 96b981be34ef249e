import { base } from './jest.preset.js';

export default {
  // Integration specs boot the API on a real PostgreSQL; a generous timeout avoids flakes.
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      rootDir: '.',
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'integration',
      rootDir: '.',
      testMatch: ['<rootDir>/apps/api/test/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
    },
    {
      ...base,
      displayName: 'web',
      rootDir: '.',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx'],
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/apps/web/src/test/text-encoding.js'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/apps/web/src/test/style-stub.js',
        ...base.moduleNameMapper,
      },
    },
  ],
};
