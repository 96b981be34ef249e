import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { Matches } from 'class-validator';
import { DomainError, DomainErrorCode } from './errors/domain-error.js';

function messagesOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {});
    return [
      ...own.map((m) => (prefix ? `${path}: ${m}` : m)),
      ...messagesOf(error.children ?? [], path),
    ];
  });
}

// Only what a caller sent is input: GraphQL arguments (which @nestjs/graphql 14 hands to pipes
// as "body"; older versions as GqlParamtype.ARGS, 3) and HTTP body, query and route parameters.
// The parent object, context and info of a field resolver reach pipes too (as "custom"):
// walking the context (the request, its socket, the server…) for malformed text on every field
// made a computed accord read cost over a second of CPU.
const INPUT: ReadonlySet<unknown> = new Set(['body', 'query', 'param', 3, '3']);

/** A string with a lone surrogate is not text: validators (isEmail) and PostgreSQL choke on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasMalformedText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasMalformedText(v, depth + 1));
}

class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return INPUT.has(metadata.type) && super.toValidate(metadata);
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (INPUT.has(metadata.type) && hasMalformedText(value)) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'Text must be valid Unicode (it holds a lone surrogate)',
      );
    }
    return super.transform(value, metadata);
  }
}

/** class-validator on every GraphQL argument class; failures become BAD_USER_INPUT. */
export const validationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) =>
    new DomainError(
      DomainErrorCode.INVALID_INPUT,
      messagesOf(errors).join('; ') || 'Invalid input',
    ),
});

/** Text that must say something: spaces alone would be stored as an empty name or clause. */
export const NotBlank = () => Matches(/\S/, { message: '$property must not be blank' });
