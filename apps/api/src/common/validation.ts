import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** class-validator on every GraphQL argument class; failures become BAD_USER_INPUT. */
export const validationPipe = new ValidationPipe({
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
