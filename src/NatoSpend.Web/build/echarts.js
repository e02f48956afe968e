// The parts of Apache ECharts the dashboard draws with, and nothing else: the full build is about 1.1 MB, this about a third.
// Bundled by assets.mjs into wwwroot/lib/echarts.custom.min.js, which sets the global `echarts`.
import { use } from 'echarts/core';
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, MapChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { getInstanceByDom, init, registerMap } from 'echarts/core';
