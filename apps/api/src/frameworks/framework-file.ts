// The framework file formats (README, "Norm frameworks"): a JSON document, or a CSV file with one
// row per norm and the framework's columns repeated on each row. Plain TypeScript: parsing,
// validation with errors that say where (the JSON path, or the CSV row and column), and writing.
import { FrameworkFileFormat, NormativeForce } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/** A framework as a file describes it, validated and trimmed. */
export interface FrameworkDraft {
  shortName: string;
  title: string;
  publisher: string | null;
  year: number;
  /** ISO date (YYYY-MM-DD), when the exact day is known. */
  publishedOn: string | null;
  sourceUrl: string | null;
  description: string | null;
  norms: NormDraft[];
}

export interface NormDraft {
  key: string;
  title: string | null;
  text: string;
  force: NormativeForce;
  sourceUrl: string | null;
  /** Norms of other frameworks, as "<short name>:<key>" (e.g. "DGC 2017:1"). */
  correspondsTo: string[];
}

/** The largest file accepted, in characters (the request itself is limited to 100 kB). */
export const FRAMEWORK_FILE_MAX = 90_000;
export const NORMS_MAX = 300;
export const CORRESPONDENCES_MAX = 20;

/** The CSV columns, in order: the framework's (repeated on every row), then the norm's. */
export const CSV_COLUMNS = [
  'framework_short_name',
  'framework_title',
  'framework_publisher',
  'framework_year',
  'framework_published_on',
  'framework_source_url',
  'framework_description',
  'norm_key',
  'norm_title',
  'norm_text',
  'norm_force',
  'norm_source_url',
  'norm_corresponds_to',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What went wrong and where: BAD_USER_INPUT, with `location` (and `row`, `field`) in extensions. */
export class FrameworkFileError extends DomainError {
  constructor(location: string, problem: string, where: { row?: number; field: string }) {
    super(DomainErrorCode.INVALID_INPUT, `${location}: ${problem}`, { location, ...where });
  }
}

/** Where a value is, in the caller's words. */
interface Locator {
  framework(field: string): { location: string; row?: number; field: string };
  norm(index: number, field: string): { location: string; row?: number; field: string };
}

/** A raw value read from a file, before validation. */
type Raw = Record<string, unknown>;

export function parseFrameworkFile(content: string, format: FrameworkFileFormat): FrameworkDraft {
  if (content.length > FRAMEWORK_FILE_MAX) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `The file is too large: at most ${FRAMEWORK_FILE_MAX} characters`,
    );
  }
  switch (format) {
    case FrameworkFileFormat.JSON:
      return parseJson(content);
    case FrameworkFileFormat.CSV:
      return parseCsvFramework(content);
    default: {
      const unknown: never = format;
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `Unknown format ${String(unknown)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------- JSON

const jsonLocator: Locator = {
  framework: (field) => ({ location: field, field }),
  norm: (index, field) => ({ location: `norms[${index}].${field}`, field }),
};

function parseJson(content: string): FrameworkDraft {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `The file is not valid JSON (${(error as Error).message})`,
    );
  }
  if (!isRecord(document)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'The file must hold one JSON object');
  }
  const norms = document['norms'];
  if (!Array.isArray(norms)) {
    throw fail(jsonLocator.framework('norms'), 'must be a list of norms');
  }
  return validateFramework(
    document,
    norms.map((norm, i) => {
      if (!isRecord(norm)) throw fail(jsonLocator.norm(i, 'key').location, 'must be an object');
      return norm;
    }),
    jsonLocator,
  );
}

// ----------------------------------------------------------------------------------------- CSV

function parseCsvFramework(content: string): FrameworkDraft {
  const [header, ...rows] = parseCsv(content).filter((r) => r.some((cell) => cell.trim() !== ''));
  if (!header) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'The CSV file is empty');
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.find((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown !== undefined) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `Row 1: unknown column “${unknown}” (the columns are ${CSV_COLUMNS.join(', ')})`,
      { location: 'row 1', row: 1, field: unknown },
    );
  }
  for (const required of ['framework_short_name', 'norm_key', 'norm_text'] as const) {
    if (!names.includes(required)) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        `Row 1: the column “${required}” is missing`,
        { location: 'row 1', row: 1, field: required },
      );
    }
  }
  if (rows.length === 0) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'The CSV file has no norm rows');
  }
  // Row numbers as a spreadsheet shows them: the header is row 1.
  const rowNumber = (index: number) => index + 2;
  const cellsOf = (row: string[]) =>
    Object.fromEntries(names.map((name, i) => [name, row[i] ?? ''])) as Record<CsvColumn, string>;
  const records = rows.map(cellsOf);
  const locator: Locator = {
    framework: (field) => ({ location: `row 2, column ${csvName(field)}`, row: 2, field }),
    norm: (index, field) => ({
      location: `row ${rowNumber(index)}, column ${csvName(field, 'norm_')}`,
      row: rowNumber(index),
      field: csvName(field, 'norm_'),
    }),
  };
  rows.forEach((row, index) => {
    if (row.length > names.length) {
      throw fail(
        { location: `row ${rowNumber(index)}`, row: rowNumber(index), field: '' },
        `has ${row.length} cells, the header ${names.length}`,
      );
    }
  });
  const first = records[0]!;
  // The framework's columns repeat on every row: a row that says otherwise is a mistake.
  records.forEach((record, index) => {
    for (const column of CSV_COLUMNS.filter((c) => c.startsWith('framework_'))) {
      const value = (record[column] ?? '').trim();
      if (value !== '' && value !== (first[column] ?? '').trim()) {
        throw fail(
          {
            location: `row ${rowNumber(index)}, column ${column}`,
            row: rowNumber(index),
            field: column,
          },
          `differs from row 2 (every row describes the same framework)`,
        );
      }
    }
  });
  const blankToUndefined = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value;
  const framework: Raw = {
    shortName: first.framework_short_name,
    title: blankToUndefined(first.framework_title),
    publisher: blankToUndefined(first.framework_publisher),
    year: blankToUndefined(first.framework_year),
    publishedOn: blankToUndefined(first.framework_published_on),
    sourceUrl: blankToUndefined(first.framework_source_url),
    description: blankToUndefined(first.framework_description),
  };
  const norms: Raw[] = records.map((record) => ({
    key: record.norm_key,
    title: blankToUndefined(record.norm_title),
    text: record.norm_text,
    force: blankToUndefined(record.norm_force),
    sourceUrl: blankToUndefined(record.norm_source_url),
    correspondsTo: (record.norm_corresponds_to ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
  return validateFramework(framework, norms, locator);
}

const CSV_NAMES: Record<string, string> = {
  shortName: 'framework_short_name',
  title: 'framework_title',
  publisher: 'framework_publisher',
  year: 'framework_year',
  publishedOn: 'framework_published_on',
  sourceUrl: 'framework_source_url',
  description: 'framework_description',
  norms: 'norm_key',
};

/** The CSV column of a field (`prefix` for a norm's). */
function csvName(field: string, prefix?: string): string {
  if (!prefix) return CSV_NAMES[field] ?? field;
  const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return `${prefix}${snake}`;
}

/** RFC 4180: fields separated by commas, optionally quoted ("" inside quotes), CRLF or LF. */
export function parseCsv(content: string): string[][] {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `Row ${rows.length + 1}: a quoted field is not closed`,
      { location: `row ${rows.length + 1}`, row: rows.length + 1, field: '' },
    );
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------- validation

const URL_MAX = 2000;

function validateFramework(document: Raw, norms: Raw[], at: Locator): FrameworkDraft {
  const text = (value: unknown, where: ReturnType<Locator['framework']>, max: number) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw fail(where, 'must be text');
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (trimmed.length > max) throw fail(where, `is too long (at most ${max} characters)`);
    return trimmed === '' ? null : trimmed;
  };
  const required = (value: unknown, where: ReturnType<Locator['framework']>, max: number) => {
    const result = text(value, where, max);
    if (result === null) throw fail(where, 'is required');
    return result;
  };
  const url = (value: unknown, where: ReturnType<Locator['framework']>) => {
    const result = text(value, where, URL_MAX);
    if (result !== null && !isHttpUrl(result)) throw fail(where, 'must be an http(s) URL');
    return result;
  };
  const year = (() => {
    const where = at.framework('year');
    const value = document['year'];
    const number = typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
    if (value === undefined || value === null) throw fail(where, 'is required');
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1800 || number > 2200)
      throw fail(where, 'must be a year (e.g. 2015)');
    return number;
  })();
  const publishedOn = (() => {
    const where = at.framework('publishedOn');
    const value = text(document['publishedOn'], where, 10);
    if (value === null) return null;
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const parsed = date ? new Date(`${value}T00:00:00Z`) : null;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
      throw fail(where, 'must be a date as YYYY-MM-DD');
    return value;
  })();
  if (norms.length === 0) throw fail(at.framework('norms'), 'must list at least one norm');
  if (norms.length > NORMS_MAX)
    throw fail(at.framework('norms'), `lists too many norms (at most ${NORMS_MAX})`);
  const seen = new Map<string, number>();
  const drafts = norms.map((norm, i): NormDraft => {
    const key = required(norm['key'], at.norm(i, 'key'), 40);
    const earlier = seen.get(key.toLowerCase());
    if (earlier !== undefined)
      throw fail(at.norm(i, 'key'), `“${key}” is already the key of norm ${earlier + 1}`);
    seen.set(key.toLowerCase(), i);
    const force = norm['force'] ?? undefined;
    if (force !== NormativeForce.BINDING && force !== NormativeForce.VOLUNTARY)
      throw fail(at.norm(i, 'force'), 'must be BINDING or VOLUNTARY');
    const correspondsTo = norm['correspondsTo'] ?? [];
    if (!Array.isArray(correspondsTo) || correspondsTo.some((c) => typeof c !== 'string'))
      throw fail(at.norm(i, 'correspondsTo'), 'must be a list of "<short name>:<key>"');
    if (correspondsTo.length > CORRESPONDENCES_MAX)
      throw fail(
        at.norm(i, 'correspondsTo'),
        `names too many norms (at most ${CORRESPONDENCES_MAX})`,
      );
    const references = (correspondsTo as string[]).map((c) => c.trim()).filter(Boolean);
    for (const reference of references) {
      if (!/^[^:]+:.+$/.test(reference))
        throw fail(at.norm(i, 'correspondsTo'), `“${reference}” is not "<short name>:<key>"`);
    }
    return {
      key,
      title: text(norm['title'], at.norm(i, 'title'), 200),
      // A norm's text keeps its line breaks; only its ends are trimmed.
      text: normText(norm['text'], at.norm(i, 'text')),
      force,
      sourceUrl: url(norm['sourceUrl'], at.norm(i, 'sourceUrl')),
      correspondsTo: [...new Set(references)],
    };
  });
  return {
    shortName: required(document['shortName'], at.framework('shortName'), 40),
    title: required(document['title'], at.framework('title'), 300),
    publisher: text(document['publisher'], at.framework('publisher'), 200),
    year,
    publishedOn,
    sourceUrl: url(document['sourceUrl'], at.framework('sourceUrl')),
    description: text(document['description'], at.framework('description'), 4000),
    norms: drafts,
  };
}

function normText(value: unknown, where: { location: string; row?: number; field: string }) {
  if (typeof value !== 'string' || value.trim() === '') throw fail(where, 'is required');
  const trimmed = value.trim();
  if (trimmed.length > 4000) throw fail(where, 'is too long (at most 4000 characters)');
  return trimmed;
}

function fail(
  where: { location: string; row?: number; field: string } | string,
  problem: string,
): FrameworkFileError {
  const w = typeof where === 'string' ? { location: where, field: where } : where;
  return new FrameworkFileError(w.location, problem, { row: w.row, field: w.field });
}

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------- writing

/** A framework as the JSON format writes it: what parseFrameworkFile reads back. */
export function frameworkToJson(framework: FrameworkDraft): string {
  const { norms, ...rest } = framework;
  const optional = <T>(value: T | null) => value ?? undefined;
  return `${JSON.stringify(
    {
      format: 'plenary-framework/1',
      shortName: rest.shortName,
      title: rest.title,
      publisher: optional(rest.publisher),
      year: rest.year,
      publishedOn: optional(rest.publishedOn),
      sourceUrl: optional(rest.sourceUrl),
      description: optional(rest.description),
      norms: norms.map((n) => ({
        key: n.key,
        title: optional(n.title),
        text: n.text,
        force: n.force,
        sourceUrl: optional(n.sourceUrl),
        correspondsTo: n.correspondsTo.length > 0 ? n.correspondsTo : undefined,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A framework as CSV: the header, then one row per norm, CRLF line ends (RFC 4180). */
export function frameworkToCsv(framework: FrameworkDraft): string {
  const frameworkCells = [
    framework.shortName,
    framework.title,
    framework.publisher ?? '',
    String(framework.year),
    framework.publishedOn ?? '',
    framework.sourceUrl ?? '',
    framework.description ?? '',
  ];
  const lines = [
    CSV_COLUMNS.join(','),
    ...framework.norms.map((n) =>
      [
        ...frameworkCells,
        n.key,
        n.title ?? '',
        n.text,
        n.force,
        n.sourceUrl ?? '',
        n.correspondsTo.join('; '),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
