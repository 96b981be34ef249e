import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from './errors/domain-error.js';
import { validationPipe } from './validation.js';

const LONE = 'text \uD800 broken';

describe('the validation pipe', () => {
  it('refuses arguments holding a lone surrogate', () => {
    // @nestjs/graphql 14 hands GraphQL arguments to pipes as "body", older versions as 3.
    for (const type of ['body', '3']) {
      const args = { type, metatype: String, data: 'text' } as unknown as ArgumentMetadata;
      expect(() => validationPipe.transform({ nested: [LONE] }, args)).toThrow(DomainError);
    }
  });

  it('leaves a field resolver’s parent, context and info alone, as Nest names their kinds', async () => {
    // The context holds the request, its socket and the server: never walked, never validated.
    let walked = 0;
    const context = {
      get req() {
        walked += 1;
        return { body: LONE };
      },
    };
    for (const type of ['custom', '0', '1', '2', 0, 1, 2]) {
      const metadata = { type, metatype: Object } as unknown as ArgumentMetadata;
      await expect(validationPipe.transform(context, metadata)).resolves.toBe(context);
    }
    expect(walked).toBe(0);
  });
});
