/**
 * The peer: the same 38-district choropleth, hover tooltip and click highlight, built the way a
 * newsroom would with Apache ECharts 6 (tree-shaken core + MapChart + the components it needs +
 * CanvasRenderer, geometry via registerMap). Sets the same performance marks as the app.
 * Configured in the peer's favour: no animation, so no frames are spent on transitions.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { PEER_CLASS_COLORS } from './palette.ts';

echarts.use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

async function main(): Promise<void> {
  const [geo, valuesCsv] = await Promise.all([
    fetch('./chongqing.geo.json').then((r) => r.json()),
    fetch('./data/values.csv').then((r) => r.text()),
  ]);
  const rows = valuesCsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const data = rows.map(([code, name, value]) => ({ name, code, value: Number(value) }));
  const max = Math.max(1, ...data.map((d) => d.value));
  echarts.registerMap('chongqing', geo);
  const el = document.getElementById('map')!;
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    visualMap: {
      type: 'piecewise',
      min: 0,
      max,
      splitNumber: PEER_CLASS_COLORS.length,
      inRange: { color: PEER_CLASS_COLORS },
      left: 'left',
      bottom: 'bottom',
    },
    series: [
      {
        type: 'map',
        map: 'chongqing',
        selectedMode: 'single',
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { borderColor: '#222', borderWidth: 1.5 } },
        select: { label: { show: false }, itemStyle: { borderColor: '#000', borderWidth: 2.5 } },
        data,
      },
    ],
  });
  // setOption paints the canvas synchronously (ECharts flushes zrender), so the map is drawn here.
  performance.mark('cq:map-drawn');
  // Drawn is coloured here: ECharts draws the map once, with its data colours.
  performance.mark('cq:map-coloured');
  Object.assign(window, { __cqPeer: { chart } });
}

void main();
