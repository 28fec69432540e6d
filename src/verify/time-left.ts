/** Durations as people say them: hours under a day, minutes under an hour, else whole days. */
const HOUR = 3600;
const DAY = 86_400;

export function duration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < HOUR) return plural(Math.max(1, Math.floor(s / 60)), "minute");
  if (s < DAY) return plural(Math.floor(s / HOUR), "hour");
  return plural(Math.floor(s / DAY), "day");
}

/** "20 hours left", "3 days left", "expired 2 days ago". */
export function timeLeft(seconds: number): string {
  return seconds > 0 ? `${duration(seconds)} left` : `expired ${duration(seconds)} ago`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

export const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
