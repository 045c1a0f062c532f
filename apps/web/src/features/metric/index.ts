// What other features may use of the metric feature besides its components (the import boundary checked by `npm run depcruise`): the chart's goal and forecast overlays.
export { chartOverlays } from './lib/overlays';
