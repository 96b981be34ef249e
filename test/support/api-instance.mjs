// One API instance in its own process, so that a test can kill it like a crash (SIGKILL):
// nothing of it gets to clean up. Prints {"url": …} once listening. Uses the built API.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'api', 'dist');
const { createApi } = await import(pathToFileURL(join(dist, 'bootstrap.js')).href);
const { loadConfig } = await import(pathToFileURL(join(dist, 'config', 'config.js')).href);

// The test holds our stdin: if it goes away, so do we (no orphan servers).
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const config = loadConfig(process.env);
const app = await createApi({ config, databaseUrl: config.databaseUrl });
await app.listen(0, '127.0.0.1');
const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
process.stdout.write(`${JSON.stringify({ url })}\n`);
