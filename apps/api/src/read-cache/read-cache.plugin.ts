import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import { accordScopedReads, type RootRead } from './cacheable-operation.js';
import type { CallerStanding } from '../accord-log/accord-access.service.js';
import {
  type AccordHead,
  headsSignature,
  type ResponseCache,
} from '../common/caching/response-cache.js';
import { standingKey, type ViewerDependence, viewerDependence } from './viewer-standing.js';

export type CachedData = NonNullable<FormattedExecutionResult['data']>;

/**
 * A kept answer: its JSON only. Holding the object graph as well cost several times the JSON's
 * size, which the byte budget did not see. Served as the `data` of a response, it is written
 * out by `stringifyResult` as is; anything else that serializes it gets the same data back.
 */
export class KeptAnswer {
  constructor(readonly json: string) {}

  /** What the heap holds: V8 keeps a string one byte per character unless one needs two. */
  get bytes(): number {
    // eslint-disable-next-line no-control-regex
    return /[^\u0000-\u00ff]/.test(this.json) ? 2 * this.json.length : this.json.length;
  }

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * Apollo's `stringifyResult`: the same bytes as its default (JSON and a newline), with a kept
 * answer's JSON written as it was kept.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const { data, errors, extensions } = result;
  if (data instanceof KeptAnswer && errors === undefined && extensions === undefined)
    return `{"data":${data.json}}\n`;
  return `${JSON.stringify(result)}\n`;
}

export interface ReadCacheDependencies {
  cache: ResponseCache<KeptAnswer>;
  /** The signed-in user of the request, or null when anonymous; throws on a bad token. */
  userOf(req: Request): AuthenticatedUser | null;
  /**
   * The heads of the accords the reads belong to, or null when one is missing or hidden; with
   * `viewer`, the caller's standing in each too (from the same statement).
   */
  headsVisibleTo(
    userId: string,
    reads: RootRead[],
    viewer?: ViewerDependence,
  ): Promise<(AccordHead & { standing?: CallerStanding })[] | null>;
  /** Has the viewer fields of this request computed from the standing its answer is keyed by. */
  keyedStanding(context: object, accordId: string, standing: CallerStanding): void;
}

/**
 * Serves an accord-scoped query from the answer last computed for the same text and variables
 * while the heads of its accords have not moved. Every request still proves, in one statement,
 * that the caller may see those accords and that the heads are current, so a cached answer is
 * exactly what executing the query would give. Answers do not depend on who asks (access
 * aside), except through the viewer fields: an answer that selects one is keyed by the caller's
 * standing in those accords (`viewer-standing.ts`), never by who he is.
 */
export function readCachePlugin(deps: ReadCacheDependencies): ApolloServerPlugin<{
  req: Request;
  user?: AuthenticatedUser | null;
  answerExpiresAt?: number;
}> {
  return {
    requestDidStart() {
      if (!deps.cache.enabled) return Promise.resolve();
      let finish:
        ((answer: KeptAnswer | undefined, bytes: number, expiresAt?: number) => void) | null = null;
      return Promise.resolve({
        async responseForOperation({ document, operation, request, queryHash, contextValue }) {
          // Apollo's types promise an operation, but it calls this hook without one when the
          // operation name matches none (or is missing among several): execution refuses it.
          if (!(operation as typeof operation | undefined)) return null;
          const reads = accordScopedReads(document, operation, request.variables);
          if (!reads) return null;
          const viewer = viewerDependence(document);
          let heads: (AccordHead & { standing?: CallerStanding })[] | null = null;
          try {
            const user =
              contextValue.user !== undefined ? contextValue.user : deps.userOf(contextValue.req);
            // Verified once: the auth guard takes it from the context on a miss.
            contextValue.user = user;
            if (user) heads = await deps.headsVisibleTo(user.userId, reads, viewer ?? undefined);
          } catch {
            // Bad token, database trouble: executing the query answers with the right error.
            return null;
          }
          if (!heads) return null;
          let key = `${queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          if (viewer) {
            const standings = heads.map((h) => ({ accordId: h.accordId, ...h.standing! }));
            key += `\n${standingKey(standings)}`;
            // A membership that changes meanwhile moves the heads, so this entry is never served
            // again; but whoever waits on this computation shares its answer at once: it must be
            // that of the standing in the key, not of one read a moment later.
            for (const { accordId, ...standing } of standings)
              deps.keyedStanding(contextValue, accordId, standing);
          }
          const signature = headsSignature(heads);
          const kept =
            deps.cache.get(key, signature) ?? (await deps.cache.awaitComputation(key, signature));
          if (kept) {
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: kept as unknown as CachedData } },
            };
          }
          finish = deps.cache.beginComputation(key, signature);
          return null;
        },
        willSendResponse({ response, contextValue }) {
          if (finish) {
            const result = response.body.kind === 'single' ? response.body.singleResult : null;
            // Read at heads ≥ those checked: if the log moved meanwhile, the entry never matches
            // (and whoever waited gets an answer at least as new as the heads he checked).
            const data = result?.data && !result.errors ? result.data : undefined;
            const kept = data ? new KeptAnswer(JSON.stringify(data)) : undefined;
            // This answer goes out as the kept JSON too: serialized once.
            if (kept && result) result.data = kept as unknown as CachedData;
            finish(kept, kept?.bytes ?? 0, contextValue.answerExpiresAt);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
