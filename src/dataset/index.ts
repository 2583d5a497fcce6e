export * from './schema.js';
export * from './dataset.js';
export * from './validate.js';
export * from './load.js';
export { exitWithDataErrors, loadDatasetOrExit } from './startup.js';
export { latestMeetingRecords, type NamedRef } from './latest.js';
