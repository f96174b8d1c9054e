// Installs the client's build tools with `npm ci` (exactly what package-lock.json names) unless node_modules was
// already installed from this very package.json and lock, so that a build after the first one does not reinstall.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = 'node_modules/.installed-from-lock';
const hash = createHash('sha256').update(readFileSync('package.json')).update(readFileSync('package-lock.json')).digest('hex');

if (!existsSync(marker) || readFileSync(marker, 'utf8') !== hash) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  writeFileSync(marker, hash);
}
