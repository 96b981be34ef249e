import { describe, expect, it } from '@jest/globals';
import { ESLint, RuleTester } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { apiLayers } from './api-layers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const src = path.join(repo, 'apps/api/src');
const at = (file: string) => path.join(src, file);

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

tester.run('api-layers', apiLayers, {
  valid: [
    {
      name: 'a feature imports the log below it',
      filename: at('drafting/clause-writer.ts'),
      code: "import { AccordWrite } from '../accord-log/accord-write.js';",
      options: [{ root: src }],
    },
    {
      name: 'voting imports drafting, below it',
      filename: at('voting/close-voting.usecase.ts'),
      code: "import { applyAmendment } from '../drafting/apply-amendment.js';",
      options: [{ root: src }],
    },
    {
      name: 'within one folder',
      filename: at('common/graphql/graphql-context.ts'),
      code: "import { RequestLoaders } from './loaders.js';",
      options: [{ root: src }],
    },
    {
      name: 'the composition root imports every folder',
      filename: at('app.module.ts'),
      code: "import { WebModule } from './web/web.module.js';",
      options: [{ root: src }],
    },
    {
      name: 'packages and aliases are not folders of the API',
      filename: at('common/validation.ts'),
      code: "import { DomainErrorCode } from '@plenary/contracts';",
      options: [{ root: src }],
    },
  ],
  invalid: [
    {
      name: 'a deliberate back-edge: drafting imports the ballot entity of voting',
      filename: at('drafting/drafting.loaders.ts'),
      code: "import { BallotEntity } from '../voting/ballot.entity.js';",
      options: [{ root: src }],
      errors: [{ messageId: 'backEdge' }],
    },
    {
      name: 'the shared layer imports a feature',
      filename: at('common/graphql/loaders.ts'),
      code: "import type { UserEntity } from '../../identity/user.entity.js';",
      options: [{ root: src }],
      errors: [{ messageId: 'backEdge' }],
    },
    {
      name: 'the log imports the read feature that once held it',
      filename: at('accord-log/event-log.service.ts'),
      code: "export { HistoryService } from '../history/history.service.js';",
      options: [{ root: src }],
      errors: [{ messageId: 'backEdge' }],
    },
    {
      name: 'a dynamic import counts too',
      filename: at('identity/identity.service.ts'),
      code: "const m = await import('../accords/accords.service.js');",
      options: [{ root: src }],
      errors: [{ messageId: 'backEdge' }],
    },
    {
      name: 'a folder imports the composition root',
      filename: at('health/readiness.ts'),
      code: "import { AppModule } from '../app.module.js';",
      options: [{ root: src }],
      errors: [{ messageId: 'composition' }],
    },
    {
      name: 'a new folder must be given its place',
      filename: at('billing/invoice.ts'),
      code: 'export const invoice = 1;',
      options: [{ root: src }],
      errors: [{ messageId: 'unknownLayer' }],
    },
  ],
});

describe('the repository lint config', () => {
  it('fails on the back-edge fixture', async () => {
    const eslint = new ESLint({ cwd: repo });
    const [result] = await eslint.lintFiles([
      path.join(here, 'fixtures/api-src/drafting/imports-voting.js'),
    ]);
    expect(result!.messages.map((m) => m.ruleId)).toContain('plenary/api-layers');
  });
});
