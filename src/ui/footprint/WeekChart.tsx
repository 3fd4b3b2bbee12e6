import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { Series } from './aggregate';

// Only the pieces this bar chart uses, so the bundle stays small (Chart.js is tree-shakeable).
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

/** Colours readable on light and dark backgrounds, one per series in order. */
export const SERIES_COLOURS = [
  '#2f9e7e',
  '#d9822b',
  '#5b7fd6',
  '#c2508a',
  '#8a8f2a',
  '#7a5cc7',
  '#3aa0b5',
  '#b5573a',
  '#6b7a74',
];

export interface WeekChartProps {
  labels: string[];
  series: (Series & { label: string })[];
  /** A horizontal line (e.g. the daily share of a weekly budget), or null. */
  line: { label: string; value: number } | null;
  formatValue: (n: number) => string;
  ariaLabel: string;
  /** Whole numbers only on the value axis (counts). */
  integer?: boolean;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * A stacked bar chart drawn by Chart.js on a canvas. The canvas is one image to assistive technology
 * (role="img" with a label); the table next to it carries the figures.
 */
export function WeekChart({
  labels,
  series,
  line,
  formatValue,
  ariaLabel,
  integer = false,
}: WeekChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const el = canvas.current;
    // No 2D context (e.g. a DOM without canvas in unit tests): the table still shows every figure.
    if (!el || !el.getContext?.('2d')) return;
    const text = cssVar('--text', '#1c2321');
    const grid = cssVar('--line', '#dfe3e0');
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: 'bar',
      data: {
        labels,
        datasets: [
          ...series.map((s, i) => ({
            type: 'bar' as const,
            label: s.label,
            data: s.values,
            backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
            stack: 'week',
          })),
          ...(line
            ? [
                {
                  type: 'line' as const,
                  label: line.label,
                  data: labels.map(() => line.value),
                  borderColor: text,
                  borderDash: [6, 4],
                  borderWidth: 1.5,
                  pointRadius: 0,
                },
              ]
            : []),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, ticks: { color: text }, grid: { display: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: {
              color: text,
              callback: (v) => formatValue(Number(v)),
              ...(integer && { precision: 0 }),
            },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { labels: { color: text, boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${formatValue(item.parsed.y ?? 0)}`,
            },
          },
        },
      },
    };
    chart.current?.destroy();
    chart.current = new Chart(el, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [labels, series, line, formatValue, integer]);

  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={ariaLabel} data-testid="week-chart" />
    </div>
  );
}
