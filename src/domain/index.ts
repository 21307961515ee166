export * from './ingredients';
export * from './vocabulary';
export * from './dates';
export * from './nearest';
export * from './schemas';
export { quickParse } from './quick-props';
export * from './words';
export * from './compare';
