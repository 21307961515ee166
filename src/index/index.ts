export * from './ports';
export * from './project-index';
