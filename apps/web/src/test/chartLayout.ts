/**
 * jsdom has no layout: ApexCharts needs ResizeObserver and SVG measurement to draw at all. These stand-ins
 * measure text as 6 px a character and 12 px high, enough for it to build its DOM (legend, labels) for tests to read.
 */
export function installChartLayout(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const svg = SVGElement.prototype as SVGElement & { getBBox?: () => DOMRect; getComputedTextLength?: () => number };
  svg.getBBox ??= function (this: SVGElement) {
    return new DOMRect(0, 0, (this.textContent ?? '').length * 6, 12);
  };
  svg.getComputedTextLength ??= function (this: SVGElement) {
    return (this.textContent ?? '').length * 6;
  };
}
