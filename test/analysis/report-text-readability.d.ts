/** The part of text-readability (which ships no types) that the easy-read tests use. */
declare module 'text-readability' {
  const readability: {
    /** Flesch reading ease: 206.835 - 1.015 (words per sentence) - 84.6 (syllables per word). */
    fleschReadingEase(text: string): number;
  };
  export default readability;
}
