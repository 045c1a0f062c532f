// What other features may use of the dashboard feature (the import boundary checked by `npm run depcruise`).
export { departmentSlug } from './lib/mergeKpi';
