/**
 * Memory of a benchmark run (RSS and JavaScript heap: before, peak during, after), sampled every
 * `intervalleMs`; a garbage collection before and after when node runs with --expose-gc.
 */

export const Mo = (n: number) => `${Math.round(n / 1_048_576)} Mo`;

export function sonderMemoire(intervalleMs = 50): { arreter: () => string } {
  global.gc?.();
  const avant = process.memoryUsage();
  let pic = { rss: avant.rss, heap: avant.heapUsed };
  const sonde = setInterval(() => {
    const m = process.memoryUsage();
    pic = { rss: Math.max(pic.rss, m.rss), heap: Math.max(pic.heap, m.heapUsed) };
  }, intervalleMs);
  return {
    arreter() {
      clearInterval(sonde);
      global.gc?.();
      const apres = process.memoryUsage();
      return `RSS ${Mo(avant.rss)} → pic ${Mo(pic.rss)} → ${Mo(apres.rss)} ; tas ${Mo(avant.heapUsed)} → pic ${Mo(pic.heap)} → ${Mo(apres.heapUsed)}`;
    },
  };
}
