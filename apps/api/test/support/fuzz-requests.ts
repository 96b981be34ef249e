import type { Dice, Operation } from './fuzz.js';

/** One HTTP request of the fuzzer, with the category it counts under. */
export interface FuzzRequest {
  category: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const JSON_TYPE = 'application/json';

export const ACCEPTS = [
  JSON_TYPE,
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
];

/** Accept headers nothing of ours satisfies (406): rarer, or half the requests would stop there. */
export const UNACCEPTABLE = [
  'text/html',
  'application/graphql-response+json;q=0, application/json;q=0',
];

export function post(
  category: string,
  body: string | Uint8Array,
  contentType: string | null = JSON_TYPE,
): FuzzRequest {
  return {
    category,
    method: 'POST',
    path: '/graphql',
    headers: contentType === null ? {} : { 'content-type': contentType },
    body,
  };
}

export const postJson = (category: string, payload: unknown): FuzzRequest =>
  post(category, JSON.stringify(payload));

// ---- broken documents, made from a valid one -------------------------------------------------

const ODD_CHARS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '"',
  '"""',
  '...',
  '$',
  '@',
  ':',
  '!',
  '#',
  '\u0000',
  '\uD800',
  '\uFFFF',
  'é',
  '\\',
  '\n',
];

export function truncated(dice: Dice, query: string): string {
  return query.slice(0, dice.int(query.length));
}

export function withExtraBraces(dice: Dice, query: string): string {
  if (dice.chance(0.3)) return query + '}'.repeat(dice.between(1, 5));
  const at = dice.int(query.length + 1);
  return query.slice(0, at) + dice.pick(['{', '}', '{{', '}}', '{ }']) + query.slice(at);
}

/** Random insertions, deletions and substitutions of characters. */
export function mutated(dice: Dice, query: string): string {
  let text = query;
  for (let i = dice.between(1, 6); i > 0; i--) {
    const at = dice.int(text.length + 1);
    const char = dice.chance(0.5) ? dice.pick(ODD_CHARS) : String.fromCharCode(dice.int(0x3000));
    const op = dice.int(3);
    if (op === 0) text = text.slice(0, at) + char + text.slice(at);
    else if (op === 1) text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + char + text.slice(at + 1);
  }
  return text;
}

// ---- abusive documents ----------------------------------------------------------------------

export function deeplyNested(dice: Dice): string {
  const n = dice.pick([13, 20, 50, 300, 2000]);
  switch (dice.int(5)) {
    case 0:
      return `{ me { ${'memberships { user { '.repeat(n)} id ${'} } '.repeat(n)} } }`;
    case 1:
      return `{ ${'a { '.repeat(n)} b ${'} '.repeat(n)} }`;
    case 2:
      return `{ accord(id: ${'['.repeat(n)}"x"${']'.repeat(n)}) { id } }`;
    case 3:
      return `{ organizations(search: ${'{a: '.repeat(n)}1${'}'.repeat(n)}) { id } }`;
    default:
      return `{ ${'... on Query { '.repeat(n)} __typename ${'} '.repeat(n)} }`;
  }
}

export function manyAliases(dice: Dice): string {
  const n = dice.pick([21, 50, 200, 1000]);
  const field = dice.pick(['me { id }', '__typename', 'accords { id }', 'signingKeys { id }']);
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

export function manyTokens(dice: Dice): string {
  const n = dice.pick([2999, 3001, 10_000, 50_000]);
  if (dice.chance(0.2)) return `{ ${'a'.repeat(n * 10)} }`;
  return `{ me { ${Array.from({ length: n }, () => 'id').join(' ')} } }`;
}

export function fragmentTricks(dice: Dice): string {
  switch (dice.int(7)) {
    case 0:
      return 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }';
    case 1:
      return 'fragment A on Query { me { id } ...A } { ...A }';
    case 2:
      return '{ ...Missing }';
    case 3:
      return 'fragment A on Nope { id } fragment A on Query { __typename } { ...A }';
    case 4:
      return 'fragment A on String { x } fragment Unused on Query { me { id } } { ...A }';
    case 5: {
      // "Billion laughs": each fragment spreads the one below twice, in separate aliases.
      const n = dice.pick([10, 20, 30]);
      const levels = Array.from({ length: n }, (_, i) =>
        i === 0
          ? 'fragment L0 on User { id displayName }'
          : `fragment L${i} on User { ...L${i - 1} memberships { user { ...L${i - 1} } } }`,
      );
      return `${levels.join(' ')} { me { ...L${n - 1} } }`;
    }
    default: {
      const n = dice.pick([50, 500]);
      const chain = Array.from(
        { length: n },
        (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : '__typename'} }`,
      );
      return `${chain.join(' ')} { ...F0 }`;
    }
  }
}

export function directiveTricks(dice: Dice): string {
  const directive = dice.pick([
    '@nope',
    '@skip',
    '@skip(if: "yes")',
    '@include(if: $undeclared)',
    '@deprecated',
    '@specifiedBy(url: "x")',
    '@skip(if: false) @skip(if: false)',
    Array.from({ length: 40 }, () => '@include(if: true)').join(' '),
    '@defer',
    '@stream(initialCount: 1)',
    '@live',
  ]);
  return dice.pick([
    `{ me ${directive} { id } }`,
    `query Q ${directive} { me { id } }`,
    `fragment F on Query ${directive} { __typename } { ...F }`,
    `{ accords { id ${directive} } }`,
  ]);
}

export function introspection(dice: Dice): string {
  const n = dice.pick([3, 8, 12]);
  return dice.pick([
    '{ __schema { types { name fields { name args { name type { name } } } } } }',
    `{ __type(name: "Accord") { ${'fields { type { ofType { '.repeat(n)} name ${'} } } '.repeat(n)} } }`,
    `{ __type(name: ${JSON.stringify(dice.pick(['', '\u0000', 'Query', 'x'.repeat(5000)]))}) { name } }`,
  ]);
}

// ---- requests that are not well-formed GraphQL-over-HTTP requests -------------------------------

export function httpShapes(dice: Dice, op: Operation): FuzzRequest {
  const body = { query: op.query, variables: op.variables };
  const cat = (name: string) => `http:${name}`;
  switch (dice.int(11)) {
    case 0:
      return post(
        cat('invalid-json'),
        dice.pick([
          JSON.stringify(body).slice(0, -1),
          'not json at all',
          '{"query": "{ me { id } }",}',
          '[',
          '',
          'null',
          '"{ me { id } }"',
          '123',
          'true',
          '{"query":"\\ud800"}',
          '\uFEFF{"query":"{ me { id } }"}',
          '{"query":"{ me { id } }","query":"{ __typename }"}',
          '['.repeat(20_000) + ']'.repeat(20_000),
          JSON.stringify({ query: 'x'.repeat(200_000) }),
        ]),
      );
    case 1:
      return post(
        cat('invalid-utf8'),
        new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
      );
    case 2: {
      const contentType = dice.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/json; charset=utf-16',
        'application/json; charset=latin-7',
        'application/xml',
        'application/json+fake',
        null,
      ]);
      const text = dice.chance(0.5) ? JSON.stringify(body) : op.query;
      return post(
        cat('content-type'),
        contentType?.startsWith('application/x-www')
          ? `query=${encodeURIComponent(wellFormed(op.query))}`
          : text,
        contentType,
      );
    }
    case 3: {
      const params = new URLSearchParams({ query: op.query.slice(0, 6000) });
      if (dice.chance(0.5))
        params.set(
          'variables',
          dice.pick([JSON.stringify(op.variables), 'not json', '[1]', '"x"']),
        );
      if (dice.chance(0.2)) params.set('operationName', dice.pick(['Nope', '']));
      if (dice.chance(0.2))
        params.set(
          'extensions',
          dice.pick(['x', '{"persistedQuery":{"version":1,"sha256Hash":"00"}}']),
        );
      const headers: Record<string, string> = dice.chance(0.7)
        ? { 'apollo-require-preflight': 'true' }
        : {};
      return {
        category: cat('get'),
        method: 'GET',
        path: `/graphql?${params.toString()}`,
        headers,
      };
    }
    case 4:
      return {
        ...post(cat('method'), JSON.stringify(body)),
        method: dice.pick(['PUT', 'PATCH', 'DELETE']),
      };
    case 5:
      return postJson(
        cat('batch'),
        dice.pick([[body, body], [], [[]], Array.from({ length: 300 }, () => body), [null]]),
      );
    case 6:
      return postJson(cat('variables-shape'), {
        query: op.query,
        variables: dice.pick([
          'x',
          JSON.stringify(op.variables),
          [op.variables],
          42,
          true,
          Object.values(op.variables),
        ]),
      });
    case 7:
      return postJson(cat('operation-name'), {
        ...body,
        operationName: dice.pick(['DoesNotExist', '', 42, { a: 1 }, ['Q'], '\u0000']),
      });
    case 8:
      return postJson(cat('multiple-operations'), {
        query: dice.pick([
          'query A { me { id } } query B { accords { id } }',
          '{ me { id } } { accords { id } }',
          'query A { me { id } } query A { __typename }',
          'query A { me { id } } mutation B { login(email: "a", password: "b") { token } }',
        ]),
        ...(dice.chance(0.3) ? { operationName: dice.pick(['A', 'C']) } : {}),
      });
    case 9:
      return postJson(cat('query-shape'), {
        query: dice.pick([
          42,
          null,
          ['{ me { id } }'],
          { kind: 'Document' },
          '',
          '   ',
          '# only a comment',
          true,
        ]),
      });
    default:
      return postJson(cat('extensions'), {
        ...body,
        extensions: dice.pick([
          'x',
          [1],
          { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
          { persistedQuery: { version: 2, sha256Hash: 'nope' } },
          { persistedQuery: 'x' },
        ]),
      });
  }
}

// ---- the contract every answer must keep ------------------------------------------------------

// 414 and 431: a request line or headers over Node's limit (16 KB), refused by its HTTP parser
// before any of ours runs — e.g. a GET whose variables in the URL are 100 KB long.
export const ALLOWED_STATUSES = new Set([
  200, 400, 401, 403, 404, 405, 406, 413, 414, 415, 429, 431,
]);

const STACK_LINE = /(^|\n|\\n)\s*at \S.*(:\d+:\d+|\(native\)|<anonymous>)/;

interface GraphqlError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** What is wrong with an answer: a 5xx, a hidden bug behind INTERNAL_SERVER_ERROR, a stack. */
export function problemsOf(status: number, text: string): string[] {
  const problems: string[] = [];
  if (!ALLOWED_STATUSES.has(status)) problems.push(`HTTP ${status}`);
  if (STACK_LINE.test(text) || /stacktrace/i.test(text)) problems.push('a stack trace');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (status < 400) problems.push(`HTTP ${status} with a body that is not JSON`);
    return problems;
  }
  if (body === null || typeof body !== 'object') {
    problems.push('a JSON body that is not an object');
    return problems;
  }
  const errors = (body as { errors?: unknown }).errors;
  if (status === 200 && !('data' in body) && !Array.isArray(errors))
    problems.push('neither data nor errors');
  for (const error of Array.isArray(errors) ? (errors as GraphqlError[]) : []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string')
      problems.push(`an error without a code: ${String(error.message)}`);
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
  }
  return problems;
}

/** A lone surrogate (the fuzzer makes some) as U+FFFD: encodeURIComponent throws on one. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
