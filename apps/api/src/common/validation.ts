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

// The parent object, context and info of a field resolver are ours, not the caller's: validating
// them (a class-transformer copy and a class-validator pass per field) cost ~10% of a page read,
// and looking for malformed text through the context (the request, its socket, the server…)
// about half a second. Nest hands GraphQL parameter kinds as @nestjs/graphql's GqlParamtype,
// which it does not export — ROOT 0, CONTEXT 1, INFO 2 (ARGS 3 is validated) — as the string
// it keeps them under ("1"), so both forms are matched.
const NOT_INPUT: ReadonlySet<unknown> = new Set([0, 1, 2, '0', '1', '2']);

/** A string with a lone surrogate is not text: validators (isEmail) and PostgreSQL choke on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasMalformedText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasMalformedText(v, depth + 1));
}

class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return !NOT_INPUT.has(metadata.type) && super.toValidate(metadata);
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!NOT_INPUT.has(metadata.type) && hasMalformedText(value)) {
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
