/**
 * "Export rewards as CSV for finance": one row per reward, written as a new file in the
 * project's Reports folder. A file that exists is never written over: the new one gets a
 * free name beside it.
 */
import { collectProjectNotes } from '../../analysis/project-notes';
import { rewardRows } from '../../analysis/rewards';
import { rewardsCsv } from '../../analysis/rewards-csv';
import type { ProjectRecord } from '../../index';
import { uniquePath } from '../../model/file-names';
import { reportLocation } from '../../render/report-markdown';
import type { CoproductionHost } from '../host';

export const REWARDS_COMMAND = { id: 'export-rewards-csv', name: 'Export rewards as CSV for finance' } as const;

/** Whether the project has any reward the CSV counts; without one, the file holds only the column names. */
export function hasRewards(host: CoproductionHost, project: ProjectRecord): boolean {
  return rewardRows(collectProjectNotes(host.index, project)).length > 0;
}

/** Writes the rewards CSV as a new file and returns its path. */
export async function exportRewardsCsv(host: CoproductionHost, project: ProjectRecord): Promise<string> {
  const asOf = host.today();
  const text = rewardsCsv(rewardRows(collectProjectNotes(host.index, project)));
  const { folder } = reportLocation(project.path, asOf);
  for (let attempt = 0; ; attempt++) {
    const path = await uniquePath(folder, `Rewards ${asOf}`, (candidate) => host.writer.exists(candidate), '.csv');
    try {
      await host.writer.createNote(path, text);
      return path;
    } catch (error) {
      // Only a name taken in the meantime is worth another try; the writer never overwrites.
      if (attempt >= 5 || !(await host.writer.exists(path))) throw error;
    }
  }
}
