import {
  TEST_JWT_SECRET,
  TEST_LIMITS,
  TEST_OPERATOR_EMAIL,
  TEST_SIGNING_KEY,
} from '../../apps/api/test/support/test-app.js';

/**
 * The environment of a Plenary started as a child process by a test: test secrets and limits,
 * no demo, nothing inherited but PATH; `specific` (data folder, port, database) on top.
 */
export function childProcessEnv(specific: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    PLENARY_SIGNING_KEY: TEST_SIGNING_KEY,
    PLENARY_DEMO: 'false',
    PLENARY_OPERATOR_EMAILS: TEST_OPERATOR_EMAIL,
    ...TEST_LIMITS,
    ...specific,
  };
}
