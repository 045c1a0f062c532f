// What budgets.mjs's probes record on the page.
interface Window {
  __firstValueMs?: number;
  __changes: number[];
}
