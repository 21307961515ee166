export * from './problem';
export * from './frontmatter';
export * from './links';
export * from './conflicts';
export * from './record';
export * from './body';
export * from './parse-note';
