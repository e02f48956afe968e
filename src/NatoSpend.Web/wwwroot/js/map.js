// Country shapes for the overview map: Natural Earth 1:50m admin-0 countries (public domain, via the world-atlas package),
// cut at build to Europe and North America with coordinates rounded (build/assets.mjs writes lib/nato-map.json).
// Allies' features are named by ISO3 code; other countries keep their name.
import { echartsReady } from './common.js';

let loaded = null;

/** Registers the maps 'nato-europe' and 'nato-america' with ECharts once. */
export async function registerMaps() {
  loaded ??= (async () => {
    const [echarts, response] = await Promise.all([echartsReady(), fetch('lib/nato-map.json')]);
    if (!response.ok) throw new Error('The dashboard could not load the map\'s country shapes; reload the page.');
    const shapes = await response.json();
    echarts.registerMap('nato-europe', shapes.europe);
    echarts.registerMap('nato-america', shapes.america);
  })();
  return loaded;
}

/** Resolves once the element is on screen or near it: the shapes (a few hundred kilobytes) load only for a map someone will see. */
export function whenNear(element) {
  return new Promise(resolve => {
    const observer = new IntersectionObserver(entries => {
      if (entries.some(e => e.isIntersecting)) {
        observer.disconnect();
        resolve();
      }
    }, { rootMargin: '200px 0px' });
    observer.observe(element);
  });
}
