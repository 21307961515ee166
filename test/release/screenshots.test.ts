/** The README shows the plugin's own views, at 1280 x 720 and on a 360 x 740 phone (npm run screenshots makes them). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const SHOTS = ['plugin-dashboard-light.png', 'plugin-dashboard-dark.png', 'plugin-reflection-log.png'];
const PHONE_SHOTS = ['plugin-dashboard-phone-light.png', 'plugin-dashboard-phone-dark.png'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(REPO, 'docs/images', file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('README screenshots', () => {
  it('are pictures of the plugin views, 1280 x 720, each shown in the README', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    for (const shot of SHOTS) {
      expect(pngSize(shot)).toEqual({ width: 1280, height: 720 });
      expect(readme).toContain(`](docs/images/${shot})`);
    }
  });

  it('show the dashboard on a 360 x 740 phone, light and dark, in the README', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    for (const shot of PHONE_SHOTS) {
      expect(pngSize(shot)).toEqual({ width: 360, height: 740 });
      expect(readme).toContain(`](docs/images/${shot})`);
    }
  });
});
