import type { PresenceEntry } from '@plenary/contracts';
import type { Redis } from 'ioredis';
import { onRedis, REDIS_KEY_PREFIX } from '../common/redis/shared-redis.js';
import type {
  AccordPerson,
  HeartbeatChanges,
  PresenceRead,
  PresenceStore,
} from './presence-store.js';

/** `plenary:presence:accord:<accordId>`: a hash of the accord's entries by socket id. */
const ENTRIES = `${REDIS_KEY_PREFIX}presence:accord:`;
/** Every entry (`<accordId> <socketId>`) scored by its expiry in ms, for the sweep. */
const EXPIRY = `${REDIS_KEY_PREFIX}presence:expiry`;
/** The last number given to a read. */
const VERSION = `${REDIS_KEY_PREFIX}presence:version`;

const RENEWALS_PER_CALL = 500;

const NOW_MS = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

// KEYS: the expiry set. ARGV: entries prefix, ttl ms, then per entry accord, socket, user,
// clause ('' for none), typing ('1'/'0'), and 'u' (updated now) or 'k' (keep when it was).
// An entry is {u, c, t, at, x}: user, clause, typing, updated at, expires at (Redis's ms).
// Returns accord, user of each entry that was not there.
const PUT = `${NOW_MS}
local ttl = tonumber(ARGV[2])
local absent = {}
for i = 3, #ARGV, 6 do
  local key = ARGV[1] .. ARGV[i]
  local at = now
  local old = redis.call('HGET', key, ARGV[i + 1])
  if not old then
    table.insert(absent, ARGV[i])
    table.insert(absent, ARGV[i + 2])
  elseif ARGV[i + 5] == 'k' then
    at = cjson.decode(old).at
  end
  redis.call('HSET', key, ARGV[i + 1],
    cjson.encode({u = ARGV[i + 2], c = ARGV[i + 3], t = ARGV[i + 4], at = at, x = now + ttl}))
  redis.call('PEXPIRE', key, ttl)
  redis.call('ZADD', KEYS[1], now + ttl, ARGV[i] .. ' ' .. ARGV[i + 1])
end
return absent`;

// KEYS: the expiry set. ARGV: entries prefix, then pairs accord, socket. Returns accord, user
// of each entry removed.
const REMOVE = `local out = {}
for i = 2, #ARGV, 2 do
  local key = ARGV[1] .. ARGV[i]
  local raw = redis.call('HGET', key, ARGV[i + 1])
  if raw then
    redis.call('HDEL', key, ARGV[i + 1])
    table.insert(out, ARGV[i])
    table.insert(out, cjson.decode(raw).u)
  end
  redis.call('ZREM', KEYS[1], ARGV[i] .. ' ' .. ARGV[i + 1])
end
return out`;

// KEYS: the expiry set. ARGV: entries prefix. Removes up to 1,000 expired entries, whoever's;
// returns accord, user of each.
const SWEEP = `${NOW_MS}
local out = {}
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1000)) do
  local space = string.find(member, ' ', 1, true)
  local accord = string.sub(member, 1, space - 1)
  local socket = string.sub(member, space + 1)
  local key = ARGV[1] .. accord
  local raw = redis.call('HGET', key, socket)
  if raw then
    redis.call('HDEL', key, socket)
    table.insert(out, accord)
    table.insert(out, cjson.decode(raw).u)
  end
  redis.call('ZREM', KEYS[1], member)
end
return out`;

// KEYS: the accord's entries, the version. ARGV: '1' and user ids to read only theirs, or '0'.
// Returns the read's number (never below Redis's clock in ms, so it keeps growing after Redis
// restarts empty), then the live entries' JSON.
const READ = `${NOW_MS}
local want = nil
if ARGV[1] == '1' then
  want = {}
  for i = 2, #ARGV do want[ARGV[i]] = true end
end
local out = {}
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local entry = cjson.decode(all[i + 1])
  if entry.x > now and (want == nil or want[entry.u]) then table.insert(out, all[i + 1]) end
end
local version = tonumber(redis.call('GET', KEYS[2]) or '0') + 1
if version < now then version = now end
local text = string.format('%d', version)
redis.call('SET', KEYS[2], text)
table.insert(out, 1, text)
return out`;

interface OwnEntry {
  accordId: string;
  socketId: string;
  userId: string;
  clauseId: string | null;
  typing: boolean;
}

interface StoredEntry {
  u: string;
  c: string;
  t: string;
  at: number;
}

/** A person's display name: names never change, so they are read from PostgreSQL once. */
export type DisplayNamesOf = (userIds: string[]) => Promise<Map<string, string>>;

/**
 * Presence in Redis (REDIS_URL). Each script runs alone in Redis, so a read and its number are
 * one step, in order across instances (what the advisory lock does in PostgreSQL); the clock is
 * Redis's. The instance also keeps its own entries, and its heartbeat writes them again whole:
 * after Redis restarts empty, the live sockets are present again within a heartbeat. Calls go
 * in the order they are made, on one connection (EVAL, never EVALSHA's retry), so a heartbeat
 * cannot bring back an entry that left after it.
 */
export class RedisPresenceStore implements PresenceStore {
  private readonly own = new Map<string, OwnEntry>();

  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
    private readonly displayNames: DisplayNamesOf,
  ) {}

  async enter(socketId: string, userId: string, accordId: string): Promise<void> {
    const key = `${accordId} ${socketId}`;
    const entry = this.own.get(key) ?? {
      accordId,
      socketId,
      userId,
      clauseId: null,
      typing: false,
    };
    this.own.set(key, entry);
    await this.put([entry], 'k');
  }

  async update(
    socketId: string,
    userId: string,
    accordId: string,
    clauseId: string | null,
    typing: boolean,
  ): Promise<void> {
    const entry = { accordId, socketId, userId, clauseId, typing };
    this.own.set(`${accordId} ${socketId}`, entry);
    await this.put([entry], 'u');
  }

  async leave(socketId: string, accordId: string): Promise<void> {
    this.own.delete(`${accordId} ${socketId}`);
    await this.remove([[accordId, socketId]]);
  }

  async heartbeat(liveSocketIds: string[]): Promise<HeartbeatChanges> {
    const live = new Set(liveSocketIds);
    for (const [key, entry] of this.own) if (!live.has(entry.socketId)) this.own.delete(key);
    // A script at a time holds Redis alone: a few hundred entries each.
    const entries = [...this.own.values()];
    const renewals: Promise<AccordPerson[]>[] = [];
    for (let i = 0; i < entries.length; i += RENEWALS_PER_CALL) {
      renewals.push(this.put(entries.slice(i, i + RENEWALS_PER_CALL), 'k'));
    }
    const swept = onRedis(() => this.redis.eval(SWEEP, 1, EXPIRY, ENTRIES));
    const [back, gone] = await Promise.all([Promise.all(renewals), swept]);
    return { gone: people(gone), back: back.flat() };
  }

  removeOwn(): Promise<AccordPerson[]> {
    const entries = [...this.own.values()];
    this.own.clear();
    return this.remove(entries.map((e) => [e.accordId, e.socketId]));
  }

  async read(accordId: string, userIds: string[] | null): Promise<PresenceRead> {
    const filter = userIds === null ? ['0'] : ['1', ...userIds];
    const [version, ...entries] = (await onRedis(() =>
      this.redis.eval(READ, 2, ENTRIES + accordId, VERSION, ...filter),
    )) as string[];
    // One entry per person: the socket he used last (several tabs are one presence).
    const latest = new Map<string, StoredEntry>();
    for (const json of entries) {
      const entry = JSON.parse(json) as StoredEntry;
      const seen = latest.get(entry.u);
      if (!seen || entry.at > seen.at) latest.set(entry.u, entry);
    }
    const names = await this.displayNames([...latest.keys()]);
    const users: PresenceEntry[] = [...latest.values()].flatMap((entry) => {
      const displayName = names.get(entry.u);
      return displayName === undefined
        ? []
        : [{ userId: entry.u, displayName, clauseId: entry.c || null, typing: entry.t === '1' }];
    });
    users.sort((a, b) => compare(a.displayName, b.displayName) || compare(a.userId, b.userId));
    return { version: Number(version), users };
  }

  onReconnected(listener: () => void): void {
    let lost = false;
    this.redis.on('close', () => (lost = true));
    this.redis.on('ready', () => {
      if (!lost) return;
      lost = false;
      listener();
    });
  }

  /**
   * Sent now, in call order: the caller changes `own` in the same turn. Resolves with the
   * entries that were not there.
   */
  private put(entries: OwnEntry[], at: 'u' | 'k'): Promise<AccordPerson[]> {
    const args = entries.flatMap((e) => [
      e.accordId,
      e.socketId,
      e.userId,
      e.clauseId ?? '',
      e.typing ? '1' : '0',
      at,
    ]);
    return onRedis(() =>
      this.redis.eval(PUT, 1, EXPIRY, ENTRIES, this.ttlSeconds * 1000, ...args),
    ).then(people);
  }

  private async remove(pairs: [string, string][]): Promise<AccordPerson[]> {
    if (pairs.length === 0) return [];
    return people(
      await onRedis(() => this.redis.eval(REMOVE, 1, EXPIRY, ENTRIES, ...pairs.flat())),
    );
  }
}

/** Accord, user pairs from a script, without repeats. */
function people(flat: unknown): AccordPerson[] {
  const list = flat as string[];
  const seen = new Map<string, AccordPerson>();
  for (let i = 0; i + 1 < list.length; i += 2) {
    const accordId = list[i]!;
    const userId = list[i + 1]!;
    seen.set(`${accordId} ${userId}`, { accordId, userId });
  }
  return [...seen.values()];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
