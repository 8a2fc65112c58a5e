/**
 * Makes sure a system Chromium and CJK fonts are there before the browser tests run.
 * As root it installs Debian's `chromium` and `fonts-noto-cjk`; otherwise it names them and stops.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

function hasCjkFonts(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return existsSync(CJK_FONT_DIR);
  }
}

const chromium = findChromium();
if (process.env.PLAYWRIGHT_CHROMIUM_PATH && !chromium) {
  console.error(
    `PLAYWRIGHT_CHROMIUM_PATH=${process.env.PLAYWRIGHT_CHROMIUM_PATH} is not an executable file.`,
  );
  process.exit(1);
}
const missing = [...(chromium ? [] : ['chromium']), ...(hasCjkFonts() ? [] : ['fonts-noto-cjk'])];

if (missing.length === 0) {
  console.log(`chromium: ${chromium}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Browser tests need Debian's ${missing.join(' and ')}. Install with:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
      `or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium binary.`,
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(' ')} with apt-get (running as root)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
  stdio: 'inherit',
  env,
});
const installed = findChromium();
if (!installed) {
  console.error('apt-get finished but no Chromium binary was found at /usr/bin/chromium.');
  process.exit(1);
}
console.log(`chromium: ${installed}`);
