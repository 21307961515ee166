import { describe, expect, it, vi } from 'vitest';
import { parseNote } from '../../src/model';
import { readYaml } from '../../src/cli/yaml-reader';
import { indexOf, note } from '../support/memory-vault';

const FILES = {
  'A/A.md': note({ coproduction: 'project', start: '2026-01-01' }),
  'A/Activities/one.md': note({ coproduction: 'activity', date: '2026-02-01' }),
  'B/B.md': note({ coproduction: 'project', start: '2026-01-01' }),
  'B/Activities/two.md': note({ coproduction: 'activity', date: '2026-02-02' }),
  'Elsewhere/linked.md': note({ coproduction: 'reflection', date: '2026-02-03', project: '"[[B]]"' }),
  'Templates/Activity.md': note({ coproduction: 'activity', date: '"{{date}}"' }),
};

describe('project index', () => {
  it('places notes by project link first, then by folder, and skips the templates folder', async () => {
    const index = await indexOf(FILES);
    expect(index.projects().map((project) => project.title)).toEqual(['A', 'B']);
    expect(index.projectOf('A/Activities/one.md')).toBe('A/A.md');
    expect(index.projectOf('Elsewhere/linked.md')).toBe('B/B.md');
    expect(index.get('Templates/Activity.md')).toBeUndefined();
    expect(index.size).toBe(5);
  });

  it('updates one note without re-reading any other, and marks only its project as changed', async () => {
    const index = await indexOf(FILES);
    const listener = vi.fn();
    index.onChange(listener);
    const versionB = index.projectVersion('B/B.md');
    index.update('A/Activities/one.md', note({ coproduction: 'activity', date: '2026-02-05' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ paths: ['A/Activities/one.md'], projects: ['A/A.md'] });
    expect(index.projectVersion('B/B.md')).toBe(versionB);
  });

  it('moves a renamed note to the project of its new folder', async () => {
    const index = await indexOf(FILES);
    const listener = vi.fn();
    index.onChange(listener);
    index.rename('A/Activities/one.md', 'B/Activities/one.md', FILES['A/Activities/one.md']);
    expect(index.projectOf('B/Activities/one.md')).toBe('B/B.md');
    expect(index.get('A/Activities/one.md')).toBeUndefined();
    expect(index.notesOf('A/A.md').map((record) => record.path)).toEqual(['A/A.md']);
    expect(listener).toHaveBeenCalledWith({ paths: ['A/Activities/one.md', 'B/Activities/one.md'], projects: ['A/A.md', 'B/B.md'] });
  });

  it("keeps the list of each project's notes right through edits, additions, moves, links and removals", async () => {
    const index = await indexOf(FILES);
    const paths = (project: string) => index.notesOf(project).map((record) => record.path);
    expect(paths('A/A.md')).toEqual(['A/A.md', 'A/Activities/one.md']);
    index.update('A/Activities/one.md', note({ coproduction: 'activity', date: '2026-02-09' }));
    expect(index.notesOf('A/A.md')[1]?.kind).toBe('activity');
    expect((index.notesOf('A/A.md')[1] as { props: { date: string } }).props.date).toBe('2026-02-09');
    index.update('A/Activities/a zero.md', note({ coproduction: 'activity', date: '2026-02-01' }));
    expect(paths('A/A.md')).toEqual(['A/A.md', 'A/Activities/a zero.md', 'A/Activities/one.md']);
    index.update('A/Activities/one.md', note({ coproduction: 'activity', date: '2026-02-09', project: '"[[B]]"' }));
    expect(paths('A/A.md')).toEqual(['A/A.md', 'A/Activities/a zero.md']);
    expect(paths('B/B.md')).toEqual(['B/B.md', 'A/Activities/one.md', 'B/Activities/two.md', 'Elsewhere/linked.md']);
    index.rename('A/Activities/a zero.md', 'A/Activities/z last.md', note({ coproduction: 'activity', date: '2026-02-01' }));
    expect(paths('A/A.md')).toEqual(['A/A.md', 'A/Activities/z last.md']);
    index.remove('A/Activities/z last.md');
    expect(paths('A/A.md')).toEqual(['A/A.md']);
  });

  it('forgets a deleted note, and notes of a deleted project become notes with no project', async () => {
    const index = await indexOf(FILES);
    index.remove('B/Activities/two.md');
    expect(index.notesOf('B/B.md').map((record) => record.path)).toEqual(['B/B.md', 'Elsewhere/linked.md']);
    index.remove('B/B.md');
    expect(index.projects().map((project) => project.title)).toEqual(['A']);
    expect(index.orphans().map((record) => record.path)).toEqual(['Elsewhere/linked.md']);
  });

  it('gives the same records when built at once or one note at a time', async () => {
    const whole = await indexOf(FILES);
    const stepwise = await indexOf({});
    for (const [path, text] of Object.entries(FILES).reverse()) stepwise.update(path, text);
    for (const record of whole.all()) {
      expect(stepwise.get(record.path)).toEqual(record);
      expect(stepwise.projectOf(record.path)).toBe(whole.projectOf(record.path));
    }
    expect(parseNote({ path: 'x.md', text: FILES['A/A.md'], readYaml }).kind).toBe('project');
  });
});

describe('plain notes with tracker tags outside every project', () => {
  const tagged = '# Idea\n\nA swap shop for tools. #ingredient/networks\n';

  it('are left unread until a project folder holds them, then read in full', async () => {
    const files: Record<string, string> = {
      'Ideas/swap.md': tagged,
      'Garden/swap.md': tagged,
      'Garden/Garden.md': '---\ncoproduction: project\n---\n',
    };
    const index = await indexOf(files);
    expect(index.get('Ideas/swap.md')).toMatchObject({ kind: 'note', notReadYet: true, evidence: [] });
    expect(index.get('Garden/swap.md')?.evidence.map((mark) => mark.ingredient)).toEqual(['networks']);

    // A new project note in Ideas/: its waiting note is read from the source, and counts.
    files['Ideas/Ideas.md'] = '---\ncoproduction: project\n---\n';
    index.update('Ideas/Ideas.md', files['Ideas/Ideas.md']);
    await vi.waitFor(() => expect(index.get('Ideas/swap.md')?.evidence.map((mark) => mark.ingredient)).toEqual(['networks']));
    expect(index.projectOf('Ideas/swap.md')).toBe('Ideas/Ideas.md');
  });

  it('are read at once when they link to a project', async () => {
    const index = await indexOf({
      'Ideas/swap.md': `---\nproject: "[[Garden]]"\n---\n${tagged}`,
      'Garden/Garden.md': '---\ncoproduction: project\n---\n',
    });
    expect(index.projectOf('Ideas/swap.md')).toBe('Garden/Garden.md');
    expect(index.get('Ideas/swap.md')?.evidence).toHaveLength(1);
  });
});

describe('the first reading, in slices', () => {
  it('gives way to the host after each slice and reports progress, reading every note once', async () => {
    const files: Record<string, string> = { 'P/P.md': '---\ncoproduction: project\n---\n' };
    for (let i = 0; i < 300; i++) files[`P/n${i}.md`] = `---\ncoproduction: reflection\ndate: 2026-01-01\n---\nNote ${i}. #ingredient/assets\n`;
    const { ProjectIndex } = await import('../../src/index');
    const { memorySource } = await import('../support/memory-vault');
    const index = new ProjectIndex({ readYaml });
    // A clock that moves 1 ms per look, and the time is looked at after every note: a slice of
    // 50 ms is 50 notes.
    let now = 0;
    const seen: [number, number][] = [];
    const midway: (number | undefined)[] = [];
    const building = index.build(memorySource(files), {
      sliceMs: 50,
      clock: () => (now += 1),
      onProgress: (done, total) => {
        seen.push([done, total]);
        midway.push(index.progress?.done);
      },
    });
    await building;
    // One report per slice of 50 notes, one at the end.
    expect(seen).toEqual([[0, 301], [50, 301], [100, 301], [150, 301], [200, 301], [250, 301], [300, 301], [301, 301]]);
    expect(midway.slice(1, 7)).toEqual([50, 100, 150, 200, 250, 300]);
    expect(index.progress).toBeUndefined();
    expect(index.size).toBe(301);
  });
});
