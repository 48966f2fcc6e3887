import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import { formatPercent } from '@/features/rates/components/rate-format';

export type ChartRow = { validFrom: string; annualRatePercent: string; isConfirmed: boolean };

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 52;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, computed in UTC so no time zone shifts a step. */
function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

/** Round tick values for an axis from `low` to `high`: about four of them, on 0.5/1/2/5 steps. */
function ticks(low: number, high: number): number[] {
  const span = Math.max(high - low, 1);
  const step = [0.5, 1, 2, 5, 10].find((s) => span / s <= 5) ?? 20;
  const first = Math.floor(low / step) * step;
  const result: number[] = [];
  for (let value = first; value <= high + 1e-9; value += step) result.push(Number(value.toFixed(2)));
  return result;
}

/**
 * The rate over time as a step line: each row holds until the next one; rows that are not confirmed, and the days
 * after the table's published-through date, are dashed. Positions are drawing coordinates only — the exact figures are
 * in the table next to it, which is also what screen readers are pointed to.
 */
export function RateStepChart({ rows, publishedThrough, title }: { rows: readonly ChartRow[]; publishedThrough: string; title: string }) {
  const { t, i18n } = useTranslation('staff');
  const titleId = useId();
  const descriptionId = useId();
  const sorted = [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;

  const start = dayNumber(first.validFrom);
  const known = dayNumber(publishedThrough);
  const end = Math.max(known, dayNumber(last.validFrom)) + 180; // show a half-year beyond what is known
  const values = sorted.map((row) => Number(row.annualRatePercent));
  const yTicks = ticks(Math.min(0, ...values), Math.max(...values));
  const low = yTicks[0] ?? 0;
  const high = Math.max(yTicks.at(-1) ?? 1, low + 1);
  const x = (day: number) => LEFT + ((day - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + ((high - value) / (high - low)) * (HEIGHT - TOP - BOTTOM);

  const firstYear = Number(first.validFrom.slice(0, 4)) + 1;
  const lastYear = Math.floor(1970 + end / 365.2425);
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) years.push(year);

  const segments = sorted.flatMap((row, index) => {
    const from = dayNumber(row.validFrom);
    const next = sorted[index + 1];
    const to = next ? dayNumber(next.validFrom) : end;
    const value = Number(row.annualRatePercent);
    const parts = [];
    const knownTo = Math.min(to, known + 1);
    if (knownTo > from) parts.push({ key: `${row.validFrom}-k`, from, to: knownTo, value, dashed: !row.isConfirmed });
    if (to > Math.max(from, known + 1)) parts.push({ key: `${row.validFrom}-u`, from: Math.max(from, known + 1), to, value, dashed: true });
    const rise = next ? { key: `${row.validFrom}-r`, at: to, fromValue: value, toValue: Number(next.annualRatePercent), dashed: !next.isConfirmed } : null;
    return [{ key: row.validFrom, parts, rise }];
  });

  const summary = t('rates.chart.summary', {
    first: formatDate(first.validFrom, i18n.language),
    last: formatDate(last.validFrom, i18n.language),
    from: formatPercent(first.annualRatePercent, i18n.language),
    to: formatPercent(last.annualRatePercent, i18n.language),
  });

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{summary}</desc>
        {yTicks.map((value) => (
          <g key={value}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} stroke="#dee2e6" />
            <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" fontSize="11" fill="#495057">
              {formatPercent(String(value), i18n.language)}
            </text>
          </g>
        ))}
        {years.map((year) => {
          const at = x(dayNumber(`${year}-01-01`));
          return (
            <text key={year} x={at} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#495057">
              {year}
            </text>
          );
        })}
        <line x1={x(known + 1)} x2={x(known + 1)} y1={TOP} y2={HEIGHT - BOTTOM} stroke="#868e96" strokeDasharray="2 3" />
        {segments.map(({ key, parts, rise }) => (
          <g key={key}>
            {parts.map((part) => (
              <line
                key={part.key}
                x1={x(part.from)}
                x2={x(part.to)}
                y1={y(part.value)}
                y2={y(part.value)}
                stroke="#1f5a9c"
                strokeWidth={2.5}
                strokeDasharray={part.dashed ? '6 4' : undefined}
              />
            ))}
            {rise ? (
              <line
                x1={x(rise.at)}
                x2={x(rise.at)}
                y1={y(rise.fromValue)}
                y2={y(rise.toValue)}
                stroke="#1f5a9c"
                strokeWidth={1.5}
                strokeDasharray={rise.dashed ? '6 4' : undefined}
              />
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption>
        <Group gap="md">
          <Text size="sm" c="dimmed">
            {summary}
          </Text>
          <Text size="sm" c="dimmed">
            {t('rates.chart.legend', { date: formatDate(publishedThrough, i18n.language) })}
          </Text>
        </Group>
      </figcaption>
    </figure>
  );
}
