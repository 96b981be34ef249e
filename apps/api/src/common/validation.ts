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
// them (a class-transformer copy and a class-validator pass per field) cost ~10% of a page read.
// Nest hands GraphQL parameter kinds as @nestjs/graphql's GqlParamtype numbers, which it does
// not export: ROOT 0, CONTEXT 1, INFO 2 (ARGS 3 is validated).
const NOT_INPUT: readonly unknown[] = [0, 1, 2];

class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return !NOT_INPUT.includes(metadata.type) && super.toValidate(metadata);
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
