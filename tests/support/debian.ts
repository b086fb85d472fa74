/**
 * Debian's packages for what the tests run on (browsers, Java, nginx, epubcheck,
 * a virtual display): installed by the test runners when missing, since nothing
 * may be downloaded from elsewhere on this network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs Debian packages when running as root on Debian; true when it was attempted. */
export function aptInstall(packages: string[], why: string) {
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  const names = packages.join(' ');
  console.log(`\n${why}: installing Debian's ${names} (running as root)…`);
  spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`], { stdio: 'inherit' });
  return true;
}
