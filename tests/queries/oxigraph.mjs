// Oxigraph for the query tests, from the pinned packages of tests/interop
// (tests/interop/package-lock.json). Exits 77 (CTest's skip) when they are not
// installed: scripts/setup.sh installs them.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function requireOxigraph() {
  try {
    return createRequire(path.join(root, 'tests/interop/package.json'))('oxigraph');
  } catch {
    console.log('SKIP  oxigraph not installed in tests/interop/node_modules (run scripts/setup.sh)');
    process.exit(77);
  }
}
