/** Barriers: how each was dealt with, where it is named, and the steps not taken yet. */
import type { ProjectIndex } from '../../index';
import type { DashboardModel, NoteLink } from '../dashboard-types';
import { linkTo, noteAuthor, type ProjectNotes } from '../project-notes';
import type { QuoteLedger } from './quotes';
import type { Quote, ReportBarrier } from './types';
import { compareText } from '../../domain';

export function barriersOf(dashboard: DashboardModel, notes: ProjectNotes, index: ProjectIndex, ledger: QuoteLedger): ReportBarrier[] {
  return dashboard.barriers.map((status) => {
    const how: Quote[] = [];
    const listedIn: NoteLink[] = [];
    const seen = new Set<string>();
    for (const entry of status.by) {
      const record = index.get(entry.path);
      const mark = record?.barrierMarks.find((candidate) => candidate.barrier === status.id && candidate.line === entry.line);
      if (mark?.source === 'property') {
        listedIn.push({ path: entry.path, title: entry.title });
        continue;
      }
      const key = entry.text.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      // A phase note is written over weeks, so its dates do not say when a barrier went.
      const date = record?.kind === 'phase' ? undefined : entry.date;
      const author = record ? noteAuthor(record) : undefined;
      const quote = ledger.take({ path: entry.path, title: entry.title, text: entry.text, ...(entry.line ? { line: entry.line } : {}), ...(author ? { author } : {}) });
      if (quote) how.push({ ...quote, ...(date ? { date } : {}) });
    }
    const stillToDo: Quote[] = [];
    for (const record of notes.counted) {
      for (const item of record.checklist) {
        if (item.checked || !item.barriers.includes(status.id)) continue;
        // A participant's own note: the step is theirs to be quoted or not, like any words.
        const author = noteAuthor(record);
        const link = linkTo(record, item.line);
        const why = ledger.hold({ ...link, text: item.text, ...(author ? { author } : {}) });
        stillToDo.push(why ? { ...link, text: '', withheld: why } : { ...link, text: item.text });
      }
    }
    stillToDo.sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
    return { id: status.id, name: status.name, addressed: status.addressed, how, listedIn, stillToDo };
  });
}
