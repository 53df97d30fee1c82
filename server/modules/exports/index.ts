// The exports module's public surface: the composition root mounts its routes.
export { exportRoutes } from './export.routes.js';
