import { loadDatasetOrExit } from './startup.js';
import { formatSummary } from './summary.js';

// `npm run check-data`: validate the data and print a one-screen summary.
const dataset = loadDatasetOrExit();
process.stdout.write(formatSummary(dataset) + '\n');
