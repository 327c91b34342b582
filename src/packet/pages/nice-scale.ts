// Axis scales with round tick steps (1, 2, 5 × 10^k), so labels read 0, 50, 100 rather than 0, 37, 74.

export interface NiceScale {
  max: number;
  step: number;
  ticks: number[];
}

export function niceScale(maxValue: number, targetTicks = 5): NiceScale {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  // Counts are whole numbers: never a step below one.
  const step = Math.max(1, nice * magnitude);
  const max = Math.ceil(maxValue / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 2; value += step) ticks.push(value);
  return { max, step, ticks };
}
