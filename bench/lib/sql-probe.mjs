// Preloaded into API processes (node --import): counts the SQL statements sent through pg, so
// the harness can tell how many statements one GraphQL operation costs, and keeps their text
// (with parameters and durations when PLENARY_BENCH_SQL_DETAIL=1). Driven over the IPC channel.
import pg from 'pg';

const detail = process.env.PLENARY_BENCH_SQL_DETAIL === '1';
let count = 0;
let statements = [];
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, values, callback) {
  count++;
  if (statements.length >= 500) return original.call(this, config, values, callback);
  const text = typeof config === 'string' ? config : config?.text;
  const entry = { sql: typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : String(text) };
  if (!detail) {
    statements.push(entry.sql.slice(0, 200));
    return original.call(this, config, values, callback);
  }
  entry.values = Array.isArray(values) ? values : config?.values;
  const t0 = performance.now();
  statements.push(entry);
  const done = () => (entry.ms = Math.round((performance.now() - t0) * 100) / 100);
  if (typeof callback === 'function') {
    return original.call(this, config, values, (...args) => {
      done();
      return callback(...args);
    });
  }
  if (typeof values === 'function') {
    return original.call(this, config, (...args) => {
      done();
      return values(...args);
    });
  }
  const result = original.call(this, config, values, callback);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

if (process.send) {
  process.on('message', (message) => {
    if (message?.probe === 'reset') {
      count = 0;
      statements = [];
      process.send({ probe: 'reset-ok', id: message.id });
    } else if (message?.probe === 'read') {
      process.send({ probe: 'count', id: message.id, count, statements });
    }
  });
  // The IPC channel must not keep the API alive on its own.
  process.channel?.unref();
}
