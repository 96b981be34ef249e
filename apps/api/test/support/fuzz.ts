import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { elementAt } from './lists.js';

/** mulberry32: a tiny seeded PRNG, so a failing case comes back on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return elementAt(items, this.int(items.length));
  }
  uuid(): string {
    const hex = () => this.int(16).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join('');
    return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
  }
}

/** A value only a GraphQL literal can hold (NaN, 1e999, a bare name); in JSON, `json`. */
export class Raw {
  constructor(
    readonly literal: string,
    readonly json: unknown,
  ) {}
}

const LONG = 'x'.repeat(100_000);
const MEDIUM = 'ab'.repeat(3_000);

/** Text a careless server chokes on. */
export const NASTY_STRINGS = [
  '',
  ' ',
  'hello',
  'Ünïcødé ✓ 😀 مرحبا שלום 中文',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFFFF\uFFFE',
  '\u200B\u202E',
  'e\u0301\u0301\u0301',
  MEDIUM,
  "' OR 1=1 --",
  '%s%n%x',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
  'null',
  'a@b.c',
  '@',
  '1e309',
  '-0',
  '\n\r\t',
];

const JUNK: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  1e308,
  -1e308,
  true,
  '',
  'NaN',
  '\u0000',
  '\uD800',
  [],
  {},
  [[[]]],
  { a: { b: {} } },
  new Raw('NaN', null),
  new Raw('1e999', null),
  new Raw('-Infinity', null),
  new Raw('$undeclared', null),
];

const INTS = [0, 1, -1, 2, 7, 100, 1000, 1001, 2 ** 31 - 1, -(2 ** 31)];
const FLOATS = [0, 0.5, 0.6667, 1, 1.0000001, -0.5, 2, 1e308, -1e308, 5e-324];

/** Real ids of the seeded data, by the argument names they fit. */
export type KnownIds = Record<
  'accord' | 'amendment' | 'organization' | 'user' | 'clause' | 'comment' | 'invitation',
  string[]
>;

/**
 * Random values for the schema's input types. Wild: any value, of any type. Tame: of the right
 * type (but still nasty text, ids and numbers), so that most requests reach the resolvers.
 */
export class Values {
  wild = true;

  constructor(
    private readonly dice: Dice,
    private readonly ids: KnownIds,
  ) {}

  /** The value of an argument; `undefined` means "left out". */
  forArgument(arg: GraphQLArgument): unknown {
    if (isNonNullType(arg.type) && this.wildly(0.04)) return undefined;
    if (!isNonNullType(arg.type) && this.dice.chance(0.4)) return undefined;
    return this.of(arg.type, arg.name, 0);
  }

  of(type: GraphQLInputType, name: string, depth: number): unknown {
    const d = this.dice;
    if (this.wildly(0.06)) return d.pick(JUNK);
    if (isNonNullType(type)) return this.wildly(0.04) ? null : this.of(type.ofType, name, depth);
    if (isListType(type)) {
      if (d.chance(0.15)) return this.of(type.ofType, name, depth + 1);
      const length = d.chance(0.05) ? d.between(100, 400) : d.int(4);
      return Array.from({ length }, () => this.of(type.ofType, name, depth + 1));
    }
    if (isEnumType(type)) {
      if (!this.wildly(0.25)) return d.pick(type.getValues()).name;
      return d.pick(['NOPE', 'for', '', 1, true, new Raw('NOPE', 'NOPE')]);
    }
    if (isInputObjectType(type)) {
      if (depth > 4 || this.wildly(0.05)) return d.pick(JUNK);
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const keep = isNonNullType(field.type) ? !this.wildly(0.08) : d.chance(0.5);
        if (keep) object[field.name] = this.of(field.type, field.name, depth + 1);
      }
      if (this.wildly(0.1)) object[d.pick(['extra', 'id', 'admin', '__proto__x'])] = d.pick(JUNK);
      return object;
    }
    return this.scalar(type.name, name, depth);
  }

  private scalar(scalar: string, name: string, depth: number): unknown {
    const d = this.dice;
    switch (scalar) {
      case 'ID':
        return this.id(name);
      case 'String':
        return this.string(name);
      case 'Int':
        return d.pick(this.wild ? [...INTS, 2 ** 31, 2 ** 53, 1.5, '1'] : INTS);
      case 'Float':
        return d.pick(this.wild ? [...FLOATS, '0.5', new Raw('1e999', null)] : FLOATS);
      case 'Boolean':
        return this.wildly(0.15) ? d.pick(['true', 1, 0]) : d.chance(0.5);
      case 'DateTime':
        return d.pick([
          new Date(Date.now() + 3_600_000).toISOString(),
          '2099-01-01T00:00:00.000Z',
          '1970-01-01T00:00:00Z',
          '0000-01-01T00:00:00Z',
          '+275760-09-13T00:00:00.000Z',
          '-271821-04-20T00:00:00.000Z',
          '2024-02-30T25:61:61Z',
          '2024-01-01',
          'now',
          '',
          0,
          1e15,
          '\u0000',
        ]);
      case 'JSON':
        return this.json(depth);
      default:
        return d.pick(NASTY_STRINGS);
    }
  }

  /** True with probability p, in wild mode only. */
  private wildly(p: number): boolean {
    return this.wild && this.dice.chance(p);
  }

  private id(name: string): unknown {
    const d = this.dice;
    const kind = (Object.keys(this.ids) as (keyof KnownIds)[]).find((k) =>
      name.toLowerCase().includes(k),
    );
    const fitting = kind ? this.ids[kind] : name === 'onBehalfOf' ? this.ids.organization : [];
    if (fitting.length && d.chance(0.55)) return d.pick(fitting);
    if (d.chance(0.2)) return d.pick(Object.values(this.ids).flat());
    return d.pick([
      d.uuid(),
      d.uuid().toUpperCase(),
      `{${d.uuid()}}`,
      '00000000-0000-0000-0000-000000000000',
      'not-a-uuid',
      '1',
      1,
      -1,
      2 ** 64,
      '',
      '\u0000',
      '\uD800',
      MEDIUM,
      d.chance(0.1) ? LONG : 'short',
    ]);
  }

  private string(name: string): unknown {
    const d = this.dice;
    if (/email/i.test(name) && d.chance(0.5)) {
      return d.pick([`fuzz.${d.int(1e9)}@example.org`, 'a@b', `${'a'.repeat(300)}@example.org`]);
    }
    if (/password/i.test(name) && d.chance(0.5)) return d.pick(['correct horse battery', 'x']);
    if (d.chance(0.01)) return LONG;
    return d.pick(NASTY_STRINGS);
  }

  private json(depth: number): unknown {
    const d = this.dice;
    if (depth > 3 || d.chance(0.4))
      return d.pick([...JUNK.filter((v) => !(v instanceof Raw)), 'text']);
    if (d.chance(0.05)) {
      let deep: unknown = 1;
      for (let i = 0; i < 2000; i++) deep = [deep];
      return deep;
    }
    return d.chance(0.5)
      ? Array.from({ length: d.int(4) }, () => this.json(depth + 1))
      : Object.fromEntries(
          Array.from({ length: d.int(4) }, (_, i) => [`k${i}`, this.json(depth + 1)]),
        );
  }
}

/**
 * A JS value as a GraphQL literal of `type` (enum values bare, mostly). Strings are sometimes
 * written raw, so that lone surrogates and control characters land in the document itself.
 */
export function literal(value: unknown, dice: Dice, type?: GraphQLInputType): string {
  const named = type && getNamedType(type);
  if (value instanceof Raw) return value.literal;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (isEnumType(named) && /^[_A-Za-z]\w*$/.test(value) && dice.chance(0.9)) return value;
    if (dice.chance(0.1)) return `"${value.replace(/["\\\n\r]/g, ' ')}"`;
    if (dice.chance(0.05)) return `"""${value.replace(/"/g, '')}"""`;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, dice, named)).join(', ')}]`;
  const fields = isInputObjectType(named) ? named.getFields() : {};
  const entries = Object.entries(value)
    .filter(([key]) => /^[_A-Za-z]\w*$/.test(key))
    .map(([key, v]) => `${key}: ${literal(v, dice, fields[key]?.type)}`);
  return `{${entries.join(', ')}}`;
}

/** The value in a JSON variables object (Raw values become their JSON stand-in). */
export function jsonValue(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (v instanceof Raw ? v.json : v)) ?? 'null',
  );
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** Random operations on the real schema, arguments inline or as variables. */
export class Operations {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly dice: Dice,
    private readonly values: Values,
  ) {}

  build(asVariables: boolean): Operation {
    const d = this.dice;
    this.values.wild = d.chance(0.5);
    const mutation = d.chance(0.45);
    const root = (mutation ? this.schema.getMutationType() : this.schema.getQueryType())!;
    const state = {
      asVariables,
      declarations: [] as string[],
      variables: {} as Record<string, unknown>,
    };
    const fields = Array.from({ length: d.chance(0.8) ? 1 : d.between(2, 3) }, (_, i) =>
      this.field(root, 0, state, i),
    );
    const name = d.chance(0.3) ? `Fuzz${d.int(100)}` : '';
    const head = state.declarations.length ? `(${state.declarations.join(', ')})` : '';
    const keyword = mutation ? 'mutation' : d.chance(0.3) ? '' : 'query';
    const prefix = keyword || name || head ? `${keyword || 'query'} ${name}${head} ` : '';
    return {
      query: `${prefix}{ ${fields.join(' ')} }`,
      variables: state.variables,
      ...(name && d.chance(0.5) ? { operationName: name } : {}),
    };
  }

  private field(
    type: GraphQLObjectType,
    depth: number,
    state: { asVariables: boolean; declarations: string[]; variables: Record<string, unknown> },
    index: number,
  ): string {
    const d = this.dice;
    const field = d.pick(Object.values(type.getFields()));
    const args: string[] = [];
    for (const arg of field.args) {
      const value = this.values.forArgument(arg);
      if (value === undefined) continue;
      if (state.asVariables && !(value instanceof Raw)) {
        const variable = `v${state.declarations.length}`;
        // Now and then a variable of the wrong type, or one declared but never sent.
        const declared =
          this.values.wild && d.chance(0.05)
            ? d.pick(['String', 'Int!', '[ID]', 'Boolean'])
            : String(arg.type);
        state.declarations.push(`$${variable}: ${declared}`);
        if (!(this.values.wild && d.chance(0.03))) state.variables[variable] = jsonValue(value);
        args.push(`${arg.name}: $${variable}`);
      } else {
        args.push(`${arg.name}: ${literal(value, d, arg.type)}`);
      }
    }
    const alias = index > 0 || d.chance(0.1) ? `a${index}_${d.int(1000)}: ` : '';
    const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
    return `${alias}${call}${this.selection(getNamedType(field.type), depth + 1, state)}`;
  }

  private selection(
    type: GraphQLNamedType,
    depth: number,
    state: { asVariables: boolean; declarations: string[]; variables: Record<string, unknown> },
  ): string {
    const d = this.dice;
    if (isLeafType(type)) return '';
    if (isUnionType(type)) {
      const member = d.pick(type.getTypes());
      return ` { __typename ... on ${member.name}${this.selection(member, depth + 1, state)} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return ' { __typename }';
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
    const parts = new Set<string>();
    if (leaves.length) parts.add(d.pick(leaves).name);
    else parts.add('__typename');
    if (depth < 4 && isObjectType(type)) {
      for (let i = d.int(3); i > 0; i--) parts.add(this.field(type, depth, state, i));
    }
    return ` { ${[...parts].join(' ')} }`;
  }
}
