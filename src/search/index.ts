export * from './types.js';
export { normalise, squash } from './normalise.js';
export { createSearchEngine } from './engine.js';
