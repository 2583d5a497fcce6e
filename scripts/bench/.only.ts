import { run } from './search.js'; run();
