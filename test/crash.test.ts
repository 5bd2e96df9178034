/** A bounded crash test: kill -9 under load loses no acknowledged turn, and every conversation continues. */
import { describe, expect, it } from 'vitest';
import { runCrashScenario } from '../scripts/lib/crash.js';

describe('crash under load', () => {
  it('keeps every acknowledged turn through kill -9 and a restart', async () => {
    const report = await runCrashScenario({ conversations: 12, minKillMs: 400, maxKillMs: 1200 });
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.lost).toEqual([]);
    expect(report.notContinued).toEqual([]);
  }, 90_000);
});
