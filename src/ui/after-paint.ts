/**
 * Resolves once the browser has painted the next frame: requestAnimationFrame runs just before
 * the frame, and a message posted from it is handled in the first task after the frame was
 * painted. Work that must not hold back what is on its way to the screen waits for it (a page
 * whose frames do not run, in a background tab, goes on after `fallbackMs`).
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });
  });
}
