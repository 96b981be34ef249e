import { type GraphQLField, type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';

/** The name of the resolver @nestjs/graphql gives every field that has none of its own. */
export const NEST_PLAIN_FIELD_RESOLVER = 'rootFieldResolver';

/**
 * Takes @nestjs/graphql's resolver off the fields that have none of their own, so that they
 * are read as graphql-js and graphql-jit read a field without a resolver: `parent[name]`.
 * Nest gives each such field `(root) => root[name] ?? defaultValue` (for output fields'
 * `defaultValue`, which no model declares); graphql-jit then cannot inline the read and calls
 * it the way it calls a real resolver — its resolve info, its error handling, its result
 * check — for every plain field of every object of an answer, about 700 on an accord page.
 */
export function plainFieldsUnresolved(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (field.resolve?.name === NEST_PLAIN_FIELD_RESOLVER) field.resolve = undefined;
    }
  }
  return schema;
}
