/**
 * A mistyped option is told in plain words, naming the option and where to find the right
 * ones, never in Node's own words ("To specify a positional argument starting with a '-' …").
 */
import { describe, expect, it } from 'vitest';
import { coprod, DEMO_VAULT } from '../support/cli';

async function refusal(args: string[]): Promise<string> {
  const run = await coprod(args, { cwd: DEMO_VAULT });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

describe('wrong options, in plain words', () => {
  it('names an option that does not exist and points to the help', async () => {
    expect(await refusal(['check', '--bogus'])).toBe('coprod check: there is no option --bogus. Run "coprod check --help" to see the options.');
    expect(await refusal(['report', '-x'])).toBe('coprod report: there is no option -x. Run "coprod report --help" to see the options.');
  });

  it('says which option needs a value, and which takes none', async () => {
    expect(await refusal(['dashboard', '--project'])).toBe(
      'coprod dashboard: --project needs a value after it. Run "coprod dashboard --help" to see the options.',
    );
    expect(await refusal(['dashboard', '--help=3'])).toBe('coprod dashboard: --help takes no value. Run "coprod dashboard --help" to see the options.');
  });

  it('explains how to give a value that starts with a dash', async () => {
    expect(await refusal(['reflect', '--learned', '-5 chairs were enough'])).toBe(
      'coprod reflect: the value after --learned starts with "-", so it looks like another option. Write it as --learned="-…" to use it as the value.',
    );
  });

  it('names a word a command does not take', async () => {
    expect(await refusal(['reflect', '--learned', 'x', 'extra'])).toBe(
      'coprod reflect: unexpected "extra". Run "coprod reflect --help" to see the options.',
    );
  });
});
