export {
  healthResponse,
  startHealthServer,
  type HealthReport,
  type HealthServer,
  type HealthServerOptions,
} from './server.js';
