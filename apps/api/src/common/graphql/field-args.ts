import { Args, PARAM_ARGS_METADATA } from '@nestjs/graphql';
import { validationPipe } from '../validation.js';

/**
 * `@Args()` for the schema only: the field gets the arguments of the parameter's `@ArgsType()`
 * class, and the method stays undecorated for @nestjs/graphql, which then calls it directly with
 * graphql-js's `(parent, args, context)` (see `NoArgs`). The method validates them with
 * `validArgs` — what the global pipe did for `@Args()`.
 */
export function SchemaArgs(): ParameterDecorator {
  const args = Args();
  return (target, key, index) => {
    args(target, key, index);
    const params = Reflect.getMetadata(PARAM_ARGS_METADATA, target.constructor, key!) as
      Record<string, { index: number }> | undefined;
    for (const [name, param] of Object.entries(params ?? {}))
      if (param.index === index) delete params![name];
    if (params && Object.keys(params).length === 0)
      Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, key!);
  };
}

const validatedArgs = new WeakMap<object, Map<string, Promise<unknown>>>();
const MAX_VALIDATED_PER_TYPE = 100;

/**
 * A field's arguments (declared with `SchemaArgs`) validated as the global pipe validates
 * `@Args()`: class-validator, failures as BAD_USER_INPUT. Once per class and value: a page asks
 * the same field with the same arguments of every item (each clause's comments).
 */
export function validArgs<T extends object>(type: new () => T, args: object): Promise<T> {
  let byValue = validatedArgs.get(type);
  if (!byValue) validatedArgs.set(type, (byValue = new Map<string, Promise<unknown>>()));
  const key = JSON.stringify(args);
  let valid = byValue.get(key) as Promise<T> | undefined;
  if (!valid) {
    valid = validationPipe.transform(args, { type: 'body', metatype: type }) as Promise<T>;
    if (byValue.size < MAX_VALIDATED_PER_TYPE) byValue.set(key, valid);
  }
  return valid;
}
