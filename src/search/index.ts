export * from './types.js';
export { normalise, squash, words } from '../text/normalise.js';
export { createSearchEngine, createSearchEngineFromEntries, listedHit, type EngineOptions } from './engine.js';
export { entriesFromDataset, type IndexEntry } from './entries.js';
