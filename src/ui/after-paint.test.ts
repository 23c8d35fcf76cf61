// afterNextPaint waits for the next frame to be painted, and does not wait forever for frames that do not run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint.ts';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('resolves in the task after the next frame, not before', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    let painted = false;
    const waiting = afterNextPaint(60_000).then(() => (painted = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(painted).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!(performance.now());
    await waiting;
    expect(painted).toBe(true);
  });

  it('goes on after the fallback when no frame runs (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void afterNextPaint(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
