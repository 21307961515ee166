/** src/model/bundled-templates.ts is generated from vault-template/Templates/ and must match it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES, TEMPLATE_FILE_NAMES } from '../../src/model/bundled-templates';

const REPO = path.resolve(__dirname, '../..');
const FOLDER = path.join(REPO, 'vault-template', 'Templates');

describe('bundled templates', () => {
  it('hold exactly the text of each template in vault-template/Templates', () => {
    for (const [id, fileName] of Object.entries(TEMPLATE_FILE_NAMES)) {
      const text = readFileSync(path.join(FOLDER, fileName), 'utf8').replace(/\r\n/g, '\n');
      expect(BUNDLED_TEMPLATES[id as keyof typeof BUNDLED_TEMPLATES], `${fileName} changed: run npm run templates`).toBe(text);
    }
  });

  it('are what the generator writes today (run "npm run templates" if not)', () => {
    let output = '';
    let failed = false;
    try {
      output = execFileSync(process.execPath, [path.join(REPO, 'scripts', 'bundle-templates.mjs'), '--check'], {
        cwd: REPO,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failed = true;
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(failed, output).toBe(false);
  });
});
