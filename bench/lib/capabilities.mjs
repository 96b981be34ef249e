// Which parts of the API exist in this build: scenarios whose API has not landed are skipped,
// never faked. Probed over HTTP (introspection is off in production mode).
import { gqlRaw } from './http.mjs';

/** Thrown by a scenario that cannot run here; the report says "skipped: <why>". */
export class Skip extends Error {}

async function hasField(url, query, field) {
  const body = await gqlRaw(url, query);
  const missing = (body.errors ?? []).some((e) =>
    new RegExp(`Cannot query field "${field}"`).test(e.message),
  );
  return !missing;
}

async function hasSocketIo(url) {
  try {
    const response = await fetch(`${url}/socket.io/?EIO=4&transport=polling`);
    const text = await response.text();
    return response.status === 200 && text.startsWith('0{');
  } catch {
    return false;
  }
}

export async function detectCapabilities(url) {
  const [postComment, clauseComments, commentCount, accordAt, clauseDiff, accordDiff, socketIo] =
    await Promise.all([
      hasField(
        url,
        'mutation { postComment(input: { accordId: "x", body: "x" }) { id } }',
        'postComment',
      ),
      hasField(url, '{ clause(id: "x") { comments { id } } }', 'comments'),
      hasField(url, '{ clause(id: "x") { commentCount } }', 'commentCount'),
      hasField(url, '{ accordAt(accordId: "x") { seq } }', 'accordAt'),
      hasField(
        url,
        '{ clauseDiff(clauseId: "x", fromVersion: 1, toVersion: 2) { fromVersion } }',
        'clauseDiff',
      ),
      hasField(
        url,
        '{ accordDiff(accordId: "x", from: { seq: 0 }, to: { seq: 0 }) { accordId } }',
        'accordDiff',
      ),
      hasSocketIo(url),
    ]);
  return { postComment, clauseComments, commentCount, accordAt, clauseDiff, accordDiff, socketIo };
}
