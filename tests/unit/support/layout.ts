import { vi } from 'vitest';

/** happy-dom lays nothing out: give every element a visible box, so composers count as shown. */
export function layOutEveryElement(): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 300,
    height: 80,
    top: 0,
    left: 0,
    right: 300,
    bottom: 80,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
}
