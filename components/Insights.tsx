import type { ClippingInsights, CountryPairs, DisputeTimeline, EntityTotal } from '../lib/insights/insights';
import { countLabel } from './clipping-format';

/**
 * Pictures of the clippings in view: clippings over time per dispute, the most mentioned entities,
 * and which countries appear together. Plain SVG from Preact elements; names are text nodes.
 */
export function Insights({ data }: { data: ClippingInsights }) {
  return (
    <div class="insights">
      <Timeline data={data.timeline} />
      <MentionBars data={data.mentioned} />
      <CountryMatrix data={data.pairs} />
    </div>
  );
}

const SERIES = 5;

function Timeline({ data }: { data: DisputeTimeline }) {
  const width = 640;
  const height = 220;
  const pad = { left: 36, right: 12, top: 12, bottom: 28 };
  const max = Math.max(1, ...data.series.flatMap((series) => series.counts));
  const x = (i: number) => pad.left + (data.months.length <= 1 ? 0 : (i / (data.months.length - 1)) * (width - pad.left - pad.right));
  const y = (n: number) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
  const labelEvery = Math.max(1, Math.ceil(data.months.length / 8));
  const summary = data.series.length
    ? `Clippings per month from ${data.months[0]} to ${data.months.at(-1)} for ${data.series.map((s) => `${s.name} (${s.total})`).join(', ')}.`
    : 'No clipping mentions a dispute.';
  return (
    <figure class="chart">
      <figcaption>Clippings over time per dispute</figcaption>
      {data.series.length === 0 ? (
        <p class="placeholder">{summary}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
            <line class="axis" x1={pad.left} y1={y(0)} x2={width - pad.right} y2={y(0)} />
            <line class="axis" x1={pad.left} y1={pad.top} x2={pad.left} y2={y(0)} />
            <text class="tick" x={pad.left - 6} y={y(max) + 4} text-anchor="end">
              {max}
            </text>
            <text class="tick" x={pad.left - 6} y={y(0) + 4} text-anchor="end">
              0
            </text>
            {data.months.map((month, i) =>
              i % labelEvery === 0 ? (
                <text key={month} class="tick" x={x(i)} y={height - 8} text-anchor="middle">
                  {month}
                </text>
              ) : null,
            )}
            {data.series.map((series, s) => (
              <g key={series.id} class={`series series-${s % SERIES}`}>
                <polyline fill="none" points={series.counts.map((n, i) => `${x(i)},${y(n)}`).join(' ')} />
                {series.counts.map((n, i) =>
                  n > 0 ? (
                    <circle key={i} cx={x(i)} cy={y(n)} r={3}>
                      <title>{`${series.name}, ${data.months[i]}: ${countLabel(n, 'clipping')}`}</title>
                    </circle>
                  ) : null,
                )}
              </g>
            ))}
          </svg>
          <ul class="legend">
            {data.series.map((series, s) => (
              <li key={series.id} class={`series-${s % SERIES}`}>
                <span class="swatch" aria-hidden="true" /> <bdi>{series.name}</bdi> ({series.total})
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

function MentionBars({ data }: { data: EntityTotal[] }) {
  const row = 22;
  const labelWidth = 190;
  const width = 640;
  const height = Math.max(row, data.length * row);
  const max = Math.max(1, ...data.map((entity) => entity.mentions));
  return (
    <figure class="chart">
      <figcaption>Most mentioned entities</figcaption>
      {data.length === 0 ? (
        <p class="placeholder">No entities recognised yet.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={data.map((e) => `${e.name}: ${e.mentions} mentions`).join('; ')}>
          {data.map((entity, i) => {
            const barWidth = ((width - labelWidth - 60) * entity.mentions) / max;
            return (
              <g key={entity.id} class="bar" data-kind={entity.kind}>
                <text class="label" x={labelWidth - 8} y={i * row + 15} text-anchor="end">
                  {entity.name.length > 28 ? `${entity.name.slice(0, 27)}…` : entity.name}
                </text>
                <rect x={labelWidth} y={i * row + 4} width={Math.max(1, barWidth)} height={row - 8} rx={2}>
                  <title>{`${entity.name}: ${countLabel(entity.mentions, 'mention')} in ${countLabel(entity.clippings, 'clipping')}`}</title>
                </rect>
                <text class="tick" x={labelWidth + barWidth + 6} y={i * row + 15}>
                  {entity.mentions}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

function CountryMatrix({ data }: { data: CountryPairs }) {
  const cell = 30;
  const label = 130;
  const n = data.countries.length;
  const size = label + n * cell;
  const offDiagonal = data.together.flatMap((row, i) => row.filter((_, j) => j !== i));
  const max = Math.max(1, ...offDiagonal);
  return (
    <figure class="chart">
      <figcaption>Which countries appear together</figcaption>
      {n < 2 ? (
        <p class="placeholder">Fewer than two countries recognised yet.</p>
      ) : (
        <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`Clippings naming each pair of the ${n} most frequent countries.`} class="matrix">
          {data.countries.map((country, i) => (
            <g key={country.id}>
              <text class="label" x={label - 6} y={label + i * cell + cell / 2 + 4} text-anchor="end">
                {country.name.length > 16 ? `${country.name.slice(0, 15)}…` : country.name}
              </text>
              <text
                class="label"
                x={0}
                y={0}
                text-anchor="start"
                transform={`translate(${label + i * cell + cell / 2 + 4}, ${label - 6}) rotate(-60)`}
              >
                {country.name.length > 16 ? `${country.name.slice(0, 15)}…` : country.name}
              </text>
            </g>
          ))}
          {data.together.map((row, i) =>
            row.map((count, j) => (
              <rect
                key={`${i}-${j}`}
                class={i === j ? 'cell diagonal' : 'cell'}
                x={label + j * cell + 1}
                y={label + i * cell + 1}
                width={cell - 2}
                height={cell - 2}
                fill-opacity={i === j ? 0.15 : count === 0 ? 0.04 : 0.15 + (0.85 * count) / max}
              >
                <title>
                  {i === j
                    ? `${data.countries[i]?.name}: ${countLabel(count, 'clipping')}`
                    : `${data.countries[i]?.name} and ${data.countries[j]?.name}: ${countLabel(count, 'clipping')} together`}
                </title>
              </rect>
            )),
          )}
        </svg>
      )}
    </figure>
  );
}
