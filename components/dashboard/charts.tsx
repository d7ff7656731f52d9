"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type Series = { key: string; label: string; color: string };

const fmt = (v: unknown) =>
  typeof v === "number" ? v.toLocaleString("vi-VN", { maximumFractionDigits: 1 }) : String(v ?? "—");

/** A small line chart (this year vs last year); the numbers are in the table next to it. */
export function LineChartBox({
  data,
  xKey,
  series,
  height = 220,
}: {
  data: Record<string, unknown>[];
  xKey: string;
  series: Series[];
  height?: number;
}) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} allowDecimals={false} />
          <Tooltip formatter={fmt} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A small bar chart (pipeline, ranking). */
export function BarChartBox({
  data,
  xKey,
  series,
  height = 220,
  layout = "horizontal",
}: {
  data: Record<string, unknown>[];
  xKey: string;
  series: Series[];
  height?: number;
  layout?: "horizontal" | "vertical";
}) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout={layout}
          margin={{ top: 8, right: 12, bottom: 0, left: layout === "vertical" ? 60 : -12 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {layout === "vertical" ? (
            <XAxis type="number" tick={{ fontSize: 12 }} />
          ) : (
            <XAxis dataKey={xKey} tick={{ fontSize: 11 }} interval={0} />
          )}
          {layout === "vertical" ? (
            <YAxis type="category" dataKey={xKey} tick={{ fontSize: 11 }} width={110} />
          ) : (
            <YAxis tick={{ fontSize: 12 }} allowDecimals={false} />
          )}
          <Tooltip formatter={fmt} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
