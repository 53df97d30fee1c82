import { useEffect, useRef, useState } from 'react';

export interface ChartDay {
  day: string;
  orderCount: number;
  value: number;
}

/**
 * Orders and value per day drawn by uPlot, loaded only in the browser and only on the dashboard
 * (a dynamic import: its own chunk). The table beside it is the server-rendered, accessible version.
 */
export function DashboardChart({ days, labels, formatValue }: { days: ChartDay[]; labels: { orders: string; value: string; title: string }; formatValue: (v: number) => string }) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled || !host.current) return;
      const width = Math.max(280, host.current.clientWidth);
      const xs = days.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000);
      chart = new UPlot(
        {
          width,
          height: 260,
          tzDate: (ts: number) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
          scales: { x: { time: true }, orders: { auto: true }, value: { auto: true } },
          series: [
            {},
            { label: labels.orders, scale: 'orders', stroke: '#1d4ed8', width: 2, fill: 'rgba(29,78,216,0.08)' },
            { label: labels.value, scale: 'value', stroke: '#047857', width: 2, value: (_u: unknown, v: number | null) => (v == null ? '—' : formatValue(v)) },
          ],
          axes: [{}, { scale: 'orders' }, { scale: 'value', side: 1, grid: { show: false }, values: (_u: unknown, vals: number[]) => vals.map((v) => formatValue(v)), size: 80 }],
        },
        [xs, days.map((d) => d.orderCount), days.map((d) => d.value)],
        host.current,
      );
      setReady(true);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [days, labels, formatValue]);
  return <div ref={host} className="dashboard-chart" role="img" aria-label={labels.title} data-ready={ready ? 'true' : undefined} />;
}
